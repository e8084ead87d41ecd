//! The languages Airlock speaks: English, Korean and Japanese, through
//! Project Fluent.
//!
//! Every word a finding or a report shows comes from the `.ftl` files in
//! `i18n/{en,ko,ja}/` (built in, or for the web app's Korean and
//! Japanese installed at run time: [`packs`]); code names a message by its
//! id (see [`ids`]) and passes typed arguments ([`Arg`]), so a finding is
//! a [`Message`] until it is shown, and can be shown in any [`Lang`].
//! Codes, ids, names from the design and AWS API names are arguments and
//! never change with the language.

#[cfg(target_arch = "wasm32")]
pub mod fetch;
pub(crate) mod ids;
pub mod packs;

pub use packs::ready;

use crate::check::Severity;
use crate::model::{Group, Kind};
use fluent_bundle::{FluentArgs, FluentValue};
use unic_langid::LanguageIdentifier;

/// A language Airlock's messages are written in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    #[default]
    En,
    Ko,
    Ja,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Ko, Lang::Ja];

    /// The BCP 47 language subtag: `en`, `ko`, `ja`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ko => "ko",
            Lang::Ja => "ja",
        }
    }

    /// The language of a BCP 47 tag (`ko`, `ja-JP`, `en-US`), when Airlock
    /// speaks it; region, script and variants do not matter.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let id: LanguageIdentifier = tag.trim().parse().ok()?;
        Lang::ALL
            .into_iter()
            .find(|l| id.language.as_str() == l.code())
    }

    /// The first language of a preference list that Airlock speaks
    /// (`navigator.languages` order), else English.
    pub fn negotiate<'a>(tags: impl IntoIterator<Item = &'a str>) -> Lang {
        tags.into_iter()
            .find_map(Lang::from_tag)
            .unwrap_or_default()
    }

    /// The language of a POSIX locale name (`ko_KR.UTF-8`, `ja_JP@x`);
    /// `None` for `C`, `POSIX` and languages Airlock does not speak.
    pub fn from_locale(locale: &str) -> Option<Lang> {
        let base = locale.split(['.', '@']).next().unwrap_or_default();
        if base == "C" || base == "POSIX" {
            return None;
        }
        Lang::from_tag(&base.replace('_', "-"))
    }

    /// The language the locale variables ask for, in POSIX order: the
    /// first set one of `LC_ALL`, `LC_MESSAGES` and `LANG` decides
    /// (`C` is English); none set is English.
    pub fn from_locale_vars(
        lc_all: Option<&str>,
        lc_messages: Option<&str>,
        lang: Option<&str>,
    ) -> Lang {
        [lc_all, lc_messages, lang]
            .into_iter()
            .flatten()
            .find(|v| !v.is_empty())
            .and_then(Lang::from_locale)
            .unwrap_or_default()
    }

    /// [`Lang::from_locale_vars`] of this process's environment.
    pub fn from_env() -> Lang {
        let var = |name| std::env::var(name).ok();
        Lang::from_locale_vars(
            var("LC_ALL").as_deref(),
            var("LC_MESSAGES").as_deref(),
            var("LANG").as_deref(),
        )
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// Message `id` in `lang` with `args`. A language whose messages are not
/// here (see [`packs`]) speaks English; a message missing from the
/// language (a test keeps that from shipping) shows as its id.
pub fn t(lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
    let bundle = packs::bundle(lang)
        .or_else(|| packs::bundle(Lang::En))
        .expect("English is built in");
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        return id.to_string();
    };
    let mut fluent = FluentArgs::new();
    for (name, arg) in args {
        let value = match arg {
            Arg::Count(n) => FluentValue::from(*n),
            other => FluentValue::from(other.render(lang)),
        };
        fluent.set(*name, value);
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&fluent), &mut errors);
    debug_assert!(errors.is_empty(), "{lang} {id}: {errors:?}");
    text.into_owned()
}

/// What the command line could not do with a file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cannot {
    Check,
    Upgrade,
    Import,
    Export,
}

/// What the command line says of a file it could not check (upgrade,
/// import, export), before why.
pub fn cannot(lang: Lang, what: Cannot, path: &str) -> String {
    let id = match what {
        Cannot::Check => ids::err::CLI_CANNOT_CHECK,
        Cannot::Upgrade => ids::err::CLI_CANNOT_UPGRADE,
        Cannot::Import => ids::err::CLI_CANNOT_IMPORT,
        Cannot::Export => ids::err::CLI_CANNOT_EXPORT,
    };
    t(lang, id, &[("path", Arg::Text(path.to_string()))])
}

/// What else the command line says in the user's language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Said {
    /// A file over the size limit (refused before it is all read).
    TooLarge { limit: usize },
    /// A design file that is not UTF-8 text.
    NotUtf8,
    /// How many cells of a draw.io file were not understood.
    NotUnderstood { count: usize },
}

/// [`Said`] in `lang`.
pub fn said(lang: Lang, what: Said) -> String {
    match what {
        Said::TooLarge { limit } => t(
            lang,
            ids::err::CLI_TOO_LARGE,
            &[("limit", Arg::Count(limit))],
        ),
        Said::NotUtf8 => t(lang, ids::ui::NOT_UTF8, &[]),
        Said::NotUnderstood { count } => t(
            lang,
            ids::err::CLI_NOT_UNDERSTOOD,
            &[("count", Arg::Count(count))],
        ),
    }
}

/// Something to say, in no language yet: a message id and its arguments.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

impl Message {
    pub fn new(id: &'static str) -> Message {
        Message {
            id,
            args: Vec::new(),
        }
    }

    /// The message with one more argument.
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Message {
        self.args.push((name, value.into()));
        self
    }

