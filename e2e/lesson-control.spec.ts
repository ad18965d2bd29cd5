/**
 * A lesson without surprises (issue 10, items 1–3), in three browsers: a tutor and two learners.
 * One attempt is found again (Back, reload, "Carry on", an explicit "Start again", drafts kept on the
 * device, a submitted attempt that explains itself); the tutor runs the assignment's life (settings,
 * close and reopen, held marks released) and controls learners' work (reset with a reason the
 * learner sees, who has not started, preview as a learner that counts nowhere). Axe on each page.
 */
import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import {
  expectAnnouncedInExistingRegion,
  expectNoAxeViolations,
  expectNoSidewaysScroll,
  markLiveRegions,
} from "./helpers/a11y";
import { createClassWithAssignment, joinClass, signInTutor } from "./helpers/classroom";

const SCENARIO_ID = "complaint-faulty-kettle";
const SCENARIO_TITLE = "Complaint: the kettle that stopped working";
const REPLY = "Dear Priya, I'm so sorry your kettle stopped working. Thank you for letting us know.";
const NOTE = "Kettle stopped heating a week after delivery; Priya asks for a refund or a working kettle.";

async function tutorWithClass(browser: Browser) {
  const tutor = await (await browser.newContext()).newPage();
  await signInTutor(tutor);
  const { code, classUrl } = await createClassWithAssignment(tutor, {
    prefix: "Lesson",
    scenarioId: SCENARIO_ID,
    scenarioTitle: SCENARIO_TITLE,
  });
  return { tutor, code, classUrl };
}

async function learnerJoins(browser: Browser, code: string, name: string) {
  const page = await (await browser.newContext()).newPage();
  await joinClass(page, code, name);
  return page;
}

const attemptIdOf = (page: Page) => Number(/\/attempts\/(\d+)$/.exec(page.url())![1]);

