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

/// The size (width, height) in CSS pixels of the parent of the element
/// `el` refers to, kept current by a `ResizeObserver`; `None` until first
/// measured. Reading it costs nothing, where asking the element for its
/// size while rendering forces a layout of the page.
///
/// The canvas draws its SVG at this height, in pixels, rather than at
/// `height: 100%`: Chromium lays out every text of an SVG whose height is a
/// percentage whenever the page's layout and the SVG change in the same
/// frame, which at 1,000 nodes cost 60 ms of layout per edit.
#[hook]
pub fn use_parent_size(el: &NodeRef) -> Option<(f64, f64)> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen::closure::Closure;

    let size = use_state_eq(|| None::<(f64, f64)>);
    {
        let (el, size) = (el.clone(), size.clone());
        use_effect_with((), move |_| {
            let parent = el
                .cast::<web_sys::Element>()
                .and_then(|e| e.parent_element());
            let observed = parent.and_then(|parent| {
                let on_resize =
                    Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
                        if let Ok(entry) = entries.get(0).dyn_into::<web_sys::ResizeObserverEntry>()
                        {
                            let r = entry.content_rect();
                            size.set(Some((r.width().floor(), r.height().floor())));
                        }
                    });
                let observer =
                    web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok()?;
                observer.observe(&parent);
                Some((observer, on_resize))
            });
            move || {
                if let Some((observer, _on_resize)) = observed {
                    observer.disconnect();
                }
            }
        });
    }
    *size
}

/// Listens for `event` on `target` (if there is one) until the returned
/// function is called: an effect's cleanup.
pub fn listen<E>(
    target: Option<web_sys::EventTarget>,
    event: &'static str,
    f: impl Fn(E) + 'static,
) -> impl FnOnce()
where
    E: wasm_bindgen::convert::FromWasmAbi + 'static,
{
    use wasm_bindgen::JsCast;
    use wasm_bindgen::closure::Closure;

    let handler = Closure::<dyn Fn(E)>::new(f);
    if let Some(t) = &target {
        let _ = t.add_event_listener_with_callback(event, handler.as_ref().unchecked_ref());
    }
    move || {
        if let Some(t) = target {
            let _ = t.remove_event_listener_with_callback(event, handler.as_ref().unchecked_ref());
        }
        drop(handler);
    }
}

/// [`listen`], in the capture phase: the listener hears the event on its
/// way down, before any handler can stop it (a node's press stops its
/// own), and hears events that do not bubble (a scroll).
pub fn listen_capture<E>(
    target: Option<web_sys::EventTarget>,
    event: &'static str,
    f: impl Fn(E) + 'static,
) -> impl FnOnce()
where
    E: wasm_bindgen::convert::FromWasmAbi + 'static,
{
    use wasm_bindgen::JsCast;
    use wasm_bindgen::closure::Closure;

    let handler = Closure::<dyn Fn(E)>::new(f);
    if let Some(t) = &target {
        let _ = t.add_event_listener_with_callback_and_bool(
            event,
            handler.as_ref().unchecked_ref(),
            true,
        );
    }
    move || {
        if let Some(t) = target {
            let _ = t.remove_event_listener_with_callback_and_bool(
                event,
                handler.as_ref().unchecked_ref(),
                true,
            );
        }
        drop(handler);
    }
}
