/**
 * Session 39's lesson, run as next week's class would: a tutor sets a kettle assignment due in a week that
 * locks then; Ada on a phone (320 px) by keyboard alone, Ben on a tablet (820 px), Cy on a desktop (1366
 * px); the tutor watches live and reads the results. Axe (WCAG 2.2 AA) on every page each of them meets.
 */
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { toolEnv } from "../server/env";
import { expectNoAxeViolations, expectNoSidewaysScroll } from "./helpers/a11y";
import {
  ASSIGNABLE,
  createClassWithAssignment,
  dueInAWeekThenLock,
  joinClass,
  newPage,
  signInTutor,
} from "./helpers/classroom";
import { KeyboardOnly } from "./helpers/keyboard";

const LESSON_SHOTS = toolEnv().LESSON_SHOTS;

const KETTLE = ASSIGNABLE.kettle;

async function checked(page: Page, what: string) {
  await expectNoSidewaysScroll(page, what);
  await expectNoAxeViolations(page, what);
}

test("a lesson: tutor, three learners on three devices (one by keyboard alone), live view and results", async ({
  browser,
}) => {
  test.setTimeout(600_000);
  const tutor = await newPage(browser);
  await signInTutor(tutor);
  await checked(tutor, "the tutor's home");
  const { code, classUrl, resultsUrl } = await createClassWithAssignment(tutor, {
    prefix: "S39 lesson",
    ...KETTLE,
  });
  await dueInAWeekThenLock(tutor, KETTLE.scenarioTitle);
  await checked(tutor, "the class page with the assignment's settings");

  // Ada: a phone, the keyboard only.
  const ada = await newPage(browser, 320, 640);
  const kb = new KeyboardOnly(ada);
  await ada.goto("/join");
  await checked(ada, "the join page at 320 px");
  const form = ada.getByRole("region", { name: "Join with a class code" });
  await kb.tabTo(form.getByRole("textbox", { name: "Class code" }), "join: to the code");
  await kb.type(code, "join: code");
  await kb.tabTo(form.getByRole("textbox", { name: "Your display name" }), "join: to the name");
  await kb.type("Ada", "join: name");
  await kb.press("Enter", "join: submit", {
    lands: ada.getByRole("heading", { level: 1, name: "Welcome, Ada" }),
  });
  await checked(ada, "the welcome page at 320 px");
  await kb.tabTo(ada.getByRole("link", { name: `Start: ${KETTLE.scenarioTitle}` }), "welcome: to Start");
  await kb.press("Enter", "welcome: open the brief", {
    url: /\/scenarios\//,
    lands: ada.getByRole("heading", { level: 1, name: KETTLE.scenarioTitle }),
  });
  await expect(ada.getByTestId("deadline")).toContainText("This assignment locks at");
  await checked(ada, "the brief at 320 px");
  await kb.tabTo(ada.getByRole("button", { name: "Start scenario" }), "brief: to Start scenario", {
    max: 120,
  });
  await kb.press("Enter", "brief: start", {
    url: /\/attempts\/\d+$/,
    lands: ada.getByRole("heading", { level: 1, name: KETTLE.scenarioTitle }),
  });
  await expect(ada.getByTestId("sim-clock")).toBeVisible();
  await checked(ada, "the workspace at 320 px");
  const reply = ada.getByLabel("Your reply to Priya Shah");
  await kb.tabTo(reply, "workspace: to the reply box", { max: 200 });
  await kb.type(
    "Dear Priya, I'm so sorry your kettle stopped working. I will send a replacement today. Thank you for telling us.",
    "workspace: reply",
  );
  await kb.tabTo(ada.getByRole("button", { name: "Send reply" }), "workspace: to Send");
  await kb.press("Enter", "workspace: send");
  await expect(reply).toHaveValue("");

  // Ben: a tablet, by touch or mouse; a refund in pounds.
  const ben = await newPage(browser, 820, 1180);
  await joinClass(ben, code, "Ben");
  await checked(ben, "the welcome page at 820 px");
  await ben.getByRole("link", { name: `Start: ${KETTLE.scenarioTitle}` }).click();
  await checked(ben, "the brief at 820 px");
  await ben.getByRole("button", { name: "Start scenario" }).click();
  await ben.waitForURL(/\/attempts\/\d+$/);
  await checked(ben, "the workspace at 820 px");
  await ben
    .getByRole("tablist", { name: "Choose a CRM action" })
    .getByRole("tab", { name: "Issue remedy" })
    .click();
  const remedy = ben.getByRole("tabpanel", { name: "Issue remedy" });
  await expect(remedy.getByText(/^Item price £\d+\.\d\d/)).toBeVisible();
  await remedy.getByLabel("Amount (£)").fill("500");
  await remedy.getByRole("button", { name: "Issue remedy" }).click();
  // More than the kettle cost: refused, in pounds, with the amount kept to mend.
  await expect(remedy.getByText(/£/).last()).toBeVisible();
  await expect(
    remedy.getByText("£500.00 is more than the £44.99 left to refund on the Aurora 1.7L Glass Kettle."),
  ).toBeVisible();
  if (LESSON_SHOTS) {
    await remedy.screenshot({ path: `${LESSON_SHOTS}/lesson-remedy-refused-820.png` });
  }
  await expect(remedy.getByLabel("Amount (£)")).toHaveValue("500");
  await checked(ben, "the remedy form after a bad amount");

  // Cy: a desktop; submits a short attempt.
  const cy = await newPage(browser, 1366, 900);
  await joinClass(cy, code, "Cy");
  await cy.getByRole("link", { name: `Start: ${KETTLE.scenarioTitle}` }).click();
  await cy.getByRole("button", { name: "Start scenario" }).click();
  await cy.waitForURL(/\/attempts\/\d+$/);
  await checked(cy, "the workspace at 1366 px");
  await cy
    .getByLabel("Your reply to Priya Shah")
    .fill("Dear Priya, sorry about the kettle. I have refunded you in full. Thank you.");
  await cy.getByRole("button", { name: "Send reply" }).click();
  await expect(cy.getByLabel("Your reply to Priya Shah")).toHaveValue("");
  await cy.getByRole("button", { name: "Submit for marking" }).click();
  await cy.getByRole("button", { name: "Yes, submit" }).click();
  await expect(cy.getByTestId("report-band")).toBeVisible();
  await checked(cy, "the report at 1366 px");

  // Ada submits by keyboard.
  await kb.tabTo(ada.getByRole("button", { name: "Submit for marking" }), "to Submit for marking", {
    backwards: true,
    max: 200,
  });
  await kb.press("Enter", "submit");
  const confirm = ada.getByRole("alertdialog", { name: "Confirm submission" });
  await expect(confirm.getByRole("button", { name: "Not yet" })).toBeFocused();
  await kb.press("Tab", "confirmation: to Yes, submit");
  await kb.press("Enter", "confirmation: submit", {
    url: /\/attempts\/\d+\/report$/,
    lands: ada.getByRole("heading", { level: 1, name: KETTLE.scenarioTitle }),
  });
  await expect(ada.getByTestId("report-band")).toBeVisible();
  await checked(ada, "the report at 320 px");

  // The tutor: live dashboard at three widths, then the results.
  await tutor.goto(classUrl);
  await tutor.getByRole("link", { name: "Live dashboard" }).click();
  const table = tutor.getByRole("table", { name: "Learners' progress" });
  await expect(table.getByRole("row").filter({ hasText: "Ben" })).toBeVisible();
  for (const [w, h] of [
    [1366, 900],
    [820, 1180],
    [320, 640],
  ] as const) {
    await tutor.setViewportSize({ width: w, height: h });
    await checked(tutor, `the live dashboard at ${w} px`);
  }
  await tutor.setViewportSize({ width: 1366, height: 900 });
  // Each learner's last action, as the tutor reads it: it read "Sent a message (Priya Shah)", as if Priya had
  // sent it. Ben's refused refund stores nothing: his last is opening her record.
  const last = (name: string) => table.getByRole("row").filter({ hasText: name }).getByTestId("last-action");
  await expect(last("Ada")).toHaveText("Last: Emailed Priya Shah");
  await expect(last("Cy")).toHaveText("Last: Emailed Priya Shah");
  await expect(last("Ben")).toHaveText("Last: Viewed the customer record (Priya Shah)");
  if (LESSON_SHOTS) console.log(`LIVE: ${await table.innerText()}`);
  await tutor.goto(resultsUrl);
  await expect(tutor.getByText(/2 of 3 learners submitted/)).toBeVisible();
  await checked(tutor, "the results page");
  console.log(
    `KEYBOARD: ${kb.presses} presses, ${kb.typed} characters typed, ${kb.stops.length} focus checks`,
  );
  if (LESSON_SHOTS)
    await tutor.screenshot({ path: `${LESSON_SHOTS}/lesson-results-1366.png`, fullPage: true });
});
