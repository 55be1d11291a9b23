//! Native `maps` functions (the ones OTP implements as BIFs, plus `new/0`,
//! `with/2` and `without/2`), with OTP's errors: `{badmap, M}` for a
//! non-map, `{badkey, K}` for a missing key, `badarg` for a malformed list.
//! Keys match exactly (`1` and `1.0` are different keys).
//!
//! `keys/1`, `values/1` and `to_list/1` list the entries in OTP's order:
//! key order up to 32 keys; beyond that, the reverse of the order OTP
//! prints the map in (`hash::otp_map_order`), when that order can be
//! reproduced (not for maps with atom, pid, reference or fun keys, which
//! hash by VM-internal numbers: those are listed in key order). Listing
//! therefore starts from the entries in key order
//! (`Term::map_sorted_entries`), whatever the map's representation.
//!
//! Updates go through `heap::map` (`put`, `remove`): O(log n) on maps of
//! more than 32 keys, which are hash tries; reductions are charged in
//! proportion to the words copied.

use super::erlang::{badkey, badmap, list_to_vec};
use super::lists::function_clause;
use super::{badarg, BifContext, BifFn, BifResult, Exception};
use crate::heap::{build, map};
use crate::term::hash::otp_map_order;
use crate::term::map::{map_search, FLAT_MAP_LIMIT};
use crate::term::order::cmp_exact;
use crate::term::{atom, Term};
use std::cmp::Ordering;

/// `m` if it is a map, else `{badmap, m}`.
fn map_arg(ctx: &mut BifContext, m: Term) -> Result<Term, Exception> {
    if m.is_map() {
        Ok(m)
    } else {
        Err(badmap(ctx.heap(), m))
    }
}

/// A map with `key` set to `value`.
fn put_key(ctx: &mut BifContext, m: Term, key: Term, value: Term) -> Term {
    if m.is_flat_map() {
        ctx.charge(m.map_size() / 16);
    }
    map::put(ctx.heap(), m, key, value)
}

/// The map without `key` (the same map if the key is absent).
fn remove_key(ctx: &mut BifContext, m: Term, key: Term) -> Term {
    // A trie shrinking to 32 keys is rebuilt flat: charge like a flat map.
    if m.map_size() <= FLAT_MAP_LIMIT + 1 {
        ctx.charge(m.map_size() / 16);
    }
    map::remove(ctx.heap(), m, key)
}

fn get2(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let (k, m) = (args[0], map_arg(ctx, args[1])?);
    m.map_get(k).ok_or_else(|| badkey(ctx.heap(), k))
}

fn get3(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let (k, m) = (args[0], map_arg(ctx, args[1])?);
    Ok(m.map_get(k).unwrap_or(args[2]))
}

fn find(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let (k, m) = (args[0], map_arg(ctx, args[1])?);
    Ok(match m.map_get(k) {
        Some(v) => ctx.tuple(&[Term::atom(atom::OK), v]),
        None => Term::atom(atom::ERROR),
    })
}

fn put(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let m = map_arg(ctx, args[2])?;
    Ok(put_key(ctx, m, args[0], args[1]))
}

fn update(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let (k, m) = (args[0], map_arg(ctx, args[2])?);
    if m.map_get(k).is_none() {
        return Err(badkey(ctx.heap(), k));
    }
    Ok(put_key(ctx, m, k, args[1]))
}

fn remove(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let m = map_arg(ctx, args[1])?;
    Ok(remove_key(ctx, m, args[0]))
}

fn take(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let (k, m) = (args[0], map_arg(ctx, args[1])?);
    match m.map_get(k) {
        Some(v) => {
            let rest = remove_key(ctx, m, k);
            Ok(ctx.tuple(&[v, rest]))
        }
        None => Ok(Term::atom(atom::ERROR)),
    }
}

fn is_key(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let (k, m) = (args[0], map_arg(ctx, args[1])?);
    Ok(Term::bool(m.map_get(k).is_some()))
}

fn size(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let m = map_arg(ctx, args[0])?;
    Ok(Term::small(m.map_size() as i64))
}

fn new(ctx: &mut BifContext, _args: &[Term]) -> BifResult {
    Ok(build::map_sorted(ctx.heap(), &[], &[]))
}

/// The order (indices into the sorted keys) in which OTP's `maps:keys/1`,
/// `maps:values/1` and `maps:to_list/1` list a map's entries.
pub fn list_order(keys: &[Term]) -> Vec<usize> {
    if keys.len() > FLAT_MAP_LIMIT {
        if let Some(mut order) = otp_map_order(keys) {
            order.reverse();
            return order;
        }
    }
    (0..keys.len()).collect()
}

/// Builds a list of `f(key, value)` over the entries in OTP's order.
fn entries(ctx: &mut BifContext, m: Term, f: impl Fn(&mut BifContext, Term, Term) -> Term) -> Term {
    let entries = m.map_sorted_entries();
    let (keys, values) = (&entries.keys, &entries.values);
    ctx.charge(keys.len() / 16);
    let items: Vec<Term> = list_order(keys)
        .into_iter()
        .map(|i| f(ctx, keys[i], values[i]))
        .collect();
    build::list(ctx.heap(), &items)
}

fn keys(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let m = map_arg(ctx, args[0])?;
    Ok(entries(ctx, m, |_, k, _| k))
}

fn values(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let m = map_arg(ctx, args[0])?;
    Ok(entries(ctx, m, |_, _, v| v))
}

fn to_list(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let m = map_arg(ctx, args[0])?;
    Ok(entries(ctx, m, |ctx, k, v| ctx.tuple(&[k, v])))
}

