// Keep, share, embed and export: nothing drawn is lost, a bad file changes
// nothing, links and embeds carry the design, and exports hold no script.

import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import http from "node:http";
import test from "node:test";
import { AirlockApp, baseUrl, launchBrowser, findingIds, keptRecords, openTemplate, untilRecords } from "./app.mjs";
import { Editor } from "./editor.mjs";

const examples = new URL("../../static/examples/", import.meta.url);

/** Clicks a button that starts a download; returns the file's text. */
async function download(page, testid, menu) {
  if (menu) await page.getByTestId(menu).click();
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByTestId(testid).click()]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), "utf8") };
}

/** Opens a file through the app's file input. */
async function openFile(page, name, text) {
  await page.getByTestId("open-file-input").setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });
}

test("what is drawn survives a reload", async (t) => {
  const ed = await Editor.open(t);
  await ed.drag("on-premises-network", 200, 200);
  await ed.drag("on-premises-database", 200, 200);
  await ed.drag("s3-bucket", 600, 200);
  await ed.connect("on-premises-database", "s3-bucket");
  await ed.page.reload();
  await ed.app.shell.waitFor();
  assert.deepEqual((await ed.kindsOnCanvas()).sort(), ["on-premises-database", "on-premises-network", "s3-bucket"]);
  assert.ok(await ed.flow("on-premises-database-s3-bucket").isVisible());
});

test("a saved file opens again identical, and a broken file changes nothing", async (t) => {
  const app = await AirlockApp.open(t);
  const page = app.page;
  await openTemplate(app, "glue-ingests-all-tables-then-filters");
  const saved = await download(page, "save-file");
  assert.equal(saved.name, "glue-ingests-all-tables-over-the-vpn-then-filters-in-the-clo.json", "named after the title (60 characters at most)");
  const original = await readFile(new URL("glue-ingests-all-tables-then-filters.json", examples), "utf8");
  assert.equal(saved.text, original, "the saved file is the document, byte for byte");

  // Another design, then the saved file again.
  await openTemplate(app, "dms-over-ssl-where-ipsec-required");
  await openFile(page, "mine.json", saved.text);
  await page.getByTestId("banner").filter({ hasText: "Opened mine.json" }).waitFor();
  assert.deepEqual(await findingIds(page), ["LOC001@pg-glue"]);
  assert.equal((await download(page, "save-file")).text, saved.text);

  // A broken file: a clear error naming where, and the diagram as it was.
  const broken = JSON.parse(saved.text);
  broken.nodes[1].parent = "nowhere";
  await openFile(page, "broken.json", JSON.stringify(broken));
  const banner = page.getByTestId("banner").filter({ hasText: "broken.json" });
  await banner.waitFor();
  const text = await banner.innerText();
  assert.match(text, /Could not open broken\.json; the diagram is unchanged/);
  assert.match(text, /nodes\[1\]\.parent \(`pg`\): the parent `nowhere` is not a node/);
  assert.equal((await download(page, "save-file")).text, saved.text, "nothing changed");
  await openFile(page, "junk.json", "{ not json");
  await page.getByTestId("banner").filter({ hasText: "junk.json" }).waitFor();
  assert.match(await page.getByTestId("banner").filter({ hasText: "junk.json" }).innerText(), /line 1, column 3/);
  assert.deepEqual(await findingIds(page), ["LOC001@pg-glue"]);
  // A file a Windows editor saved, with a byte-order mark, opens.
  await openFile(page, "bom.json", "\uFEFF" + saved.text);
  await page.getByTestId("banner").filter({ hasText: "Opened bom.json" }).waitFor();
  assert.equal((await download(page, "save-file")).text, saved.text);
  await app.screenshot("broken-file");
});

