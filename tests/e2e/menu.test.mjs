// The canvas's context menu and node labels on two lines, with real
// pointer and keyboard events (issue 13: an editor diagram users pick up
// without thinking).

import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import test from "node:test";
import { AirlockApp } from "./app.mjs";
import { Editor } from "./editor.mjs";

const NAT = "training-data-through-nat-without-tls";

async function openNat(ed) {
  await ed.page.getByTestId("open-templates").click();
  await ed.page.getByTestId(`template-${NAT}`).click();
  await ed.node("rds").waitFor();
}

const menu = (page) => page.getByTestId("context-menu");

/** The entries the open menu offers, as the user reads them. */
async function entries(page) {
  return menu(page)
    .getByRole("menuitem")
    .evaluateAll((items) => items.map((i) => i.querySelector("span").textContent));
}

/** Right-clicks the card of node `id` (a zone: its tab). */
async function rightClickNode(ed, id) {
  const p = await ed.centre(ed.node(id).locator(".card, .tab").first());
  await ed.page.mouse.click(p.x, p.y, { button: "right" });
  await menu(ed.page).waitFor();
}

const focusedTestId = (page) =>
  page.evaluate(() => document.activeElement?.dataset.testid ?? document.activeElement?.tagName);

test("right-click a node: Delete removes it and undo restores it; Duplicate copies it", async (t) => {
  const ed = await Editor.open(t);
  const page = ed.page;
  await openNat(ed);

  await rightClickNode(ed, "rds");
  assert.equal(await menu(page).getAttribute("role"), "menu");
  assert.deepEqual(await entries(page), ["Delete", "Duplicate", "Connect", "Show findings", "About this kind"]);
  assert.match(await ed.node("rds").getAttribute("class"), /\bselected\b/, "the node it was opened on is selected");
  await ed.app.screenshot("menu-on-a-node");
  await page.getByTestId("menu-delete").click();
  await menu(page).waitFor({ state: "detached" });
  assert.equal(await ed.node("rds").count(), 0, "the node is gone");
  assert.equal(await ed.flow("rds-train").count(), 0, "and the flow from it");
  await page.keyboard.press("Control+z");
  await ed.node("rds").waitFor();
  assert.equal(await ed.flow("rds-train").count(), 1, "undo brings both back");

  const cards = page.locator("[data-testid=canvas] g.node");
  const before = await cards.count();
  await rightClickNode(ed, "s3");
  await page.getByTestId("menu-duplicate").click();
  assert.equal(await cards.count(), before + 1);
  const copy = page.locator("[data-testid=canvas] g.node.selected");
  assert.equal(await copy.count(), 1, "the copy is selected");
  assert.notEqual(await copy.getAttribute("data-node-id"), "s3");
  assert.equal(await copy.getAttribute("aria-label"), await ed.node("s3").getAttribute("aria-label"));
});

test("Show findings lists the node's findings, as its badge does; a flow's menu edits its route", async (t) => {
  const ed = await Editor.open(t);
  const page = ed.page;
  await openNat(ed);
  await rightClickNode(ed, "rds");
  await page.getByTestId("menu-show-findings").click();
  assert.deepEqual(await ed.findingIds(), ["ENC004@rds"]);
  assert.match(await page.locator("[data-testid=findings] p.filter").innerText(), /^Showing 1 of 4 findings, on /);

  // A node without findings: the entry is there, disabled.
  await rightClickNode(ed, "s3");
  assert.equal(await page.getByTestId("menu-show-findings").getAttribute("aria-disabled"), "true");
  await page.keyboard.press("Escape");

  const chip = await ed.centre(ed.flow("rds-train").locator(".chip"));
  await page.mouse.click(chip.x, chip.y, { button: "right" });
  await menu(page).waitFor();
  assert.deepEqual(await entries(page), ["Delete", "Show findings", "Edit route and TLS"]);
  await page.getByTestId("menu-edit-flow").click();
  await page.getByTestId("flow-inspector").waitFor();
  assert.equal(await focusedTestId(page), "flow-transport", "the flow's protection has the focus");
});

