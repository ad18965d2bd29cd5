/**
 * Keyboard only at phone width (session 41 audit, WCAG 2.1.1, 2.1.2, 2.4.3, 2.4.7, 2.4.11, 4.1.3):
 * a learner on a 320 × 640 screen plays the data-protection scenario from its brief to the report with
 * Tab, Shift+Tab, Enter, Space, arrow keys and typing (nothing clicked, nothing focused by the test):
 * two customers, a chat and a phone call, an identity check, a case, a task and a written answer. After
 * every press focus must be on something visible and uncovered; every change the learner did not move
 * focus to (a saved action, a message sent, the customer's answer) must be told in a live region that
 * was in the page before it.
 * Then a tutor, by keyboard at 1366 × 900, runs the live dashboard (pause, resume), the debrief and the
 * class's exports.
 */
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { expectAnnouncedInExistingRegion, expectFocusVisible, markLiveRegions } from "./helpers/a11y";
import { classWithOneLearner } from "./helpers/classroom";
import { KeyboardOnly } from "./helpers/keyboard";
import { actionCount, actionsHeading, conversation } from "./helpers/play-in-browser";
import { toolEnv } from "../server/env";

const SHOTS = toolEnv().A11Y_SHOTS;
const SCENARIO_ID = "data-protection-access-request";
const SCENARIO_TITLE = 'Data protection: "what do you hold on me?" and the call about Mum\'s order';

