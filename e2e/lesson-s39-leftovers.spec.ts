/**
 * Session 39's lesson: the three leftovers of session 38's, each failing before its fix.
 * - A learner was not told that an assignment locks at its due date: the welcome page said "Due 7 Dec
 *   2026", the brief and the workspace nothing. They now say when, in UK date and time, and what then.
 * - A reload reopened the record the learner had open, but on "Add note", not the CRM action tab they
 *   were on (an escalation half-written: the draft was kept, the tab was not).
 * - The tutor's live row read "Escalated Aisha Bello to Leanne Shaw (…)" as if the customer were handed
 *   over, and an escalation to no named person "Escalated to a manager (Aisha Bello)" as if she were the
 *   manager. It says whose case went to whom.
 */
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { toolEnv } from "../server/env";
import { expectNoAxeViolations, expectNoSidewaysScroll } from "./helpers/a11y";
import { ASSIGNABLE, dueInAWeekThenLock, joinClass, newPage } from "./helpers/classroom";
import { classWithAssignmentByApi, joinAndStartByApi } from "./helpers/classroom-api";
import { escalateToLeanne, openEscalateTab } from "./helpers/escalate";

const LESSON_SHOTS = toolEnv().LESSON_SHOTS;

const KETTLE = ASSIGNABLE.kettle;
const INTERNAL = ASSIGNABLE.internal;
// Kept outside test-results when asked: each run of Playwright empties that folder.
const SHOTS = LESSON_SHOTS ?? "test-results/lesson-s39";
const WIDTHS = [
  [1366, 900],
  [820, 1180],
  [320, 640],
] as const;

async function shots(page: Page, name: string, what: string) {
  for (const [width, height] of WIDTHS) {
    await page.setViewportSize({ width, height });
    await expectNoSidewaysScroll(page, `${what} at ${width} px`);
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: width !== 1366 });
  }
  await expectNoAxeViolations(page, what);
}

const LOCK_WORDS =
  /^This assignment locks at \d\d:\d\d on (Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day \d{1,2} [A-Z][a-z]+ \d{4} \(UK time\)\.$/;

test("a learner is told, in UK date and time, when a locking assignment closes and what happens then", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  // The class through the API; its due date and lock through the class page's settings, as a tutor sets them.
  const tutor = await newPage(browser);
  const { code } = await classWithAssignmentByApi(tutor, { prefix: "S39 lock", ...KETTLE });
  await dueInAWeekThenLock(tutor, KETTLE.scenarioTitle);

  const ada = await newPage(browser, 320, 640);
  await joinClass(ada, code, "Ada");
  const item = ada.getByRole("list", { name: "Assigned scenarios" }).getByRole("listitem");
  // The welcome page gives the time as well as the day, and that it locks then.
  await expect(item).toContainText(/Due \d{1,2} [A-Z][a-z]{2} \d{4}, \d\d:\d\d, then locks/);
  await shots(ada, "welcome-due", "the welcome page with a locking due date");

  await ada.getByRole("link", { name: `Start: ${KETTLE.scenarioTitle}` }).click();
  const brief = ada.getByTestId("deadline");
  await expect(brief.locator("p").first()).toHaveText(LOCK_WORDS);
  await expect(brief).toContainText("After that you cannot change or submit your attempt");
  await shots(ada, "brief-deadline", "the brief of a locking assignment");

  await ada.setViewportSize({ width: 1366, height: 900 });
  await ada.getByRole("button", { name: "Start scenario" }).click();
  await ada.waitForURL(/\/attempts\/\d+$/);
  const workspace = ada.getByTestId("deadline");
  await expect(workspace.locator("p").first()).toHaveText(LOCK_WORDS);
  await expect(workspace).toContainText("so submit before then");
  await shots(ada, "workspace-deadline", "the workspace of a locking assignment");
});

test("a reload opens the CRM action tab the learner had open, on the record they had open", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const tutor = await newPage(browser);
  const made = await classWithAssignmentByApi(tutor, { prefix: "S39 tab", ...INTERNAL }, { open: false });
  const ben = await newPage(browser, 820, 1180);
  await joinAndStartByApi(ben, { ...made, ...INTERNAL, name: "Ben" });
  const tabs = ben.getByRole("tablist", { name: "Choose a CRM action" });
  // By keyboard, as a learner without a mouse would: focus the tab list, arrow to Escalate.
  await tabs.getByRole("tab", { name: "Add note" }).focus();
  await expect(tabs.getByRole("tab", { name: "Add note" })).toHaveAttribute("aria-selected", "true");
  await ben.keyboard.press("End");
  await ben.keyboard.press("ArrowLeft");
  await expect(tabs.getByRole("tab", { name: "Escalate" })).toBeFocused();
  await expect(tabs.getByRole("tab", { selected: true })).toHaveText("Escalate");
  const escalate = ben.getByRole("tabpanel", { name: "Escalate" });
  await escalate.getByLabel("Why it needs Leanne Shaw").fill("Birthday present lost by the courier");

  await ben.reload();
  await expect(tabs.getByRole("tab", { selected: true })).toHaveText("Escalate");
  await expect(
    ben.getByRole("tabpanel", { name: "Escalate" }).getByLabel("Why it needs Leanne Shaw"),
  ).toHaveValue("Birthday present lost by the courier");
  await expectNoAxeViolations(ben, "the workspace after a reload on the Escalate tab");
});

/** The tutor opens the class's live dashboard; the row of the learner named. */
async function liveRow(tutor: Page, classUrl: string, name: string) {
  await tutor.goto(classUrl);
  await tutor.getByRole("link", { name: "Live dashboard" }).click();
  return tutor.getByRole("table", { name: "Learners' progress" }).getByRole("row").filter({ hasText: name });
}

test("the tutor's live row says whose case an escalation sent to whom", async ({ browser }) => {
  test.setTimeout(360_000);
  // Classes and learners set up through the API (helpers/classroom-api.ts).
  const tutor = await newPage(browser);

  // The kettle has nobody named to escalate to: it goes to "a manager".
  const kettle = await classWithAssignmentByApi(
    tutor,
    { prefix: "S39 live kettle", ...KETTLE },
    { open: false },
  );
  const di = await newPage(browser, 1366, 900);
  await joinAndStartByApi(di, { ...kettle, ...KETTLE, name: "Di" });
  const diRow = await liveRow(tutor, kettle.classUrl, "Di");
  const toManager = await openEscalateTab(di);
  await toManager.getByLabel("Why it needs a manager").fill("She asked for a manager about the kettle.");
  await toManager.getByRole("button", { name: "Escalate to a manager" }).click();
  await expect(diRow.getByTestId("last-action")).toHaveText("Last: Escalated Priya Shah's case to a manager");

  // The lost parcel has a team leader to escalate to, named with her role.
  const internal = await classWithAssignmentByApi(
    tutor,
    { prefix: "S39 live parcel", ...INTERNAL },
    { open: false, signedIn: true },
  );
  const cy = await newPage(browser, 1366, 900);
  await joinAndStartByApi(cy, { ...internal, ...INTERNAL, name: "Cy" });
  const cyRow = await liveRow(tutor, internal.classUrl, "Cy");
  await escalateToLeanne(cy);
  await expect(cyRow.getByTestId("last-action")).toHaveText(
    "Last: Escalated Aisha Bello's case to Leanne Shaw (customer service team leader)",
  );
  await shots(tutor, "live-escalation", "the live dashboard after an escalation");
});