test("banners do not pile up: one per kind, a good open replaces a failed one, a confirmation goes by itself", async (t) => {
  const app = await AirlockApp.open(t);
  const page = app.page;
  const banners = page.getByTestId("banner");
  const good = await readFile(new URL("glue-ingests-all-tables-then-filters.json", examples), "utf8");

  // Two failures to open: the newer replaces the older.
  await openFile(page, "junk.json", "{ not json");
  await banners.filter({ hasText: "junk.json" }).waitFor();
  await openFile(page, "broken.json", good.replace('"parent": "corp"', '"parent": "nowhere"'));
  await banners.filter({ hasText: "broken.json" }).waitFor();
  assert.equal(await banners.count(), 1, "one banner about opening, the newest");
  await app.screenshot("banner-open-error");

  // A file that opens: the error goes, and the confirmation goes by itself.
  await openFile(page, "mine.json", good);
  const opened = banners.filter({ hasText: "Opened mine.json" });
  await opened.waitFor();
  assert.equal(await banners.count(), 1, "the earlier error is gone");
  assert.equal(await opened.getAttribute("role"), "status");
  await opened.waitFor({ state: "detached", timeout: 10_000 });
  assert.equal(await banners.count(), 0);

  // A template that opens takes an earlier error away too.
  await openFile(page, "junk.json", "{ not json");
  await banners.filter({ hasText: "junk.json" }).waitFor();
  await openTemplate(app, "dms-over-ssl-where-ipsec-required");
  assert.equal(await banners.count(), 0, "no error left about a file the user has moved past");

  // An error stays until dismissed, and its close button dismisses it.
  await openFile(page, "junk.json", "{ not json");
  await page.waitForTimeout(7_000);
  assert.equal(await banners.count(), 1, "an error does not go by itself");
  await banners.getByTestId("banner-dismiss").click();
  assert.equal(await banners.count(), 0);
});

