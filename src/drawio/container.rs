//! The files draw.io writes, down to each page's `<mxGraphModel>` XML:
//!
//! - `.drawio` / `.xml`: `<mxfile>` with one `<diagram>` per page, each
//!   holding a plain `<mxGraphModel>` or its compressed text (base64 of
//!   raw deflate of the URI-encoded XML);
//! - `.drawio.svg`: an `<svg>` whose `content` attribute holds the
//!   `<mxfile>`;
//! - `.drawio.png`: a PNG whose `tEXt`, `zTXt` or `iTXt` chunk keyed
//!   `mxfile` holds it (URI-encoded, as draw.io writes it);
//! - a bare `<mxGraphModel>` (what draw.io's "Edit diagram" shows);
//! - any of these XML texts URI-encoded (`%3CmxGraphModel%3E…`), as
//!   draw.io puts copied shapes on the clipboard.
//!
//! Every size is bounded: the input, each inflated page and the XML nodes.

use super::ImportError;
use crate::model::{LIMITS, line_at};
use base64::Engine as _;

/// One page of a diagram file: its name, its `<mxGraphModel>` XML and
/// where that XML is in the file.
#[derive(Clone, Debug, PartialEq)]
pub struct Page {
    pub name: String,
    pub xml: String,
    pub origin: Origin,
}

/// Where a page's XML is in the file, for pointing at its cells by line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// In the file as it is, from this 1-based line: a cell on the XML's
    /// line `k` is on the file's line `line + k - 1`.
    Verbatim { line: usize },
    /// Encoded in the file (compressed, or in an SVG's attribute): every
    /// cell is at the line of the element holding it.
    Packed { line: usize },
    /// In a file without lines (a PNG).
    Unlined,
}

impl Origin {
    /// The file's line of the page's line `row` (1-based).
    pub fn line(self, row: usize) -> Option<usize> {
        match self {
            Origin::Verbatim { line } => Some(line + row - 1),
            Origin::Packed { line } => Some(line),
            Origin::Unlined => None,
        }
    }

    /// The same pages, held packed at `line` (an SVG's `content`), or in a
    /// file without lines (`None`: a PNG).
    fn packed_at(pages: Vec<Page>, line: Option<usize>) -> Vec<Page> {
        let origin = line.map_or(Origin::Unlined, |line| Origin::Packed { line });
        pages.into_iter().map(|p| Page { origin, ..p }).collect()
    }
}

const PNG_SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";

/// XML nodes a file may hold: generous for the cell limit (a cell is an
/// element, its geometry, points and whitespace).
pub(crate) const MAX_XML_NODES: u32 = 2_000_000;

/// Whether `bytes` look like a draw.io file (by content, not by name): a
/// PNG with an `mxfile` chunk, or XML text whose root is `<mxfile>`,
/// `<mxGraphModel>` or an `<svg>` carrying draw.io `content`.
pub fn is_drawio(bytes: &[u8]) -> bool {
    if bytes.starts_with(PNG_SIGNATURE) {
        return png_text(bytes).is_ok();
    }
    let Ok(text) = std::str::from_utf8(bytes) else {
        return false;
    };
    if let Some(decoded) = uri_encoded(text) {
        return decoded.is_ok_and(|d| is_drawio(d.as_bytes()));
    }
    let head: String = text
        .trim_start_matches('\u{feff}')
        .trim_start()
        .chars()
        .take(4096)
        .collect();
    if !head.starts_with('<') {
        return false;
    }
    head.contains("<mxfile") || head.contains("<mxGraphModel") || {
        head.contains("<svg") && text.contains("content=\"") && text.contains("mxfile")
    }
}

