// Prints Airlock's figures: the size of the built .wasm and .js files (raw,
// gzip and brotli, by Node's zlib at their highest levels; each, then their
// sum) and the time from navigation start to the app shell being rendered in
// headless Chromium, the median of 7 fresh loads. Printed, not asserted.
//
//   node scripts/figures.mjs URL [DIST]    (URL defaults to AIRLOCK_URL,
//                                           DIST to the repository's dist/)

import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { launchBrowser } from "../tests/e2e/app.mjs";

const url = process.argv[2] ?? process.env.AIRLOCK_URL;
const dist = process.argv[3] ?? fileURLToPath(new URL("../dist/", import.meta.url));
const loads = 7;

if (!url) {
  console.error("usage: node scripts/figures.mjs URL [DIST]");
  process.exit(2);
}

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

const total = { raw: 0, gzip: 0, brotli: 0 };
for (const name of (await readdir(dist)).filter((f) => /\.(wasm|js)$/.test(f)).sort()) {
  const raw = await readFile(join(dist, name));
  const gzip = gzipSync(raw, { level: 9 }).length;
  const brotli = brotliCompressSync(raw, {
    params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY },
  }).length;
  console.log(`size ${name}: ${kib(raw.length)} raw, ${kib(gzip)} gzip, ${kib(brotli)} brotli`);
  total.raw += raw.length;
  total.gzip += gzip;
  total.brotli += brotli;
}
// Every .wasm and .js file: what the first load and the service worker fetch.
console.log(`size, all of them: ${kib(total.raw)} raw, ${kib(total.gzip)} gzip, ${kib(total.brotli)} brotli`);

// Records performance.now() (milliseconds since navigation start) the moment
// the app shell enters the DOM.
function watchForShell() {
  const seen = () => {
    if (window.__shellAt === undefined && document.querySelector('[data-testid="app"]')) {
      window.__shellAt = performance.now();
    }
  };
  new MutationObserver(seen).observe(document, { childList: true, subtree: true });
}

const browser = await launchBrowser();
const times = [];
try {
  for (let i = 0; i < loads; i++) {
    // A new context each time: empty cache, so every load is a fresh one.
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(watchForShell);
    await page.goto(url);
    await page.waitForFunction(() => window.__shellAt !== undefined);
    times.push(await page.evaluate(() => window.__shellAt));
    await context.close();
  }
} finally {
  await browser.close();
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(
  `time to app shell: ${median.toFixed(0)} ms median of ${loads} fresh loads` +
    ` (min ${times[0].toFixed(0)}, max ${times.at(-1).toFixed(0)}) in headless Chromium`,
);
