// The designs kept in the browser: each its own record, so that a second
// tab, a link, a file or a template never writes over another design, and
// every design can be found again, renamed, saved as a file or deleted.

import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import test from "node:test";
import { AirlockApp, findingIds, keptRecords, openTemplate, titles, untilRecords } from "./app.mjs";
import { Editor } from "./editor.mjs";

const examples = new URL("../../static/examples/", import.meta.url);

/** The designs kept in the page's storage: record key → title. */
async function records(page) {
  return titles(await keptRecords(page));
}

/** Waits until a kept design has `title` and `nodes` nodes. */
async function kept(page, title, nodes) {
  await untilRecords(page, (records) =>
    Object.values(records).some((v) => {
      try {
        const d = JSON.parse(v);
        return (d.title ?? "") === title && (d.nodes ?? []).length === nodes;
      } catch {
        return false;
      }
    }),
  );
}

/** The Designs dialog's rows: [title, meta] each, in order. */
async function listed(app) {
  await app.byTestId("open-designs").click();
  const rows = app.byTestId("designs").locator("li.design");
  return rows.evaluateAll((lis) =>
    lis.map((li) => [li.querySelector("[data-testid=design-title]").textContent, li.classList.contains("here")]),
  );
}

function row(app, title) {
  return app.byTestId("designs").locator("li.design").filter({ has: app.page.getByText(title, { exact: true }) });
}

test("two tabs on one design keep each other's edits, and a reload loses neither", async (t) => {
  const a = await Editor.open(t);
  await a.drag("on-premises-network", 200, 200);
  await kept(a.page, "", 1);

  // A second tab opens the design saved last.
  const b = new Editor(await a.app.openTab(t));
  await b.page.setViewportSize({ width: 1600, height: 1000 });
  assert.deepEqual(await b.kindsOnCanvas(), ["on-premises-network"]);

  // An edit in one tab reaches the other.
  await a.drag("s3-bucket", 700, 250);
  await b.app.byTestId("banner").filter({ hasText: "Another tab changed this design" }).waitFor();
  assert.deepEqual((await b.kindsOnCanvas()).sort(), ["on-premises-network", "s3-bucket"]);
  await b.drag("vpc", 600, 600);
  await kept(a.page, "", 3);
  await a.page.locator("[data-testid=canvas] [data-kind=vpc]").waitFor();

  // Before, tab A showed only tab B's design after a reload, without A's
  // edit and without a word.
  await a.page.reload();
  await a.app.shell.waitFor();
  assert.deepEqual((await a.kindsOnCanvas()).sort(), ["on-premises-network", "s3-bucket", "vpc"]);
  assert.equal(Object.keys(await records(a.page)).length, 1, "one design, kept once");

  // Undo in tab B brings back the version it had before A's edit reached it.
  await b.app.byTestId("undo").click();
  await b.app.byTestId("undo").click();
  assert.deepEqual(await b.kindsOnCanvas(), ["on-premises-network"]);
});

