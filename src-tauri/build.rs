//! Tauri's build step: reads `tauri.conf.json` and `capabilities/`, generates the permission
//! schema and embeds the icons. Without it `tauri::generate_context!` has nothing to read.

fn main() {
    tauri_build::build();
}
