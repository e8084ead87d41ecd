// Screenshots of the context menu and of labels on two lines, at desktop
// and phone sizes, to look at: node menu-shots.mjs OUT_DIR (AIRLOCK_URL as
// for the tests).
import { launchBrowser, baseUrl } from "./app.mjs";

const out = process.argv[2] ?? "/tmp";
const browser = await launchBrowser();
for (const [name, width, height] of [["desktop", 1280, 800], ["phone", 390, 844]]) {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.goto(baseUrl);
  await page.getByTestId("app").waitFor();
  await page.getByTestId("open-templates").click();
  await page.getByTestId("template-training-data-through-nat-without-tls").click();
  await page.getByTestId("node-rds").waitFor();
  for (const [id, label] of [["rds", "Nightly customer orders export to the data lake"], ["s3", "オンプレミスのデータベースサーバー"]]) {
    const card = page.getByTestId(`node-${id}`).locator(".card");
    if (!(await card.isVisible())) continue;
    await card.click();
    const field = page.getByTestId("node-label");
    if (await field.isVisible()) {
      await field.fill(label);
      await field.press("Enter");
    }
  }
  const target = page.getByTestId(name === "phone" ? "node-train" : "node-rds").locator(".card");
  const b = await target.boundingBox();
  await page.mouse.click(b.x + b.width - 10, b.y + b.height / 2, { button: "right" });
  await page.getByTestId("context-menu").waitFor();
  await page.waitForTimeout(200);
  await page.screenshot({ path: `${out}/menu-${name}.png` });
  await page.close();
}
await browser.close();
