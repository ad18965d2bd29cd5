/**
 * Takes screenshots of the main pages for a human look: `tsx scripts/screenshots.ts <baseUrl> <outDir> [path...]`.
 */
import fs from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import { toolEnv } from "@/server/env";

const [baseUrl = "http://127.0.0.1:3000", outDir = "/tmp/shots", ...paths] = process.argv.slice(2);
const targets = paths.length ? paths : ["/", "/customers", "/customers/CUS-0001", "/insights"];

const { CHROMIUM_PATH, SHOT_WIDTH: width } = toolEnv();
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
  ],
});
fs.mkdirSync(outDir, { recursive: true });
const page = await browser.newPage({ viewport: { width, height: 900 }, locale: "en-GB" });
for (const target of targets) {
  await page.goto(baseUrl + target, { waitUntil: "load" });
  await page.waitForTimeout(2500);
  const file = path.join(outDir, `${target.replace(/[^a-z0-9]+/gi, "_") || "home"}-${width}.png`);
  await page.screenshot({ path: file, fullPage: true });
  console.log(file);
}
await browser.close();
