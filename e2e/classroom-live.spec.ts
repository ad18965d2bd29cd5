/**
 * A lesson end to end, in two browsers: the tutor sets up a class and assigns the complaint
 * scenario; a learner joins and plays it in the real workspace; the tutor's live dashboard follows
 * the learner without a reload, shows the result on submission; the tutor overrides a mark on the
 * results page (total and band recomputed, the learner sees the comment) and downloads the CSV.
 */
import fs from "node:fs";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import Papa from "papaparse";
import { axe } from "./helpers/a11y";
import { createClassWithAssignment, joinClass, signInTutor } from "./helpers/classroom";

const SCENARIO_ID = "complaint-faulty-kettle";
const SCENARIO_TITLE = "Complaint: the kettle that stopped working";
const LEARNER = `Zoë "Zed" O'Brien, Jr.`;
const FIRST_REPLY =
  "Dear Priya, I understand your Aurora kettle stopped working yesterday, less than two weeks after it arrived, and that you've been boiling water in a saucepan since. That must be so frustrating. I'm so sorry it has let you down.";
const OVERRIDE_COMMENT = `You promised to check back with Priya in your reply, so I'm counting it — next time set a follow-up task, "properly".`;

/** The page fits a 1366-px laptop screen: nothing makes the whole page scroll sideways. */
async function expectNoPageOverflow(page: Page) {
  const { scroll, inner } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    inner: window.innerWidth,
  }));
  expect(scroll, "the page scrolls sideways").toBeLessThanOrEqual(inner);
}

/** Serious and critical accessibility problems (axe's impact), WCAG 2.1 A/AA rules. */
async function expectNoSeriousAxeViolations(page: Page, context: string) {
  const results = await axe(page).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ id: v.id, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(" ")) }));
  expect(serious, `Serious accessibility violations on ${context}`).toEqual([]);
}

