//! Safe mode: the design open read-only, with checking paused, on the
//! page and in the check worker. A design opens in it at start when its
//! last check never finished or was slow (`crate::opening`), and on
//! demand from Designs. The editor's lock ([`crate::editor::Action::Lock`])
//! keeps every action from changing the document, and the keeper writes
//! nothing while it holds. It ends with "Check anyway", or by opening
//! another design (which leaves nothing to undo back into this one).

use super::lang::{n, tr, use_lang};
use crate::i18n::ids::ui as id;
use crate::i18n::t;
use crate::opening::{Mark, SLOW_MS};
use yew::prelude::*;

/// Why the design is in safe mode.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Why {
    /// A start found its mark ([`crate::opening`]).
    Marked(Mark),
    /// The user asked for it (Designs).
    Asked,
}

#[derive(Properties, PartialEq)]
pub struct SafeBarProps {
    pub why: Why,
    /// Save as a file (the top bar's Save).
    pub on_save: Callback<MouseEvent>,
    /// Check anyway: leave safe mode.
    pub on_check: Callback<MouseEvent>,
}

/// The bar under the top bar that says the design is in safe mode, and
/// the ways out.
#[component]
pub fn SafeBar(props: &SafeBarProps) -> Html {
    let lang = use_lang();
    let why = match props.why {
        Why::Marked(Mark::Opening) => tr(lang, id::SAFE_MODE_UNFINISHED),
        Why::Marked(Mark::Slow) => t(
            lang,
            id::SAFE_MODE_SLOW,
            &[("seconds", n((SLOW_MS / 1000.0) as usize))],
        ),
        Why::Asked => tr(lang, id::SAFE_MODE_ASKED),
    };
    html! {
        <div class="safe-bar" role="status" data-testid="safe-mode">
            <span class="pill safe" data-testid="safe-pill">
                <svg class="lock" width="12" height="12" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                    <path d="M7 11V7a5 5 0 0 1 10 0v4" fill="none" stroke="currentColor" stroke-width="2.5" />
                    <rect x="4" y="11" width="16" height="11" rx="2" fill="currentColor" />
                </svg>
                { tr(lang, id::SAFE_MODE) }
            </span>
            <p class="why">{ why }{ " " }{ tr(lang, id::SAFE_MODE_AFTER) }</p>
            <div class="acts">
                <button onclick={props.on_save.clone()} data-testid="safe-save">{ tr(lang, id::SAVE_AS_FILE) }</button>
                <button class="primary" onclick={props.on_check.clone()} title={tr(lang, id::SAFE_MODE_CHECK_TOOLTIP)} data-testid="safe-check">{ tr(lang, id::SAFE_MODE_CHECK) }</button>
            </div>
        </div>
    }
}
