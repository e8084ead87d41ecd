//! Rendering the checker's messages: text between backticks (element and
//! dataset names) is shown as code. Everything stays text: nothing a user
//! typed is ever parsed as markup.

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
