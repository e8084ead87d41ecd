// Browser benchmark for hostile designs (figures, never assertions):
//
//   node scripts/bench-hostile.mjs URL DOCS_DIR
//
// URL serves the built app (dist/); DOCS_DIR holds the hostile shapes
// (`cargo bench --bench pathological -- --emit=DOCS_DIR`, files
// `hostile-*.json`). For each shape, in a fresh browser profile, it opens
// the file and prints the time (page clock, polled: up to ~0.1 s late)
// from choosing it to the "Opened" banner,
// to the findings being shown (the panel no longer says "checking…"),
// and the longest main-thread task meanwhile; then it reloads the page
// (the design is kept, so this is every later visit) and prints the same
// from the start of the reload, and the WebAssembly memory in use. Aim:
// the app is usable again within 1 s of choosing the file or of the
// reload (no main-thread task over 1 s), whatever the shape.

import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { launchBrowser } from "../tests/e2e/app.mjs";

const [url, docs] = process.argv.slice(2);
if (!url || !docs) {
  console.error("usage: node scripts/bench-hostile.mjs URL DOCS_DIR");
  process.exit(2);
}

/** Collects the page's long tasks (over 50 ms) from its first script on. */
function watchLongTasks() {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: "longtask", buffered: true });
}

/**
 * The findings are on screen (the panel exists, is not checking and shows
 * its count), or the design opened in safe mode (checking paused, because
 * an earlier check was slow): which of the two.
 */
async function findingsShown(page) {
  const handle = await page.waitForFunction(
    () => {
      if (document.querySelector("[data-testid=safe-mode]")) return "safe mode";
      const panel = document.querySelector("[data-testid=findings]");
      const ready = panel && panel.getAttribute("aria-busy") === "false";
      return ready && document.querySelector("[data-testid=findings-count]") ? "findings" : null;
    },
    null,
    { timeout: 300000, polling: 50 },
  );
  return handle.jsonValue();
}

/** The longest task since `since` (page time, ms), or 0 if none over 50 ms. */
async function longestSince(page, since) {
  // Task entries arrive after their task ends: give them a moment.
  await page.waitForTimeout(100);
  return page.evaluate(
    (t) => Math.max(0, ...window.__longTasks.filter((e) => e.start + e.duration >= t).map((e) => e.duration)),
    since,
  );
}

async function wasmMemory(page) {
  return page.evaluate(async () => {
    const glue = await import(new URL("airlock-web.js", document.baseURI).href);
    const exports = await glue.default();
    return exports.memory.buffer.byteLength;
  });
}

const ms = (v) => `${v.toFixed(0).padStart(6)} ms`;
const task = (v) => (v > 0 ? ms(v) : "  none over 50 ms");

async function shape(browser, file) {
  const name = path.basename(file, ".json").replace(/^hostile-/, "");
  const text = await readFile(file);
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  await context.addInitScript(watchLongTasks);
  const page = await context.newPage();
  try {
    await page.goto(url);
    await page.getByTestId("app").waitFor();
    // The file is made in the page first and then chosen, in a task of
    // its own: handing a 10 MB file over with the driver's setInputFiles
    // takes the driver a second of the page's main thread.
    await page.route("**/__hostile.json", (route) => route.fulfill({ body: text, contentType: "application/json" }));
    await page.evaluate(async (name) => {
      const blob = await (await fetch("__hostile.json")).blob();
      window.__file = new File([blob], name, { type: "application/json" });
    }, path.basename(file));
    await page.evaluate(() => {
      const input = document.querySelector("[data-testid=open-file-input]");
      const chosen = new DataTransfer();
      chosen.items.add(window.__file);
      input.files = chosen.files;
      setTimeout(() => {
        window.__chosen = performance.now();
        input.dispatchEvent(new Event("change", { bubbles: true }));
      }, 0);
    });
    const sinceChosen = () => page.evaluate(() => performance.now() - window.__chosen);
    await page.getByTestId("banner").filter({ hasText: "Opened" }).waitFor({ timeout: 300000 });
    const opened = await sinceChosen();
    const first = await findingsShown(page);
    const shown = await sinceChosen();
    const longest = await longestSince(page, await page.evaluate(() => window.__chosen));

    // Every later visit: the design is kept and opens again at start.
    const t1 = Date.now();
    await page.reload();
    await page.getByTestId("app").waitFor({ timeout: 300000 });
    const shell = Date.now() - t1;
    const again = await findingsShown(page);
    const reshown = Date.now() - t1;
    const relongest = await longestSince(page, 0);
    const memory = await wasmMemory(page);
    console.log(
      `browser: hostile ${name.padEnd(28)} ${(text.length / 1048576).toFixed(1).padStart(5)} MiB | open: opened ${ms(opened)}, ` +
        `${first} ${ms(shown)}, longest task ${task(longest)} | reload: shell ${ms(shell)}, ${again} ${ms(reshown)}, ` +
        `longest task ${task(relongest)} | wasm memory ${(memory / 1048576).toFixed(0)} MiB`,
    );
  } catch (e) {
    console.log(`browser: hostile ${name.padEnd(28)} did not become usable: ${String(e.message).split("\n")[0]}`);
  } finally {
    await context.close();
  }
}

const files = (await readdir(docs)).filter((f) => f.startsWith("hostile-") && f.endsWith(".json")).sort();
const browser = await launchBrowser();
try {
  for (const f of files) await shape(browser, path.join(docs, f));
} finally {
  await browser.close();
}
