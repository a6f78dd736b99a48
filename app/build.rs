//! Embeds every Fluent file under `locales/` so the server and the browser carry the same texts.
//! Adding a file needs no code change: this script lists them.
//!
//! Every path this script prints is relative to the app crate, never absolute: the target
//! directory may be shared between checkouts (CI keeps one outside its clean clones), and an
//! absolute path would tie the build to the checkout that happened to run the script first.
use std::{env, fs, path::Path};

const LOCALES: &str = "../locales";

fn main() {
    println!("cargo:rerun-if-changed={LOCALES}");
    let mut entries = Vec::new();
    collect(Path::new(LOCALES), &mut entries);
    entries.sort();
    let mut out = String::from("/// (language, easy-read?, file name, contents)\npub const FILES: &[(&str, bool, &str, &str)] = &[\n");
    for (lang, easy, name, path) in entries {
        println!("cargo:rerun-if-changed={path}");
        out.push_str(&format!(
            "    ({lang:?}, {easy}, {name:?}, include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/\", {path:?}))),\n"
        ));
    }
    out.push_str("];\n");
    let dest = Path::new(&env::var("OUT_DIR").unwrap()).join("locale_files.rs");
    fs::write(dest, out).unwrap();
}

/// (language, easy-read?, file name, path relative to the crate) of each `.ftl` file under `dir`.
fn collect(dir: &Path, out: &mut Vec<(String, bool, String, String)>) {
    let Ok(read) = fs::read_dir(dir) else { return };
    for entry in read.flatten() {
        let path = entry.path();
        if path.is_dir() {
            println!("cargo:rerun-if-changed={}", path.display());
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "ftl") {
            let rel = path.strip_prefix(LOCALES).unwrap();
            let mut parts = rel.iter().map(|p| p.to_string_lossy().into_owned());
            let lang = parts.next().unwrap();
            let rest: Vec<String> = parts.collect();
            let easy = rest.first().is_some_and(|p| p == "easy");
            let name = rest.last().unwrap().clone();
            out.push((lang, easy, name, path.to_string_lossy().into_owned()));
        }
    }
}
