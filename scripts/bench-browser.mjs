// Browser benchmark for the editor (figures, never assertions):
//
//   node scripts/bench-browser.mjs URL DOCS_DIR
//
// URL serves the built app (dist/); DOCS_DIR holds generated documents
// (`cargo bench --bench emit -- DIR 100 500 1000 5000 10000`). It prints:
// - edit -> findings (100, 1,000, 5,000 and 10,000 nodes): the time from
//   an edit (a requirement toggled in the inspector) to the updated
//   findings being in the page, and to the next frame being painted;
// - edit -> paint (the same sizes): the time from an edit (the selected
//   node renamed in the inspector) to the node on the canvas showing its
//   new name, and to the next frame being painted;
// - with both, the longest main-thread task during an edit;
// - move -> paint (100, 500, 1,000 and 5,000 nodes): dragging a node drawn
//   on screen with real pointer moves, the time from each pointermove to
//   the next painted frame, and the script (JavaScript + WebAssembly),
//   style and layout time per move, from Chromium's own counters;
// - for 10,000 nodes, the memory in use once the design is open.
// Each figure is a median and a 90th percentile where there are several.
// Targets: edit to findings within one frame (16 ms) at 1,000 nodes and
// within 100 ms at 10,000; an edit painted within 33 ms at 1,000 nodes; a
// drag's move painted within 16 ms at 1,000 nodes and 33 ms at 5,000; no
// main-thread task over 50 ms; at most 4 ms of script per move at 500
// nodes. The paint targets are printed next to their figures.

import { readFile } from "node:fs/promises";
import path from "node:path";
import { launchBrowser } from "../tests/e2e/app.mjs";

const [url, docs] = process.argv.slice(2);
if (!url || !docs) {
  console.error("usage: node scripts/bench-browser.mjs URL DOCS_DIR");
  process.exit(2);
}

const browser = await launchBrowser();

function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/** A fresh page with the generated document of `n` nodes open. */
async function open(n) {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.getByTestId("app").waitFor();
  const text = await readFile(path.join(docs, `generated-${n}.json`), "utf8");
  await page.getByTestId("open-file-input").setInputFiles({
    name: `generated-${n}.json`,
    mimeType: "application/json",
    buffer: Buffer.from(text),
  });
  await page.getByTestId("banner").filter({ hasText: "Opened" }).waitFor({ timeout: 120000 });
  // Nothing selected: the inspector shows the design's requirements.
  await page.keyboard.press("Escape");
  await page.getByTestId("design-inspector").waitFor();
  return { context, page };
}

/**
 * Times `edits` edits in the inspector on the open page. With `label`
 * null, each edit toggles a requirement (nothing selected) and is done
 * when the findings panel shows the new findings (a change in the panel
 * while it is not marked `aria-busy="true"`, which is how it says
 * "checking…"); with `label` a node's id (that node selected), each edit
 * renames the node and is done when the node on the canvas carries the new
 * name. Gives, for each edit, the time from the edit to its being done
 * (`dom`), to the next painted frame after that (`frame`), and the longest
 * main-thread task (Chromium's "longtask" entries, which only exist for
 * tasks over 50 ms: none means every task was shorter).
 */
