//! The rule docs' translations, `i18n/<lang>/docs/<CODE>.md`: built in
//! with the `bundled-langs` feature, else installed at run time, one doc
//! at a time, when the app first shows it (see `crate::i18n::packs`).

use super::RULES;
use crate::i18n::Lang;

/// The translation of rule `code`'s doc into `lang`, when it is here.
pub(super) fn get(code: &str, lang: Lang) -> Option<&'static str> {
    let text = if cfg!(feature = "bundled-langs") {
        built_in(code, lang)
    } else {
        installed::get(code, lang)
    };
    text.map(str::trim)
}

/// Whether the translation is one to install and is not here yet.
pub(super) fn pending(code: &str, lang: Lang) -> bool {
    !cfg!(feature = "bundled-langs") && lang != Lang::En && get(code, lang).is_none()
}

/// Installs the translation of rule `code`'s doc into `lang` (once: a
/// second text for the same doc is dropped).
pub(super) fn install(code: &str, lang: Lang, text: String) {
    if pending(code, lang) {
        installed::put(code, lang, text);
    }
}

#[cfg(feature = "bundled-langs")]
fn built_in(code: &str, lang: Lang) -> Option<&'static str> {
    use super::docs;
    let table = match lang {
        Lang::En => return None,
        Lang::Ko => docs::translated::KO,
        Lang::Ja => docs::translated::JA,
    };
    table
        .iter()
        .find(|(c, _)| *c == code)
        .map(|(_, text)| *text)
}

#[cfg(not(feature = "bundled-langs"))]
fn built_in(_: &str, _: Lang) -> Option<&'static str> {
    None
}

/// The docs installed so far: at most one per rule and language, so the
/// texts live as long as the program, as built-in ones do.
mod installed {
    use super::{Lang, RULES};
    use std::sync::Mutex;

    static DOCS: Mutex<Vec<(Lang, &'static str, &'static str)>> = Mutex::new(Vec::new());

    pub(super) fn get(code: &str, lang: Lang) -> Option<&'static str> {
        let docs = DOCS.lock().unwrap_or_else(|e| e.into_inner());
        docs.iter()
            .find(|(l, c, _)| *l == lang && *c == code)
            .map(|(_, _, text)| *text)
    }

    pub(super) fn put(code: &str, lang: Lang, text: String) {
        let Some(rule) = RULES.iter().find(|r| r.code == code) else {
            return;
        };
        let text: &'static str = Box::leak(text.into_boxed_str());
        let mut docs = DOCS.lock().unwrap_or_else(|e| e.into_inner());
        docs.push((lang, rule.code, text));
    }
}
