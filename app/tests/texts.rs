//! Every text the code uses exists in Finnish, Swedish and English; every language has the
//! same messages; easy-read texts only stand beside standard ones. Prints easy-read coverage.
//!
//! Message ids are found in the source as the first string literal of `text(`, `text_with(`
//! or `msg(` (see `app::i18n`).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use app::i18n::{load_errors, message_ids, Lang};

fn used_ids() -> BTreeSet<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut ids = BTreeSet::new();
    for folder in ["app/src", "server/src"] {
        scan(&root.join(folder), &mut ids);
    }
    ids
}

fn scan(dir: &Path, ids: &mut BTreeSet<String>) {
    for entry in std::fs::read_dir(dir).expect("a source folder").flatten() {
        let path = entry.path();
        if path.is_dir() {
            scan(&path, ids);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let source = std::fs::read_to_string(&path).expect("a readable source file");
            // Comments may show examples; only code counts.
            let source: String = source
                .lines()
                .filter(|line| !line.trim_start().starts_with("//"))
                .collect::<Vec<_>>()
                .join("\n");
            // rustfmt may break a long call before its first argument.
            for call in ["text(", "text_with(", "msg("] {
                for (at, _) in source.match_indices(call) {
                    let Some(rest) = source[at + call.len()..].trim_start().strip_prefix('"') else {
                        continue;
                    };
                    let id = &rest[..rest.find('"').expect("a closed string")];
                    if !id.is_empty()
                        && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                    {
                        ids.insert(id.to_string());
                    }
                }
            }
        }
    }
}

fn ids(lang: Lang, easy_read: bool) -> BTreeSet<String> {
    message_ids(lang, easy_read).into_iter().collect()
}

#[test]
fn the_fluent_files_parse() {
    let errors = load_errors();
    assert!(errors.is_empty(), "Fluent errors:\n{}", errors.join("\n"));
}

#[test]
fn the_scanner_finds_ids_in_the_code() {
    // Guards the check below from passing because the scan found nothing.
    let used = used_ids();
    for known in ["portal-name", "sign-in-title", "role-client", "demo-situation-on-track"] {
        assert!(used.contains(known), "{known} not found by the scanner");
    }
}

