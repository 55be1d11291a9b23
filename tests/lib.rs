//! Shared helpers for the whole-program test runners.
