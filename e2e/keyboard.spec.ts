/**
 * Keyboard only (issue 15, WCAG 2.1.1, 2.4.3, 2.4.7, 2.4.11): a learner who cannot use a mouse goes
 * from the home page to a marked report with Tab, Shift+Tab, Enter, Space, arrow keys and typing.
 * Nothing is clicked and nothing is focused by the test. After every press focus must be on
 * something (never `<body>`) with an indicator of at least 3:1 that nothing sticky covers.
 *
 * Also: nothing sticky hides the focused control in the workspace at 320 px wide or at 200% text
 * (WCAG 2.4.11 Focus Not Obscured), walking every Tab stop of the workspace.
 */
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { expectFocusVisible } from "./helpers/a11y";
import { demoCustomers } from "./helpers/demo-data";
import { KeyboardOnly } from "./helpers/keyboard";
import { classWithOneLearner } from "./helpers/classroom";
import { actionCount, actionsHeading, conversation, startPractice } from "./helpers/play-in-browser";

const SCENARIO_ID = "complaint-faulty-kettle";
const SCENARIO_TITLE = "Complaint: the kettle that stopped working";

test("keyboard only: from the home page to the report, focus always visible and never on <body>", async ({
  page,
}) => {
  test.setTimeout(240_000);
  const started = Date.now();
  const kb = new KeyboardOnly(page);
  const main = page.locator("#main");
  const h1 = (name: string | RegExp) => page.getByRole("heading", { level: 1, name });

  await page.goto("/");
  await expect(h1("Practise real CRM work with real-feeling customers.")).toBeVisible();

  // The first stop is the skip link; it takes focus past the navigation into the content.
  await kb.press("Tab", "home: first Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  await kb.press("Enter", "home: skip to content", { lands: main });
  await kb.tabTo(main.getByRole("link", { name: "Start practising" }), "home: to Start practising");
  // The scenario library: a client-side navigation puts focus on the new page's heading.
  await kb.press("Enter", "home: Start practising", { url: /\/scenarios$/, lands: h1("Scenarios") });
  // The list comes from the server: wait until it is shown, as a learner would.
  const readBrief = page.getByRole("link", { name: `Read the brief: ${SCENARIO_TITLE}` });
  await expect(readBrief).toBeVisible();
  await kb.tabTo(readBrief, "library: to the kettle brief");
  // The brief: practise on my own with a display name.
  await kb.press("Enter", "library: open the brief", {
    url: new RegExp(`/scenarios/${SCENARIO_ID}$`),
    lands: h1(SCENARIO_TITLE),
  });
  await expect(page.getByRole("textbox", { name: "Your display name" })).toBeVisible();
  await kb.tabTo(page.getByRole("textbox", { name: "Your display name" }), "brief: to the name field");
  await kb.type("Kim", "brief: display name");
  await kb.tabTo(page.getByRole("button", { name: "Practise on my own" }), "brief: to Practise on my own");
  // The workspace opens with the first customer's record, focus on its heading.
  await kb.press("Enter", "brief: Practise on my own", {
    url: /\/attempts\/\d+$/,
    lands: h1(SCENARIO_TITLE),
  });
  await expect(page.getByRole("heading", { level: 2, name: "Priya Shah", exact: true })).toBeVisible();
  await expect
    .poll(() => actionCount(page), { message: "the workspace records the view of the record" })
    .toBe(1);
  let actions = 1;
  const stored = async (what: string) => {
    actions += 1;
    await expect(actionsHeading(page), `${what} is stored`).toHaveText(`Your actions (${actions})`);
    await expectFocusVisible(page, `${what}: after saving`);
  };

  // Preferences: the arrow keys move along the CRM action tabs (only the chosen tab is a Tab stop).
  const actionTabs = page.getByRole("tablist", { name: "Choose a CRM action" });
  await kb.tabTo(actionTabs.getByRole("tab", { selected: true }), "workspace: to the CRM action tabs");
  const selectTab = async (name: string) => {
    for (let i = 0; i < 12 && !(await kb.has(actionTabs.getByRole("tab", { name, exact: true }))); i++)
      await kb.press("ArrowRight", `action tabs: towards ${name}`);
    await expect(actionTabs.getByRole("tab", { name, exact: true })).toBeFocused();
    await expect(actionTabs.getByRole("tab", { name, exact: true })).toHaveAttribute("aria-selected", "true");
  };
  await selectTab("Preferences");
  const panel = page.getByRole("tabpanel", { name: "Preferences" });
  await kb.tabTo(panel.getByLabel("Preferred channel"), "preferences: to the channel");
  await kb.type("Email", "preferences: choose email by typing");
  await expect(panel.getByLabel("Preferred channel")).toHaveValue("email");
  await kb.press("Tab", "preferences: to the notes");
  await kb.type(
    "Hard of hearing: contact by email, not phone (reasonable adjustment).",
    "preferences: notes",
  );
  await kb.tabTo(panel.getByRole("button", { name: "Save preferences" }), "preferences: to Save");
  await kb.press("Space", "preferences: Save");
  await stored("preferences");

  // Open a case about the order: back to the tabs with Shift+Tab.
  await kb.tabTo(actionTabs.getByRole("tab", { selected: true }), "to the action tabs again", {
    backwards: true,
  });
  await kb.press("Home", "action tabs: first");
  await selectTab("Open case");
  const casePanel = page.getByRole("tabpanel", { name: "Open case" });
  await kb.tabTo(casePanel.getByLabel("Category"), "open case: to the category");
  await kb.type("Faulty", "open case: category");
  await expect(casePanel.getByLabel("Category")).toHaveValue("faulty_product");
  await kb.press("Tab", "open case: to the order");
  await kb.type("ORD-10", "open case: the order, by typing its start");
  await expect(casePanel.getByLabel("Order", { exact: true })).toHaveValue("ORD-10234");
  await kb.press("Tab", "open case: to the summary");
  await kb.type(
    "Aurora kettle stopped working 12 days after delivery. Customer wants a refund.",
    "open case: summary",
  );
  await kb.tabTo(casePanel.getByRole("button", { name: "Open case" }), "open case: to the button");
  await kb.press("Enter", "open case: save");
  await stored("open case");

  // A full refund of the kettle.
  await kb.tabTo(actionTabs.getByRole("tab", { selected: true }), "to the action tabs for the remedy", {
    backwards: true,
  });
  await selectTab("Issue remedy");
  const remedy = page.getByRole("tabpanel", { name: "Issue remedy" });
  await expect(remedy.getByLabel("Remedy", { exact: true })).toHaveValue("refund");
  const price = /£([\d,]+\.\d{2})/.exec((await remedy.getByText(/^Item price £/).textContent()) ?? "")![1]!;
  await kb.tabTo(remedy.getByLabel("Amount (£)"), "remedy: to the amount");
  await kb.type(price, "remedy: amount");
  await kb.tabTo(remedy.getByRole("button", { name: "Issue remedy" }), "remedy: to the button");
  await kb.press("Enter", "remedy: issue");
  await stored("refund");

  // The reply, in the conversation beside the record.
  const conv = conversation(page);
  const reply = conv.getByLabel("Your reply to Priya Shah");
  await kb.tabTo(reply, "to the reply box", { max: 120 });
  await kb.type(
    "Dear Priya, I understand your kettle stopped working less than two weeks after it arrived. I am so sorry. " +
      "I have refunded the full £" +
      price +
      " to your card today. Thank you for letting us know. Alex",
    "reply: text",
  );
  await kb.tabTo(conv.getByRole("button", { name: "Send reply" }), "reply: to Send");
  await kb.press("Enter", "reply: send");
  await stored("reply");
  await expect(reply).toHaveValue("");
  await expect(conv.getByRole("button", { name: "Send reply" })).toBeFocused();
  // The customer answers; the messages list is a Tab stop, so it can be scrolled with the keyboard.
  await expect
    .poll(() => conv.getByTestId("customer-message").count(), { message: "the customer answers" })
    .toBeGreaterThan(1);
  await kb.tabTo(conv.getByRole("list", { name: "Messages" }), "to the messages list", { backwards: true });
  await kb.press("ArrowUp", "messages: scroll");

  // Submit for marking: the confirmation takes focus on the safe answer.
  await kb.tabTo(page.getByRole("button", { name: "Submit for marking" }), "to Submit for marking", {
    backwards: true,
    max: 150,
  });
  await kb.press("Enter", "submit");
  const confirm = page.getByRole("alertdialog", { name: "Confirm submission" });
  await expect(confirm.getByRole("button", { name: "Not yet" })).toBeFocused();
  await kb.press("Tab", "confirmation: to Yes, submit");
  await expect(confirm.getByRole("button", { name: "Yes, submit" })).toBeFocused();
  // The report: focus on its heading, then every Tab stop through to the footer.
  await kb.press("Enter", "confirmation: submit", {
    url: /\/attempts\/\d+\/report$/,
    lands: h1(SCENARIO_TITLE),
  });
  await expect(page.getByTestId("report-band")).toBeVisible();
  await kb.tabTo(
    page.getByRole("link", { name: "Accessibility statement" }),
    "report: every stop to the footer",
    { max: 200 },
  );

  test.info().annotations.push({
    type: "keyboard run",
    description: `${kb.presses} key presses plus ${kb.typed} characters typed, ${kb.stops.length} focus checks, ${Math.round((Date.now() - started) / 1000)} s`,
  });
  console.log(
    `keyboard run: ${kb.presses} key presses, ${kb.typed} characters typed, ${kb.stops.length} focus checks`,
  );
});

/** From the brief, practise as a new learner (set-up only: this part is not the keyboard test). */
async function openWorkspace(page: Page) {
  await page.goto(`/scenarios/${SCENARIO_ID}`);
  await page.getByLabel("Your display name").fill("Sam");
  await page.getByRole("button", { name: "Practise on my own" }).click();
  await expect(page).toHaveURL(/\/attempts\/\d+$/);
  await expect(page.getByRole("heading", { level: 2, name: "Priya Shah", exact: true })).toBeVisible();
  await expect.poll(() => actionCount(page)).toBe(1);
  // A reply and the customer's answer make the messages list tall, as in a real attempt.
  await conversation(page)
    .getByLabel("Your reply to Priya Shah")
    .fill("Dear Priya, I am so sorry about your kettle. I will sort out a refund for you today.");
  await conversation(page).getByRole("button", { name: "Send reply" }).click();
  await expect(conversation(page).getByTestId("customer-message")).toHaveCount(2);
}

/** Tabs through every stop of the page from the top to the footer, checking each is visible and uncovered. */
async function walkEveryStop(page: Page, context: string) {
  const kb = new KeyboardOnly(page);
  await kb.tabTo(page.getByRole("link", { name: "Accessibility statement" }), context, { max: 250 });
  return kb.presses;
}

for (const [name, viewport, text] of [
  ["320 px wide", { width: 320, height: 640 }, 100],
  ["200% text at 1366 × 900", { width: 1366, height: 900 }, 200],
] as const) {
  test(`focus not obscured in the workspace at ${name}`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.setViewportSize(viewport);
    await openWorkspace(page);
    // Start from the top of the document, as a learner coming back to the page would.
    await page.reload();
    await expect(page.getByRole("heading", { level: 2, name: "Priya Shah", exact: true })).toBeVisible();
    if (text !== 100) {
      // Text-only zoom: the root font size doubles, so everything sized in rem grows but the window does not.
      await page.addStyleTag({ content: `html { font-size: ${text}% !important; }` });
    }
    const presses = await walkEveryStop(page, `workspace at ${name}`);
    test.info().annotations.push({ type: "stops checked", description: String(presses) });
  });
}

