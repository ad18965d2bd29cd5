/**
 * What a scripted lesson on 7 December 2026 (a tutor and four learners at 1366, 768 and 320 px) found
 * when a learner came back to work they had handed in: the welcome page's "See your report" opened the
 * finished workspace, not the report, so the learner had to find "View report" there as well (the link
 * did not go where it said, WCAG 2.4.4); and once they tried again, "Carry on" was the only way on from
 * there, the report they had handed in no longer offered. Written to fail on the build before its fix.
 */
import { expect, test } from "./fixtures";
import { expectNoAxeViolations } from "./helpers/a11y";
import { classWithAssignmentByApi, joinAndStartByApi } from "./helpers/classroom-api";
import { conversation, submitForMarking } from "./helpers/play-in-browser";

const KETTLE = {
  scenarioId: "complaint-faulty-kettle",
  scenarioTitle: "Complaint: the kettle that stopped working",
};

test("a learner who has handed in opens their report from the welcome page in one step", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const made = await classWithAssignmentByApi(page, { prefix: "Report return", ...KETTLE }, { open: false });
  const learner = await (await browser.newContext({ viewport: { width: 320, height: 640 } })).newPage();
  const attemptId = await joinAndStartByApi(learner, {
    code: made.code,
    name: "Efe A",
    scenarioId: KETTLE.scenarioId,
    assignmentId: made.assignmentId,
  });
  const conv = conversation(learner);
  await conv
    .getByLabel("Your reply to Priya Shah")
    .fill("Dear Priya, I am sorry your kettle stopped working. You can have a full refund to your card.");
  await conv.getByRole("button", { name: "Send reply" }).click();
  await expect(conv.getByTestId("customer-message")).toHaveCount(2);
  await submitForMarking(learner, attemptId);
  const band = (await learner.getByTestId("report-band").textContent())!.trim();

  // Later in the lesson: back to the class's welcome page, then the report, by keyboard.
  await learner.goto("/join");
  await expect(learner.getByRole("heading", { level: 1, name: "Welcome, Efe A" })).toBeVisible();
  const link = learner.getByRole("link", { name: `See your report: ${KETTLE.scenarioTitle}` });
  await link.focus();
  await learner.keyboard.press("Enter");
  await expect(learner).toHaveURL(new RegExp(`/attempts/${attemptId}/report$`));
  await expect(learner.getByTestId("report-band")).toHaveText(band);
  await expect(learner).toHaveTitle(/report/i);
  await expectNoAxeViolations(learner, "the report opened from the welcome page at 320 px");
  // Back returns to the welcome page, not into the finished workspace.
  await learner.goBack();
  await expect(learner.getByRole("heading", { level: 1, name: "Welcome, Efe A" })).toBeVisible();

  // Trying again: the welcome page offers the new attempt and still the report handed in before.
  await learner.goto(`/attempts/${attemptId}/report`);
  await learner.getByRole("button", { name: "Try again with a fresh CRM" }).click();
  await expect(learner).toHaveURL(/\/attempts\/\d+$/);
  const retryId = Number(/\/attempts\/(\d+)$/.exec(learner.url())![1]);
  expect(retryId).not.toBe(attemptId);
  await expect(learner.getByTestId("sim-clock")).toBeVisible();
  await learner.goto("/join");
  await expect(learner.getByRole("link", { name: `Carry on: ${KETTLE.scenarioTitle}` })).toHaveAttribute(
    "href",
    `/attempts/${retryId}`,
  );
  const last = learner.getByRole("link", { name: `Your last report: ${KETTLE.scenarioTitle}` });
  await expect(last).toBeVisible();
  await expectNoAxeViolations(learner, "the welcome page with an attempt in progress and one handed in");
  await last.click();
  await expect(learner).toHaveURL(new RegExp(`/attempts/${attemptId}/report$`));
  await expect(learner.getByTestId("report-band")).toHaveText(band);
});
