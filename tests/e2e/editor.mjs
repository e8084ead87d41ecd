// Drawing on the canvas with real mouse events: the editor's part of the
// page object. Points are in canvas pixels from the canvas's top-left
// corner (at 100% zoom a pixel is a canvas unit).

import assert from "node:assert/strict";
import { AirlockApp } from "./app.mjs";

export class Editor {
  constructor(app) {
    this.app = app;
    this.page = app.page;
  }

  /** Opens the app at a size with room to draw. */
  static async open(t, options = {}) {
    const app = await AirlockApp.open(t, options);
    await app.page.setViewportSize({ width: 1600, height: 1000 });
    return new Editor(app);
  }

  async canvasBox() {
    return this.app.canvas.boundingBox();
  }

  async centre(locator) {
    const b = await locator.boundingBox();
    assert.ok(b, `${locator} is on screen`);
    return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
  }

  /** Drags a palette item onto the canvas at (x, y). */
  async drag(kind, x, y) {
    await this.openPalette();
    const item = this.app.byTestId(`palette-${kind}`);
    await item.scrollIntoViewIfNeeded();
    const from = await this.centre(item);
    const c = await this.canvasBox();
    await this.page.mouse.move(from.x, from.y);
    await this.page.mouse.down();
    await this.page.mouse.move(c.x + x / 2, c.y + y / 2, { steps: 4 });
    await this.page.mouse.move(c.x + x, c.y + y, { steps: 4 });
    await this.page.mouse.up();
  }

  /** Opens the palette's drawer where the window is too narrow for it to stay open. */
  async openPalette() {
    const toggle = this.app.byTestId("palette-toggle");
    if ((await toggle.isVisible()) && (await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
  }

  node(id) {
    return this.app.byTestId(`node-${id}`);
  }

  flow(id) {
    return this.app.byTestId(`flow-${id}`);
  }

  /** Drags node `id` by (dx, dy) screen pixels. */
  async move(id, dx, dy) {
    const handle = this.node(id).locator(".card, .tab").first();
    const p = await this.centre(handle);
    await this.page.mouse.move(p.x, p.y);
    await this.page.mouse.down();
    await this.page.mouse.move(p.x + dx / 2, p.y + dy / 2, { steps: 3 });
    await this.page.mouse.move(p.x + dx, p.y + dy, { steps: 3 });
    await this.page.mouse.up();
  }

  /** Drags from node `from`'s connection handle onto node `to`. */
  async connect(from, to) {
    const a = await this.centre(this.app.byTestId(`handle-${from}`));
    const b = await this.centre(this.node(to).locator(".card"));
    await this.page.mouse.move(a.x, a.y);
    await this.page.mouse.down();
    await this.page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 3 });
    await this.page.mouse.move(b.x, b.y, { steps: 3 });
    await this.page.mouse.up();
  }

  /** Clicks empty canvas at (x, y): clears the selection. */
  async clickCanvas(x, y) {
    const c = await this.canvasBox();
    await this.page.mouse.click(c.x + x, c.y + y);
  }

  async selectFlow(id) {
    await this.flow(id).locator(".chip").click();
  }

  /** The parent recorded in the document, read from the inspector. */
  async selectNode(id) {
    const p = await this.centre(this.node(id).locator(".card, .tab").first());
    await this.page.mouse.click(p.x, p.y);
  }

  /** The ids of the listed findings, in order. */
  async findingIds() {
    return this.page
      .locator("[data-testid=findings] li.finding:not(.is-suppressed)")
      .evaluateAll((items) => items.map((li) => li.dataset.testid.replace(/^finding-/, "")));
  }

  async kindsOnCanvas() {
    return this.page.locator("[data-testid=canvas] [data-kind]").evaluateAll((els) => els.map((e) => e.dataset.kind));
  }
}
