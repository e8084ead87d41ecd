// Big designs are checked in the check worker (issue 16): an edit shows
// "checking…" over the previous findings, the page keeps handling input
// meanwhile, and only the newest revision's findings are shown.

import assert from "node:assert/strict";
import test from "node:test";
import { AirlockApp, bigDesign, findingIds } from "./app.mjs";

/** The findings panel's state: whether it says it is checking. */
function panel(page) {
  return page.getByTestId("findings").evaluate((el) => ({ busy: el.getAttribute("aria-busy") }));
}

test("a big design: an edit shows checking… then its findings, and the page handles clicks meanwhile", async (t) => {
  const app = await AirlockApp.open(t);
  const page = app.page;
  // 4,900 nodes: well above the size the page checks itself.
  await page.getByTestId("open-file-input").setInputFiles({
    name: "big.json",
    mimeType: "application/json",
    buffer: Buffer.from(await bigDesign(700)),
  });
  await page.getByTestId("banner").filter({ hasText: "Opened" }).waitFor({ timeout: 60000 });
  await page.keyboard.press("Escape");
  await page.getByTestId("design-inspector").waitFor();
  await page.locator("[data-testid=findings][aria-busy=false]").waitFor({ timeout: 60000 });
  // The findings came from the check worker, started from worker.js.
  assert.deepEqual(page.workers().map((w) => new URL(w.url()).pathname.split("/").pop()), ["worker.js"]);
  const before = await findingIds(page);
  assert.ok(before.length > 0, "the design has findings");

  // One edit: "checking…" over the old findings, then the new ones.
  const during = await page.evaluate(async () => {
    const box = document.querySelector("[data-testid=req-no-egress]");
    const was = box.checked;
    box.click();
    await new Promise((r) => setTimeout(r, 0));
    const findings = document.querySelector("[data-testid=findings]");
    return {
      toggled: box.checked !== was,
      busy: findings.getAttribute("aria-busy"),
      status: document.querySelector("[data-testid=findings-checking]").textContent,
    };
  });
  assert.deepEqual(during, { toggled: true, busy: "true", status: "Checking…" });
  await page.locator("[data-testid=findings][aria-busy=false]").waitFor({ timeout: 60000 });
  assert.equal(await page.getByTestId("findings-checking").textContent(), "");
  const after = await findingIds(page);
  assert.notDeepEqual(after, before, "the edit changed the findings");

  // Two edits, the second while the first is checked: the page takes the
  // click at once, and what shows in the end is the newest revision's
  // findings (the requirement toggled twice: as after the first edit).
  const second = await page.evaluate(async () => {
    const box = document.querySelector("[data-testid=req-no-egress]");
    box.click();
    await new Promise((r) => setTimeout(r, 0));
    const busy = document.querySelector("[data-testid=findings]").getAttribute("aria-busy");
    const was = box.checked;
    box.click();
    await new Promise((r) => setTimeout(r, 0));
    return { busy, handled: box.checked !== was };
  });
  assert.deepEqual(second, { busy: "true", handled: true });
  await page.locator("[data-testid=findings][aria-busy=false]").waitFor({ timeout: 60000 });
  assert.deepEqual(await findingIds(page), after);
  assert.equal((await panel(page)).busy, "false");
});
