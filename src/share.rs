//! Share links: the whole document, deflated and base64url-encoded, in the
//! URL fragment (`#doc=…`). The fragment never reaches a server. Pure Rust,
//! tested natively.

use crate::i18n::ids::err;
use crate::i18n::{Arg, Message};
use crate::model::{self, Document, LoadError};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

/// The fragment key.
pub const PREFIX: &str = "doc=";

/// The longest fragment a link may carry. Browsers take far longer URLs,
/// but chat tools, mail clients and wikis cut or refuse long links; past
/// this, save a file instead.
pub const MAX_FRAGMENT: usize = 32 * 1024;

/// Why a document could not become a link, or a link a document. The
/// text is a [`Message`] ([`ShareError::message`]); `Display` is English.
#[derive(Debug, Clone, PartialEq)]
pub enum ShareError {
    TooBig {
        size: usize,
        limit: usize,
    },
    /// What is wrong with the link, in English (the decoders' words).
    Damaged(String),
    Invalid(LoadError),
}

impl From<LoadError> for ShareError {
    fn from(e: LoadError) -> ShareError {
        ShareError::Invalid(e)
    }
}

impl std::error::Error for ShareError {}

impl std::fmt::Display for ShareError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.message().fmt(f)
    }
}

impl ShareError {
    pub fn message(&self) -> Message {
        match self {
            ShareError::TooBig { size, limit } => Message::new(err::SHARE_TOO_BIG)
                .arg("size", *size)
                .arg("limit", *limit),
            ShareError::Damaged(detail) => {
                Message::new(err::SHARE_DAMAGED).arg("detail", Arg::Text(detail.clone()))
            }
            ShareError::Invalid(e) => Message::new(err::SHARE_INVALID).arg("error", e.message()),
        }
    }
}

/// The fragment (without `#`) that carries `doc`.
pub fn to_fragment(doc: &Document) -> Result<String, ShareError> {
    let json = serde_json::to_vec(doc).expect("a document always serializes");
    let packed = miniz_oxide::deflate::compress_to_vec(&json, 9);
    let fragment = format!("{PREFIX}{}", URL_SAFE_NO_PAD.encode(packed));
    if fragment.len() > MAX_FRAGMENT {
        return Err(ShareError::TooBig {
            size: fragment.len(),
            limit: MAX_FRAGMENT,
        });
    }
    Ok(fragment)
}

/// The document a fragment carries (with or without the leading `#`).
/// Everything a file goes through applies: limits, versions, validation.
pub fn from_fragment(fragment: &str) -> Result<Document, ShareError> {
    load_fragment(fragment).map(|l| l.doc)
}

/// [`from_fragment`], with the notes of migrating an older format.
pub fn load_fragment(fragment: &str) -> Result<model::Loaded, ShareError> {
    let body = fragment
        .trim_start_matches('#')
        .strip_prefix(PREFIX)
        .ok_or_else(|| ShareError::Damaged("it does not start with `doc=`".into()))?;
    if body.len() > MAX_FRAGMENT {
        return Err(ShareError::Damaged(
            "it is longer than any link Airlock makes".into(),
        ));
    }
    let packed = URL_SAFE_NO_PAD
        .decode(body.trim_end_matches('='))
        .map_err(|e| ShareError::Damaged(e.to_string()))?;
    // Inflate no further than the document size limit (a zip bomb stops here).
    let json = miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, model::LIMITS.max_bytes)
        .map_err(|e| ShareError::Damaged(format!("it does not inflate ({:?})", e.status)))?;
    let text =
        String::from_utf8(json).map_err(|_| ShareError::Damaged("it is not UTF-8".into()))?;
    Ok(model::load(&text)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn example(name: &str) -> Document {
        model::from_json(&crate::test_documents::example_text(name)).unwrap()
    }

    #[test]
    fn a_document_round_trips_through_a_link() {
        let doc = example("sagemaker-private-isolated-restricted");
        let fragment = to_fragment(&doc).unwrap();
        assert!(fragment.starts_with("doc="));
        assert!(
            fragment
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "=-_".contains(c))
        );
        assert!(
            fragment.len() < 4000,
            "the seed examples make short links: {}",
            fragment.len()
        );
        assert_eq!(from_fragment(&format!("#{fragment}")).unwrap(), doc);
    }

    #[test]
    fn a_design_too_big_for_a_link_says_so() {
        let mut doc = example("glue-in-vpc-private-subnets");
        let template = doc.nodes.last().unwrap().clone();
        for i in 0..3000 {
            let mut n = template.clone();
            n.id = format!("bucket-{i}");
            n.label = format!("Bucket {i} {}", i * 7919 % 104_729);
            n.x = (i % 60) as f64 * 170.0;
            n.y = (i / 60) as f64 * 70.0 + 600.0;
            doc.nodes.push(n);
        }
        match to_fragment(&doc) {
            Err(ShareError::TooBig { size, limit }) => assert!(size > limit),
            other => panic!("expected TooBig, got {other:?}"),
        }
    }

    #[test]
    fn damaged_links_are_reported_not_trusted() {
        for (fragment, want) in [
            ("#nope", "does not start with `doc=`"),
            ("#doc=***", "Invalid"),
            ("#doc=AAAA", "does not inflate"),
        ] {
            let err = from_fragment(fragment).unwrap_err().to_string();
            assert!(
                err.contains(want) || err.contains("damaged"),
                "{fragment}: {err}"
            );
        }
        // A well-formed link to a broken document names the problem.
        let packed = miniz_oxide::deflate::compress_to_vec(
            br#"{"airlock":1,"nodes":[{"id":"x","kind":"nope"}]}"#,
            9,
        );
        let err = from_fragment(&format!("doc={}", URL_SAFE_NO_PAD.encode(packed))).unwrap_err();
        assert!(err.to_string().contains("nodes[0].kind (`x`)"), "{err}");
    }

    #[test]
    fn inflation_stops_at_the_document_size_limit() {
        let bomb = vec![b' '; model::LIMITS.max_bytes + 10];
        let packed = miniz_oxide::deflate::compress_to_vec(&bomb, 9);
        let err = from_fragment(&format!("doc={}", URL_SAFE_NO_PAD.encode(packed))).unwrap_err();
        assert!(matches!(err, ShareError::Damaged(_)), "{err}");
    }
}
