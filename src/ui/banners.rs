//! The banners above the workspace, and the policy that keeps them few:
//!
//! - at most one banner per [`Topic`]: a newer one replaces the older, so
//!   a successful open replaces an earlier failure to open;
//! - an error or a note stays until it is dismissed, replaced or resolved
//!   (autosave working again takes its error away);
//! - a confirmation ("Opened mine.json") goes by itself after a few
//!   seconds;
//! - every banner has a close button, and a long one scrolls inside a
//!   few lines' height instead of pushing the editor down.

use super::io;
use std::rc::Rc;
use yew::prelude::*;

/// How long a confirmation stays, in milliseconds.
const DONE_MS: i32 = 6000;

/// What a banner is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Topic {
    /// Opening a design: a file, a template, a link, the autosave at start.
    Open,
    /// Keeping the design in the browser's storage.
    Storage,
    /// Saving a file, exporting, sharing.
    Output,
    /// Loading the messages of the language asked for.
    Language,
}

impl Topic {
    fn as_str(self) -> &'static str {
        match self {
            Topic::Open => "open",
            Topic::Storage => "storage",
            Topic::Output => "output",
            Topic::Language => "language",
        }
    }
}

/// How a banner speaks, and how long it stays.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    /// Something went wrong: stays until dismissed, replaced or resolved.
    Error,
    /// Worth reading (how a file was upgraded): stays until dismissed or
    /// replaced.
    Note,
    /// A confirmation: goes by itself after a few seconds.
    Done,
}

/// Something to tell the user.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub topic: Topic,
    pub tone: Tone,
    pub text: String,
}

impl Notice {
    pub fn error(topic: Topic, text: impl Into<String>) -> Notice {
        Notice {
            topic,
            tone: Tone::Error,
            text: text.into(),
        }
    }
    pub fn note(topic: Topic, text: impl Into<String>) -> Notice {
        Notice {
            topic,
            tone: Tone::Note,
            text: text.into(),
        }
    }
    pub fn done(topic: Topic, text: impl Into<String>) -> Notice {
        Notice {
            topic,
            tone: Tone::Done,
            text: text.into(),
        }
    }
}

/// The banners shown, one per topic, in the order they came; each with a
/// serial number of its own, so that replacing a banner restarts its
/// timer and a timer never takes away a newer banner.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Banners {
    shown: Vec<(u64, Notice)>,
    posted: u64,
}

pub enum BannerAction {
    /// Show a notice, replacing the one on its topic.
    Post(Notice),
    /// Take away the banner on a topic (dismissed, or resolved).
    Dismiss(Topic),
    /// Take away banner number `serial`, if it is still shown.
    Expire(u64),
}

impl Reducible for Banners {
    type Action = BannerAction;

    fn reduce(self: Rc<Self>, action: BannerAction) -> Rc<Self> {
        let mut next = Rc::unwrap_or_clone(self);
        match action {
            BannerAction::Post(n) => {
                next.posted += 1;
                next.shown.retain(|(_, x)| x.topic != n.topic);
                next.shown.push((next.posted, n));
            }
            BannerAction::Dismiss(topic) => next.shown.retain(|(_, x)| x.topic != topic),
            BannerAction::Expire(serial) => next.shown.retain(|(s, _)| *s != serial),
        }
        Rc::new(next)
    }
}

impl Banners {
    /// Starts with `notice`, if there is one.
    pub fn with(notice: Option<Notice>) -> Banners {
        let mut b = Banners::default();
        if let Some(n) = notice {
            b.posted = 1;
            b.shown.push((1, n));
        }
        b
    }

    pub fn is_empty(&self) -> bool {
        self.shown.is_empty()
    }
}

#[derive(Properties, PartialEq)]
pub struct BannersViewProps {
    pub banners: UseReducerHandle<Banners>,
}

/// The banners, newest last.
#[component]
pub fn BannersView(props: &BannersViewProps) -> Html {
    if props.banners.is_empty() {
        return html! {};
    }
    html! {
        <div class="banners">
            for (serial, n) in props.banners.shown.iter() {
                <Banner key={*serial} serial={*serial} notice={n.clone()} dispatch={props.banners.dispatcher()} />
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct BannerProps {
    serial: u64,
    notice: Notice,
    dispatch: UseReducerDispatcher<Banners>,
}

#[component]
fn Banner(props: &BannerProps) -> Html {
    let n = &props.notice;
    {
        let (serial, tone, dispatch) = (props.serial, n.tone, props.dispatch.clone());
        use_effect_with(serial, move |_| {
            let timer = (tone == Tone::Done).then(|| {
                io::after(DONE_MS, move || {
                    dispatch.dispatch(BannerAction::Expire(serial))
                })
            });
            move || drop(timer)
        });
    }
    let lang = super::lang::use_lang();
    let dismiss = {
        let (topic, dispatch) = (n.topic, props.dispatch.clone());
        Callback::from(move |_: MouseEvent| dispatch.dispatch(BannerAction::Dismiss(topic)))
    };
    let (class, role) = match n.tone {
        Tone::Error => ("error", "alert"),
        Tone::Note | Tone::Done => ("info", "status"),
    };
    html! {
        <div class={classes!("banner", class)} role={role} data-testid="banner" data-topic={n.topic.as_str()}>
            <span class="text">{ n.text.clone() }</span>
            <button class="icon-button" onclick={dismiss} aria-label={super::lang::tr(lang, crate::i18n::ids::ui::DISMISS)} data-testid="banner-dismiss">{ "✕" }</button>
        </div>
    }
}