function timeEdits({ edits, label }) {
  return new Promise((done) => {
    const watched = document.querySelector(label ? "[data-testid=canvas]" : "[data-testid=findings]");
    const name = (i) => `bench ${i}`;
    const edit = (i) => {
      if (!label) {
        document.querySelector("[data-testid=req-no-egress]").click();
        return;
      }
      const input = document.querySelector("[data-testid=node-label]");
      input.value = name(i);
      input.dispatchEvent(new Event("change", { bubbles: true }));
    };
    const isDone = (i) =>
      label
        ? document.querySelector(`[data-testid="node-${label}"]`)?.getAttribute("aria-label")?.endsWith(`: ${name(i)}`)
        : watched.getAttribute("aria-busy") !== "true";
    const longTasks = [];
    const tasks = new PerformanceObserver((list) => longTasks.push(...list.getEntries()));
    tasks.observe({ type: "longtask" });
    const out = [];
    const one = (i) =>
      new Promise((resolve) => {
        let dom = null;
        const start = performance.now();
        const finish = () => {
          observer.disconnect();
          clearTimeout(timeout);
          const end = performance.now();
          // The task entries arrive after their task: wait a moment.
          setTimeout(() => {
            const mine = longTasks.filter((e) => e.startTime + e.duration >= start && e.startTime <= end);
            const longest = Math.max(0, ...mine.map((e) => e.duration));
            resolve({ dom: dom - start, frame: end - start, longest });
          }, 20);
        };
        const observer = new MutationObserver(() => {
          if (dom !== null || !isDone(i)) return;
          dom = performance.now();
          requestAnimationFrame(() => setTimeout(finish, 0));
        });
        observer.observe(watched, { subtree: true, childList: true, characterData: true, attributes: true });
        // An edit that never shows: give up on it after 10 s.
        const timeout = setTimeout(() => {
          observer.disconnect();
          resolve(null);
        }, 10000);
        edit(i);
      });
    (async () => {
      for (let i = 0; i < edits; i++) {
        out.push(await one(i));
        // Let the page settle, as between a user's clicks.
        await new Promise((r) => setTimeout(r, 50));
      }
      tasks.disconnect();
      done(out);
    })();
  });
}

const ms = (v) => `${v.toFixed(1)} ms`;
const spread = (values) => `median ${ms(quantile(values, 0.5))}, p90 ${ms(quantile(values, 0.9))}`;
const target = (n, targets) => (targets[n] ? ` (target: within ${targets[n]} ms)` : "");

/**
 * Times `edits` edits on the open page of `n` nodes (see `timeEdits`) and
 * prints the figures, `what` naming the edit and what shows it done, and
 * `targets` the time to paint aimed at, by size.
 */
async function printEdits(page, n, edits, label, what, targets = {}) {
  const all = await page.evaluate(timeEdits, { edits, label });
  const samples = all.filter((s) => s !== null);
  const head = `browser: ${what}, ${String(n).padStart(5)} nodes:`;
  if (samples.length === 0) {
    console.log(`${head} no edit showed within 10 s`);
    return;
  }
  const longest = Math.max(...samples.map((s) => s.longest));
  const tasks = longest > 0 ? `${longest.toFixed(0)} ms` : "none over 50 ms";
  console.log(
    `${head} ${spread(samples.map((s) => s.dom))}; to the next painted frame: ` +
      `${spread(samples.map((s) => s.frame))}${target(n, targets)}; ` +
      `longest main-thread task during an edit: ${tasks} (${samples.length} of ${edits} edits)`,
  );
}

/**
 * The centre, in page pixels, of a node (not a zone) drawn in full on the
 * canvas, on screen, with room to its right for a drag, and its id.
 */
function drawnNode() {
  const canvas = document.querySelector("[data-testid=canvas]").getBoundingClientRect();
  for (const node of document.querySelectorAll("[data-testid=canvas] .nodes [data-node-id]")) {
    const card = node.querySelector(".card").getBoundingClientRect();
    const x = card.x + card.width / 2;
    const y = card.y + card.height / 2;
    const inside = x > canvas.left + 20 && x < canvas.right - 300 && y > canvas.top + 20 && y < canvas.bottom - 60;
    if (inside && document.elementFromPoint(x, y)?.closest("[data-node-id]") === node) {
      return { id: node.dataset.nodeId, x, y };
    }
  }
  return null;
}

/**
 * Drags the node at (`x`, `y`) with `moves` real pointer moves, one at a
 * time: each move waits for the frame painted after it. In the page, a
 * capture listener on the canvas notes the time of each pointermove and of
 * the next animation frame's callback followed by a task (the frame has
 * then been painted). Prints that move-to-paint time, and the main
 * thread's time per move in script, style and layout, from Chromium's own
 * counters.
 */
