// Airlock's check worker (see src/worker/mod.rs). The page posts its own
// compiled WebAssembly.Module first: this starts a second instance of it,
// whose start function sees the worker's scope and takes over `onmessage`
// to serve check requests. Nothing is downloaded or compiled again.
import init from "./airlock-web.js";

self.onmessage = (event) => {
  self.onmessage = null;
  init({ module_or_path: event.data.module }).catch((error) => {
    // The page hears of it as the worker's error and checks on its own.
    setTimeout(() => {
      throw error;
    });
  });
};
