//! The language the app speaks: the user's saved choice (`airlock.lang`
//! in local storage), else the browser's (`navigator.languages`,
//! negotiated as the command line negotiates the locale), else English.
//! The embed takes `?lang=ko` instead of the saved choice. The web app
//! fetches Korean and Japanese messages when they are first wanted
//! (`crate::i18n::packs`), and shows English until they are here. Components read
//! it from a context ([`use_lang`]) and say everything through [`tr`] and
//! [`t`] with the ids of `crate::i18n::ids::ui`.

use super::banners::{BannerAction, Banners, Notice, Topic};
use super::hooks::listen;
use crate::i18n::ids::ui as id;
use crate::i18n::packs::InstallError;
use crate::i18n::{self, Arg, Lang, t};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

const KEY: &str = "airlock.lang";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The browser's preferred languages, in order.
fn browser() -> Lang {
    let tags: Vec<String> = web_sys::window()
        .map(|w| w.navigator().languages())
        .map(|list| list.iter().filter_map(|v| v.as_string()).collect())
        .unwrap_or_default();
    Lang::negotiate(tags.iter().map(String::as_str))
}

/// The language the user wants: the saved choice, else the browser's.
pub fn wanted() -> Lang {
    storage()
        .and_then(|s| s.get_item(KEY).ok().flatten())
        .and_then(|tag| Lang::from_tag(&tag))
        .unwrap_or_else(browser)
}

/// The app's language at start: the one [`wanted`], when its messages
/// are here ([`load_at_start`] fetched them), else English.
pub fn initial() -> Lang {
    here_or_english(wanted())
}

/// The embed's language: `?lang=` when Airlock speaks it, else the
/// browser's (the embedding page decides, not the user's saved choice);
/// English while its messages are not here.
pub fn for_embed(asked: Option<&str>) -> Lang {
    here_or_english(wanted_in_embed(asked))
}

/// The language the embed is asked for, here or not.
pub fn wanted_in_embed(asked: Option<&str>) -> Lang {
    asked.and_then(Lang::from_tag).unwrap_or_else(browser)
}

fn here_or_english(lang: Lang) -> Lang {
    if i18n::ready(lang) { lang } else { Lang::En }
}

thread_local! {
    /// Why the language wanted at start could not be loaded.
    static FAILED_AT_START: std::cell::RefCell<Option<InstallError>> = const { std::cell::RefCell::new(None) };
}

/// Loads the messages of `lang` before the app mounts, when this build
/// fetches them; a failure is kept for the first banner
/// ([`load_failure`], [`use_app_lang`]) and the app starts in English.
pub async fn load_at_start(lang: Lang) {
    if let Err(e) = i18n::fetch::language(lang).await {
        FAILED_AT_START.with(|f| *f.borrow_mut() = Some(e));
    }
}

/// What to say, in `lang`, of a language whose messages could not be
/// loaded.
pub fn failure_text(lang: Lang, e: &InstallError) -> String {
    t(
        lang,
        id::LANG_LOAD_FAILED,
        &[("lang", s(endonym(e.lang))), ("reason", s(e.to_string()))],
    )
}

/// Why the language wanted at start is not shown, in `lang` (once).
pub fn load_failure(lang: Lang) -> Option<String> {
    let e = FAILED_AT_START.with(|f| f.borrow_mut().take())?;
    Some(failure_text(lang, &e))
}

/// The app's language, how to choose another, and why the last one
/// asked for could not be shown (its messages did not load; the app
/// stays in the language it was in). The choice is kept (for the next
/// visit and the other tabs), said in `<html lang>`, and followed when
/// another tab makes one. A language whose messages are not here yet is
/// shown once they are loaded.
#[hook]
pub fn use_app_lang() -> (Lang, Callback<Lang>, Option<InstallError>) {
    let lang = use_state(initial);
    let failed = use_state(|| FAILED_AT_START.with(|f| f.borrow_mut().take()));
    use_effect_with(*lang, |l| apply(*l));
    let show = {
        let (lang, failed) = (lang.setter(), failed.setter());
        Callback::from(move |(l, keep): (Lang, bool)| {
            let (lang, failed) = (lang.clone(), failed.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match i18n::fetch::language(l).await {
                    Ok(()) => {
                        if keep {
                            save(l);
                        }
                        failed.set(None);
                        lang.set(l);
                    }
                    Err(e) => failed.set(Some(e)),
                }
            });
        })
    };
    {
        let show = show.clone();
        use_effect_with((), move |_| {
            let window = web_sys::window().map(Into::into);
            listen(window, "storage", move |e: web_sys::StorageEvent| {
                if let Some(l) = chosen_in(&e) {
                    show.emit((l, false));
                }
            })
        });
    }
    let choose = use_callback(show, move |l: Lang, show| show.emit((l, true)));
    (*lang, choose, (*failed).clone())
}

