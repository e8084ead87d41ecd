// Browser benchmark for the editor (figures, never assertions):
//
//   node scripts/bench-browser.mjs URL DOCS_DIR
//
// URL serves the built app (dist/); DOCS_DIR holds generated documents
// (`cargo bench --bench emit -- DIR 100 500 1000 5000 10000`). For 100,
// 1,000, 5,000 and 10,000 nodes it prints the time from an edit (a
// requirement toggled in the inspector) to the updated findings being in
// the page, and to the next frame being painted, and the longest
// main-thread task during an edit; for 500 nodes, the script (JavaScript +
// WebAssembly) time per pointer-move while dragging a node, from Chromium's
// own counters; for 10,000 nodes, the memory in use once the design is open.
// Targets: edit to findings within one frame (16 ms) at 1,000 nodes and
// within 100 ms at 10,000; no main-thread task over 50 ms; at most 4 ms of
// script per move at 500 nodes.

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
 * Times `edits` edits (a requirement toggled in the inspector) on the open
 * page: from the click to the findings panel showing the new findings (a
 * change in the panel while it is not marked `aria-busy="true"`, which is
 * how it says "checking…"), to the next painted frame after that, and the
 * longest main-thread task of each edit (Chromium's "longtask" entries,
 * which only exist for tasks over 50 ms: none means every task was shorter).
 */
function timeEdits(edits) {
  return new Promise((done) => {
    const box = document.querySelector("[data-testid=req-no-egress]");
    const findings = document.querySelector("[data-testid=findings]");
    const longTasks = [];
    const tasks = new PerformanceObserver((list) => longTasks.push(...list.getEntries()));
    tasks.observe({ type: "longtask" });
    const out = [];
    const one = () =>
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
          if (dom !== null || findings.getAttribute("aria-busy") === "true") return;
          dom = performance.now();
          requestAnimationFrame(() => setTimeout(finish, 0));
        });
        observer.observe(findings, { subtree: true, childList: true, characterData: true, attributes: true });
        // A check that never shows: give up on this edit after 10 s.
        const timeout = setTimeout(() => {
          observer.disconnect();
          resolve(null);
        }, 10000);
        box.click();
      });
    (async () => {
      for (let i = 0; i < edits; i++) {
        out.push(await one());
        // Let the page settle, as between a user's clicks.
        await new Promise((r) => setTimeout(r, 50));
      }
      tasks.disconnect();
      done(out);
    })();
  });
}

async function editToFindings(n, edits) {
  const { context, page } = await open(n);
  const all = await page.evaluate(timeEdits, edits);
  await context.close();
  const samples = all.filter((s) => s !== null);
  if (samples.length === 0) {
    console.log(`browser: edit -> findings updated, ${String(n).padStart(5)} nodes: no edit showed its findings within 10 s`);
    return;
  }
  const dom = samples.map((s) => s.dom);
  const frame = samples.map((s) => s.frame);
  const longest = Math.max(...samples.map((s) => s.longest));
  const tasks = longest > 0 ? `${longest.toFixed(0)} ms` : "none over 50 ms";
  console.log(
    `browser: edit -> findings updated, ${String(n).padStart(5)} nodes: median ${quantile(dom, 0.5).toFixed(1)} ms, ` +
      `p90 ${quantile(dom, 0.9).toFixed(1)} ms; to the next painted frame: median ${quantile(frame, 0.5).toFixed(1)} ms; ` +
      `longest main-thread task during an edit: ${tasks} (${samples.length} of ${edits} edits)`,
  );
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

async function dragScript(n, moves = 60) {
  const { context, page } = await open(n);
  const cdp = await context.newCDPSession(page);
  await cdp.send("Performance.enable");
  const node = page.locator("[data-testid=canvas] .nodes [data-kind=glue-job]").first();
  const box = await node.boundingBox();
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  const scriptTime = async () => {
    const { metrics } = await cdp.send("Performance.getMetrics");
    return metrics.find((m) => m.name === "ScriptDuration").value * 1000;
  };
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 2, y + 2);
  const before = await scriptTime();
  for (let i = 1; i <= moves; i++) {
    await page.mouse.move(x + 2 + i * 3, y + 2 + (i % 7));
  }
  const after = await scriptTime();
  await page.mouse.up();
  await context.close();
  console.log(
    `browser: drag, script time per pointer-move, ${String(n).padStart(5)} nodes: ${((after - before) / moves).toFixed(2)} ms (${moves} moves)`,
  );
}

try {
  // Fewer edits at the big sizes: each one reloads nothing, but opening
  // and checking them is slow enough already.
  await editToFindings(100, 20);
  await editToFindings(1000, 20);
  await editToFindings(5000, 10);
  await editToFindings(10000, 5);
  await dragScript(500);
  await memory(10000);
} finally {
  await browser.close();
}
