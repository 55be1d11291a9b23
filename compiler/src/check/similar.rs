//! "Did you mean" suggestions: the closest candidate name by edit distance.
//!
//! Invariant: a suggestion is never the name itself, and is only offered
//! when it is close enough to be a plausible typo (at most one edit per
//! three characters, and at least one allowed) and the name is longer than
//! one character (every one-letter name is one edit from every other).

/// Edit distance between two strings, counted in characters: insertions,
/// deletions, substitutions and swaps of two adjacent characters (the
/// "optimal string alignment" distance), so `Conut` is one edit from `Count`.
pub(crate) fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    // d[i][j]: distance between a[..i] and b[..j].
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = best;
        }
    }
    d[a.len()][b.len()]
}

/// The candidate closest to `name`, if any is close enough. Ties go to the
/// first candidate in iteration order.
pub(crate) fn closest<'a>(
    name: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let len = name.chars().count();
    if len < 2 {
        return None;
    }
    let limit = (len / 3).max(1);
    let mut best: Option<(usize, &str)> = None;
    for c in candidates {
        if c == name {
            continue;
        }
        let d = edit_distance(name, c);
        if d <= limit && best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, c));
        }
    }
    best.map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances() {
        assert_eq!(edit_distance("", ""), 0);
        assert_eq!(edit_distance("abc", "abc"), 0);
        assert_eq!(edit_distance("abc", "abd"), 1);
        assert_eq!(edit_distance("abc", "ab"), 1);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("Count", "Conut"), 1);
    }

    #[test]
    fn picks_close_names_only() {
        assert_eq!(closest("Countr", ["Count", "Other"]), Some("Count"));
        assert_eq!(closest("foo", ["food", "bar"]), Some("food"));
        assert_eq!(closest("X", ["Y"]), None);
        assert_eq!(closest("X1", ["X2"]), Some("X2"));
        assert_eq!(closest("length", ["lenght"]), Some("lenght"));
        assert_eq!(closest("abc", ["xyz"]), None);
        assert_eq!(closest("abc", ["abc"]), None);
    }
}
