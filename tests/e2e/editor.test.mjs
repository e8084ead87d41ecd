// Drawing a pipeline with real mouse events, and watching the findings
// change live (issue: the editor).

import assert from "node:assert/strict";
import test from "node:test";
import { Editor } from "./editor.mjs";

test("draw, nest, connect, require IPsec, and see the encryption-layer finding come and go", async (t) => {
  const ed = await Editor.open(t);
  const page = ed.page;

  // Zones and nodes from the palette, nested where they are dropped.
  await ed.drag("on-premises-network", 170, 230);
  await ed.drag("on-premises-database", 170, 230);
  await ed.drag("vpc", 560, 260);
  await ed.drag("private-subnet", 470, 250);
  await ed.drag("glue-job", 470, 250);
  // The S3 gateway endpoint and the Direct Connect that flows drawn
  // straight are assumed to take (without them nothing connects the
  // networks: NET012).
  await ed.drag("gateway-endpoint", 700, 380);
  await ed.drag("direct-connect", 300, 520);
  await ed.drag("s3-bucket", 900, 250);
  assert.deepEqual((await ed.kindsOnCanvas()).sort(), [
    "direct-connect", "gateway-endpoint", "glue-job", "on-premises-database", "on-premises-network", "private-subnet", "s3-bucket", "vpc",
  ]);

  // Nesting is in the document: the inspector says where each node sits.
  await ed.selectNode("glue-job");
  await assert.doesNotReject(page.getByTestId("node-inspector").getByText("in Private subnet").waitFor());
  await ed.selectNode("on-premises-database");
  await assert.doesNotReject(page.getByTestId("node-inspector").getByText("in On-premises network").waitFor());
  await ed.selectNode("gateway-endpoint");
  await assert.doesNotReject(page.getByTestId("node-inspector").getByText("in VPC").waitFor());

  // A JDBC hop straight from the database to the job, and the job to S3.
  await ed.connect("on-premises-database", "glue-job");
  await ed.connect("glue-job", "s3-bucket");
  const hop = "on-premises-database-glue-job";
  assert.equal(await ed.flow(hop).getAttribute("data-transport"), "none");

  // Require IPsec for transport to the cloud.
  await ed.clickCanvas(900, 700);
  await page.getByTestId("req-cloud-transport").selectOption("ipsec");
  assert.deepEqual(await ed.findingIds(), [`ENC002@${hop}`]);
  // The route was not drawn: the finding says which one it assumed.
  assert.match(
    await page.getByTestId(`finding-ENC002@${hop}`).locator(".message").innerText(),
    /\(route not drawn: assumed through Direct Connect\)$/,
  );

  // TLS on the hop: the wrong layer.
  await ed.selectFlow(hop);
  await page.getByTestId("flow-transport").selectOption("tls");
  const enc001 = `ENC001@${hop}`;
  assert.deepEqual(await ed.findingIds(), [enc001]);

  // The finding's path is highlighted when it is clicked.
  await page.getByTestId(`finding-${enc001}`).locator(".head").click();
  for (const id of ["on-premises-database", "glue-job"]) {
    assert.match(await ed.node(id).getAttribute("class"), /\blit\b/, `${id} is highlighted`);
  }
  assert.match(await ed.flow(hop).getAttribute("class"), /\blit\b/);
  assert.match(await ed.node("s3-bucket").getAttribute("class"), /\bdim\b/);
  await ed.app.screenshot("editor-enc001-highlighted");

  // IPsec on the hop: it disappears; undo brings it back.
  await ed.selectFlow(hop);
  await page.getByTestId("flow-transport").selectOption("ipsec");
  assert.deepEqual(await ed.findingIds(), []);
  await ed.clickCanvas(1100, 700);
  await page.keyboard.press("Control+z");
  assert.deepEqual(await ed.findingIds(), [enc001]);
  await page.keyboard.press("Control+Shift+z");
  assert.deepEqual(await ed.findingIds(), []);

  // Through the VPN instead: two drags draw one data flow, database → VPN →
  // job, and the VPN's tunnel makes the crossing IPsec whatever the two
  // ends apply.
  await ed.selectFlow(hop);
  await page.keyboard.press("Delete");
  await ed.drag("site-to-site-vpn", 300, 620);
  await ed.connect("on-premises-database", "site-to-site-vpn");
  const routed = "on-premises-database-site-to-site-vpn";
  assert.equal(await ed.flow(routed).getAttribute("data-hops"), "1");
  await page.getByTestId("flow-open").waitFor();
  await ed.connect("site-to-site-vpn", "glue-job");
  assert.equal(await ed.flow("site-to-site-vpn-glue-job").count(), 0, "no second flow out of the VPN");
  assert.equal(await ed.flow(routed).getAttribute("data-hops"), "2");
  assert.equal(await ed.flow(routed).getAttribute("data-transport"), "none", "the VPN's IPsec is not the flow's");
  await ed.selectFlow(routed);
  assert.equal(
    await page.getByTestId("flow-route").innerText(),
    "Route: On-premises database → Site-to-Site VPN → Glue job",
  );
  assert.deepEqual(
    await page.getByTestId("flow-transport").locator("option").evaluateAll((os) => os.map((o) => o.value)),
    ["none", "tls", "ipsec"],
    "a data flow cannot declare MACsec",
  );
  assert.deepEqual(await ed.findingIds(), []);
  await page.getByTestId("flow-transport").selectOption("tls");
  assert.deepEqual(await ed.findingIds(), []);
  // Clicking either hop selects the whole flow.
  await ed.clickCanvas(900, 700);
  await ed.flow(routed).getByTestId(`hop-${routed}-0`).locator(".hit").click({ force: true });
  await page.getByTestId("flow-inspector").waitFor();
  await ed.app.screenshot("editor-through-vpn");
  // Taking the VPN out of the route: a direct hop again, assumed to take
  // the less protected of the VPN and the Direct Connect, where TLS is the
  // wrong layer.
  await page.getByTestId("route-remove-site-to-site-vpn").click();
  assert.equal(await ed.flow(routed).getAttribute("data-hops"), "1");
  assert.deepEqual(await ed.findingIds(), [`ENC001@${routed}`]);
  assert.match(
    await page.getByTestId(`finding-ENC001@${routed}`).locator(".message").innerText(),
    /assumed through Direct Connect, the least protected of 2 possible routes\)$/,
  );
});

