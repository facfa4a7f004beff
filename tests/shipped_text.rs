//! Nothing internal reaches a user: every string the app ships — the templates, the reference
//! data, the UI's catalogue, the core's messages and its demo data (which go into screens,
//! PDF, Word and iCalendar files) — is scanned for our own research notes: the `shared/` folder,
//! a "§" of our notes, "not researched", "the sources reviewed", the notes' status marks. A
//! source shown to a user is the UN document or page itself. Comments and tests may cite
//! anything, so Rust is read with `syn`: string literals outside `#[cfg(test)]` items and
//! outside attributes (doc comments are attributes).

use std::path::{Path, PathBuf};
use syn::visit::Visit;

/// What may not appear in a shipped string (compared in lower case).
const FORBIDDEN: [&str; 13] = [
    "shared/",
    "shared reference",
    "§",
    "not researched",
    "sources reviewed",
    "reviewed sources",
    "un-mechanisms",
    "submission-templates",
    "review-2026",
    "[unconfirmed]",
    "[c-3rd]",
    "[analysis]",
    "confirmed by the un",
];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn files(dir: &Path, ext: &str, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, ext, out);
        } else if path.extension().is_some_and(|e| e == ext) {
            out.push(path);
        }
    }
}

fn findings(place: &str, text: &str) -> Vec<String> {
    let lower = text.to_lowercase();
    FORBIDDEN
        .iter()
        .filter(|f| lower.contains(*f))
        .map(|f| format!("{place}: \"{f}\" in {text:?}"))
        .collect()
}

fn json_strings(v: &serde_json::Value, out: &mut Vec<String>) {
    match v {
        serde_json::Value::String(s) => out.push(s.clone()),
        serde_json::Value::Array(a) => a.iter().for_each(|x| json_strings(x, out)),
        serde_json::Value::Object(o) => o.iter().for_each(|(k, x)| {
            out.push(k.clone());
            json_strings(x, out)
        }),
        _ => {}
    }
}

/// The string literals of a Rust file that the program can show.
#[derive(Default)]
struct Literals(Vec<String>);

/// `#[cfg(test)]` or `#[test]`: code that never ships.
fn is_test_only(attrs: &[syn::Attribute]) -> bool {
    attrs.iter().any(|a| {
        a.path().is_ident("test")
            || (a.path().is_ident("cfg")
                && matches!(&a.meta, syn::Meta::List(l) if l.tokens.to_string() == "test"))
    })
}

impl<'ast> Visit<'ast> for Literals {
    fn visit_attribute(&mut self, _: &'ast syn::Attribute) {}
    fn visit_item_mod(&mut self, m: &'ast syn::ItemMod) {
        if !is_test_only(&m.attrs) {
            syn::visit::visit_item_mod(self, m);
        }
    }
    fn visit_item_fn(&mut self, f: &'ast syn::ItemFn) {
        if !is_test_only(&f.attrs) {
            syn::visit::visit_item_fn(self, f);
        }
    }
    fn visit_lit_str(&mut self, s: &'ast syn::LitStr) {
        self.0.push(s.value());
    }
    fn visit_macro(&mut self, m: &'ast syn::Macro) {
        // format!("…"), out!("…"), Error::…(format!(…)): the literals inside a macro's tokens.
        for t in m.tokens.clone() {
            literals_in(t, &mut self.0);
        }
    }
}

fn literals_in(t: proc_macro2::TokenTree, out: &mut Vec<String>) {
    match t {
        proc_macro2::TokenTree::Literal(l) => {
            if let Ok(s) = syn::parse_str::<syn::LitStr>(&l.to_string()) {
                out.push(s.value());
            }
        }
        proc_macro2::TokenTree::Group(g) => {
            g.stream().into_iter().for_each(|t| literals_in(t, out))
        }
        _ => {}
    }
}

#[test]
fn no_shipped_string_names_our_notes() {
    let mut found = Vec::new();
    let mut scanned = 0usize;

    let mut json = Vec::new();
    files(&root().join("assets/templates"), "json", &mut json);
    files(&root().join("assets/reference"), "json", &mut json);
    assert!(json.len() >= 8, "{json:?}");
    for path in &json {
        let v: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        let mut strings = Vec::new();
        json_strings(&v, &mut strings);
        scanned += strings.len();
        for s in strings {
            found.extend(findings(&path.display().to_string(), &s));
        }
    }

    let mut catalogue = Vec::new();
    files(&root().join("ui/src/lib/i18n"), "ts", &mut catalogue);
    assert!(!catalogue.is_empty());
    // The Fluent catalogue: every word of the interface, the templates' among them.
    let mut fluent = Vec::new();
    files(&root().join("assets/i18n"), "ftl", &mut fluent);
    assert_eq!(fluent.len(), 6, "{fluent:?}");
    catalogue.extend(fluent);
    for path in catalogue
        .iter()
        .filter(|p| !p.to_string_lossy().contains(".test."))
    {
        let text = std::fs::read_to_string(path).unwrap();
        for (n, line) in text.lines().enumerate() {
            let code = line.trim_start();
            if code.starts_with("//")
                || code.starts_with('*')
                || code.starts_with("/*")
                || code.starts_with('#')
            {
                continue;
            }
            scanned += 1;
            found.extend(findings(&format!("{}:{}", path.display(), n + 1), line));
        }
    }

    let mut rust = Vec::new();
    files(&root().join("src"), "rs", &mut rust);
    assert!(rust.len() > 50);
    for path in &rust {
        let file = syn::parse_file(&std::fs::read_to_string(path).unwrap())
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let mut lits = Literals::default();
        lits.visit_file(&file);
        scanned += lits.0.len();
        for s in lits.0 {
            found.extend(findings(&path.display().to_string(), &s));
        }
    }

    assert!(scanned > 3000, "only {scanned} strings scanned");
    assert!(
        found.is_empty(),
        "internal notes in shipped text:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_scan_sees_a_note_in_a_message_and_not_in_a_comment_or_a_test() {
    let file = syn::parse_file(
        r#"
        /// See shared/reference/un-mechanisms.md § 1.1.
        fn shown() -> String { format!("Estimate (shared reference, §1.1) {}", 1) }
        // shared/ in a comment
        #[cfg(test)]
        mod tests { fn t() { let _ = "shared/reference"; } }
        "#,
    )
    .unwrap();
    let mut lits = Literals::default();
    lits.visit_file(&file);
    let found: Vec<_> = lits.0.iter().flat_map(|s| findings("x", s)).collect();
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found.iter().all(|f| f.contains("Estimate")));
}
