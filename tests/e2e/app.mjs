// Page object for Airlock's end-to-end tests: drives the built app in
// Debian's headless Chromium through playwright-core.
//
// The app's address comes from AIRLOCK_URL (scripts/test.sh serves `dist/`
// under a sub-path and sets it; scripts/serve.sh serves the default). Every
// test fails if the page asks for anything outside its own origin, gets an
// error response, logs a console error or throws.

import assert from "node:assert/strict";
import { mkdir, readFile } from "node:fs/promises";
import { chromium } from "playwright-core";

export const baseUrl = process.env.AIRLOCK_URL ?? "http://127.0.0.1:8080/";
export const artifacts = new URL("./artifacts/", import.meta.url);

const chromiumPath = process.env.CHROMIUM ?? "/usr/bin/chromium";

/**
 * Starts headless Chromium. Playwright gives every launch a new, empty
 * profile (user-data dir) and removes it on close; the flags keep Chromium
 * from reaching for Google's services, which this machine cannot reach.
 */
export function launchBrowser() {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
}

export class AirlockApp {
  /**
   * Opens the app in a fresh browser for the test `t` and waits for the
   * shell. When the test ends the browser closes, and the test fails if the
   * page left its origin or reported an error at any point. `context`:
   * Playwright's browser-context options (`hasTouch`, `viewport`).
   */
  static async open(t, { path = "", context: options = {} } = {}) {
    const browser = await launchBrowser();
    const context = await browser.newContext(options);
    const app = new AirlockApp(browser, context, await context.newPage());
    t.after(async () => {
      await app.close();
      app.assertClean();
    });
    await app.goto(path);
    return app;
  }

  constructor(browser, context, page, { routed = false } = {}) {
    this.browser = browser;
    this.context = context;
    this.page = page;
    this.origin = new URL(baseUrl).origin;
    /** Everything that makes the test fail at `assertClean`. */
    this.problems = [];
    /** Problems a test provokes on purpose (see `expectProblem`). */
    this.expected = [];

    // Block and record any request outside the app's own origin (routed on
    // the context, so a service worker's requests are covered too; a second
    // tab shares its first tab's route).
    if (!routed) {
      context.route("**/*", (route) => {
        const url = route.request().url();
        if (this.isOwn(url)) return route.continue();
        this.problems.push(`request outside the origin: ${url}`);
        return route.abort("blockedbyclient");
      });
    }
    page.on("response", (response) => {
      if (response.status() >= 400) {
        this.problems.push(`HTTP ${response.status()}: ${response.url()}`);
      }
    });
    page.on("requestfailed", (request) => {
      const error = request.failure()?.errorText;
      // net::ERR_ABORTED is a request the test cancelled itself, by
      // navigating again or closing the page while it was in flight (seen:
      // the favicon of a first load, when a test reloads at once). A missing
      // file is an HTTP error above; a request elsewhere is blocked above.
      if (this.isOwn(request.url()) && error !== "net::ERR_ABORTED") {
        this.problems.push(`request failed: ${request.url()} (${error})`);
      }
    });
    page.on("console", (message) => {
      if (message.type() === "error") {
        this.problems.push(`console error: ${message.text()}`);
      }
    });
    page.on("pageerror", (error) => {
      this.problems.push(`page error: ${error.message}`);
    });
  }

  /**
   * Opens the app in a second tab of the same browser profile (shared
   * storage), for the test `t`; it too must stay clean.
   */
  async openTab(t, path = "") {
    const tab = new AirlockApp(this.browser, this.context, await this.context.newPage(), { routed: true });
    tab.problems = this.problems;
    await tab.goto(path);
    return tab;
  }

  isOwn(url) {
    return url.startsWith("data:") || url.startsWith("blob:") || new URL(url).origin === this.origin;
  }

  /** Loads `path` (relative to AIRLOCK_URL) and waits for the app shell. */
  async goto(path = "") {
    await this.page.goto(new URL(path, baseUrl).href);
    await this.shell.waitFor();
  }

  byTestId(id) {
    return this.page.getByTestId(id);
  }

  get shell() {
    return this.byTestId("app");
  }

  get header() {
    return this.shell.locator("header.topbar");
  }

  get palette() {
    return this.byTestId("palette");
  }

  get canvas() {
    return this.byTestId("canvas");
  }

  get findings() {
    return this.byTestId("findings");
  }

  /** Saves a full-page screenshot as tests/e2e/artifacts/NAME.png. */
  async screenshot(name) {
    await mkdir(artifacts, { recursive: true });
    const path = new URL(`${name}.png`, artifacts);
    await this.page.screenshot({ path: path.pathname, fullPage: true });
    return path.pathname;
  }

  /**
   * Declares a problem the test provokes on purpose (a file made to fail):
   * `assertClean` then requires a problem matching `pattern` and passes
   * over those, and only those.
   */
  expectProblem(pattern) {
    this.expected.push(pattern);
  }

  /** Fails unless the page stayed in its origin and logged no error. */
  assertClean() {
    for (const pattern of this.expected) {
      assert.ok(
        this.problems.some((p) => pattern.test(p)),
        `the test expected a problem matching ${pattern}; seen: ${JSON.stringify(this.problems)}`,
      );
    }
    const unexpected = this.problems.filter((p) => !this.expected.some((pattern) => pattern.test(p)));
    assert.deepEqual(unexpected, [], "the page stayed in its origin without errors");
  }

