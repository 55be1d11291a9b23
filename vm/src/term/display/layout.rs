//! `~p`'s second pass, a port of `io_lib_pretty`'s `cind` (can this tuple
//! indentation work?) and `pp` (write the tree, breaking lines).

use super::pretty::{spaces, write, If, Node, Tail};

/// `last_depth/2`: 0 while more elements follow, else one more level.
fn last_depth(rest: &[If], ld: i64) -> i64 {
    if rest.is_empty() {
        ld + 1
    } else {
        0
    }
}

/// The line-breaking pass: line length, `line_max_chars` (the whole
/// term's length) and the tuple indentation chosen by `cind`.
pub(super) struct Pp {
    pub(super) ll: i64,
    pub(super) m: i64,
    pub(super) tind: i64,
}

/// `cind` found the indentation does not fit (`throw(no_good)`).
pub(super) struct NoGood;

impl Pp {
    fn fits(&self, len: i64, col: i64, ld: i64, w: i64) -> bool {
        len < self.ll - col - ld && len + w + ld <= self.m
    }

    /// Whether element `e` (of written length `elen = 1 + len`) fits after
    /// the previous one on the current line (`pp_tail`'s guard).
    fn fits_inline(&self, elen: i64, col: i64, ld1: i64, w: i64, leaf: bool) -> bool {
        leaf && if ld1 == 0 {
            elen + 1 < self.ll - col && w + elen < self.m
        } else {
            elen < self.ll - col - ld1 && w + elen + ld1 <= self.m
        }
    }

