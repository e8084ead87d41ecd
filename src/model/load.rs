//! Reading and writing documents: size limits, JSON, format versions and
//! migration, then validation. Every error names where it is.

use super::Document;
use super::validate::validate;
use crate::i18n::ids::err;
use crate::i18n::{Arg, Lang, Message};
use std::fmt;

use super::migrate::MIGRATIONS;

/// The format version this build writes: one more than the migration
/// steps (`model::migrate`), so old files keep opening.
pub const CURRENT_VERSION: u32 = MIGRATIONS.len() as u32 + 1;

/// A document as loaded, with what its migration from an older format
/// wants the user to know (where it had to choose a reading).
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    pub doc: Document,
    pub notes: Vec<Message>,
}

/// Hard limits on what a document may hold. Each limit reached is a load
/// error naming the limit and its value (README.md, "Reliability", lists
/// them with their messages).
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// The size of a document's JSON text.
    pub max_bytes: usize,
    pub max_nodes: usize,
    pub max_flows: usize,
    /// Connectivity nodes one data flow's route passes (`via`).
    pub max_route_nodes: usize,
    /// Node and flow labels, and dataset names.
    pub max_label_chars: usize,
    /// Node and flow ids.
    pub max_id_chars: usize,
    /// Zones a node may sit in, one inside the other.
    pub max_depth: usize,
    /// Datasets of one store, and dataset names one flow selects.
    pub max_datasets_per_store: usize,
    /// Entries of a list property (CIDR blocks, security-group sources).
    pub max_list_items: usize,
    pub max_suppressions: usize,
    pub max_title_chars: usize,
    pub max_description_chars: usize,
    /// A suppression's reason.
    pub max_reason_chars: usize,
    /// The `$schema` address.
    pub max_schema_chars: usize,
}

pub const LIMITS: Limits = Limits {
    max_bytes: 16 * 1024 * 1024,
    max_nodes: 20_000,
    max_flows: 60_000,
    max_route_nodes: 1_024,
    max_label_chars: 200,
    max_id_chars: 128,
    max_depth: 8,
    max_datasets_per_store: 1_000,
    max_list_items: 256,
    max_suppressions: 10_000,
    max_title_chars: 200,
    max_description_chars: 4_000,
    max_reason_chars: 2_000,
    max_schema_chars: 2_048,
};

/// One thing wrong with a document that parsed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Where: a JSON path such as `nodes[3].parent`.
    pub path: String,
    /// The id of the node, flow or suppression it concerns, if any.
    pub id: Option<String>,
    pub message: Message,
}

impl Problem {
    /// The problem as one line: its path, its id and its message. The
    /// path and id read the same in every language.
    pub fn line(&self) -> Message {
        placed(&self.path, self.id.as_deref(), self.message.clone())
    }
}

/// `path (`id`): message`, or `path: message` without an id.
fn placed(path: &str, id: Option<&str>, message: Message) -> Message {
    let m = match id {
        Some(id) => Message::new(err::PROBLEM_OF).arg("id", Arg::Code(id.into())),
        None => Message::new(err::PROBLEM),
    };
    m.arg("path", Arg::Text(path.into()))
        .arg("message", message)
}

/// English; [`Problem::line`] says it in any language.
impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.line().fmt(f)
    }
}

/// Why a document did not load. The text is a [`Message`]
/// ([`LoadError::message`], [`LoadError::lines_in`]); `Display` is its
/// English.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    TooLarge {
        size: usize,
        limit: usize,
    },
    /// Not JSON: where, and serde_json's description (English).
    Syntax {
        line: usize,
        column: usize,
        message: String,
    },
    /// JSON that does not have a document's shape.
    Shape {
        path: String,
        /// The id of the node, flow or suppression at `path`, if known.
        id: Option<String>,
        /// What is wrong: serde's description ([`err::LOAD_DETAIL`]) or
        /// one of Airlock's own (boxed: errors stay small to pass around).
        message: Box<Message>,
        /// Where in the text, when known (0 when not).
        line: usize,
        column: usize,
    },
    MissingVersion,
    NewerVersion {
        found: u64,
        supported: u32,
    },
    UnknownVersion {
        found: u64,
    },
    Migration {
        from: u32,
        message: Box<Message>,
    },
    Invalid(Vec<Problem>),
}

impl std::error::Error for LoadError {}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.message().fmt(f)
    }
}

