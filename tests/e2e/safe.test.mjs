// Safe mode: a design whose last check never finished (the tab hung or
// crashed) or was slow opens read-only with checking paused, instead of
// freezing every later visit; it can be saved as a file, checked anyway,
// or left by opening another design, and nothing is written meanwhile.

import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import test from "node:test";
import { AirlockApp, baseUrl, bigDesign, findingIds, keptRecords, openTemplate, untilRecords } from "./app.mjs";
import { Editor } from "./editor.mjs";

const DMS = "DMS with table mapping over SSL";
const NAT = "Training data routed through a NAT gateway without TLS";

/** The id of the kept design titled `title`, once it is kept. */
async function keptId(page, title) {
  return untilRecords(page, (records) => {
    for (const [k, v] of Object.entries(records)) {
      try {
        if (JSON.parse(v).title === title) return k.slice("airlock.design.".length);
      } catch {
        // a record that does not parse is not this one
      }
    }
    return null;
  });
}

/** The opening marks, as the app keeps them (the previous version kept one bare id). */
async function marks(page) {
  const text = await page.evaluate(() => localStorage.getItem("airlock.opening"));
  return text?.startsWith("{") ? JSON.parse(text) : text;
}

/** Everything kept, records and localStorage, but the user's preferences. */
async function stored(page) {
  const local = await page.evaluate(() =>
    Object.fromEntries(Object.entries(localStorage).filter(([k]) => k !== "airlock.theme" && k !== "airlock.lang")),
  );
  return { ...local, ...(await keptRecords(page)) };
}

function row(app, title) {
  return app.byTestId("designs").locator("li.design").filter({ has: app.page.getByText(title, { exact: true }) });
}

/** Safe mode is on: the bar, the paused pill, and no findings worked out. */
async function assertSafe(app, why) {
  const bar = app.byTestId("safe-mode");
  await bar.waitFor();
  assert.match(await bar.innerText(), /Safe mode — checking paused/);
  assert.match(await bar.innerText(), why);
  const pill = app.byTestId("findings-pill");
  assert.equal(await pill.innerText(), "Paused", "the count is not shown as 0");
  assert.match(await pill.getAttribute("title"), /Checking is paused/);
  assert.match(await app.byTestId("findings-summary").innerText(), /Checking is paused \(safe mode\)/);
  assert.equal(await app.byTestId("findings-count").count(), 0);
  assert.deepEqual(await findingIds(app.page), []);
  assert.ok(await app.byTestId("undo").isDisabled());
  assert.ok(await app.byTestId("export-md").isDisabled(), "no report of findings that are not known");
}

test("a kept design whose check never finished opens in safe mode: read-only, unchecked, nothing written", async (t) => {
  const ed = await Editor.open(t);
  const { app, page } = ed;
  await openTemplate(app, "dms-over-ssl-where-ipsec-required");
  const id = await keptId(page, DMS);
  assert.deepEqual(await findingIds(page), ["ENC001@pg-dms"]);
  assert.equal(await marks(page), null, "a check that finished leaves no mark");
  const record = (await keptRecords(page))[`airlock.design.${id}`];

  // The tab hung or crashed while it checked the design: its mark stays.
  await page.evaluate((id) => localStorage.setItem("airlock.opening", JSON.stringify({ [id]: "opening" })), id);
  const before = await stored(page);
  await page.reload();
  await app.shell.waitFor();
  await assertSafe(app, /did not finish checking this design last time/);
  assert.equal(await app.byTestId("doc-title").innerText(), DMS);
  assert.equal(await page.locator("[data-testid=canvas] [data-kind]").count(), 10, "the design is shown");
  await app.screenshot("safe-mode");

  // Read-only: a selected node stays when Delete is pressed, and nothing
  // can be added.
  await ed.selectNode("dms");
  await page.keyboard.press("Delete");
  await app.byTestId("status").filter({ hasText: "safe mode: the design is read-only" }).waitFor();
  await page.keyboard.press("Control+a");
  await page.keyboard.press("Backspace");
  assert.equal(await page.locator("[data-testid=canvas] [data-kind]").count(), 10, "nothing was deleted");
  assert.ok(await app.palette.evaluate((el) => el.inert), "the palette is out of reach");
  assert.deepEqual(await stored(page), before, "nothing is written in safe mode");

  // Save as a file: the design as kept.
  const [file] = await Promise.all([page.waitForEvent("download"), app.byTestId("safe-save").click()]);
  assert.equal(file.suggestedFilename(), "dms-with-table-mapping-over-ssl.json");
  const saved = await readFile(await file.path(), "utf8");
  assert.deepEqual(JSON.parse(saved), JSON.parse(record));

  // Designs offers safe mode, and it is on already.
  await app.byTestId("open-designs").click();
  assert.ok(await app.byTestId("designs-safe-mode").isDisabled());
  await page.keyboard.press("Escape");
  assert.deepEqual(await stored(page), before, "still nothing written");

  // Check anyway: the findings, the editor, and no mark left.
  await app.byTestId("safe-check").click();
  await app.byTestId("safe-mode").waitFor({ state: "detached" });
  assert.deepEqual(await findingIds(page), ["ENC001@pg-dms"]);
  assert.equal(await app.byTestId("findings-pill").innerText(), "1 finding");
  assert.equal(await marks(page), null, "the user's choice forgets the mark, and the check finished");
  await ed.selectNode("dms");
  await page.keyboard.press("Delete");
  await page.waitForFunction(() => document.querySelectorAll("[data-testid=canvas] [data-kind]").length < 10);

  // A reload checks it as usual.
  await page.reload();
  await app.shell.waitFor();
  assert.equal(await app.byTestId("safe-mode").count(), 0);
  assert.equal(await app.byTestId("findings-pill").innerText(), "No findings");
});

