//! Embeds every Fluent file under `locales/` so the server and the browser carry the same texts.
//! Adding a file needs no code change: this script lists them.
use std::{env, fs, path::Path};

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut entries = Vec::new();
    collect(&root, &root, &mut entries);
    entries.sort();
    let mut out = String::from("/// (language, easy-read?, file name, contents)\npub const FILES: &[(&str, bool, &str, &str)] = &[\n");
    for (lang, easy, name, path) in entries {
        println!("cargo:rerun-if-changed={path}");
        out.push_str(&format!("    ({lang:?}, {easy}, {name:?}, include_str!({path:?})),\n"));
    }
    out.push_str("];\n");
    let dest = Path::new(&env::var("OUT_DIR").unwrap()).join("locale_files.rs");
    fs::write(dest, out).unwrap();
}

fn collect(root: &Path, dir: &Path, out: &mut Vec<(String, bool, String, String)>) {
    let Ok(read) = fs::read_dir(dir) else { return };
    for entry in read.flatten() {
        let path = entry.path();
        if path.is_dir() {
            println!("cargo:rerun-if-changed={}", path.display());
            collect(root, &path, out);
        } else if path.extension().is_some_and(|e| e == "ftl") {
            let rel = path.strip_prefix(root).unwrap();
            let mut parts = rel.iter().map(|p| p.to_string_lossy().into_owned());
            let lang = parts.next().unwrap();
            let rest: Vec<String> = parts.collect();
            let easy = rest.first().is_some_and(|p| p == "easy");
            let name = rest.last().unwrap().clone();
            let abs = fs::canonicalize(&path).unwrap();
            out.push((lang, easy, name, abs.to_string_lossy().into_owned()));
        }
    }
}