test("one attempt, found again: Back, reload, Carry on, Start again, drafts and a submitted attempt", async ({
  browser,
}) => {
  // About 30 browser steps and four axe runs: 3.1 min measured on a loaded two-core machine.
  test.setTimeout(360_000);
  const { code } = await tutorWithClass(browser);
  const ann = await learnerJoins(browser, code, "Ann");

  await ann.getByRole("link", { name: `Start: ${SCENARIO_TITLE}` }).click();
  await ann.getByRole("button", { name: "Start scenario" }).click();
  await expect(ann).toHaveURL(/\/attempts\/\d+$/);
  const first = attemptIdOf(ann);

  // Submitting before doing anything is warned about: there would be nothing to mark.
  await ann.getByRole("button", { name: "Submit for marking" }).click();
  const early = ann.getByRole("alertdialog", { name: "Confirm submission" });
  await expect(early).toContainText("nothing to mark");
  await early.getByRole("button", { name: "Not yet" }).click();

  // An unsent reply survives a reload (kept on this device for this attempt), and so does a CRM note
  // being written, through a look at another action's form and a reload; once saved it is gone.
  await ann.getByLabel(/^Your reply/).fill("Dear Priya, I am still writing this");
  const crmActions = ann.getByRole("tablist", { name: "Choose a CRM action" });
  const note = ann.getByRole("tabpanel", { name: "Add note" }).getByLabel("Note");
  await note.fill(NOTE);
  await crmActions.getByRole("tab", { name: "Open case", exact: true }).click();
  await crmActions.getByRole("tab", { name: "Add note", exact: true }).click();
  await expect(note).toHaveValue(NOTE);
  await ann.reload();
  await expect(ann.getByLabel(/^Your reply/)).toHaveValue("Dear Priya, I am still writing this");
  await expect(note).toHaveValue(NOTE);
  await ann.getByRole("button", { name: "Add note" }).click();
  await expect(ann.getByText("Saved to the CRM.")).toBeVisible();
  await expect(note).toHaveValue("");

  // The wifi drops as she sends her reply. She is told beside the button that she is offline and that it
  // goes by itself when the connection is back (it used to say only "Sending…", for as long as it lasted);
  // back online, it is sent once and the box keeps only what she typed after pressing Send.
  const waiting = ann.getByTestId("connection-wait-reply");
  await markLiveRegions(ann);
  await ann.context().setOffline(true);
  await ann.getByRole("button", { name: "Send reply" }).click();
  await expect(waiting).toContainText("You are offline");
  await expectAnnouncedInExistingRegion(waiting, "the reply waiting for the connection");
  await expect(ann.getByLabel(/^Your reply/)).toHaveValue("Dear Priya, I am still writing this");
  await expectNoAxeViolations(ann, "the workspace waiting for the connection");
  // She keeps writing while it waits: those words are not part of what was sent, so they stay.
  await ann.getByLabel(/^Your reply/).press("End");
  await ann.getByLabel(/^Your reply/).pressSequentially(" P.S. Thank you");
  await ann.context().setOffline(false);
  await expect(ann.getByLabel(/^Your reply/)).toHaveValue("P.S. Thank you");
  await expect(waiting).toHaveCount(0);
  await expect(
    ann.getByRole("list", { name: "Messages" }).getByText("Dear Priya, I am still writing this"),
  ).toHaveCount(1);
  // A second reply left unsent in this attempt: a draft the device keeps (forgotten on Leave, below).
  await ann.getByLabel(/^Your reply/).fill("Dear Priya, one more thing");

  // Back lands on the brief, which offers the attempt in progress, not a blank one.
  await ann.goBack();
  await expect(ann).toHaveURL(/\/scenarios\/complaint-faulty-kettle/);
  await expect(ann.getByTestId("attempt-in-progress")).toBeVisible();
  await expect(ann.getByRole("button", { name: "Start scenario" })).toHaveCount(0);
  await expectNoAxeViolations(ann, "the brief with an attempt in progress");
  // On a phone the brief is long and its "Ready?" card comes last: Carry on is offered at the top too.
  await ann.setViewportSize({ width: 320, height: 640 });
  const carryOnFirst = ann.getByTestId("carry-on-first").getByRole("link", { name: "Carry on" });
  await expect(carryOnFirst).toBeInViewport();
  await expectNoAxeViolations(ann, "the brief with an attempt in progress at 320 px");
  await carryOnFirst.click();
  // In the workspace the conversation stacks far below the record: a link at the top goes to it.
  await ann.getByRole("link", { name: "Go to the conversation" }).click();
  const conversationHeading = ann.getByRole("heading", { name: /^Conversation with/ });
  await expect(conversationHeading).toBeFocused();
  await expect(conversationHeading).toBeInViewport();
  await ann.setViewportSize({ width: 1366, height: 900 });
  await expect(ann.getByRole("link", { name: "Go to the conversation" })).toBeHidden();
  await expect(ann).toHaveURL(new RegExp(`/attempts/${first}$`));
  await expect(note).toHaveValue(""); // the saved note's draft does not come back
  await ann.goBack();
  await ann.goForward();
  await expect(ann).toHaveURL(new RegExp(`/attempts/${first}$`));

  // Start again asks first and says what happens to the old attempt.
  await ann.goBack();
  await ann.getByRole("button", { name: "Start again" }).click();
  const dialog = ann.getByRole("alertdialog", { name: "Start again?" });
  await expect(dialog).toContainText("set aside");
  await expect(dialog).toContainText("never marked");
  await expectNoAxeViolations(ann, "the Start again question");
  await dialog.getByRole("button", { name: "Yes, start again" }).click();
  await expect(ann).toHaveURL(/\/attempts\/\d+$/);
  const second = attemptIdOf(ann);
  expect(second).not.toBe(first);
  await expect(ann.getByLabel(/^Your reply/)).toHaveValue(""); // the draft belonged to the old attempt

  // The set-aside attempt explains itself and takes no more work.
  await ann.goto(`/attempts/${first}`);
  await expect(ann.getByTestId("attempt-notice")).toContainText("started this scenario again");
  await expect(ann.getByLabel(/^Your reply/)).toHaveCount(0);

  // A second tab left open on the workspace; the first submits.
  await ann.goto(`/attempts/${second}`);
  const otherTab = await ann.context().newPage();
  await otherTab.goto(`/attempts/${second}`);
  await otherTab.getByLabel(/^Your reply/).fill(REPLY);
  await ann.getByLabel(/^Your reply/).fill(REPLY);
  await ann.getByRole("button", { name: "Send reply" }).click();
  await expect(ann.getByLabel(/^Your reply/)).toHaveValue(""); // the box is cleared once sent
  await ann.getByRole("button", { name: "Submit for marking" }).click();
  await ann.getByRole("button", { name: "Yes, submit" }).click();
  await expect(ann).toHaveURL(new RegExp(`/attempts/${second}/report$`));

  // Back shows the submitted attempt read-only at once (no stale editable workspace).
  await ann.goBack();
  await expect(ann.getByTestId("attempt-notice")).toContainText("You submitted this attempt");
  await expect(ann.getByLabel(/^Your reply/)).toHaveCount(0);

  // The stale tab's reply is refused in words on the page, and the draft is kept.
  await otherTab.getByRole("button", { name: "Send reply" }).click();
  await expect(otherTab.getByTestId("attempt-notice")).toContainText("has been submitted");
  await expect(otherTab.getByTestId("attempt-notice")).toContainText("not saved");
  await expectNoAxeViolations(otherTab, "a submitted attempt's workspace");

  // Leaving the device forgets the drafts it kept, so the next learner on a shared computer cannot read them.
  const drafts = () =>
    otherTab.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("hearth-bean:")));
  expect(await drafts()).not.toEqual([]);
  await otherTab.getByRole("button", { name: "Leave" }).click();
  await otherTab.getByRole("button", { name: "Yes, leave" }).click();
  await expect(otherTab).toHaveURL(/\/$/);
  expect(await drafts()).toEqual([]);
});

