//! draw.io (diagrams.net) diagrams: import into a design, export back.
//!
//! - [`container`]: the file formats, down to each page's XML;
//! - [`shapes`]: cell styles → Airlock kinds (AWS 2019+ `mxgraph.aws4`
//!   and the older `mxgraph.aws3` libraries);
//! - [`label`]: HTML labels → plain text;
//! - [`convert`]: one page's cells → a [`Document`], with the import
//!   report: every cell that did not become a node or a flow, and why;
//! - [`export`]: a design → a `.drawio` file with `mxgraph.aws4` shapes
//!   and the findings on a layer of their own.
//!
//! The imported design goes through the same loader as a file
//! ([`model::from_value`]): the document limits and validation apply.

pub mod container;
pub mod convert;
pub mod export;
pub mod label;
pub mod shapes;

pub use container::{Origin, Page, is_drawio, pages};
pub use export::export;

use crate::i18n::ids::err;
use crate::i18n::{Arg, Lang, Message};
use crate::model::{Declared, Document, Kind, LoadError};
use serde::Serialize;

/// Which page of a multi-page file to import.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PageChoice {
    /// The first page (the report says so when there are more).
    First,
    /// The page with this name (or, when no page has it and it is a
    /// number, the page at that position).
    Named(String),
    /// The page at this position, from 1.
    Number(usize),
}

/// How to import.
#[derive(Clone, Debug, PartialEq)]
pub struct Options {
    pub page: PageChoice,
    /// The user's own mapping: a style key (what the report names, such as
    /// `mxgraph.aws4.route_53` or `cylinder3`) or a cell id → a kind. It
    /// wins over the built-in mapping.
    pub map: Vec<(String, Kind)>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            page: PageChoice::First,
            map: Vec::new(),
        }
    }
}

/// A cell that did not become a node or a data flow.
/// Serialized as [`Skipped::in_lang`] English: `{ page, id, label, key,
/// why }`.
#[derive(Clone, Debug, PartialEq)]
pub struct Skipped {
    pub page: String,
    /// The cell's id in the draw.io file.
    pub id: String,
    pub label: String,
    /// The cell's style key (see [`shapes::style_key`]); empty for edges.
    pub key: String,
    pub why: Message,
}

/// A [`Skipped`] with its reason in one language, for JSON.
#[derive(Serialize)]
pub struct SkippedIn<'a> {
    pub page: &'a str,
    pub id: &'a str,
    pub label: &'a str,
    pub key: &'a str,
    pub why: String,
}

impl Skipped {
    /// A shape whose style key no mapping knows: choosing a kind for the
    /// key ([`Options::map`]) brings in every shape with that key.
    pub fn is_unknown_shape(&self) -> bool {
        !self.key.is_empty() && self.why.id == err::DRAWIO_UNKNOWN_SHAPE
    }

    /// The cell with its reason in `lang`.
    pub fn in_lang(&self, lang: Lang) -> SkippedIn<'_> {
        SkippedIn {
            page: &self.page,
            id: &self.id,
            label: &self.label,
            key: &self.key,
            why: self.why.render(lang),
        }
    }
}

impl Serialize for Skipped {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.in_lang(Lang::En).serialize(s)
    }
}

/// An imported design and what the import could not use.
#[derive(Clone, Debug, PartialEq)]
pub struct Import {
    pub doc: Document,
    /// The page imported, and every page's name.
    pub page: String,
    pub pages: Vec<String>,
    /// Every cell not understood, in the file's order.
    pub skipped: Vec<Skipped>,
    /// Choices the import made (a subnet taken as private, an ambiguous
    /// junction, the page picked).
    pub notes: Vec<Message>,
    /// The line in the file of the cell each node and flow came from.
    pub declared: Declared,
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ImportError {
    #[error("not a draw.io diagram: {reason}")]
    NotDrawio { reason: String },
    #[error("{what} is {size} bytes, over the limit of {limit} bytes")]
    TooLarge {
        what: String,
        size: usize,
        limit: usize,
    },
    #[error("{what} is not well-formed XML: {message}")]
    Xml { what: String, message: String },
    #[error("page `{page}` does not decompress: {message}")]
    Compressed { page: String, message: String },
    #[error("no page {wanted} in the file; its pages are {}", list(.pages))]
    NoSuchPage { wanted: String, pages: Vec<String> },
    #[error("page `{page}` has {count} cells, over the limit of {limit}")]
    TooManyCells {
        page: String,
        count: usize,
        limit: usize,
    },
    #[error("page `{page}`, cell `{id}`: {message}")]
    Cell {
        page: String,
        id: String,
        message: String,
    },
    #[error("page `{page}` does not make a valid design: {error}")]
    Invalid { page: String, error: LoadError },
}

fn list(pages: &[String]) -> String {
    pages
        .iter()
        .enumerate()
        .map(|(i, p)| format!("{} `{p}`", i + 1))
        .collect::<Vec<_>>()
        .join(", ")
}

impl ImportError {
    /// The problems, one line each (a design that does not validate gives
    /// one line per problem).
    pub fn lines(&self) -> Vec<String> {
        match self {
            ImportError::Invalid { page, error } => error
                .lines()
                .into_iter()
                .map(|l| format!("page `{page}`: {l}"))
                .collect(),
            other => vec![other.to_string()],
        }
    }
}

/// Imports one page of a draw.io file (any container: see [`container`]).
pub fn import(bytes: &[u8], options: &Options) -> Result<Import, ImportError> {
    let pages = pages(bytes)?;
    let names: Vec<String> = pages.iter().map(|p| p.name.clone()).collect();
    let mut notes = Vec::new();
    let index = match &options.page {
        PageChoice::First => {
            if pages.len() > 1 {
                notes.push(
                    Message::new(err::DRAWIO_FIRST_PAGE)
                        .arg("count", Arg::Count(pages.len()))
                        .arg("pages", Arg::Text(list(&names)))
                        .arg("first", Arg::Code(names[0].clone())),
                );
            }
            Some(0)
        }
        // A name no page has, written as a number, is a position.
        PageChoice::Named(name) => names.iter().position(|n| n == name).or_else(|| {
            name.parse::<usize>()
                .ok()
                .and_then(|n| n.checked_sub(1))
                .filter(|&i| i < pages.len())
        }),
        PageChoice::Number(n) => n.checked_sub(1).filter(|&i| i < pages.len()),
    };
    let Some(index) = index else {
        return Err(ImportError::NoSuchPage {
            wanted: match &options.page {
                PageChoice::Named(n) => format!("`{n}`"),
                PageChoice::Number(n) => n.to_string(),
                PageChoice::First => "1".into(),
            },
            pages: names,
        });
    };
    let page = &pages[index];
    let converted = convert::convert(page, options)?;
    notes.extend(converted.notes);
    Ok(Import {
        doc: converted.doc,
        page: page.name.clone(),
        pages: names,
        skipped: converted.skipped,
        notes,
        declared: converted.declared,
    })
}
