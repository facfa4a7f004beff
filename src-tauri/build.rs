//! Tauri's build step: reads `tauri.conf.json` and `capabilities/`, generates the permission
//! schema and embeds the icons. Without it `tauri::generate_context!` has nothing to read.
//!
//! It also writes the list of the shell's commands (`$OUT_DIR/command_list.rs`, included by
//! `lib.rs`): every function marked `#[command]` under `src/`, by its module path. So the
//! registration is generated from the commands themselves — a command is added by writing the
//! function, nowhere else (see `src/typed.rs`).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    tauri_build::build();
    println!("cargo:rerun-if-changed=src");
    let mut paths = Vec::new();
    collect(Path::new("src"), &mut paths);
    let mut list = String::from("crate::typed_commands! {\n");
    for p in &paths {
        let _ = writeln!(list, "    {p},");
    }
    list.push_str("}\n");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("OUT_DIR")).join("command_list.rs");
    if std::fs::read_to_string(&out).ok().as_deref() != Some(list.as_str()) {
        std::fs::write(&out, list).expect("write command_list.rs");
    }
}

/// The `#[command]` functions of the `.rs` files under `dir`, as paths from the crate root
/// (`commands::backup::list_backups`), files in name order and functions in source order.
fn collect(dir: &Path, paths: &mut Vec<String>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("read src")
        .map(|e| e.expect("read src").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            collect(&path, paths);
            continue;
        }
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let module = module_path(&path);
        let text = std::fs::read_to_string(&path).expect("read a source file");
        let mut lines = text.lines().enumerate();
        while let Some((n, line)) = lines.next() {
            let line = line.trim();
            if line.starts_with("#[tauri::command") {
                panic!(
                    "{}:{}: declare the command with #[command] (src/typed.rs), not #[tauri::command]",
                    path.display(),
                    n + 1
                );
            }
            if line != "#[command]" {
                continue;
            }
            // The next line that is not another attribute holds `fn name(`.
            let sig = lines
                .by_ref()
                .map(|(_, l)| l.trim())
                .find(|l| !l.starts_with("#[") && !l.starts_with("///"))
                .unwrap_or("");
            let name = sig
                .split_once("fn ")
                .and_then(|(_, rest)| rest.split(['(', '<']).next())
                .map(str::trim)
                .filter(|n| !n.is_empty())
                .unwrap_or_else(|| {
                    panic!(
                        "{}:{}: #[command] is not followed by a function",
                        path.display(),
                        n + 1
                    )
                });
            paths.push(if module.is_empty() {
                name.to_string()
            } else {
                format!("{module}::{name}")
            });
        }
    }
}

/// `src/commands/backup.rs` → `commands::backup`; `src/commands/mod.rs` → `commands`;
/// `src/lib.rs` and `src/main.rs` → the crate root.
fn module_path(file: &Path) -> String {
    let rel = file.strip_prefix("src").expect("under src");
    let mut parts: Vec<String> = rel
        .with_extension("")
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if matches!(
        parts.last().map(String::as_str),
        Some("mod" | "lib" | "main")
    ) {
        parts.pop();
    }
    parts.join("::")
}
