/**
 * The seventh accessibility pass (5-6 December 2026, session 35): leftovers of the sixth, then what a
 * scripted lesson (the kettle by keyboard alone at 1366 px, loyalty on a tablet, win-back on a phone; the
 * tutor on the live dashboard, moderating, exporting, debriefing) ran into:
 * - the workspace's follow-up task had no note: a learner could not say what the task was for;
 * - a class learner's own pages (welcome, workspace, report) marked "Scenarios" (the library) as where
 *   they were in the main navigation, though each leads back to their class.
 */
import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { joinClass } from "./helpers/classroom";
import { classWithAssignmentByApi, joinAndStartByApi } from "./helpers/classroom-api";
import { submitForMarking } from "./helpers/play-in-browser";

const KETTLE = {
  scenarioId: "complaint-faulty-kettle",
  scenarioTitle: "Complaint: the kettle that stopped working",
};

async function newPage(browser: Browser, width = 1366, height = 900) {
  return (await browser.newContext({ viewport: { width, height } })).newPage();
}

/** The main navigation's link marked as the current page, if any. */
const currentNavLink = (page: Page) =>
  page.getByRole("navigation", { name: "Main" }).locator("a[aria-current='page']");

test("a class learner's follow-up task carries a note, kept on the record and in the report; the navigation marks their class", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  // The tutor's part through the API; Ada's pages are what this checks.
  const tutor = await newPage(browser);
  const { code, resultsUrl } = await classWithAssignmentByApi(
    tutor,
    { prefix: "Seventh", ...KETTLE },
    { open: false },
  );

  const ada = await newPage(browser);
  await joinClass(ada, code, "Ada");
  const nav = ada.getByRole("navigation", { name: "Main" });
  // Their class is a place of its own in the navigation, and it is where they are.
  await expect(nav.getByRole("link", { name: "Your class" })).toHaveAttribute("aria-current", "page");
  await expect(currentNavLink(ada)).toHaveCount(1);

  await ada.getByRole("link", { name: `Start: ${KETTLE.scenarioTitle}` }).click();
  await expect(ada.getByRole("heading", { level: 1, name: KETTLE.scenarioTitle })).toBeVisible();
  // A brief opened from the class's assigned work is part of the class, not the library.
  await expect(currentNavLink(ada)).toHaveText("Your class");
  await ada.getByRole("button", { name: "Start scenario" }).click();
  await ada.waitForURL(/\/attempts\/\d+$/);
  const attemptId = Number(/\/attempts\/(\d+)$/.exec(ada.url())![1]);
  await expect(currentNavLink(ada)).toHaveText("Your class");
  await expect(nav.getByRole("link", { name: "Scenarios" })).not.toHaveAttribute("aria-current", "page");

  await ada
    .getByRole("tablist", { name: "Choose a CRM action" })
    .getByRole("tab", { name: "Follow-up task" })
    .click();
  const panel = ada.getByRole("tabpanel", { name: "Follow-up task" });
  const note = panel.getByRole("textbox", { name: "Task note (optional)" });
  // The hint says what the note is for, and the note is as long as other CRM text may be.
  await expect(note).toHaveAccessibleDescription(/what was promised, what to check/);
  await expect(note).toHaveAttribute("maxlength", "2000");
  await panel.getByRole("textbox", { name: "Task", exact: true }).fill("Check Priya's refund arrived");
  await panel.getByRole("spinbutton", { name: "Due in (days)" }).fill("5");
  const words = "Refund of £44.99 to her Visa debit today; she prefers email <b>not phone</b>.";
  await note.fill(words);
  await panel.getByRole("button", { name: "Create task" }).click();
  await expect(panel.getByText("Saved to the CRM.")).toBeVisible();
  await expect(note).toHaveValue("");

  // On the customer's record the task reads as its title, its note (as typed, not as markup) and its date.
  const entry = ada.getByTestId("timeline-entry").filter({ hasText: "Check Priya's refund arrived" });
  await expect(entry).toContainText(words);
  await expect(entry.locator("b")).toHaveCount(0);
  await expect(entry).toContainText(/Due \d/);

  await submitForMarking(ada, attemptId);
  await expect(currentNavLink(ada)).toHaveText("Your class");
  const replay = ada.getByRole("list", { name: "Replay" });
  await expect(
    replay.getByRole("listitem").filter({ hasText: "Check Priya's refund arrived" }),
  ).toContainText(words);

  // The tutor reading Ada's report sees what the task was for too.
  await tutor.goto(resultsUrl);
  await tutor.getByRole("link", { name: /Ada/ }).first().click();
  await expect(tutor.getByRole("list", { name: "Replay" })).toContainText(words);
});

