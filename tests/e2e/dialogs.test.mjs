// Dialogs: every one closes on Escape and on a click on its backdrop, as
// the help says, gives the focus back to what opened it, and holds the
// editor's shortcuts while it is open.

import assert from "node:assert/strict";
import test from "node:test";
import { AirlockApp } from "./app.mjs";

/** Each dialog: how to open it, its test id, and where the focus goes back. */
const dialogs = [
  { name: "share link", open: ["share-menu", "share-link"], id: "text-dialog", back: "share-menu" },
  { name: "embed snippet", open: ["share-menu", "embed-snippet"], id: "text-dialog", back: "share-menu" },
  { name: "templates", open: ["open-templates"], id: "gallery", back: "open-templates" },
  { name: "help", open: ["help-button"], id: "help", back: "help-button" },
  { name: "open text", open: ["open-menu", "open-text"], id: "open-text-dialog", back: "open-menu" },
];

async function open(app, dialog) {
  for (const id of dialog.open) await app.byTestId(id).click();
  await app.byTestId(dialog.id).waitFor();
}

async function focused(page) {
  return page.evaluate(() => document.activeElement?.dataset.testid ?? document.activeElement?.tagName);
}

test("every dialog closes on Escape and on its backdrop, and gives the focus back", async (t) => {
  const app = await AirlockApp.open(t);
  const page = app.page;
  await app.byTestId("open-templates").click();
  await app.byTestId("template-dms-over-ssl-where-ipsec-required").click();
  const size = page.viewportSize();

  for (const dialog of dialogs) {
    await open(app, dialog);
    if (dialog.name === "share link") await app.screenshot("dialog-share-link");
    await page.keyboard.press("Escape");
    assert.equal(await app.byTestId(dialog.id).count(), 0, `Escape closes the ${dialog.name} dialog`);
    assert.equal(await focused(page), dialog.back, `the focus goes back after the ${dialog.name} dialog`);

    await open(app, dialog);
    // A click inside the panel keeps it open; one beside it, on the backdrop, closes it.
    await app.byTestId(dialog.id).locator("header h2").click();
    assert.equal(await app.byTestId(dialog.id).count(), 1, `a click inside keeps the ${dialog.name} dialog`);
    await page.mouse.click(6, size.height - 6);
    assert.equal(await app.byTestId(dialog.id).count(), 0, `a backdrop click closes the ${dialog.name} dialog`);
    assert.equal(await focused(page), dialog.back);
  }
});

test("while a dialog is open, the editor's shortcuts wait", async (t) => {
  const app = await AirlockApp.open(t);
  const page = app.page;
  await app.byTestId("open-templates").click();
  await app.byTestId("template-dms-over-ssl-where-ipsec-required").click();
  const title = await app.byTestId("doc-title").innerText();
  await open(app, dialogs[0]);
  await page.keyboard.press("Control+z");
  await page.keyboard.press("Escape");
  assert.equal(await app.byTestId("doc-title").innerText(), title, "Ctrl+Z in the dialog did not undo the design");
});
