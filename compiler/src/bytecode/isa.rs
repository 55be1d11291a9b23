//! THE instruction set: one table from which the `Instr` enum, opcodes,
//! encoding, decoding, disassembly and the opcode list for the docs are all
//! derived. Add an instruction here (and its semantics in `vm::interp::ops`),
//! never elsewhere; bump `FORMAT_VERSION` in `module.rs` when the encoding
//! of an existing instruction changes. Opcode numbers are never reused.
//!
//! Notation in the meanings:
//! - `x[i]`, `y[i]`: x and y registers; `s`: a source operand (register or
//!   constant); `d`: a destination register; `L`: a label (instruction index
//!   in the current function); `fail`: a label, or "raise" for none.
//! - `live`: the number of x registers (x[0] .. x[live-1]) holding terms at a
//!   safe point; the GC treats exactly those as roots.
//! - `CP`: the continuation pointer (return address) register.
//!
//! Flags: `SAFE` the instruction is a safe point (may collect); `RED` costs
//! a reduction (and may yield); `BRANCH` may jump; `END` ends a basic block;
//! `RAISE` may raise an exception.
//!
//! Frames: `allocate n` pushes CP and n y slots (initialised to `[]`); y[0]
//! is the most recently pushed slot. Calls put arguments in x[0..arity];
//! results come back in x[0]. A closure's lambda function receives its
//! arguments followed by its free variables.

use super::operand::*;

pub mod flags {
    pub const NONE: u8 = 0;
    pub const SAFE: u8 = 1;
    pub const RED: u8 = 2;
    pub const BRANCH: u8 = 4;
    pub const END: u8 = 8;
    pub const RAISE: u8 = 16;
}

/// One row of the opcode table, for documentation and tests.
#[derive(Debug, Clone, Copy)]
pub struct OpcodeInfo {
    pub code: u8,
    pub name: &'static str,
    pub operands: &'static str,
    pub meaning: &'static str,
    pub flags: u8,
}

macro_rules! instructions {
    ($(
        $code:literal $variant:ident $text:literal { $($field:ident : $ty:ty),* } [$($flag:ident)|*] $meaning:literal;
    )*) => {
        /// A portable instruction. See the module docs for the notation.
        #[derive(Clone, Debug, PartialEq)]
        pub enum Instr {
            $(
                #[doc = $meaning]
                $variant { $($field: $ty),* },
            )*
        }

        pub const OPCODES: &[OpcodeInfo] = &[
            $(OpcodeInfo {
                code: $code,
                name: $text,
                operands: stringify!($($field: $ty),*),
                meaning: $meaning,
                flags: 0 $(| flags::$flag)*,
            },)*
        ];

        impl Instr {
            pub fn opcode(&self) -> u8 {
                match self { $(Instr::$variant { .. } => $code,)* }
            }

            pub fn name(&self) -> &'static str {
                match self { $(Instr::$variant { .. } => $text,)* }
            }

            pub fn flags(&self) -> u8 {
                match self { $(Instr::$variant { .. } => 0 $(| flags::$flag)*,)* }
            }

            #[allow(unused_variables)]
            pub fn encode(&self, out: &mut Vec<u8>) {
                match self {
                    $(Instr::$variant { $($field),* } => {
                        out.push($code);
                        $($field.encode(out);)*
                    })*
                }
            }

            pub fn decode(r: &mut Reader) -> Result<Instr, DecodeError> {
                match r.byte()? {
                    $($code => Ok(Instr::$variant { $($field: <$ty as Operand>::decode(r)?),* }),)*
                    op => Err(DecodeError(format!("unknown opcode {op}"))),
                }
            }

            /// Calls `f` on every label operand.
            #[allow(unused_variables)]
            pub fn visit_labels(&mut self, f: &mut dyn FnMut(&mut Label)) {
                match self {
                    $(Instr::$variant { $($field),* } => {
                        $($field.visit_labels(f);)*
                    })*
                }
            }

            /// Calls `f` on every source operand.
            #[allow(unused_variables)]
            pub fn visit_srcs(&self, f: &mut dyn FnMut(&Src)) {
                match self {
                    $(Instr::$variant { $($field),* } => {
                        $($field.visit_srcs(f);)*
                    })*
                }
            }

            /// Calls `f` on every source operand, allowing rewrites.
            #[allow(unused_variables)]
            pub fn map_srcs(&mut self, f: &mut dyn FnMut(&mut Src)) {
                match self {
                    $(Instr::$variant { $($field),* } => {
                        $($field.map_srcs(f);)*
                    })*
                }
            }

            /// Calls `f` on every destination operand.
            #[allow(unused_variables)]
            pub fn visit_dsts(&self, f: &mut dyn FnMut(&Dst)) {
                match self {
                    $(Instr::$variant { $($field),* } => {
                        $($field.visit_dsts(f);)*
                    })*
                }
            }

            /// Calls `f` on every destination operand, allowing rewrites.
            #[allow(unused_variables)]
            pub fn map_dsts(&mut self, f: &mut dyn FnMut(&mut Dst)) {
                match self {
                    $(Instr::$variant { $($field),* } => {
                        $($field.map_dsts(f);)*
                    })*
                }
            }

            /// Readable form: `name field=value ...`.
            #[allow(unused_variables)]
            pub fn disasm(&self, out: &mut String) {
                match self {
                    $(Instr::$variant { $($field),* } => {
                        out.push_str($text);
                        $(
                            out.push(' ');
                            out.push_str(stringify!($field));
                            out.push('=');
                            $field.disasm(out);
                        )*
                    })*
                }
            }
        }
    };
}

