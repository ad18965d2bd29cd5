/**
 * Session 48 (7 December 2026): the tutor's part of a lesson by keyboard alone, the steps the earlier
 * keyboard runs set up with the mouse or through the API: signing in, creating a class, opening it,
 * assigning a scenario, the join code full screen and back, the Watch view of a learner's workspace,
 * and a learner's report opened from the results. At 320 px (a 1280 px laptop at 400% zoom), where
 * the sticky headers cover the most. After every key press focus is on something, its indicator
 * visible, uncovered and unclipped (WCAG 2.1.1, 2.1.2, 2.4.3, 2.4.7, 2.4.11); each page's targets are
 * 24 px or spaced (2.5.8); the sign-in fields take a password manager's or pasted entry (3.3.8).
 */
import { expect, test } from "./fixtures";
import { expectTargetsLargeOrSpaced } from "./helpers/a11y";
import { ASSIGNABLE, E2E_TUTOR } from "./helpers/classroom";
import { joinAndStartByApi } from "./helpers/classroom-api";
import { KeyboardOnly } from "./helpers/keyboard";
import { conversation, submitForMarking } from "./helpers/play-in-browser";

const { scenarioId, scenarioTitle } = ASSIGNABLE.kettle;

test("keyboard only at 320 px: a tutor signs in, creates a class, assigns, watches a learner and opens her report", async ({
  page,
  browser,
}) => {
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 320, height: 640 });
  const kb = new KeyboardOnly(page);
  const h1 = (name: string | RegExp) => page.getByRole("heading", { level: 1, name });

  await page.goto("/tutor");
  const email = page.getByRole("textbox", { name: "Email address" });
  await expect(email).toHaveAttribute("autocomplete", /email|username/);
  await expect(page.getByLabel("Password")).toHaveAttribute("autocomplete", "current-password");
  await expectTargetsLargeOrSpaced(page, "sign-in at 320 px");
  await kb.tabTo(email, "sign-in: to the email", { max: 30 });
  await kb.type(E2E_TUTOR.email, "sign-in: email");
  await kb.tabTo(page.getByLabel("Password"), "sign-in: to the password", { max: 5 });
  await kb.type(E2E_TUTOR.password, "sign-in: password");
  await kb.press("Enter", "sign-in: send", { lands: h1("Your classes") });

  const className = `Keys ${Date.now().toString(36)}`;
  await expectTargetsLargeOrSpaced(page, "classes at 320 px");
  await kb.tabTo(page.getByLabel("Class name", { exact: true }), "classes: to Class name", { max: 60 });
  await kb.type(className, "classes: the name");
  await kb.press("Enter", "classes: create");
  const link = page.getByRole("link", { name: className });
  await expect(link).toBeVisible();
  await expect(page.getByText(new RegExp(`^Created ${className}\\.`))).toBeVisible();
  // Focus stays where the tutor was (the field or its button), not thrown to the top of the page.
  await kb.tabTo(link, "classes: to the new class", { max: 60 });
  await kb.press("Enter", "classes: open the class", { url: /\/tutor\/classes\/\d+$/, lands: h1(className) });
  await expectTargetsLargeOrSpaced(page, "class page at 320 px");
  const classUrl = page.url();

  const scenario = page.getByLabel("Scenario", { exact: true });
  await expect(scenario.locator(`option[value="${scenarioId}"]`)).toBeAttached({ timeout: 30_000 });
  await kb.tabTo(scenario, "class: to Scenario", { max: 60 });
  await kb.type("Complaint: the kettle", "class: choose the kettle by typing");
  await expect(scenario).toHaveValue(scenarioId);
  const assign = page.getByRole("button", { name: "Assign", exact: true });
  await kb.tabTo(assign, "class: to Assign", { max: 10 });
  await kb.press("Enter", "class: assign");
  await expect(page.getByRole("link", { name: `Results: ${scenarioTitle}` })).toBeVisible();
  await expect(assign, "focus stays on Assign").toBeFocused();

  // The join code full screen, and Escape back to its button.
  const show = page.getByRole("button", { name: "Show full screen" });
  await kb.tabTo(show, "class: to Show full screen", { max: 40, backwards: true });
  await kb.press("Enter", "class: show the code");
  await expect(page.getByRole("dialog")).toBeVisible();
  await kb.press("Tab", "projector: Tab stays inside");
  await expect
    .poll(() => page.getByRole("dialog").evaluate((d) => d.contains(document.activeElement)))
    .toBe(true);
  await kb.press("Escape", "projector: close", { lands: show });
  const code = (await page.getByTestId("join-code").textContent())!.trim();
  const assignmentId = Number(
    /assignments\/(\d+)/.exec(
      (await page.getByRole("link", { name: `Results: ${scenarioTitle}` }).getAttribute("href"))!,
    )![1],
  );

  // A learner joins and writes a reply (the set-up, by the API and the mouse).
  const learner = await (await browser.newContext()).newPage();
  const attemptId = await joinAndStartByApi(learner, { code, name: "Ada", scenarioId, assignmentId });
  await conversation(learner).getByLabel("Your reply to Priya Shah").fill("Dear Priya, I am sorry. Alex");
  await conversation(learner).getByRole("button", { name: "Send reply" }).click();
  await expect(conversation(learner).getByTestId("customer-message")).toHaveCount(2);

  // The live dashboard, then the Watch view of Ada's workspace, every stop to the foot of the page.
  await page.goto(classUrl);
  const toLive = page.getByRole("link", { name: "Live dashboard" });
  await expect(toLive).toBeVisible(); // the loaded page, as below
  await kb.tabTo(toLive, "class: to the live dashboard", {
    max: 80,
  });
  await kb.press("Enter", "class: live dashboard", { url: /live/, lands: h1("Live dashboard") });
  const watch = page.getByRole("link", { name: "Watch Ada's workspace" });
  await expect(watch).toBeVisible();
  await expectTargetsLargeOrSpaced(page, "live dashboard at 320 px");
  await kb.tabTo(watch, "live: to Watch Ada", { max: 60 });
  await kb.press("Enter", "live: watch Ada", { url: /\/attempts\/\d+$/, lands: h1(scenarioTitle) });
  await expect(page.getByTestId("watch-connection")).toBeVisible();
  await expectTargetsLargeOrSpaced(page, "Watch view at 320 px");
  const walked = await kb.tabTo(
    page.getByRole("link", { name: "Accessibility statement" }),
    "watch: every stop",
    {
      max: 200,
    },
  );
  expect(walked).toBeGreaterThan(5);

  // Ada submits; from the results, her report by keyboard.
  await submitForMarking(learner, attemptId);
  await page.goto(classUrl);
  // As a keyboard user would, start once the class page has loaded: tabbing through its loading state lost focus to
  // <body> when the loaded page replaced it (the full run, session 48).
  const toResults = page.getByRole("link", { name: `Results: ${scenarioTitle}` });
  await expect(toResults).toBeVisible();
  await kb.tabTo(toResults, "class: to results", {
    max: 80,
  });
  await kb.press("Enter", "class: results", { url: /assignments\/\d+$/, lands: h1(/./) });
  const adaReport = page.getByRole("link", { name: /Ada/ }).first();
  await expect(adaReport).toBeVisible();
  await expectTargetsLargeOrSpaced(page, "results at 320 px");
  await kb.tabTo(adaReport, "results: to Ada's report", { max: 80 });
  await kb.press("Enter", "results: open Ada's report", { url: /report$/, lands: h1(/./) });
  await expect(page.getByTestId("report-band")).toBeVisible();
  await expectTargetsLargeOrSpaced(page, "Ada's report at 320 px");
  test.info().annotations.push({
    type: "keyboard",
    description: `${kb.presses} presses, ${kb.typed} characters typed, ${kb.stops.length} focus checks`,
  });
});
