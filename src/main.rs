//! The browser app's entry point: mounts the UI from the library, or, in
//! the check worker (a second instance of this module, see
//! `airlock::worker`), serves check requests.

#[cfg(target_arch = "wasm32")]
fn main() {
    match airlock::worker::in_worker() {
        Some(scope) => airlock::worker::serve(scope),
        None => airlock::ui::start(),
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "airlock-web is the browser app: build it with `trunk build`, or use the `airlock` command line."
    );
    std::process::exit(2);
}