    pub fn render(&self, lang: Lang) -> String {
        t(lang, self.id, &self.args)
    }
}

/// English, for logs, debugging and tests; what users read is
/// [`Message::render`] in their language.
impl std::fmt::Display for Message {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.render(Lang::En))
    }
}

/// Compares the English text.
impl PartialEq<&str> for Message {
    fn eq(&self, other: &&str) -> bool {
        self.render(Lang::En) == *other
    }
}

/// A message argument, typed by how each language shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg {
    /// Shown as is in every language: a CIDR block, a number with a unit.
    Text(String),
    /// A name or value from the design, or an AWS setting, in backticks:
    /// `` `db` ``.
    Code(String),
    /// A number: plurals and digits follow the language.
    Count(usize),
    /// A node: its kind's title and its name (`` NAT gateway `x` ``), or
    /// only the name when the name already says the kind.
    Node(Kind, String),
    /// Items, then "and N more" when `more` is not zero.
    List { items: Vec<Arg>, more: usize },
    /// A message of its own, in the same language.
    Msg(Message),
    /// A node kind's title: `NAT gateway`, `NAT 게이트웨이`.
    Kind(Kind),
    /// A node kind as a document spells it: in English its id (`s3-bucket`),
    /// after "a" or "an" when `article` (`an s3-bucket`), as validation
    /// has always worded it; in other languages its title.
    KindId { kind: Kind, article: bool },
}

impl Arg {
    /// The first `shown` items of a list, then how many more.
    /// Only the items shown are made: the rest are counted, so a list
    /// of thousands costs what its first few do.
    pub fn list<I>(items: I, shown: usize) -> Arg
    where
        I: IntoIterator<Item = Arg>,
        I::IntoIter: ExactSizeIterator,
    {
        let items = items.into_iter();
        let more = items.len().saturating_sub(shown);
        Arg::List {
            items: items.take(shown).collect(),
            more,
        }
    }

    pub fn render(&self, lang: Lang) -> String {
        match self {
            Arg::Text(s) => s.clone(),
            Arg::Code(s) => format!("`{s}`"),
            Arg::Count(n) => n.to_string(),
            Arg::Node(kind, name) => {
                let title = kind_title(*kind, lang);
                if says(name, kind.title()) || says(name, &title) {
                    format!("`{name}`")
                } else {
                    t(
                        lang,
                        ids::NODE,
                        &[
                            ("kind", Arg::Text(title)),
                            ("name", Arg::Code(name.clone())),
                        ],
                    )
                }
            }
            Arg::List { items, more } => {
                let separator = t(lang, ids::LIST_SEPARATOR, &[]);
                let list = items
                    .iter()
                    .map(|a| a.render(lang))
                    .collect::<Vec<_>>()
                    .join(&separator);
                if *more == 0 {
                    list
                } else {
                    t(
                        lang,
                        ids::LIST_MORE,
                        &[("list", Arg::Text(list)), ("more", Arg::Count(*more))],
                    )
                }
            }
            Arg::Msg(m) => m.render(lang),
            Arg::Kind(kind) => kind_title(*kind, lang),
            Arg::KindId { kind, article } => match (lang, article) {
                (Lang::En, false) => kind.as_str().to_string(),
                (Lang::En, true) => {
                    let a = crate::model::validate::article(kind.as_str());
                    format!("{a} {kind}")
                }
                _ => kind_title(*kind, lang),
            },
        }
    }
}

impl From<Message> for Arg {
    fn from(m: Message) -> Arg {
        Arg::Msg(m)
    }
}

impl From<Kind> for Arg {
    fn from(kind: Kind) -> Arg {
        Arg::Kind(kind)
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Arg {
        Arg::Count(n)
    }
}

/// Whether a node's name already says its kind (never "NAT gateway `NAT
/// gateway`"): ASCII case is ignored.
fn says(name: &str, title: &str) -> bool {
    !title.is_empty()
        && name
            .as_bytes()
            .windows(title.len())
            .any(|w| w.eq_ignore_ascii_case(title.as_bytes()))
}

/// The message id of a node kind's title: `kind-nat-gateway`.
pub fn kind_id(kind: Kind) -> String {
    format!("kind-{}", kind.as_str())
}

/// A node kind's title in `lang`.
pub fn kind_title(kind: Kind, lang: Lang) -> String {
    t(lang, &kind_id(kind), &[])
}

/// The message id of a palette group's title: `group-data-stores`.
pub fn group_id(group: Group) -> String {
    let title = group.title().to_ascii_lowercase();
    format!("group-{}", title.replace(' ', "-"))
}

/// The message id of a node kind's one-line summary: `kind-summary-vpc`.
pub fn summary_id(kind: Kind) -> String {
    format!("kind-summary-{}", kind.as_str())
}

/// The message id of a property's `part` (`title`, `help`, `default`):
/// `prop-force-ssl-help` for the catalog key `force_ssl`.
pub fn prop_id(key: &str, part: &str) -> String {
    format!("prop-{}-{part}", key.replace('_', "-"))
}

/// The message id of a severity's title (`severity-high`), or with
/// `count`, of how many findings have it (`severity-count-high`).
pub fn severity_id(severity: Severity, count: bool) -> String {
    let what = if count { "severity-count" } else { "severity" };
    format!("{what}-{}", severity.as_str())
}

/// The message id of a rule's `part` (`title`, `why`, `fix`): `egr001-why`.
pub fn rule_id(code: &str, part: &str) -> String {
    format!("{}-{part}", code.to_ascii_lowercase())
}

#[cfg(all(test, feature = "bundled-langs"))]
mod tests;
