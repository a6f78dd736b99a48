//! Loads the embedded Fluent files once per process into one bundle per language and register.

use std::sync::LazyLock;

use fluent_bundle::{concurrent::FluentBundle, FluentArgs, FluentResource};
use unic_langid::LanguageIdentifier;

use super::Lang;

include!(concat!(env!("OUT_DIR"), "/locale_files.rs"));

struct Catalog {
    bundles: Vec<(Lang, bool, FluentBundle<FluentResource>)>,
    errors: Vec<String>,
}

static CATALOG: LazyLock<Catalog> = LazyLock::new(load);

fn load() -> Catalog {
    let mut errors = Vec::new();
    let mut bundles = Vec::new();
    for lang in Lang::ALL {
        for easy_read in [false, true] {
            let id: LanguageIdentifier = lang.code().parse().expect("valid language code");
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            // Only left-to-right languages so far; isolation marks would only add noise for
            // screen readers and tests. Turn them on with the first right-to-left language.
            bundle.set_use_isolating(false);
            for (file_lang, file_easy, name, source) in FILES {
                if *file_lang != lang.code() || *file_easy != easy_read {
                    continue;
                }
                let resource = match FluentResource::try_new((*source).to_string()) {
                    Ok(r) => r,
                    Err((r, errs)) => {
                        errors.extend(errs.iter().map(|e| format!("{file_lang}/{name}: {e:?}")));
                        r
                    }
                };
                if let Err(errs) = bundle.add_resource(resource) {
                    errors.extend(errs.iter().map(|e| format!("{file_lang}/{name}: {e:?}")));
                }
            }
            bundles.push((lang, easy_read, bundle));
        }
    }
    Catalog { bundles, errors }
}

fn bundle(lang: Lang, easy_read: bool) -> &'static FluentBundle<FluentResource> {
    CATALOG
        .bundles
        .iter()
        .find(|(l, e, _)| *l == lang && *e == easy_read)
        .map(|(_, _, b)| b)
        .expect("a bundle for every language and register")
}

fn try_format(bundle: &FluentBundle<FluentResource>, id: &str, args: Option<&FluentArgs>) -> Option<String> {
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors);
    Some(text.into_owned())
}

/// The easy-read text when asked for and written, else the standard text, else the id itself
/// (visible, so a missing text is noticed rather than hidden).
pub(super) fn format(lang: Lang, easy_read: bool, id: &str, args: Option<&FluentArgs>) -> String {
    easy_read
        .then(|| try_format(bundle(lang, true), id, args))
        .flatten()
        .or_else(|| try_format(bundle(lang, false), id, args))
        .unwrap_or_else(|| id.to_string())
}

pub(super) fn message_ids(lang: Lang, easy_read: bool) -> Vec<String> {
    let mut ids = Vec::new();
    for (file_lang, file_easy, _, source) in FILES {
        if *file_lang == lang.code() && *file_easy == easy_read {
            let resource = match FluentResource::try_new((*source).to_string()) {
                Ok(r) | Err((r, _)) => r,
            };
            for entry in resource.entries() {
                if let fluent_syntax::ast::Entry::Message(m) = entry {
                    ids.push(m.id.name.to_string());
                }
            }
        }
    }
    ids.sort();
    ids
}

pub(super) fn load_errors() -> Vec<String> {
    CATALOG.errors.clone()
}