/// Says why a language asked for is not shown, until one is shown.
#[hook]
pub fn use_failure_banner(
    lang: Lang,
    failed: Option<InstallError>,
    banners: UseReducerDispatcher<Banners>,
) {
    use_effect_with((lang, failed), move |(lang, failed)| {
        banners.dispatch(match failed {
            Some(e) => BannerAction::Post(Notice::error(Topic::Language, failure_text(*lang, e))),
            None => BannerAction::Dismiss(Topic::Language),
        });
    });
}

/// The language another tab just chose, if `e` says so.
fn chosen_in(e: &web_sys::StorageEvent) -> Option<Lang> {
    if e.key().as_deref() != Some(KEY) {
        return None;
    }
    Lang::from_tag(&e.new_value()?)
}

/// Keeps the user's choice for the next visit.
fn save(lang: Lang) {
    if let Some(s) = storage() {
        let _ = s.set_item(KEY, lang.code());
    }
}

/// Says the page's language (`<html lang>`), for fonts, line breaking and
/// screen readers.
pub fn apply(lang: Lang) {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element());
    if let Some(root) = root {
        let _ = root.set_attribute("lang", lang.code());
    }
}

/// The language the page shows now (`<html lang>`, which [`apply`]
/// sets), for what is said outside a component: a banner posted by a
/// storage event or at start.
pub fn current() -> Lang {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|root| root.get_attribute("lang"))
        .and_then(|tag| Lang::from_tag(&tag))
        .unwrap_or_default()
}

/// `“title”`, or the words for a design without one (`id`), in `lang`.
pub fn design_name(lang: Lang, title: &str, untitled: &str) -> String {
    if title.is_empty() {
        tr(lang, untitled)
    } else {
        t(
            lang,
            crate::i18n::ids::ui::QUOTED_TITLE,
            &[("title", s(title))],
        )
    }
}

/// The language of the components below the app's provider.
#[hook]
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or_default()
}

/// UI message `id` in `lang`, without arguments.
pub fn tr(lang: Lang, id: &str) -> String {
    t(lang, id, &[])
}

/// A count, as a message argument.
pub fn n(count: usize) -> Arg {
    Arg::Count(count)
}

/// Text shown as is, as a message argument.
pub fn s(text: impl Into<String>) -> Arg {
    Arg::Text(text.into())
}

/// Each language's name, in itself.
fn endonym(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "English",
        Lang::Ko => "한국어",
        Lang::Ja => "日本語",
    }
}

#[derive(Properties, PartialEq)]
pub struct SwitchProps {
    pub lang: Lang,
    pub on_change: Callback<Lang>,
}

/// The language switcher of the top bar.
#[component]
pub fn LangSwitch(props: &SwitchProps) -> Html {
    // The switcher shows the language the page speaks: a language picked
    // shows once its messages are here (re-made with it, by its key), and
    // one that fails to load is never shown as picked.
    let onchange = {
        let (cb, shown) = (props.on_change.clone(), props.lang);
        Callback::from(move |e: Event| {
            let Some(select) = e.target_dyn_into::<HtmlSelectElement>() else {
                return;
            };
            let picked = Lang::from_tag(&select.value());
            select.set_value(shown.code());
            if let Some(lang) = picked {
                cb.emit(lang);
            }
        })
    };
    html! {
        <select key={props.lang.code()} class="lang" onchange={onchange} data-testid="lang" aria-label="Language / 언어 / 言語" title="Language / 언어 / 言語">
            for l in Lang::ALL {
                <option value={l.code()} selected={l == props.lang} lang={l.code()}>{ endonym(l) }</option>
            }
        </select>
    }
}
