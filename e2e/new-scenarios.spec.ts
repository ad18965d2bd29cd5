/**
 * Issue 12's loyalty and repeat-fault scenarios in the real UI (system Chromium, 1366 px): the
 * repeat-fault model playthrough is played through the workspace (what the learner says on the call
 * typed as phone messages, the call logged, case, remedy and task through the action forms) and the
 * report must show the band and criterion statuses the playthrough file expects; the loyalty
 * scenario's first steps (the personal email to Priya and her reply) are played and shown.
 * Screenshots of both workspaces go to E2E_SHOTS_DIR.
 */
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "./fixtures";
import { toolEnv } from "../server/env";
import {
  BrowserPlayer,
  messagesList,
  STATUS_TEXT,
  startPractice,
  submitForMarking,
} from "./helpers/play-in-browser";
import { readPlaythrough, readScenario } from "./helpers/scenario-files";

const SHOTS = toolEnv().E2E_SHOTS_DIR;

test("the repeat-fault call played through the UI is marked as its playthrough expects", async ({ page }) => {
  test.setTimeout(180_000);
  const pt = readPlaythrough("repeat-fault-model");
  const scenario = readScenario(pt.scenario);
  const attemptId = await startPractice(page, pt.scenario, "Robin");
  const player = new BrowserPlayer(page, scenario);
  await player.begin();
  await expect(messagesList(page).getByTestId("customer-message")).toContainText(
    "stopped pumping water again",
  );
  for (const [i, action] of pt.actions.entries()) {
    await test.step(`#${i + 1}: ${action.type}`, async () => {
      await player.perform(action);
    });
    if (i === 1) {
      // Linda answers on the call: she chooses the refund once her options are explained.
      await expect(messagesList(page).getByTestId("customer-message").last()).toContainText(
        "the full refund, please",
      );
      fs.mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: path.join(SHOTS, "repeat-fault-call-1366.png"), fullPage: false });
    }
  }
  await submitForMarking(page, attemptId);
  await expect(page.getByTestId("report-band")).toHaveText(pt.expect.band!);
  for (const [id, status] of Object.entries(pt.expect.criteria ?? {})) {
    await expect(page.getByTestId(`criterion-${id}`).getByTestId("criterion-status"), id).toHaveText(
      STATUS_TEXT[status],
    );
  }
});

test("the loyalty scenario: a personal email to Priya brings her reason for buying less", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const pt = readPlaythrough("loyalty-model");
  const scenario = readScenario(pt.scenario);
  await startPractice(page, pt.scenario, "Robin");
  const player = new BrowserPlayer(page, scenario);
  await player.begin();
  // The four record views and the first email to Priya.
  for (const action of pt.actions.slice(0, 5)) await player.perform(action);
  await expect(messagesList(page).getByTestId("customer-message").last()).toContainText(
    "a 1kg bag goes stale before I finish it",
  );
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, "loyalty-priya-1366.png"), fullPage: false });
});
