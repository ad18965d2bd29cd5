/**
 * The app's own error messages for fields the browser refuses (WCAG 3.3.1, 3.3.3, 4.1.3), and dates
 * typed the UK way whatever the browser's language. Before 5 December's third pass a required field
 * sent empty got the browser's "Please fill in this field" bubble (worded by the browser, gone after a
 * few seconds, tied to nothing), and the due date was the browser's date input, which a US-English
 * browser shows and takes as mm/dd/yyyy.
 */
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { expectNoAxeViolations } from "./helpers/a11y";
import { signInTutor } from "./helpers/classroom";
import { startPractice } from "./helpers/play-in-browser";

/** Records, on the control itself, whether the browser's own bubble was cancelled when it was refused. */
async function watchInvalid(field: Locator) {
  await field.evaluate((el) => {
    (el as HTMLElement & { bubbleCancelled?: boolean[] }).bubbleCancelled = [];
    el.addEventListener("invalid", (e) =>
      (el as HTMLElement & { bubbleCancelled?: boolean[] }).bubbleCancelled!.push(e.defaultPrevented),
    );
  });
}
const bubbleCancelled = (field: Locator) =>
  field.evaluate((el) => (el as HTMLElement & { bubbleCancelled?: boolean[] }).bubbleCancelled);

async function expectOwnError(page: Page, field: Locator, message: string) {
  await expect(field).toBeFocused();
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveAccessibleDescription(new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
  await expect(page.getByRole("alert").filter({ hasText: message })).toBeVisible();
}

test("a required field sent empty gets the app's own message: beside it, announced, focused, nothing typed lost", async ({
  page,
}) => {
  // Two pages and three axe runs on a machine shared with other work.
  test.setTimeout(180_000);
  // Signing in: the email typed, the password forgotten.
  await page.goto("/tutor");
  const email = page.getByLabel("Email address");
  const password = page.getByLabel("Password");
  await email.fill("tutor@example.com");
  await watchInvalid(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expectOwnError(page, password, "Enter the password: it is empty.");
  expect(await bubbleCancelled(password)).toEqual([true]);
  await expect(email).toHaveValue("tutor@example.com");
  await expect(email).not.toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page, "sign-in with an empty password");
  // Putting it right takes the message away.
  await password.fill("x");
  await expect(password).toHaveValue("x");
  await expect(password).not.toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Enter the password: it is empty.")).toHaveCount(0);

  // Both empty: both say so, focus goes to the first; an email without its @ is named as such.
  await email.fill("");
  await password.fill("");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expectOwnError(page, email, "Enter the email address: it is empty.");
  await expect(password).toHaveAttribute("aria-invalid", "true");
  await email.fill("tutor.example.com");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expectOwnError(page, email, "Enter the email address as an email address, like name@college.ac.uk.");

  // In the workspace: a CRM action sent empty; what the learner had typed in another action is kept.
  await startPractice(page, "complaint-faulty-kettle", "Bea");
  const actions = page.getByRole("region", { name: "CRM actions" });
  await actions.getByRole("tab", { name: "Add note" }).click();
  const note = actions.getByRole("textbox", { name: "Note", exact: true });
  await note.fill("Customer rang about the kettle");
  await actions.getByRole("tab", { name: "Log call" }).click();
  const summary = actions.getByRole("textbox", { name: "Call summary" });
  await watchInvalid(summary);
  await actions.getByRole("button", { name: "Log call" }).click();
  await expectOwnError(page, summary, "Enter the call summary: it is empty.");
  expect(await bubbleCancelled(summary)).toEqual([true]);
  await expectNoAxeViolations(page, "workspace, an empty call summary");
  await actions.getByRole("tab", { name: "Add note" }).click();
  await expect(note).toHaveValue("Customer rang about the kettle");
  // The reply box, whose label names the customer: Send is not a dead button while it is empty.
  await page.getByRole("button", { name: "Send reply" }).click();
  await expectOwnError(
    page,
    page.getByLabel(/^Your reply to Priya/),
    "Enter your reply to Priya Shah: it is empty.",
  );
});

test("due dates are shown and typed day/month/year even in a US-English browser", async ({ browser }) => {
  test.setTimeout(180_000);
  const context = await browser.newContext({ locale: "en-US", timezoneId: "America/New_York" });
  const tutor = await context.newPage();
  await signInTutor(tutor);
  const className = `UK dates ${Date.now().toString(36)}`;
  await tutor.getByLabel("Class name", { exact: true }).fill(className);
  await tutor.getByRole("button", { name: "Create class" }).click();
  await tutor.getByRole("link", { name: className }).click();
  await expect(tutor.getByRole("heading", { level: 1, name: className })).toBeVisible();

  const due = tutor.getByLabel("Due date (optional)");
  await expect(due).toHaveAccessibleDescription(/Day, month, year, for example 19\/12\/2026/);
  const year = new Date().getFullYear() + 1;
  // 3/2 is the third of February, not 2 March as a US browser's own date field would read it.
  await due.fill(`3/2/${year}`);
  const weekday = new Intl.DateTimeFormat("en-GB", { weekday: "long" }).format(
    new Date(Date.UTC(year, 1, 3, 12)),
  );
  await expect(tutor.getByText(`Due by 23:59 UK time on ${weekday} 3 February ${year}.`)).toBeVisible();

  // A day that does not exist is refused beside the field, and the text stays as typed.
  await tutor.getByLabel("Scenario", { exact: true }).selectOption("complaint-faulty-kettle");
  await due.fill(`31/2/${year}`);
  await tutor.getByRole("button", { name: "Assign", exact: true }).click();
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  await expectOwnError(tutor, due, `That day does not exist: February ${year} has ${leap ? 29 : 28} days.`);
  await expect(due).toHaveValue(`31/2/${year}`);
  await expectNoAxeViolations(tutor, "class page, a due date that does not exist");

  await due.fill(`3 Feb ${year}`);
  await tutor.getByRole("button", { name: "Assign", exact: true }).click();
  const assigned = tutor.getByRole("list", { name: "Assigned scenarios" });
  await expect(assigned).toContainText(`Due 3 Feb ${year}`);
  // The settings show the date the UK way too.
  await assigned.locator("summary", { hasText: "Settings" }).click();
  const settingsDue = assigned.getByLabel("Due date", { exact: true });
  await expect(settingsDue).toHaveValue(`03/02/${year}`);
  await settingsDue.fill(`4/2/${year}`);
  await assigned.getByRole("button", { name: /^Save/ }).click();
  await expect(assigned).toContainText(`Due 4 Feb ${year}`);
  await context.close();
});