test("a link or a template opens as a design of its own; Designs reopens, renames, saves and deletes", async (t) => {
  // A colleague's link, made in another browser.
  const colleague = await AirlockApp.open(t);
  await openTemplate(colleague, "training-data-through-nat-without-tls");
  await colleague.byTestId("share-menu").click();
  await colleague.byTestId("share-link").click();
  const link = await colleague.byTestId("shown-text").inputValue();
  const shared = await findingIds(colleague.page);

  const app = await AirlockApp.open(t);
  const page = app.page;
  await openTemplate(app, "dms-over-ssl-where-ipsec-required");
  const dms = "DMS with table mapping over SSL";
  await kept(page, dms, 10);
  await page.evaluate((hash) => { location.hash = hash; }, link.slice(link.indexOf("#")));
  await app.byTestId("doc-title").filter({ hasText: "NAT gateway" }).waitFor();
  assert.deepEqual(await findingIds(page), shared);
  const nat = await app.byTestId("doc-title").innerText();
  await untilRecords(page, (records) => Object.keys(records).length === 2);

  // Before, the link replaced the user's autosave; now both are kept.
  assert.deepEqual(await listed(app), [[nat, true], [dms, false]]);
  await app.screenshot("designs");
  assert.ok(await row(app, nat).getByTestId("design-delete").isDisabled(), "the design open here cannot be deleted");
  assert.ok(await row(app, nat).getByTestId("design-open").isDisabled());
  assert.match(await row(app, dms).locator(".meta").innerText(), /^10 nodes · \d+ KB · /);

  // Open the user's own design again, with its own findings.
  await row(app, dms).getByTestId("design-open").click();
  await app.byTestId("doc-title").filter({ hasText: "DMS" }).waitFor();
  assert.deepEqual(await findingIds(page), ["ENC001@pg-dms"]);

  // Rename the shared one, save it as a file, then delete it.
  assert.deepEqual(await listed(app), [[nat, false], [dms, true]], "opening a design changes nothing in it");
  await row(app, nat).getByTestId("design-rename").click();
  await app.byTestId("design-title-input").fill("Shared by Kim");
  await app.byTestId("design-title-input").press("Enter");
  await row(app, "Shared by Kim").waitFor();
  const [file] = await Promise.all([page.waitForEvent("download"), row(app, "Shared by Kim").getByTestId("design-save").click()]);
  assert.equal(file.suggestedFilename(), "shared-by-kim.json");
  const saved = JSON.parse(await readFile(await file.path(), "utf8"));
  assert.equal(saved.title, "Shared by Kim");
  await row(app, "Shared by Kim").getByTestId("design-delete").click();
  await row(app, "Shared by Kim").getByText("Delete for good").click();
  await row(app, "Shared by Kim").waitFor({ state: "detached" });
  assert.deepEqual(Object.values(await records(page)), [dms]);

  // A reload opens this tab's design.
  await page.keyboard.press("Escape");
  await page.reload();
  await app.byTestId("doc-title").filter({ hasText: "DMS" }).waitFor();
});

test("designs kept by the previous version are adopted, and one that does not load stays kept", async (t) => {
  const app = await AirlockApp.open(t);
  const page = app.page;
  const dms = await readFile(new URL("dms-over-ssl-where-ipsec-required.json", examples), "utf8");
  await page.evaluate((dms) => {
    localStorage.clear();
    sessionStorage.clear();
    localStorage.setItem("airlock.autosave", dms);
    localStorage.setItem("airlock.autosave.previous", "{ broken");
  }, dms);
  await page.reload();
  await app.byTestId("doc-title").filter({ hasText: "DMS" }).waitFor();
  assert.deepEqual(await findingIds(page), ["ENC001@pg-dms"]);
  const after = await page.evaluate(() => [localStorage.getItem("airlock.autosave"), localStorage.getItem("airlock.autosave.previous")]);
  assert.deepEqual(after, [null, null], "the old slots are moved, not copied");
  const kept = Object.entries(await records(page)).sort((a, b) => String(a[1]).localeCompare(String(b[1])));
  assert.deepEqual(kept.map(([, v]) => v), ["{ broken", JSON.parse(dms).title]);
  const rows = await listed(app);
  assert.deepEqual(rows.map(([title]) => title).sort(), ["DMS with table mapping over SSL", "Untitled design"]);
  await page.keyboard.press("Escape");

  // The tab's design breaks (another program wrote over it): the tab
  // starts a new design and the broken one stays, unchanged.
  const [dmsKey] = kept.find(([, v]) => v !== "{ broken");
  await page.evaluate((key) => localStorage.setItem(key, "{ junk"), dmsKey);
  await page.reload();
  await app.byTestId("banner").filter({ hasText: "The design saved last could not be restored" }).waitFor();
  assert.deepEqual(await app.byTestId("doc-title").innerText(), "Untitled design");
  assert.equal((await keptRecords(page))[dmsKey], "{ junk");
});