test("dragging a node out of its zone un-nests it, and an impossible drop snaps back", async (t) => {
  const ed = await Editor.open(t);
  await ed.drag("vpc", 400, 260);
  await ed.drag("private-subnet", 300, 260);
  await ed.drag("glue-job", 300, 260);
  await ed.move("glue-job", 650, 0);
  await ed.selectNode("glue-job");
  await ed.page.getByTestId("node-inspector").getByText("at the top level").waitFor();
  const before = await ed.node("private-subnet").getAttribute("transform");
  await ed.move("private-subnet", 600, 300);
  const after = await ed.node("private-subnet").getAttribute("transform");
  assert.equal(after, before, "a subnet cannot leave its VPC");
  assert.match(await ed.page.getByTestId("status").innerText(), /Private subnet can only be placed inside: VPC/);
});

test("a template opens with its findings", async (t) => {
  const ed = await Editor.open(t);
  await ed.page.getByTestId("open-templates").click();
  await ed.page.getByTestId("template-training-data-through-nat-without-tls").click();
  assert.deepEqual((await ed.findingIds()).sort(), ["EGR001@rds-train", "ENC002@rds-train", "ENC004@rds", "NET011@rds-train"]);
  // rds → NAT → training job is one data flow, drawn as two hops.
  assert.equal(await ed.flow("rds-train").getAttribute("data-hops"), "2");
  assert.equal(await ed.page.getByTestId("findings-count").innerText(), "4");
  assert.ok(await ed.page.getByTestId("badge-rds-train").isVisible(), "the data flow carries a badge");
  await ed.app.screenshot("template-nat");
  await ed.page.getByTestId("badge-nat").waitFor({ state: "detached" });
  await ed.page.getByTestId("badge-rds-train").click();
  assert.deepEqual((await ed.findingIds()).sort(), ["EGR001@rds-train", "ENC002@rds-train", "NET011@rds-train"], "a badge shows its element's findings");
});

