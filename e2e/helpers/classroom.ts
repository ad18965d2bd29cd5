/**
 * The steps every classroom spec takes before its own story: the tutor signs in, creates a class and
 * assigns a scenario; a learner joins with the code. Each step checks it landed where a person would.
 */
import { type Browser, expect, type Page } from "@playwright/test";
import { classWithAssignmentByApi, E2E_TUTOR, joinAndStartByApi } from "./classroom-api";
import { conversation, submitForMarking } from "./play-in-browser";

/** Scenarios the lesson specs assign, as `createClassWithAssignment` takes them. */
export const ASSIGNABLE = {
  kettle: {
    scenarioId: "complaint-faulty-kettle",
    scenarioTitle: "Complaint: the kettle that stopped working",
  },
  winBack: {
    scenarioId: "win-back-lapsed-customers",
    scenarioTitle: "Win-back: bring lapsed customers back",
  },
  internal: {
    scenarioId: "internal-customer-lost-parcel",
    scenarioTitle: "Internal customer: the lost birthday parcel",
  },
} as const;

export { E2E_TUTOR } from "./classroom-api";

export async function signInTutor(page: Page) {
  await page.goto("/tutor");
  await page.getByLabel("Email address").fill(E2E_TUTOR.email);
  await page.getByLabel("Password").fill(E2E_TUTOR.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Your classes" })).toBeVisible();
}

/**
 * Creates a class named `<prefix> <unique suffix>` from the tutor's home page and assigns one scenario.
 * Returns the join code and the class and results pages' addresses.
 */
export async function createClassWithAssignment(
  tutor: Page,
  { prefix, scenarioId, scenarioTitle }: { prefix: string; scenarioId: string; scenarioTitle: string },
) {
  const className = `${prefix} ${Date.now().toString(36)}`;
  await tutor.getByLabel("Class name", { exact: true }).fill(className);
  await tutor.getByRole("button", { name: "Create class" }).click();
  await tutor.getByRole("link", { name: className }).click();
  await expect(tutor.getByRole("heading", { level: 1, name: className })).toBeVisible();
  const code = (await tutor.getByTestId("join-code").textContent())!.trim();
  const classUrl = tutor.url();
  const scenarioSelect = tutor.getByLabel("Scenario", { exact: true });
  // The first list of a fresh server reads every scenario: over 10 s on a loaded two-core machine.
  await expect(scenarioSelect.locator(`option[value="${scenarioId}"]`)).toBeAttached({ timeout: 30_000 });
  await scenarioSelect.selectOption(scenarioId);
  await tutor.getByRole("button", { name: "Assign", exact: true }).click();
  const resultsLink = tutor.getByRole("link", { name: `Results: ${scenarioTitle}` });
  await expect(resultsLink).toBeVisible();
  const resultsUrl = new URL((await resultsLink.getAttribute("href"))!, classUrl).toString();
  return { className, code, classUrl, resultsUrl };
}

/** A learner joins with the class code and lands on their welcome page. */
export async function joinClass(page: Page, code: string, name: string) {
  await page.goto("/join");
  const form = page.getByRole("region", { name: "Join with a class code" });
  await form.getByRole("textbox", { name: "Class code" }).fill(code);
  await form.getByRole("textbox", { name: "Your display name" }).fill(name);
  await page.getByRole("button", { name: "Join class" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Welcome, ${name}` })).toBeVisible();
}

/** A page in a browser context of its own (one person's device), at the given window size. */
export async function newPage(browser: Browser, width = 1366, height = 900) {
  return (await browser.newContext({ viewport: { width, height } })).newPage();
}

/** From the welcome page, a learner starts an assigned scenario and waits for the workspace's clock. */
export async function startAssigned(page: Page, title: string) {
  await page.getByRole("link", { name: `Start: ${title}` }).click();
  await page.getByRole("button", { name: "Start scenario" }).click();
  await page.waitForURL(/\/attempts\/\d+$/);
  await expect(page.getByTestId("sim-clock")).toBeVisible();
}

/**
 * Set-up shared by the tutor's keyboard and screen-reader tests (not what they test): the tutor signs
 * in and creates a class with one scenario assigned; one learner, in a browser of their own, joins and
 * starts it (all through the API: classroom-api.ts), and given `reply`, types it to `customer` in the
 * workspace and waits for the answer. `submit` then hands the attempt in through the page (the report
 * shows its band) and closes the learner's browser. The tutor's page is left where it was: every
 * caller goes to the page it tests.
 */
export async function classWithOneLearner(
  tutor: Page,
  browser: Browser,
  opts: {
    prefix: string;
    scenarioId: string;
    scenarioTitle: string;
    learnerName: string;
    reply?: { customer: string; text: string };
    viewport?: { width: number; height: number };
  },
) {
  const made = await classWithAssignmentByApi(tutor, opts, { open: false });
  const learnerContext = await browser.newContext(opts.viewport ? { viewport: opts.viewport } : {});
  const learner = await learnerContext.newPage();
  const attemptId = await joinAndStartByApi(learner, {
    code: made.code,
    name: opts.learnerName,
    scenarioId: opts.scenarioId,
    assignmentId: made.assignmentId,
  });
  if (opts.reply) {
    const conv = conversation(learner);
    await conv.getByLabel(`Your reply to ${opts.reply.customer}`).fill(opts.reply.text);
    await conv.getByRole("button", { name: "Send reply" }).click();
    await expect(conv.getByTestId("customer-message")).toHaveCount(2);
  }
  const submit = async () => {
    await submitForMarking(learner, attemptId);
    await learnerContext.close();
  };
  return { ...made, learner, learnerContext, attemptId, submit };
}

/** dd/mm/yyyy a week from now, as a tutor types a due date. */
export function weekAhead(): string {
  const d = new Date(Date.now() + 7 * 86_400_000);
  const p = (n: number) => String(n).padStart(2, "0");
  return `${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()}`;
}

/** On the class page, the tutor makes the assignment due a week from now and lock then. */
export async function dueInAWeekThenLock(tutor: Page, scenarioTitle: string) {
  await tutor.locator("summary", { hasText: "Settings" }).click();
  const settings = tutor.getByRole("form", { name: `Settings: ${scenarioTitle}` });
  await settings.getByLabel("Due date", { exact: true }).fill(weekAhead());
  await settings.getByLabel(/^Lock it: no more work after the due date/).check();
  await settings.getByRole("button", { name: "Save settings" }).click();
  await expect(settings).toContainText("Saved at");
}
