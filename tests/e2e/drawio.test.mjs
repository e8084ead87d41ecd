// draw.io: a diagram opens through the file input, the "Imported from
// draw.io" dialog lists what was not understood, a kind chosen for an
// unknown shape imports the file again with it, and Export → draw.io gives
// a file that opens again with the same findings.

import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import test from "node:test";
import { AirlockApp } from "./app.mjs";

const fixtures = new URL("../fixtures/drawio/", import.meta.url);
const BASTION = "bastion-tunnel-architecture.drawio.svg";

/** Every finding in the findings panel, by id. */
async function findingIds(page) {
  return page
    .locator("[data-testid=findings] li.finding")
    .evaluateAll((items) => items.map((li) => li.dataset.testid.replace(/^finding-/, "")));
}

async function nodeIds(page) {
  return page
    .locator("[data-testid=canvas] [data-testid^=node-][data-kind]")
    .evaluateAll((els) => els.map((el) => el.dataset.testid.replace(/^node-/, "")).sort());
}

async function flowIds(page) {
  return page.locator("[data-testid=canvas] [data-flow-id][data-testid^=flow-]").evaluateAll((els) => els.map((el) => el.dataset.flowId));
}

/** Opens a file through the app's file input. */
async function openFile(page, name, buffer) {
  await page.getByTestId("open-file-input").setInputFiles({ name, mimeType: "application/octet-stream", buffer });
}

/** The number of cells the dialog says were not understood, and lists. */
async function notUnderstood(dialog) {
  const said = Number(await dialog.getByTestId("imported-count").getAttribute("data-count"));
  const listed = await dialog.getByTestId("not-understood").count();
  assert.equal(listed, said, "the dialog lists as many cells as it says");
  return said;
}

/** Clicks a button that starts a download; returns the file's text. */
async function download(page, testid, menu) {
  if (menu) await page.getByTestId(menu).click();
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByTestId(testid).click()]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), "utf8") };
}

test("a draw.io diagram opens, an unknown shape is mapped by hand, and the findings follow", async (t) => {
  const app = await AirlockApp.open(t);
  const page = app.page;
  await page.setViewportSize({ width: 1280, height: 800 });
  await openFile(page, BASTION, await readFile(new URL(BASTION, fixtures)));

  const dialog = app.byTestId("imported-dialog");
  await dialog.waitFor();
  assert.match(await dialog.getByTestId("imported-summary").innerText(), /bastion-tunnel-architecture\.drawio\.svg, page `ページ1`: 5 nodes and 0 flows/);
  assert.equal(await notUnderstood(dialog), 14);
  assert.deepEqual(await nodeIds(page), ["10", "6", "7", "8", "9"]);
  assert.deepEqual(await flowIds(page), []);
  // Grouped by style key, edges together; a kind to choose for each unknown shape.
  const keys = await dialog.getByTestId("imported-group").evaluateAll((els) => els.map((el) => el.dataset.key));
  assert.deepEqual(keys, ["umlActor", "mxgraph.aws4.fargate", "mxgraph.aws4.ecr", "mxgraph.aws4.parameter_store", "rect", "mxgraph.aws4.systems_manager", ""]);
  assert.match(await dialog.getByTestId("imported-count").innerText(), /Not understood on page `ページ1`: 14 shapes and edges/);
  for (const key of keys.filter((k) => k !== "")) assert.equal(await dialog.getByTestId(`map-${key}`).count(), 1, `a kind to choose for ${key}`);
  assert.equal(await dialog.getByTestId("imported-page").count(), 0, "one page: no page to choose");
  const actor = dialog.locator("[data-testid=not-understood][data-cell-id='11']");
  assert.deepEqual(await actor.locator("td").allInnerTexts(), ["11", "Actor", "a shape Airlock does not know: choose its kind above"]);
  const edge = dialog.locator("[data-testid=not-understood][data-cell-id='28']");
  assert.deepEqual(await edge.locator("td").allInnerTexts(), ["28", "Start Session ローカルポート:13306", "its source `11` was not understood"]);
  assert.equal(await edge.getAttribute("data-page"), "ページ1");
  assert.match(await dialog.innerText(), /edits made to the design since it was imported are replaced \(Undo brings them back\)/);

  await dialog.getByTestId("map-mxgraph.aws4.fargate").selectOption("ec2-instance");
  await app.screenshot("drawio-dialog-1280");
  await page.setViewportSize({ width: 390, height: 800 });
  await app.screenshot("drawio-dialog-390");
  await page.setViewportSize({ width: 1280, height: 800 });

  await dialog.getByTestId("imported-apply").click();
  await dialog.getByTestId("imported-summary").filter({ hasText: "6 nodes and 2 flows" }).waitFor();
  assert.equal(await notUnderstood(dialog), 11);
  assert.equal(await dialog.locator("[data-testid=imported-group][data-key='mxgraph.aws4.fargate']").count(), 0, "the Fargate shape came in");
  assert.equal(await dialog.getByTestId("map-mxgraph.aws4.fargate").inputValue(), "ec2-instance", "the choice stays, to change");
  // As `airlock check --format json --map mxgraph.aws4.fargate=ec2-instance` gives.
  assert.deepEqual(await nodeIds(page), ["10", "2", "6", "7", "8", "9"]);
  assert.deepEqual((await flowIds(page)).sort(), ["22", "23"]);
  assert.deepEqual(await findingIds(page), []);

  // One more shape mapped (ECR, whose images S3 holds): the Fargate choice
  // is remembered, and both apply together.
  await dialog.getByTestId("map-mxgraph.aws4.ecr").selectOption("s3-bucket");
  await dialog.getByTestId("imported-apply").click();
  await dialog.getByTestId("imported-summary").filter({ hasText: "7 nodes and 3 flows" }).waitFor();
  assert.equal(await notUnderstood(dialog), 9);
  await app.screenshot("drawio-dialog-applied");
  await page.keyboard.press("Escape");
  assert.equal(await app.byTestId("imported-dialog").count(), 0);
  // As `airlock check --format json --map mxgraph.aws4.fargate=ec2-instance
  // --map mxgraph.aws4.ecr=s3-bucket` gives: the arrow from the task in the
  // VPC to S3 has no endpoint or NAT gateway to go through.
  const FLOWS = ["19", "22", "23"];
  const FINDINGS = ["NET012@19"];
  const NODES = ["10", "2", "4", "6", "7", "8", "9"];
  assert.deepEqual(await nodeIds(page), NODES);
  assert.deepEqual((await flowIds(page)).sort(), FLOWS);
  assert.deepEqual(await findingIds(page), FINDINGS);

  // Each Apply replaced the design undoably: Undo goes back import by import.
  await app.byTestId("undo").click();
  assert.equal((await nodeIds(page)).length, 6);
  await app.byTestId("undo").click();
  assert.equal((await nodeIds(page)).length, 5);
  assert.deepEqual(await findingIds(page), []);
  await app.byTestId("redo").click();
  await app.byTestId("redo").click();
  assert.equal((await nodeIds(page)).length, 7);
  assert.deepEqual(await findingIds(page), FINDINGS);

  // Export → draw.io, and that file opens again with the same findings.
  const exported = await download(page, "export-drawio", "export-menu");
  assert.match(exported.name, /\.drawio$/);
  await openFile(page, exported.name, Buffer.from(exported.text));
  await dialog.waitFor();
  assert.match(await dialog.getByTestId("imported-summary").innerText(), /7 nodes and 3 flows/);
  await dialog.getByTestId("imported-close").click();
  assert.deepEqual(await nodeIds(page), NODES);
  assert.deepEqual((await flowIds(page)).sort(), FLOWS);
  assert.deepEqual(await findingIds(page), FINDINGS);
});