/// The pages of a draw.io file, in order.
pub fn pages(bytes: &[u8]) -> Result<Vec<Page>, ImportError> {
    if bytes.len() > LIMITS.max_bytes {
        return Err(ImportError::TooLarge {
            what: "the file".into(),
            size: bytes.len(),
            limit: LIMITS.max_bytes,
        });
    }
    if bytes.starts_with(PNG_SIGNATURE) {
        let text = png_text(bytes)?;
        let pages = xml_pages(&text, "the PNG's mxfile chunk")?;
        return Ok(Origin::packed_at(pages, None));
    }
    let text = std::str::from_utf8(bytes).map_err(|e| ImportError::NotDrawio {
        reason: format!("not UTF-8 text and not a PNG (byte {})", e.valid_up_to()),
    })?;
    let text = text.trim_start_matches('\u{feff}');
    if let Some(decoded) = uri_encoded(text) {
        let decoded = decoded.map_err(|reason| ImportError::NotDrawio { reason })?;
        let pages = xml_pages(&decoded, "the URI-encoded diagram")?;
        return Ok(Origin::packed_at(pages, Some(1)));
    }
    if !text.trim_start().starts_with('<') {
        return Err(ImportError::NotDrawio {
            reason: "not XML, an SVG or a PNG (an Airlock design opens as it is)".into(),
        });
    }
    xml_pages(text, "the file")
}

pub(crate) fn parse_xml<'a>(
    text: &'a str,
    what: &str,
) -> Result<roxmltree::Document<'a>, ImportError> {
    let options = roxmltree::ParsingOptions {
        allow_dtd: false,
        nodes_limit: MAX_XML_NODES,
    };
    roxmltree::Document::parse_with_options(text, options).map_err(|e| ImportError::Xml {
        what: what.to_string(),
        message: e.to_string(),
    })
}

fn xml_pages(text: &str, what: &str) -> Result<Vec<Page>, ImportError> {
    let xml = parse_xml(text, what)?;
    let root = xml.root_element();
    match root.tag_name().name() {
        "mxfile" => mxfile_pages(root, text),
        "mxGraphModel" => Ok(vec![Page {
            name: "Page-1".into(),
            xml: text[root.range()].to_string(),
            origin: Origin::Verbatim {
                line: line_at(text, root.range().start),
            },
        }]),
        "svg" => match root.attribute("content") {
            Some(content) if content.trim_start().starts_with('<') => {
                let pages = xml_pages(content, "the SVG's content attribute")?;
                let line = line_at(text, root.range().start);
                Ok(Origin::packed_at(pages, Some(line)))
            }
            Some(_) => Err(ImportError::NotDrawio {
                reason: "the SVG's `content` attribute does not hold a draw.io diagram".into(),
            }),
            None => Err(ImportError::NotDrawio {
                reason: "an SVG without draw.io's `content` attribute (export it from draw.io with \"Include a copy of my diagram\")".into(),
            }),
        },
        other => Err(ImportError::NotDrawio {
            reason: format!("the XML's root is <{other}>, not <mxfile> or <mxGraphModel>"),
        }),
    }
}

fn mxfile_pages(root: roxmltree::Node, text: &str) -> Result<Vec<Page>, ImportError> {
    let mut pages = Vec::new();
    let mut inflated = 0usize;
    for (i, d) in root
        .children()
        .filter(|n| n.has_tag_name("diagram"))
        .enumerate()
    {
        let name = d
            .attribute("name")
            .map_or_else(|| format!("Page-{}", i + 1), str::to_string);
        let (xml, origin) = match d.children().find(|n| n.has_tag_name("mxGraphModel")) {
            Some(model) => (
                text[model.range()].to_string(),
                Origin::Verbatim {
                    line: line_at(text, model.range().start),
                },
            ),
            None => {
                let data: String = d.text().unwrap_or_default().split_whitespace().collect();
                if data.is_empty() {
                    continue; // An empty page: nothing drawn.
                }
                let xml = inflate_page(&data, &name)?;
                inflated += xml.len();
                if inflated > LIMITS.max_bytes {
                    return Err(ImportError::TooLarge {
                        what: "the pages, decompressed,".into(),
                        size: inflated,
                        limit: LIMITS.max_bytes,
                    });
                }
                let line = line_at(text, d.range().start);
                (xml, Origin::Packed { line })
            }
        };
        pages.push(Page { name, xml, origin });
    }
    if pages.is_empty() {
        return Err(ImportError::NotDrawio {
            reason: "the <mxfile> has no page with a diagram".into(),
        });
    }
    Ok(pages)
}