test("everything works from the keyboard: add, select, move, connect, undo, help", async (t) => {
  const ed = await Editor.open(t);
  const page = ed.page;
  // Add from the palette with Enter: a VPC, then a private subnet and a Glue job at the same spot.
  for (const kind of ["vpc", "private-subnet", "glue-job"]) {
    await page.getByTestId(`palette-${kind}`).focus();
    await page.keyboard.press("Enter");
  }
  await ed.page.getByTestId("palette-s3-bucket").focus();
  await page.keyboard.press("Enter");
  assert.deepEqual((await ed.kindsOnCanvas()).sort(), ["glue-job", "private-subnet", "s3-bucket", "vpc"]);
  // The bucket (just added) is selected; arrows move it one grid step.
  const before = await ed.node("s3-bucket").getAttribute("transform");
  await page.keyboard.press("ArrowRight");
  assert.notEqual(await ed.node("s3-bucket").getAttribute("transform"), before);
  await page.keyboard.press("Control+z");
  assert.equal(await ed.node("s3-bucket").getAttribute("transform"), before);
  // Focus a node with Tab-reachable focus and select it with Enter.
  await ed.node("glue-job").focus();
  await page.keyboard.press("Enter");
  await page.getByTestId("node-inspector").waitFor();
  assert.equal(await page.getByTestId("node-label").inputValue(), "Glue job");
  // Connect from the inspector, without a mouse.
  await page.getByTestId("connect-to").selectOption("s3-bucket");
  assert.ok(await ed.flow("glue-job-s3-bucket").isVisible());
  assert.equal(await ed.flow("glue-job-s3-bucket").getAttribute("data-transport"), "tls", "S3 hops start as TLS");
  // Help overlay.
  await ed.clickCanvas(900, 800);
  await page.keyboard.press("?");
  await page.getByTestId("help").waitFor();
  assert.match(await page.getByTestId("help").innerText(), /Undo/);
  await page.keyboard.press("Escape");
  assert.equal(await page.getByTestId("help").count(), 0);
});

