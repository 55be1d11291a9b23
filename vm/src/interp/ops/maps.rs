//! Map construction, update and matching.

use crate::bif::Exception;
use crate::code::LoadedModule;
use crate::heap::build;
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
    let mut keys: Vec<Term> = base.map_keys().to_vec();
    let mut values: Vec<Term> = base.map_values().to_vec();
    for (k, v) in pairs {
        let (k, v) = (read(p, m, k), read(p, m, v));
        match map_search(&keys, k) {
            Ok(i) => values[i] = v,
            Err(i) => {
                if exact {
                    let t = build::tuple(&mut p.heap, &[Term::atom(atom::BADKEY), k]);
                    return Err(Exception::error(t));
                }
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
