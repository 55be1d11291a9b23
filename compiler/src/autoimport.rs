//! The `erlang` BIFs that Erlang/OTP 25 auto-imports: callable as `f(...)`
//! without the `erlang:` prefix (`erl_internal:bif/2`), the subset allowed
//! in guards (`erl_internal:guard_bif/2`), and which of them were
//! auto-imported before R14 (`erl_internal:old_bif/2`; a local function
//! with the same name/arity makes calls to those ambiguous).
//!
//! Invariant: every table is sorted by name (so lookups are binary
//! searches) and each name lists its arities in increasing order. The
//! tables were generated from OTP 25's `erl_internal`.

/// Auto-imported BIFs: name and arities.
const AUTO_IMPORTED: &[(&str, &[usize])] = &[
    ("abs", &[1]),
    ("alias", &[0, 1]),
    ("apply", &[2, 3]),
    ("atom_to_binary", &[1, 2]),
    ("atom_to_list", &[1]),
    ("binary_part", &[2, 3]),
    ("binary_to_atom", &[1, 2]),
    ("binary_to_existing_atom", &[1, 2]),
    ("binary_to_float", &[1]),
    ("binary_to_integer", &[1, 2]),
    ("binary_to_list", &[1, 3]),
    ("binary_to_term", &[1, 2]),
    ("bit_size", &[1]),
    ("bitstring_to_list", &[1]),
    ("byte_size", &[1]),
    ("ceil", &[1]),
    ("check_old_code", &[1]),
    ("check_process_code", &[2, 3]),
    ("date", &[0]),
    ("delete_module", &[1]),
    ("demonitor", &[1, 2]),
    ("disconnect_node", &[1]),
    ("element", &[2]),
    ("erase", &[0, 1]),
    ("error", &[1, 2, 3]),
    ("exit", &[1, 2]),
    ("float", &[1]),
    ("float_to_binary", &[1, 2]),
    ("float_to_list", &[1, 2]),
    ("floor", &[1]),
    ("garbage_collect", &[0, 1, 2]),
    ("get", &[0, 1]),
    ("get_keys", &[0, 1]),
    ("group_leader", &[0, 2]),
    ("halt", &[0, 1, 2]),
    ("hd", &[1]),
    ("integer_to_binary", &[1, 2]),
    ("integer_to_list", &[1, 2]),
    ("iolist_size", &[1]),
    ("iolist_to_binary", &[1]),
    ("is_alive", &[0]),
    ("is_atom", &[1]),
    ("is_binary", &[1]),
    ("is_bitstring", &[1]),
    ("is_boolean", &[1]),
    ("is_float", &[1]),
    ("is_function", &[1, 2]),
    ("is_integer", &[1]),
    ("is_list", &[1]),
    ("is_map", &[1]),
    ("is_map_key", &[2]),
    ("is_number", &[1]),
    ("is_pid", &[1]),
    ("is_port", &[1]),
    ("is_process_alive", &[1]),
    ("is_record", &[2, 3]),
    ("is_reference", &[1]),
    ("is_tuple", &[1]),
    ("length", &[1]),
    ("link", &[1]),
    ("list_to_atom", &[1]),
    ("list_to_binary", &[1]),
    ("list_to_bitstring", &[1]),
    ("list_to_existing_atom", &[1]),
    ("list_to_float", &[1]),
    ("list_to_integer", &[1, 2]),
    ("list_to_pid", &[1]),
    ("list_to_port", &[1]),
    ("list_to_ref", &[1]),
    ("list_to_tuple", &[1]),
    ("load_module", &[2]),
    ("make_ref", &[0]),
    ("map_get", &[2]),
    ("map_size", &[1]),
    ("max", &[2]),
    ("min", &[2]),
    ("module_loaded", &[1]),
    ("monitor", &[2, 3]),
    ("monitor_node", &[2]),
    ("node", &[0, 1]),
    ("nodes", &[0, 1, 2]),
    ("now", &[0]),
    ("open_port", &[2]),
    ("pid_to_list", &[1]),
    ("port_close", &[1]),
    ("port_command", &[2, 3]),
    ("port_connect", &[2]),
    ("port_control", &[3]),
    ("port_to_list", &[1]),
    ("pre_loaded", &[0]),
    ("process_flag", &[2, 3]),
    ("process_info", &[1, 2]),
    ("processes", &[0]),
    ("purge_module", &[1]),
    ("put", &[2]),
    ("ref_to_list", &[1]),
    ("register", &[2]),
    ("registered", &[0]),
    ("round", &[1]),
    ("self", &[0]),
    ("setelement", &[3]),
    ("size", &[1]),
    ("spawn", &[1, 2, 3, 4]),
    ("spawn_link", &[1, 2, 3, 4]),
    ("spawn_monitor", &[1, 2, 3, 4]),
    ("spawn_opt", &[2, 3, 4, 5]),
    ("spawn_request", &[1, 2, 3, 4, 5]),
    ("spawn_request_abandon", &[1]),
    ("split_binary", &[2]),
    ("statistics", &[1]),
    ("term_to_binary", &[1, 2]),
    ("term_to_iovec", &[1, 2]),
    ("throw", &[1]),
    ("time", &[0]),
    ("tl", &[1]),
    ("trunc", &[1]),
    ("tuple_size", &[1]),
    ("tuple_to_list", &[1]),
    ("unalias", &[1]),
    ("unlink", &[1]),
    ("unregister", &[1]),
    ("whereis", &[1]),
];

