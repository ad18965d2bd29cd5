/**
 * A phone call is typed but is a call (issue 12): on the phone channel the composer has no email
 * Subject, asks for what the learner says on the call and says how it is marked; choosing email
 * brings the Subject back. Checked with axe (WCAG 2.2 A/AA), keyboard focus, and reflow at 320 px;
 * screenshots at 1366 and 320 px go to E2E_SHOTS_DIR.
 */
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "./fixtures";
import { toolEnv } from "../server/env";
import { expectFocusVisible, expectNoAxeViolations, expectNoSidewaysScroll } from "./helpers/a11y";
import { conversation, messagesList, startPractice } from "./helpers/play-in-browser";

const SHOTS = toolEnv().E2E_SHOTS_DIR;

test("on the phone the composer is a call note, not an email", async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 900 });
  await startPractice(page, "complaint-repeat-fault-call", "Robin");
  await expect(messagesList(page).getByTestId("customer-message")).toContainText("stopped pumping water");

  const conv = conversation(page);
  const channel = conv.getByLabel("Channel", { exact: true });
  const said = conv.getByLabel("What you say to Linda Okafor on the call");
  // Linda rang, so the reply starts on the phone: no Subject, the call wording and its hint.
  await expect(channel).toHaveValue("phone");
  await expect(conv.getByLabel("Subject", { exact: true })).toHaveCount(0);
  await expect(said).toBeVisible();
  await expect(said).toHaveAccessibleDescription(
    /write what you would say out loud.*tone and your questions/,
  );
  // Pressed while empty, it says what is missing beside the box (not a dead button).
  await conv.getByRole("button", { name: "Say it on the call" }).click();
  await expect(said).toBeFocused();
  await expect(said).toHaveAccessibleDescription(
    /Write what you say to Linda Okafor on the call: it is empty\.$/,
  );

  // An email has a subject and is a reply; back on the phone the subject goes again.
  await channel.selectOption("email");
  await expect(conv.getByLabel("Subject", { exact: true })).toBeVisible();
  await expect(conv.getByLabel("Your reply to Linda Okafor")).toBeVisible();
  await channel.selectOption("phone");
  await expect(conv.getByLabel("Subject", { exact: true })).toHaveCount(0);

  // From the channel, Tab goes straight to what you say (no hidden field in between).
  await channel.focus();
  await page.keyboard.press("Tab");
  await expect(said).toBeFocused();
  await expectFocusVisible(page, "what you say on the call");
  await page.keyboard.type(
    "I'm so sorry it has stopped again, Linda. Is it the same fault as before the repair?",
  );
  await expectNoAxeViolations(page, "workspace, phone composer");

  fs.mkdirSync(SHOTS, { recursive: true });
  await conv.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SHOTS, "phone-composer-1366.png"), fullPage: false });
  await page.setViewportSize({ width: 320, height: 640 });
  await expectNoSidewaysScroll(page, "workspace, phone composer at 320 px");
  await said.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SHOTS, "phone-composer-320.png"), fullPage: false });
  await page.setViewportSize({ width: 1366, height: 900 });

  await conv.getByRole("button", { name: "Say it on the call" }).click();
  const mine = messagesList(page).getByTestId("learner-message");
  await expect(mine).toContainText("Is it the same fault");
  await expect(mine).toContainText("Phone");
  await expect(said).toHaveValue("");
});

test("on a 1366 × 768 laptop nothing is drawn over the call's send button", async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await startPractice(page, "complaint-repeat-fault-call", "Robin");
  await expect(messagesList(page).getByTestId("customer-message")).toContainText("stopped pumping water");
  const conv = conversation(page);
  await expect(conv.getByLabel("Channel", { exact: true })).toHaveValue("phone");
  const send = conv.getByRole("button", { name: "Say it on the call" });
  const said = conv.getByLabel("What you say to Linda Okafor on the call");
  // A few turns of the call: the thread grows, as in a lesson.
  for (const line of [
    "I'm so sorry it has stopped again, Linda. Is it the same fault as before the repair?",
    "Thank you. Can you tell me when it stopped, and whether it makes any noise now?",
    "That helps. Because our repair didn't last, you can choose a refund or a replacement.",
  ]) {
    await said.fill(line);
    await send.click({ timeout: 10_000 });
    await expect(said).toHaveValue("");
  }
  await send.scrollIntoViewIfNeeded();
  // A trial click fails if another element (the "Your actions" card) would receive it.
  await send.click({ trial: true, timeout: 5_000 });
  // Reached by keyboard, its focus indicator is seen, not covered or clipped (WCAG 2.4.11).
  await said.focus();
  for (let i = 0; i < 6 && !(await send.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press("Tab");
  }
  await expect(send).toBeFocused();
  await expectFocusVisible(page, "Say it on the call at 1366 × 768");
});