test("the tutor runs the assignment and controls learners' work; two learners see it", async ({
  browser,
}) => {
  test.setTimeout(480_000);
  const { tutor, code, classUrl } = await tutorWithClass(browser);
  const ann = await learnerJoins(browser, code, "Ann");
  const ben = await learnerJoins(browser, code, "Ben");

  // Who has not started: both, to begin with.
  await tutor.reload();
  await tutor.locator("summary", { hasText: "Not started (2)" }).click();
  const notStarted = tutor.getByRole("list", { name: `Not started: ${SCENARIO_TITLE}` });
  await expect(notStarted).toContainText("Ann");
  await expect(notStarted).toContainText("Ben");

  // Settings: one attempt, marks held until released.
  await tutor.locator("summary", { hasText: "Settings" }).click();
  const settings = tutor.getByRole("form", { name: `Settings: ${SCENARIO_TITLE}` });
  await settings.getByLabel("Attempts allowed").selectOption("1");
  await settings.getByLabel(/Hold marks until I release them/).check();
  await settings.getByRole("button", { name: "Save settings" }).click();
  await expect(settings).toContainText("Saved at");
  await expect(tutor.getByText("1 attempt allowed")).toBeVisible();
  await expect(tutor.getByText("Marks held")).toBeVisible();
  await expectNoAxeViolations(tutor, "the class page with assignment settings open");
  await expectNoSidewaysScroll(tutor, "the class page at 1366 px");
  await tutor.screenshot({ path: "test-results/lesson-class-1366.png", fullPage: true });
  await tutor.setViewportSize({ width: 820, height: 1180 });
  await expectNoSidewaysScroll(tutor, "the class page at tablet width");
  await tutor.screenshot({ path: "test-results/lesson-class-tablet.png", fullPage: true });
  await tutor.setViewportSize({ width: 1366, height: 900 });

  // Close while Ben is working: the tutor is asked first and told what it does to him; his next
  // change is refused with the reason said once, and his unsent reply is kept. Ann is told, in the page.
  await ben.goto(`/scenarios/${SCENARIO_ID}`);
  await ben.getByRole("button", { name: "Start scenario" }).click();
  await expect(ben).toHaveURL(/\/attempts\/\d+$/);
  await tutor.reload();
  await tutor.getByRole("button", { name: `Close ${SCENARIO_TITLE}` }).click();
  const closing = tutor.getByRole("group", { name: `Close ${SCENARIO_TITLE}` });
  await expect(closing).toContainText("1 learner has started but not submitted");
  await closing.getByRole("button", { name: "Yes, close" }).click();
  await expect(tutor.getByRole("button", { name: `Reopen ${SCENARIO_TITLE}` })).toBeFocused();
  await ben.getByLabel(/^Your reply/).fill(REPLY);
  await ben.getByRole("button", { name: "Send reply" }).click();
  const benNotice = ben.getByTestId("attempt-notice");
  await expect(benNotice).toContainText("Your last change was not saved.");
  await expect(benNotice).toContainText("Your work so far is kept.");
  expect((await benNotice.textContent())!.match(/closed this assignment/g)).toHaveLength(1);
  // The page no longer takes his work, but it is still his: not a tutor's watch view with his name and
  // "Checking every 1.5 s" in the header.
  await expect(ben.getByText("Scenario", { exact: true })).toBeVisible();
  await expect(ben.getByTestId("watch-connection")).toHaveCount(0);
  await ann.reload();
  await expect(ann.getByText("Closed", { exact: true })).toBeVisible();
  await tutor.getByRole("button", { name: `Reopen ${SCENARIO_TITLE}` }).click();
  await expect(tutor.getByRole("button", { name: `Close ${SCENARIO_TITLE}` })).toBeVisible();
  // Ben's open workspace follows: the refusal goes and he is told he can carry on, without a reload.
  await expect(benNotice).toContainText("reopened this assignment");
  await expect(benNotice).not.toContainText("Your last change was not saved");

  // Both learners work and submit; the marks are held.
  for (const learner of [ann, ben]) {
    await learner.goto(`/scenarios/${SCENARIO_ID}`);
    // Ben carries on with the attempt he had before the close; his unsent reply is still there.
    if (learner === ben) await learner.getByRole("link", { name: "Carry on" }).click();
    else await learner.getByRole("button", { name: "Start scenario" }).click();
    await expect(learner).toHaveURL(/\/attempts\/\d+$/);
    if (learner === ben) await expect(learner.getByLabel(/^Your reply/)).toHaveValue(REPLY);
    await learner.getByLabel(/^Your reply/).fill(REPLY);
    await learner.getByRole("button", { name: "Send reply" }).click();
    await expect(learner.getByLabel(/^Your reply/)).toHaveValue(""); // the box is cleared once sent
    await learner.getByRole("button", { name: "Submit for marking" }).click();
    await learner.getByRole("button", { name: "Yes, submit" }).click();
    await expect(learner).toHaveURL(/\/report$/);
    await expect(learner.getByText(/awaiting marks/).first()).toBeVisible();
    await expect(learner.getByTestId("report-band")).toHaveCount(0);
  }
  await ben.goto("/scenarios");
  await expect(ben.getByText("Submitted, awaiting marks").first()).toBeVisible();
  await expectNoAxeViolations(ben, "the library with marks held");

  // Reset Ann's attempt with a reason; she sees it and may start again despite the one-attempt limit.
  await tutor.goto(classUrl);
  await tutor.getByRole("link", { name: `Results: ${SCENARIO_TITLE}` }).click();
  const control = tutor.getByRole("form", { name: "Reset or void an attempt" });
  await control.getByLabel("Attempt", { exact: true }).selectOption({ label: "Ann: submitted attempt" });
  await control.getByLabel("Reason (the learner sees this)").fill("The fire alarm cut your session short.");
  await control.getByRole("button", { name: "Reset attempt" }).click();
  await expect(control).toContainText("Reset: Ann: submitted attempt");
  await expect(tutor.getByRole("list", { name: "Reset and voided attempts" })).toContainText(
    "The fire alarm cut your session short.",
  );
  await expectNoAxeViolations(tutor, "the results page with reset and void");
  await tutor.screenshot({ path: "test-results/lesson-results-1366.png", fullPage: true });

  await ann.goto("/scenarios");
  await expect(ann.getByText("Reset by your tutor")).toBeVisible();
  await expect(ann.getByText(/The fire alarm cut your session short/)).toBeVisible();

  // Release the marks: Ben sees his band.
  await tutor.goto(classUrl);
  await tutor.getByRole("button", { name: `Release marks: ${SCENARIO_TITLE}` }).click();
  await expect(tutor.getByText("Marks released")).toBeVisible();
  await ben.goto("/scenarios");
  await ben.getByRole("link", { name: "View report" }).first().click();
  await expect(ben.getByTestId("report-band")).toBeVisible();

  // Preview: the tutor plays the scenario as a learner; nothing counts in the class.
  await tutor.goto(classUrl);
  await tutor.getByRole("button", { name: `Try as a learner: ${SCENARIO_TITLE}` }).click();
  await expect(tutor).toHaveURL(/\/attempts\/\d+$/);
  await expect(tutor.getByText("Tutor preview")).toBeVisible();
  await tutor.getByLabel(/^Your reply/).fill(REPLY);
  await tutor.getByRole("button", { name: "Send reply" }).click();
  await expect(tutor.getByLabel(/^Your reply/)).toHaveValue(""); // the box is cleared once sent
  await expectNoAxeViolations(tutor, "the workspace in tutor preview");
  await tutor.getByRole("button", { name: "End preview" }).click();
  await expect(tutor).toHaveURL(/\/tutor$/);
  await tutor.goto(classUrl);
  await expect(tutor.getByText(/1 of 2 learners started, 1 submitted/)).toBeVisible();
});
