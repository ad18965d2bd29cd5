/**
 * Issue 12 end to end, in two browsers: the tutor assigns the internal-customer scenario; a learner
 * messages the warehouse from the workspace's colleagues panel, waits for the reply (colleagues take
 * their own time), answers the reasoning question, opens the attempt's own Insights view and
 * submits; the report, the tutor's live view and results grid show the answer as awaiting the
 * tutor (not "not met"); the tutor marks it in the results
 * page's fast marking view, and the learner's report then counts it. axe (WCAG 2.2 A/AA) on the
 * workspace, the report and the tutor's marking view.
 */
import { expect, test } from "./fixtures";
import { expectNoAxeViolations } from "./helpers/a11y";
import { createClassWithAssignment, joinClass, signInTutor } from "./helpers/classroom";

const SCENARIO_ID = "internal-customer-lost-parcel";
const SCENARIO_TITLE = "Internal customer: the lost birthday parcel";
const LEARNER = "Ife";

test("a learner works with colleagues and answers a question the tutor then marks", async ({ browser }) => {
  test.setTimeout(180_000);

  const tutorContext = await browser.newContext();
  const tutor = await tutorContext.newPage();
  await signInTutor(tutor);
  const { code, classUrl, resultsUrl } = await createClassWithAssignment(tutor, {
    prefix: "Colleagues",
    scenarioId: SCENARIO_ID,
    scenarioTitle: SCENARIO_TITLE,
  });

  // ------------------------------------------------------------------ learner: the workspace
  const learnerContext = await browser.newContext();
  const learner = await learnerContext.newPage();
  await joinClass(learner, code, LEARNER);
  await learner.getByRole("link", { name: `Start: ${SCENARIO_TITLE}` }).click();
  await learner.getByRole("button", { name: "Start scenario" }).click();
  await expect(learner).toHaveURL(/\/attempts\/\d+$/);
  const attemptId = Number(/\/attempts\/(\d+)$/.exec(learner.url())![1]);

  const people = learner.getByRole("region", { name: "Colleagues and others" });
  const thread = people.getByRole("list", { name: "Messages with Dev Malik" });
  await expect(thread).toContainText("The courier says ORD-61011");
  await expectNoAxeViolations(learner, "the workspace with the colleagues panel");

  await people
    .getByLabel("Message", { exact: true })
    .fill("Hi Dev, the address is confirmed: 14 Elm Road, Leeds.");
  await people.getByRole("button", { name: "Send to Dev Malik" }).click();
  await expect(thread).toContainText("14 Elm Road");
  // Dev takes ten minutes: nothing yet, then his reply once the learner waits.
  await expect(thread).not.toContainText("I still need the case reference");
  await people.getByLabel("Wait for replies (minutes)").fill("10");
  await people.getByRole("button", { name: "Wait" }).click();
  await expect(thread).toContainText("I still need the case reference");

  const reasoning = learner.getByRole("region", { name: "Your reasoning" });
  await reasoning
    .getByLabel(/Dev in the warehouse was your internal customer/)
    .fill(
      "Dev is an internal customer: he needed the case reference and the address before he could re-send Aisha's parcel.",
    );
  await reasoning.getByRole("button", { name: "Save answer" }).click();
  await expect(reasoning).toContainText("Your answer");

  await learner.getByRole("tab", { name: "Insights" }).click();
  await expect(learner.getByRole("heading", { name: "Insights from this CRM" })).toBeVisible();
  await expect(learner.getByRole("region", { name: "Recommendation" })).toBeVisible();

  await learner.getByRole("button", { name: "Submit for marking" }).click();
  await learner
    .getByRole("alertdialog", { name: "Confirm submission" })
    .getByRole("button", { name: "Yes, submit" })
    .click();
  await learner.waitForURL(new RegExp(`/attempts/${attemptId}/report$`));
  const answer = learner.getByTestId("criterion-internal-customer-explained");
  await expect(answer.getByTestId("criterion-status")).toHaveText("Awaiting the tutor");
  await expectNoAxeViolations(learner, "the report with an answer awaiting the tutor");

  // ------------------------------------------- tutor: the live view and the grid say "awaiting"
  await tutor.goto(`${new URL(classUrl).pathname}/live`);
  const liveRow = tutor.locator('[data-testid^="live-row-"]').filter({ hasText: LEARNER });
  await expect(liveRow.getByTestId("awaiting-tutor")).toHaveText(
    "◷ 1 answer awaiting the tutor (band provisional)",
  );

  // ------------------------------------------------------------------ tutor: fast marking
  await tutor.goto(resultsUrl);
  // In the grid the unmarked answer has its own symbol and words, not the "not met" cross.
  const awaitingCell = tutor.locator('[data-testid^="cell-"][data-testid$="-internal-customer-explained"]');
  await expect(awaitingCell).toHaveText("◷");
  await expect(awaitingCell).toHaveAccessibleName(/awaiting the tutor's mark\. Mark this answer$/);
  await awaitingCell.click();
  const change = tutor.getByRole("dialog", { name: "Change a mark" });
  await expect(change).toContainText("Shown now: Awaiting your mark");
  await tutor.keyboard.press("Escape");
  await expect(change).toBeHidden();
  const marking = tutor.getByRole("region", { name: /Answers to mark/ });
  const row = marking.getByRole("article", { name: `${LEARNER}'s answer` });
  await expect(row).toContainText("Awaiting your mark");
  await expect(row.getByRole("list", { name: "Automatic hints" })).toContainText(
    "calls Dev an internal customer",
  );
  await expectNoAxeViolations(tutor, "the results page with the marking view");
  await row
    .getByLabel("Comment for the learner")
    .fill("Good: you named what Dev needed. Link it to Saturday next time.");
  await row.getByRole("button", { name: "Partly met" }).click();
  await expect(row).toContainText("Partly met");
  await expect(tutor.getByRole("region", { name: /Answers to mark \(0 awaiting\)/ })).toBeVisible();
  await tutor.reload();
  await expect(awaitingCell).not.toHaveAttribute("data-awaiting", "true");
  await expect(awaitingCell).toHaveText("◐✎"); // partly met, marked by the tutor

  await learner.reload();
  await expect(answer.getByTestId("criterion-status")).toHaveText("Partly met");
  await expect(answer).toContainText("5 / 10");

  await tutorContext.close();
  await learnerContext.close();
});
