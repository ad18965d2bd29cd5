/**
 * Session 40's accessibility audit (every page a learner and a tutor reach, at 1366, 820 and 320 px and at
 * 200% zoom: /work/wt/notes/s40/a11y-audit.md), the failures it found, each failing here before its fix.
 * - WCAG 2.2.1 Timing Adjustable: a tutor who left the app alone was signed out after TUTOR_IDLE_MINUTES
 *   with no warning and no way to stay signed in first; the page only said so afterwards.
 * - WCAG 4.1.3 Status Messages: the tutor's exports (a class's results as CSV or Excel, an assignment's
 *   CSV) said nothing while the file was prepared or once it was saved: only the button's own words
 *   changed, which a screen reader does not read out.
 * - WCAG 1.3.1 Info and Relationships: in the workspace the customer record's cards (contact, consent, CRM
 *   actions, purchases, cases, feedback, timeline) were level-2 headings beside the customer's own name,
 *   and the insights' metrics level-2 beside "Insights from this CRM": a screen reader's heading list
 *   showed them as parts of the workspace, not of Priya's record or of the insights.
 */
import { expect, test } from "./fixtures";
import {
  expectAnnouncedInExistingRegion,
  expectFocusVisible,
  expectNoAxeViolations,
  expectTargetsLargeOrSpaced,
  markLiveRegions,
} from "./helpers/a11y";
import { ASSIGNABLE, signInTutor } from "./helpers/classroom";
import { classWithAssignmentByApi } from "./helpers/classroom-api";
import { startPractice } from "./helpers/play-in-browser";
import { toolEnv } from "../server/env";
import { IDLE_MINUTES, idleHints, minutes } from "./helpers/idle";

// Set A11Y_SHOTS=<dir> to keep screenshots of what each test checks (for looking at, not committing).
const SHOTS = toolEnv().A11Y_SHOTS;

