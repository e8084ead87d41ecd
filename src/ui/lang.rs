//! The language the app speaks: the user's saved choice (`airlock.lang`
//! in local storage), else the browser's (`navigator.languages`,
//! negotiated as the command line negotiates the locale), else English.
//! The embed takes `?lang=ko` instead of the saved choice. Components read
//! it from a context ([`use_lang`]) and say everything through [`tr`] and
//! [`t`] with the ids of `crate::i18n::ids::ui`.

use super::hooks::listen;
use crate::i18n::{Arg, Lang, t};
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

/// The app's language at start: the saved choice, else the browser's.
pub fn initial() -> Lang {
    storage()
        .and_then(|s| s.get_item(KEY).ok().flatten())
        .and_then(|tag| Lang::from_tag(&tag))
        .unwrap_or_else(browser)
}

/// The embed's language: `?lang=` when Airlock speaks it, else the
/// browser's (the embedding page decides, not the user's saved choice).
pub fn for_embed(asked: Option<&str>) -> Lang {
    asked.and_then(Lang::from_tag).unwrap_or_else(browser)
}

/// The app's language and how to choose another: the choice is kept
/// (for the next visit and the other tabs), said in `<html lang>`, and
/// followed when another tab makes one.
#[hook]
pub fn use_app_lang() -> (Lang, Callback<Lang>) {
    let lang = use_state(initial);
    use_effect_with(*lang, |l| apply(*l));
    {
        let lang = lang.setter();
        use_effect_with((), move |_| {
            let window = web_sys::window().map(Into::into);
            listen(window, "storage", move |e: web_sys::StorageEvent| {
                if let Some(l) = chosen_in(&e) {
                    lang.set(l);
                }
            })
        });
    }
    let choose = {
        let lang = lang.setter();
        use_callback((), move |l: Lang, _| {
            save(l);
            lang.set(l);
        })
    };
    (*lang, choose)
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
    let onchange = {
        let cb = props.on_change.clone();
        Callback::from(move |e: Event| {
            let value = e.target_dyn_into::<HtmlSelectElement>().map(|s| s.value());
            if let Some(lang) = value.as_deref().and_then(Lang::from_tag) {
                cb.emit(lang);
            }
        })
    };
    html! {
        <select class="lang" onchange={onchange} data-testid="lang" aria-label="Language / 언어 / 言語" title="Language / 언어 / 言語">
            for l in Lang::ALL {
                <option value={l.code()} selected={l == props.lang} lang={l.code()}>{ endonym(l) }</option>
            }
        </select>
    }
}
