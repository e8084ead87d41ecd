//! Rendering the checker's messages: text between backticks (element and
//! dataset names) is shown as code. Everything stays text: nothing a user
//! typed is ever parsed as markup. And the rule docs, as formatted text.

use crate::prose::{Block, blocks};
use yew::prelude::*;

/// `Hop \`a → b\` carries …` as text with `<code>` spans.
pub fn rich(message: &str) -> Html {
    let parts = message.split('`').enumerate().map(|(i, part)| {
        if i % 2 == 1 {
            html! { <code>{ part.to_string() }</code> }
        } else {
            html! { { part.to_string() } }
        }
    });
    html! { <>{ for parts }</> }
}

/// A rule's doc ([`crate::prose`]'s Markdown) as headings, paragraphs and
/// lists, with code spans; the title (`# CODE name`) as the first heading.
pub fn rule_doc(markdown: &str) -> Html {
    let shown = blocks(markdown).into_iter().map(|b| match b {
        Block::Heading(1, text) => html! { <h4 class="doc-name">{ rich(&text) }</h4> },
        Block::Heading(_, text) => html! { <h5>{ rich(&text) }</h5> },
        Block::Paragraph(text) => html! { <p>{ rich(&text) }</p> },
        Block::List(items) => html! {
            <ul>{ for items.iter().map(|i| html! { <li>{ rich(i) }</li> }) }</ul>
        },
    });
    html! { <div class="doc" data-testid="rule-doc">{ for shown }</div> }
}
