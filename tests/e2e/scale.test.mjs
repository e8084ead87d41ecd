// Big designs stay light on the page (issues 12 and 16): the canvas draws
// what is on screen, and past its budget the rest as outlines that still
// take a press; the findings list shows its first hundred and more on
// demand.

import assert from "node:assert/strict";
import test from "node:test";
import { AirlockApp, bigDesign, findingIds, openFile } from "./app.mjs";

/** 1,000 S3 buckets in a 25 × 40 grid, 150 × 60 apart: `s3-0` … */
function grid() {
  const nodes = [];
  for (let i = 0; i < 1000; i++) {
    nodes.push({ id: `s3-${i}`, kind: "s3-bucket", x: (i % 25) * 150, y: Math.floor(i / 25) * 60 });
  }
  return JSON.stringify({ airlock: 2, title: "A grid of 1,000", nodes, flows: [] });
}

async function open(page, name, text) {
  await openFile(page, name, text);
  await page.getByTestId("banner").filter({ hasText: "Opened" }).waitFor({ timeout: 60000 });
  await page.locator("[data-testid=findings][aria-busy=false]").waitFor({ timeout: 60000 });
}

/** The ids of the nodes drawn in full. */
function drawn(page) {
  return page.locator("[data-testid=canvas] .nodes g.node").evaluateAll((gs) => gs.map((g) => g.dataset.nodeId));
}

/** Client coordinates of canvas point (`x`, `y`), from the drawing's transform. */
async function toClient(page, x, y) {
  return page.getByTestId("canvas").evaluate(
    (svg, [x, y]) => {
      const m = svg.querySelector(":scope > g").getAttribute("transform").match(/scale\(([^)]+)\) translate\(([^ ]+) ([^)]+)\)/);
      const [zoom, tx, ty] = m.slice(1).map(Number);
      const r = svg.getBoundingClientRect();
      return { x: r.left + (x + tx) * zoom, y: r.top + (y + ty) * zoom };
    },
    [x, y],
  );
}

test("a big design: only what is on screen is drawn; zoomed out, the rest are outlines a press selects", async (t) => {
  const app = await AirlockApp.open(t);
  const page = app.page;
  await open(page, "grid.json", grid());

  // Opened, it fits the view: all thousand on screen, 600 drawn in full
  // and 400 as one outline path.
  await page.getByTestId("crowd-nodes").waitFor();
  const all = await drawn(page);
  assert.equal(all.length, 600);
  assert.deepEqual(all.slice(0, 3), ["s3-0", "s3-1", "s3-2"]);
  assert.ok(!all.includes("s3-999"));
  const elements = await page.getByTestId("canvas").evaluate((svg) => svg.getElementsByTagName("*").length);
  assert.ok(elements < 12000, `${elements} elements in the canvas`);
  const outlines = await page.getByTestId("crowd-nodes").getAttribute("d");
  assert.equal(outlines.match(/M/g).length, 400);

  // A press on an outline selects its node, which is then drawn in full.
  const at = await toClient(page, (999 % 25) * 150 + 20, Math.floor(999 / 25) * 60 + 20);
  await page.mouse.click(at.x, at.y);
  await page.getByTestId("node-inspector").waitFor();
  await page.locator("[data-testid=canvas] .nodes g.node.selected[data-node-id=s3-999]").waitFor();
  const selected = await page.locator("[data-testid=canvas] g.node.selected").evaluateAll((gs) => gs.map((g) => g.dataset.nodeId));
  assert.deepEqual(selected, ["s3-999"]);

  // Zoomed in to 100 % or more: only the nodes on screen (and a margin), no crowd.
  const zoomIn = page.getByRole("button", { name: "Zoom in", exact: true });
  const zoom = page.locator("span.zoom");
  for (let i = 0; i < 20 && parseInt(await zoom.textContent(), 10) < 100; i++) await zoomIn.click();
  assert.ok(parseInt(await zoom.textContent(), 10) >= 100, `zoomed to ${await zoom.textContent()}`);
  await page.getByTestId("crowd-nodes").waitFor({ state: "detached" });
  const near = await drawn(page);
  assert.ok(near.length > 20 && near.length < 400, `${near.length} drawn at 100 %`);
  assert.ok(near.includes("s3-512"), "the middle of the grid is drawn");
  assert.ok(!near.includes("s3-0") && !near.includes("s3-999"), "the far corners are not");
});

test("many findings: the list shows the first hundred and more on demand", async (t) => {
  const app = await AirlockApp.open(t);
  const page = app.page;
  await open(page, "big.json", await bigDesign(300));
  const total = Number(await page.getByTestId("findings-count").textContent());
  assert.ok(total > 200, `${total} findings`);
  assert.equal((await findingIds(page)).length, 100);
  const more = page.getByTestId("findings-more");
  assert.equal(await more.textContent(), `Show 100 more (${total - 100} not shown yet)`);
  await more.click();
  await page.waitForFunction(() => document.querySelectorAll("[data-testid=findings] li.finding").length === 200);
  assert.equal(await more.textContent(), `Show 100 more (${total - 200} not shown yet)`);
});