test("rubber band, copy and paste, delete, and resizing a zone", async (t) => {
  const ed = await Editor.open(t);
  const page = ed.page;
  await ed.drag("s3-bucket", 200, 150);
  await ed.drag("sagemaker-training-job", 450, 150);
  await ed.connect("s3-bucket", "sagemaker-training-job");
  // Rubber band around both, copy, paste: two more nodes and their flow.
  const c = await ed.canvasBox();
  await page.mouse.move(c.x + 60, c.y + 60);
  await page.mouse.down();
  await page.mouse.move(c.x + 400, c.y + 200, { steps: 4 });
  await page.mouse.move(c.x + 650, c.y + 260, { steps: 4 });
  await page.mouse.up();
  await page.keyboard.press("Control+c");
  await page.keyboard.press("Control+v");
  assert.equal(await page.locator("[data-testid=canvas] .nodes [data-kind]").count(), 4);
  assert.ok(await ed.flow("s3-bucket-sagemaker-training-job-2").isVisible(), "the copy keeps its flow");
  await page.keyboard.press("Delete");
  assert.equal(await page.locator("[data-testid=canvas] .nodes [data-kind]").count(), 2, "the pasted copies were selected");
  await page.keyboard.press("Control+z");
  assert.equal(await page.locator("[data-testid=canvas] .nodes [data-kind]").count(), 4);

  // Resize a zone by its corner handle.
  await ed.drag("vpc", 500, 600);
  await ed.selectNode("vpc");
  const handle = await ed.centre(page.getByTestId("resize-vpc"));
  const area = ed.node("vpc").locator("rect.area");
  const width = Number(await area.getAttribute("width"));
  await page.mouse.move(handle.x, handle.y);
  await page.mouse.down();
  await page.mouse.move(handle.x + 60, handle.y + 40, { steps: 3 });
  await page.mouse.move(handle.x + 120, handle.y + 80, { steps: 3 });
  await page.mouse.up();
  assert.equal(Number(await area.getAttribute("width")), width + 120);
  await page.keyboard.press("Control+z");
  assert.equal(Number(await area.getAttribute("width")), width, "a resize undoes in one step");

  // A zone cannot shrink past what it holds: the drawing keeps showing
  // what the checker reads.
  await ed.drag("ec2-instance", 360, 500);
  await ed.selectNode("vpc");
  const corner = await ed.centre(page.getByTestId("resize-vpc"));
  await page.mouse.move(corner.x, corner.y);
  await page.mouse.down();
  await page.mouse.move(corner.x - 200, corner.y - 150, { steps: 3 });
  await page.mouse.move(corner.x - 460, corner.y - 300, { steps: 3 });
  await page.mouse.up();
  const zone = await area.boundingBox();
  const held = await ed.node("ec2-instance").locator("rect.card").boundingBox();
  assert.ok(Number(await area.getAttribute("width")) < width, "the zone did shrink");
  assert.ok(zone.x + zone.width >= held.x + held.width, "the instance stays inside, horizontally");
  assert.ok(zone.y + zone.height >= held.y + held.height, "the instance stays inside, vertically");
});

/** Opens template `name` from the gallery. */
async function openTemplate(page, name) {
  await page.getByTestId("open-templates").click();
  await page.getByTestId(`template-${name}`).click();
}

test("undo into another design takes the findings filter and the selection with it", async (t) => {
  const ed = await Editor.open(t);
  const page = ed.page;
  const filter = page.locator("[data-testid=findings] p.filter");
  await openTemplate(page, "glue-ingests-all-tables-then-filters");
  await ed.selectNode("pg");
  await openTemplate(page, "training-data-through-nat-without-tls");

  // A badge filters the list to its element and selects it; the header
  // counts what the list shows.
  await page.getByTestId("badge-rds-train").click();
  assert.match(await filter.innerText(), /^Showing /);
  assert.equal(await page.getByTestId("findings-count").innerText(), "3");
  await ed.app.screenshot("filter-on-a-flow");

  // Undo to the first design: its findings, all of them; nothing selected.
  await page.keyboard.press("Control+z");
  await page.getByTestId("doc-title").filter({ hasText: "Glue ingests all tables" }).waitFor();
  assert.equal(await filter.count(), 0, "no filter on an element of the other design");
  assert.deepEqual(await ed.findingIds(), ["LOC001@pg-glue"]);
  assert.equal(await page.getByTestId("findings-count").innerText(), "1");
  assert.equal(await page.getByTestId("findings-pill").innerText(), "1 finding");
  assert.equal(await page.locator("[data-testid=canvas] .selected").count(), 0, "nothing selected");
  await page.getByTestId("design-inspector").waitFor();
  await ed.app.screenshot("undo-into-another-design");

  // Redo: the second design, unfiltered and unselected too.
  await page.keyboard.press("Control+Shift+z");
  await page.getByTestId("doc-title").filter({ hasText: "NAT gateway" }).waitFor();
  assert.deepEqual((await ed.findingIds()).sort(), ["EGR001@rds-train", "ENC002@rds-train", "ENC004@rds", "NET011@rds-train"]);
  assert.equal(await filter.count(), 0);
  assert.equal(await page.locator("[data-testid=canvas] .selected").count(), 0);

  // Deleting the filtered element takes its filter away.
  await page.getByTestId("badge-rds-train").click();
  assert.match(await filter.innerText(), /^Showing 3 of 4 findings, on Transactions DB → NAT gateway → Fraud model training/);
  await page.keyboard.press("Delete");
  assert.equal(await ed.flow("rds-train").count(), 0);
  assert.equal(await filter.count(), 0);
  assert.equal(
    await page.getByTestId("findings-count").innerText(),
    String((await ed.findingIds()).length),
    "the header counts the list",
  );
});