test("marking a task done puts focus on its new status, not on the page", async ({ page }) => {
  // A customer no other test touches, with a task of our own.
  const ref = demoCustomers()[9]!.ref;
  await page.goto(`/customers/${ref}`);
  const panel = page.getByRole("region", { name: "Actions", exact: true });
  await panel.getByRole("tab", { name: "Task" }).click();
  const title = `Keyboard check ${Date.now()}`;
  await panel.getByLabel("Follow-up task").fill(title);
  await panel.getByRole("button", { name: "Create task" }).click();
  const entry = page.getByTestId("timeline-entry").filter({ hasText: title });
  const markDone = entry.getByRole("button", { name: "Mark done" });
  await markDone.focus();
  await page.keyboard.press("Enter");
  await expect(entry).toContainText(/Done \d/);
  await expect(entry.getByText(/^Done \d/).locator("xpath=..")).toBeFocused();
  await expectFocusVisible(page, "after marking a task done");
});

test("Enter in a reply's subject line goes on to the message and sends nothing", async ({ page }) => {
  // A learner types the subject, then presses Enter to go on, as an email program lets them. It sent the
  // half-written reply, which the report then marked as their first reply to an angry customer.
  await startPractice(page, SCENARIO_ID, "Kofi");
  const conv = conversation(page);
  const reply = conv.getByLabel("Your reply to Priya Shah");
  const subject = conv.getByRole("textbox", { name: "Subject" });
  await expect.poll(() => actionCount(page)).toBe(1);
  await reply.fill("Dear Priya,");
  await subject.focus();
  await page.keyboard.press("End");
  await page.keyboard.type(" (your refund)");
  await page.keyboard.press("Enter");
  await expect(reply).toBeFocused();
  await expectFocusVisible(page, "the reply box after Enter in the subject");
  // Typing carries on in the message; nothing has been sent.
  await page.keyboard.type(" I am sorry your kettle stopped working.");
  await expect(reply).toHaveValue("Dear Priya, I am sorry your kettle stopped working.");
  await expect(conv.getByRole("listitem").filter({ hasText: "I am sorry" })).toHaveCount(0);
  expect(await actionCount(page)).toBe(1);
  // The reply still goes with its own button, under the subject typed.
  await conv.getByRole("button", { name: "Send reply" }).click();
  await expect.poll(() => actionCount(page)).toBe(2);
  await expect(conv.getByRole("list", { name: "Messages" })).toContainText(
    "Re: Aurora kettle stopped working – order ORD-10234 (your refund)",
  );
});