instructions! {
    // ---- data movement -------------------------------------------------
    1 Move "move" { src: Src, dst: Dst } [NONE]
        "d := s.";
    // ---- frames and heap -------------------------------------------------
    2 Allocate "allocate" { slots: u16, live: u16 } [NONE]
        "Push CP and `slots` y registers initialised to []. `live` x registers are preserved.";
    3 Deallocate "deallocate" { slots: u16 } [NONE]
        "Pop the frame of `slots` y registers and restore CP from it.";
    4 TestHeap "test_heap" { need: u32, live: u16 } [SAFE]
        "Ensure `need` free words on the heap, collecting with x[0..live] as roots if needed.";
    // ---- calls -----------------------------------------------------------
    5 Call "call" { arity: u16, function: u32 } [RED | SAFE | BRANCH]
        "CP := next; jump to local function `function`. Safe point with live = arity.";
    6 CallLast "call_last" { arity: u16, function: u32, slots: u16 } [RED | SAFE | BRANCH | END]
        "Deallocate `slots`, then tail-call local function `function`.";
    7 CallOnly "call_only" { arity: u16, function: u32 } [RED | SAFE | BRANCH | END]
        "Tail-call local function `function` (no frame to drop).";
    8 CallExt "call_ext" { arity: u16, import: u32 } [RED | SAFE | BRANCH | RAISE]
        "CP := next; call import `import` (another module's export or a BIF).";
    9 CallExtLast "call_ext_last" { arity: u16, import: u32, slots: u16 } [RED | SAFE | BRANCH | END | RAISE]
        "Deallocate `slots`, then tail-call import `import`.";
    10 CallExtOnly "call_ext_only" { arity: u16, import: u32 } [RED | SAFE | BRANCH | END | RAISE]
        "Tail-call import `import`.";
    11 CallFun "call_fun" { arity: u16 } [RED | SAFE | BRANCH | RAISE]
        "CP := next; call the fun in x[arity] with x[0..arity]; badfun / badarity if it is not one of that arity.";
    12 CallFunLast "call_fun_last" { arity: u16, slots: u16 } [RED | SAFE | BRANCH | END | RAISE]
        "Deallocate `slots`, then tail-call the fun in x[arity].";
    13 Apply "apply" { arity: u16 } [RED | SAFE | BRANCH | RAISE]
        "CP := next; call x[arity]:x[arity+1](x[0..arity]) (module and function are atoms).";
    14 ApplyLast "apply_last" { arity: u16, slots: u16 } [RED | SAFE | BRANCH | END | RAISE]
        "Deallocate `slots`, then tail-call x[arity]:x[arity+1](x[0..arity]).";
    15 Return "return" { } [RED | BRANCH | END]
        "Jump to CP. The result is in x[0].";
    16 Bif "bif" { import: u32, args: Seq<Src>, dst: Dst, fail: Fail } [RED | BRANCH | RAISE]
        "d := the native function `import` applied to args; on error jump to fail (or raise). Never collects: results go to a heap fragment if the heap is full.";
    17 Arith "arith" { op: ArithOp, a: Src, b: Src, dst: Dst, fail: Fail } [BRANCH | RAISE]
        "d := a op b (badarith on failure unless fail is a label). Small integers take an inline fast path.";
    // ---- tests and branches ----------------------------------------------
    18 Jump "jump" { to: Label } [BRANCH | END]
        "Jump to L.";
    19 Test "test" { kind: TypeTest, fail: Label, arg: Src } [BRANCH]
        "Jump to fail unless s is of the given type.";
    20 IsFunction2 "is_function2" { fail: Label, arg: Src, arity: Src } [BRANCH]
        "Jump to fail unless s is a fun of the given arity.";
    21 TestArity "test_arity" { fail: Label, arg: Src, arity: u32 } [BRANCH]
        "Jump to fail unless s is a tuple of size `arity`.";
    22 IsTaggedTuple "is_tagged_tuple" { fail: Label, arg: Src, arity: u32, tag: Src } [BRANCH]
        "Jump to fail unless s is a tuple of size `arity` whose first element is the atom `tag`.";
    23 Compare "compare" { op: CmpOp, fail: Label, a: Src, b: Src } [BRANCH]
        "Jump to fail unless `a op b` holds in the term order.";
    24 SelectVal "select_val" { arg: Src, fail: Label, cases: Seq<(Src, Label)> } [BRANCH | END]
        "Jump to the label paired with the constant that s equals exactly, else to fail.";
    // ---- lists, tuples, funs ---------------------------------------------
    25 GetList "get_list" { src: Src, head: Dst, tail: Dst } [NONE]
        "head := hd(s); tail := tl(s). s must be a cons (tested before).";
    26 GetHd "get_hd" { src: Src, dst: Dst } [NONE]
        "d := hd(s). s must be a cons.";
    27 GetTl "get_tl" { src: Src, dst: Dst } [NONE]
        "d := tl(s). s must be a cons.";
    28 GetTupleElement "get_tuple_element" { src: Src, index: u32, dst: Dst } [NONE]
        "d := element(index + 1, s). s must be a tuple of more than `index` elements (tested before).";
    29 PutList "put_list" { head: Src, tail: Src, dst: Dst } [NONE]
        "d := [head | tail]. Space was reserved by test_heap.";
    30 PutTuple "put_tuple" { elements: Seq<Src>, dst: Dst } [NONE]
        "d := {elements...}. Space was reserved by test_heap.";
    31 MakeFun "make_fun" { lambda: u32, free: Seq<Src>, dst: Dst } [NONE]
        "d := a closure of lambda `lambda` capturing the free values.";
    // ---- maps --------------------------------------------------------------
    32 NewMap "new_map" { pairs: Seq<(Src, Src)>, dst: Dst } [NONE]
        "d := #{k => v, ...} (later keys win).";
    33 PutMapAssoc "put_map_assoc" { map: Src, pairs: Seq<(Src, Src)>, dst: Dst } [RAISE]
        "d := map#{k => v, ...}; {badmap, map} if it is not a map.";
    34 PutMapExact "put_map_exact" { map: Src, pairs: Seq<(Src, Src)>, dst: Dst } [RAISE]
        "d := map#{k := v, ...}; {badmap, map} or {badkey, k} on failure.";
    35 GetMapElements "get_map_elements" { fail: Label, map: Src, pairs: Seq<(Src, Dst)> } [BRANCH]
        "For each (key, d): d := map[key]; jump to fail if a key is missing. s must be a map.";
    // ---- binaries ---------------------------------------------------------
    36 BsCreate "bs_create" { segments: Seq<Segment>, dst: Dst, fail: Fail } [RAISE | BRANCH]
        "d := a new bitstring made of the segments; badarg (or jump to fail) when a value does not fit its type.";
    37 BsStart "bs_start" { fail: Label, src: Src, pos: Dst } [BRANCH]
        "Jump to fail unless s is a bitstring; pos := 0 (the match position in bits).";
    38 BsGet "bs_get" { fail: Label, bin: Src, pos: Dst, segment: Segment, dst: Dst } [BRANCH]
        "Read one segment of `bin` at bit position pos into d and advance pos; jump to fail if it does not match. Size `[]` means the rest (binary) or the type's default.";
    39 BsSkip "bs_skip" { fail: Label, bin: Src, pos: Dst, bits: Src } [BRANCH]
        "Advance pos by `bits`; jump to fail if fewer remain.";
    40 BsTestTail "bs_test_tail" { fail: Label, bin: Src, pos: Src, bits: u32 } [BRANCH]
        "Jump to fail unless exactly `bits` bits remain after pos.";
    // ---- exceptions --------------------------------------------------------
    41 Try "try" { y: u16, handler: Label } [NONE]
        "y[y] := a catch marker for handler L. An exception inside jumps to L with x[0] = NON_VALUE, x[1] = class, x[2] = reason, x[3] = stacktrace.";
    42 TryEnd "try_end" { y: u16 } [NONE]
        "y[y] := []: the protected section ended normally.";
    43 TryCase "try_case" { y: u16 } [NONE]
        "At a try handler: y[y] := []; x[0] := class, x[1] := reason, x[2] := stacktrace.";
    44 Catch "catch" { y: u16, handler: Label } [NONE]
        "Like try, for `catch Expr`; the handler is a catch_end.";
    45 CatchEnd "catch_end" { y: u16 } [NONE]
        "y[y] := []. If x[0] is NON_VALUE (an exception arrived), x[0] := the value of `catch`: the thrown term, {'EXIT', Reason} for exit, {'EXIT', {Reason, Stack}} for error.";
    46 Raise "raise" { class: Class, reason: Src } [RAISE | END]
        "Raise an exception of the class with a fresh stacktrace.";
    47 Reraise "reraise" { class: Src, reason: Src, stack: Src } [RAISE | END]
        "Raise again with a given class (atom) and stacktrace, as erlang:raise/3.";
    48 Badmatch "badmatch" { value: Src } [RAISE | END]
        "error({badmatch, s}).";
    49 CaseEnd "case_end" { value: Src } [RAISE | END]
        "error({case_clause, s}).";
    50 IfEnd "if_end" { } [RAISE | END]
        "error(if_clause).";
    51 TryCaseEnd "try_case_end" { value: Src } [RAISE | END]
        "error({try_clause, s}).";
    52 FuncClause "func_clause" { } [RAISE | END]
        "error(function_clause), with the current function's arguments x[0..arity] in the stacktrace.";
    // ---- receive -------------------------------------------------------------
    53 LoopRec "loop_rec" { fail: Label, dst: Dst } [BRANCH]
        "d := the message at the save position; jump to fail if there is none.";
    54 RemoveMessage "remove_message" { } [NONE]
        "Remove the message at the save position; reset the save position to the queue's start.";
    55 LoopRecEnd "loop_rec_end" { to: Label } [BRANCH | END]
        "Advance the save position; jump to L.";
    56 Wait "wait" { to: Label } [RED | BRANCH | END]
        "Suspend until a new message arrives, then jump to L.";
    57 WaitTimeout "wait_timeout" { to: Label, timeout: Src } [RED | BRANCH]
        "Suspend until a new message arrives (jump to L) or `timeout` ms pass (fall through). timeout_value error if it is not a non-negative integer or infinity.";
    58 Timeout "timeout" { } [NONE]
        "After a receive timed out: reset the save position.";
    // ---- binaries, continued ----------------------------------------------
    59 BsGetTail "bs_get_tail" { bin: Src, pos: Src, dst: Dst } [NONE]
        "d := the rest of `bin` from bit position pos, as a sub-binary.";
    // ---- calls, continued ---------------------------------------------------
    60 CallFunOnly "call_fun_only" { arity: u16 } [RED | SAFE | BRANCH | END | RAISE]
        "Tail-call the fun in x[arity] (no frame to drop).";
    61 ApplyOnly "apply_only" { arity: u16 } [RED | SAFE | BRANCH | END | RAISE]
        "Tail-call x[arity]:x[arity+1](x[0..arity]) (no frame to drop).";
    // ---- receive, continued ------------------------------------------------
    62 RecvMarkerBind "recv_marker_bind" { reference: Src } [NONE]
        "Right after `R = make_ref()`: remember R and the current length of the message queue (no message queued before R was made can contain R).";
    63 RecvMarkerUse "recv_marker_use" { reference: Src } [NONE]
        "Before a receive whose every clause matches R: if R is the remembered reference, start the scan at the remembered position instead of the queue's start (BEAM's receive optimisation: request/reply in a busy mailbox is not quadratic).";
}