test("opening another design leaves safe mode with nothing to undo; a share link wins over a design in safe mode", async (t) => {
  const app = await AirlockApp.open(t);
  const page = app.page;
  await openTemplate(app, "training-data-through-nat-without-tls");
  await keptId(page, NAT);
  const natFindings = await findingIds(page);
  assert.ok(natFindings.length > 0);
  await page.getByTestId("share-menu").click();
  await page.getByTestId("share-link").click();
  const link = await page.getByTestId("shown-text").inputValue();
  await page.keyboard.press("Escape");
  await openTemplate(app, "dms-over-ssl-where-ipsec-required");
  const dms = await keptId(page, DMS);

  // The previous version of Airlock kept one bare id: it counts as a
  // design whose opening did not finish.
  await page.evaluate((id) => localStorage.setItem("airlock.opening", id), dms);
  await page.reload();
  await app.shell.waitFor();
  await assertSafe(app, /did not finish checking/);
  assert.equal(await app.byTestId("doc-title").innerText(), DMS);

  // Another design from Designs: out of safe mode, checked, and undo
  // does not lead back into the unchecked one.
  await app.byTestId("open-designs").click();
  await row(app, NAT).getByTestId("design-open").click();
  await app.byTestId("doc-title").filter({ hasText: "NAT" }).waitFor();
  assert.equal(await app.byTestId("safe-mode").count(), 0);
  assert.deepEqual(await findingIds(page), natFindings);
  assert.ok(await app.byTestId("undo").isDisabled(), "nothing to undo");
  assert.deepEqual(await marks(page), { [dms]: "opening" }, "the design left unchecked stays marked");

  // A share link, with the marked design as this tab's: the link opens,
  // checked, on its own (undo cannot reach the marked design).
  await page.evaluate((id) => sessionStorage.setItem("airlock.tab.design", id), dms);
  await page.goto("about:blank");
  await page.goto(new URL(link.slice(link.indexOf("#")), baseUrl).href);
  await app.shell.waitFor();
  await app.byTestId("doc-title").filter({ hasText: "NAT" }).waitFor();
  assert.equal(await app.byTestId("safe-mode").count(), 0);
  assert.deepEqual(await findingIds(page), natFindings);
  await app.byTestId("undo").click();
  assert.equal(await app.byTestId("doc-title").innerText(), "Untitled design", "the marked design is not under the link");
  assert.equal(await app.byTestId("safe-mode").count(), 0);
  await app.byTestId("redo").click();

  // The marked design stays kept, and opens from Designs in safe mode.
  await app.byTestId("open-designs").click();
  await row(app, DMS).getByTestId("design-open").click();
  await assertSafe(app, /did not finish checking/);
  assert.equal(await app.byTestId("doc-title").innerText(), DMS);
});

