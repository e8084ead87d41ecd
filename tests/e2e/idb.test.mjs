// Designs bigger than localStorage allows: the records are kept in
// IndexedDB (the index stays in localStorage), records kept in
// localStorage by an earlier version move there, two tabs still follow
// each other, and without IndexedDB designs are kept in localStorage.

import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import test from "node:test";
import { AirlockApp, keptRecords, openFile, openTemplate, titles, untilRecords } from "./app.mjs";

const examples = new URL("../../static/examples/", import.meta.url);

/** A design of `stores` S3 buckets with 1,000 long dataset names each: about 0.2 MB a store. */
function hugeDesign(stores) {
  const name = (s, d) => `s${s}-d${d}-`.padEnd(190, "x");
  const region = { id: "region", kind: "aws-region", x: 0, y: 0, w: 1800, h: 1000 };
  const nodes = Array.from({ length: stores }, (_, s) => ({
    id: `s3-${s}`,
    kind: "s3-bucket",
    parent: "region",
    x: 40 + (s % 8) * 200,
    y: 60 + Math.floor(s / 8) * 160,
    props: { datasets: Array.from({ length: 1000 }, (_, d) => ({ name: name(s, d) })) },
  }));
  return JSON.stringify({ airlock: 2, title: "Huge catalogue", nodes: [region, ...nodes], flows: [] });
}

test("a design bigger than localStorage allows is kept, listed, and reopens after a reload", async (t) => {
  const app = await AirlockApp.open(t);
  const page = app.page;
  const text = hugeDesign(36);
  assert.ok(text.length > 6 * 1024 * 1024 && text.length < 16 * 1024 * 1024, `${text.length} bytes`);
  // The test means something: localStorage alone refuses it.
  const refused = await page.evaluate((text) => {
    try {
      localStorage.setItem("probe", text);
      localStorage.removeItem("probe");
      return false;
    } catch {
      return true;
    }
  }, text);
  assert.ok(refused, "localStorage keeps a design this big: the test proves nothing");

  await openFile(page, "huge.json", text);
  await Promise.race([
    app.byTestId("doc-title").filter({ hasText: "Huge catalogue" }).waitFor(),
    app.byTestId("banner").waitFor().then(async () => assert.fail(await app.byTestId("banner").innerText())),
  ]);
  const records = await untilRecords(page, (r) => Object.values(titles(r)).includes("Huge catalogue") && r);
  const key = Object.keys(records).find((k) => titles(records)[k] === "Huge catalogue");
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), key), null, "the record is in IndexedDB");
  const refusals = app.byTestId("banner").filter({ hasText: /Autosave is off|did not keep/ });
  assert.equal(await refusals.count(), 0, "no quota message");

  await page.reload();
  await app.byTestId("doc-title").filter({ hasText: "Huge catalogue" }).waitFor();
  assert.equal(await page.locator("[data-testid=canvas] [data-kind]").count(), 37);
  await app.byTestId("open-designs").click();
  const row = app.byTestId("designs").locator("li.design").filter({ has: page.getByText("Huge catalogue", { exact: true }) });
  assert.match(await row.locator(".meta").innerText(), /^37 nodes · \d+\.\d MB · /);
});

test("records kept in localStorage by the previous version move to IndexedDB and reopen", async (t) => {
  const app = await AirlockApp.open(t);
  const page = app.page;
  const dms = await readFile(new URL("dms-over-ssl-where-ipsec-required.json", examples), "utf8");
  const key = "airlock.design.00000000000000aa";
  await page.evaluate(
    ([key, dms]) => {
      localStorage.clear();
      sessionStorage.clear();
      localStorage.setItem(key, dms);
    },
    [key, dms],
  );
  await page.reload();
  await app.byTestId("doc-title").filter({ hasText: "DMS" }).waitFor();
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), key), null, "moved out of localStorage");
  assert.equal((await keptRecords(page))[key], dms, "into IndexedDB, unchanged");
  await page.reload();
  await app.byTestId("doc-title").filter({ hasText: "DMS" }).waitFor();
});

test("two tabs follow each other's changes kept in IndexedDB", async (t) => {
  const app = await AirlockApp.open(t);
  await openTemplate(app, "dms-over-ssl-where-ipsec-required");
  await untilRecords(app.page, (r) => Object.values(titles(r)).includes("DMS with table mapping over SSL"));
  const other = await app.openTab(t);
  await other.byTestId("doc-title").filter({ hasText: "DMS" }).waitFor();
  // Renamed in the first tab: the second shows the new version.
  await app.byTestId("open-designs").click();
  await app.byTestId("design-rename").first().click();
  await app.byTestId("design-title-input").fill("Renamed in tab A");
  await app.byTestId("design-title-input").press("Enter");
  await other.byTestId("banner").filter({ hasText: "Another tab changed" }).waitFor();
  await other.byTestId("doc-title").filter({ hasText: "Renamed in tab A" }).waitFor();
});

test("without IndexedDB, designs are kept in localStorage", async (t) => {
  const app = await AirlockApp.open(t);
  await app.context.addInitScript(() => {
    Object.defineProperty(window, "indexedDB", { value: undefined, configurable: true });
  });
  await app.page.reload();
  await app.shell.waitFor();
  await openTemplate(app, "dms-over-ssl-where-ipsec-required");
  await app.page.waitForFunction(() =>
    Object.entries(localStorage).some(([k, v]) => k.startsWith("airlock.design.") && v.includes("DMS with table mapping")),
  );
  await app.page.reload();
  await app.byTestId("doc-title").filter({ hasText: "DMS" }).waitFor();
});
