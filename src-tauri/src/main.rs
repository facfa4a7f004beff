//! The `cityrights-desktop` executable. Everything lives in the library (`lib.rs`) so that
//! the builder can be reached from tests and other entry points.

// Without this a console window opens beside the app on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

/// mimalloc, as in the CLI: exporting and previewing a long PDF makes hundreds of thousands of
/// small allocations, and glibc's allocator made a quarter of that time.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    cityrights_desktop::run();
}
