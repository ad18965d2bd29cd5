/**
 * The product as a screen reader is given it (session 42, a11y helper; WCAG 1.3.1, 1.4.1, 2.4.6, 4.1.2,
 * 4.1.3): the accessibility tree Playwright reads from the browser (`ariaSnapshot`), for a learner's
 * workspace, their report and the tutor's live dashboard, while a lesson happens. Headings in order,
 * landmarks named, every control named, saves, sends and results told in live regions already in the
 * page, status chips that say their status in words. This is the tree, not speech: no screen reader
 * (NVDA, JAWS, VoiceOver) was run, so how each one voices it is not known from this test.
 */
import fs from "node:fs";
import { expect, test } from "./fixtures";
import { expectAnnouncedInExistingRegion, markLiveRegions } from "./helpers/a11y";
import { expectChipsNotByColourAlone, expectSoundTree, spokenTexts } from "./helpers/aria-tree";
import { ASSIGNABLE, classWithOneLearner } from "./helpers/classroom";
import { conversation, messagesList, submitForMarking } from "./helpers/play-in-browser";
import { toolEnv } from "../server/env";

const { scenarioId, scenarioTitle } = ASSIGNABLE.kettle;
/** A folder for the trees as read (YAML), to be looked at; none when unset. */
const SHOTS = toolEnv().A11Y_SHOTS;

