//! Embeds the demo corpus (`samples/demo/{uk,ru,en}/*.txt|*.html` at the
//! repository root) in the crate: writes `$OUT_DIR/demo_corpus.rs`, a list of
//! `(path, include_str!(file))`, so `swapledger demo` works from any directory.

use std::fmt::Write;
use std::path::{Path, PathBuf};

fn main() {
    browser_cfg();
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets it"));
    let root = manifest.join("../../samples/demo");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files: Vec<(String, PathBuf)> = Vec::new();
    for lang in ["uk", "ru", "en"] {
        let dir = root.join(lang);
        println!("cargo:rerun-if-changed={}", dir.display());
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            let name = p
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or("")
                .to_string();
            let ok = p.is_file()
                && (name.ends_with(".txt") || name.ends_with(".html"))
                && !name.ends_with(".gold.json");
            if ok {
                files.push((format!("samples/demo/{lang}/{name}"), p));
            }
        }
    }
    files.sort();
    if files.is_empty() {
        println!(
            "cargo:warning=samples/demo has no documents: `swapledger demo` will refuse to start"
        );
    }
    let mut out = String::from("&[\n");
    for (rel, abs) in &files {
        let abs = abs.canonicalize().unwrap_or_else(|_| abs.clone());
        let _ = writeln!(out, "    ({rel:?}, include_str!({:?})),", path_str(&abs));
    }
    out.push_str("]\n");
    let dest =
        PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets it")).join("demo_corpus.rs");
    std::fs::write(dest, out).expect("writing the demo corpus list");
}

fn path_str(p: &Path) -> String {
    p.to_string_lossy().into_owned()
}

/// Marks the browser test ignored (with its reason) when Chromium or
/// chromedriver is missing, unless `CI=true`, where it must run and fail.
fn browser_cfg() {
    println!("cargo:rustc-check-cfg=cfg(swapledger_no_browser)");
    for var in ["CI", "CHROME", "CHROMEDRIVER", "PATH"] {
        println!("cargo:rerun-if-env-changed={var}");
    }
    for dir in ["/usr/bin", "/usr/local/bin"] {
        if Path::new(dir).is_dir() {
            println!("cargo:rerun-if-changed={dir}");
        }
    }
    let found = |var: &str, names: &[&str]| -> bool {
        if let Some(p) = std::env::var_os(var) {
            return Path::new(&p).is_file();
        }
        let Some(path) = std::env::var_os("PATH") else {
            return false;
        };
        names
            .iter()
            .any(|n| std::env::split_paths(&path).any(|d| d.join(n).is_file()))
    };
    let browser = found("CHROME", &["chromium", "chromium-browser", "google-chrome"])
        && found("CHROMEDRIVER", &["chromedriver"]);
    let ci = std::env::var("CI").as_deref() == Ok("true");
    if !browser && !ci {
        println!("cargo:rustc-cfg=swapledger_no_browser");
    }
}
