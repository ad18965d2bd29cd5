/**
 * Session 48 (7 December 2026): a learner's and a tutor's main journeys as a screen-reader user meets
 * them, through the accessibility tree the browser exposes (Playwright's `ariaSnapshot`) and the focus:
 * - on every page: one h1, first, no level skipped; a banner, a navigation, a main and a contentinfo
 *   landmark; every control named (`expectSoundTree`, WCAG 1.3.1, 2.4.1, 2.4.6, 4.1.2);
 * - the order content is read in is the order it is drawn in (WCAG 1.3.2, 2.4.3): the headings, in the
 *   tree's order, never go back up the page or to the left, at 1366 and at 320 px;
 * - status messages in live regions already in the page (4.1.3): a note saved, a reply sent and the
 *   customer's answer, a class created, the learner's submission and band on the tutor's live dashboard;
 * - the score: on the report, focus on the h1, and the result (percentage and band) the next thing read;
 * - dialogs (4.1.2, 2.4.3): named, focus moved into them on opening and back to the control that opened
 *   them on closing: the submit confirmation, the projector view of the join code, removing a learner.
 * It reads the tree, not speech: no screen reader (NVDA, JAWS, VoiceOver) was run.
 */
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { expectAnnouncedInExistingRegion, markLiveRegions } from "./helpers/a11y";
import { expectSoundTree, parseTree } from "./helpers/aria-tree";
import { ASSIGNABLE, E2E_TUTOR } from "./helpers/classroom";
import { joinClassByApi } from "./helpers/classroom-api";
import { conversation } from "./helpers/play-in-browser";

const { scenarioId, scenarioTitle } = ASSIGNABLE.kettle;

/**
 * The visible headings of the page in the order a screen reader reads them (the DOM's, which is the
 * tree's here: nothing is moved with aria-owns), each with where it is drawn. Returns the pairs where
 * the next heading read is drawn above the one before and not in a column to its right.
 */
async function headingsReadOutOfOrder(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const hs = [...document.querySelectorAll<HTMLElement>("h1, h2, h3, h4, h5, h6, [role=heading]")]
      .filter((h) => h.checkVisibility() && !h.closest("[aria-hidden=true], .sr-only, dialog:not([open])"))
      .map((h) => ({ text: (h.textContent ?? "").trim().slice(0, 50), box: h.getBoundingClientRect() }))
      .filter((h) => h.box.width > 0 && h.box.height > 0);
    const out: string[] = [];
    for (let i = 1; i < hs.length; i++) {
      const a = hs[i - 1]!;
      const b = hs[i]!;
      const below = b.box.top >= a.box.top - 1;
      const toTheRight = b.box.left >= a.box.right - 1;
      if (!below && !toTheRight)
        out.push(
          `"${b.text}" (drawn at ${Math.round(b.box.left)}, ${Math.round(b.box.top)}) is read after "${a.text}" (drawn at ${Math.round(a.box.left)}, ${Math.round(a.box.top)})`,
        );
    }
    return out;
  });
}

/**
 * The page as a screen-reader user meets it: the tree's rules, a navigation landmark, the reading
 * order at this width and, for a second look, at 320 px (one column, where the order must be top to
 * bottom). Soft: every problem of every page is reported.
 */
async function expectScreenReaderPage(page: Page, context: string) {
  const tree = await expectSoundTree(page, context);
  // Consistent help (3.2.6): the accessibility statement, which says whom to ask, at the foot of every page.
  await expect
    .soft(
      page.getByRole("contentinfo").getByRole("link", { name: "Accessibility statement" }),
      `${context}: the help link in the footer`,
    )
    .toBeVisible();
  expect
    .soft(
      tree.landmarks.some((m) => m.startsWith("navigation ")),
      `${context}: a navigation landmark (landmarks: ${tree.landmarks.join("; ")})`,
    )
    .toBe(true);
  const size = page.viewportSize()!;
  expect
    .soft(await headingsReadOutOfOrder(page), `${context}: read out of order at ${size.width} px`)
    .toEqual([]);
  await page.setViewportSize({ width: 320, height: 640 });
  try {
    await expect
      .poll(() => headingsReadOutOfOrder(page), { message: `${context}: read out of order at 320 px` })
      .toEqual([]);
  } catch (e) {
    expect.soft(String(e)).toBe("");
  } finally {
    await page.setViewportSize(size);
  }
  return tree;
}