/** With the text at 200% in a 320 px window, the page does not scroll sideways; says what sticks out. */
async function expectReflowWithLargeText(page: Page, context: string) {
  const size = page.viewportSize()!;
  await page.setViewportSize({ width: 320, height: 640 });
  const style = await page.addStyleTag({ content: "html { font-size: 200% !important; }" });
  try {
    await expect
      .poll(
        () =>
          page.evaluate(() => {
            const width = window.innerWidth;
            if (document.documentElement.scrollWidth <= width) return "";
            const out = [...document.querySelectorAll<HTMLElement>("body *")].filter(
              (el) => el.getBoundingClientRect().right > width + 0.5 && !el.closest(".sr-only"),
            );
            const leaves = out.filter((el) => !out.some((o) => o !== el && el.contains(o)));
            return `${document.documentElement.scrollWidth} px wide: ${leaves
              .slice(0, 3)
              .map((el) => `${el.tagName.toLowerCase()} "${(el.textContent ?? "").slice(0, 30)}"`)
              .join(", ")}`;
          }),
        { message: `${context} with 200% text at 320 px scrolls sideways` },
      )
      .toBe("");
  } finally {
    await style.evaluate((el) => (el as HTMLElement).remove());
    await page.setViewportSize(size);
  }
}

test("with 200% text in a 320 px window no page of a lesson scrolls sideways, and the record and live view read sensibly aloud", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  // Set up through the API (helpers/classroom-api.ts), then each page checked.
  const tutor = await newPage(browser);
  const made = await classWithAssignmentByApi(tutor, { prefix: "Reflow", ...KETTLE });
  const { classUrl, resultsUrl } = made;
  await expectReflowWithLargeText(tutor, "the class page (its join code)");

  const ada = await newPage(browser);
  const attemptId = await joinAndStartByApi(ada, { ...made, ...KETTLE, name: "Ada" });
  await expect(ada.getByTestId("sim-clock")).toBeVisible();
  // The customer's labels are a list, so a screen reader says where one ends and the next begins (it
  // read "Stage: Engagement Regular tea drinker kitchen appliances" as one run of text).
  await expect(ada.getByRole("list", { name: "About this customer" })).toMatchAriaSnapshot(`
    - list "About this customer":
      - listitem: "Stage: Engagement"
      - listitem: Regular
      - listitem: tea drinker
      - listitem: kitchen appliances
  `);
  await expectReflowWithLargeText(ada, "the workspace (CRM record, actions and conversation)");

  // The tutor's live view: a learner with no result yet is read as that, not as "dash".
  await tutor.goto(`${new URL(classUrl).pathname}/live`);
  const row = tutor.locator('[data-testid^="live-row-"]');
  await expect(row.getByTestId("action-count")).toBeVisible();
  await expect(row.getByTestId("result")).toMatchAriaSnapshot(`- text: No result yet`);
  await expect(row.getByText(/^Last active \d/)).toBeVisible();
  await expectReflowWithLargeText(tutor, "the live dashboard");

  await submitForMarking(ada, attemptId);
  await expectReflowWithLargeText(ada, "the learner's report");

  await tutor.goto(resultsUrl);
  await expect(tutor.getByRole("heading", { level: 1 })).toBeVisible();
  await expectReflowWithLargeText(tutor, "the results page");
  await tutor.getByRole("link", { name: "Debrief (projector)" }).click();
  await expect(tutor.getByRole("list", { name: "Band spread" })).toBeVisible();
  await expectReflowWithLargeText(tutor, "the debrief");
});
