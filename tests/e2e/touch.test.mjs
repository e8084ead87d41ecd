// Touch on the canvas: one finger pans, two fingers pinch-zoom about
// their midpoint, and a read-only embed pans under a finger on a node.
// Driven by Chromium's own touch input (CDP Input.dispatchTouchEvent),
// which the page receives as pointer events of type "touch", as on a
// phone.

import assert from "node:assert/strict";
import { test } from "node:test";
import { AirlockApp } from "./app.mjs";

const template = "training-data-through-nat-without-tls";
const phone = { hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } };
const tablet = { hasTouch: true, viewport: { width: 1024, height: 768 } };

/** Sends one touch event with `points` ([x, y] pairs, fingers 0, 1, …). */
async function touch(cdp, type, points) {
  const touchPoints = points.map(([x, y], id) => ({ x, y, id, radiusX: 2, radiusY: 2, force: 1 }));
  await cdp.send("Input.dispatchTouchEvent", { type, touchPoints });
}

/** Moves the fingers from `from` to `to` in `steps` moves, then lifts them. */
async function gesture(cdp, from, to, steps = 8) {
  await touch(cdp, "touchStart", from.slice(0, 1));
  if (from.length > 1) await touch(cdp, "touchStart", from);
  for (let i = 1; i <= steps; i++) {
    const at = from.map(([x, y], f) => [x + ((to[f][0] - x) * i) / steps, y + ((to[f][1] - y) * i) / steps]);
    await touch(cdp, "touchMove", at);
  }
  await touch(cdp, "touchEnd", []);
}

/** The on-screen box of node `id`. */
async function box(page, id) {
  return page.getByTestId(`node-${id}`).boundingBox();
}

/**
 * A point of the canvas with nothing drawn under it (the background),
 * with the canvas (and nothing over it) 100 px either side of it.
 */
async function emptyPoint(page) {
  const p = await page.evaluate(() => {
    const svg = document.querySelector("[data-testid=canvas]");
    const r = svg.getBoundingClientRect();
    const onCanvas = (x, y) => svg.contains(document.elementFromPoint(x, y));
    for (let y = r.top + 20; y < r.bottom - 20; y += 10) {
      for (let x = r.left + 100; x < r.right - 100; x += 10) {
        if (document.elementFromPoint(x, y) === svg && onCanvas(x - 100, y) && onCanvas(x + 100, y)) return [x, y];
      }
    }
    return null;
  });
  assert.ok(p, "the canvas has an empty point");
  return p;
}

/** The app on a touch tablet with the design open, and a CDP session for touch input. */
async function onTablet(t) {
  const app = await AirlockApp.open(t, { context: tablet });
  await openDesign(app);
  return { app, page: app.page, cdp: await app.page.context().newCDPSession(app.page) };
}

async function openDesign(app) {
  await app.byTestId("open-templates").click();
  await app.byTestId(`template-${template}`).click();
  await app.page.getByTestId("finding-ENC002@rds-train").waitFor();
}

test("one finger on the background pans the canvas and selects nothing", async (t) => {
  const { app, page, cdp } = await onTablet(t);
  const before = await box(page, "train");
  const [x, y] = await emptyPoint(page);
  await gesture(cdp, [[x, y]], [[x - 60, y + 40]]);
  const after = await box(page, "train");
  assert.ok(Math.abs(after.x - before.x + 60) < 1.5 && Math.abs(after.y - before.y - 40) < 1.5, JSON.stringify({ before, after }));
  assert.equal(after.width, before.width, "no zoom");
  // No rubber band was drawn and nothing got selected: the inspector shows the design.
  await page.getByTestId("design-inspector").waitFor();
  assert.equal(await page.locator(".band").count(), 0);
});