/// Whether a test for an opcode list completeness can rely on this: every
/// opcode number appears once.
pub fn opcode_info(code: u8) -> Option<&'static OpcodeInfo> {
    OPCODES.iter().find(|o| o.code == code)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn opcodes_are_unique() {
        let mut codes = HashSet::new();
        let mut names = HashSet::new();
        for op in OPCODES {
            assert!(codes.insert(op.code), "duplicate opcode {}", op.code);
            assert!(names.insert(op.name), "duplicate name {}", op.name);
        }
    }

    #[test]
    fn encode_decode_round_trip() {
        let samples = vec![
            Instr::Move {
                src: Src::Int(-5),
                dst: Dst::Y(3),
            },
            Instr::SelectVal {
                arg: Src::X(0),
                fail: Label(9),
                cases: vec![(Src::Atom(1), Label(2)), (Src::Literal(0), Label(4))].into(),
            },
            Instr::Bif {
                import: 3,
                args: vec![Src::X(1), Src::Nil].into(),
                dst: Dst::X(0),
                fail: None,
            },
            Instr::BsGet {
                fail: Label(1),
                bin: Src::X(0),
                pos: Dst::X(1),
                segment: Segment {
                    kind: SegKind::Integer,
                    value: Src::Nil,
                    size: Src::Int(16),
                    unit: 1,
                    flags: seg_flags::LITTLE,
                },
                dst: Dst::X(2),
            },
            Instr::Return {},
        ];
        for i in samples {
            let mut bytes = Vec::new();
            i.encode(&mut bytes);
            let mut r = Reader::new(&bytes);
            assert_eq!(Instr::decode(&mut r).unwrap(), i);
            assert_eq!(r.pos, bytes.len());
        }
    }
}

#[cfg(test)]
mod doc_tests {
    #[test]
    fn bytecode_doc_lists_every_opcode() {
        let doc = include_str!("../../../docs/bytecode.md");
        for op in super::OPCODES {
            assert!(
                doc.contains(&format!("`{}`", op.name)),
                "docs/bytecode.md does not document `{}`; run `cargo run -p joist-compiler --example opcodes`",
                op.name
            );
        }
    }
}

#[cfg(test)]
mod size_tests {
    #[test]
    fn instruction_size_is_pinned() {
        // Dispatch speed depends on this staying small; grow it on purpose only.
        assert!(
            std::mem::size_of::<super::Instr>() <= 40,
            "{}",
            std::mem::size_of::<super::Instr>()
        );
        eprintln!("Instr is {} bytes", std::mem::size_of::<super::Instr>());
    }
}