/// BIFs allowed in guards (a subset of [`AUTO_IMPORTED`]).
const GUARD_BIFS: &[(&str, &[usize])] = &[
    ("abs", &[1]),
    ("binary_part", &[2, 3]),
    ("bit_size", &[1]),
    ("byte_size", &[1]),
    ("ceil", &[1]),
    ("element", &[2]),
    ("float", &[1]),
    ("floor", &[1]),
    ("hd", &[1]),
    ("is_atom", &[1]),
    ("is_binary", &[1]),
    ("is_bitstring", &[1]),
    ("is_boolean", &[1]),
    ("is_float", &[1]),
    ("is_function", &[1, 2]),
    ("is_integer", &[1]),
    ("is_list", &[1]),
    ("is_map", &[1]),
    ("is_map_key", &[2]),
    ("is_number", &[1]),
    ("is_pid", &[1]),
    ("is_port", &[1]),
    ("is_record", &[2, 3]),
    ("is_reference", &[1]),
    ("is_tuple", &[1]),
    ("length", &[1]),
    ("map_get", &[2]),
    ("map_size", &[1]),
    ("node", &[0, 1]),
    ("round", &[1]),
    ("self", &[0]),
    ("size", &[1]),
    ("tl", &[1]),
    ("trunc", &[1]),
    ("tuple_size", &[1]),
];

/// Auto-imported BIFs that were added in R14 or later (all others in
/// [`AUTO_IMPORTED`] are "old" BIFs).
const NEW_BIFS: &[(&str, &[usize])] = &[
    ("alias", &[0, 1]),
    ("atom_to_binary", &[1]),
    ("binary_part", &[2, 3]),
    ("binary_to_atom", &[1]),
    ("binary_to_existing_atom", &[1]),
    ("binary_to_float", &[1]),
    ("binary_to_integer", &[1, 2]),
    ("binary_to_term", &[2]),
    ("ceil", &[1]),
    ("check_old_code", &[1]),
    ("check_process_code", &[3]),
    ("demonitor", &[1, 2]),
    ("error", &[1, 2, 3]),
    ("float_to_binary", &[1, 2]),
    ("float_to_list", &[2]),
    ("floor", &[1]),
    ("garbage_collect", &[2]),
    ("get_keys", &[0]),
    ("halt", &[2]),
    ("integer_to_binary", &[1, 2]),
    ("integer_to_list", &[2]),
    ("is_map", &[1]),
    ("is_map_key", &[2]),
    ("list_to_integer", &[2]),
    ("list_to_port", &[1]),
    ("list_to_ref", &[1]),
    ("map_get", &[2]),
    ("map_size", &[1]),
    ("max", &[2]),
    ("min", &[2]),
    ("monitor", &[2, 3]),
    ("nodes", &[2]),
    ("port_command", &[3]),
    ("port_to_list", &[1]),
    ("ref_to_list", &[1]),
    ("spawn_monitor", &[2, 4]),
    ("spawn_request", &[1, 2, 3, 4, 5]),
    ("spawn_request_abandon", &[1]),
    ("term_to_iovec", &[1, 2]),
    ("unalias", &[1]),
];