/// A compressed page: base64 → raw deflate (bounded) → URI-decoding.
fn inflate_page(data: &str, page: &str) -> Result<String, ImportError> {
    let compressed = base64::engine::general_purpose::STANDARD
        .decode(data)
        .map_err(|e| ImportError::Compressed {
            page: page.to_string(),
            message: format!("not base64: {e}"),
        })?;
    let raw = miniz_oxide::inflate::decompress_to_vec_with_limit(&compressed, LIMITS.max_bytes)
        .map_err(|e| match e.status {
            miniz_oxide::inflate::TINFLStatus::HasMoreOutput => ImportError::TooLarge {
                what: format!("page `{page}`, decompressed,"),
                size: LIMITS.max_bytes + 1,
                limit: LIMITS.max_bytes,
            },
            status => ImportError::Compressed {
                page: page.to_string(),
                message: format!("not raw deflate data ({status:?})"),
            },
        })?;
    let uri = String::from_utf8(raw).map_err(|_| ImportError::Compressed {
        page: page.to_string(),
        message: "the decompressed page is not UTF-8 text".into(),
    })?;
    uri_decode(&uri).map_err(|message| ImportError::Compressed {
        page: page.to_string(),
        message,
    })
}

/// The XML of a URI-encoded text (`%3C…`), or `None` when the text is not
/// URI-encoded XML.
fn uri_encoded(text: &str) -> Option<Result<String, String>> {
    let text = text.trim();
    text.get(..3)
        .is_some_and(|head| head.eq_ignore_ascii_case("%3C"))
        .then(|| uri_decode(text))
}

fn uri_decode(text: &str) -> Result<String, String> {
    percent_encoding::percent_decode_str(text)
        .decode_utf8()
        .map(|s| s.into_owned())
        .map_err(|_| "the URI-encoded page is not UTF-8 once decoded".to_string())
}

/// The keys a PNG's diagram is looked for under: `mxfile`, as draw.io
/// writes it, and `mxGraphModel`, in case a tool wrote the bare model.
fn is_diagram_key(keyword: &str) -> bool {
    matches!(keyword, "mxfile" | "mxGraphModel")
}

