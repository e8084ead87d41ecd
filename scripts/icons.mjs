// Renders the app icon, static/icons/airlock.svg, to the PNGs the web app
// manifest lists (static/icons/airlock-192.png and airlock-512.png), in
// Debian's headless Chromium. Run it after changing the SVG and commit the
// PNGs; the build only copies them.
//
//   node scripts/icons.mjs

import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { launchBrowser } from "../tests/e2e/app.mjs";

const icons = new URL("../static/icons/", import.meta.url);
const svg = await readFile(new URL("airlock.svg", icons), "utf8");

const browser = await launchBrowser();
try {
  for (const size of [192, 512]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<!doctype html><body style="margin:0">` +
        `<img style="display:block;width:${size}px;height:${size}px" ` +
        `src="data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}">`,
    );
    await page.locator("img").evaluate((img) => img.decode());
    const path = fileURLToPath(new URL(`airlock-${size}.png`, icons));
    await page.screenshot({ path, omitBackground: true });
    await page.close();
    console.log(`wrote ${path}`);
  }
} finally {
  await browser.close();
}