async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/kb-${name}.png` });
}

test("keyboard only at 320 px: the data-protection scenario from the brief to the report", async ({
  page,
}) => {
  test.setTimeout(420_000);
  await page.setViewportSize({ width: 320, height: 640 });
  const kb = new KeyboardOnly(page);
  const main = page.locator("#main");
  const h1 = (name: string | RegExp) => page.getByRole("heading", { level: 1, name });

  await page.goto(`/scenarios/${SCENARIO_ID}`);
  await expect(h1(SCENARIO_TITLE)).toBeVisible({ timeout: 30_000 });
  await kb.press("Tab", "brief: first Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  await kb.press("Enter", "brief: skip to content", { lands: main });
  const name = page.getByRole("textbox", { name: "Your display name" });
  await kb.tabTo(name, "brief: to the name field", { max: 120 });
  await kb.type("Kai", "brief: display name");
  await kb.tabTo(page.getByRole("button", { name: "Practise on my own" }), "brief: to Practise on my own");
  await kb.press("Enter", "brief: Practise on my own", {
    url: /\/attempts\/\d+$/,
    lands: h1(SCENARIO_TITLE),
  });
  await expect(page.getByRole("heading", { level: 2, name: "Helen Carter", exact: true })).toBeVisible();
  await expect.poll(() => actionCount(page), { message: "the view of Helen's record is stored" }).toBe(1);
  await shot(page, "workspace-start");
  let actions = 1;
  /** An action stored: the count goes up, focus stays visible, and it is told in a live region. */
  const stored = async (what: string) => {
    actions += 1;
    await expect(actionsHeading(page), `${what} is stored`).toHaveText(`Your actions (${actions})`);
    await expectFocusVisible(page, `${what}: after saving`);
  };

  const conv = conversation(page);
  /** From anywhere above it, the "Go to the conversation" link, then Tab to the reply box. */
  const toReply = async (label: string, context: string, backwards: boolean) => {
    await kb.tabTo(
      page.getByRole("link", { name: "Go to the conversation" }),
      `${context}: to the shortcut`,
      {
        backwards,
        max: 200,
      },
    );
    await kb.press("Enter", `${context}: go to the conversation`, {
      lands: conv.getByRole("heading", { name: /^Conversation with / }),
    });
    await kb.tabTo(conv.getByLabel(label), `${context}: to the reply box`, { max: 40 });
  };
  const send = async (button: string, who: string, context: string) => {
    await markLiveRegions(page);
    await kb.tabTo(conv.getByRole("button", { name: button }), `${context}: to ${button}`);
    await kb.press("Enter", `${context}: ${button}`);
    await stored(context);
    await expect(
      conv.getByRole("button", { name: button }),
      `${context}: focus stays on the button`,
    ).toBeFocused();
    await expectAnnouncedInExistingRegion(
      conv.getByText(`Sent to ${who}.`, { exact: false }),
      `${context}: sent`,
    );
  };

  // 1. Helen's chat: ask for two details before anything else.
  await toReply("Your reply to Helen Carter", "first reply", false);
  await expect(conv.getByLabel("Channel", { exact: true })).toHaveValue("chat");
  await kb.type(
    "Hi Helen, thanks for getting in touch. You'd like to know what personal information we hold about you, and I can set that up. To protect your information I first need to check it's you: please could you tell me your postcode and the number of your most recent order?",
    "first reply: text",
  );
  await send("Send reply", "Helen Carter", "first reply");
  await expect
    .poll(() => conv.getByTestId("customer-message").count(), { message: "Helen answers" })
    .toBeGreaterThan(1);
  await shot(page, "after-first-reply");

  // 2. The CRM actions: back up the page to the action tabs (only the chosen tab is a Tab stop).
  const actionTabs = page.getByRole("tablist", { name: "Choose a CRM action" });
  const selectTab = async (label: string) => {
    await kb.tabTo(actionTabs.getByRole("tab", { selected: true }), `to the action tabs for ${label}`, {
      backwards: true,
      max: 200,
    });
    await kb.press("Home", "action tabs: first");
    for (let i = 0; i < 14 && !(await kb.has(actionTabs.getByRole("tab", { name: label, exact: true }))); i++)
      await kb.press("ArrowRight", `action tabs: towards ${label}`);
    await expect(actionTabs.getByRole("tab", { name: label, exact: true })).toBeFocused();
    return page.getByRole("tabpanel", { name: label, exact: true });
  };
  const save = async (panel: Locator, button: string, what: string) => {
    await markLiveRegions(page);
    await kb.tabTo(panel.getByRole("button", { name: button, exact: true }), `${what}: to ${button}`);
    await kb.press("Enter", `${what}: ${button}`);
    await stored(what);
    await expectAnnouncedInExistingRegion(panel.getByText("Saved to the CRM."), `${what}: saved`);
  };

  let panel = await selectTab("Verify identity");
  await kb.tabTo(panel.getByLabel("How you verified them"), "verify: to the method");
  await kb.type("Customer gave postcode BS6 6AL and last order ORD-71044 in the chat; both match.", "verify");
  await save(panel, "Record identity check", "identity check");

  panel = await selectTab("Open case");
  await kb.tabTo(panel.getByLabel("Category"), "open case: to the category");
  await kb.type("Data", "open case: category");
  await expect(panel.getByLabel("Category")).toHaveValue("data_protection");
  await kb.tabTo(panel.getByLabel("Case summary"), "open case: to the summary");
  await kb.type(
    "Subject access request by web chat: a copy of all personal data held. Identity checked. Response due within one calendar month.",
    "open case: summary",
  );
  await save(panel, "Open case", "open case");

  panel = await selectTab("Follow-up task");
  await kb.tabTo(panel.getByLabel("Task", { exact: true }), "task: to the title");
  await kb.type("Data protection lead: send Helen Carter her subject access response", "task: title");
  await kb.tabTo(panel.getByLabel("Due in (days)"), "task: to the due days");
  await kb.press("Control+a", "task: select the days");
  await kb.type("28", "task: due in 28 days");
  await save(panel, "Create task", "follow-up task");
  await shot(page, "after-task");

  // 3. Helen again: what she will get and by when.
  await toReply("Your reply to Helen Carter", "second reply", true);
  await kb.type(
    "Thank you, Helen, those match. I've logged your request with our data protection lead: you'll receive a copy of all the personal data we hold about you within one calendar month.",
    "second reply: text",
  );
  await send("Send reply", "Helen Carter", "second reply");

  // 4. Liam on the phone: his record from the "Contacting us" shortcuts.
  const liam = page.getByRole("group", { name: "Contacting us: open their record" }).getByRole("button", {
    name: "Liam Hughes",
  });
  await kb.tabTo(liam, "to Liam's record", { backwards: true, max: 250 });
  // Focus moves to his name at the head of the record.
  await kb.press("Enter", "open Liam's record", {
    lands: page.getByRole("heading", { level: 2, name: "Liam Hughes", exact: true }),
  });
  await shot(page, "liam-record");
  actions += 1; // the view of his record
  await expect(actionsHeading(page), "the view of Liam's record is stored").toHaveText(
    `Your actions (${actions})`,
  );
  // Below his record: Tab on through it to the box where the call is typed.
  await kb.tabTo(conv.getByLabel("What you say to Liam Hughes on the call"), "call: to the reply box", {
    max: 200,
  });
  await expect(conv.getByLabel("Channel", { exact: true })).toHaveValue("phone");
  await kb.type(
    "Thanks for calling, Liam. I'm afraid I can only discuss an account with the account holder, so I can't say anything about an order that isn't yours. Your mum can ring us herself, or ring with you and tell us you can speak for her.",
    "call: text",
  );
  await send("Say it on the call", "Liam Hughes", "call");

  // 5. The written question, below the record.
  const answer = page.getByRole("textbox", { name: /Liam/ }).and(page.locator("textarea")).first();
  await kb.tabTo(answer, "to the question", { backwards: true, max: 250 });
  await kb.type(
    "His mother's order and even the fact she has an account are her personal data; he had no authority on her account, so I told him nothing and explained how she can authorise him.",
    "question: answer",
  );
  await markLiveRegions(page);
  await kb.tabTo(page.getByRole("button", { name: "Save answer" }), "question: to Save answer");
  await kb.press("Enter", "question: save");
  await stored("the answer");
  // The box empties and the answer shows above it: said in a live region too (WCAG 4.1.3).
  await expectAnnouncedInExistingRegion(
    page.getByRole("status").filter({ hasText: "Answer saved" }),
    "the written answer: saved",
  );
  await shot(page, "after-answer");

  // 6. Submit: the confirmation takes focus on the safe answer; the report's heading takes focus.
  await kb.tabTo(page.getByRole("button", { name: "Submit for marking" }), "to Submit for marking", {
    backwards: true,
    max: 300,
  });
  await kb.press("Enter", "submit");
  const confirm = page.getByRole("alertdialog", { name: "Confirm submission" });
  await expect(confirm.getByRole("button", { name: "Not yet" })).toBeFocused();
  await shot(page, "confirm");
  await kb.press("Tab", "confirmation: to Yes, submit");
  await expect(confirm.getByRole("button", { name: "Yes, submit" })).toBeFocused();
  await kb.press("Enter", "confirmation: submit", {
    url: /\/attempts\/\d+\/report$/,
    lands: h1(SCENARIO_TITLE),
  });
  await expect(page.getByTestId("report-band")).toBeVisible();
  await shot(page, "report");
  await kb.tabTo(
    page.getByRole("link", { name: "Accessibility statement" }),
    "report: every stop to the footer",
    {
      max: 300,
    },
  );
  console.log(
    `keyboard run at 320 px: ${kb.presses} presses, ${kb.typed} characters typed, ${kb.stops.length} checks`,
  );
});

test("keyboard only: a tutor runs the live dashboard, the debrief and the class's exports", async ({
  page,
  browser,
}) => {
  test.setTimeout(300_000);
  // Set-up with the mouse (not the keyboard test): a class, the scenario assigned, one learner working.
  const { classUrl, submit } = await classWithOneLearner(page, browser, {
    prefix: "Keyboard tutor",
    scenarioId: SCENARIO_ID,
    scenarioTitle: SCENARIO_TITLE,
    learnerName: "Lou",
    reply: { customer: "Helen Carter", text: "Hi Helen, I can help with that." },
  });

  // The keyboard part: from the top of the class page.
  await page.goto(classUrl);
  const kb = new KeyboardOnly(page);
  const h1 = (name: string | RegExp) => page.getByRole("heading", { level: 1, name });
  await kb.tabTo(page.getByRole("link", { name: "Live dashboard" }), "class: to the live dashboard", {
    max: 80,
  });
  await kb.press("Enter", "class: open the live dashboard", { url: /live/, lands: h1("Live dashboard") });
  await expect(page.getByRole("rowheader", { name: "Lou" }).first()).toBeVisible();
  await shot(page, "tutor-live");
  const pause = page.getByRole("checkbox", { name: "Pause updates" });
  await kb.tabTo(pause, "live: to Pause updates", { max: 60 });
  await kb.press("Space", "live: pause");
  await expect(pause).toBeChecked();
  await expect(page.getByText(/^Paused · showing the class at/)).toBeVisible();
  await kb.press("Space", "live: resume");
  await expect(pause).not.toBeChecked();

  // The learner submits while the tutor watches: the dashboard tells it.
  await markLiveRegions(page);
  await submit();
  await expectAnnouncedInExistingRegion(
    page.getByText(/Lou submitted/).first(),
    "live: a submission arrives",
  );

  // Back to the class, then the results and the debrief.
  await kb.tabTo(page.getByRole("link", { name: /^← Keyboard tutor / }), "live: back to the class", {
    backwards: true,
    max: 60,
  });
  await kb.press("Enter", "live: back", { url: /\/tutor\/classes\/\d+$/ });
  await kb.tabTo(page.getByRole("link", { name: `Results: ${SCENARIO_TITLE}` }), "class: to results", {
    max: 80,
  });
  await kb.press("Enter", "class: open results", { url: /assignments\/\d+/, lands: h1(/./) });
  await kb.tabTo(page.getByRole("link", { name: "Debrief (projector)" }), "results: to the debrief", {
    max: 120,
  });
  await kb.press("Enter", "results: open the debrief", { url: /debrief/, lands: h1(/./) });
  await shot(page, "tutor-debrief");
  await kb.tabTo(page.getByRole("link", { name: "Accessibility statement" }), "debrief: every stop", {
    max: 150,
  });

  // The exports, from the class page.
  await page.goto(classUrl);
  const lesson = page.getByRole("region", { name: "During the lesson" });
  await expect(lesson.getByRole("button", { name: "All results (CSV)" })).toBeVisible();
  for (const button of ["All results (CSV)", "All results (Excel)"]) {
    await kb.tabTo(lesson.getByRole("button", { name: button }), `class: to ${button}`, { max: 80 });
    await markLiveRegions(page);
    const download = page.waitForEvent("download");
    await kb.press("Enter", `class: ${button}`);
    const file = (await download).suggestedFilename();
    await expectAnnouncedInExistingRegion(
      lesson.getByRole("status").filter({ hasText: `Downloaded ${file}.` }),
      `export ${button}`,
    );
    await expectFocusVisible(page, `after ${button}`);
  }
});
