// Narrow windows: below 1,100 px the palette is a drawer over the canvas
// (its button at the canvas's top-left), so the canvas keeps its width;
// at phone width the canvas comes straight after the top bar.

import assert from "node:assert/strict";
import { test } from "node:test";
import { Editor } from "./editor.mjs";

const template = "training-data-through-nat-without-tls";

async function openAt(t, width, height) {
  const ed = await Editor.open(t);
  await ed.page.setViewportSize({ width, height });
  return ed;
}

test("at 1,280 px the palette is a column and there is no drawer button", async (t) => {
  const ed = await openAt(t, 1280, 800);
  assert.equal(await ed.app.palette.isVisible(), true);
  assert.equal(await ed.app.byTestId("palette-toggle").isVisible(), false);
});

test("at 800 px the palette is a drawer: the canvas keeps its width; a drop adds the node and closes it", async (t) => {
  const ed = await openAt(t, 800, 600);
  const page = ed.page;
  const toggle = ed.app.byTestId("palette-toggle");
  assert.equal(await ed.app.palette.isVisible(), false);
  assert.equal(await toggle.getAttribute("aria-expanded"), "false");
  const c = await ed.canvasBox();
  assert.ok(c.x < 5 && c.width >= 440, `the canvas starts at the left edge: ${JSON.stringify(c)}`);

  await toggle.click();
  await ed.app.palette.waitFor();
  assert.equal(await toggle.getAttribute("aria-expanded"), "true");
  const p = await ed.app.palette.boundingBox();
  assert.ok(p.x === 0 && p.width <= 260, `over the canvas's left edge: ${JSON.stringify(p)}`);
  // The button stays reachable beside the open drawer, and closes it.
  const b = await toggle.boundingBox();
  assert.ok(b.x >= p.x + p.width, JSON.stringify({ b, p }));
  await ed.app.screenshot("drawer-800-open");
  await toggle.click();
  await ed.app.palette.waitFor({ state: "hidden" });

  await ed.drag("s3-bucket", 340, 200);
  await ed.app.palette.waitFor({ state: "hidden" });
  assert.deepEqual(await ed.kindsOnCanvas(), ["s3-bucket"]);
  assert.equal(await toggle.getAttribute("aria-expanded"), "false");
});

test("at phone width the canvas follows the top bar and the findings it; the drawer adds from the keyboard", async (t) => {
  const ed = await openAt(t, 390, 844);
  const page = ed.page;
  await ed.app.byTestId("open-templates").click();
  await ed.app.byTestId(`template-${template}`).click();
  await page.getByTestId("finding-ENC002@rds-train").waitFor();
  const header = await ed.app.header.boundingBox();
  const c = await ed.canvasBox();
  assert.ok(Math.abs(c.y - (header.y + header.height)) < 40, `canvas right under the top bar: ${JSON.stringify({ header, c })}`);
  assert.ok(c.width >= 380, JSON.stringify(c));
  await ed.app.screenshot("drawer-390");

  const toggle = ed.app.byTestId("palette-toggle");
  await toggle.click();
  const item = ed.app.byTestId("palette-s3-bucket");
  await item.focus();
  await ed.app.screenshot("drawer-390-open");
  await page.keyboard.press("Enter");
  await ed.app.palette.waitFor({ state: "hidden" });
  assert.equal((await ed.kindsOnCanvas()).filter((k) => k === "s3-bucket").length, 2, "the template's bucket and the new one");
});
