// The inspector for people who use a screen reader as for people who look:
// what a field is called, what it says about itself, and how a sensitive
// dataset is marked (issue 13).

import assert from "node:assert/strict";
import test from "node:test";
import { accessible, openTemplate, themeColour } from "./app.mjs";
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
  const critical = await themeColour(page, "--critical");
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

test("a property field is named by its label alone; its help is its description", async (t) => {
  const ed = await Editor.open(t);
  const page = ed.page;
  await openTemplate(ed.app, template);
  const inspector = page.getByTestId("node-inspector");
  // Every kind of field: text, a node, a choice, a checkbox.
  const fields = [
    ["vpc", "textbox", "CIDR block", "prop-cidr", /^The VPC's IPv4 CIDR block, e\.g\. .10\.0\.0\.0\/16.\. Default: unknown\.$/],
    ["glue", "combobox", "Glue connection", "prop-connection", /^The Glue connection that attaches this job to a VPC subnet\. Default: none/],
    ["gwe", "combobox", "Service", "prop-service", /^The AWS service the endpoint is for/],
    ["train", "checkbox", "Network isolation", "prop-network_isolation", /^Network isolation: the container can make no outbound network calls\. Default: /],
  ];
  for (const [node, role, name, testid, help] of fields) {
    await ed.selectNode(node);
    const field = inspector.getByRole(role, { name, exact: true });
    assert.equal(await field.count(), 1, `${node}: one ${role} named exactly "${name}"`);
    assert.equal(await field.getAttribute("data-testid"), testid);
    const ax = await accessible(page, `[data-testid=${testid}]`);
    assert.equal(ax.name, name, `${testid}'s name is its label, without its help`);
    assert.match(ax.description, help, `${testid}'s help is its description`);
  }

  // A flow's transport too.
  await ed.selectFlow("s3-train");
  const transport = page.getByTestId("flow-inspector").getByRole("combobox", { name: "Transport protection", exact: true });
  assert.equal(await transport.getAttribute("data-testid"), "flow-transport");
  assert.notEqual((await accessible(page, "[data-testid=flow-transport]")).description, "");
});
