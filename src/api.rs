//! The page-script API: the checker, callable from JavaScript.
//!
//! These functions are exported from the same WebAssembly module as the app,
//! and `static/boot.js` puts them on `window.Airlock` once the module has
//! loaded (then fires `airlock:ready` on `window`):
//!
//! ```js
//! const doc = await (await fetch("./examples/dms-over-ssl-where-ipsec-required.json")).json();
//! const { findings } = Airlock.check(doc);
//! findings.map((f) => f.id); // ["ENC001@pg-dms"]
//! ```
//!
//! Documents go through the same loader as everywhere else
//! ([`model::from_value`]: format versions, migration, validation), and the
//! reports are the ones the command line prints. A document that does not
//! load throws an `Error` whose message lists every problem, one a line,
//! each naming its JSON path and the offending id; nothing here panics on
//! user input.

use crate::check::{self, Family, RULES, Severity};
use crate::drawio;
use crate::i18n::Lang;
use crate::model::{self, Document, LoadError};
use crate::report::{self, Checked, Source};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use wasm_bindgen::prelude::*;

/// Checks a document and returns its report.
///
/// `doc` is a document as a plain object, the same shape as the JSON files
/// Airlock saves (`{ airlock: 2, nodes: [...], flows: [...] }`; older
/// versions are upgraded). The report is a plain object with the fields
/// of the command line's JSON output: `findings` (each with `id`,
/// `code`, `rule`, `title`, `family`, `severity`, `message`, `why`,
/// `fix`, `nodes`, `flows` and, when a suppression accepts it,
/// `suppressed`), sorted by severity, then code,
/// then id; `rules_run`; `rules_skipped`; `skipped` (the codes of the rules
/// that did not apply); `unused_suppressions` (indices into
/// `doc.suppressions`).
///
/// `options` may name the language of titles, messages, fixes and
/// errors, as for `report`: `{ lang: "ko" }`.
///
/// Throws an `Error` listing every problem, one a line, when `doc` is not a
/// valid document, for example
/// ``nodes[0].kind (`x`): unknown variant `nope`, expected one of …``
/// (in the language `options` names; paths and ids stay as they are).
#[wasm_bindgen]
pub fn check(doc: JsValue, options: Option<js_sys::Object>) -> Result<JsValue, JsError> {
    let lang = options.as_ref().map_or(Ok(Lang::En), lang_of)?;
    let doc = load_value(doc, lang)?;
    to_js(&check::Localized(&check::run(&doc), lang))
}

/// Checks a document given as JSON text, such as a file's contents, and
/// returns its report (see `check`).
///
/// Throws an `Error` listing every problem when the text is not a valid
/// document; JSON syntax errors name the line and column.
#[wasm_bindgen(js_name = checkJson)]
pub fn check_json(text: &str, options: Option<js_sys::Object>) -> Result<JsValue, JsError> {
    let lang = options.as_ref().map_or(Ok(Lang::En), lang_of)?;
    let doc = model::from_json(text).map_err(|e| load_error(e, lang))?;
    to_js(&check::Localized(&check::run(&doc), lang))
}

/// Renders a document's report as text in one of the command line's
/// formats: `"json"`, `"sarif"` (SARIF 2.1.0), `"markdown"` or `"text"`.
///
/// `doc` is a document object or its JSON text; with text, SARIF line
/// numbers point into that text. `path` names the document in the output
/// (the file name in text, markdown and SARIF); it defaults to
/// `"document.json"`.
///
/// `options` may name the language of titles, messages, fixes and the
/// report's own words: `{ lang: "ja" }` (`"en"`, the default, `"ko"` or
/// `"ja"`, or a longer tag such as `"ko-KR"`). Codes and ids are the same in
/// every language; SARIF says the language in `run.language`.
///
/// Throws an `Error` when the document is not valid, the format is not
/// one of those four, or the language is not one Airlock speaks.
#[wasm_bindgen]
pub fn report(
    doc: JsValue,
    format: &str,
    path: Option<String>,
    options: Option<js_sys::Object>,
) -> Result<String, JsError> {
    let lang = options.as_ref().map_or(Ok(Lang::En), lang_of)?;
    let path = path.unwrap_or_else(|| "document.json".to_string());
    let (source, doc) = match doc.as_string() {
        Some(text) => {
            let doc = model::from_json(&text).map_err(|e| load_error(e, lang))?;
            (text, doc)
        }
        None => {
            let doc = load_value(doc, lang)?;
            (model::to_json(&doc), doc)
        }
    };
    let report = check::run(&doc);
    let checked = Checked {
        path: &path,
        source: Source::Json(&source),
        doc: &doc,
        report: &report,
    };
    match format {
        "json" => Ok(report::json::render_in(&[checked], lang)),
        "sarif" => Ok(report::sarif::render_in(&[checked], lang)),
        "markdown" => Ok(report::markdown::render_in(&checked, lang)),
        "text" => Ok(report::text::render_in(&checked, lang)),
        other => Err(JsError::new(&format!(
            "unknown report format {other:?}: use \"json\", \"sarif\", \"markdown\" or \"text\""
        ))),
    }
}