test("the empty canvas: Paste once something is copied, Select all, Fit to view", async (t) => {
  const ed = await Editor.open(t);
  const page = ed.page;
  await openNat(ed);
  const c = await ed.canvasBox();
  const [x, y] = [c.width - 30, c.height - 30];
  await ed.clickCanvas(x, y);
  await page.mouse.click(c.x + x, c.y + y, { button: "right" });
  await menu(page).waitFor();
  assert.deepEqual(await entries(page), ["Paste", "Select all", "Fit to view"]);
  assert.equal(await page.getByTestId("menu-paste").getAttribute("aria-disabled"), "true", "nothing was copied");
  await page.getByTestId("menu-select-all").click();
  const all = await page.locator("[data-testid=canvas] [data-node-id]").count();
  assert.equal(await page.locator("[data-testid=canvas] .selected[data-node-id], [data-testid=canvas] .selected [data-node-id]").count(), all);

  // A press outside closes it, and so does the wheel.
  await page.mouse.click(c.x + x, c.y + y, { button: "right" });
  await menu(page).waitFor();
  await page.mouse.click(c.x + x - 100, c.y + y - 50);
  await menu(page).waitFor({ state: "detached" });
  await page.mouse.click(c.x + x, c.y + y, { button: "right" });
  await menu(page).waitFor();
  await page.mouse.wheel(0, 200);
  await menu(page).waitFor({ state: "detached" });
});

test("the menu from the keyboard: Shift+F10 and the Menu key, arrows, Enter, Escape gives the focus back", async (t) => {
  const ed = await Editor.open(t);
  const page = ed.page;
  await openNat(ed);
  await ed.node("train").focus();
  await page.keyboard.press("Shift+F10");
  await menu(page).waitFor();
  assert.equal(await focusedTestId(page), "menu-delete", "the first entry has the focus");
  await page.keyboard.press("ArrowDown");
  assert.equal(await focusedTestId(page), "menu-duplicate");
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowUp");
  assert.equal(await focusedTestId(page), "menu-about-kind", "up from the first wraps to the last");
  // The arrows move in the menu, not the selected node.
  const at = await ed.node("train").getAttribute("transform");
  await page.keyboard.press("ArrowDown");
  assert.equal(await ed.node("train").getAttribute("transform"), at);
  await page.keyboard.press("Escape");
  await menu(page).waitFor({ state: "detached" });
  assert.equal(await focusedTestId(page), "node-train", "Escape gives the focus back to the node");
  assert.match(await ed.node("train").getAttribute("class"), /\bselected\b/, "Escape closed the menu only");

  await page.keyboard.press("ContextMenu");
  await menu(page).waitFor();
  await page.keyboard.press("End");
  await page.keyboard.press("Enter");
  const about = page.getByTestId("about-kind");
  await about.waitFor();
  assert.match(await page.getByTestId("about-kind-text").innerText(), /SageMaker/);
  await page.keyboard.press("Escape");
  await about.waitFor({ state: "detached" });
  assert.equal(await focusedTestId(page), "node-train");
});

test("Connect from the menu draws a flow to the node clicked next", async (t) => {
  const ed = await Editor.open(t);
  const page = ed.page;
  await openNat(ed);
  await rightClickNode(ed, "rds");
  await page.getByTestId("menu-connect").click();
  const to = await ed.centre(ed.node("s3").locator(".card"));
  await page.mouse.move(to.x - 40, to.y, { steps: 3 });
  await page.mouse.move(to.x, to.y, { steps: 3 });
  assert.equal(await page.locator("[data-testid=canvas] line.preview").count(), 1, "the flow follows the pointer");
  await page.mouse.click(to.x, to.y);
  await ed.flow("rds-s3").waitFor();
  assert.equal(await page.locator("[data-testid=canvas] line.preview").count(), 0);
});

