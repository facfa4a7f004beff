//! The `cityrights-desktop` executable. Everything lives in the library (`lib.rs`) so that
//! the builder can be reached from tests and other entry points.

// Without this a console window opens beside the app on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    cityrights_desktop::run();
}
