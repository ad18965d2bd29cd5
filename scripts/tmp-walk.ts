import { chromium } from "@playwright/test";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"] });
const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: "en-GB" });
const B = "http://127.0.0.1:3300";
await page.goto(B + "/scenarios/complaint-faulty-kettle");
await page.waitForTimeout(800);
await page.screenshot({ path: "/tmp/walk-3-brief.png" });
await page.getByRole("button", { name: "Practise on my own" }).click();
const name = page.getByLabel(/name/i).first();
if (await name.count()) { await name.fill("Jo B"); await page.getByRole("button", { name: /start|practis/i }).last().click(); }
await page.waitForURL(/attempts\/\d+/);
await page.waitForTimeout(1500);
await page.screenshot({ path: "/tmp/walk-5-workspace.png" });
await page.goto(B + "/customers/CUS-0015");
await page.waitForTimeout(1200);
await page.screenshot({ path: "/tmp/walk-7-record.png" });
await browser.close();