#[test]
fn every_text_used_exists_in_every_language() {
    let used = used_ids();
    let mut problems = Vec::new();
    for lang in Lang::ALL {
        let defined = ids(lang, false);
        for id in used.difference(&defined) {
            problems.push(format!("{}: `{id}` is used in the code but has no text", lang.code()));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_language_has_the_same_messages() {
    let mut problems = Vec::new();
    for easy_read in [false, true] {
        let all: BTreeSet<String> = Lang::ALL.iter().flat_map(|&l| ids(l, easy_read)).collect();
        for lang in Lang::ALL {
            let have = ids(lang, easy_read);
            for id in all.difference(&have) {
                let register = if easy_read { "easy-read" } else { "standard" };
                problems.push(format!(
                    "{}: {register} `{id}` is missing, but other languages have it",
                    lang.code()
                ));
            }
        }
    }
    for lang in Lang::ALL {
        for id in ids(lang, true).difference(&ids(lang, false)) {
            problems.push(format!("{}: easy-read `{id}` has no standard text", lang.code()));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn easy_read_coverage_is_reported() {
    let used = used_ids();
    for lang in Lang::ALL {
        let standard = ids(lang, false);
        let easy = ids(lang, true);
        let missing: Vec<&String> = standard.difference(&easy).collect();
        println!(
            "easy-read coverage {}: {} of {} texts ({:.0} %); shown in standard form: {}",
            lang.code(),
            easy.len(),
            standard.len(),
            100.0 * easy.len() as f64 / standard.len().max(1) as f64,
            missing.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", ")
        );
        let unused: Vec<&String> = standard.difference(&used).collect();
        if !unused.is_empty() {
            println!("texts in {} no code uses: {unused:?}", lang.code());
        }
    }
}

/// The retired words of `locales/terms.md`, per language: `(lang, word)`.
fn retired_words() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let terms = std::fs::read_to_string(root.join("locales/terms.md")).expect("locales/terms.md");
    let mut retired = Vec::new();
    for row in
        terms.lines().filter(|l| l.starts_with('|') && !l.starts_with("|---") && !l.starts_with("| thing"))
    {
        let last = row.trim().trim_matches('|').split('|').next_back().unwrap_or("");
        for part in last.split(';').map(str::trim).filter(|p| !p.is_empty()) {
            let (lang, words) = part.split_once(':').expect("`lang: word, word`");
            for word in words.split(',') {
                retired.push((lang.trim().to_string(), word.trim().to_lowercase()));
            }
        }
    }
    retired
}

/// Whether `word` begins a word in `text` (any ending may follow it; no letter before it).
fn begins_a_word(text: &str, word: &str) -> bool {
    let lower = text.to_lowercase();
    lower.match_indices(word).any(|(at, _)| !lower[..at].chars().next_back().is_some_and(char::is_alphabetic))
}

#[test]
fn each_thing_has_one_word_and_the_retired_ones_are_gone() {
    let retired = retired_words();
    assert!(!retired.is_empty(), "locales/terms.md lists retired words");
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales");
    let mut found = Vec::new();
    for (lang, word) in &retired {
        for folder in [root.join(lang), root.join(lang).join("easy")] {
            for entry in std::fs::read_dir(&folder).expect("a locale folder").flatten() {
                let path = entry.path();
                if path.extension().is_none_or(|e| e != "ftl") {
                    continue;
                }
                let text = std::fs::read_to_string(&path).expect("a Fluent file");
                for (n, line) in text.lines().enumerate().filter(|(_, l)| !l.starts_with('#')) {
                    if begins_a_word(line, word) {
                        found.push(format!("{}:{}: \"{word}\" in {line}", path.display(), n + 1));
                    }
                }
            }
        }
    }
    assert!(found.is_empty(), "retired words (locales/terms.md):\n{}", found.join("\n"));
    assert!(begins_a_word("Kysy ohjaajaltasi.", "ohjaaja") && !begins_a_word("palveluohjaajasi", "ohjaaja"));
}

/// A counted word agrees with its number: "1 minute", "your need", never "1 of your 1 needs".
#[test]
fn counted_words_agree_with_their_numbers() {
    use app::i18n::I18n;
    let say = |lang: Lang, easy_read: bool, id: &str, args: &[(&str, usize)]| {
        let args: Vec<(&str, fluent_bundle::FluentValue)> =
            args.iter().map(|(k, v)| (*k, (*v).into())).collect();
        I18n { lang, easy_read }.text_with(id, &args).replace(['\u{2068}', '\u{2069}'], "")
    };
    let one_need = [("met", 1), ("all", 1)];
    assert!(say(Lang::En, false, "fit-needs", &one_need).starts_with("Has what you need: "));
    for lang in [Lang::Fi, Lang::Sv, Lang::En] {
        for easy_read in [false, true] {
            let text = say(lang, easy_read, "fit-needs", &one_need);
            assert!(!text.contains(" 1 "), "{lang:?} {easy_read}: {text}");
        }
    }
    let once = [("contacts", 1), ("minutes", 1)];
    assert!(say(Lang::Fi, false, "clients-this-year", &once).contains("1 minuutti."));
    assert!(say(Lang::Sv, false, "clients-this-year", &once).contains("1 minut."));
    assert!(say(Lang::En, false, "clients-this-year", &once).contains("1 minute."));
}

/// Abbreviations an easy-read text writes out in full ("kello", not "klo"; "for example", not
/// "e.g."), in the three languages.
const ABBREVIATIONS: [&str; 17] = [
    "esim.", "ks.", "klo", "jne.", "yms.", "mm.", "ns.", "n.", "kl.", "t.ex.", "bl.a.", "osv.", "ca", "ca.",
    "e.g.", "i.e.", "etc.",
];

/// What the easy-read lint counts, rule by rule, in one language's easy-read texts.
fn easy_read_faults(lang: Lang) -> Vec<(&'static str, Vec<String>)> {
    use app::i18n::I18n;
    let t = I18n { lang, easy_read: true };
    let mut long_sentences = Vec::new();
    let mut brackets = Vec::new();
    let mut symbols = Vec::new();
    let mut long_words = Vec::new();
    let mut abbreviations = Vec::new();
    for id in ids(lang, true) {
        // Placeables left out: a name or a date is one word wherever it stands.
        let text = t.text(&id);
        let sentences = text.split(['.', '!', '?', ':']).map(str::trim).filter(|s| !s.is_empty());
        if sentences.clone().any(|s| s.split_whitespace().count() > 12) {
            long_sentences.push(id.clone());
        }
        if text.contains(['(', ')']) {
            brackets.push(id.clone());
        }
        if text.contains(['%', '/', '→', '&']) {
            symbols.push(id.clone());
        }
        let longest = text.split(|c: char| !c.is_alphabetic()).map(|w| w.chars().count()).max().unwrap_or(0);
        if lang == Lang::Fi && longest > 20 {
            long_words.push(id.clone());
        }
        let abbreviated = text.split_whitespace().any(|word| {
            let word = word.trim_end_matches([',', ':', ';']).to_lowercase();
            ABBREVIATIONS.contains(&word.as_str())
        });
        if abbreviated {
            abbreviations.push(id.clone());
        }
    }
    vec![
        ("sentences over 12 words", long_sentences),
        ("brackets", brackets),
        ("symbols % / → &", symbols),
        ("Finnish words over 20 letters", long_words),
        ("abbreviations", abbreviations),
    ]
}

/// The easy-read lint: rules from Selkokeskus and "Information for all". It prints what it finds
/// and fails when a count grows past `locales/easy-read-lint.txt`, the counts when the lint came
/// in: old faults are fixed text by text, and no new one comes in. Lower the counts there as
/// texts are fixed.
#[test]
fn easy_read_lint_finds_no_new_faults() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales/easy-read-lint.txt");
    let allowed = std::fs::read_to_string(&root).expect("locales/easy-read-lint.txt");
    let allowed = |lang: &str, rule: &str| -> usize {
        allowed
            .lines()
            .filter_map(|l| l.split_once(" = "))
            .find(|(key, _)| *key == format!("{lang} {rule}"))
            .and_then(|(_, n)| n.trim().parse().ok())
            .unwrap_or(0)
    };
    let mut grown = Vec::new();
    for lang in Lang::ALL {
        for (rule, ids) in easy_read_faults(lang) {
            let most = allowed(lang.code(), rule);
            println!("easy-read lint {} {rule}: {} (at most {most})", lang.code(), ids.len());
            if ids.len() > most {
                grown.push(format!("{} {rule}: {} > {most}: {}", lang.code(), ids.len(), ids.join(", ")));
            }
        }
    }
    assert!(grown.is_empty(), "new easy-read faults:\n{}", grown.join("\n"));
}

/// The message ids of one language's standard Fluent files, each with its file's name.
fn ids_by_file(lang: Lang) -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales").join(lang.code());
    let mut found = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("a locale folder").flatten() {
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "ftl") {
            let file = path.file_name().unwrap().to_string_lossy().to_string();
            for line in std::fs::read_to_string(&path).unwrap().lines() {
                let Some((id, _)) = line.split_once(" =") else { continue };
                if !id.is_empty()
                    && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                {
                    found.push((file.clone(), id.to_string()));
                }
            }
        }
    }
    found
}

/// One id, one text: an id written in two files would show one of the two texts on both pages.
#[test]
fn no_id_is_written_twice() {
    for lang in [Lang::Fi, Lang::Sv, Lang::En] {
        let mut seen: BTreeMap<String, String> = BTreeMap::new();
        let mut twice = Vec::new();
        for (file, id) in ids_by_file(lang) {
            if let Some(first) = seen.insert(id.clone(), file.clone()) {
                twice.push(format!("{}: {id} in {first} and {file}", lang.code()));
            }
        }
        assert!(twice.is_empty(), "ids written twice:\n{}", twice.join("\n"));
    }
}

/// The lines of a list file under `locales/`, without comments and blank lines.
fn list_file(name: &str) -> Vec<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales").join(name);
    std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("locales/{name}"))
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_string)
        .collect()
}