test("carrying only selected datasets starts with none ticked, and says the flow carries nothing", async (t) => {
  const ed = await Editor.open(t);
  const page = ed.page;
  // Seed 000 B: the job reads every table, the sensitive ones too.
  await openTemplate(page, "glue-ingests-all-tables-then-filters");
  assert.deepEqual(await ed.findingIds(), ["LOC001@pg-glue"]);
  await ed.selectFlow("pg-glue");
  await page.getByTestId("carries-subset").check();

  const ticked = await page
    .locator("[data-testid=flow-inspector] .subset input[type=checkbox]")
    .evaluateAll((boxes) => boxes.filter((b) => b.checked).map((b) => b.dataset.testid));
  assert.deepEqual(ticked, [], "nothing ticked for the user, least of all `customers`");
  assert.match(await page.getByTestId("carries-nothing").innerText(), /Nothing selected yet: tick the datasets this flow carries/);
  assert.deepEqual(await ed.findingIds(), [], "a flow that carries nothing takes no sensitive data across");
  assert.match(await ed.flow("pg-glue").locator(".chip text").textContent(), /nothing/);
  await ed.app.screenshot("carries-nothing-yet");

  // Ticking the tables: the non-sensitive one passes, the sensitive one is found.
  await page.getByTestId("carries-orders").check();
  assert.equal(await page.getByTestId("carries-nothing").count(), 0);
  assert.deepEqual(await ed.findingIds(), []);
  await page.getByTestId("carries-customers").check();
  assert.deepEqual(await ed.findingIds(), ["LOC001@pg-glue"]);
  await page.getByTestId("carries-all").check();
  assert.deepEqual(await ed.findingIds(), ["LOC001@pg-glue"]);
});

test("a data-residency Region: sensitive data elsewhere is found, and a bad code is refused", async (t) => {
  const ed = await Editor.open(t);
  const page = ed.page;
  await openTemplate(page, "glue-in-vpc-private-subnets");
  assert.deepEqual(await ed.findingIds(), []);
  await ed.clickCanvas(1100, 700);
  const region = page.getByTestId("req-sensitive-region");
  // The design is in Tokyo; require Seoul.
  await region.fill("ap-northeast-2");
  await region.press("Enter");
  assert.deepEqual((await ed.findingIds()).sort(), ["LOC003@glue-s3", "LOC003@rds", "LOC003@rds-glue"]);
  assert.match(
    await page.getByTestId("finding-LOC003@rds").locator(".message").innerText(),
    /holds sensitive data in ap-northeast-1; it must stay in ap-northeast-2$/,
  );
  await ed.app.screenshot("residency-findings");
  // Tokyo: the design keeps its data there.
  await region.fill("ap-northeast-1");
  await region.press("Enter");
  assert.deepEqual(await ed.findingIds(), []);
  // Not a Region code: refused with the reason, the design unchanged.
  await region.fill("Seoul");
  await region.press("Enter");
  assert.match(await page.getByTestId("status").innerText(), /`?Seoul`? is not a Region code such as `?ap-northeast-2`?/);
  assert.deepEqual(await ed.findingIds(), []);
  await ed.clickCanvas(1100, 700);
  await page.keyboard.press("Control+z");
  assert.deepEqual((await ed.findingIds()).sort(), ["LOC003@glue-s3", "LOC003@rds", "LOC003@rds-glue"], "undo goes back to Seoul, not to the refused edit");
});

