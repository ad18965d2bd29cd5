/**
 * The eighth accessibility pass (6 December 2026, session 36): leftovers of the seventh, then what a
 * scripted lesson in the monthly service review and win-back (learners on a phone, a tablet and a desktop
 * by keyboard alone; the tutor watching, pausing, extending, closing, debriefing, exporting) ran into:
 * - the live dashboard showed LASS chips (Listen, Apologise, Solve, Thank) for loyalty and win-back,
 *   where LASS marks one customer's answer among offers: "Apologise ○" read as a gap;
 * - a modal dialog (the submit confirmation, the override, the full-screen join code) passed Tab from
 *   its last control to the browser's toolbar (WCAG 2.1.2, 2.4.3);
 * - the workspace's customer record put "Contact and preferences" and "Marketing consent" after the CRM
 *   actions and the whole timeline in reading order, though on a wide record they are drawn at the top
 *   beside the figures: a win-back learner met the forms before the consent (WCAG 1.3.2, 2.4.3);
 * - at 320 px the join code "ZP9 65Q" broke as "ZP9 6" over "5Q".
 */
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { expectNoAxeViolations } from "./helpers/a11y";
import { ASSIGNABLE, newPage } from "./helpers/classroom";
import { assignByApi, classWithAssignmentByApi, joinAndStartByApi } from "./helpers/classroom-api";
import { BrowserPlayer } from "./helpers/play-in-browser";
import { readScenario } from "./helpers/scenario-files";

const WIN_BACK = ASSIGNABLE.winBack;
const KETTLE = ASSIGNABLE.kettle;

