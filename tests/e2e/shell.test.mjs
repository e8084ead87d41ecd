// The app shell: header, palette, canvas and findings panel render from the
// built `dist/`, with every asset loaded from the app's own origin.

import assert from "node:assert/strict";
import test from "node:test";
import { AirlockApp } from "./app.mjs";

test("the app shell renders the palette, canvas and findings", async (t) => {
  const app = await AirlockApp.open(t);

  assert.equal((await app.header.locator(".brand").innerText()).trim(), "Airlock");
  for (const part of [app.palette, app.canvas, app.findings]) {
    assert.ok(await part.isVisible(), `${part} is visible`);
  }
  await app.screenshot("shell");
});
