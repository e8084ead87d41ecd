// The inspector for people who use a screen reader as for people who look:
// what a field is called, what it says about itself, and how a sensitive
// dataset is marked (issue 13).

import assert from "node:assert/strict";
import test from "node:test";
import { accessible, openTemplate } from "./app.mjs";
import { Editor } from "./editor.mjs";

// Seed 000 B: `pg` holds orders, products, customers (sensitive) and
// payment_cards (sensitive).
const template = "glue-ingests-all-tables-then-filters";

test("a sensitive dataset is marked sensitive, in its own tone, not as an error", async (t) => {
  const ed = await Editor.open(t);
  const page = ed.page;
  await openTemplate(ed.app, template);
  await ed.selectNode("pg");
  const inspector = page.getByTestId("node-inspector");

  // customers (row 2) is marked: a padlock named for screen readers, and
  // its name field is described by the mark.
  const mark = inspector.getByRole("img", { name: "Sensitive data", exact: true });
  assert.equal(await mark.count(), 2, "customers and payment_cards are marked");
  assert.equal(await page.getByTestId("dataset-sensitive-mark-2").isVisible(), true);
  assert.equal(await page.getByTestId("dataset-sensitive-mark-0").count(), 0, "orders is not");
  const customers = await accessible(page, "[data-testid=dataset-name-2]");
  assert.deepEqual([customers.name, customers.description], ["Dataset name", "Sensitive data"]);
  const orders = await accessible(page, "[data-testid=dataset-name-0]");
  assert.equal(orders.description, "", "a dataset that is not sensitive says nothing more");

  // Not the red of an error: the field's border is not the critical tone.
  const critical = await page.evaluate(() => {
    const probe = document.createElement("span");
    probe.style.color = getComputedStyle(document.querySelector("[data-testid=app]")).getPropertyValue("--critical");
    document.body.append(probe);
    const c = getComputedStyle(probe).color;
    probe.remove();
    return c;
  });
  const border = await page.getByTestId("dataset-name-2").evaluate((el) => getComputedStyle(el).borderTopColor);
  assert.notEqual(border, critical, "a sensitive dataset's field is not drawn as invalid");
  await ed.app.screenshot("inspector-sensitive-datasets");

  // Ticking `sensitive` on orders marks it; unticking takes the mark away.
  await page.getByTestId("dataset-sensitive-0").click();
  await page.getByTestId("dataset-sensitive-mark-0").waitFor();
  assert.equal((await accessible(page, "[data-testid=dataset-name-0]")).description, "Sensitive data");
  await page.getByTestId("dataset-sensitive-0").click();
  await page.getByTestId("dataset-sensitive-mark-0").waitFor({ state: "detached" });
});
