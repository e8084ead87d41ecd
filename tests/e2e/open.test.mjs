// Opening by pasting: a draw.io diagram (as draw.io copies shapes: URI-
// encoded XML) or a design pasted onto the canvas opens, while other text
// still pastes the editor's own copied nodes, once; Open → Paste text
// opens a share link; the draw.io dialog opens again from the Open menu,
// in the app's language; and an embed imports the page a docs page asks.

import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import test from "node:test";
import { AirlockApp, chooseLang } from "./app.mjs";

const examples = new URL("../../static/examples/", import.meta.url);
const BASTION = "bastion-tunnel-architecture.drawio.svg";
const bastion = new URL(`../fixtures/drawio/${BASTION}`, import.meta.url);

async function findingIds(page) {
  return page
    .locator("[data-testid=findings] li.finding")
    .evaluateAll((items) => items.map((li) => li.dataset.testid.replace(/^finding-/, "")).sort());
}

async function nodeCount(page) {
  return page.locator("[data-testid=canvas] [data-testid^=node-][data-kind]").count();
}

/** Dispatches a paste event carrying `text`, as the browser does on Ctrl+V. */
async function paste(page, text) {
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData("text/plain", text);
    const event = new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true });
    (document.activeElement ?? document.body).dispatchEvent(event);
  }, text);
}

/** A template's design as draw.io would put it on the clipboard. */
async function asCopiedFromDrawio(page, name) {
  const doc = JSON.parse(await readFile(new URL(`${name}.json`, examples), "utf8"));
  return page.evaluate((doc) => {
    const file = window.Airlock.exportDrawio(doc);
    return encodeURIComponent(file.match(/<mxGraphModel[\s\S]*<\/mxGraphModel>/)[0]);
  }, doc);
}

