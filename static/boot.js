// Loads the Airlock app. A module file (not an inline script), so the
// page's Content-Security-Policy can forbid inline scripts.
//
// Once the app runs, its checker is on `window.Airlock` for page scripts
// (see "Page-script API" in the README), and `airlock:ready` fires on
// `window`. Then the service worker (sw.js) is registered, so the app
// works offline from then on.
import init, * as wasm from "./airlock-web.js";

await init({ module_or_path: new URL("./airlock-web_bg.wasm", import.meta.url) });

window.Airlock = Object.freeze({
  check: wasm.check,
  checkJson: wasm.checkJson,
  report: wasm.report,
  rules: wasm.rules,
  formatVersion: wasm.formatVersion,
  importDrawio: wasm.importDrawio,
  exportDrawio: wasm.exportDrawio,
  loadLanguage: wasm.loadLanguage,
});
window.dispatchEvent(new CustomEvent("airlock:ready", { detail: window.Airlock }));

// Relative URL: the worker's scope is the app's directory, wherever it is
// hosted. Service workers need a secure context (https or localhost); where
// there is none the app still works, online only.
function registerServiceWorker() {
  navigator.serviceWorker.register("./sw.js").catch((error) => {
    console.warn("Airlock: offline use is unavailable:", error);
  });
}
if ("serviceWorker" in navigator) {
  if (document.readyState === "complete") {
    registerServiceWorker();
  } else {
    window.addEventListener("load", registerServiceWorker, { once: true });
  }
}
