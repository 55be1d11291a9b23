//! The abstract syntax tree. Every node carries a [`Span`].
//!
//! Patterns are parsed as expressions (as Erlang's own parser does) and
//! checked for pattern-ness during lowering: a pattern is an [`Expr`] built
//! from variables, literals, tuples, lists, maps (with `:=`), binaries, `=`
//! and constant arithmetic, plus `"prefix" ++ Tail`.
//!
//! Names (atoms, variables, functions) are plain `String`s; atoms are stored
//! unquoted (`'hello world'` is `hello world`).

use crate::source::Span;
use num_bigint::BigInt;

#[derive(Clone, Debug, PartialEq)]
pub struct Module {
    pub forms: Vec<Form>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Form {
    /// `-module(Name).`
    Module {
        name: String,
        span: Span,
    },
    /// `-export([f/1, ...]).`
    Export {
        functions: Vec<FunName>,
        span: Span,
    },
    /// `-import(Mod, [f/1, ...]).`
    Import {
        module: String,
        functions: Vec<FunName>,
        span: Span,
    },
    /// `-compile(Options).`; `export_all` is the only option with an effect.
    Compile {
        export_all: bool,
        span: Span,
    },
    /// An attribute the VM does not use (`-spec`, `-type`, `-author`, ...),
    /// skipped whole up to its dot token.
    Skipped {
        name: String,
        span: Span,
    },
    Function(Function),
}

/// `name/arity` in an export or import list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FunName {
    pub name: String,
    pub arity: usize,
    pub span: Span,
}

/// A named function: all its clauses share name and arity (the parser
/// groups consecutive clauses; the checker reports mismatches).
#[derive(Clone, Debug, PartialEq)]
pub struct Function {
    pub name: String,
    pub arity: usize,
    pub clauses: Vec<Clause>,
    pub span: Span,
}

/// A function or fun clause: `(P1, P2) when G -> Body`.
#[derive(Clone, Debug, PartialEq)]
pub struct Clause {
    /// For a named function clause, its name (a check compares it with the
    /// first clause's); `None` in funs.
    pub name: Option<String>,
    pub name_span: Span,
    pub patterns: Vec<Expr>,
    pub guard: Guard,
    pub body: Vec<Expr>,
    pub span: Span,
}

/// `when G1, G2; G3`: a disjunction (`;`) of conjunctions (`,`).
/// Empty means no guard (always true).
pub type Guard = Vec<Vec<Expr>>;

/// A clause of `case`, `receive`, or `try ... of`: `Pattern when G -> Body`.
#[derive(Clone, Debug, PartialEq)]
pub struct CaseClause {
    pub pattern: Expr,
    pub guard: Guard,
    pub body: Vec<Expr>,
    pub span: Span,
}

/// An `if` clause: `G -> Body`.
#[derive(Clone, Debug, PartialEq)]
pub struct IfClause {
    pub guard: Guard,
    pub body: Vec<Expr>,
    pub span: Span,
}