    pub(super) fn pp(&self, out: &mut String, e: &If, col: i64, ind: i64, ld: i64, w: i64) {
        if self.fits(e.len, col, ld, w) {
            return write(out, e);
        }
        match &e.node {
            Node::List(es, tail) => {
                out.push('[');
                self.pp_list(out, es, tail, col + 1, ind + 1, ld, '|', w + 1);
                out.push(']');
            }
            Node::Tuple(true, es, tail) => {
                out.push('{');
                self.pp_tag_tuple(out, es, tail, col, ind, ld, w + 1);
                out.push('}');
            }
            Node::Tuple(false, es, tail) => {
                out.push('{');
                self.pp_list(out, es, tail, col + 1, ind + 1, ld, ',', w + 1);
                out.push('}');
            }
            Node::Map(es, tail) => {
                out.push_str("#{");
                self.pp_map(out, es, tail, col + 2, ind + 2, ld, w + 1);
                out.push('}');
            }
            Node::Bin(segs) => self.pp_binary(out, segs, col + 2, ind + 2, ld, w),
            Node::Leaf(_) | Node::Pair(..) => write(out, e),
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn pp_tag_tuple(
        &self,
        out: &mut String,
        es: &[If],
        tail: &Tail,
        col: i64,
        ind: i64,
        ld: i64,
        w: i64,
    ) {
        let Some((tag, rest)) = es.split_first() else {
            return out.push_str("...");
        };
        let tag_ind = tag.len + 2;
        let tcol = col + tag_ind;
        write(out, tag);
        if self.tind > 0 && tag_ind > self.tind {
            self.pp_tail(
                out,
                rest,
                tail,
                col + self.tind,
                tcol,
                ind + self.tind,
                ld,
                ',',
                w + tag.len,
            );
        } else {
            out.push(',');
            self.pp_list(
                out,
                rest,
                tail,
                tcol,
                ind + tag_ind,
                ld,
                ',',
                w + tag.len + 1,
            );
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn pp_list(
        &self,
        out: &mut String,
        es: &[If],
        tail: &Tail,
        col0: i64,
        ind: i64,
        ld: i64,
        sep: char,
        w: i64,
    ) {
        let Some((e, rest)) = es.split_first() else {
            return out.push_str("...");
        };
        let we = self.pp_element(out, e, col0, ind, last_depth(rest, ld), w);
        self.pp_tail(out, rest, tail, col0, col0 + we, ind, ld, sep, w + we);
    }

    #[allow(clippy::too_many_arguments)]
    fn pp_tail(
        &self,
        out: &mut String,
        es: &[If],
        tail: &Tail,
        col0: i64,
        col: i64,
        ind: i64,
        ld: i64,
        sep: char,
        w: i64,
    ) {
        let (mut col, mut w) = (col, w);
        for (i, e) in es.iter().enumerate() {
            let ld1 = last_depth(&es[i + 1..], ld);
            let elen = 1 + e.len;
            out.push(',');
            if self.fits_inline(elen, col, ld1, w, e.is_leaf()) {
                write(out, e);
                col += elen;
                w += elen;
            } else {
                out.push('\n');
                spaces(out, ind);
                let we = self.pp_element(out, e, col0, ind, ld1, 0);
                col = col0 + we;
                w = we;
            }
        }
        match tail {
            Tail::Nil => {}
            Tail::Dots => {
                out.push(sep);
                out.push_str("...");
            }
            Tail::Improper(e) => {
                out.push(sep);
                let len = e.len;
                if e.is_leaf()
                    && len + 1 < self.ll - col - (ld + 1)
                    && len + 1 + w + (ld + 1) <= self.m
                {
                    write(out, e);
                } else {
                    out.push('\n');
                    spaces(out, ind);
                    self.pp(out, e, col0, ind, ld + 1, 0);
                }
            }
        }
    }

    fn pp_element(&self, out: &mut String, e: &If, col: i64, ind: i64, ld: i64, w: i64) -> i64 {
        if e.is_leaf() && self.fits(e.len, col, ld, w) {
            write(out, e);
            e.len
        } else {
            self.pp(out, e, col, ind, ld, w);
            self.ll
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn pp_map(
        &self,
        out: &mut String,
        es: &[If],
        tail: &Tail,
        col: i64,
        ind: i64,
        ld: i64,
        w: i64,
    ) {
        let Some((p, rest)) = es.split_first() else {
            if let Tail::Dots = tail {
                out.push_str("...");
            }
            return;
        };
        let pw = self.pp_pair(out, p, col, ind, last_depth(rest, ld), w);
        let (mut c, mut w) = (col + pw, pw);
        for (i, p) in rest.iter().enumerate() {
            let ld1 = last_depth(&rest[i + 1..], ld);
            let elen = 1 + p.len;
            out.push(',');
            if self.fits_inline(elen, c, ld1, w, p.pair_is_leaf()) {
                write(out, p);
                c += elen;
                w += elen;
            } else {
                out.push('\n');
                spaces(out, ind);
                let pw = self.pp_pair(out, p, col, ind, ld1, 0);
                c = col + pw;
                w = pw;
            }
        }
        if let Tail::Dots = tail {
            out.push_str(",...");
        }
    }

    fn pp_pair(&self, out: &mut String, p: &If, col: i64, ind: i64, ld: i64, w: i64) -> i64 {
        if self.fits(p.len, col, ld, w) {
            write(out, p);
            return if p.pair_is_leaf() { p.len } else { self.ll };
        }
        if let Node::Pair(k, v) = &p.node {
            let i = if self.tind > 0 { self.tind } else { 4 };
            self.pp(out, k, col, ind, ld, w);
            out.push_str(" =>\n");
            spaces(out, ind + i);
            self.pp(out, v, col + i, ind + i, ld, 0);
        }
        self.ll
    }

    fn pp_binary(&self, out: &mut String, segs: &[String], col: i64, ind: i64, ld: i64, w: i64) {
        let n0 = 8.max((self.ll - col).min(self.m - 4 - w) - ld);
        let mut n = n0;
        out.push_str("<<");
        for (i, s) in segs.iter().enumerate() {
            let len = s.len() as i64;
            if i + 1 < segs.len() {
                if n - (len + 1) < 0 {
                    out.push('\n');
                    spaces(out, ind);
                    n = n0 - (len + 1);
                } else {
                    n -= len + 1;
                }
                out.push_str(s);
                out.push(',');
            } else {
                if len > n {
                    out.push('\n');
                    spaces(out, ind);
                }
                out.push_str(s);
            }
        }
        out.push_str(">>");
    }

    // `cind`: would this tuple indentation keep everything on the page?

    pub(super) fn cind(&self, e: &If, col: i64, ld: i64, w: i64) -> Result<(), NoGood> {
        if self.fits(e.len, col, ld, w) {
            return Ok(());
        }
        match &e.node {
            Node::List(es, tail) | Node::Tuple(false, es, tail) => {
                self.cind_list(es, tail, col + 1, ld, w + 1)
            }
            Node::Tuple(true, es, tail) => self.cind_tag_tuple(es, tail, col, ld, w + 1),
            Node::Map(es, _) => self.cind_map(es, col + 2, ld, w + 2),
            _ => Ok(()),
        }
    }

    fn cind_tag_tuple(
        &self,
        es: &[If],
        tail: &Tail,
        col: i64,
        ld: i64,
        w: i64,
    ) -> Result<(), NoGood> {
        let Some((tag, rest)) = es.split_first() else {
            return Ok(());
        };
        let tag_ind = tag.len + 2;
        let tcol = col + tag_ind;
        let ind = self.tind;
        if ind > 0 && tag_ind > ind {
            let col1 = col + ind;
            if self.m + col1 <= self.ll || col1 <= self.ll / 2 {
                self.cind_tail(rest, tail, col1, tcol, ld, w + tag.len)
            } else {
                Err(NoGood)
            }
        } else if self.m + tcol < self.ll || tcol < self.ll / 2 {
            self.cind_list(rest, tail, tcol, ld, w + tag.len + 1)
        } else {
            Err(NoGood)
        }
    }

    fn cind_map(&self, es: &[If], col: i64, ld: i64, w: i64) -> Result<(), NoGood> {
        let Some((p, rest)) = es.split_first() else {
            return Ok(());
        };
        let pw = self.cind_pair(p, col, last_depth(rest, ld), w)?;
        let (mut c, mut w) = (col + pw, w + pw);
        for (i, p) in rest.iter().enumerate() {
            let ld1 = last_depth(&rest[i + 1..], ld);
            let elen = 1 + p.len;
            if self.fits_inline(elen, c, ld1, w, p.pair_is_leaf()) {
                c += elen;
                w += elen;
            } else {
                let pw = self.cind_pair(p, col, ld1, 0)?;
                c = col + pw;
                w = pw;
            }
        }
        Ok(())
    }

    fn cind_pair(&self, p: &If, col: i64, ld: i64, w: i64) -> Result<i64, NoGood> {
        if self.fits(p.len, col, ld, w) {
            return Ok(if p.pair_is_leaf() { p.len } else { self.ll });
        }
        if let Node::Pair(k, v) = &p.node {
            self.cind(k, col, ld, w)?;
            let i = if self.tind > 0 { self.tind } else { 4 };
            self.cind(v, col + i, ld, 0)?;
        }
        Ok(self.ll)
    }

    fn cind_list(&self, es: &[If], tail: &Tail, col0: i64, ld: i64, w: i64) -> Result<(), NoGood> {
        let Some((e, rest)) = es.split_first() else {
            return Ok(());
        };
        let we = self.cind_element(e, col0, last_depth(rest, ld), w)?;
        self.cind_tail(rest, tail, col0, col0 + we, ld, w + we)
    }

    fn cind_tail(
        &self,
        es: &[If],
        tail: &Tail,
        col0: i64,
        col: i64,
        ld: i64,
        w: i64,
    ) -> Result<(), NoGood> {
        let (mut col, mut w) = (col, w);
        for (i, e) in es.iter().enumerate() {
            let ld1 = last_depth(&es[i + 1..], ld);
            let elen = 1 + e.len;
            if self.fits_inline(elen, col, ld1, w, e.is_leaf()) {
                col += elen;
                w += elen;
            } else {
                let we = self.cind_element(e, col0, ld1, 0)?;
                col = col0 + we;
                w = we;
            }
        }
        match tail {
            Tail::Improper(e) => {
                let len = e.len;
                if e.is_leaf()
                    && len + 1 < self.ll - col - (ld + 1)
                    && len + 1 + w + (ld + 1) <= self.m
                {
                    Ok(())
                } else {
                    self.cind(e, col, ld + 1, 0)
                }
            }
            _ => Ok(()),
        }
    }

    fn cind_element(&self, e: &If, col: i64, ld: i64, w: i64) -> Result<i64, NoGood> {
        if e.is_leaf() && self.fits(e.len, col, ld, w) {
            Ok(e.len)
        } else {
            self.cind(e, col, ld, w)?;
            Ok(self.ll)
        }
    }
}
