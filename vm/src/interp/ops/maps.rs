//! Map construction, update and matching.

use crate::bif::Exception;
use crate::code::LoadedModule;
use crate::heap::{build, map};
use crate::interp::{read, write};
use crate::process::Process;
use crate::term::map::map_search;
use crate::term::{atom, Term};
use compiler::bytecode::{Dst, Src};

pub fn new_map(p: &mut Process, m: &LoadedModule, pairs: &[(Src, Src)]) -> Term {
    let ps: Vec<(Term, Term)> = pairs
        .iter()
        .map(|(k, v)| (read(p, m, k), read(p, m, v)))
        .collect();
    build::map_from_pairs(&mut p.heap, ps)
}

/// `Map#{K => V, ...}` (`exact == false`) and `Map#{K := V, ...}`.
pub fn put_map(
    p: &mut Process,
    m: &LoadedModule,
    map: &Src,
    pairs: &[(Src, Src)],
    exact: bool,
) -> Result<Term, Exception> {
    let base = read(p, m, map);
    if !base.is_map() {
        let t = build::tuple(&mut p.heap, &[Term::atom(atom::BADMAP), base]);
        return Err(Exception::error(t));
    }
    let ps: Vec<(Term, Term)> = pairs
        .iter()
        .map(|(k, v)| (read(p, m, k), read(p, m, v)))
        .collect();
    if exact {
        if let Some((k, _)) = ps.iter().find(|(k, _)| base.map_get(*k).is_none()) {
            let t = build::tuple(&mut p.heap, &[Term::atom(atom::BADKEY), *k]);
            return Err(Exception::error(t));
        }
    }
    if base.is_hash_map() {
        // O(log n) each, sharing the untouched parts of the trie.
        return Ok(ps
            .into_iter()
            .fold(base, |acc, (k, v)| map::put(&mut p.heap, acc, k, v)));
    }
    // A flat map: merge into one new object (flat, or a trie past 32 keys).
    let mut keys: Vec<Term> = base.flat_map_keys().to_vec();
    let mut values: Vec<Term> = base.flat_map_values().to_vec();
    for (k, v) in ps {
        match map_search(&keys, k) {
            Ok(i) => values[i] = v,
            Err(i) => {
                keys.insert(i, k);
                values.insert(i, v);
            }
        }
    }
    Ok(build::map_sorted(&mut p.heap, &keys, &values))
}

pub fn get_map_elements(
    p: &mut Process,
    m: &LoadedModule,
    map: &Src,
    pairs: &[(Src, Dst)],
) -> bool {
    let map = read(p, m, map);
    if !map.is_map() {
        return false;
    }
    for (k, d) in pairs {
        let k = read(p, m, k);
        match map.map_get(k) {
            Some(v) => write(p, d, v),
            None => return false,
        }
    }
    true
}
