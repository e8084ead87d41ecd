// Browser benchmark for the editor (figures, never assertions):
//
//   node scripts/bench-browser.mjs URL DOCS_DIR
//
// URL serves the built app (dist/); DOCS_DIR holds generated documents
// (`cargo bench --bench emit -- DIR 100 500 1000`). For 100 and 1,000 nodes
// it prints the time from an edit (a requirement toggled in the inspector)
// to the updated findings being in the page, and to the next frame being
// painted; for 500 nodes, the script (JavaScript + WebAssembly) time per
// pointer-move while dragging a node, from Chromium's own counters.
// Targets: edit to findings within one frame (16 ms) at 1,000 nodes; at most
// 4 ms of script per move at 500 nodes.

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
  await page.getByTestId("banner").filter({ hasText: "Opened" }).waitFor();
  // Nothing selected: the inspector shows the design's requirements.
  await page.keyboard.press("Escape");
  await page.getByTestId("design-inspector").waitFor();
  return { context, page };
}

async function editToFindings(n, edits = 20) {
  const { context, page } = await open(n);
  const samples = await page.evaluate(async (edits) => {
    const box = document.querySelector("[data-testid=req-no-egress]");
    const findings = document.querySelector("[data-testid=findings]");
    const out = [];
    for (let i = 0; i < edits; i++) {
      const result = await new Promise((resolve) => {
        let dom = null;
        const observer = new MutationObserver(() => {
          if (dom === null) dom = performance.now();
        });
        observer.observe(findings, { subtree: true, childList: true, characterData: true, attributes: true });
        const start = performance.now();
        box.click();
        // The first frame painted after the edit.
        requestAnimationFrame(() =>
          setTimeout(() => {
            observer.disconnect();
            resolve({ dom: (dom ?? performance.now()) - start, frame: performance.now() - start });
          }, 0),
        );
      });
      out.push(result);
    }
    return out;
  }, edits);
  await context.close();
  const dom = samples.map((s) => s.dom);
  const frame = samples.map((s) => s.frame);
  console.log(
    `browser: edit -> findings updated, ${String(n).padStart(5)} nodes: median ${quantile(dom, 0.5).toFixed(1)} ms, ` +
      `p90 ${quantile(dom, 0.9).toFixed(1)} ms; to the next painted frame: median ${quantile(frame, 0.5).toFixed(1)} ms (${edits} edits)`,
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
  await editToFindings(100);
  await editToFindings(1000);
  await dragScript(500);
} finally {
  await browser.close();
}
