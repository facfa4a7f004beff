//! The core's tiers, checked by every `cargo test`: this test reads `src/` (the library,
//! not the CLI's `main.rs` and `cli/`) and fails on
//!
//! - a module outside the tier folders (`model`, `store`, `formats`, `app`) and the base
//!   (`error`, `files`);
//! - an import that goes up or sideways between tiers: a module may name only its own tier,
//!   the tiers below it (see [`MAY_USE`]) and the base;
//! - an import cycle between modules, anywhere in the library (a module is the first two
//!   segments of its path: `model::document` with its `limits`, `import::docx`).
//!
//! "Names" means any `crate::…` or `super::…` path outside a `#[cfg(test)] mod`, comments and
//! doc links included (a doc link up a tier would break the day the tiers become crates). The
//! crate root's `pub use model::document;`-style re-exports are followed, so `crate::document`
//! counts as `model::document`.
//!
//! It also means calling a method of `Store` that another module's `impl Store` block defines
//! (`self.submission_detail(…)` uses `submission`): those calls are dependencies no path shows.
//! They are found by name (`.name(` or `Store::name(`), leaving out the few names that other
//! types have too ([`COMMON_NAMES`]).

#[path = "support/sources.rs"]
mod sources;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Each tier and the tiers it may name (its own included). `store` and `formats` are siblings:
/// neither sees the other; `app` sees them all.
const MAY_USE: &[(&str, &[&str])] = &[
    ("model", &["model"]),
    ("store", &["model", "store"]),
    ("formats", &["model", "formats"]),
    ("app", &["model", "store", "formats", "app"]),
];

/// Below every tier: the one error type, and `files` (writing a file whole, naming a failed
/// file operation).
const BASE: &[&str] = &["error", "files"];

/// `Store` method names that other types have as well (`Iterator::find`, `Path::is_empty`, a
/// converter's `sections`…): a call by such a name says nothing about who is called.
const COMMON_NAMES: &[&str] = &[
    "find", "is_empty", "open", "path", "section", "sections", "write",
];

type Module = Vec<String>;

fn src_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Every library module and its file.
fn modules() -> BTreeMap<Module, PathBuf> {
    let root = src_dir();
    let files = sources::rs_files(&root);
    let mut mods = BTreeMap::new();
    for f in files {
        let rel = f.strip_prefix(&root).unwrap().with_extension("");
        let mut parts: Vec<String> = rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        if parts == ["main"] || parts == ["lib"] || parts[0] == "cli" {
            continue;
        }
        if parts.last().is_some_and(|l| l == "mod") {
            parts.pop();
        }
        mods.insert(parts, f);
    }
    mods
}

