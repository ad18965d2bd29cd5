import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { axe, expectNoAxeViolations, expectNoSidewaysScroll } from "./helpers/a11y";
import { E2E_TUTOR as TUTOR } from "./helpers/classroom";

/** Serious and critical accessibility problems only (axe's "impact"). */
async function seriousAxeViolations(page: Page) {
  const results = await axe(page).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(" ")),
    }));
}

test("a tutor sets up a class and a learner joins it and sees the assigned scenario", async ({ browser }) => {
  // Three axe runs and two browser contexts: give a busy machine room.
  test.setTimeout(120_000);
  const tutorContext = await browser.newContext();
  const tutor = await tutorContext.newPage();

  // Sign in as the demo tutor.
  await tutor.goto("/tutor");
  await expect(tutor.getByRole("heading", { name: "Tutor sign in" })).toBeVisible();
  await tutor.getByLabel("Email address").fill(TUTOR.email);
  await tutor.getByLabel("Password").fill(TUTOR.password);
  await tutor.getByRole("button", { name: "Sign in" }).click();
  await expect(tutor.getByRole("heading", { name: "Your classes" })).toBeVisible();
  await expect(tutor.getByRole("region", { name: "Signed in" })).toContainText("Demo Tutor");

  // Create a class and open it.
  const className = `Level 3 Customer Service ${Date.now().toString(36)}`;
  await tutor.getByLabel("Class name", { exact: true }).fill(className);
  await tutor.getByRole("button", { name: "Create class" }).click();
  await tutor.getByRole("link", { name: className }).click();
  await expect(tutor.getByRole("heading", { level: 1, name: className })).toBeVisible();

  // The join code is shown large.
  const codeElement = tutor.getByTestId("join-code");
  await expect(codeElement).toHaveText(/^[A-HJ-NP-Z2-9]{3} [A-HJ-NP-Z2-9]{3}$/);
  const code = (await codeElement.textContent())!.trim();
  const fontSize = await codeElement.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(fontSize).toBeGreaterThanOrEqual(60);
  // The test server listens on 127.0.0.1 only: the page gives that address and says how to open it up.
  await expect(tutor.getByTestId("join-address")).toContainText(`${new URL(tutor.url()).host}/join`);
  await expect(tutor.getByRole("note")).toContainText("HOST=0.0.0.0 npm start");

  // Assign a scenario with a due date.
  const scenarioSelect = tutor.getByLabel("Scenario", { exact: true });
  await expect(scenarioSelect.locator("option").nth(1)).toBeAttached();
  const scenarioTitle = (await scenarioSelect.locator("option").nth(1).textContent())!.replace(
    /\s*\(.*\)\s*$/,
    "",
  );
  await scenarioSelect.selectOption({ index: 1 });
  // Typed the UK way, day/month/year (the field is text, not the browser's locale-bound date input).
  const dueDate = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London" }).format(
    Date.now() + 7 * 86_400_000,
  );
  await tutor.getByLabel("Due date (optional)").fill(dueDate);
  await expect(tutor.getByText(/^Due by 23:59 UK time on \w+ \d{1,2} \w+ \d{4}\.$/)).toBeVisible();
  await tutor.getByRole("button", { name: "Assign", exact: true }).click();
  const assigned = tutor.getByRole("list", { name: "Assigned scenarios" });
  await expect(assigned.getByRole("heading", { name: scenarioTitle })).toBeVisible();
  await expect(assigned).toContainText("Due ");
  // With nobody in the class yet, it does not claim that "everyone has started".
  await expect(assigned).toContainText("Nobody has joined the class yet.");
  await expect(assigned).not.toContainText("Everyone has started");
  await expect(tutor.getByRole("link", { name: "Live dashboard" })).toBeVisible();

  await tutor.screenshot({ path: "/tmp/classroom-tutor-class.png", fullPage: true });
  expect(await seriousAxeViolations(tutor)).toEqual([]);

  // The projector view.
  await tutor.getByRole("button", { name: "Show full screen" }).click();
  const projector = tutor.getByRole("dialog");
  await expect(projector).toBeVisible();
  await expect(projector).toContainText(code);
  await tutor.screenshot({ path: "/tmp/classroom-tutor-projector.png" });
  await projector.getByRole("button", { name: "Close (Esc)" }).click();
  await expect(projector).toBeHidden();

  // A learner, in a separate browser context, joins with the code and a display name only.
  const learnerContext = await browser.newContext();
  const learner = await learnerContext.newPage();
  await learner.goto("/join");
  await expect(learner.getByRole("heading", { level: 1, name: "Join a class" })).toBeVisible();
  await expect(learner.getByText("No email address or password.")).toBeVisible();
  await learner.screenshot({ path: "/tmp/classroom-join.png", fullPage: true });
  expect(await seriousAxeViolations(learner)).toEqual([]);

  const joinForm = learner.getByRole("region", { name: "Join with a class code" });
  await joinForm.getByRole("textbox", { name: "Class code" }).fill(code.toLowerCase());
  await joinForm.getByRole("textbox", { name: "Your display name" }).fill("Sam K");
  await learner.getByRole("button", { name: "Join class" }).click();
  await expect(learner.getByRole("heading", { level: 1, name: "Welcome, Sam K" })).toBeVisible();
  const work = learner.getByRole("list", { name: "Assigned scenarios" });
  await expect(work.getByRole("heading", { name: scenarioTitle })).toBeVisible();
  await expect(work).toContainText("Not started");
  await expect(work.getByRole("link", { name: `Start: ${scenarioTitle}` })).toBeVisible();
  await expect(learner.getByRole("region", { name: "Signed in" })).toContainText(className);
  // A long class name wraps inside the sidebar's box instead of spilling out of it.
  const overflow = await learner
    .getByRole("region", { name: "Signed in" })
    .evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await learner.screenshot({ path: "/tmp/classroom-join-welcome.png", fullPage: true });
  expect(await seriousAxeViolations(learner)).toEqual([]);

  // Coming back on the same device keeps the learner.
  await learner.reload();
  await expect(learner.getByRole("heading", { level: 1, name: "Welcome, Sam K" })).toBeVisible();

  // The tutor sees the learner on the roster.
  await tutor.reload();
  await expect(tutor.getByRole("region", { name: /Learners \(1\)/ })).toContainText("Sam K");

  // A second learner, on a phone, picks the same name: told beside the name (the field is marked
  // invalid and described by it, not a message under the form as if the code were wrong), and an
  // initial gets them in.
  const phoneContext = await browser.newContext({ viewport: { width: 320, height: 640 } });
  const phone = await phoneContext.newPage();
  await phone.goto("/join");
  const phoneForm = phone.getByRole("region", { name: "Join with a class code" });
  const nameField = phoneForm.getByRole("textbox", { name: "Your display name" });
  await phoneForm.getByRole("textbox", { name: "Class code" }).fill(code);
  await nameField.fill("Sam K");
  await phoneForm.getByRole("button", { name: "Join class" }).click();
  await expect(nameField).toHaveAttribute("aria-invalid", "true");
  await expect(nameField).toHaveAccessibleDescription(/Someone in this class is already called “Sam K”/);
  await expect(phoneForm.getByText("already called", { exact: false })).toHaveCount(1);
  await expect(phoneForm.getByRole("textbox", { name: "Class code" })).not.toHaveAttribute(
    "aria-invalid",
    "true",
  );
  await expectNoAxeViolations(phone, "the join form with a name already taken, at 320 px");
  await expectNoSidewaysScroll(phone, "the join form with a name already taken, at 320 px");
  await nameField.fill("Sam L");
  await phoneForm.getByRole("button", { name: "Join class" }).click();
  await expect(phone.getByRole("heading", { level: 1, name: "Welcome, Sam L" })).toBeVisible();
  await tutor.reload();
  await expect(tutor.getByRole("region", { name: /Learners \(2\)/ })).toContainText("Sam L");
  await phoneContext.close();

  await learnerContext.close();
  await tutorContext.close();
});
