// Airlock's service worker: keeps the built app in a cache so that it works
// offline, from whatever directory it is hosted in.
//
// - Install: fetches every file of the build (BUILD.files, relative to this
//   script) into a cache named after the build's version, bypassing the
//   HTTP cache. If one fails, the worker is not installed and the app stays
//   online-only.
// - Fetch: GET requests of this origin are answered from that cache first,
//   then from the network. Requests to other origins are not touched; the
//   app makes none.
// - Activate: removes the caches of earlier builds (of this directory only)
//   and takes control of open pages.
//
// A new build writes a new BUILD, so this file's bytes change, the browser
// installs the new worker, and the new cache replaces the old one.

// scripts/precache.sh (a Trunk post-build hook) replaces the next line with
// the build's files and a version derived from their contents. Unstamped,
// as here (for example in a debug build), the worker caches nothing.
const BUILD = { version: "unstamped", files: [] };

const SCOPE = new URL("./", self.location.href);
const PREFIX = `airlock ${SCOPE.pathname} `;
const CACHE = PREFIX + BUILD.version;
const INDEX = new URL("index.html", SCOPE).href;

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      if (BUILD.files.length > 0) {
        const cache = await caches.open(CACHE);
        await cache.addAll(
          BUILD.files.map((file) => new Request(new URL(file, SCOPE), { cache: "reload" })),
        );
      }
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(PREFIX) && name !== CACHE) {
          await caches.delete(name);
        }
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (BUILD.files.length === 0 || request.method !== "GET" || url.origin !== SCOPE.origin) {
    return; // the browser handles it as if there were no worker
  }
  event.respondWith(cacheFirst(request, url));
});

async function cacheFirst(request, url) {
  const cache = await caches.open(CACHE);
  // Opening the app's directory, with or without a query, opens index.html.
  const shell = request.mode === "navigate" && url.pathname === SCOPE.pathname;
  const cached = shell
    ? await cache.match(INDEX)
    : await cache.match(request, { ignoreSearch: request.mode === "navigate" });
  return cached ?? fetch(request);
}