  async close() {
    await this.browser.close();
  }
}

/** Opens the template `name` from the gallery. */
export async function openTemplate(app, name) {
  await app.byTestId("open-templates").click();
  await app.byTestId(`template-${name}`).click();
}

/** Opens JSON `text` as file `name` through the Open button's file input. */
export async function openFile(page, name, text) {
  await page.getByTestId("open-file-input").setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });
}

/**
 * Picks language `code` in the top bar's switcher and waits until the page
 * speaks it (`<html lang>`): Korean and Japanese are fetched the first
 * time they are picked.
 */
export async function chooseLang(page, code) {
  await page.getByTestId("lang").selectOption(code);
  await page.waitForFunction((code) => document.documentElement.lang === code, code);
}

/** The ids of the active findings the list shows, in order. */
export async function findingIds(page) {
  return page
    .locator("[data-testid=findings] li.finding:not(.is-suppressed)")
    .evaluateAll((items) => items.map((li) => li.dataset.testid.replace(/^finding-/, "")));
}

const bigExample = new URL("../../static/examples/glue-without-vpc-connection.json", import.meta.url);

/** `copies` side-by-side copies of an example, ids prefixed: a big design. */
export async function bigDesign(copies) {
  const one = JSON.parse(await readFile(bigExample, "utf8"));
  const id = (i, x) => (x === undefined ? x : `c${i}-${x}`);
  const ids = new Set(one.nodes.map((n) => n.id));
  // Properties that name another node (a Glue job's connection) follow.
  const props = (i, p) =>
    p && Object.fromEntries(Object.entries(p).map(([k, v]) => [k, ids.has(v) ? id(i, v) : v]));
  const nodes = [];
  const flows = [];
  for (let i = 0; i < copies; i++) {
    const dx = (i % 40) * 1100;
    const dy = Math.floor(i / 40) * 600;
    for (const n of one.nodes) {
      nodes.push({ ...n, id: id(i, n.id), parent: id(i, n.parent), props: props(i, n.props), x: n.x + dx, y: n.y + dy });
    }
    for (const f of one.flows) {
      flows.push({ ...f, id: id(i, f.id), from: id(i, f.from), to: id(i, f.to) });
    }
  }
  return JSON.stringify({ ...one, title: `${copies} copies`, nodes, flows });
}

/**
 * The design records kept in the page's origin, record key → text: from
 * IndexedDB (database `airlock`, store `records`, where the app keeps them)
 * and from localStorage (where it keeps them without IndexedDB, and where
 * an older version kept them; such a copy is the newer).
 */
export async function keptRecords(page) {
  return page.evaluate(async () => {
    const out = {};
    if (window.indexedDB) {
      const db = await new Promise((resolve) => {
        const r = indexedDB.open("airlock");
        // Not made yet: make nothing (the app makes it, with its store).
        r.onupgradeneeded = () => r.transaction.abort();
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => resolve(null);
      });
      if (db && db.objectStoreNames.contains("records")) {
        const store = db.transaction("records").objectStore("records");
        const [keys, values] = await Promise.all(
          [store.getAllKeys(), store.getAll()].map((r) => new Promise((ok) => (r.onsuccess = () => ok(r.result)))),
        );
        keys.forEach((k, i) => (out[k] = values[i]));
      }
      db?.close();
    }
    for (const [k, v] of Object.entries(localStorage)) if (k.startsWith("airlock.design.")) out[k] = v;
    return out;
  });
}

/** Waits until `test(records)` holds of the kept records ([`keptRecords`]); returns its value. */
export async function untilRecords(page, test, timeout = 15_000) {
  const end = Date.now() + timeout;
  for (;;) {
    const got = test(await keptRecords(page));
    if (got) return got;
    if (Date.now() > end) throw new Error(`the kept records never matched: ${test}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Each kept record's title (its text, if it does not parse). */
export function titles(records) {
  return Object.fromEntries(
    Object.entries(records).map(([k, v]) => {
      try {
        return [k, JSON.parse(v).title];
      } catch {
        return [k, v];
      }
    }),
  );
}

/**
 * The accessible name and description Chromium gives the element matching
 * CSS `selector` (what a screen reader announces), read from its
 * accessibility tree over the DevTools protocol.
 */
export async function accessible(page, selector) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send("DOM.getDocument", { depth: 0 });
    const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector });
    assert.ok(nodeId, `${selector} is on the page`);
    const { nodes } = await cdp.send("Accessibility.getPartialAXTree", { nodeId, fetchRelatives: false });
    const node = nodes[0];
    return { role: node.role?.value, name: node.name?.value ?? "", description: node.description?.value ?? "" };
  } finally {
    await cdp.detach();
  }
}

/** The theme's colour `property` (a custom property such as `--focus`), as computed style writes a colour. */
export function themeColour(page, property) {
  return page.evaluate((property) => {
    const probe = document.createElement("span");
    probe.style.color = getComputedStyle(document.querySelector("[data-testid=app]")).getPropertyValue(property);
    document.body.append(probe);
    const colour = getComputedStyle(probe).color;
    probe.remove();
    return colour;
  }, property);
}