test("a flow's chip shows the TLS an end enforces, as the checker sees it", async (t) => {
  const ed = await Editor.open(t);
  await openTemplate(ed.page, "dms-over-ssl-where-ipsec-required");
  // The arrow declares nothing; DMS's SSL mode makes the conversation TLS,
  // which is what ENC001 says ("protected only by TLS").
  const flow = ed.flow("pg-dms");
  assert.equal(await flow.getAttribute("data-transport"), "none");
  assert.equal(await flow.getAttribute("data-protection"), "tls-enforced");
  assert.match(await flow.locator("text").allTextContents().then((t) => t.join(" ")), /TLS \(enforced\)/);
  assert.match(await flow.locator("title").first().textContent(), /TLS end to end: `?DMS replication instance`? refuses connections without it/);
  assert.deepEqual(await ed.findingIds(), ["ENC001@pg-dms"]);
  await ed.app.screenshot("chip-tls-enforced");
});

test("undo into another design fits that design to the view", async (t) => {
  const ed = await Editor.open(t);
  const page = ed.page;
  const zoom = page.locator(".zoom");
  await openTemplate(page, "training-data-through-nat-without-tls");
  const fitted = await zoom.innerText();
  // Zoomed far out on this design, then another one opens.
  for (let i = 0; i < 8; i++) await page.getByRole("button", { name: "Zoom out" }).click();
  assert.notEqual(await zoom.innerText(), fitted);
  await openTemplate(page, "dms-over-ssl-where-ipsec-required");
  await page.getByRole("button", { name: "Zoom out" }).click();
  // Undo: the NAT design again, fitted as when it opened, not left at the
  // other design's zoom.
  await page.getByTestId("undo").click();
  await page.getByTestId("doc-title").filter({ hasText: "NAT gateway" }).waitFor();
  assert.equal(await zoom.innerText(), fitted);
});

test("an endpoint's service is chosen in the inspector, and a flow through an endpoint for another service is found", async (t) => {
  const ed = await Editor.open(t);
  const page = ed.page;
  // The new kinds are in the palette.
  for (const kind of ["dynamodb-table", "on-premises-server", "on-premises-users"]) {
    assert.equal(await page.getByTestId(`palette-${kind}`).count(), 1, kind);
  }
  await openTemplate(page, "glue-writes-dynamodb-through-s3-endpoint");
  assert.deepEqual(await ed.findingIds(), ["NET014@glue-ddb"]);
  await ed.selectNode("gwe");
  const service = page.getByTestId("prop-service");
  assert.equal(await service.inputValue(), "s3");
  await ed.app.screenshot("endpoint-service");
  // Omitted: the endpoint is for whatever its routes lead to.
  await service.selectOption("");
  assert.deepEqual(await ed.findingIds(), []);
  assert.match(await service.locator("option:checked").innerText(), /the service its routes lead to/);
  // Declared for DynamoDB: now the bucket's flow is the one that cannot use it.
  await service.selectOption("dynamodb");
  assert.deepEqual(await ed.findingIds(), ["NET014@glue-s3"]);
  assert.match(
    await page.getByTestId("finding-NET014@glue-s3").locator(".message").innerText(),
    /is for dynamodb, but flow ETL job → Data lake goes through it to S3 bucket Data lake/,
  );
  // Undo goes back one choice: omitted.
  await ed.clickCanvas(1100, 700);
  await page.keyboard.press("Control+z");
  assert.deepEqual(await ed.findingIds(), []);
});