/// The language an options object names (`{ lang: "ko" }`); English when
/// it names none.
fn lang_of(options: &js_sys::Object) -> Result<Lang, JsError> {
    let value = js_sys::Reflect::get(options, &JsValue::from_str("lang")).unwrap_or_default();
    if value.is_undefined() || value.is_null() {
        return Ok(Lang::En);
    }
    let tag = value.as_string().unwrap_or_default();
    spoken(&tag).map_err(|e| JsError::new(&e))
}

/// The language `tag` names, when Airlock speaks it and its messages are
/// here (the web app loads Korean and Japanese on demand:
/// [`load_language`]), or what to do instead.
fn spoken(tag: &str) -> Result<Lang, String> {
    let lang = Lang::from_tag(tag).ok_or("unknown language: use \"en\", \"ko\" or \"ja\"")?;
    if !crate::i18n::ready(lang) {
        return Err(format!(
            "the {lang} texts are not loaded yet: `await Airlock.loadLanguage(\"{lang}\")` first"
        ));
    }
    Ok(lang)
}

/// `loadLanguage(lang)`: a promise that resolves once the messages of
/// `lang` (`"en"`, `"ko"`, `"ja"`) are loaded from the app's own
/// `i18n/` files, so that `options.lang` can name it; at once when they
/// are here already. It rejects with the file and what is wrong.
#[wasm_bindgen(js_name = loadLanguage)]
pub async fn load_language(tag: String) -> Result<(), JsError> {
    let lang = Lang::from_tag(&tag)
        .ok_or_else(|| JsError::new("unknown language: use \"en\", \"ko\" or \"ja\""))?;
    crate::i18n::fetch::language(lang)
        .await
        .map_err(|e| JsError::new(&e.to_string()))
}

/// One rule in the catalog `rules()` returns.
#[derive(Serialize)]
struct RuleInfo {
    code: &'static str,
    name: &'static str,
    title: String,
    family: Family,
    severity: Severity,
    why: String,
    fix: String,
}

/// The rules Airlock checks, in code order: an array of
/// `{ code, name, title, family, severity, why, fix }`, for example
/// `{ code: "ENC001", name: "…", family: "encryption", severity: "high", … }`.
/// `family` is `egress`, `encryption`, `localization` or `topology`;
/// `severity` is `critical`, `high`, `medium` or `low`. `options` may
/// name the language of `title`, `why` and `fix`, as for `report`:
/// `{ lang: "ja" }`.
#[wasm_bindgen]
pub fn rules(options: Option<js_sys::Object>) -> Result<JsValue, JsError> {
    let lang = options.as_ref().map_or(Ok(Lang::En), lang_of)?;
    to_js(&rule_infos(lang))
}

/// The catalog `rules()` returns, in `lang`.
fn rule_infos(lang: Lang) -> Vec<RuleInfo> {
    RULES
        .iter()
        .map(|r| RuleInfo {
            code: r.code,
            name: r.name,
            title: r.title(lang),
            family: r.family,
            severity: r.severity,
            why: r.why(lang),
            fix: r.fix(lang),
        })
        .collect()
}

/// The document format version this Airlock writes, and the newest it
/// reads (the `airlock` field of a document). Older versions are migrated
/// when loaded.
#[wasm_bindgen(js_name = formatVersion)]
pub fn format_version() -> u32 {
    model::CURRENT_VERSION
}

/// `importDrawio`'s options.
#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ImportOptions {
    /// A page name, or its number from 1.
    #[serde(default)]
    page: Option<PageArg>,
    /// Style key (as `notUnderstood` names it) or cell id → kind.
    #[serde(default)]
    map: BTreeMap<String, String>,
    /// The language of `notUnderstood`'s reasons and of `notes`.
    #[serde(default)]
    lang: Option<String>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum PageArg {
    Number(usize),
    Name(String),
}

/// What `importDrawio` returns.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Imported<'a> {
    doc: &'a Document,
    page: &'a str,
    pages: &'a [String],
    not_understood: Vec<drawio::SkippedIn<'a>>,
    notes: Vec<String>,
}

