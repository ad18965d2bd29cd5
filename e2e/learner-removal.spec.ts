/**
 * Removing a learner from a class (issue 10, item 3), in four browsers: a tutor (class page and live
 * view side by side) and three learners. The tutor removes the middle learner: the status message
 * says so, focus moves to the next learner, the live view drops the row by push, and the results
 * grid no longer lists them; the removed learner's next request is refused with a page that says
 * what happened. Axe on the class page after the removal and on the learner's refusal.
 */
import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { expectNoAxeViolations } from "./helpers/a11y";
import { createClassWithAssignment, joinClass, signInTutor } from "./helpers/classroom";

const SCENARIO_ID = "complaint-faulty-kettle";
const SCENARIO_TITLE = "Complaint: the kettle that stopped working";

async function learnerStarts(browser: Browser, code: string, name: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await joinClass(page, code, name);
  await page.goto(`/scenarios/${SCENARIO_ID}`);
  await page.getByRole("button", { name: "Start scenario" }).click();
  await expect(page).toHaveURL(/\/attempts\/\d+$/);
  return page;
}

test("a tutor removes a learner: refused at once, gone from the live view and the grid, focus moves on", async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const tutorContext = await browser.newContext();
  const tutor = await tutorContext.newPage();
  await signInTutor(tutor);
  const { code, classUrl, resultsUrl } = await createClassWithAssignment(tutor, {
    prefix: "Removal",
    scenarioId: SCENARIO_ID,
    scenarioTitle: SCENARIO_TITLE,
  });

  await learnerStarts(browser, code, "Ann");
  const ben = await learnerStarts(browser, code, "Ben");
  await learnerStarts(browser, code, "Cal");

  // The live view stays open in another tab while the tutor removes Ben.
  const live = await tutorContext.newPage();
  await live.goto(`${new URL(classUrl).pathname}/live`);
  await expect(live.getByTestId("live-updated").locator("[data-connection]")).toHaveAttribute(
    "data-connection",
    "live",
  );
  const rows = live.locator('[data-testid^="live-row-"]');
  await expect(rows).toHaveCount(3);
  await expect(rows.filter({ hasText: "Ben" })).toHaveCount(1);

  await tutor.reload();
  const roster = tutor.getByRole("region", { name: /^Learners \(3\)/ });
  await expect(roster).toBeVisible();
  await tutor.getByRole("button", { name: "Remove Ben" }).click();
  await tutor.getByRole("button", { name: "Yes, remove" }).click();

  // The tutor is told in a status message, and focus moves to the next learner, not the top of the page.
  await expect(tutor.getByRole("status").filter({ hasText: "Learner removed" })).toContainText(
    "their work is kept",
  );
  await expect(tutor.getByRole("region", { name: /^Learners \(2\)/ })).toBeVisible();
  await expect(tutor.getByRole("button", { name: "Remove Ben" })).toHaveCount(0);
  await expect(tutor.locator(":focus")).toContainText("Cal");
  await expect(tutor.getByText("1 learner removed from this class")).toBeVisible();
  await expectNoAxeViolations(tutor, "the class page after removing a learner");

  // The live view drops Ben's row without a reload.
  await expect(rows).toHaveCount(2, { timeout: 5_000 });
  await expect(rows.filter({ hasText: "Ben" })).toHaveCount(0);

  // The results grid lists the two who remain.
  await tutor.goto(resultsUrl);
  const grid = tutor.getByRole("table", { name: "Results: learners by criterion" });
  await expect(grid.locator("tbody").getByRole("rowheader")).toHaveText([/^Ann/, /^Cal/]);

  // Ben's next request is refused, with a page that says why and what to do.
  await ben.getByLabel(/^Your reply/).fill("Dear Priya, I am sorry");
  await ben.reload();
  const refusal = ben.getByTestId("access-ended");
  await expect(refusal).toBeVisible();
  await expect(refusal).toContainText("Your tutor has removed you from this class");
  await expect(refusal.getByRole("link", { name: "Join a class" })).toBeVisible();
  await expect(ben.getByLabel(/^Your reply/)).toHaveCount(0);
  await expectNoAxeViolations(ben, "a removed learner's refusal page");
  await ben.goto("/scenarios");
  await expect(ben.getByText("Your attempts")).toHaveCount(0);

  await tutorContext.close();
});