impl LoadError {
    /// What went wrong, as one message.
    pub fn message(&self) -> Message {
        let count = |n: usize| Arg::Count(n);
        match self {
            LoadError::TooLarge { size, limit } => Message::new(err::LOAD_TOO_LARGE)
                .arg("size", count(*size))
                .arg("limit", count(*limit)),
            LoadError::Syntax {
                line,
                column,
                message,
            } => Message::new(err::LOAD_SYNTAX)
                .arg("line", count(*line))
                .arg("column", count(*column))
                .arg("detail", Arg::Text(message.clone())),
            LoadError::Shape {
                path,
                id,
                message,
                line,
                column,
            } => {
                let message = if *line == 0 {
                    (**message).clone()
                } else {
                    Message::new(err::LOAD_DETAIL_AT)
                        .arg("message", (**message).clone())
                        .arg("line", count(*line))
                        .arg("column", count(*column))
                };
                placed(path, id.as_deref(), message)
            }
            LoadError::MissingVersion => Message::new(err::LOAD_MISSING_VERSION)
                .arg("version", Arg::Text(CURRENT_VERSION.to_string())),
            LoadError::NewerVersion { found, supported } => Message::new(err::LOAD_NEWER_VERSION)
                .arg("found", Arg::Text(found.to_string()))
                .arg("supported", Arg::Text(supported.to_string())),
            LoadError::UnknownVersion { found } => {
                Message::new(err::LOAD_UNKNOWN_VERSION).arg("found", Arg::Text(found.to_string()))
            }
            LoadError::Migration { from, message } => Message::new(err::LOAD_MIGRATION)
                .arg("from", Arg::Text(from.to_string()))
                .arg("message", (**message).clone()),
            LoadError::Invalid(problems) => {
                let lines: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
                Message::new(err::LOAD_INVALID)
                    .arg("count", count(problems.len()))
                    .arg("problems", Arg::Text(lines.join("; ")))
            }
        }
    }

    /// The individual problems, one line each, in `lang`.
    pub fn lines_in(&self, lang: Lang) -> Vec<String> {
        match self {
            LoadError::Invalid(problems) => {
                problems.iter().map(|p| p.line().render(lang)).collect()
            }
            other => vec![other.message().render(lang)],
        }
    }

    /// [`LoadError::lines_in`] English.
    pub fn lines(&self) -> Vec<String> {
        self.lines_in(Lang::En)
    }
}

fn version_of(value: Option<&serde_json::Value>) -> Result<u64, LoadError> {
    match value {
        None | Some(serde_json::Value::Null) => Err(LoadError::MissingVersion),
        Some(v) => v.as_u64().ok_or_else(|| LoadError::Shape {
            path: "airlock".into(),
            id: None,
            message: Box::new(
                Message::new(err::LOAD_VERSION_NOT_NUMBER).arg("found", Arg::Text(v.to_string())),
            ),
            line: 0,
            column: 0,
        }),
    }
}

fn check_version(found: u64) -> Result<u32, LoadError> {
    if found == 0 {
        Err(LoadError::UnknownVersion { found })
    } else if found > CURRENT_VERSION as u64 {
        Err(LoadError::NewerVersion {
            found,
            supported: CURRENT_VERSION,
        })
    } else {
        Ok(found as u32)
    }
}

fn syntax(e: serde_json::Error) -> LoadError {
    LoadError::Syntax {
        line: e.line(),
        column: e.column(),
        message: strip_position(&e.to_string()),
    }
}

/// serde's description of what did not fit, as a message.
fn detail(text: String) -> Message {
    Message::new(err::LOAD_DETAIL).arg("detail", Arg::Text(text))
}

/// serde_json appends " at line L column C"; we report those separately.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message.to_string(),
    }
}

/// The id of the element a JSON path points into (`nodes[3].props.cidr` →
/// node 3's id), looked up in the document's raw JSON.
fn id_at(path: &str, raw: Option<&serde_json::Value>) -> Option<String> {
    let (list, rest) = path.split_once('[')?;
    let index: usize = rest.split_once(']')?.0.parse().ok()?;
    let field = match list {
        "nodes" | "flows" => "id",
        "suppressions" => "target",
        _ => return None,
    };
    raw?.get(list)?
        .get(index)?
        .get(field)?
        .as_str()
        .map(str::to_string)
}

fn shape(
    e: serde_path_to_error::Error<serde_json::Error>,
    raw: Option<&serde_json::Value>,
) -> LoadError {
    let path = e.path().to_string();
    let inner = e.into_inner();
    if inner.is_syntax() || inner.is_eof() {
        // serde_json calls some type errors in valid JSON syntax errors
        // (`"transport": 2` or `{}` where a choice belongs: "expected
        // value"). Valid JSON is shown as the value reader describes it.
        let Some(value) = raw else {
            return syntax(inner);
        };
        let Err(e) = serde_path_to_error::deserialize::<_, Document>(value) else {
            return syntax(inner);
        };
        if e.inner().is_syntax() || e.inner().is_eof() {
            return syntax(inner);
        }
        let same_place = e.path().to_string() == path;
        let mut error = shape(e, raw);
        if let LoadError::Shape { line, column, .. } = &mut error
            && same_place
        {
            *line = inner.line();
            *column = inner.column();
        }
        return error;
    }
    LoadError::Shape {
        id: id_at(&path, raw),
        path: if path == "." { "document".into() } else { path },
        message: Box::new(detail(strip_position(&inner.to_string()))),
        line: inner.line(),
        column: inner.column(),
    }
}

fn not_an_object() -> LoadError {
    LoadError::Shape {
        path: "document".into(),
        id: None,
        message: Box::new(Message::new(err::LOAD_NOT_AN_OBJECT)),
        line: 0,
        column: 0,
    }
}