test("two fingers spreading zoom in about their midpoint; pinching zooms out", async (t) => {
  const { app, page, cdp } = await onTablet(t);
  const zoom = () => page.locator(".zoom").innerText();
  const startZoom = await zoom();
  const before = await box(page, "train");
  const [x, y] = await emptyPoint(page);
  // Fingers 40 px either side of (x, y), spread to 80 px: twice the zoom.
  await gesture(cdp, [[x - 40, y], [x + 40, y]], [[x - 80, y], [x + 80, y]]);
  const after = await box(page, "train");
  assert.ok(Math.abs(after.width / before.width - 2) < 0.02, `width ${before.width} → ${after.width}`);
  assert.ok(Math.abs(parseInt(await zoom()) - 2 * parseInt(startZoom)) <= 1, `${startZoom} → ${await zoom()}`);
  // The canvas point under the midpoint stayed there: the node's corner
  // is twice as far from it as before.
  assert.ok(Math.abs(after.x - x - 2 * (before.x - x)) < 2, JSON.stringify({ x, before, after }));
  assert.ok(Math.abs(after.y - y - 2 * (before.y - y)) < 2, JSON.stringify({ y, before, after }));
  await app.screenshot("touch-pinched-in");

  await gesture(cdp, [[x - 80, y], [x + 80, y]], [[x - 40, y], [x + 40, y]]);
  const back = await box(page, "train");
  assert.ok(Math.abs(back.width - before.width) < 0.5 && Math.abs(back.x - before.x) < 2, JSON.stringify({ before, back }));
  assert.equal(await zoom(), startZoom);
});

test("a second finger during a node's move ends the move where it is and pinches", async (t) => {
  const { app, page, cdp } = await onTablet(t);
  const node = await box(page, "train");
  const [x, y] = [node.x + node.width / 2, node.y + node.height / 2];
  await touch(cdp, "touchStart", [[x, y]]);
  await touch(cdp, "touchMove", [[x + 30, y]]);
  await touch(cdp, "touchMove", [[x + 60, y]]);
  // The second finger on the background; the two spread to twice as far apart.
  const a = [x + 60, y];
  const b = await emptyPoint(page);
  const half = [(b[0] - a[0]) / 2, (b[1] - a[1]) / 2];
  await touch(cdp, "touchStart", [a, b]);
  await touch(cdp, "touchMove", [[a[0] - half[0], a[1] - half[1]], [b[0] + half[0], b[1] + half[1]]]);
  await touch(cdp, "touchEnd", []);
  const moved = await box(page, "train");
  assert.ok(moved.width > node.width * 1.9, "the pinch zoomed in");
  // Where train sits against rds, in node widths (the same at any zoom).
  const offset = async () => {
    const [tr, rds] = [await box(page, "train"), await box(page, "rds")];
    return (tr.x - rds.x) / tr.width;
  };
  const after = await offset();
  // One undo takes back the move, whole; the pinch was no edit.
  await page.keyboard.press("Control+z");
  const undone = await offset();
  await page.keyboard.press("Control+y");
  assert.ok(Math.abs(after - undone) > 0.5, `moved: ${undone} → ${after}`);
  assert.ok(Math.abs((await offset()) - after) < 0.01, "redo puts it back where the second finger stopped it");
  assert.ok(Math.abs((await box(page, "train")).width - moved.width) < 0.5, "undo and redo leave the zoom");
});

test("in a read-only embed at phone width a finger on a node pans; nothing can move", async (t) => {
  const app = await AirlockApp.open(t);
  await openDesign(app);
  await app.byTestId("share-menu").click();
  await app.byTestId("share-link").click();
  const link = await app.byTestId("shown-text").inputValue();
  const embed = await AirlockApp.open(t, { path: `?embed${link.slice(link.indexOf("#"))}`, context: phone });
  const page = embed.page;
  await page.getByTestId("finding-ENC002@rds-train").waitFor();
  const cdp = await page.context().newCDPSession(page);
  const before = await box(page, "rds");
  const [x, y] = [before.x + before.width / 2, before.y + before.height / 2];
  await gesture(cdp, [[x, y]], [[x + 50, y + 30]]);
  const after = await box(page, "rds");
  const train = await box(page, "train");
  assert.ok(Math.abs(after.x - before.x - 50) < 1.5 && Math.abs(after.y - before.y - 30) < 1.5, JSON.stringify({ before, after }));
  await embed.screenshot("touch-embed-phone");
  // It was a pan: every node moved with it, the design is unchanged.
  const [x2, y2] = [train.x + train.width / 2, train.y + train.height / 2];
  await gesture(cdp, [[x2, y2]], [[x2 - 50, y2 - 30]]);
  const home = await box(page, "rds");
  assert.ok(Math.abs(home.x - before.x) < 1.5 && Math.abs(home.y - before.y) < 1.5, JSON.stringify({ before, home }));
});
