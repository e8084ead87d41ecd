// The keyboard's focus on the canvas can be seen: a flow reached with Tab
// shows a ring along its path, in both themes; a click shows none
// (issue 13).

import assert from "node:assert/strict";
import test from "node:test";
import { openTemplate, themeColour } from "./app.mjs";
import { Editor } from "./editor.mjs";

/** Presses Tab until flow `id` has the focus. */
async function tabTo(page, id) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate((id) => document.activeElement?.dataset?.flowId === id, id)) return;
  }
  assert.fail(`Tab never reached flow ${id}`);
}

/** How flow `id`'s focus ring is drawn: one entry per hop. */
function rings(page, id) {
  return page.getByTestId(`flow-${id}`).locator("path.ring").evaluateAll((paths) =>
    paths.map((p) => {
      const s = getComputedStyle(p);
      const line = p.parentElement.querySelector("path.line");
      return { stroke: s.stroke, width: parseFloat(s.strokeWidth), opacity: parseFloat(s.strokeOpacity), d: p.getAttribute("d"), line: line.getAttribute("d") };
    }),
  );
}

for (const theme of ["light", "dark"]) {
  test(`a flow focused with Tab shows a ring along its path (${theme} theme); a click does not`, async (t) => {
    const ed = await Editor.open(t);
    const page = ed.page;
    await openTemplate(ed.app, "glue-ingests-all-tables-then-filters");
    if (theme === "dark") await page.getByTestId("theme").click();
    assert.match(await ed.app.shell.getAttribute("class"), new RegExp(`theme-${theme}`));
    const id = "pg-glue"; // two hops: database → VPN → job

    // By mouse: focused, selected, and no ring.
    await ed.selectFlow(id);
    assert.equal(await page.evaluate(() => document.activeElement?.dataset?.flowId ?? null), id, "a click focuses the flow");
    for (const r of await rings(page, id)) assert.equal(r.stroke, "none", "no ring after a click");

    // By keyboard: a ring in the theme's focus colour on every hop, wider
    // than the line, following the hop's path.
    await ed.clickCanvas(1500, 900);
    await tabTo(page, id);
    const colour = await themeColour(page, "--focus");
    const drawn = await rings(page, id);
    assert.equal(drawn.length, 2, "a ring on each hop");
    for (const r of drawn) {
      assert.equal(r.stroke, colour, "in the focus colour");
      assert.ok(r.width >= 8 && r.opacity > 0.3, `clearly visible: ${JSON.stringify(r)}`);
      assert.equal(r.d, r.line, "along the hop's own path");
    }
    await ed.app.screenshot(`flow-focus-ring-${theme}`);
  });
}
