/**
 * Two classes with one name (probe, session 34's finding): two tutors each call a class "Year 12
 * Retail …". A learner who joins with a code must be able to see which one the code put them in: the
 * welcome names the class's tutor and the day it was set up, and never either tutor's email. And the
 * tutor's name can be trusted (probe, session 36): nobody can sign up under a name that reads like
 * another tutor's on the server.
 */
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { E2E_TUTOR, joinClass, signInTutor } from "./helpers/classroom";

async function classNamed(tutor: Page, name: string): Promise<string> {
  await tutor.getByLabel("Class name", { exact: true }).fill(name);
  await tutor.getByRole("button", { name: "Create class" }).click();
  await tutor.getByRole("link", { name }).first().click();
  await expect(tutor.getByRole("heading", { level: 1, name })).toBeVisible();
  return (await tutor.getByTestId("join-code").textContent())!.trim();
}

test("a learner sees which tutor's class a code put them in when two classes share a name", async ({
  browser,
}) => {
  // Two tutors (one signing up: a password hash), two classes and two learners: more than one test's minute here.
  test.slow();
  const name = `Year 12 Retail ${Date.now().toString(36)}`;
  const demoContext = await browser.newContext();
  const demo = await demoContext.newPage();
  await signInTutor(demo);
  // The seeded demo tutor's name as the page shows it to them.
  const demoTutorName = "Demo Tutor";
  await expect(demo.getByRole("region", { name: "Signed in" })).toContainText(demoTutorName);
  const codeA = await classNamed(demo, name);

  // A second tutor, signed up on the page, makes a class of the same name.
  const otherEmail = `maya.${Date.now().toString(36)}@college.example`;
  // Tutors' names are unique on a server, so a name of this run's own.
  const mayaName = `Maya Osei ${Date.now().toString(36).slice(-5)}`;
  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await other.goto("/tutor");
  await other.getByRole("button", { name: "Create an account" }).click();
  await other.getByLabel("Your name").fill(mayaName);
  await other.getByLabel("Email address").fill(otherEmail);
  await other.getByLabel("Password", { exact: true }).fill("a long enough password 7");
  await other.getByRole("button", { name: "Create account" }).click();
  await expect(other.getByRole("heading", { name: "Your classes" })).toBeVisible();
  const codeB = await classNamed(other, name);

  for (const [code, learnerName, tutorName] of [
    [codeA, "Ann Join", demoTutorName],
    [codeB, "Bea Join", mayaName],
  ] as const) {
    const context = await browser.newContext();
    const learner = await context.newPage();
    await joinClass(learner, code, learnerName);
    const yourClass = learner.getByRole("region", { name: "Your class" });
    await expect(yourClass).toContainText(`Tutor:${tutorName}`);
    // Set up today (Europe/London, as the page shows dates).
    const today = new Intl.DateTimeFormat("en-GB", {
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: "Europe/London",
    }).format(new Date());
    await expect(yourClass).toContainText(`Class set up:${today}`);
    await expect(yourClass).toContainText("Not your tutor or your class?");
    const body = await learner.locator("body").innerText();
    expect(body).not.toContain(E2E_TUTOR.email);
    expect(body).not.toContain(otherEmail);
    await context.close();
  }
  await Promise.all([demoContext.close(), otherContext.close()]);
});

test("nobody can sign up under a name that reads like another tutor's: the form says so beside the name", async ({
  page,
}) => {
  // A password hash per try: more than one test's minute on a loaded machine.
  test.slow();
  await page.goto("/tutor");
  await page.getByRole("button", { name: "Create an account" }).click();
  // The seeded tutor is "Demo Tutor"; capitals, a zero for the O and a title still read as that name.
  const name = page.getByLabel("Your name");
  await name.fill("Mr DEMO TUT0R");
  await page.getByLabel("Email address").fill(`lookalike.${Date.now().toString(36)}@college.example`);
  await page.getByLabel("Password", { exact: true }).fill("a long enough password 8");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Another tutor on this server already goes by “Mr DEMO TUT0R”")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Your classes" })).toHaveCount(0);
  // A name of their own goes through.
  await name.fill(`Dana Tutor ${Date.now().toString(36).slice(-5)}`);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Your classes" })).toBeVisible();
});

/**
 * A leaked code (ANSWER security-1, item 1): past 60 new learners in 10 minutes a class refuses new
 * ones. The tutor's class page must say so while it lasts, and that a new code ends it: the page asks
 * again every few seconds, so the note appears without a reload.
 */
test("the tutor's class page says when a flood of new learners has paused joining, and a new code ends it", async ({
  browser,
  baseURL,
}) => {
  test.slow();
  const context = await browser.newContext();
  const tutor = await context.newPage();
  await signInTutor(tutor);
  const code = await classNamed(tutor, `Leaked ${Date.now().toString(36)}`);
  const panel = tutor.getByRole("region", { name: "Join code" });
  await expect(panel.getByText("Open for joining")).toBeVisible();
  await expect(tutor.getByTestId("join-paused")).toHaveCount(0);

  // 60 new learners from outside the page (as a script holding the code would), ten at a time.
  const join = (displayName: string) =>
    fetch(`${baseURL}/api/trpc/auth.joinClass`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: baseURL! },
      body: JSON.stringify({ json: { code, displayName } }),
    }).then((r) => r.status);
  for (let batch = 0; batch < 6; batch++)
    expect(await Promise.all(Array.from({ length: 10 }, (_, i) => join(`Flood ${batch * 10 + i}`)))).toEqual(
      Array(10).fill(200),
    );
  expect(await join("Flood 60")).toBe(429);

  await expect(panel.getByText("Paused for new learners")).toBeVisible({ timeout: 15_000 });
  await expect(tutor.getByTestId("join-paused")).toContainText(
    "Make a new code to let your class join again now.",
  );
  // A real learner on the join page is told to ask their tutor.
  const learner = await (await browser.newContext()).newPage();
  await learner.goto("/join");
  const form = learner.getByRole("region", { name: "Join with a class code" });
  await form.getByRole("textbox", { name: "Class code" }).fill(code);
  await form.getByRole("textbox", { name: "Your display name" }).fill("Real Learner");
  await learner.getByRole("button", { name: "Join class" }).click();
  await expect(
    learner.getByText("This class has had a lot of new learners in the last few minutes. Ask your tutor."),
  ).toBeVisible();

  // The tutor makes a new code: the note goes, and the learner joins with it.
  await panel.getByRole("button", { name: "New code" }).click();
  await tutor.getByRole("button", { name: "Yes, new code" }).click();
  await expect(panel.getByText("Open for joining")).toBeVisible();
  await expect(tutor.getByTestId("join-paused")).toHaveCount(0);
  const newCode = (await tutor.getByTestId("join-code").textContent())!.trim();
  expect(newCode).not.toBe(code);
  await joinClass(learner, newCode, "Real Learner");
});