async function drag(page, n, { x, y }, moves = 60) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  const counters = async () => {
    const { metrics } = await cdp.send("Performance.getMetrics");
    const get = (name) => metrics.find((m) => m.name === name).value * 1000;
    return { script: get("ScriptDuration"), style: get("RecalcStyleDuration"), layout: get("LayoutDuration") };
  };
  await page.evaluate(() => {
    const samples = (window.benchMoves = []);
    document.querySelector("[data-testid=canvas]").addEventListener(
      "pointermove",
      () => {
        const start = performance.now();
        requestAnimationFrame(() =>
          setTimeout(() => {
            samples.push(performance.now() - start);
            window.benchWake?.();
          }, 0),
        );
      },
      { capture: true },
    );
  });
  // Resolves once `count` moves have been painted (false after 10 s).
  const painted = (count) =>
    page.evaluate(
      (count) =>
        new Promise((resolve) => {
          const timeout = setTimeout(() => resolve(false), 10000);
          window.benchWake = () => window.benchMoves.length >= count && (clearTimeout(timeout), resolve(true));
          window.benchWake();
        }),
      count,
    );
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 2, y + 2);
  let seen = 1;
  await painted(seen);
  const before = await counters();
  let ok = 0;
  for (let i = 1; i <= moves; i++) {
    await page.mouse.move(x + 2 + i * 3, y + 2 + (i % 7));
    if (await painted(seen + 1)) {
      seen += 1;
      ok += 1;
    }
  }
  const after = await counters();
  await page.mouse.up();
  const samples = (await page.evaluate(() => window.benchMoves)).slice(1);
  const per = (key) => ms((after[key] - before[key]) / moves);
  const head = `browser: drag, ${String(n).padStart(5)} nodes:`;
  if (samples.length === 0) {
    console.log(`${head} no pointer-move was painted within 10 s`);
    return;
  }
  console.log(
    `${head} pointer-move -> next painted frame ${spread(samples)}${target(n, { 1000: 16, 5000: 33 })}; ` +
      `per move: script ${per("script")}, style ${per("style")}, layout ${per("layout")} ` +
      `(${ok} of ${moves} moves painted)`,
  );
}

/**
 * Opens the document of `n` nodes and measures it: `toggles` requirement
 * toggles (edit -> findings), then, with a node drawn on screen selected,
 * `renames` renames of it (edit -> canvas) and, if `drags`, a drag of it.
 */
async function measure(n, { toggles = 0, renames = 0, drags = false }) {
  const { context, page } = await open(n);
  try {
    if (toggles > 0) {
      await printEdits(page, n, toggles, null, "edit (requirement) -> findings updated");
    }
    if (renames === 0 && !drags) return;
    const node = await page.evaluate(drawnNode);
    if (!node) {
      console.log(`browser: ${String(n).padStart(5)} nodes: no node drawn on screen to rename or drag`);
      return;
    }
    await page.mouse.click(node.x, node.y);
    await page.getByTestId("node-inspector").waitFor();
    if (renames > 0) {
      await printEdits(page, n, renames, node.id, "edit (node renamed) -> canvas updated", { 1000: 33 });
    }
    if (drags) await drag(page, n, node);
  } finally {
    await context.close();
  }
}

/**
 * The memory in use with the document of `n` nodes open: the JavaScript
 * heap (Chromium's JSHeapUsedSize) and the WebAssembly memory (its
 * buffer's size, which only grows). The module's glue returns the running
 * instance's exports when it is initialised again.
 */
async function memory(n) {
  const { context, page } = await open(n);
  const cdp = await context.newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("Performance.enable");
  const { metrics } = await cdp.send("Performance.getMetrics");
  const heap = metrics.find((m) => m.name === "JSHeapUsedSize").value;
  const wasm = await page.evaluate(async () => {
    const glue = await import(new URL("airlock-web.js", document.baseURI).href);
    const exports = await glue.default();
    return exports.memory.buffer.byteLength;
  });
  await context.close();
  const mib = (bytes) => `${(bytes / 1048576).toFixed(1)} MiB`;
  console.log(
    `browser: memory with ${String(n).padStart(5)} nodes open: JS heap ${mib(heap)} used, WebAssembly memory ${mib(wasm)}`,
  );
}

try {
  // Fewer edits at the big sizes: each one reloads nothing, but opening
  // and checking them is slow enough already.
  await measure(100, { toggles: 20, renames: 20, drags: true });
  await measure(500, { drags: true });
  await measure(1000, { toggles: 20, renames: 20, drags: true });
  await measure(5000, { toggles: 10, renames: 10, drags: true });
  await measure(10000, { toggles: 5, renames: 5 });
  await memory(10000);
} finally {
  await browser.close();
}