fn lookup(table: &[(&str, &[usize])], name: &str, arity: usize) -> bool {
    table
        .binary_search_by(|(n, _)| (*n).cmp(name))
        .map(|i| table[i].1.contains(&arity))
        .unwrap_or(false)
}

/// Whether `name/arity` is an `erlang` BIF callable without a module prefix.
pub fn is_auto_imported(name: &str, arity: usize) -> bool {
    lookup(AUTO_IMPORTED, name, arity)
}

/// Whether `name/arity` may be called in a guard (as `f(...)` or
/// `erlang:f(...)`).
pub fn is_guard_bif(name: &str, arity: usize) -> bool {
    lookup(GUARD_BIFS, name, arity)
}

/// Whether `name/arity` was auto-imported before R14. Erlang rejects a
/// call `f(...)` to a local function that clashes with such a BIF, and
/// only warns for the newer ones (calling the local function).
pub fn is_old_bif(name: &str, arity: usize) -> bool {
    is_auto_imported(name, arity) && !lookup(NEW_BIFS, name, arity)
}

/// All auto-imported BIFs as `(name, arity)`, for "did you mean" hints.
pub fn auto_imported() -> impl Iterator<Item = (&'static str, usize)> {
    AUTO_IMPORTED
        .iter()
        .flat_map(|(name, arities)| arities.iter().map(move |a| (*name, *a)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(table: &[(&str, &[usize])]) -> bool {
        table.windows(2).all(|w| w[0].0 < w[1].0)
    }

    #[test]
    fn tables_are_sorted() {
        assert!(sorted(AUTO_IMPORTED));
        assert!(sorted(GUARD_BIFS));
        assert!(sorted(NEW_BIFS));
    }

    #[test]
    fn guard_and_new_bifs_are_auto_imported() {
        for table in [GUARD_BIFS, NEW_BIFS] {
            for (name, arities) in table {
                for &a in *arities {
                    assert!(is_auto_imported(name, a), "{name}/{a}");
                }
            }
        }
    }

    #[test]
    fn common_bifs() {
        assert!(is_auto_imported("length", 1));
        assert!(is_auto_imported("spawn", 3));
        assert!(is_auto_imported("apply", 2));
        assert!(is_auto_imported("error", 2));
        assert!(!is_auto_imported("length", 2));
        assert!(!is_auto_imported("send", 2));
        assert!(!is_auto_imported("format", 2));
        assert!(is_guard_bif("is_integer", 1));
        assert!(is_guard_bif("is_function", 2));
        assert!(is_guard_bif("self", 0));
        assert!(is_guard_bif("map_get", 2));
        assert!(!is_guard_bif("spawn", 1));
        assert!(!is_guard_bif("atom_to_list", 1));
        assert!(is_old_bif("length", 1));
        assert!(!is_old_bif("binary_to_atom", 1));
        assert!(!is_old_bif("max", 2));
        assert!(auto_imported().any(|f| f == ("tuple_size", 1)));
    }
}