fn from_list(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let items = list_to_vec(args[0]).ok_or_else(badarg)?;
    let mut pairs = Vec::with_capacity(items.len());
    for t in items {
        match t.tuple_elements() {
            [k, v] if t.is_tuple() => pairs.push((*k, *v)),
            _ => return Err(badarg()),
        }
    }
    ctx.charge(pairs.len() / 8);
    Ok(build::map_from_pairs(ctx.heap(), pairs))
}

fn from_keys(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let ks = list_to_vec(args[0]).ok_or_else(badarg)?;
    let v = args[1];
    ctx.charge(ks.len() / 8);
    let pairs = ks.into_iter().map(|k| (k, v)).collect();
    Ok(build::map_from_pairs(ctx.heap(), pairs))
}

fn merge(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let a = map_arg(ctx, args[0])?;
    let b = map_arg(ctx, args[1])?;
    if b.map_size() == 0 {
        return Ok(a);
    }
    if a.map_size() == 0 {
        return Ok(b);
    }
    if a.is_hash_map() || b.is_hash_map() {
        // Put the smaller map's entries into the larger one: O(m log n).
        ctx.charge(a.map_size().min(b.map_size()) / 4);
        let merged = if b.map_size() <= a.map_size() {
            b.map_iter()
                .fold(a, |acc, (k, v)| map::put(ctx.heap(), acc, k, v))
        } else {
            // `b`'s values win: add only `a`'s keys that `b` lacks.
            a.map_iter()
                .filter(|(k, _)| b.map_get(*k).is_none())
                .fold(b, |acc, (k, v)| map::put(ctx.heap(), acc, k, v))
        };
        return Ok(merged);
    }
    let (ak, av) = (a.flat_map_keys(), a.flat_map_values());
    let (bk, bv) = (b.flat_map_keys(), b.flat_map_values());
    ctx.charge((ak.len() + bk.len()) / 16);
    let mut keys = Vec::with_capacity(ak.len() + bk.len());
    let mut vals = Vec::with_capacity(ak.len() + bk.len());
    let (mut i, mut j) = (0, 0);
    while i < ak.len() || j < bk.len() {
        let o = match (ak.get(i), bk.get(j)) {
            (Some(x), Some(y)) => cmp_exact(*x, *y),
            (Some(_), None) => Ordering::Less,
            _ => Ordering::Greater,
        };
        match o {
            Ordering::Less => {
                keys.push(ak[i]);
                vals.push(av[i]);
                i += 1;
            }
            Ordering::Greater => {
                keys.push(bk[j]);
                vals.push(bv[j]);
                j += 1;
            }
            Ordering::Equal => {
                keys.push(bk[j]);
                vals.push(bv[j]);
                i += 1;
                j += 1;
            }
        }
    }
    Ok(build::map_sorted(ctx.heap(), &keys, &vals))
}

/// The error of `with/2` and `without/2` for bad arguments.
fn with_error(ctx: &mut BifContext, m: Term) -> Exception {
    if m.is_map() {
        badarg()
    } else {
        badmap(ctx.heap(), m)
    }
}

fn with(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let (ks, m) = (args[0], args[1]);
    if !ks.is_list() || !m.is_map() {
        return Err(with_error(ctx, m));
    }
    let ks = list_to_vec(ks).ok_or_else(function_clause)?;
    ctx.charge(ks.len() / 8);
    let pairs: Vec<(Term, Term)> = ks
        .into_iter()
        .filter_map(|k| m.map_get(k).map(|v| (k, v)))
        .collect();
    Ok(build::map_from_pairs(ctx.heap(), pairs))
}

fn without(ctx: &mut BifContext, args: &[Term]) -> BifResult {
    let (ks, m) = (args[0], args[1]);
    if !ks.is_list() || !m.is_map() {
        return Err(with_error(ctx, m));
    }
    let ks = list_to_vec(ks).ok_or_else(function_clause)?;
    if m.is_hash_map() {
        // O(log n) per key; the last removals may turn it flat.
        ctx.charge(ks.len() / 4);
        return Ok(ks
            .into_iter()
            .fold(m, |acc, k| map::remove(ctx.heap(), acc, k)));
    }
    ctx.charge((ks.len() + m.map_size()) / 8);
    let (keys, values) = (m.flat_map_keys(), m.flat_map_values());
    let mut drop = vec![false; keys.len()];
    for k in ks {
        if let Ok(i) = map_search(keys, k) {
            drop[i] = true;
        }
    }
    if !drop.contains(&true) {
        return Ok(m);
    }
    let (mut nk, mut nv) = (Vec::new(), Vec::new());
    for i in 0..keys.len() {
        if !drop[i] {
            nk.push(keys[i]);
            nv.push(values[i]);
        }
    }
    Ok(build::map_sorted(ctx.heap(), &nk, &nv))
}

pub const TABLE: &[(&str, &str, usize, BifFn)] = &[
    ("maps", "get", 2, get2),
    ("maps", "get", 3, get3),
    ("maps", "find", 2, find),
    ("maps", "put", 3, put),
    ("maps", "update", 3, update),
    ("maps", "remove", 2, remove),
    ("maps", "take", 2, take),
    ("maps", "is_key", 2, is_key),
    ("maps", "size", 1, size),
    ("maps", "new", 0, new),
    ("maps", "keys", 1, keys),
    ("maps", "values", 1, values),
    ("maps", "to_list", 1, to_list),
    ("maps", "from_list", 1, from_list),
    ("maps", "from_keys", 2, from_keys),
    ("maps", "merge", 2, merge),
    ("maps", "with", 2, with),
    ("maps", "without", 2, without),
];

#[cfg(test)]
#[path = "maps_tests.rs"]
mod tests;
