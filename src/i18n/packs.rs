//! Where each language's messages come from. English is always built
//! in. Korean and Japanese are built in with the `bundled-langs` feature
//! (the default: the command line, the tests, the library); the web app
//! is built without it, since they would add about 30 KiB (brotli) each
//! to every first download, and installs them at run time from its own
//! `i18n/<lang>/` files ([`install`]; the fetching is `super::fetch`).

use super::Lang;
use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;
use std::sync::OnceLock;
use unic_langid::LanguageIdentifier;

/// A language's message files, in the order they are added to its bundle,
/// as they are named in `i18n/<lang>/`.
pub const FILES: [&str; 5] = [
    "rules.ftl",
    "findings.ftl",
    "report.ftl",
    "ui.ftl",
    "errors.ftl",
];

pub(super) type Bundle = FluentBundle<FluentResource>;

/// Each language's bundle, in [`Lang::ALL`] order: built on first use from
/// the built-in files, or set by [`install`].
static BUNDLES: [OnceLock<Bundle>; 3] = [const { OnceLock::new() }; 3];

/// The built-in message files of `lang`, in [`FILES`] order; `None` for a
/// language this build installs at run time.
pub(super) fn built_in(lang: Lang) -> Option<[&'static str; 5]> {
    match lang {
        Lang::En => Some([
            include_str!("../../i18n/en/rules.ftl"),
            include_str!("../../i18n/en/findings.ftl"),
            include_str!("../../i18n/en/report.ftl"),
            include_str!("../../i18n/en/ui.ftl"),
            include_str!("../../i18n/en/errors.ftl"),
        ]),
        #[cfg(feature = "bundled-langs")]
        Lang::Ko => Some([
            include_str!("../../i18n/ko/rules.ftl"),
            include_str!("../../i18n/ko/findings.ftl"),
            include_str!("../../i18n/ko/report.ftl"),
            include_str!("../../i18n/ko/ui.ftl"),
            include_str!("../../i18n/ko/errors.ftl"),
        ]),
        #[cfg(feature = "bundled-langs")]
        Lang::Ja => Some([
            include_str!("../../i18n/ja/rules.ftl"),
            include_str!("../../i18n/ja/findings.ftl"),
            include_str!("../../i18n/ja/report.ftl"),
            include_str!("../../i18n/ja/ui.ftl"),
            include_str!("../../i18n/ja/errors.ftl"),
        ]),
        #[cfg(not(feature = "bundled-langs"))]
        Lang::Ko | Lang::Ja => None,
    }
}

/// The bundle of `lang`, when its messages are here (built in or
/// installed).
pub(super) fn bundle(lang: Lang) -> Option<&'static Bundle> {
    let cell = &BUNDLES[lang as usize];
    if let Some(bundle) = cell.get() {
        return Some(bundle);
    }
    let sources = built_in(lang)?;
    // The built-in files are checked by the tests: they always parse.
    Some(
        cell.get_or_init(|| {
            build(lang, sources).unwrap_or_else(|e| panic!("built-in messages: {e}"))
        }),
    )
}

/// Whether the messages of `lang` are here, so that it can be shown.
pub fn ready(lang: Lang) -> bool {
    bundle(lang).is_some()
}

/// Why a language's files could not be installed.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("i18n/{lang}/{file}: {reason}")]
pub struct InstallError {
    pub lang: Lang,
    pub file: &'static str,
    pub reason: String,
}

/// Installs the messages of `lang` from the text of its [`FILES`], in that
/// order. Installing a language that is already here changes nothing.
pub fn install(lang: Lang, texts: [String; 5]) -> Result<(), InstallError> {
    if ready(lang) {
        return Ok(());
    }
    let bundle = build(lang, texts)?;
    // Another caller may have installed it meanwhile: the same files.
    let _ = BUNDLES[lang as usize].set(bundle);
    Ok(())
}

/// A bundle of `lang` from its files' texts, or what is wrong in which.
fn build<S: Into<String>>(lang: Lang, texts: [S; 5]) -> Result<Bundle, InstallError> {
    let id: LanguageIdentifier = lang.code().parse().expect("a valid language tag");
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Plain text: no Unicode isolation marks around arguments.
    bundle.set_use_isolating(false);
    for (file, text) in FILES.into_iter().zip(texts) {
        let fail = |reason: String| InstallError { lang, file, reason };
        let resource = FluentResource::try_new(text.into())
            .map_err(|(_, errors)| fail(format!("{:?}", errors[0])))?;
        bundle
            .add_resource(resource)
            .map_err(|errors| fail(format!("{:?}", errors[0])))?;
    }
    Ok(bundle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_broken_file_is_named_with_what_is_wrong() {
        let mut texts = FILES.map(|_| String::new());
        texts[3] = "ok = fine\nbroken = { $\n".to_string();
        let e = build(Lang::Ko, texts).err().expect("a parse error");
        assert_eq!((e.lang, e.file), (Lang::Ko, "ui.ftl"));
        assert!(e.to_string().starts_with("i18n/ko/ui.ftl: "), "{e}");
    }

    #[test]
    fn a_message_given_twice_is_refused() {
        let mut texts = FILES.map(|_| String::new());
        texts[0] = "a = one\n".to_string();
        texts[4] = "a = two\n".to_string();
        let e = build(Lang::Ja, texts).err().expect("an overriding message");
        assert_eq!(e.file, "errors.ftl");
    }
}