test("the accessibility tree of a learner's workspace and report and the tutor's live dashboard", async ({
  page,
  browser,
}) => {
  test.setTimeout(300_000);
  const { classUrl, learner, learnerContext, attemptId } = await classWithOneLearner(page, browser, {
    prefix: "Tree",
    scenarioId,
    scenarioTitle,
    learnerName: "Ada",
  });
  const outline = (
    what: string,
    o: { snapshot: string; headings: string[]; landmarks: string[]; controls: number },
  ) => {
    if (SHOTS) fs.writeFileSync(`${SHOTS}/tree-${what.replace(/[^a-z0-9]+/gi, "-")}.yaml`, o.snapshot);
    test.info().annotations.push({
      type: what,
      description: `${o.headings.length} headings (${o.headings.join(" | ")}); landmarks: ${o.landmarks.join("; ")}; ${o.controls} named controls`,
    });
  };

  // 1. The workspace as it opens: the scenario is the h1, the customer an h2, the conversation a named
  //    complementary landmark; the CRM's views and actions are tab lists with named tabs.
  await expect(learner.getByRole("heading", { level: 2, name: "Priya Shah", exact: true })).toBeVisible();
  outline("workspace", await expectSoundTree(learner, "workspace"));
  await expect.soft(learner.locator("body")).toMatchAriaSnapshot(`
    - banner:
      - navigation "Main"
    - main:
      - 'heading "${scenarioTitle}" [level=1]'
      - region "CRM":
        - tablist "CRM view":
          - tab "All customers"
        - 'group "Contacting us: open their record"':
          - button "Priya Shah"
        - tabpanel "Customer record":
          - heading "Priya Shah" [level=2]
          - region "CRM actions":
            - tablist "Choose a CRM action":
              - tab "Add note"
      - complementary "Conversation":
        - heading /^Conversation with Priya Shah/ [level=2]
        - textbox "Your reply to Priya Shah"
        - button "Send reply"
    - contentinfo:
      - link "Accessibility statement"
  `);
  await expectChipsNotByColourAlone(learner, "workspace");

  // 2. A note saved: "Saved to the CRM." in a polite region that was already there.
  await markLiveRegions(learner);
  const actions = learner.getByRole("tablist", { name: "Choose a CRM action" });
  await actions.getByRole("tab", { name: "Add note", exact: true }).click();
  const notePanel = learner.getByRole("tabpanel", { name: "Add note", exact: true });
  await notePanel.getByLabel("Note", { exact: true }).fill("Kettle stopped after 12 days; wants a refund.");
  await notePanel.getByRole("button", { name: "Add note", exact: true }).click();
  await expectAnnouncedInExistingRegion(notePanel.getByText("Saved to the CRM."), "note saved");

  // 3. A reply: "Sent to Priya Shah." then her answer, told once; the learner's own words are not read
  //    back, and the thread itself is no live region (a long thread would be read again and again).
  const conv = conversation(learner);
  const reply =
    "Dear Priya, I am so sorry your kettle stopped working after twelve days. I will refund you in full today. Alex";
  await markLiveRegions(learner);
  await conv.getByLabel("Your reply to Priya Shah").fill(reply);
  await conv.getByRole("button", { name: "Send reply" }).click();
  await expectAnnouncedInExistingRegion(conv.getByText("Sent to Priya Shah.", { exact: false }), "sent");
  const news = conv.getByTestId("conversation-news");
  await expectAnnouncedInExistingRegion(
    news.filter({ hasText: /Priya Shah replied \(seems / }),
    "her answer",
  );
  await expect(news).not.toContainText("I will refund you in full today");
  expect(
    await messagesList(learner).evaluate((el) => el.closest("[aria-live]:not([aria-live=off]), [role=log]")),
    "the thread is not a live region",
  ).toBeNull();
  const liveKinds = await learner.evaluate(() =>
    [...document.querySelectorAll("[aria-live]")].map((el) => el.getAttribute("aria-live")),
  );
  expect(
    liveKinds.filter((k) => k === "assertive"),
    "nothing interrupts the learner",
  ).toEqual([]);
  outline("workspace after a reply", await expectSoundTree(learner, "workspace after a reply"));

  // 4. The tutor's live dashboard while Ada works: the table named, a row per learner, LASS steps and
  //    status in words (the ✓ and ○ are hidden), the connection said in text beside its coloured dot.
  await page.goto(classUrl);
  await page.getByRole("link", { name: "Live dashboard" }).click();
  await expect(page.getByRole("rowheader", { name: "Ada" }).first()).toBeVisible();
  const row = page
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: "Ada" }) })
    .first();
  await expect(row.getByText("Working", { exact: true })).toBeVisible();
  outline("live dashboard, Ada working", await expectSoundTree(page, "live dashboard, a learner working"));
  await expect.soft(page.locator("body")).toMatchAriaSnapshot(`
    - main:
      - heading "Live dashboard" [level=1]
      - checkbox "Hide names (for a projector)"
      - checkbox "Pause updates"
      - region "Learners":
        - heading "Learners" [level=2]
        - table "Learners' progress":
          - rowgroup:
            - row:
              - columnheader "Learner"
      - region "Progress by assignment":
        - heading "Progress by assignment" [level=2]
        - table "Progress by assignment"
      - region "Latest submissions":
        - heading "Latest submissions" [level=2]
        - log "Latest submissions"
    - contentinfo
  `);
  const steps = await spokenTexts(
    row.getByRole("list", { name: "LASS steps for Ada" }).getByRole("listitem"),
  );
  expect(steps, "each LASS step says whether it was reached").toEqual([
    expect.stringMatching(/^Listen: (reached|not yet)$/),
    expect.stringMatching(/^Apologise: (reached|not yet)$/),
    expect.stringMatching(/^Solve: (reached|not yet)$/),
    expect.stringMatching(/^Thank: (reached|not yet)$/),
  ]);
  expect(
    steps.some((s) => s.endsWith("reached")),
    "her apology counted",
  ).toBe(true);
  await expect(page.getByTestId("live-updated")).toContainText(/Live · up to date at|Checking every/);
  await expectChipsNotByColourAlone(page, "live dashboard, a learner working");

  // 4b. The tutor's Watch view of Ada's workspace (read-only, updating by itself): the same tree rules.
  await row.getByRole("link", { name: "Watch Ada's workspace" }).click();
  await expect(page.getByTestId("watch-connection")).toBeVisible();
  outline("watch view", await expectSoundTree(page, "the tutor's watch view"));
  await expectChipsNotByColourAlone(page, "the tutor's watch view");
  await page.goBack();
  await expect(page.getByRole("rowheader", { name: "Ada" }).first()).toBeVisible();

  // 5. Ada submits while the tutor watches: the result is told in the "Latest submissions" log.
  await markLiveRegions(page);
  await submitForMarking(learner, attemptId);
  await expectAnnouncedInExistingRegion(
    page
      .getByRole("log", { name: "Latest submissions" })
      .getByText(/Ada submitted .*(Distinction|Merit|Pass|Fail)/),
    "live: Ada's result",
  );
  outline("live dashboard, Ada submitted", await expectSoundTree(page, "live dashboard, submitted"));
  await expectChipsNotByColourAlone(page, "live dashboard, submitted");

  // 6. Her report: focus on the h1; the criteria are h3s under "Marking, criterion by criterion", each
  //    with its status in words; the ✓ ◐ ✗ glyphs are hidden, so a heading is only the criterion's name.
  await expect(learner.getByRole("heading", { level: 1, name: scenarioTitle })).toBeFocused();
  const report = await expectSoundTree(learner, "report");
  outline("report", report);
  const marking = report.headings.indexOf("h2 Marking, criterion by criterion");
  expect(marking, "the marking has its own h2").toBeGreaterThan(0);
  const criteria = report.headings.slice(marking + 1).filter((h) => h.startsWith("h3 "));
  expect(criteria.length, "each criterion a heading").toBeGreaterThan(3);
  expect(
    criteria.filter((h) => /[✓✗◐]/.test(h)),
    "no glyph read in a criterion's name",
  ).toEqual([]);
  const statuses = await spokenTexts(learner.getByTestId("criterion-status"));
  expect(statuses.length).toBe(criteria.length);
  for (const s of statuses) expect(s).toMatch(/^(Met|Partly met|Not met|Not attempted|Awaiting the tutor)$/);
  await expect.soft(learner.getByRole("region", { name: "Result" })).toMatchAriaSnapshot(`
    - region "Result":
      - paragraph: Your result
      - paragraph: /\\d+%/
      - paragraph: /Distinction|Merit|Pass|Fail/
  `);
  // The evidence's highlights: the learner's words, then the tag in brackets ("Priya (Personalised)"),
  // not run together as one word ("PriyaPersonalised").
  const marks = report.tree.filter((l) => l.role === "mark").map((l) => l.text ?? "");
  expect(marks.length, "the evidence has highlights").toBeGreaterThan(0);
  expect
    .soft(
      marks.filter((m) => !/\S ?\( ?\S[^()]* ?\)$/.test(m)),
      "highlights read with their tag apart",
    )
    .toEqual([]);
  await expectChipsNotByColourAlone(learner, "report");
  await learnerContext.close();
});