test("a multi-page file: the dialog chooses the page", async (t) => {
  const app = await AirlockApp.open(t);
  const page = app.page;
  // Two designs exported, put together as the two pages of one file.
  const exportTemplate = async (name) => {
    await app.byTestId("open-templates").click();
    await app.byTestId(`template-${name}`).click();
    const ids = await findingIds(page);
    return { ids, text: (await download(page, "export-drawio", "export-menu")).text };
  };
  const first = await exportTemplate("dms-over-ssl-where-ipsec-required");
  const second = await exportTemplate("glue-ingests-all-tables-then-filters");
  assert.notDeepEqual(first.ids, second.ids);
  const diagram = (text, name) => text.match(/<diagram [\s\S]*<\/diagram>/)[0].replace(/name="[^"]*"/, `name="${name}"`);
  const file = `<mxfile host="test">\n${diagram(first.text, "One")}\n${diagram(second.text, "Two")}\n</mxfile>\n`;
  await openFile(page, "two-pages.drawio", Buffer.from(file));

  const dialog = app.byTestId("imported-dialog");
  await dialog.waitFor();
  assert.match(await dialog.getByTestId("imported-summary").innerText(), /two-pages\.drawio, page `One`/);
  const select = dialog.getByTestId("imported-page");
  assert.deepEqual(await select.locator("option").allInnerTexts(), ["1 · One", "2 · Two"]);
  await app.screenshot("drawio-dialog-pages");
  await dialog.getByTestId("modal-close").click();
  assert.deepEqual(await findingIds(page), first.ids);

  // The dialog is gone; opening the file again shows it, and page 2 applies.
  await openFile(page, "two-pages.drawio", Buffer.from(file));
  await dialog.waitFor();
  await select.selectOption("2");
  await dialog.getByTestId("imported-apply").click();
  await dialog.getByTestId("imported-summary").filter({ hasText: "page `Two`" }).waitFor();
  assert.equal(await select.inputValue(), "2");
  await page.keyboard.press("Escape");
  assert.equal(await app.byTestId("imported-dialog").count(), 0);
  assert.deepEqual(await findingIds(page), second.ids);
});

test("a draw.io file dropped on the app opens the same dialog", async (t) => {
  const app = await AirlockApp.open(t);
  const bytes = [...(await readFile(new URL(BASTION, fixtures)))];
  await app.page.evaluate(
    ({ name, bytes }) => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(bytes)], name));
      const drop = new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true });
      document.querySelector("[data-testid=canvas]").dispatchEvent(drop);
    },
    { name: BASTION, bytes },
  );
  const dialog = app.byTestId("imported-dialog");
  await dialog.waitFor();
  assert.equal(await notUnderstood(dialog), 14);
  await dialog.getByTestId("map-mxgraph.aws4.fargate").selectOption("ec2-instance");
  await dialog.getByTestId("imported-apply").click();
  await dialog.getByTestId("imported-summary").filter({ hasText: "6 nodes and 2 flows" }).waitFor();
  assert.equal(await notUnderstood(dialog), 11);
});
