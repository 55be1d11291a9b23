//! Semantic checks on the AST (stub; being written).