test("a tutor follows a learner live, moderates a mark and exports the results", async ({ browser }) => {
  test.setTimeout(180_000);

  // ---------------------------------------------------------------- tutor: class and assignment
  const tutorContext = await browser.newContext({ acceptDownloads: true });
  const tutor = await tutorContext.newPage();
  await signInTutor(tutor);
  const { code, classUrl, resultsUrl } = await createClassWithAssignment(tutor, {
    prefix: "Live lesson",
    scenarioId: SCENARIO_ID,
    scenarioTitle: SCENARIO_TITLE,
  });

  // --------------------------------------------------------------------- learner: join and start
  const learnerContext = await browser.newContext();
  const learner = await learnerContext.newPage();
  await joinClass(learner, code, LEARNER);

  // ---------------------------------------------------------------- tutor: the live dashboard
  // What one poll costs on the wire (reported, not asserted beyond "small"). The page's first load is
  // the same query the dashboard polls when its live stream is down (results.liveStream is not it).
  const pollResponse = tutor.waitForResponse((r) => /results\.live(?!Stream)/.test(r.url()));
  await tutor.getByRole("link", { name: "Live dashboard" }).click();
  await expect(tutor.getByRole("heading", { level: 1, name: "Live dashboard" })).toBeVisible();
  const poll = await pollResponse;
  const sizes = await poll.request().sizes();
  const pollInfo = `results.live poll: HTTP ${poll.status()}, content-encoding ${poll.headers()["content-encoding"] ?? "none"}, body ${sizes.responseBodySize} bytes (${(await poll.body()).length} decoded), 1 learner`;
  test.info().annotations.push({ type: "live poll", description: pollInfo });
  console.log(pollInfo);
  expect(poll.status()).toBe(200);
  expect(sizes.responseBodySize).toBeLessThan(5_000);
  const row = tutor.locator('[data-testid^="live-row-"]');
  await expect(row).toHaveCount(1);
  await expect(row.getByRole("rowheader")).toContainText(LEARNER);
  await expect(row).toContainText("Not started");
  // Marks this page load: if the page reloaded, the marker would be gone.
  await tutor.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));
  const updated = tutor.getByTestId("live-updated");
  const firstUpdate = await updated.textContent();
  await expect(updated).not.toHaveText(firstUpdate!, { timeout: 5_000 });

  await learner.getByRole("link", { name: `Start: ${SCENARIO_TITLE}` }).click();
  await learner.getByRole("button", { name: "Start scenario" }).click();
  await expect(learner).toHaveURL(/\/attempts\/\d+$/);
  const attemptId = Number(/\/attempts\/(\d+)$/.exec(learner.url())![1]);
  await expect(learner.getByRole("heading", { level: 1, name: SCENARIO_TITLE })).toBeVisible();

  // Starting (and opening the customer's record, an action in its own right) shows up within 5 s.
  await expect(row).toContainText("Working", { timeout: 5_000 });
  await expect(row).toContainText(SCENARIO_TITLE);
  await expect(row.getByTestId("action-count")).toHaveText("1", { timeout: 5_000 });
  const lass = row.getByTestId("lass-steps");
  await expect(lass.getByRole("listitem").filter({ hasText: "Listen" })).toContainText("not yet");
  const clockBefore = (await row.getByTestId("sim-clock").textContent())!;

  // The learner replies to Priya in the real workspace.
  await learner.getByLabel("Channel", { exact: true }).selectOption("email");
  await learner.getByLabel(/^Your reply/).fill(FIRST_REPLY);
  await learner.getByRole("button", { name: "Send reply" }).click();
  await expect(learner.getByLabel(/^Your reply/)).toHaveValue(""); // the box is cleared once sent

  // The tutor sees Listen and Apologise reached, the action count and the clock move: no reload.
  await expect(lass.getByRole("listitem").filter({ hasText: "Listen" })).toContainText("reached", {
    timeout: 5_000,
  });
  await expect(lass.getByRole("listitem").filter({ hasText: "Apologise" })).toContainText("reached", {
    timeout: 5_000,
  });
  await expect(lass.getByRole("listitem").filter({ hasText: "Thank" })).toContainText("not yet");
  await expect(row.getByTestId("action-count")).toHaveText("2");
  await expect(row.getByTestId("actions")).toContainText("1 message");
  await expect(row.getByTestId("sim-clock")).not.toHaveText(clockBefore);
  expect(await tutor.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);
  await tutor.screenshot({ path: "/tmp/classroom-live-progress.png", fullPage: true });
  await expectNoSeriousAxeViolations(tutor, "the live dashboard");

  // The learner submits; the result appears on the dashboard, still without a reload.
  await learner.getByRole("button", { name: "Submit for marking" }).click();
  await learner.getByRole("button", { name: "Yes, submit" }).click();
  await expect(learner).toHaveURL(new RegExp(`/attempts/${attemptId}/report$`));
  await expect(row).toContainText("Submitted", { timeout: 5_000 });
  await expect(row.getByTestId("result")).toContainText(/(Fail|Pass|Merit|Distinction) · \d+%/);
  const liveResult = (await row.getByTestId("result").textContent())!.trim();
  await expect(tutor.getByRole("log", { name: "Latest submissions" })).toContainText(
    `${LEARNER} submitted ${SCENARIO_TITLE}`,
  );
  await expect(row.getByRole("link", { name: `Review ${LEARNER}'s attempt` })).toHaveAttribute(
    "href",
    `/attempts/${attemptId}/report`,
  );
  expect(await tutor.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);
  await expectNoPageOverflow(tutor);
  await expect(row.getByRole("link", { name: `Review ${LEARNER}'s attempt` })).toBeInViewport();
  await tutor.screenshot({ path: "/tmp/classroom-live-submitted.png", fullPage: true });

  // ------------------------------------------------------------- tutor: results and moderation
  await tutor.goto(resultsUrl);
  await expect(tutor.getByRole("heading", { level: 1, name: `Results: ${SCENARIO_TITLE}` })).toBeVisible();
  const grid = tutor.getByRole("table", { name: "Results: learners by criterion" });
  const resultRow = grid.locator('[data-testid^="result-row-"]');
  await expect(resultRow).toHaveCount(1);
  await expect(resultRow.getByRole("rowheader")).toHaveText(LEARNER);
  const totalBefore = (await resultRow.getByTestId("total").textContent())!.trim();
  const bandBefore = (await resultRow.getByTestId("band").textContent())!.trim();
  expect(liveResult).toBe(`${bandBefore} · ${totalBefore}`);
  await expect(
    tutor.getByRole("list", { name: "Criteria most often missed" }).getByRole("listitem"),
  ).toHaveCount(5);
  await expect(tutor.getByRole("region", { name: "Most often missed" })).toContainText(
    "Followed up to check she is satisfied",
  );
  await expectNoSeriousAxeViolations(tutor, "the results page");
  await expectNoPageOverflow(tutor);
  await tutor.screenshot({ path: "/tmp/classroom-results.png", fullPage: true });

  const followUp = resultRow.getByRole("button", {
    name: /Followed up to check she is satisfied: Not met\. Change this mark/,
  });
  await followUp.click();
  const dialog = tutor.getByRole("dialog", { name: "Change a mark" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("Shown now: Not met");
  // A comment is required: the server says so beside the field.
  await dialog.getByRole("radio", { name: "Met", exact: true }).check();
  await dialog.getByRole("button", { name: "Save mark" }).click();
  await expect(dialog.getByText("Explain the change for the learner.")).toBeVisible();
  await dialog.getByLabel("Comment for the learner").fill(OVERRIDE_COMMENT);
  await tutor.screenshot({ path: "/tmp/classroom-override-dialog.png" });
  await expectNoSeriousAxeViolations(tutor, "the override dialog");
  await dialog.getByRole("button", { name: "Save mark" }).click();
  await expect(dialog).toBeHidden();

  const notice = tutor.getByRole("status").filter({ hasText: "is now met (was not met)" });
  await expect(notice).toBeVisible();
  const [, newTotal, newBand] = /New total (\d+)%, (\w+)\./.exec((await notice.textContent())!)!;
  await expect(resultRow.getByTestId("total")).toHaveText(`${newTotal}%`);
  await expect(resultRow.getByTestId("band")).toHaveText(newBand!);
  expect(Number(newTotal)).toBeGreaterThan(Number(totalBefore.replace("%", "")));
  await expect(
    resultRow.getByRole("button", {
      name: /Followed up to check she is satisfied: Met \(overridden; machine mark Not met\)/,
    }),
  ).toBeVisible();
  await expect(resultRow.getByTestId("overrides")).toHaveText("1");
  await expect(tutor.getByRole("list", { name: "Overrides, newest first" })).toContainText(OVERRIDE_COMMENT);
  await tutor.screenshot({ path: "/tmp/classroom-results-overridden.png", fullPage: true });

  // ---------------------------------------------------------------------------- CSV download
  const downloadPromise = tutor.waitForEvent("download");
  await tutor.getByRole("button", { name: "Download CSV" }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(
    /^results-live-lesson-[a-z0-9]+-complaint-faulty-kettle-\d{4}-\d{2}-\d{2}\.csv$/,
  );
  const bytes = fs.readFileSync((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString("utf8").slice(1);
  expect(text).toContain(`"Zoë ""Zed"" O'Brien, Jr."`);
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  expect(parsed.data).toHaveLength(1);
  const line = parsed.data[0]!;
  expect(line.Learner).toBe(LEARNER);
  expect(line.Status).toBe("Submitted");
  expect(line["Submitted at"]).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
  expect(line["Total %"]).toBe(newTotal);
  expect(line.Band).toBe(newBand);
  expect(line["Followed up to check she is satisfied"]).toBe("met");
  expect(line["Replied within the 60-minute service standard"]).toMatch(/^(met|partly|not met)$/);
  expect(line.Overrides).toBe("1");
  expect(line["Override comments"]).toContain(`not met → met (Demo Tutor): ${OVERRIDE_COMMENT}`);

  // ------------------------------------------------------- the learner sees the tutor's comment
  await learner.reload();
  await expect(learner.getByTestId("override-comment")).toContainText(OVERRIDE_COMMENT);

  // The live dashboard agrees with the moderated mark.
  await tutor.goto(`${new URL(classUrl).pathname}/live`);
  await expect(tutor.locator('[data-testid^="live-row-"]').getByTestId("result")).toHaveText(
    `${newBand} · ${newTotal}%`,
  );

  await learnerContext.close();
  await tutorContext.close();
});
