/**
 * Traps a whole scripted lesson ran into on 5 December 2026 (a tutor, four learners at 1366, 768 and
 * 320 px and by keyboard, a late joiner, a dropped connection), each as the person would meet it:
 * - the tutor showing the join code on the class page saw nobody arrive ("learners appear here as they
 *   join") until a reload, and learners sitting on their welcome page never saw a scenario assigned
 *   after they joined;
 * - a CRM note held while the wifi was down, then "Submit for marking": the two went together when the
 *   connection came back and raced, so the note could miss the marking; meanwhile the reply's button
 *   said "Sending…" for a reply never sent, and the submit dialog said only "Marking…";
 * - a display name already taken, or joining closed: focus stayed on "Join class", below the message;
 * - radios and checkboxes were the browser's 13–16 px, passing WCAG 2.5.8 only by spacing;
 * - a reply sent was read back to a screen-reader user in full (the Messages list was a live region)
 *   before the customer's answer; now "Sent to …" and the answer are told in a status region.
 */
import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { expectAnnouncedInExistingRegion, expectNoAxeViolations, markLiveRegions } from "./helpers/a11y";
import { joinClass } from "./helpers/classroom";
import { classWithAssignmentByApi, joinClassByApi, startByApi } from "./helpers/classroom-api";

const KETTLE = {
  scenarioId: "complaint-faulty-kettle",
  scenarioTitle: "Complaint: the kettle that stopped working",
};
const ONBOARDING_ID = "onboarding-new-subscriber";
const ONBOARDING_TITLE = "Onboarding: welcome a new coffee subscriber";

async function newPage(browser: Browser, width = 1366, height = 900) {
  return (await browser.newContext({ viewport: { width, height } })).newPage();
}

/**
 * A signed-in tutor with a new class (the kettle assigned) on its class page, and Ada joined at 1366 px
 * (her browser on no page yet), through the API (helpers/classroom-api.ts).
 */
async function classWithAda(browser: Browser, prefix: string) {
  const tutor = await newPage(browser);
  const made = await classWithAssignmentByApi(tutor, { prefix, ...KETTLE });
  const ada = await newPage(browser);
  await joinClassByApi(ada, made.code, "Ada");
  return { tutor, code: made.code, ada, made };
}

async function startKettle(page: Page) {
  await page.getByRole("link", { name: `Start: ${KETTLE.scenarioTitle}` }).click();
  await page.getByRole("button", { name: "Start scenario" }).click();
  await expect(page).toHaveURL(/\/attempts\/\d+$/);
}

test("the class page and a learner's welcome page follow the lesson without a reload", async ({
  browser,
}) => {
  test.setTimeout(300_000);
  // The class through the API; the joins and the start through the pages: the class page must follow them.
  const tutor = await newPage(browser);
  const { code } = await classWithAssignmentByApi(tutor, { prefix: "Roster", ...KETTLE });
  const roster = tutor
    .getByRole("table")
    .filter({ has: tutor.getByRole("columnheader", { name: "Joined" }) });
  await expect(tutor.getByText("No learners yet")).toBeVisible();

  // The tutor keeps the class page on the projector while the class joins: each name arrives by itself.
  const ada = await newPage(browser);
  await joinClass(ada, code, "Ada");
  await expect(roster.getByRole("cell", { name: "Ada", exact: true })).toBeVisible({ timeout: 15_000 });
  await expect(tutor.getByRole("heading", { name: "Learners (1)" })).toBeVisible();
  const ben = await newPage(browser, 320, 640);
  await joinClass(ben, code, "Ben");
  await expect(roster.getByRole("cell", { name: "Ben", exact: true })).toBeVisible({ timeout: 15_000 });
  // …and so does who has started.
  await startKettle(ada);
  await expect(tutor.getByText("1 of 2 learners started, 0 submitted")).toBeVisible({ timeout: 15_000 });
  await expectNoAxeViolations(tutor, "the class page after learners joined");

  // A scenario assigned while Ben sits on his welcome page appears there without a reload.
  await expect(ben.getByRole("heading", { name: ONBOARDING_TITLE })).toHaveCount(0);
  await tutor.getByLabel("Scenario", { exact: true }).selectOption(ONBOARDING_ID);
  await tutor.getByRole("button", { name: "Assign", exact: true }).click();
  await expect(tutor.getByRole("link", { name: `Results: ${ONBOARDING_TITLE}` })).toBeVisible();
  await expect(ben.getByRole("link", { name: `Start: ${ONBOARDING_TITLE}` })).toBeVisible({
    timeout: 20_000,
  });
  await expectNoAxeViolations(ben, "the welcome page at 320 px after a new assignment");
});