/**
 * A dialog opened by `opener`: it has the role and name given, focus is inside it, and `close` puts
 * focus back on `opener` (WCAG 4.1.2, 2.4.3).
 */
async function expectDialogRoundTrip(
  opener: Locator,
  dialog: Locator,
  close: () => Promise<void>,
  context: string,
) {
  await opener.focus();
  await opener.press("Enter");
  await expect(dialog, `${context}: the dialog opens, named`).toBeVisible();
  await expect
    .poll(() => dialog.evaluate((d) => d.contains(document.activeElement)), {
      message: `${context}: focus moved into the dialog`,
    })
    .toBe(true);
  await close();
  await expect(dialog).toBeHidden();
  await expect(opener, `${context}: focus back on the control that opened it`).toBeFocused();
}

test("a learner's and a tutor's journeys as a screen reader meets them", async ({ page, browser }) => {
  test.setTimeout(300_000);
  const tutor = page;

  // The tutor signs in, creates a class and assigns the kettle, by the pages.
  await tutor.goto("/tutor");
  await expect(tutor.getByRole("heading", { level: 1 })).toBeVisible();
  await expectScreenReaderPage(tutor, "tutor sign-in");
  await tutor.getByRole("textbox", { name: "Email address" }).fill(E2E_TUTOR.email);
  await tutor.getByLabel("Password").fill(E2E_TUTOR.password);
  await tutor.getByRole("button", { name: "Sign in" }).click();
  await expect(tutor.getByRole("heading", { level: 1, name: "Your classes" })).toBeVisible();
  await expectScreenReaderPage(tutor, "tutor's classes");
  const className = `Screen reader ${Date.now().toString(36)}`;
  await markLiveRegions(tutor);
  await tutor.getByLabel("Class name", { exact: true }).fill(className);
  await tutor.getByRole("button", { name: "Create class" }).click();
  await expectAnnouncedInExistingRegion(
    tutor.getByText(new RegExp(`^Created ${className}\\. Its join code is`)),
    "class created",
  );
  await tutor.getByRole("link", { name: className }).click();
  await expect(tutor.getByRole("heading", { level: 1, name: className })).toBeVisible();
  const code = (await tutor.getByTestId("join-code").textContent())!.trim();
  const classUrl = tutor.url();
  const scenario = tutor.getByLabel("Scenario", { exact: true });
  await expect(scenario.locator(`option[value="${scenarioId}"]`)).toBeAttached({ timeout: 30_000 });
  await scenario.selectOption(scenarioId);
  await markLiveRegions(tutor);
  await tutor.getByRole("button", { name: "Assign", exact: true }).click();
  await expectAnnouncedInExistingRegion(tutor.getByText(`Assigned ${scenarioTitle}`), "assigned");
  const resultsLink = tutor.getByRole("link", { name: `Results: ${scenarioTitle}` });
  const resultsUrl = new URL((await resultsLink.getAttribute("href"))!, classUrl).toString();
  await expectScreenReaderPage(tutor, "class page");
  // The join code full screen: a named dialog, focus in it, Escape back to its button.
  await expectDialogRoundTrip(
    tutor.getByRole("button", { name: "Show full screen" }),
    tutor.getByRole("dialog", { name: /join/i }),
    () => tutor.keyboard.press("Escape"),
    "the join code full screen",
  );

  // Ada joins by the join page and starts the assignment from her welcome page.
  const learnerContext = await browser.newContext();
  const learner = await learnerContext.newPage();
  await learner.goto("/join");
  await expect(learner.getByRole("heading", { level: 1 })).toBeVisible();
  await expectScreenReaderPage(learner, "join page");
  const join = learner.getByRole("region", { name: "Join with a class code" });
  await join.getByRole("textbox", { name: "Class code" }).fill(code);
  await join.getByRole("textbox", { name: "Your display name" }).fill("Ada");
  await learner.getByRole("button", { name: "Join class" }).click();
  await expect(learner.getByRole("heading", { level: 1, name: "Welcome, Ada" })).toBeVisible();
  await expectScreenReaderPage(learner, "learner's welcome");
  await learner.getByRole("link", { name: `Start: ${scenarioTitle}` }).click();
  await expect(learner.getByRole("button", { name: "Start scenario" })).toBeVisible();
  // Redundant entry (3.3.7): a learner who joined with her name is not asked for it again.
  await expect(learner.getByRole("textbox", { name: "Your display name" })).toHaveCount(0);
  await expectScreenReaderPage(learner, "the brief");
  await learner.getByRole("button", { name: "Start scenario" }).click();
  await learner.waitForURL(/\/attempts\/\d+$/);
  await expect(learner.getByText(/^\S+ · Customer since /)).toBeVisible();
  await expect(learner.getByRole("heading", { level: 1, name: scenarioTitle })).toBeFocused();
  await expectScreenReaderPage(learner, "workspace");

  // A note, then a reply and the customer's answer, each told once in a region already there.
  const actions = learner.getByRole("tablist", { name: "Choose a CRM action" });
  await actions.getByRole("tab", { name: "Add note", exact: true }).click();
  const notePanel = learner.getByRole("tabpanel", { name: "Add note", exact: true });
  await markLiveRegions(learner);
  await notePanel.getByLabel("Note", { exact: true }).fill("Kettle stopped after 12 days; wants a refund.");
  await notePanel.getByRole("button", { name: "Add note", exact: true }).click();
  await expectAnnouncedInExistingRegion(notePanel.getByText("Saved to the CRM."), "note saved");
  const conv = conversation(learner);
  await markLiveRegions(learner);
  await conv
    .getByLabel("Your reply to Priya Shah")
    .fill("Dear Priya, I am so sorry your kettle stopped working. I will refund you in full today. Alex");
  await conv.getByRole("button", { name: "Send reply" }).click();
  await expectAnnouncedInExistingRegion(conv.getByText("Sent to Priya Shah.", { exact: false }), "sent");
  await expectAnnouncedInExistingRegion(
    conv.getByTestId("conversation-news").filter({ hasText: /Priya Shah replied \(seems / }),
    "her answer",
  );
  await expectScreenReaderPage(learner, "workspace after a reply");

  // The submit confirmation: an alert dialog, named, focus on "Not yet"; "Not yet" gives focus back.
  const submit = learner.getByRole("button", { name: "Submit for marking" });
  const confirm = learner.getByRole("alertdialog", { name: "Confirm submission" });
  await expectDialogRoundTrip(
    submit,
    confirm,
    () => confirm.getByRole("button", { name: "Not yet" }).click(),
    "the submit confirmation",
  );
  await expectDialogRoundTrip(
    submit,
    confirm,
    () => learner.keyboard.press("Escape"),
    "the submit confirmation (Esc)",
  );

  // The tutor's live dashboard is told of the submission, with the band.
  await tutor.goto(`${classUrl}/live`);
  await expect(tutor.getByRole("rowheader", { name: "Ada" }).first()).toBeVisible();
  await expectScreenReaderPage(tutor, "live dashboard");
  await markLiveRegions(tutor);
  await submit.click();
  await confirm.getByRole("button", { name: "Yes, submit" }).click();
  await expectAnnouncedInExistingRegion(
    tutor
      .getByRole("log", { name: "Latest submissions" })
      .getByText(/Ada submitted .*(Distinction|Merit|Pass|Fail)/),
    "live: Ada's result",
  );

  // Her report: focus on the h1, and the result is the next thing read after it.
  await expect(learner.getByTestId("report-band")).toBeVisible();
  await expect(learner.getByRole("heading", { level: 1, name: scenarioTitle })).toBeFocused();
  const report = await expectScreenReaderPage(learner, "report");
  const afterH1 = report.snapshot.slice(report.snapshot.indexOf(`heading "${scenarioTitle}" [level=1]`));
  const firstHeadingAfter = parseTree(afterH1).find((l, i) => i > 0 && l.role === "heading");
  const resultAt = afterH1.search(/\d+%/);
  const bandAt = afterH1.search(/Distinction|Merit|Pass|Fail/);
  const nextHeadingAt = firstHeadingAfter ? afterH1.indexOf(`heading "${firstHeadingAfter.name}"`) : -1;
  expect(resultAt, "the percentage is read after the h1").toBeGreaterThan(0);
  expect(bandAt, "the band is read after the h1").toBeGreaterThan(0);
  if (nextHeadingAt > 0) {
    expect(
      resultAt,
      `the percentage comes before the next heading (${firstHeadingAfter?.name})`,
    ).toBeLessThan(nextHeadingAt);
    expect(bandAt, "the band comes before the next heading").toBeLessThan(nextHeadingAt);
  }

  // The tutor: results, Ada's report, the debrief and the account page.
  await tutor.goto(resultsUrl);
  await expect(tutor.getByRole("rowheader", { name: /Ada/ })).toBeVisible();
  await expectScreenReaderPage(tutor, "results");
  await tutor.getByRole("link", { name: /Ada/ }).first().click();
  await expect(tutor.getByTestId("report-band")).toBeVisible();
  await expectScreenReaderPage(tutor, "Ada's report, as the tutor");
  await tutor.goto(`${resultsUrl}/debrief`);
  await expect(tutor.getByRole("heading", { level: 2, name: "How the class did" })).toBeVisible();
  await expectScreenReaderPage(tutor, "debrief");
  await tutor.goto("/tutor/account");
  await expect(tutor.getByRole("heading", { level: 1 })).toBeVisible();
  await expectScreenReaderPage(tutor, "account");

  // Removing a learner: the question is asked in place, in a group named "Remove Ben"; focus moves to
  // "Yes, remove", which carries the question as its description (read with it: a screen-reader user
  // whose focus lands on the button hears what it is asking), and "Cancel" gives focus back.
  const ben = await (await browser.newContext()).newPage();
  await joinClassByApi(ben, code, "Ben");
  await tutor.goto(classUrl);
  const remove = tutor.getByRole("button", { name: "Remove Ben" });
  await expect(remove).toBeVisible();
  await expect(tutor.getByRole("table", { name: "Learners in this class" })).toBeVisible();
  await expectScreenReaderPage(tutor, "class page with learners");
  await remove.focus();
  await remove.press("Enter");
  const asking = tutor.getByRole("group", { name: "Remove Ben" });
  const yes = asking.getByRole("button", { name: "Yes, remove" });
  await expect(yes, "focus moved into the question").toBeFocused();
  await expect(yes).toHaveAccessibleDescription("Remove Ben from the class? Their work is kept.");
  await asking.getByRole("button", { name: "Cancel" }).press("Enter");
  await expect(tutor.getByRole("button", { name: "Remove Ben" }), "focus back on Remove Ben").toBeFocused();
});

test("the demo CRM's customer record is read in the order it is drawn when its columns stack, at 768 and 320 px (WCAG 1.3.2, 2.4.3)", async ({
  page,
}) => {
  // Left after the eighth pass: below 1024 px the contact, consent and actions column was moved to the
  // top (or, at 768 px, to the left) with CSS `order` while it came last in the markup, after the
  // timeline, orders and cases: read and tabbed through last, drawn first. On a wide page the record
  // now reads as the workspace's does (the figures, the right-hand column, then the history on the
  // left), which is a choice of order, not a mismatch, and is not what this checks.
  for (const width of [768, 320]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/customers/CUS-0001");
    await expect(page.getByRole("region", { name: "Contact and preferences" })).toBeVisible();
    await expect(page.getByRole("region", { name: /^Timeline/ })).toBeVisible();
    expect(await headingsReadOutOfOrder(page), `the record at ${width} px`).toEqual([]);
  }
  // Read as the workspace's record is: who they are and how to reach them before their history.
  const regions = await page
    .getByRole("region")
    .evaluateAll((els) => els.map((el) => el.getAttribute("aria-label")));
  const at = (name: string | RegExp) =>
    regions.findIndex((r) => (typeof name === "string" ? r === name : name.test(r ?? "")));
  expect(at("Contact and preferences"), `regions in reading order: ${regions.join(", ")}`).toBeGreaterThan(
    -1,
  );
  expect(at("Contact and preferences")).toBeLessThan(at(/^Timeline/));
});