/// The source without its `#[cfg(test)] mod … { … }` blocks.
fn without_tests(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find("#[cfg(test)]") {
        out.push_str(&rest[..i]);
        let after = &rest[i + "#[cfg(test)]".len()..];
        let trimmed = after.trim_start();
        let is_mod = trimmed.starts_with("mod ") || trimmed.starts_with("pub(crate) mod ");
        match (is_mod, trimmed.find('{'), trimmed.find(';')) {
            (true, Some(open), semi) if semi.is_none_or(|s| s > open) => {
                let body = &trimmed[open..];
                let mut depth = 0usize;
                let mut end = body.len();
                for (k, c) in body.char_indices() {
                    match c {
                        '{' => depth += 1,
                        '}' => {
                            depth -= 1;
                            if depth == 0 {
                                end = k + 1;
                                break;
                            }
                        }
                        _ => {}
                    }
                }
                rest = &body[end..];
            }
            _ => {
                out.push_str("#[cfg(test)]");
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

fn is_ident(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// The paths a `use`-like tree starting at `s` names, each as its segments (`a::{b, c::d}` gives
/// `a::b` and `a::c::d`). Returns them and how much of `s` was read.
fn paths(s: &str) -> (Vec<Vec<String>>, usize) {
    let b = s.as_bytes();
    let mut i = 0;
    let mut segs = Vec::new();
    loop {
        if s[i..].starts_with('{') {
            i += 1;
            let mut out = Vec::new();
            loop {
                while i < b.len() && (b[i] as char).is_whitespace() {
                    i += 1;
                }
                if i >= b.len() || b[i] == b'}' {
                    i += 1;
                    break;
                }
                let (sub, n) = paths(&s[i..]);
                i += n;
                for p in sub {
                    let mut full = segs.clone();
                    full.extend(p.into_iter().filter(|x| x != "self"));
                    out.push(full);
                }
                // skip `as name`, `*`, and the comma
                while i < b.len() && b[i] != b',' && b[i] != b'}' {
                    i += 1;
                }
                if i < b.len() && b[i] == b',' {
                    i += 1;
                }
            }
            if out.is_empty() {
                out.push(segs);
            }
            return (out, i);
        }
        let start = i;
        while i < b.len() && is_ident(b[i] as char) {
            i += 1;
        }
        if i > start {
            segs.push(s[start..i].to_string());
        }
        if s[i..].starts_with("::") {
            i += 2;
            continue;
        }
        return (vec![segs], i);
    }
}

/// Every module path `text` (the source of `module`) names, unresolved.
fn named(module: &Module, text: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    for (anchor, from_super) in [("crate::", false), ("super::", true)] {
        let mut at = 0;
        while let Some(i) = text[at..].find(anchor) {
            let i = at + i;
            at = i + anchor.len();
            if i > 0 && is_ident(text[..i].chars().last().unwrap()) {
                continue;
            }
            let mut base: Vec<String> = Vec::new();
            let mut rest = &text[i..];
            if from_super {
                // A module's file is its own scope: `super` is the parent module.
                base = module.clone();
                while let Some(r) = rest.strip_prefix("super::") {
                    base.pop();
                    rest = r;
                }
                at = text.len() - rest.len();
            } else {
                rest = &rest[anchor.len()..];
            }
            let (ps, _) = paths(rest);
            for p in ps {
                let mut full = base.clone();
                full.extend(p);
                out.push(full);
            }
        }
    }
    out
}

/// The crate root's re-exports: `document` → `model::document`, `Store` → `store::Store`.
fn root_aliases() -> BTreeMap<String, Vec<String>> {
    let lib = std::fs::read_to_string(src_dir().join("lib.rs")).unwrap();
    let mut out = BTreeMap::new();
    // A `pub use` may span lines (`pub use app::{\n    access, …\n};`).
    for (i, _) in lib.match_indices("pub use ") {
        for p in paths(&lib[i + "pub use ".len()..]).0 {
            if let Some(last) = p.last() {
                out.insert(last.clone(), p.clone());
            }
        }
    }
    out
}

/// The module a path names: its longest prefix that is a module, cut to two segments.
fn resolve(
    path: &[String],
    mods: &BTreeMap<Module, PathBuf>,
    aliases: &BTreeMap<String, Vec<String>>,
) -> Option<Module> {
    let mut path = path.to_vec();
    if let Some(first) = path.first() {
        if let Some(target) = aliases.get(first) {
            let mut p = target.clone();
            p.extend(path.drain(1..));
            path = p;
        }
    }
    (1..=path.len())
        .rev()
        .map(|k| path[..k].to_vec())
        .find(|p| mods.contains_key(p))
        .map(|p| node(&p))
}

fn node(m: &[String]) -> Module {
    m.iter().take(2).cloned().collect()
}

/// The tier of a module: the folder it is in, if that folder is a tier. A tier counts from the
/// day its folder exists (`src/store.rs` is not yet the `store` tier; `src/store/` will be).
fn tier(m: &Module) -> Option<&'static str> {
    MAY_USE
        .iter()
        .map(|(t, _)| *t)
        .filter(|t| src_dir().join(t).is_dir())
        .find(|t| m.first().is_some_and(|f| f == t))
}

fn show(m: &Module) -> String {
    m.join("::")
}

/// Every edge between two modules (cut to two segments), with the file it comes from.
fn edges() -> BTreeMap<Module, BTreeMap<Module, PathBuf>> {
    let mods = modules();
    let aliases = root_aliases();
    let texts: BTreeMap<&Module, String> = mods
        .iter()
        .map(|(m, f)| (m, without_tests(&std::fs::read_to_string(f).unwrap())))
        .collect();
    // Which module defines each `Store` method.
    let mut defined: BTreeMap<String, BTreeSet<Module>> = BTreeMap::new();
    for (m, text) in &texts {
        for name in store_methods(text) {
            defined.entry(name).or_default().insert(node(m));
        }
    }
    let mut out: BTreeMap<Module, BTreeMap<Module, PathBuf>> = BTreeMap::new();
    for (m, file) in &mods {
        let text = &texts[m];
        let from = node(m);
        out.entry(from.clone()).or_default();
        let by_path = named(m, text)
            .into_iter()
            .filter_map(|p| resolve(&p, &mods, &aliases));
        let by_method = called(text)
            .into_iter()
            .filter(|n| !COMMON_NAMES.contains(&n.as_str()))
            .flat_map(|n| defined.get(&n).cloned().unwrap_or_default());
        for to in by_path.chain(by_method) {
            if to != from {
                out.entry(from.clone())
                    .or_default()
                    .entry(to)
                    .or_insert_with(|| file.clone());
            }
        }
    }
    out
}

/// The methods an `impl Store {` block of `text` defines (at its first level).
fn store_methods(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut inside = false;
    for line in text.lines() {
        if line.starts_with("impl Store {") {
            inside = true;
        } else if inside && line == "}" {
            inside = false;
        } else if inside {
            let rest = line
                .strip_prefix("    pub fn ")
                .or_else(|| line.strip_prefix("    pub(crate) fn "))
                .or_else(|| line.strip_prefix("    fn "));
            if let Some(rest) = rest {
                out.push(rest.chars().take_while(|c| is_ident(*c)).collect());
            }
        }
    }
    out
}

/// The names `text` calls as methods (`.name(`) or as `Store::name(`.
fn called(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for anchor in [".", "Store::"] {
        let mut at = 0;
        while let Some(i) = text[at..].find(anchor) {
            let start = at + i + anchor.len();
            at = start;
            let name: String = text[start..].chars().take_while(|c| is_ident(*c)).collect();
            let after = text[start + name.len()..].trim_start();
            if !name.is_empty() && after.starts_with('(') {
                out.insert(name);
            }
        }
    }
    out
}

/// Strongly connected components with more than one module (Tarjan).
fn cycles(g: &BTreeMap<Module, BTreeMap<Module, PathBuf>>) -> Vec<BTreeSet<Module>> {
    struct T<'a> {
        g: &'a BTreeMap<Module, BTreeMap<Module, PathBuf>>,
        index: BTreeMap<Module, usize>,
        low: BTreeMap<Module, usize>,
        stack: Vec<Module>,
        on: BTreeSet<Module>,
        out: Vec<BTreeSet<Module>>,
    }
    fn visit(t: &mut T, v: &Module) {
        let n = t.index.len();
        t.index.insert(v.clone(), n);
        t.low.insert(v.clone(), n);
        t.stack.push(v.clone());
        t.on.insert(v.clone());
        let next: Vec<Module> =
            t.g.get(v)
                .map(|e| e.keys().cloned().collect())
                .unwrap_or_default();
        for w in next {
            if !t.index.contains_key(&w) {
                visit(t, &w);
                let lw = t.low[&w];
                let lv = t.low.get_mut(v).unwrap();
                *lv = (*lv).min(lw);
            } else if t.on.contains(&w) {
                let iw = t.index[&w];
                let lv = t.low.get_mut(v).unwrap();
                *lv = (*lv).min(iw);
            }
        }
        if t.low[v] == t.index[v] {
            let mut comp = BTreeSet::new();
            loop {
                let w = t.stack.pop().unwrap();
                t.on.remove(&w);
                let done = &w == v;
                comp.insert(w);
                if done {
                    break;
                }
            }
            if comp.len() > 1 {
                t.out.push(comp);
            }
        }
    }
    let mut t = T {
        g,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on: BTreeSet::new(),
        out: Vec::new(),
    };
    for v in g.keys() {
        if !t.index.contains_key(v) {
            visit(&mut t, v);
        }
    }
    t.out
}

#[test]
fn tiers_only_look_down() {
    let g = edges();
    let mut wrong = Vec::new();
    for (from, tos) in &g {
        let Some(t) = tier(from) else { continue };
        let may: &[&str] = MAY_USE.iter().find(|(x, _)| *x == t).unwrap().1;
        for (to, file) in tos {
            let ok = match tier(to) {
                Some(u) => may.contains(&u),
                None => to.len() == 1 && BASE.contains(&to[0].as_str()),
            };
            if !ok {
                wrong.push(format!(
                    "{} -> {} ({})",
                    show(from),
                    show(to),
                    file.strip_prefix(src_dir()).unwrap().display()
                ));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "imports that leave their tier upwards or sideways:\n{}",
        wrong.join("\n")
    );
    // The test must see something: the model tier exists and is named from above.
    assert!(g.keys().any(|m| tier(m) == Some("model")));
}

#[test]
fn every_module_is_in_a_tier() {
    let loose: Vec<String> = modules()
        .keys()
        .filter(|m| tier(m).is_none() && !(m.len() == 1 && BASE.contains(&m[0].as_str())))
        .map(show)
        .collect();
    assert!(
        loose.is_empty(),
        "modules outside the tiers (put each in model, store, formats or app): {loose:?}"
    );
}

#[test]
fn no_import_cycles() {
    let found: Vec<String> = cycles(&edges())
        .iter()
        .map(|c| format!("{:?}", c.iter().map(show).collect::<Vec<_>>()))
        .collect();
    assert!(
        found.is_empty(),
        "import cycles between modules:\n{}",
        found.join("\n")
    );
}

#[test]
fn every_crate_path_is_understood() {
    // A `crate::x` this reader cannot place would be a dependency it does not see.
    let mods = modules();
    let aliases = root_aliases();
    let mut unknown = BTreeSet::new();
    for (m, file) in &mods {
        let text = without_tests(&std::fs::read_to_string(file).unwrap());
        for p in named(m, &text) {
            if !p.is_empty() && resolve(&p, &mods, &aliases).is_none() {
                unknown.insert(p.join("::"));
            }
        }
    }
    assert!(unknown.is_empty(), "paths not understood: {unknown:?}");
}

#[test]
fn the_reader_sees_what_the_compiler_sees() {
    let m: Module = vec!["import".into(), "docx".into()];
    let found = named(
        &m,
        "use crate::{a, b::{c, d as e}, f::*};\nuse super::draft::X; crate::g::h(); x_crate::no",
    );
    let shown: Vec<String> = found.iter().map(|p| p.join("::")).collect();
    assert_eq!(
        shown,
        ["a", "b::c", "b::d", "f", "g::h", "import::draft::X"]
    );
    let text = "impl Store {\n    pub fn a(&self) {}\n    fn b() {\n        fn inner() {}\n    }\n}\nfn c() {}";
    assert_eq!(store_methods(text), ["a", "b"]);
    let calls = called("self.a(1); Store::b (); x.c; s\n    .d(e)");
    assert_eq!(calls.into_iter().collect::<Vec<_>>(), ["a", "b", "d"]);
    assert_eq!(
        without_tests("a\n#[cfg(test)]\nmod tests {\n use crate::x; { }\n}\nb"),
        "a\n\nb"
    );
}