test("a tutor left idle is warned before being signed out, and one press keeps them signed in (WCAG 2.2.1)", async ({
  page,
}) => {
  test.setTimeout(120_000);
  // The page's clock is moved on by the test; the server's is not, so the session really stays open.
  await page.clock.install();
  await signInTutor(page);
  const hints = idleHints(page);
  const warning = page.getByRole("alertdialog", { name: "Are you still there?" });
  await markLiveRegions(page);

  // Well before the idle period: nothing.
  await page.clock.fastForward(minutes(IDLE_MINUTES - 30));
  await page.clock.runFor(minutes(1));
  await expect(warning).toHaveCount(0);

  // A few minutes before the earliest the server could sign them out: a modal alert dialog that takes
  // focus, says when and why, and offers to stay signed in.
  await page.clock.fastForward(minutes(23));
  await page.clock.runFor(minutes(1));
  await expect(warning).toBeVisible();
  await expect(warning).toContainText(
    /you will be signed out at \d\d:\d\d \(in about \d+ minutes?\), so that nobody else at this computer can use your account/,
  );
  const stay = warning.getByRole("button", { name: "Stay signed in" });
  await expect(stay).toBeFocused();
  await expectFocusVisible(page, "the idle warning's Stay signed in");
  await expectNoAxeViolations(page, "the idle warning");
  await expectTargetsLargeOrSpaced(page, "the idle warning");
  for (const [width, height] of [
    [320, 640],
    [683, 450],
  ] as const) {
    await page.setViewportSize({ width, height });
    await expect(stay).toBeInViewport();
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/idle-warning-${width}.png` });
  }
  await page.setViewportSize({ width: 1366, height: 900 });

  // One key press: the dialog closes, focus goes back, and a request tells the server the tutor is here.
  const before = hints.length;
  await page.keyboard.press("Enter");
  await expect(warning).toHaveCount(0);
  await expect.poll(() => hints.slice(before).some((ms) => ms < 5_000)).toBe(true);
  await expectAnnouncedInExistingRegion(
    page.getByTestId("idle-status").filter({ hasText: "You are still signed in." }),
    "staying signed in",
  );
  await expect(page.getByRole("heading", { level: 1, name: "Your classes" })).toBeVisible();

  // Working on the page (typing, pointing) without saving anything is use too: no warning, the page
  // tells the server by itself.
  await page.clock.fastForward(minutes(IDLE_MINUTES - 10));
  await page.getByLabel("Class name", { exact: true }).fill("Typed but not saved");
  const typed = hints.length;
  await page.clock.fastForward(minutes(8));
  await page.clock.runFor(minutes(1));
  await expect(warning).toHaveCount(0);
  await expect.poll(() => hints.slice(typed).some((ms) => ms < 10 * 60_000)).toBe(true);
});

test("the tutor's exports say, in a live region, that the file is being prepared and then saved (WCAG 4.1.3)", async ({
  page,
}) => {
  test.setTimeout(120_000);
  // The class through the API (helpers/classroom-api.ts): the exports are what this checks.
  const { classUrl, resultsUrl } = await classWithAssignmentByApi(
    page,
    { prefix: "S40 exports", ...ASSIGNABLE.kettle },
    { open: false },
  );
  await page.goto(classUrl);
  const lesson = page.getByRole("region", { name: "During the lesson" });
  await expect(lesson.getByRole("button", { name: "All results (CSV)" })).toBeVisible();
  for (const [button, extension] of [
    ["All results (CSV)", "csv"],
    ["All results (Excel)", "xlsx"],
  ] as const) {
    await markLiveRegions(page);
    const download = page.waitForEvent("download");
    await lesson.getByRole("button", { name: button }).click();
    const file = (await download).suggestedFilename();
    expect(file).toMatch(new RegExp(`\\.${extension}$`));
    await expectAnnouncedInExistingRegion(
      lesson.getByRole("status").filter({ hasText: `Downloaded ${file}.` }),
      `the class export (${extension})`,
    );
  }
  await expectNoAxeViolations(page, "the class page after an export");
  if (SHOTS) await lesson.screenshot({ path: `${SHOTS}/class-export-status-1366.png` });

  await page.goto(resultsUrl);
  await expect(page.getByRole("button", { name: "Download CSV" })).toBeVisible();
  await markLiveRegions(page);
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download CSV" }).click();
  const file = (await download).suggestedFilename();
  await expectAnnouncedInExistingRegion(
    page.getByRole("status").filter({ hasText: `Downloaded ${file}.` }),
    "the assignment's CSV",
  );
  await page.setViewportSize({ width: 320, height: 640 });
  await expectTargetsLargeOrSpaced(page, "the results page after a download at 320 px");
  await expectNoAxeViolations(page, "the results page after a download");
});

test("the workspace's headings nest: the record's cards under the customer, the metrics under the insights (WCAG 1.3.1)", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await startPractice(page, ASSIGNABLE.kettle.scenarioId, "Hal");
  const outline = () =>
    page.evaluate(() =>
      [...document.querySelectorAll("main h1, main h2, main h3, main h4")]
        .filter((h) => h.checkVisibility())
        .map((h) => `${h.tagName}:${(h.textContent ?? "").replace(/\s+/g, " ").trim()}`),
    );
  await expect(page.getByRole("heading", { level: 2, name: "Priya Shah", exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: /^Timeline \(\d+\)$/ })).toBeVisible();
  /** Each heading (by the start of its text) is an h3 after `parent`'s h2 and before `until`'s, if given. */
  const expectUnder = (headings: string[], parent: string, starts: string[], until?: string) => {
    const from = headings.indexOf(`H2:${parent}`);
    const to = until ? headings.indexOf(`H2:${until}`) : headings.length;
    expect(from, headings.join(" | ")).toBeGreaterThan(0);
    for (const start of starts) {
      const at = headings.findIndex((h) => h.slice(3).startsWith(start));
      expect(headings[at]?.slice(0, 3), `${start}: ${headings.join(" | ")}`).toBe("H3:");
      expect(at).toBeGreaterThan(from);
      expect(at).toBeLessThan(to);
    }
  };
  expectUnder(
    await outline(),
    "Priya Shah",
    [
      "Contact and preferences",
      "Marketing consent",
      "CRM actions",
      "Purchase history (",
      "Cases (",
      "Feedback (",
      "Timeline (",
    ],
    "Conversation with Priya Shah",
  );

  await page.getByRole("tab", { name: "Insights" }).click();
  await expect(page.getByRole("heading", { name: "Insights from this CRM" })).toBeVisible();
  await expect(page.getByTestId(/^metric-/).first()).toBeVisible();
  expectUnder(await outline(), "Insights from this CRM", [
    "Net Promoter Score (NPS)",
    "Satisfaction is not loyalty",
    "Recommend an improvement",
  ]);
  await expectNoAxeViolations(page, "the workspace's insights");
});