/// The `mxfile` text chunk of a PNG, read with the `png` crate.
fn png_text(bytes: &[u8]) -> Result<String, ImportError> {
    let bad = |message: String| ImportError::NotDrawio {
        reason: format!("a PNG, but {message}"),
    };
    let decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    let reader = decoder
        .read_info()
        .map_err(|e| bad(format!("it does not read: {e}")))?;
    let info = reader.info();
    let text = if let Some(t) = info
        .uncompressed_latin1_text
        .iter()
        .find(|t| is_diagram_key(&t.keyword))
    {
        t.text.clone()
    } else if let Some(t) = info
        .compressed_latin1_text
        .iter()
        .find(|t| is_diagram_key(&t.keyword))
    {
        let mut t = t.clone();
        t.decompress_text_with_limit(LIMITS.max_bytes)
            .map_err(|e| {
                bad(format!(
                    "its zTXt chunk does not decompress within the limit: {e}"
                ))
            })?;
        t.get_text()
            .map_err(|e| bad(format!("its zTXt chunk does not decompress: {e}")))?
    } else if let Some(t) = info.utf8_text.iter().find(|t| is_diagram_key(&t.keyword)) {
        let mut t = t.clone();
        t.decompress_text_with_limit(LIMITS.max_bytes)
            .map_err(|e| {
                bad(format!(
                    "its iTXt chunk does not decompress within the limit: {e}"
                ))
            })?;
        t.get_text()
            .map_err(|e| bad(format!("its iTXt chunk does not read: {e}")))?
    } else {
        return Err(bad(
            "it holds no draw.io diagram (no `mxfile` text chunk before the image data; export it from draw.io with \"Include a copy of my diagram\")".into(),
        ));
    };
    if text.trim_start().starts_with('<') {
        Ok(text)
    } else {
        uri_decode(&text).map_err(bad)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn compress(xml: &str) -> String {
        let uri: String =
            percent_encoding::utf8_percent_encode(xml, percent_encoding::NON_ALPHANUMERIC)
                .to_string();
        let deflated = miniz_oxide::deflate::compress_to_vec(uri.as_bytes(), 6);
        base64::engine::general_purpose::STANDARD.encode(deflated)
    }

    #[test]
    fn plain_and_compressed_pages_read_the_same() {
        let model = r#"<mxGraphModel><root><mxCell id="0"/></root></mxGraphModel>"#;
        let file = format!(
            r#"<mxfile><diagram name="A">{model}</diagram><diagram name="B">{}</diagram></mxfile>"#,
            compress(model)
        );
        let pages = pages(file.as_bytes()).unwrap();
        assert_eq!(pages.len(), 2);
        assert_eq!(pages[0].name, "A");
        assert_eq!(pages[0].xml, model);
        assert_eq!(pages[1].xml, model);
        assert_eq!(pages[0].origin, Origin::Verbatim { line: 1 });
        assert_eq!(pages[1].origin, Origin::Packed { line: 1 });
        assert!(is_drawio(file.as_bytes()));
        assert!(!is_drawio(b"{\"airlock\": 2}"));
    }

    #[test]
    fn svg_content_is_read() {
        let svg = r#"<svg xmlns="http://www.w3.org/2000/svg" content="&lt;mxfile&gt;&lt;diagram name=&quot;P&quot;&gt;&lt;mxGraphModel&gt;&lt;root/&gt;&lt;/mxGraphModel&gt;&lt;/diagram&gt;&lt;/mxfile&gt;"><g/></svg>"#;
        assert!(is_drawio(svg.as_bytes()));
        let pages = pages(svg.as_bytes()).unwrap();
        assert_eq!(pages[0].name, "P");
        assert_eq!(pages[0].xml, "<mxGraphModel><root/></mxGraphModel>");
        assert_eq!(pages[0].origin, Origin::Packed { line: 1 });
    }

    #[test]
    fn uri_encoded_xml_is_read_as_draw_io_copies_it() {
        let model = r#"<mxGraphModel><root><mxCell id="0"/></root></mxGraphModel>"#;
        let copied: String =
            percent_encoding::utf8_percent_encode(model, percent_encoding::NON_ALPHANUMERIC)
                .to_string();
        assert!(is_drawio(copied.as_bytes()));
        let pages = pages(copied.as_bytes()).unwrap();
        assert_eq!(pages[0].xml, model);
        assert_eq!(pages[0].origin, Origin::Packed { line: 1 });
        assert!(!is_drawio(b"%3Cp%3Ehello%3C%2Fp%3E"), "not a diagram");
        assert!(!is_drawio(b"%3C%FF"), "not UTF-8 once decoded");
    }

    #[test]
    fn a_page_knows_its_line_in_the_file() {
        let file = "<mxfile>\n  <diagram name=\"A\">\n    <mxGraphModel>\n<root/></mxGraphModel>\n  </diagram>\n</mxfile>";
        let pages = pages(file.as_bytes()).unwrap();
        assert_eq!(pages[0].origin, Origin::Verbatim { line: 3 });
        assert_eq!(pages[0].origin.line(2), Some(4));
        assert_eq!(Origin::Packed { line: 7 }.line(30), Some(7));
        assert_eq!(Origin::Unlined.line(1), None);
    }
}
