/**
 * The monthly service review in the real UI (system Chromium, 1366 px): the attempt's own Insights
 * view shows last month's and the month before's NPS as the brief and rubric quote them, whatever the
 * day the attempt starts (the scenario's data is dated in calendar months). A screenshot of the view
 * goes to E2E_SHOTS_DIR.
 */
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "./fixtures";
import { toolEnv } from "../server/env";
import { monthLabel } from "../server/core/metrics";
import { formatUkMonthName, ukMonthFrom } from "../server/core/scenarios/dates";
import { startPractice } from "./helpers/play-in-browser";

const SHOTS = toolEnv().E2E_SHOTS_DIR;

test("the service review's Insights view shows last month's NPS as the brief and rubric quote it", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await startPractice(page, "monthly-service-review", "Robin");

  // The attempt starts today (UK): the brief names last month.
  const today = new Date();
  const lastMonth = ukMonthFrom(today, -1);
  const monthBefore = ukMonthFrom(today, -2);
  await expect(page.getByText(`last month's service (${formatUkMonthName(lastMonth)})`)).toBeVisible();

  await page.getByRole("tab", { name: "Insights" }).click();
  await expect(page.getByRole("heading", { name: "Insights from this CRM" })).toBeVisible();
  const figure = page.getByRole("figure").filter({ hasText: "NPS" }).first();
  await figure.getByText("Show the figures as a table").click();
  const row = (month: string) => figure.getByRole("row", { name: new RegExp(`^${monthLabel(month)}`) });
  await expect(row(lastMonth).getByRole("cell").first()).toHaveText("−10");
  await expect(row(lastMonth).getByRole("cell").nth(1)).toHaveText("10");
  await expect(row(monthBefore).getByRole("cell").first()).toHaveText("+80");
  await expect(row(monthBefore).getByRole("cell").nth(1)).toHaveText("5");

  await row(lastMonth).scrollIntoViewIfNeeded();
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, "service-review-insights-1366.png"), fullPage: false });
  // The chart and its table together, as the learner reads them.
  await figure.screenshot({ path: path.join(SHOTS, "service-review-nps-by-month.png") });
});
