//! Source text to AST: the logos lexer, the lalrpop grammar and syntax errors.

pub mod ast;