test("a zone moves by its body as by its tab; Alt + drag inside it draws a rubber band", async (t) => {
  const ed = await Editor.open(t);
  const page = ed.page;
  await page.setViewportSize({ width: 1280, height: 800 });
  await ed.drag("vpc", 420, 300);
  await ed.drag("gateway-endpoint", 420, 330);
  const at = async (id) => {
    const m = (await ed.node(id).getAttribute("transform")).match(/translate\(([-\d.]+) ([-\d.]+)\)/);
    return [Number(m[1]), Number(m[2])];
  };
  const vpc = await at("vpc");
  const inside = await at("gateway-endpoint");
  const area = await ed.node("vpc").locator("rect.area").boundingBox();
  // A point of the body away from the tab and from the endpoint.
  const x = area.x + area.width - 30;
  const y = area.y + area.height - 30;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 40, y + 20, { steps: 3 });
  await page.mouse.move(x + 80, y + 40, { steps: 3 });
  await page.mouse.up();
  const [vx, vy] = await at("vpc");
  const [bx, by] = await at("gateway-endpoint");
  assert.ok(vx > vpc[0] && vy > vpc[1], `the VPC moved: ${vpc} → ${[vx, vy]}`);
  assert.deepEqual([bx - vx, by - vy], [inside[0] - vpc[0], inside[1] - vpc[1]], "its contents moved with it");
  assert.equal(await ed.node("vpc").getAttribute("class").then((c) => c.includes("selected")), true, "and it is selected");

  // Alt + drag from inside the body: a band around the endpoint selects it.
  const card = await ed.node("gateway-endpoint").locator(".card").boundingBox();
  await page.keyboard.down("Alt");
  await page.mouse.move(card.x - 12, card.y - 12);
  await page.mouse.down();
  await page.mouse.move(card.x + card.width / 2, card.y + card.height / 2, { steps: 3 });
  await page.mouse.move(card.x + card.width + 12, card.y + card.height + 12, { steps: 3 });
  await page.mouse.up();
  await page.keyboard.up("Alt");
  assert.deepEqual(await at("vpc"), [vx, vy], "Alt + drag does not move the zone");
  assert.equal(await ed.node("gateway-endpoint").getAttribute("aria-pressed"), "true");
  assert.equal(await ed.node("vpc").getAttribute("class").then((c) => c.includes("selected")), false);
});

test("a zone dropped at the canvas's edge, or bigger than the canvas, lands whole in view", async (t) => {
  const ed = await Editor.open(t);
  const page = ed.page;
  await page.setViewportSize({ width: 1000, height: 640 });
  await ed.drag("aws-region", 4, 200);
  const c = await ed.canvasBox();
  const r = await ed.node("aws-region").locator("rect.area").boundingBox();
  assert.ok(r.x >= c.x && r.y >= c.y, `left and top in view: ${JSON.stringify({ r, c })}`);
  assert.ok(r.x + r.width <= c.x + c.width && r.y + r.height <= c.y + c.height, `right and bottom in view: ${JSON.stringify({ r, c })}`);
  await ed.app.screenshot("zone-dropped-at-edge");
});

test("find on canvas: / focuses the field, Enter selects the node and brings it to the middle", async (t) => {
  const ed = await Editor.open(t);
  const page = ed.page;
  await page.setViewportSize({ width: 1280, height: 800 });
  await ed.app.byTestId("open-templates").click();
  await ed.app.byTestId("template-training-data-through-nat-without-tls").click();
  await page.getByTestId("canvas").click({ position: { x: 5, y: 5 } });
  await page.keyboard.press("/");
  const field = page.getByTestId("find");
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), "find");
  await field.fill("nat gateway");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.querySelector("[data-testid=node-nat]")?.getAttribute("aria-pressed") === "true");
  const c = await ed.canvasBox();
  const n = await ed.node("nat").locator(".card").boundingBox();
  assert.ok(Math.abs(n.x + n.width / 2 - (c.x + c.width / 2)) < 12, `centred across: ${JSON.stringify({ n, c })}`);
  assert.ok(Math.abs(n.y + n.height / 2 - (c.y + c.height / 2)) < 12, `centred down: ${JSON.stringify({ n, c })}`);
  // Nothing by that name: said, and the selection stays.
  await field.fill("no such thing");
  await page.keyboard.press("Enter");
  assert.equal(await page.getByTestId("find-none").innerText(), "No node is named like “no such thing”");
  assert.equal(await ed.node("nat").getAttribute("aria-pressed"), "true");
  await ed.app.screenshot("find-on-canvas");
});
