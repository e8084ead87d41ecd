// Offline use and the page-script API: once the service worker has cached
// the build, the app loads and checks templates with the network off; and a
// page script can check documents through `window.Airlock`.

import assert from "node:assert/strict";
import test from "node:test";
import { AirlockApp } from "./app.mjs";

/** Waits until `window.Airlock` is set (boot.js sets it after init). */
async function airlock(app) {
  await app.page.waitForFunction(() => window.Airlock !== undefined);
}

test("the app works offline once the service worker controls it", async (t) => {
  const app = await AirlockApp.open(t);

  // The worker precaches the build on install, then claims the page.
  await app.page.evaluate(() => navigator.serviceWorker.ready);
  await app.page.waitForFunction(() => navigator.serviceWorker.controller !== null);

  await app.page.context().setOffline(true);
  await app.goto(); // fails unless the shell comes from the cache
  assert.equal((await app.header.locator(".brand").innerText()).trim(), "Airlock");
  assert.ok(
    await app.page.evaluate(() => navigator.serviceWorker.controller !== null),
    "the reloaded page is served by the worker",
  );

  await app.byTestId("open-templates").click();
  await app.byTestId("template-dms-over-ssl-where-ipsec-required").click();
  const findings = app.findings.locator("li.finding");
  await findings.first().waitFor();
  assert.equal(await findings.count(), 1);

  // The example files are cached too, for page scripts and downloads.
  const example = await app.page.evaluate(async () => {
    const response = await fetch("./examples/dms-over-ssl-where-ipsec-required.json");
    return (await response.json()).title;
  });
  assert.equal(example, "DMS with table mapping over SSL");
  await app.screenshot("offline");
});

test("page scripts check documents with window.Airlock", async (t) => {
  const app = await AirlockApp.open(t);
  await airlock(app);

  const result = await app.page.evaluate(async () => {
    const response = await fetch("./examples/dms-over-ssl-where-ipsec-required.json");
    const doc = await response.json();
    const report = window.Airlock.check(doc);
    return {
      ids: report.findings.map((f) => f.id),
      text: window.Airlock.report(doc, "text", "dms.json"),
      rules: window.Airlock.rules().map((r) => r.code),
      version: window.Airlock.formatVersion(),
      frozen: Object.isFrozen(window.Airlock),
    };
  });
  assert.deepEqual(result.ids, ["ENC001@pg-dms"]);
  assert.match(result.text, /^dms\.json\n/);
  assert.match(result.text, /ENC001@pg-dms/);
  assert.ok(result.rules.includes("ENC001"));
  assert.equal(result.version, 2);
  assert.ok(result.frozen);

  const error = await app.page.evaluate(() => {
    try {
      window.Airlock.check({ airlock: 1, nodes: [{ id: "x", kind: "nope" }] });
      return null;
    } catch (e) {
      return { isError: e instanceof Error, message: e.message };
    }
  });
  assert.ok(error, "an invalid document throws");
  assert.ok(error.isError, "it throws an Error");
  assert.match(error.message, /nodes\[0\]\.kind/);
  assert.match(error.message, /`x`/);
});

test("airlock:ready fires with the API", async (t) => {
  const app = await AirlockApp.open(t);
  // A page script that listens before boot.js finishes gets the event.
  await app.page.addInitScript(() => {
    window.addEventListener("airlock:ready", (event) => {
      window.__ready = event.detail === window.Airlock;
    });
  });
  await app.goto();
  await app.page.waitForFunction(() => window.__ready !== undefined);
  assert.equal(await app.page.evaluate(() => window.__ready), true);
});

test("a new build's worker removes earlier builds' caches, of its directory only", async (t) => {
  const app = await AirlockApp.open(t);
  await app.page.evaluate(() => navigator.serviceWorker.ready);
  await app.page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const [current, ...others] = await app.page.evaluate(() => caches.keys());
  assert.deepEqual(others, [], "one cache");
  // The directory: "/" at a site's root, "/airlock/" under a sub-path.
  assert.match(current, /^airlock \/(.*\/)? [0-9a-f]{16}$/, "named after the directory and the version");

  // An earlier build of this directory, and a build in another directory
  // of the same origin; then a fresh worker installs and activates.
  const earlier = current.replace(/[0-9a-f]{16}$/, "0000000000000000");
  const elsewhere = "airlock /elsewhere/ 0000000000000000";
  await app.page.evaluate(
    async (names) => {
      for (const name of names) await caches.open(name);
      await (await navigator.serviceWorker.getRegistration()).unregister();
    },
    [earlier, elsewhere],
  );
  await app.goto();
  await app.page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const after = await app.page.evaluate(async (gone) => {
    for (let i = 0; i < 100 && (await caches.keys()).includes(gone); i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return caches.keys();
  }, earlier);
  assert.deepEqual(after.sort(), [current, elsewhere].sort());
});