test("at phone width the menu stays on screen", async (t) => {
  const app = await AirlockApp.open(t);
  const page = app.page;
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByTestId("open-templates").click();
  await page.getByTestId(`template-${NAT}`).click();
  const c = await app.canvas.boundingBox();
  // The bottom-right corner of the part of the canvas on screen.
  const x = Math.min(c.x + c.width, 390) - 6;
  const y = Math.min(c.y + c.height, 844) - 6;
  await page.mouse.click(x, y, { button: "right" });
  await menu(page).waitFor();
  const box = await menu(page).boundingBox();
  assert.ok(box.x >= 0 && box.x + box.width <= 390, `inside horizontally: ${JSON.stringify(box)}`);
  assert.ok(box.y >= 0 && box.y + box.height <= 844, `inside vertically: ${JSON.stringify(box)}`);
});

test("the embed's menu offers nothing that edits", async (t) => {
  const app = await AirlockApp.open(t, { path: "?embed" });
  const page = app.page;
  const doc = JSON.parse(await readFile(new URL(`../../static/examples/${NAT}.json`, import.meta.url), "utf8"));
  await page.evaluate((document) => window.postMessage({ type: "airlock:load", id: 1, document }, location.origin), doc);
  const card = page.getByTestId("node-rds").locator(".card");
  await card.waitFor();
  await card.click({ button: "right" });
  await menu(page).waitFor();
  assert.deepEqual(await entries(page), ["Show findings", "About this kind"]);
  await page.getByTestId("menu-show-findings").click();
  assert.deepEqual(
    await page.locator("[data-testid=findings] li.finding").evaluateAll((ls) => ls.map((l) => l.dataset.testid)),
    ["finding-ENC004@rds"],
  );
  await page.getByTestId("flow-rds-train").locator(".chip").click({ button: "right" });
  await menu(page).waitFor();
  assert.deepEqual(await entries(page), ["Show findings"]);
  await page.keyboard.press("Escape");
  const c = await app.canvas.boundingBox();
  await page.mouse.click(c.x + c.width - 20, c.y + 20, { button: "right" });
  await menu(page).waitFor();
  assert.deepEqual(await entries(page), ["Fit to view"]);
});

/** The lines of node `id`'s label as drawn: text and box. */
async function labelLines(ed, id) {
  return ed.node(id).locator("text.label").evaluateAll((ts) =>
    ts.map((t) => {
      const b = t.getBoundingClientRect();
      return { text: t.textContent, top: b.top, bottom: b.bottom, left: b.left, right: b.right };
    }),
  );
}

test("a long label wraps to two lines inside its card, with … only after the second", async (t) => {
  const ed = await Editor.open(t);
  const page = ed.page;
  await openNat(ed);
  // The template's "Fraud model training" is too long for one line.
  const train = await labelLines(ed, "train");
  assert.deepEqual(train.map((l) => l.text), ["Fraud model", "training"]);
  assert.ok(train[1].top >= train[0].top + 10, "the second line is below the first");

  const set = async (id, label) => {
    await ed.selectNode(id);
    await page.getByTestId("node-label").fill(label);
    await page.getByTestId("node-label").press("Enter");
  };
  await set("rds", "Nightly customer orders export to the data lake");
  const long = await labelLines(ed, "rds");
  assert.equal(long.length, 2);
  assert.ok(!long[0].text.includes("…") && long[1].text.endsWith("…"), JSON.stringify(long));
  const card = await ed.node("rds").locator(".card").boundingBox();
  for (const l of long) {
    assert.ok(l.top >= card.y && l.bottom <= card.y + card.height, `inside the card: ${JSON.stringify(l)}`);
    assert.ok(l.right <= card.x + card.width, `not past its right edge: ${JSON.stringify(l)} ${JSON.stringify(card)}`);
  }
  // Japanese has no spaces: it wraps between characters.
  await set("s3", "オンプレミスのデータベースサーバー");
  const ja = await labelLines(ed, "s3");
  assert.equal(ja.length, 2, JSON.stringify(ja));
  assert.equal(ja[0].text, "オンプレミス");
  await ed.app.screenshot("labels-on-two-lines");
});
