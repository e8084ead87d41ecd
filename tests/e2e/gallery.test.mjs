// The template gallery: each template's card shows a thumbnail of the
// design (the SVG export of it, from the app's own examples/thumbs/) and
// its verdict.

import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { test } from "node:test";
import { AirlockApp } from "./app.mjs";

const index = JSON.parse(await readFile(new URL("../../static/examples/index.json", import.meta.url), "utf8"));

test("every template's card shows its thumbnail, loaded from the app's own files", async (t) => {
  const app = await AirlockApp.open(t);
  const page = app.page;
  await page.setViewportSize({ width: 1280, height: 800 });
  const thumbs = [];
  page.on("request", (r) => {
    if (r.url().includes("/examples/thumbs/")) thumbs.push(r.url().slice(r.url().indexOf("examples/")));
  });
  await app.byTestId("open-templates").click();
  const gallery = app.byTestId("gallery");
  await gallery.waitFor();
  for (const e of index.examples) {
    const img = app.byTestId(`template-${e.file.replace(/\.json$/, "")}`).locator("img.thumb");
    await img.scrollIntoViewIfNeeded();
    assert.equal(await img.getAttribute("src"), `examples/thumbs/${e.file.replace(/\.json$/, ".svg")}`);
    // Drawn: the browser decoded an image with the design's proportions.
    await page.waitForFunction((el) => el.complete && el.naturalWidth > 0, await img.elementHandle());
    const [w, h] = await img.evaluate((el) => [el.naturalWidth, el.naturalHeight]);
    assert.ok(w > 100 && h > 50, `${e.file}: ${w}×${h}`);
  }
  assert.equal(new Set(thumbs).size, index.examples.length, "each thumbnail fetched from examples/thumbs/");
  await app.byTestId("template-glue-selects-non-sensitive-tables-over-vpn").scrollIntoViewIfNeeded();
  await app.screenshot("gallery-1280");
  await page.setViewportSize({ width: 390, height: 844 });
  await app.screenshot("gallery-390");
});