test("a diagram or a design pasted onto the canvas opens; other text pastes the editor's own nodes", async (t) => {
  const app = await AirlockApp.open(t);
  const page = app.page;
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.waitForFunction(() => window.Airlock);

  // draw.io's copied shapes: imported, with the import's dialog.
  await page.getByTestId("canvas").click({ position: { x: 5, y: 5 } });
  await paste(page, await asCopiedFromDrawio(page, "training-data-through-nat-without-tls"));
  const dialog = app.byTestId("imported-dialog");
  await dialog.waitFor();
  assert.match(await dialog.getByTestId("imported-summary").innerText(), /^the pasted text, page `Page-1`: 8 nodes and 2 flows\./);
  await dialog.getByTestId("imported-close").click();
  assert.deepEqual(await findingIds(page), ["EGR001@rds-train", "ENC002@rds-train", "ENC004@rds", "NET011@rds-train"]);

  // A design's JSON: opened as a file would be, undoably.
  const dms = await readFile(new URL("dms-over-ssl-where-ipsec-required.json", examples), "utf8");
  await paste(page, dms);
  await app.byTestId("doc-title").filter({ hasText: "DMS" }).waitFor();
  assert.deepEqual(await findingIds(page), ["ENC001@pg-dms"]);
  await app.byTestId("undo").click();
  assert.deepEqual(await findingIds(page), ["EGR001@rds-train", "ENC002@rds-train", "ENC004@rds", "NET011@rds-train"]);

  // Plain text: the editor's own paste of what Ctrl+C copied, once, with
  // the key press and its paste event both arriving.
  const before = await nodeCount(page);
  await page.getByTestId("node-rds").click();
  await page.keyboard.press("Control+C");
  await page.evaluate(() => {
    document.activeElement.dispatchEvent(new KeyboardEvent("keydown", { key: "v", ctrlKey: true, bubbles: true, cancelable: true }));
    const data = new DataTransfer();
    data.setData("text/plain", "just some words");
    document.activeElement.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await page.waitForFunction((n) => document.querySelectorAll("[data-testid=canvas] [data-testid^=node-][data-kind]").length === n + 1, before);
  await page.waitForTimeout(200);
  assert.equal(await nodeCount(page), before + 1, "pasted once");
  // A key press whose paste event never comes pastes all the same.
  await page.keyboard.press("Control+V");
  await page.waitForFunction((n) => document.querySelectorAll("[data-testid=canvas] [data-testid^=node-][data-kind]").length >= n + 2, before);
  await page.waitForTimeout(200);
  assert.equal(await nodeCount(page), before + 2, "pasted once more");
});

test("Open → Paste text opens a share link, and says so when the text is nothing it can open", async (t) => {
  const app = await AirlockApp.open(t);
  const page = app.page;
  await app.byTestId("open-templates").click();
  await app.byTestId("template-training-data-through-nat-without-tls").click();
  await app.byTestId("share-menu").click();
  await app.byTestId("share-link").click();
  const link = await app.byTestId("shown-text").inputValue();
  const shared = await findingIds(page);
  await page.keyboard.press("Escape");
  await app.byTestId("open-templates").click();
  await app.byTestId("template-dms-over-ssl-where-ipsec-required").click();
  assert.deepEqual(await findingIds(page), ["ENC001@pg-dms"]);

  await app.byTestId("open-menu").click();
  await app.byTestId("open-text").click();
  const dialog = app.byTestId("open-text-dialog");
  await dialog.waitFor();
  await dialog.getByTestId("open-text-input").fill("hello");
  await dialog.getByTestId("open-text-open").click();
  await app.byTestId("banner").filter({ hasText: "Paste a design, a draw.io diagram or a share link first." }).waitFor();
  assert.equal(await dialog.count(), 1, "the dialog stays, with what was pasted");
  await app.screenshot("open-text-dialog");

  await dialog.getByTestId("open-text-input").fill(`  ${link}\n`);
  await dialog.getByTestId("open-text-open").click();
  await app.byTestId("doc-title").filter({ hasText: "NAT gateway" }).waitFor();
  assert.equal(await dialog.count(), 0);
  assert.deepEqual(await findingIds(page), shared);
});

test("the draw.io dialog opens again from the Open menu, in the app's language", async (t) => {
  const app = await AirlockApp.open(t);
  const page = app.page;
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByTestId("open-file-input").setInputFiles({ name: BASTION, mimeType: "image/svg+xml", buffer: await readFile(bastion) });
  const dialog = app.byTestId("imported-dialog");
  await dialog.waitFor();
  await dialog.getByTestId("imported-close").click();
  assert.equal(await dialog.count(), 0);

  await app.byTestId("open-menu").click();
  assert.equal(await app.byTestId("reopen-import").innerText(), `draw.io import of ${BASTION}…`);
  await app.byTestId("reopen-import").click();
  await dialog.waitFor();
  assert.equal(await dialog.getByTestId("imported-count").getAttribute("data-count"), "14");

  // A kind chosen and applied there holds when the dialog comes back.
  await dialog.getByTestId("map-mxgraph.aws4.fargate").selectOption("ec2-instance");
  await dialog.getByTestId("imported-apply").click();
  await dialog.getByTestId("imported-summary").filter({ hasText: "6 nodes and 2 flows" }).waitFor();
  await page.keyboard.press("Escape");

  await chooseLang(page, "ko");
  await app.byTestId("open-menu").click();
  await app.byTestId("reopen-import").click();
  await dialog.waitFor();
  assert.match(await dialog.locator("h2, .modal-title").first().innerText(), /draw\.io에서 가져옴/);
  assert.match(await dialog.getByTestId("imported-summary").innerText(), /페이지 `ページ1`: 노드 6개, 흐름 2개\./);
  assert.equal(await dialog.getByTestId("map-mxgraph.aws4.fargate").inputValue(), "ec2-instance");
  // Why each cell was not understood, in Korean; ids and keys as they are.
  const why = dialog.locator("[data-testid=not-understood][data-cell-id='30'] td").nth(2);
  assert.equal(await why.innerText(), "출발지 `11`을(를) 이해하지 못함");
  await app.screenshot("drawio-dialog-ko");
});

test("an embed imports the draw.io page the docs page asks for", async (t) => {
  const app = await AirlockApp.open(t, { path: "?embed" });
  const page = app.page;
  await page.waitForFunction(() => window.Airlock);
  const docs = {};
  for (const name of ["dms-over-ssl-where-ipsec-required", "training-data-through-nat-without-tls"]) {
    docs[name] = JSON.parse(await readFile(new URL(`${name}.json`, examples), "utf8"));
  }
  const reply = await page.evaluate(async ({ one, two }) => {
    const page = (doc, name) => window.Airlock.exportDrawio(doc).match(/<diagram [\s\S]*<\/diagram>/)[0].replace(/name="[^"]*"/, `name="${name}"`);
    const file = `<mxfile>\n${page(one, "One")}\n${page(two, "Two")}\n</mxfile>`;
    const replies = [];
    addEventListener("message", (e) => e.data?.id === 3 && e.data.type !== "airlock:load" && replies.push(e.data));
    const ask = (options) => window.postMessage({ type: "airlock:load", id: 3, document: file, ...options }, location.origin);
    const answer = async () => {
      for (let i = 0; i < 200 && replies.length === 0; i++) await new Promise((ok) => setTimeout(ok, 20));
      return replies.shift();
    };
    ask({ page: "Two" });
    const byName = await answer();
    ask({ page: 1 });
    const byNumber = await answer();
    ask({ page: 3 });
    const missing = await answer();
    ask({ map: { "x": "no-such-kind" } });
    const badMap = await answer();
    return { byName, byNumber, missing, badMap };
  }, { one: docs["dms-over-ssl-where-ipsec-required"], two: docs["training-data-through-nat-without-tls"] });
  assert.equal(reply.byName.type, "airlock:findings");
  assert.equal(reply.byName.page, "Two");
  assert.deepEqual(reply.byName.pages, ["One", "Two"]);
  assert.deepEqual(reply.byName.report.findings.map((f) => f.id).sort(), ["EGR001@rds-train", "ENC002@rds-train", "ENC004@rds", "NET011@rds-train"]);
  assert.equal(reply.byNumber.page, "One");
  assert.deepEqual(reply.byNumber.report.findings.map((f) => f.id), ["ENC001@pg-dms"]);
  assert.equal(reply.missing.type, "airlock:error");
  assert.deepEqual(reply.missing.errors, ["no page 3 in the file; its pages are 1 `One`, 2 `Two`"]);
  assert.equal(reply.badMap.type, "airlock:error");
  assert.deepEqual(reply.badMap.errors, ["draw.io options: `no-such-kind` (for `x`) is not a kind"]);
  await app.byTestId("node-pg").waitFor();
});
