//! Icons as Yew components; the drawings themselves are in
//! `render::icons`, shared with the SVG export.

use crate::model::{Group, Kind};
pub use crate::render::icons::path;
use yew::prelude::*;

/// The CSS class carrying a kind's colour.
pub fn tone(kind: Kind) -> &'static str {
    match kind {
        Kind::OnPremisesNetwork => "tone-onprem",
        k if k.is_on_premises() => "tone-onprem",
        Kind::Internet => "tone-internet",
        _ => match kind.group() {
            Group::Zones => "tone-zone",
            Group::Connectivity => "tone-net",
            Group::Services => "tone-service",
            Group::DataStores => "tone-store",
        },
    }
}

#[derive(Properties, PartialEq)]
pub struct IconProps {
    pub kind: Kind,
    #[prop_or(20.0)]
    pub size: f64,
}

/// A kind's icon as an inline `<svg>`, for HTML contexts.
#[component]
pub fn Icon(props: &IconProps) -> Html {
    html! {
        <svg class={classes!("icon", tone(props.kind))} width={props.size.to_string()} height={props.size.to_string()}
             viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d={path(props.kind)} />
        </svg>
    }
}

/// A padlock, for what is sensitive; decorative (its text says what it is).
pub fn lock(size: f64) -> Html {
    html! {
        <svg class="icon lock" width={size.to_string()} height={size.to_string()} viewBox="0 0 24 24"
             aria-hidden="true" focusable="false">
            <path d="M7 10V7a5 5 0 0 1 10 0v3h1a1 1 0 0 1 1 1v9a1 1 0 0 1-1 1H6a1 1 0 0 1-1-1v-9a1 1 0 0 1 1-1zm2 0h6V7a3 3 0 0 0-6 0zm3 4a1.5 1.5 0 0 0-1 2.6V18h2v-1.4a1.5 1.5 0 0 0-1-2.6z" />
        </svg>
    }
}