/** The text of whatever has focus, or what it is if it is not an element inside the page. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return "(nothing in the page)";
    return el.textContent?.trim() || el.getAttribute("aria-label") || el.tagName;
  });

test("the live dashboard shows LASS steps only where the scenario marks them, and what each scenario is marked on", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  // Set up through the API (helpers/classroom-api.ts): the class, both assignments, both learners.
  const tutor = await newPage(browser);
  const made = await classWithAssignmentByApi(tutor, { prefix: "Eighth", ...WIN_BACK }, { open: false });
  const kettle = await assignByApi(tutor, made.classId, KETTLE.scenarioId);

  const cara = await newPage(browser, 320, 640);
  await joinAndStartByApi(cara, { ...made, ...WIN_BACK, name: "Cara" });
  const dan = await newPage(browser);
  await joinAndStartByApi(dan, { ...made, ...kettle, ...KETTLE, name: "Dan" });

  await tutor.goto(made.classUrl);
  await expect(tutor.getByRole("link", { name: `Results: ${KETTLE.scenarioTitle}` })).toBeVisible();
  await tutor.getByRole("link", { name: "Live dashboard" }).click();
  const table = tutor.getByRole("table", { name: "Learners' progress" });
  const caraRow = table.getByRole("row").filter({ hasText: "Cara" });
  const danRow = table.getByRole("row").filter({ hasText: "Dan" });
  await expect(caraRow).toContainText("Working");
  // Win-back: no chips (LASS marks David's answer alone; offers owe no apology), but where to look.
  await expect(caraRow.getByRole("list", { name: /LASS steps/ })).toHaveCount(0);
  await expect(caraRow.getByTestId("lass-steps")).toHaveText("No LASS steps here: what it is marked on");
  // The kettle complaint keeps its four steps.
  const danSteps = danRow.getByRole("list", { name: "LASS steps for Dan" }).getByRole("listitem");
  await expect(danSteps).toHaveText([/Listen/, /Apologise/, /Solve/, /Thank/]);

  const markedOn = tutor.getByRole("region", { name: "What each scenario is marked on" });
  await expect(markedOn.getByRole("heading", { level: 3 })).toHaveText([
    WIN_BACK.scenarioTitle,
    KETTLE.scenarioTitle,
  ]);
  await caraRow.getByRole("link", { name: "what it is marked on" }).click();
  const winBack = markedOn.getByRole("region", { name: WIN_BACK.scenarioTitle });
  await expect(winBack.getByRole("heading", { name: WIN_BACK.scenarioTitle })).toBeInViewport();
  await expect(winBack.getByRole("listitem")).toContainText([
    "Sent offers only where the law allows marketing on that channel",
    "Handled David's reason for leaving with LASS, in order",
  ]);
  await expectNoAxeViolations(tutor, "the live dashboard with win-back and the kettle");
  await tutor.setViewportSize({ width: 320, height: 640 });
  await expectNoAxeViolations(tutor, "the live dashboard at 320 px");
});

test("a modal dialog keeps Tab inside it; Escape closes it and focus goes back to its opener", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const tutor = await newPage(browser);
  const made = await classWithAssignmentByApi(tutor, { prefix: "Eighth trap", ...KETTLE }, { open: false });
  const { classUrl } = made;

  // The submission confirmation (an alertdialog), by keyboard.
  const ada = await newPage(browser);
  await joinAndStartByApi(ada, { ...made, ...KETTLE, name: "Ada" });
  const submit = ada.getByRole("button", { name: "Submit for marking" });
  await submit.focus();
  await ada.keyboard.press("Enter");
  const dialog = ada.getByRole("alertdialog", { name: "Confirm submission" });
  const notYet = dialog.getByRole("button", { name: "Not yet" });
  const yes = dialog.getByRole("button", { name: "Yes, submit" });
  await expect(notYet).toBeFocused();
  await ada.keyboard.press("Tab");
  await expect(yes).toBeFocused();
  // From the last button Tab goes round to the first, not out to the browser.
  await ada.keyboard.press("Tab");
  expect(await focused(ada)).toBe("Not yet");
  await ada.keyboard.press("Shift+Tab");
  expect(await focused(ada)).toBe("Yes, submit");
  await ada.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(submit).toBeFocused();

  // The join code full screen: its one button keeps focus.
  await tutor.goto(classUrl);
  const show = tutor.getByRole("button", { name: "Show full screen" });
  await show.focus();
  await tutor.keyboard.press("Enter");
  const close = tutor.getByRole("button", { name: "Close (Esc)" });
  await expect(close).toBeFocused();
  await tutor.keyboard.press("Tab");
  await expect(close).toBeFocused();
  await tutor.keyboard.press("Shift+Tab");
  await expect(close).toBeFocused();
  await tutor.keyboard.press("Escape");
  await expect(close).toBeHidden();
  await expect(show).toBeFocused();
});

test("the customer's consent comes before the CRM actions in reading order, where it is drawn; the join code breaks between its halves", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const tutor = await newPage(browser, 320, 640);
  const made = await classWithAssignmentByApi(tutor, { prefix: "Eighth order", ...WIN_BACK });
  // Each half of the code stays on one line at 320 px.
  const halves = await tutor
    .getByTestId("join-code")
    .evaluate((el) => [...el.querySelectorAll(".inline-block")].map((h) => h.getClientRects().length));
  expect(halves).toEqual([1, 1]);

  const ada = await newPage(browser);
  await joinAndStartByApi(ada, { ...made, ...WIN_BACK, name: "Ada" });
  const player = new BrowserPlayer(ada, readScenario(WIN_BACK.scenarioId));
  await player.begin();
  await player.openRecord("CUS-4102"); // David Mensah
  const consent = ada.getByRole("region", { name: "Marketing consent" });
  const contact = ada.getByRole("region", { name: "Contact and preferences" });
  const actions = ada.getByRole("region", { name: "CRM actions" });
  await expect(consent).toBeVisible();
  const order = async () =>
    ada.evaluate(() => {
      const names = ["Contact and preferences", "Marketing consent", "CRM actions", /^Timeline/];
      const regions = [...document.querySelectorAll("main section[aria-label]")];
      return names.map((n) =>
        regions.findIndex((r) => {
          const label = r.getAttribute("aria-label") ?? "";
          return typeof n === "string" ? label === n : n.test(label);
        }),
      );
    });
  // Markup (reading and Tab) order: contact, consent, then the actions, then the history.
  const [c = -1, k = -1, a = -1, t = -1] = await order();
  expect(c).toBeGreaterThanOrEqual(0);
  expect([c < k, k < a, a < t]).toEqual([true, true, true]);
  // Drawn where they are read: in the record's one column at 1366 and 320 px, above the actions…
  const box = async (l: typeof consent) => (await l.boundingBox())!;
  expect((await box(consent)).y).toBeLessThan((await box(actions)).y);
  // …and where the record has two columns (a wide screen), at the top of the right-hand one.
  await ada.setViewportSize({ width: 1920, height: 1080 });
  await expect.poll(async () => (await box(contact)).x > (await box(actions)).x + 100).toBe(true);
  expect((await box(contact)).y).toBeLessThan((await box(actions)).y);
  await ada.setViewportSize({ width: 320, height: 640 });
  expect((await box(consent)).y).toBeLessThan((await box(actions)).y);
  await expectNoAxeViolations(ada, "the workspace at 320 px with David's record open");
});
