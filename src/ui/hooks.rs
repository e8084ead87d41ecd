//! Small hooks.

use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// The latest version of a callback.
type Latest<IN> = Rc<RefCell<Option<Rc<dyn Fn(IN)>>>>;

/// A callback that never changes identity but always runs the latest `f`.
/// Children that receive it stay equal across renders, so they re-render
/// only when their data changes (a drag re-renders the canvas on every
/// pointer move; its thousand nodes must not all follow).
#[hook]
pub fn use_latest_callback<IN: 'static>(f: impl Fn(IN) + 'static) -> Callback<IN> {
    let latest: Latest<IN> = use_mut_ref(|| None);
    *latest.borrow_mut() = Some(Rc::new(f));
    let stable = use_memo((), move |_| {
        Callback::from(move |input: IN| {
            let f = latest.borrow().clone();
            if let Some(f) = f {
                f(input);
            }
        })
    });
    (*stable).clone()
}