/// Reads a document from JSON text: limits, syntax, version, shape, then
/// meaning. Never panics.
pub fn from_json(text: &str) -> Result<Document, LoadError> {
    load(text).map(|l| l.doc)
}

/// [`from_json`], with the migration's notes.
pub fn load(text: &str) -> Result<Loaded, LoadError> {
    // Editors on Windows start UTF-8 files with a byte-order mark; JSON
    // readers may ignore it (RFC 8259 §8.1), and this one does.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.len() > LIMITS.max_bytes {
        return Err(LoadError::TooLarge {
            size: text.len(),
            limit: LIMITS.max_bytes,
        });
    }
    // serde also reads a struct from a JSON array (`[1]` would load as an
    // empty document, `[2]` as a newer version): only an object is one.
    if !text.trim_start().starts_with('{') {
        serde_json::from_str::<serde::de::IgnoredAny>(text).map_err(syntax)?;
        return Err(not_an_object());
    }
    let mut de = serde_json::Deserializer::from_str(text);
    let parsed: Result<Document, _> = serde_path_to_error::deserialize(&mut de);
    match parsed {
        Ok(doc) => {
            de.end().map_err(syntax)?;
            check_version(doc.airlock as u64)?;
            if doc.airlock != CURRENT_VERSION {
                // An older version that happens to parse: migrate it properly.
                let value = serde_json::from_str(text).map_err(syntax)?;
                return load_value(value);
            }
            finish(doc, Vec::new())
        }
        Err(e) => {
            // Explain a failure by the syntax, the top-level type or the
            // version when one of those is the cause.
            let value: serde_json::Value = serde_json::from_str(text).map_err(syntax)?;
            let serde_json::Value::Object(map) = &value else {
                return Err(not_an_object());
            };
            let version = check_version(version_of(map.get("airlock"))?)?;
            if version != CURRENT_VERSION {
                return load_value(value);
            }
            Err(shape(e, Some(&value)))
        }
    }
}

/// Reads a document from a JSON value (for example one a page script
/// passed in), migrating older versions.
pub fn from_value(value: serde_json::Value) -> Result<Document, LoadError> {
    load_value(value).map(|l| l.doc)
}

/// [`from_value`], with the migration's notes.
pub fn load_value(mut value: serde_json::Value) -> Result<Loaded, LoadError> {
    let serde_json::Value::Object(map) = &value else {
        return Err(not_an_object());
    };
    let version = check_version(version_of(map.get("airlock"))?)?;
    let notes = migrate(&mut value, version)?;
    let doc: Document =
        serde_path_to_error::deserialize(&value).map_err(|e| shape(e, Some(&value)))?;
    finish(doc, notes)
}

/// Upgrades `value`, written in format `from`, to the current format;
/// returns the steps' notes for the user.
pub fn migrate(value: &mut serde_json::Value, from: u32) -> Result<Vec<Message>, LoadError> {
    let mut notes = Vec::new();
    for (i, step) in MIGRATIONS
        .iter()
        .enumerate()
        .skip(from.saturating_sub(1) as usize)
    {
        step(value, &mut notes).map_err(|message| LoadError::Migration {
            from: i as u32 + 1,
            message: Box::new(message),
        })?;
        value["airlock"] = serde_json::Value::from(i as u32 + 2);
    }
    Ok(notes)
}

fn finish(doc: Document, notes: Vec<Message>) -> Result<Loaded, LoadError> {
    let problems = validate(&doc);
    if problems.is_empty() {
        Ok(Loaded { doc, notes })
    } else {
        Err(LoadError::Invalid(problems))
    }
}

/// Writes a document as pretty JSON with a trailing newline. Field order is
/// fixed, so the same document always gives the same text.
pub fn to_json(doc: &Document) -> String {
    try_to_json(doc).expect("a document always serializes")
}

/// The size in bytes of [`to_json`]'s text, without building it.
pub fn json_size(doc: &Document) -> usize {
    struct Count(usize);
    impl std::io::Write for Count {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0 += buf.len();
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let mut count = Count(0);
    let _ = serde_json::to_writer_pretty(&mut count, doc);
    count.0 + 1
}

/// Whether a document's text would be over the size limit the loader
/// enforces, as a message naming both sizes.
pub fn too_large(doc: &Document) -> Option<Message> {
    let size = json_size(doc);
    (size > LIMITS.max_bytes).then(|| {
        let mib = format!("{:.1}", size as f64 / (1024.0 * 1024.0));
        Message::new(err::LOAD_DESIGN_TOO_LARGE)
            .arg("size", Arg::Text(mib))
            .arg("limit", Arg::Count(LIMITS.max_bytes / (1024 * 1024)))
    })
}

/// [`to_json`], for callers that must not panic (the crash banner).
pub fn try_to_json(doc: &Document) -> Option<String> {
    let mut s = serde_json::to_string_pretty(doc).ok()?;
    s.push('\n');
    Some(s)
}