/// Import options from JavaScript: `undefined`, `null` or `{ page, map,
/// lang }` (see [`import_drawio`]), shared with the embed's
/// `airlock:load`; the language when one is given.
pub(crate) fn drawio_options(options: JsValue) -> Result<(drawio::Options, Option<Lang>), String> {
    let options: ImportOptions = if options.is_undefined() || options.is_null() {
        ImportOptions::default()
    } else {
        serde_wasm_bindgen::from_value(options).map_err(|e| e.to_string())?
    };
    let mut map = Vec::with_capacity(options.map.len());
    for (key, kind) in options.map {
        let kind = crate::model::Kind::parse(&kind)
            .ok_or_else(|| format!("`{kind}` (for `{key}`) is not a kind"))?;
        map.push((key, kind));
    }
    let page = match options.page {
        None => drawio::PageChoice::First,
        Some(PageArg::Number(n)) => drawio::PageChoice::Number(n),
        Some(PageArg::Name(name)) => drawio::PageChoice::Named(name),
    };
    let lang = options.lang.as_deref().map(spoken).transpose()?;
    Ok((drawio::Options { page, map }, lang))
}

/// Imports a draw.io diagram as a document.
///
/// `input` is the file's text (`.drawio`, `.xml`, `.drawio.svg`) or its
/// bytes as a `Uint8Array` (any of those, or `.drawio.png`). `options`
/// may give `page` (a name, or a number from 1; default the first page),
/// `lang` (`"en"`, `"ko"`, `"ja"`: the language of `notUnderstood`'s
/// reasons and of `notes`) and `map`, an object from style key or cell id to kind
/// (`{ "mxgraph.aws4.fargate": "ec2-instance" }`) for the shapes the
/// import does not know.
///
/// Returns `{ doc, page, pages, notUnderstood, notes }`: the document (pass
/// it to `check`), the page imported and every page's name, every cell not
/// understood (`{ page, id, label, key, why }`) and the choices the import
/// made. Throws an `Error` naming what and where when the file is not a
/// draw.io diagram, is over a limit, or does not make a valid design.
#[wasm_bindgen(js_name = importDrawio)]
pub fn import_drawio(input: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    let bytes = match input.as_string() {
        Some(text) => text.into_bytes(),
        None if input.is_instance_of::<js_sys::Uint8Array>() => {
            js_sys::Uint8Array::new(&input).to_vec()
        }
        None => {
            return Err(JsError::new(
                "importDrawio: pass the file as a string or a Uint8Array",
            ));
        }
    };
    let (options, lang) =
        drawio_options(options).map_err(|e| JsError::new(&format!("importDrawio options: {e}")))?;
    let lang = lang.unwrap_or(Lang::En);
    let imported =
        drawio::import(&bytes, &options).map_err(|e| JsError::new(&e.lines().join("\n")))?;
    to_js(&Imported {
        doc: &imported.doc,
        page: &imported.page,
        pages: &imported.pages,
        not_understood: imported.skipped.iter().map(|s| s.in_lang(lang)).collect(),
        notes: imported.notes.iter().map(|n| n.render(lang)).collect(),
    })
}

/// Exports a document (an object, or its JSON text) as `.drawio` text: AWS
/// 2019+ shapes, zones as groups, the findings on a layer of their own.
/// `importDrawio` reads it back as the same design. Throws like `check`.
#[wasm_bindgen(js_name = exportDrawio)]
pub fn export_drawio(doc: JsValue) -> Result<String, JsError> {
    let doc = match doc.as_string() {
        Some(text) => model::from_json(&text).map_err(|e| load_error(e, Lang::En))?,
        None => load_value(doc, Lang::En)?,
    };
    let report = check::run(&doc);
    Ok(drawio::export(&doc, Some(&report)))
}

/// A JS value as a document, through the shared loader; errors in `lang`.
fn load_value(doc: JsValue, lang: Lang) -> Result<Document, JsError> {
    load_js(&doc, lang).map_err(|lines| JsError::new(&lines.join("\n")))
}

/// A document from a JS value (a page script's object, a `postMessage`
/// from a docs page): written out with `JSON.stringify` and read as text,
/// so it meets exactly what a file meets — the size limit, the nesting
/// limit of the JSON reader, line and column in errors. (Walking the value
/// directly would recurse without a bound on a deeply nested object.)
pub(crate) fn load_js(doc: &JsValue, lang: Lang) -> Result<Document, Vec<String>> {
    let text = js_sys::JSON::stringify(doc)
        .map_err(|_| {
            vec!["document: not a JSON value (a cycle, a BigInt, or nested too deeply)".to_string()]
        })?
        .as_string()
        .ok_or_else(|| vec!["document: expected a JSON object".to_string()])?;
    model::from_json(&text).map_err(|e| e.lines_in(lang))
}

/// Every problem of a document that did not load, one a line, in `lang`.
fn load_error(e: LoadError, lang: Lang) -> JsError {
    JsError::new(&e.lines_in(lang).join("\n"))
}

/// Plain JS objects and arrays (not `Map`s), as `JSON.parse` would give.
fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&e.to_string()))
}
