//! Command line: parses arguments and dispatches to a mode.

/// Runs qari with the process arguments and returns the exit code.
pub fn main() -> i32 {
    0
}
