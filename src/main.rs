//! The browser app's entry point: mounts the UI from the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    airlock::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "airlock-web is the browser app: build it with `trunk build`, or use the `airlock` command line."
    );
    std::process::exit(2);
}
