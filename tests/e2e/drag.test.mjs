// A drop that would be refused says so during the drag, not after: the
// status line says why, and the ghost or the dragged node looks refused
// (issue 13). The rule is the one that refuses the drop.

import assert from "node:assert/strict";
import test from "node:test";
import { Editor } from "./editor.mjs";

const why = /Private subnet can only be placed inside: VPC/;

async function status(page) {
  return page.getByTestId("status").innerText();
}

async function classes(locator) {
  return (await locator.getAttribute("class")).split(/\s+/);
}

test("dragging a subnet from the palette outside a VPC says, before the drop, that it would be refused", async (t) => {
  const ed = await Editor.open(t);
  const page = ed.page;
  await ed.drag("vpc", 400, 260);
  const c = await ed.canvasBox();
  const item = ed.app.byTestId("palette-private-subnet");
  const from = await ed.centre(item);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();

  // Over empty canvas: refused, and said while the button is still down.
  await page.mouse.move(c.x + 900, c.y + 600, { steps: 6 });
  await page.waitForFunction(() => document.querySelector("[data-testid=palette]").classList.contains("refusing"));
  assert.match(await status(page), why);
  const ghost = page.locator(".palette .ghost");
  assert.equal(await ghost.isVisible(), true);
  assert.equal(await ghost.evaluate((g) => getComputedStyle(g, "::before").content), '"⊘\u00a0"', "a no-entry sign, not colour alone");
  await ed.app.screenshot("drag-palette-refused");

  // Over the VPC: allowed, and the status line says so no more.
  await page.mouse.move(c.x + 400, c.y + 260, { steps: 6 });
  await page.waitForFunction(() => !document.querySelector("[data-testid=palette]").classList.contains("refusing"));
  assert.doesNotMatch(await status(page), why);

  // Out again and dropped: refused, as it said.
  await page.mouse.move(c.x + 900, c.y + 600, { steps: 6 });
  await page.waitForFunction(() => document.querySelector("[data-testid=palette]").classList.contains("refusing"));
  await page.mouse.up();
  assert.match(await status(page), why);
  assert.deepEqual(await ed.kindsOnCanvas(), ["vpc"]);
  assert.ok(!(await classes(ed.app.palette)).includes("refusing"), "the drag is over");
});

test("dragging a subnet out of its VPC says, before the drop, that it would snap back", async (t) => {
  const ed = await Editor.open(t);
  const page = ed.page;
  await ed.drag("vpc", 400, 260);
  await ed.drag("private-subnet", 300, 260);
  const p = await ed.centre(ed.node("private-subnet").locator(".tab"));
  await page.mouse.move(p.x, p.y);
  await page.mouse.down();

  // Out of the VPC: the canvas shows the drag refused, the status line why.
  await page.mouse.move(p.x + 600, p.y + 300, { steps: 6 });
  await page.waitForFunction(() => document.querySelector("[data-testid=canvas]").classList.contains("refusing"));
  assert.match(await status(page), why);
  const area = ed.node("private-subnet").locator(".area");
  assert.equal(await area.evaluate((a) => getComputedStyle(a).strokeDasharray), "6px, 4px", "a dashed outline");
  assert.equal(await ed.app.canvas.evaluate((c) => getComputedStyle(c).cursor), "not-allowed");
  await ed.app.screenshot("drag-node-refused");

  // Back in: allowed again, before the drop.
  await page.mouse.move(p.x + 20, p.y + 10, { steps: 6 });
  await page.waitForFunction(() => !document.querySelector("[data-testid=canvas]").classList.contains("refusing"));
  assert.doesNotMatch(await status(page), why);
  await page.mouse.up();
  assert.doesNotMatch(await status(page), why, "the drop was allowed");
  await ed.selectNode("private-subnet");
  await page.getByTestId("node-inspector").getByText("in VPC").waitFor();
});