test("a share link opens the same design and findings in a fresh browser", async (t) => {
  const app = await AirlockApp.open(t);
  await openTemplate(app, "training-data-through-nat-without-tls");
  await app.page.getByTestId("share-menu").click();
  await app.page.getByTestId("share-link").click();
  const link = await app.page.getByTestId("shown-text").inputValue();
  assert.ok(link.startsWith(new URL(baseUrl).href.replace(/[?#].*$/, "")), link);
  assert.match(link, /#doc=[A-Za-z0-9_-]+$/);
  const expected = await findingIds(app.page);

  const other = await AirlockApp.open(t, { path: link.slice(link.indexOf("#")) });
  assert.deepEqual(await findingIds(other.page), expected);
  assert.equal(await other.byTestId("doc-title").innerText(), "Training data routed through a NAT gateway without TLS");
  assert.equal(new URL(other.page.url()).hash, "", "the link's design is now the tab's own: the fragment is gone");
  // The visitor's own (empty) design is one undo away.
  await other.byTestId("undo").click();
  assert.equal(await other.page.locator("[data-testid=canvas] [data-kind]").count(), 0);
});

test("the exported SVG parses and holds no script", async (t) => {
  const app = await AirlockApp.open(t);
  await openTemplate(app, "training-data-through-nat-without-tls");
  const svg = await download(app.page, "export-svg", "export-menu");
  assert.equal(svg.name.endsWith(".svg"), true);
  const facts = await app.page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "image/svg+xml");
    const all = [...doc.querySelectorAll("*")];
    return {
      error: doc.querySelector("parsererror")?.textContent ?? null,
      root: doc.documentElement.nodeName,
      scripts: doc.querySelectorAll("script").length,
      handlers: all.flatMap((e) => [...e.attributes].map((a) => a.name)).filter((n) => n.startsWith("on")),
      badges: all.filter((e) => e.nodeName === "circle").length,
    };
  }, svg.text);
  // Two badges: on the data flow through the NAT gateway (three findings
  // are the flow's) and on the database (ENC004 is the node's).
  assert.deepEqual(facts, { error: null, root: "svg", scripts: 0, handlers: [], badges: 2 });
  const md = await download(app.page, "export-md", "export-menu");
  assert.match(md.text, /EGR001/);
  const sarif = JSON.parse((await download(app.page, "export-sarif", "export-menu")).text);
  assert.equal(sarif.version, "2.1.0");
  assert.deepEqual(sarif.runs[0].results.map((r) => r.ruleId).sort(), ["EGR001", "ENC002", "ENC004", "NET011"]);
});

/** Serves one HTML page on its own port: another origin than the app's. */
async function hostPage(t, html) {
  const server = http.createServer((req, res) => {
    res.writeHead(200, { "content-type": "text/html" });
    res.end(html);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  t.after(() => server.close());
  return `http://127.0.0.1:${server.address().port}`;
}

test("embedded in another origin's page: read-only, live findings, and the postMessage protocol", async (t) => {
  const seed = await readFile(new URL("dms-over-ssl-where-ipsec-required.json", examples), "utf8");
  const appUrl = new URL(baseUrl);
  // The docs page: an iframe of the app, and a script that records replies.
  let parentOrigin = "";
  const html = () => `<!doctype html><meta charset="utf-8"><title>Docs</title>
    <h1>Our pipeline</h1>
    <iframe id="f" width="900" height="520" src="${appUrl.href}?embed&parent=${encodeURIComponent(parentOrigin)}"></iframe>
    <script>
      window.replies = [];
      addEventListener("message", (e) => { if (e.origin === ${JSON.stringify(appUrl.origin)}) window.replies.push(e.data); });
    </script>`;
  let page = "";
  const server = http.createServer((req, res) => {
    res.writeHead(200, { "content-type": "text/html" });
    res.end(page);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  t.after(() => server.close());
  parentOrigin = `http://127.0.0.1:${server.address().port}`;
  page = html();

  const browser = await launchBrowser();
  t.after(() => browser.close());
  const context = await browser.newContext();
  const problems = [];
  context.on("request", (r) => {
    const o = new URL(r.url()).origin;
    if (o !== appUrl.origin && o !== parentOrigin && !r.url().startsWith("data:") && !r.url().startsWith("blob:")) {
      problems.push(r.url());
    }
  });
  const docs = await context.newPage();
  docs.on("pageerror", (e) => problems.push(e.message));
  await docs.goto(parentOrigin + "/");
  const frame = docs.frameLocator("#f");
  await frame.getByTestId("app").waitFor();
  assert.equal(await frame.getByTestId("app").getAttribute("data-mode"), "embed");
  assert.equal(await frame.getByTestId("palette").count(), 0, "no palette: read-only");
  await docs.waitForFunction(() => window.replies.some((m) => m.type === "airlock:ready"));

  // The docs page sends its diagram source; the embed answers with findings.
  const reply = await docs.evaluate(async (text) => {
    const frame = document.getElementById("f").contentWindow;
    frame.postMessage({ type: "airlock:load", id: 7, document: JSON.parse(text) }, "*");
    for (let i = 0; i < 100; i++) {
      const r = window.replies.find((m) => m.id === 7);
      if (r) return r;
      await new Promise((ok) => setTimeout(ok, 20));
    }
    return null;
  }, seed);
  assert.equal(reply.type, "airlock:findings");
  assert.deepEqual(reply.report.findings.map((f) => f.id), ["ENC001@pg-dms"]);
  await frame.locator("li.finding").first().waitFor();
  assert.equal(await frame.getByTestId("findings-count").innerText(), "1");
  assert.ok(await frame.getByTestId("node-pg").isVisible(), "the diagram is drawn");

  // A broken document gets the errors back, and the diagram stays.
  const errors = await docs.evaluate(async () => {
    const frame = document.getElementById("f").contentWindow;
    frame.postMessage({ type: "airlock:load", id: 8, document: { airlock: 1, nodes: [{ id: "x", kind: "nope" }] } }, "*");
    for (let i = 0; i < 100; i++) {
      const r = window.replies.find((m) => m.id === 8);
      if (r) return r;
      await new Promise((ok) => setTimeout(ok, 20));
    }
    return null;
  });
  assert.equal(errors.type, "airlock:error");
  assert.match(errors.errors[0], /nodes\[0\]\.kind \(`x`\)/);
  assert.ok(await frame.getByTestId("node-pg").isVisible());
  await docs.screenshot({ path: new URL("./artifacts/embed.png", import.meta.url).pathname });
  assert.deepEqual(problems, []);
});

test("an embed ignores messages from an origin it was not told to trust", async (t) => {
  const appUrl = new URL(baseUrl);
  const origin = await hostPage(
    t,
    `<!doctype html><meta charset="utf-8"><iframe id="f" src="${appUrl.href}?embed&parent=${encodeURIComponent("https://docs.example.org")}"></iframe>
     <script>window.replies = []; addEventListener("message", (e) => window.replies.push(e.data));</script>`,
  );
  const browser = await launchBrowser();
  t.after(() => browser.close());
  const page = await browser.newPage();
  await page.goto(origin + "/");
  await page.frameLocator("#f").getByTestId("app").waitFor();
  const replies = await page.evaluate(async () => {
    const frame = document.getElementById("f").contentWindow;
    frame.postMessage({ type: "airlock:load", id: 1, document: { airlock: 1 } }, "*");
    await new Promise((ok) => setTimeout(ok, 800));
    return window.replies.filter((m) => m.id === 1);
  });
  assert.deepEqual(replies, [], "no answer to an untrusted origin");
});

test("labels, names and reasons are text everywhere, never markup or script", async (t) => {
  const app = await AirlockApp.open(t);
  const page = app.page;
  let dialogs = 0;
  page.on("dialog", (d) => {
    dialogs += 1;
    d.dismiss();
  });
  const doc = JSON.parse(await readFile(new URL("training-data-through-nat-without-tls.json", examples), "utf8"));
  const evil = {
    script: "<script>window.pwned='script'</script>",
    img: "<img src=x onerror=\"window.pwned='img'\">",
    svg: "\"><svg onload=\"window.pwned='svg'\">",
    js: "javascript:window.pwned='js'",
  };
  doc.title = evil.svg;
  doc.nodes.find((n) => n.id === "rds").label = evil.script;
  doc.nodes.find((n) => n.id === "nat").label = evil.img;
  doc.nodes.find((n) => n.id === "rds").props.datasets[0].name = evil.js;
  doc.suppressions = [{ rule: "ENC002", target: "rds-train", reason: evil.img }];
  await openFile(page, "evil.json", JSON.stringify(doc));
  await page.getByTestId("banner").filter({ hasText: "Opened evil.json" }).waitFor();

  // Shown as text: in the canvas, the findings, the inspector and the title.
  // The label wraps onto two lines (no space to break at), cut after the second.
  assert.deepEqual(await page.getByTestId("node-rds").locator("text.label").allTextContents(), ["<script>wind", "ow.pwned='s…"]);
  assert.equal(await page.getByTestId("node-rds").locator("title").first().textContent(), `${evil.script} — RDS instance`);
  assert.equal(await page.getByTestId("doc-title").innerText(), evil.svg);
  const egress = page.getByTestId("finding-EGR001@rds-train");
  assert.match(await egress.locator(".message").innerText(), /javascript:window\.pwned='js'/);
  await page.getByTestId("suppressed").locator(":scope > summary").click();
  assert.match(await page.getByTestId("suppressed").innerText(), /<img src=x onerror=/);
  await page.getByTestId("node-nat").locator(".card").click();
  assert.equal(await page.getByTestId("node-label").inputValue(), evil.img);
  // No element was made from user text: no event-handler attribute anywhere,
  // no <img>, and no script but the app's own boot module.
  const made = await page.evaluate(() => ({
    handlers: [...document.querySelectorAll("*")].flatMap((e) => [...e.attributes].map((a) => a.name)).filter((n) => n.startsWith("on")),
    images: document.querySelectorAll("img").length,
    scripts: [...document.querySelectorAll("script")].map((s) => s.getAttribute("src")),
  }));
  assert.deepEqual(made, { handlers: [], images: 0, scripts: ["./boot.js"] });

  // And in the exports and the embed view.
  const svg = await download(page, "export-svg", "export-menu");
  assert.ok(!svg.text.includes("<script"), "no script in the SVG");
  assert.ok(svg.text.includes(">&lt;script&gt;wind</text>") && svg.text.includes(">ow.pwned=&apos;s…</text>"), "the label is escaped text, on two lines as on the canvas");
  const md = await download(page, "export-md", "export-menu");
  assert.ok(!md.text.includes("<script>") && !md.text.includes("<img"), "markdown escapes markup");
  await page.getByTestId("share-menu").click();
  await page.getByTestId("embed-snippet").click();
  const snippet = await page.getByTestId("shown-text").inputValue();
  assert.ok(snippet.includes("&lt;svg onload="), "the iframe title is escaped");
  const embed = snippet.match(/src="([^"]+)"/)[1];
  const view = await AirlockApp.open(t, { path: embed.slice(embed.indexOf("?")) });
  assert.equal(await view.byTestId("doc-title").innerText(), evil.svg);
  assert.equal(await view.page.evaluate(() => window.pwned ?? null), null);

  assert.equal(await page.evaluate(() => window.pwned ?? null), null, "nothing ran");
  assert.equal(dialogs, 0);
  await app.screenshot("injection");
});

test("when browser storage refuses, a banner says so and the editor keeps working", async (t) => {
  const browser = await launchBrowser();
  const context = await browser.newContext();
  await context.addInitScript(() => {
    // No IndexedDB: the records are in localStorage, which is full.
    Object.defineProperty(window, "indexedDB", { value: undefined, configurable: true });
    const setItem = Storage.prototype.setItem;
    window.storageFull = true;
    Storage.prototype.setItem = function (...args) {
      if (window.storageFull) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      return setItem.apply(this, args);
    };
  });
  const app = new AirlockApp(browser, context, await context.newPage());
  t.after(async () => {
    await app.close();
    app.assertClean();
  });
  await app.page.setViewportSize({ width: 1600, height: 1000 });
  await app.goto();
  const ed = new Editor(app);
  await ed.drag("s3-bucket", 400, 300);
  const banner = app.byTestId("banner").filter({ hasText: "Autosave is off" });
  await banner.waitFor();
  assert.match(await banner.innerText(), /^Autosave is off: the browser refused to store this design \(\d+ B; storage full, or private browsing\); it keeps no other design\. Your work stays in this tab/);
  await ed.drag("sagemaker-training-job", 800, 300);
  await ed.connect("s3-bucket", "sagemaker-training-job");
  assert.equal(await app.byTestId("banner").count(), 1, "said once, not on every edit");
  assert.ok(await ed.flow("s3-bucket-sagemaker-training-job").isVisible(), "work goes on in memory");
  // Storage works again: the next edit is saved, and the banner goes.
  await app.page.evaluate(() => {
    window.storageFull = false;
  });
  await ed.drag("s3-bucket", 400, 600);
  await banner.waitFor({ state: "detached" });
});

test("when IndexedDB refuses a write, a banner says what is kept, and goes once a write works", async (t) => {
  const browser = await launchBrowser();
  const context = await browser.newContext();
  await context.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    window.databaseFull = true;
    IDBObjectStore.prototype.put = function (...args) {
      if (window.databaseFull) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      return put.apply(this, args);
    };
  });
  const app = new AirlockApp(browser, context, await context.newPage());
  t.after(async () => {
    await app.close();
    app.assertClean();
  });
  await app.page.setViewportSize({ width: 1600, height: 1000 });
  await app.goto();
  const ed = new Editor(app);
  await ed.drag("s3-bucket", 400, 300);
  const banner = app.byTestId("banner").filter({ hasText: "did not keep" });
  await banner.waitFor();
  assert.match(await banner.innerText(), /^The browser's database did not keep your latest changes to this design \(.*QuotaExceededError.*\)\. They stay in this tab until it closes/);
  await ed.drag("sagemaker-training-job", 800, 300);
  assert.equal(await app.byTestId("banner").count(), 1, "said once, not on every edit");
  await app.page.evaluate(() => {
    window.databaseFull = false;
  });
  await ed.drag("s3-bucket", 400, 600);
  await banner.waitFor({ state: "detached" });
  const records = await untilRecords(app.page, (r) => Object.keys(r).length === 1 && r);
  assert.equal(JSON.parse(Object.values(records)[0]).nodes.length, 3, "the latest version is kept");
});

test("the example docs page embeds a design and checks it with the page-script API", async (t) => {
  const app = await AirlockApp.open(t);
  const page = app.page;
  await page.goto(new URL("docs/embed-example.html", baseUrl).href);
  await page.getByTestId("api-result").locator("li").first().waitFor();
  assert.match(await page.getByTestId("api-result").innerText(), /high LOC001@pg-glue: Flow `Retail PostgreSQL → Daily ETL \(Glue\)`/i);
  await page.waitForFunction(() => document.querySelector("[data-testid=embed-result]").textContent !== "waiting…");
  assert.equal(await page.getByTestId("embed-result").innerText(), "LOC001@pg-glue");
  const frame = page.frameLocator("#diagram");
  assert.equal(await frame.getByTestId("findings-count").innerText(), "1");
  await app.screenshot("docs-example");
});

test("labels with characters XML forbids still export a valid SVG and a PNG", async (t) => {
  const app = await AirlockApp.open(t);
  const page = app.page;
  const doc = JSON.parse(await readFile(new URL("training-data-through-nat-without-tls.json", examples), "utf8"));
  doc.nodes.find((n) => n.id === "rds").label = "Orders\uFFFE\uFFFF\u0001 DB";
  await openFile(page, "odd.json", JSON.stringify(doc));
  await page.getByTestId("banner").filter({ hasText: "Opened odd.json" }).waitFor();
  const svg = await download(page, "export-svg", "export-menu");
  const error = await page.evaluate(
    (text) => new DOMParser().parseFromString(text, "image/svg+xml").querySelector("parsererror")?.textContent ?? null,
    svg.text,
  );
  assert.equal(error, null, "the SVG parses");
  assert.ok(!/[\uFFFE\uFFFF\u0001]/.test(svg.text), "no forbidden character is written");
  // The PNG is drawn from the same SVG: before, it silently never came.
  await page.getByTestId("export-menu").click();
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-png").click()]);
  assert.ok(file.suggestedFilename().endsWith(".png"));
  const png = await readFile(await file.path());
  assert.deepEqual([...png.subarray(1, 4)].map((b) => String.fromCharCode(b)).join(""), "PNG");
});

test("a share link pasted into an open tab opens at once, and the tab's own design is one undo away", async (t) => {
  const app = await AirlockApp.open(t);
  await openTemplate(app, "training-data-through-nat-without-tls");
  await app.page.getByTestId("share-menu").click();
  await app.page.getByTestId("share-link").click();
  const link = await app.page.getByTestId("shown-text").inputValue();
  const expected = await findingIds(app.page);

  // Another tab, with a design of its own; the link is pasted into it.
  const other = await AirlockApp.open(t);
  await openTemplate(other, "dms-over-ssl-where-ipsec-required");
  assert.deepEqual(await findingIds(other.page), ["ENC001@pg-dms"]);
  await other.page.evaluate((hash) => { location.hash = hash; }, link.slice(link.indexOf("#")));
  await other.byTestId("doc-title").filter({ hasText: "NAT gateway" }).waitFor();
  assert.deepEqual(await findingIds(other.page), expected);
  await other.byTestId("banner").filter({ hasText: "Opened the shared design" }).waitFor();
  assert.equal(new URL(other.page.url()).hash, "", "the fragment is gone");
  await other.byTestId("undo").click();
  await other.byTestId("doc-title").filter({ hasText: "DMS" }).waitFor();
  assert.deepEqual(await findingIds(other.page), ["ENC001@pg-dms"]);

  // A broken link says so and changes nothing.
  await other.page.evaluate(() => { location.hash = "#doc=not-a-design"; });
  await other.byTestId("banner").filter({ hasText: "could not be opened" }).waitFor();
  assert.deepEqual(await findingIds(other.page), ["ENC001@pg-dms"]);
});

test("the full app framed by another page of the site never touches the designs kept", async (t) => {
  const app = await AirlockApp.open(t);
  const page = app.page;
  await openTemplate(app, "training-data-through-nat-without-tls");
  await page.getByTestId("share-menu").click();
  await page.getByTestId("share-link").click();
  const link = await page.getByTestId("shown-text").inputValue();
  await page.keyboard.press("Escape");
  // The user's own design, autosaved.
  await openTemplate(app, "dms-over-ssl-where-ipsec-required");
  await untilRecords(page, (records) => Object.values(records).some((v) => v.includes("DMS with table mapping")));
  const everything = async () =>
    JSON.stringify([await page.evaluate(() => Object.entries(localStorage).sort()), Object.entries(await keptRecords(page)).sort()]);
  const kept = await everything();

  // A same-site page frames the full app with a design in the link.
  await page.evaluate((src) => {
    const f = document.createElement("iframe");
    f.id = "framed";
    f.src = src;
    f.style.cssText = "position:fixed;inset:0;width:100%;height:100%;z-index:99;background:white";
    document.body.append(f);
  }, link);
  const frame = page.frameLocator("#framed");
  await frame.getByTestId("doc-title").filter({ hasText: "NAT gateway" }).waitFor();
  await frame.getByTestId("banner").filter({ hasText: "autosave is off here" }).waitFor();
  await page.waitForTimeout(1_000);
  assert.equal(await everything(), kept, "no design kept in the browser changed");
});