test("keyboard only: a tutor changes a learner's mark in the results grid, and focus comes back to it", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  // Set-up with the mouse (not the keyboard test): a class, an assignment and one submitted attempt.
  const { resultsUrl, submit } = await classWithOneLearner(page, browser, {
    prefix: "Keyboard marks",
    scenarioId: SCENARIO_ID,
    scenarioTitle: SCENARIO_TITLE,
    learnerName: "Kit",
    reply: { customer: "Priya Shah", text: "Dear Priya, I am so sorry about your kettle." },
  });
  await submit();

  // The keyboard part: from the top of the results page.
  await page.goto(resultsUrl);
  const grid = page.getByRole("table", { name: "Results: learners by criterion" });
  await expect(grid.getByRole("button", { name: /Change this mark$/ }).first()).toBeVisible();
  const kb = new KeyboardOnly(page);
  const cell = grid.getByRole("button", { name: /Change this mark$/ }).first();
  await kb.tabTo(cell, "results: to the first mark", { max: 120 });
  await kb.press("Enter", "results: open the mark");
  const dialog = page.getByRole("dialog", { name: "Change a mark" });
  await expect(dialog.getByRole("radio", { checked: true })).toBeFocused();
  // Arrow keys choose another mark within the group.
  const before = await dialog.getByRole("radio", { checked: true }).getAttribute("value");
  await kb.press("ArrowRight", "dialog: another mark");
  await expect(dialog.getByRole("radio", { checked: true })).not.toHaveAttribute("value", before!);
  await kb.tabTo(dialog.getByLabel("Comment for the learner"), "dialog: to the comment");
  await kb.type("Moderated by keyboard: see the second reply.", "dialog: comment");
  await kb.tabTo(dialog.getByRole("button", { name: "Save mark" }), "dialog: to Save mark");
  // Saving closes the dialog: focus goes back to the mark it changed, not to the page.
  await kb.press("Enter", "dialog: save", { lands: cell });
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("status").filter({ hasText: /\S/ }).first()).toBeVisible();
});