/// Every text a client, a relative, an experience expert or a kiosk visitor sees has an
/// easy-read form in every language. Staff-only texts are listed in `locales/staff-only.txt`.
#[test]
fn every_client_facing_text_has_an_easy_read_form() {
    let staff_only = list_file("staff-only.txt");
    let is_staff_only = |file: &str, id: &str| {
        staff_only.iter().any(|rule| match rule.strip_suffix('*') {
            Some(prefix) => id.starts_with(prefix),
            None => rule == id || rule == file,
        })
    };
    let easy: Vec<(Lang, BTreeSet<String>)> =
        Lang::ALL.into_iter().map(|lang| (lang, ids(lang, true))).collect();
    let mut client_facing = 0;
    let mut lacking = Vec::new();
    for (file, id) in ids_by_file(Lang::Fi) {
        if is_staff_only(&file, &id) {
            continue;
        }
        client_facing += 1;
        for (lang, set) in &easy {
            if !set.contains(&id) {
                lacking.push(format!("{}: {id} ({file})", lang.code()));
            }
        }
    }
    println!("easy-read of client-facing texts: {client_facing} texts, {} forms missing", lacking.len());
    assert!(lacking.is_empty(), "client-facing texts without an easy-read form:\n{}", lacking.join("\n"));
}