test("a change held while offline is saved before the attempt is submitted; only its own button waits in words", async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const { ada, made } = await classWithAda(browser, "Offline");
  await startByApi(ada, { ...made, ...KETTLE });
  await ada
    .getByLabel(/^Your reply/)
    .fill("Dear Priya, I'm so sorry your kettle stopped working. Thank you for telling us.");
  await markLiveRegions(ada);
  await ada.getByRole("button", { name: "Send reply" }).click();
  await expect(ada.getByLabel(/^Your reply/)).toHaveValue("");
  // A screen reader hears that the reply went and what Priya answered, in a region already listening;
  // her own reply is not read back to her in full (the Messages list is no live region any more).
  const news = ada.getByTestId("conversation-news");
  await expect(news).toContainText("Sent to Priya Shah.");
  await expect(news).toContainText("Priya Shah replied");
  await expect(news).not.toContainText("Thank you for telling us");
  await expectAnnouncedInExistingRegion(news, "the reply sent and the customer's answer");
  const ownMessage = ada.getByTestId("learner-message").first();
  await expect(ownMessage).toBeVisible();
  expect(
    await ownMessage.evaluate((el) => el.closest("[aria-live], [role=status], [role=log]") === null),
    "the learner's own reply is inside a live region, so it is read back in full",
  ).toBe(true);

  const note = "Kettle ORD-10234 stopped heating; refund of £44.99 agreed by email.";
  await ada.getByRole("tabpanel", { name: "Add note" }).getByLabel("Note").fill(note);
  await ada.context().setOffline(true);
  await ada.getByRole("button", { name: "Add note" }).click();
  await expect(ada.getByTestId("connection-wait")).toContainText("You are offline");
  await expect(ada.getByRole("button", { name: "Saving…" })).toBeVisible();
  // The reply she did not send is not "Sending…": it waits, under its own name.
  await expect(ada.getByRole("button", { name: "Send reply" })).toBeDisabled();
  await expect(ada.getByRole("button", { name: "Sending…" })).toHaveCount(0);

  // She submits while the note is still held: the dialog says why she must wait, and will not submit yet.
  await ada.getByRole("button", { name: "Submit for marking" }).click();
  const dialog = ada.getByRole("alertdialog", { name: "Confirm submission" });
  await expect(dialog.getByTestId("submit-wait")).toContainText("you are offline");
  await expect(dialog.getByRole("button", { name: "Yes, submit" })).toBeDisabled();
  await expectNoAxeViolations(ada, "the submit dialog waiting for a change held offline");

  // Back online: the note is stored first, then she can submit, and the marking has it.
  await ada.context().setOffline(false);
  await expect(dialog.getByRole("button", { name: "Yes, submit" })).toBeEnabled({ timeout: 20_000 });
  await expect(dialog.getByTestId("submit-wait")).toHaveCount(0);
  await dialog.getByRole("button", { name: "Yes, submit" }).click();
  await expect(ada).toHaveURL(/\/report$/);
  const replay = ada.getByRole("list", { name: "Replay" });
  await expect(replay).toContainText("Added a note to Priya Shah's record");
  const story = (await replay.textContent())!;
  expect(story.indexOf("Added a note"), "the note was stored after the submission").toBeLessThan(
    story.indexOf("submitted the attempt"),
  );
});

test("a join refused by the server puts focus on the field to put right", async ({ browser }) => {
  test.setTimeout(300_000);
  const { tutor, code } = await classWithAda(browser, "Refused");

  const again = await newPage(browser, 768, 1024);
  await again.goto("/join");
  const form = again.getByRole("region", { name: "Join with a class code" });
  const name = form.getByRole("textbox", { name: "Your display name" });
  await form.getByRole("textbox", { name: "Class code" }).fill(code);
  await name.fill("ada");
  await again.keyboard.press("Enter");
  await expect(name).toBeFocused();
  await expect(name).toHaveAccessibleDescription(/already called “ada”/);
  await expectNoAxeViolations(again, "the join page with a name already taken");

  // The tutor closes joining; a late learner is sent to the code, which is what the message is about.
  await tutor.getByRole("button", { name: "Close joining" }).click();
  await expect(tutor.getByRole("button", { name: "Open joining" })).toBeVisible();
  await name.fill("Eve M");
  await name.press("Enter");
  const codeBox = form.getByRole("textbox", { name: "Class code" });
  await expect(codeBox).toBeFocused();
  await expect(codeBox).toHaveAccessibleDescription(/not letting new learners join/);
});

test("radios and checkboxes are 24 × 24 CSS px themselves, not only by spacing (WCAG 2.5.8)", async ({
  browser,
}) => {
  test.setTimeout(300_000);
  // Set up through the API (helpers/classroom-api.ts).
  const tutor = await newPage(browser);
  const made = await classWithAssignmentByApi(tutor, { prefix: "Targets", ...KETTLE });
  const { classUrl } = made;
  const boxes = async (page: Page, where: string) => {
    const sizes = await page.locator('input[type="radio"], input[type="checkbox"]').evaluateAll((els) =>
      els
        .filter((el) => el.getClientRects().length > 0)
        .map((el) => {
          const r = el.getBoundingClientRect();
          return {
            name: (el.closest("label")?.textContent ?? "").trim().slice(0, 40),
            w: r.width,
            h: r.height,
          };
        }),
    );
    expect(sizes.length, `no radios or checkboxes on ${where}`).toBeGreaterThan(0);
    expect(
      sizes.filter((s) => s.w < 24 || s.h < 24),
      `radios or checkboxes under 24 × 24 px on ${where}`,
    ).toEqual([]);
  };

  await tutor.locator("summary", { hasText: "Settings" }).click();
  await boxes(tutor, "an assignment's settings");
  await expectNoAxeViolations(tutor, "the class page with settings open");

  await tutor.goto(`${new URL(classUrl).pathname}/live`);
  await expect(tutor.getByLabel("Pause updates")).toBeVisible();
  await boxes(tutor, "the live dashboard");
  await expectNoAxeViolations(tutor, "the live dashboard");

  const ada = await newPage(browser, 320, 640);
  await joinClassByApi(ada, made.code, "Ada");
  await startByApi(ada, { ...made, ...KETTLE });
  await ada
    .getByRole("tablist", { name: "Choose a CRM action" })
    .getByRole("tab", { name: "Consent", exact: true })
    .click();
  await boxes(ada, "the workspace's consent form at 320 px");
  await expectNoAxeViolations(ada, "the workspace's consent form at 320 px");
});
