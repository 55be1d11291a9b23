//! Native functions (BIFs).

pub mod format;
