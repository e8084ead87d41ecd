// Loads the Airlock app. A module file (not an inline script), so the
// page's Content-Security-Policy can forbid inline scripts.
import init from "./airlock-web.js";

await init({ module_or_path: new URL("./airlock-web_bg.wasm", import.meta.url) });