/// A `catch` clause of `try`: `Class:Reason:Stack when G -> Body`.
#[derive(Clone, Debug, PartialEq)]
pub struct CatchClause {
    /// `None` means the class was omitted, which Erlang reads as `throw`.
    /// Otherwise an atom (`error`, `exit`, `throw`) or a variable / `_`.
    pub class: Option<Expr>,
    pub reason: Expr,
    /// The stacktrace variable, if any (must be a variable).
    pub stack: Option<Expr>,
    pub guard: Guard,
    pub body: Vec<Expr>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    Integer(BigInt),
    Float(f64),
    /// A character literal `$a`; it is an integer, kept apart only for printing.
    Char(u32),
    /// A string literal; adjacent literals are already concatenated.
    /// Elements are Unicode code points.
    String(Vec<u32>),
    Atom(String),
    /// A variable; `_` is the anonymous variable.
    Var(String),
    Tuple(Vec<Expr>),
    /// `[]`, `[A, B]`, `[A, B | T]`: `tail` is `None` for a proper list.
    List {
        elements: Vec<Expr>,
        tail: Option<Box<Expr>>,
    },
    Binary(Vec<BinElement>),
    /// `#{K => V, K2 := V2}`
    Map(Vec<MapField>),
    /// `M#{K => V, K2 := V2}`
    MapUpdate {
        map: Box<Expr>,
        fields: Vec<MapField>,
    },
    /// `Pattern = Expr`
    Match {
        pattern: Box<Expr>,
        value: Box<Expr>,
    },
    BinOp(BinaryOp, Box<Expr>, Box<Expr>),
    Unary(UnaryOp, Box<Expr>),
    Call {
        target: CallTarget,
        args: Vec<Expr>,
    },
    Case {
        subject: Box<Expr>,
        clauses: Vec<CaseClause>,
    },
    If(Vec<IfClause>),
    Receive {
        clauses: Vec<CaseClause>,
        after: Option<After>,
    },
    /// `begin ... end`
    Block(Vec<Expr>),
    /// `fun (...) -> ... end` or the named form `fun Name(...) -> ... end`.
    Fun {
        name: Option<String>,
        clauses: Vec<Clause>,
    },
    /// `fun f/1`
    LocalFunRef {
        name: String,
        arity: usize,
    },
    /// `fun m:f/1`
    RemoteFunRef {
        module: String,
        name: String,
        arity: usize,
    },
    /// `[E || Qualifiers]`
    ListComp {
        element: Box<Expr>,
        qualifiers: Vec<Qualifier>,
    },
    /// `<< E || Qualifiers >>`
    BinComp {
        element: Box<Expr>,
        qualifiers: Vec<Qualifier>,
    },
    Try(Box<Try>),
    /// `catch Expr`
    Catch(Box<Expr>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct After {
    pub timeout: Box<Expr>,
    pub body: Vec<Expr>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Try {
    pub body: Vec<Expr>,
    /// Clauses of `of`; empty when there is no `of` section.
    pub of_clauses: Vec<CaseClause>,
    pub catch_clauses: Vec<CatchClause>,
    /// Body of `after`; empty when there is none.
    pub after: Vec<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum CallTarget {
    /// `f(...)`: a local function, an import or an auto-imported BIF.
    Local { name: String, span: Span },
    /// `M:F(...)`: module and function are expressions (usually atoms).
    Remote {
        module: Box<Expr>,
        function: Box<Expr>,
    },
    /// `F(...)` or `(Expr)(...)`: calling a fun value.
    Fun(Box<Expr>),
}

#[derive(Clone, Debug, PartialEq)]
pub enum Qualifier {
    /// `Pattern <- ListExpr`
    Generator {
        pattern: Expr,
        list: Expr,
    },
    /// `BinaryPattern <= BinaryExpr`
    BinGenerator {
        pattern: Expr,
        binary: Expr,
    },
    Filter(Expr),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MapOp {
    /// `=>`: insert or update.
    Assoc,
    /// `:=`: update an existing key (in a pattern: match a key).
    Exact,
}

#[derive(Clone, Debug, PartialEq)]
pub struct MapField {
    pub key: Expr,
    pub op: MapOp,
    pub value: Expr,
    pub span: Span,
}

/// One segment of a binary: `Value:Size/Type-Spec-...`.
#[derive(Clone, Debug, PartialEq)]
pub struct BinElement {
    pub value: Expr,
    pub size: Option<Expr>,
    /// Type specifiers in source order, e.g. `binary`, `little`, `signed`,
    /// `unit:8` (as `("unit", Some(8))`).
    pub specs: Vec<BinSpec>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BinSpec {
    pub name: String,
    pub value: Option<u32>,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinaryOp {
    // arithmetic
    Add,
    Sub,
    Mul,
    Div,
    IntDiv,
    Rem,
    Band,
    Bor,
    Bxor,
    Bsl,
    Bsr,
    // boolean
    And,
    Or,
    Xor,
    AndAlso,
    OrElse,
    // comparison
    Eq,
    Ne,
    ExactEq,
    ExactNe,
    Lt,
    Gt,
    Le,
    Ge,
    // lists
    Append,
    Subtract,
    /// `Pid ! Msg`
    Send,
}

impl BinaryOp {
    /// The operator as written in Erlang source.
    pub fn symbol(self) -> &'static str {
        use BinaryOp::*;
        match self {
            Add => "+",
            Sub => "-",
            Mul => "*",
            Div => "/",
            IntDiv => "div",
            Rem => "rem",
            Band => "band",
            Bor => "bor",
            Bxor => "bxor",
            Bsl => "bsl",
            Bsr => "bsr",
            And => "and",
            Or => "or",
            Xor => "xor",
            AndAlso => "andalso",
            OrElse => "orelse",
            Eq => "==",
            Ne => "/=",
            ExactEq => "=:=",
            ExactNe => "=/=",
            Lt => "<",
            Gt => ">",
            Le => "=<",
            Ge => ">=",
            Append => "++",
            Subtract => "--",
            Send => "!",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Plus,
    Neg,
    Not,
    Bnot,
}

impl UnaryOp {
    pub fn symbol(self) -> &'static str {
        match self {
            UnaryOp::Plus => "+",
            UnaryOp::Neg => "-",
            UnaryOp::Not => "not",
            UnaryOp::Bnot => "bnot",
        }
    }
}

impl Expr {
    pub fn new(kind: ExprKind, span: Span) -> Expr {
        Expr { kind, span }
    }
}
