/**
 * "Remarks to check" (issue 8 item 5): the tutor opens a learner's submitted attempt and sees the remarks about the
 * customer that the marker did not count, each with where it was written and the sentence in place; the learner's
 * own report has no such section and never asks for it. The section passes axe (WCAG 2.2 AA), reads in order by
 * keyboard (its one link, to the results page where a mark is changed) and fits at 1366, 768 and 320 px. Set-up by tRPC (e2e/helpers/classroom-api.ts): the pages that make a
 * class and an attempt are covered elsewhere.
 */
import { expect, test } from "./fixtures";
import { toolEnv } from "../server/env";
import { expectNoAxeViolations, expectNoSidewaysScroll, tabTo } from "./helpers/a11y";
import { ASSIGNABLE } from "./helpers/classroom";
import { classWithAssignmentByApi, joinClassByApi, trpc } from "./helpers/classroom-api";

// Set A11Y_SHOTS=<dir> to keep screenshots of the section at each width (for looking at, not committing).
const SHOTS = toolEnv().A11Y_SHOTS;

// Neither sentence is counted by the marker; the learned respect model lists both (respect-review-list.test.ts).
const CHEERY = "lol ur kettle really said nope 😂 anyway new one coming thurs.";
const DIG = "Cust rang again about her kettle, as usual.";

test("the tutor sees the remarks to check on a learner's submitted attempt; the learner's report does not", async ({
  page: tutor,
  browser,
}) => {
  test.setTimeout(120_000);
  const { code, assignmentId } = await classWithAssignmentByApi(
    tutor,
    { prefix: "Remarks", ...ASSIGNABLE.kettle },
    { open: false },
  );
  const learnerContext = await browser.newContext();
  const learner = await learnerContext.newPage();
  const asked: string[] = [];
  learner.on("request", (r) => {
    if (r.url().includes("remarksToCheck")) asked.push(r.url());
  });
  const request = learnerContext.request;
  await joinClassByApi(learner, code, "Rudi Remarks");
  const { attemptId } = await trpc<{ attemptId: number }>(request, "attempts.start", {
    scenarioId: ASSIGNABLE.kettle.scenarioId,
    assignmentId,
  });
  let n = 0;
  const act = (action: unknown) =>
    trpc(request, "attempts.act", { attemptId, clientId: `remarks-e2e-${++n}-${Date.now()}`, action });
  await act({
    type: "send_message",
    customerRef: "CUS-2041",
    channel: "email",
    text: `Dear Priya, I'm sorry your kettle stopped working. ${CHEERY} Thank you.`,
  });
  await act({ type: "add_note", customerRef: "CUS-2041", text: `${DIG} Refund done.` });
  await trpc(request, "attempts.submit", { attemptId });

  // The tutor's view of the report.
  await tutor.goto(`/attempts/${attemptId}/report`);
  const section = tutor.getByRole("region", { name: "Remarks to check" });
  await expect(section.getByRole("heading", { name: "Remarks to check" })).toBeVisible();
  await expect(section).toContainText("Not marked.");
  const remarks = section.getByRole("list", { name: "Remarks to check" }).getByRole("listitem");
  await expect(remarks).toHaveCount(2);
  await expect(remarks.nth(0)).toContainText("Message 1 to Priya Shah (email)");
  await expect(remarks.nth(0).locator("mark")).toContainText(CHEERY.slice(0, 30));
  await expect(remarks.nth(1)).toContainText("In a note on Priya Shah's record");
  await expect(remarks.nth(1).locator("mark")).toContainText(DIG.slice(0, 30));
  await expect(remarks.nth(1)).toContainText("the marker did not count it: check it");
  await expectNoAxeViolations(tutor, "the tutor's report with its remarks to check");

  // By keyboard: the section's heading follows the marking in the heading order; its one control, the link to the
  // results page where the tutor changes a mark, is reached by Tab with a visible focus.
  const headings = await tutor.getByRole("heading", { level: 2 }).allTextContents();
  expect(headings.indexOf("Remarks to check")).toBe(headings.indexOf("Marking, criterion by criterion") + 1);
  await expect(section.locator("a, button, input, select, textarea, [tabindex]")).toHaveCount(1);
  // From the top of the page, by Tab alone (each stop's focus indicator checked on the way).
  await tutor.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await tabTo(
    tutor,
    (el) => el.tag === "a" && el.name === "this assignment's results",
    "the remarks to check",
  );
  await expect(section.getByRole("link", { name: "this assignment's results" })).toBeFocused();
  await expect(section.getByRole("link", { name: "this assignment's results" })).toHaveAttribute(
    "href",
    `/tutor/assignments/${assignmentId}`,
  );

  for (const [width, height] of [
    [1366, 900],
    [768, 1024],
    [320, 640],
  ] as const) {
    await tutor.setViewportSize({ width, height });
    await section.scrollIntoViewIfNeeded();
    await expectNoSidewaysScroll(tutor, `the remarks to check at ${width} px`);
    if (SHOTS) await section.screenshot({ path: `${SHOTS}/remarks-to-check-${width}.png` });
  }

  // The learner's own report: marked, but no remarks to check, and the page never asks for them.
  await learner.goto(`/attempts/${attemptId}/report`);
  await expect(learner.getByTestId("report-total")).toBeVisible();
  await expect(learner.getByRole("heading", { name: "Replay of your attempt" })).toBeVisible();
  await expect(learner.getByRole("region", { name: "Remarks to check" })).toHaveCount(0);
  await expect(learner.getByText("the marker did not count it")).toHaveCount(0);
  expect(asked).toEqual([]);
  await learnerContext.close();
});