test("safe mode on demand pauses checking; a check that took 3 s or more opens in safe mode next time", async (t) => {
  const ed = await Editor.open(t);
  const { app, page } = ed;
  // A clock the test can make jump: each reading 4 s after the last.
  await app.context.addInitScript(() => {
    const real = Date.now;
    let extra = 0;
    Date.now = () => (window.__slowClock ? real() + (extra += 4000) : real());
  });
  await page.reload();
  await app.shell.waitFor();
  await openTemplate(app, "dms-over-ssl-where-ipsec-required");
  const id = await keptId(page, DMS);

  await app.byTestId("open-designs").click();
  await app.byTestId("designs-safe-mode").click();
  await assertSafe(app, /This design is open read-only and has not been checked/);
  await app.byTestId("safe-check").click();
  await app.byTestId("safe-mode").waitFor({ state: "detached" });
  assert.deepEqual(await findingIds(page), ["ENC001@pg-dms"]);

  // An edit whose check is slow marks the design slow.
  await page.evaluate(() => { window.__slowClock = true; });
  await ed.selectNode("dms");
  await page.keyboard.press("Delete");
  await page.waitForFunction((id) => localStorage.getItem("airlock.opening")?.includes(`"${id}":"slow"`), id);
  await page.evaluate(() => { window.__slowClock = false; });

  await page.reload();
  await app.shell.waitFor();
  await assertSafe(app, /took 3 seconds or more last time/);
  assert.equal(await page.locator("[data-testid=canvas] [data-kind=dms]").count(), 0, "the edit was kept");
  assert.deepEqual(await marks(page), { [id]: "slow" }, "safe mode writes nothing, not even the mark");
});

test("a big design in safe mode is not checked in the worker either, until Check anyway", async (t) => {
  const app = await AirlockApp.open(t);
  const page = app.page;
  // 2,100 nodes: checked in the check worker, not on the page.
  await page.getByTestId("open-file-input").setInputFiles({
    name: "big.json",
    mimeType: "application/json",
    buffer: Buffer.from(await bigDesign(300)),
  });
  await page.getByTestId("banner").filter({ hasText: "Opened" }).waitFor({ timeout: 60000 });
  await page.locator("[data-testid=findings][aria-busy=false]").waitFor({ timeout: 60000 });
  const findings = await findingIds(page);
  assert.ok(findings.length > 0);
  const id = await keptId(page, "300 copies");
  assert.equal(await marks(page), null, "a start that showed its design leaves no mark");

  await page.evaluate((id) => localStorage.setItem("airlock.opening", JSON.stringify({ [id]: "opening" })), id);
  await page.reload();
  await app.shell.waitFor();
  await assertSafe(app, /did not finish checking/);
  await page.waitForTimeout(1000);
  assert.deepEqual(page.workers(), [], "no check worker was started");
  assert.equal(await page.getByTestId("findings").getAttribute("aria-busy"), "false", "nothing is being checked");

  await app.byTestId("safe-check").click();
  await page.locator("[data-testid=findings][aria-busy=false]").waitFor({ timeout: 60000 });
  assert.deepEqual(await findingIds(page), findings);
  assert.deepEqual(page.workers().map((w) => new URL(w.url()).pathname.split("/").pop()), ["worker.js"]);
  assert.equal(await marks(page), null);
});

test("another tab's edit does not reach a tab in safe mode, and neither tab's version is lost", async (t) => {
  const a = await Editor.open(t);
  await openTemplate(a.app, "dms-over-ssl-where-ipsec-required");
  const id = await keptId(a.page, DMS);
  await a.page.evaluate((id) => localStorage.setItem("airlock.opening", JSON.stringify({ [id]: "opening" })), id);
  await a.page.reload();
  await a.app.shell.waitFor();
  await assertSafe(a.app, /did not finish checking/);

  // A second tab opens the same design, in safe mode too; there it is
  // checked anyway and edited.
  const b = new Editor(await a.app.openTab(t));
  await b.page.setViewportSize({ width: 1600, height: 1000 });
  await assertSafe(b.app, /did not finish checking/);
  await b.app.byTestId("safe-check").click();
  await b.selectNode("dms");
  await b.page.keyboard.press("Delete");
  await untilRecords(a.page, (records) => JSON.parse(records[`airlock.design.${id}`]).nodes.every((n) => n.id !== "dms"));

  // The tab in safe mode shows what it showed, and says nothing.
  await a.page.waitForTimeout(300);
  assert.equal(await a.page.locator("[data-testid=canvas] [data-kind]").count(), 10);
  assert.equal(await a.app.byTestId("banner").count(), 0);
  await assertSafe(a.app, /did not finish checking/);

  // Checked and edited there too, its version is kept beside the other.
  await a.app.byTestId("safe-check").click();
  await a.selectNode("s3");
  await a.page.keyboard.press("Delete");
  const records = await untilRecords(a.page, (records) => Object.keys(records).length === 2 && records);
  const kept = Object.values(records)
    .map((v) => JSON.parse(v).nodes.map((n) => n.id).filter((n) => n === "dms" || n === "s3").join(","))
    .sort();
  assert.deepEqual(kept, ["dms", "s3"], "one version without dms (the other tab's), one without s3 (this tab's)");
});
