/**
 * WCAG 2.2 AA sweep (issue 15): every page, signed out, as a learner and as a tutor, including open
 * dialogs, confirmations and error states, passes axe with the WCAG 2.0/2.1/2.2 A and AA tags with no
 * violation of any impact, and reflows at 320 CSS px without sideways scrolling. Along the way it
 * checks the focus management the issue asks for (confirmations take focus, dialogs return it, errors
 * are tied to their fields) and that reduced motion is honoured.
 *
 * One pass per role over one server keeps it quick. Set A11Y_SHOTS=<dir> to also save screenshots of
 * every page at 1366 × 900, 820 × 1180 (a tablet) and 320 px wide (for looking at, not for committing).
 */
import fs from "node:fs";
import path from "node:path";
import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import {
  cssContrast,
  expectFocusVisible,
  expectNoAxeViolations,
  expectNoClippingWithTextSpacing,
  expectNoSidewaysScroll,
  expectNoSidewaysScrollWithLargeText,
  expectAnnouncedInExistingRegion,
  expectTargetsLargeOrSpaced,
  markLiveRegions,
  TEXT_SPACING_CSS,
  tabTo,
} from "./helpers/a11y";
import { toolEnv } from "../server/env";
import { customerRows } from "./helpers/customer-list";
import { demoCustomers } from "./helpers/demo-data";
import { E2E_TUTOR as TUTOR } from "./helpers/classroom";
import { classWithAssignmentByApi, joinAndStartByApi, joinClassByApi } from "./helpers/classroom-api";
import { startPractice } from "./helpers/play-in-browser";

const SCENARIO_ID = "complaint-faulty-kettle";
const SCENARIO_TITLE = "Complaint: the kettle that stopped working";
const OTHER_SCENARIO = {
  id: "onboarding-new-subscriber",
  title: "Onboarding: welcome a new coffee subscriber",
};
const SHOTS = toolEnv().A11Y_SHOTS;
const DESKTOP = { width: 1366, height: 900 };
const TABLET = { width: 820, height: 1180 };
/** The document title: the page's subject, then the site (WCAG 2.4.2). */
const titled = (subject: string) => `${subject} · Hearth & Bean CRM Trainer`;
const timings: string[] = [];
test.afterEach(() => {
  if (timings.length)
    test.info().annotations.push({ type: "axe timings", description: timings.splice(0).join("; ") });
});

/**
 * axe on the page as it is, with the checks axe cannot make: every target 24 × 24 px or spaced (WCAG
 * 2.5.8) and no text cut off with the WCAG 1.4.12 text spacing; no sideways scroll with 200% text
 * (WCAG 1.4.4); then the same page on a tablet (820 px: no sideways scroll with or without 200% text,
 * targets) and at 320 px (no sideways scroll, targets, text spacing), then back.
 */
async function checkPage(page: Page, name: string, options: { reflow?: boolean } = {}) {
  // The page is checked at rest, the pointer off its content: where the last click left it decided whether a
  // chart's box of values was open when the viewport narrowed (session 45: the insights check failed once in
  // four runs on the revenue chart's open box under text spacing). That box has its own test below (1.4.13).
  await page.mouse.move(0, 0);
  const started = Date.now();
  await expectNoAxeViolations(page, name);
  timings.push(`${name}: axe ${Date.now() - started} ms`);
  await expectTargetsLargeOrSpaced(page, name);
  await expectNoClippingWithTextSpacing(page, name);
  console.log(timings.at(-1));
  if (SHOTS) {
    fs.mkdirSync(SHOTS, { recursive: true });
    const file = name.replace(/[^a-z0-9]+/gi, "-").toLowerCase();
    for (const [width, height] of [
      [1366, 900],
      [820, 1180],
      [320, 640],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: path.join(SHOTS, `${file}-${width}.png`), fullPage: true });
    }
    await page.setViewportSize(DESKTOP);
  }
  if (options.reflow !== false) {
    await expectNoSidewaysScrollWithLargeText(page, name);
    await page.setViewportSize(TABLET);
    await expectNoSidewaysScroll(page, `${name} at 820 px`);
    await expectTargetsLargeOrSpaced(page, `${name} at 820 px`);
    await expectNoSidewaysScrollWithLargeText(page, `${name} at 820 px`);
    await page.setViewportSize({ width: 320, height: 640 });
    await expectNoSidewaysScroll(page, name);
    await expectTargetsLargeOrSpaced(page, `${name} at 320 px`);
    await expectNoClippingWithTextSpacing(page, `${name} at 320 px`);
    await page.setViewportSize(DESKTOP);
  }
}

async function open(page: Page, url: string, heading: string | RegExp) {
  await page.goto(url);
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
}

async function signInAsTutor(browser: Browser) {
  const context = await browser.newContext({ viewport: DESKTOP });
  const page = await context.newPage();
  await page.goto("/tutor");
  await page.getByLabel("Email address").fill(TUTOR.email);
  await page.getByLabel("Password").fill(TUTOR.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your classes" })).toBeVisible();
  return { context, page };
}

test("signed out: every public page passes axe (WCAG 2.2 AA, any impact) and reflows at 320 px", async ({
  page,
}) => {
  test.setTimeout(SHOTS ? 900_000 : 400_000);
  const customer = demoCustomers()[0]!;
  const pages: [string, string, string | RegExp][] = [
    ["/", "home", "Practise real CRM work with real-feeling customers."],
    ["/scenarios", "scenario library", /scenario/i],
    [`/scenarios/${SCENARIO_ID}`, "scenario brief", SCENARIO_TITLE],
    ["/customers", "customer list", /customers/i],
    [`/customers/${customer.ref}`, "customer record", customer.name],
    ["/join", "join a class", "Join a class"],
    ["/tutor", "tutor sign in", "Tutor sign in"],
    ["/accessibility", "accessibility statement", "Accessibility statement for Hearth & Bean CRM Trainer"],
    ["/tutor/account", "tutor account, signed out", "Your tutor account"],
    ["/no-such-page", "page not found", /not found/i],
  ];
  for (const [url, name, heading] of pages) {
    await open(page, url, heading);
    await checkPage(page, name);
  }
  // Each page's title names its subject, not just its kind (WCAG 2.4.2).
  await open(page, `/customers/${customer.ref}`, customer.name);
  await expect(page).toHaveTitle(titled(`Customer record: ${customer.name}`));
  await open(page, `/scenarios/${SCENARIO_ID}`, SCENARIO_TITLE);
  await expect(page).toHaveTitle(titled(`Brief: ${SCENARIO_TITLE}`));
  await open(page, "/tutor", "Tutor sign in");
  await expect(page).toHaveTitle(titled("Tutor sign in"));

  // A page whose subject cannot be loaded is still a page, with an h1 and a title that say what it is
  // (WCAG 1.3.1, 2.4.2, 2.4.6), not a lone error box. Nothing to retry when the thing does not exist.
  for (const [url, heading] of [
    ["/attempts/999999", "Scenario workspace"],
    ["/attempts/999999/report", "Report"],
    ["/customers/CUS-9999", "Customer not found"],
    ["/scenarios/no-such-scenario", "Scenario not found"],
  ] as const) {
    await open(page, url, heading);
    await expect(page).toHaveTitle(titled(heading));
    await expect(page.getByRole("alert").filter({ hasText: /\S/ }).first()).toBeVisible();
    if (heading.endsWith("not found"))
      await expect(page.getByRole("button", { name: "Try again" })).toHaveCount(0);
    await checkPage(page, `${heading} (${url})`, { reflow: false });
  }

  // A wrong password is reported on the sign-in form.
  await open(page, "/tutor", "Tutor sign in");
  await page.getByLabel("Email address").fill(TUTOR.email);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /\S/ }).first()).toBeVisible();
  await checkPage(page, "tutor sign in, wrong password", { reflow: false });

  // Insights: each chart has a one-line summary and a table of its figures; nothing unlabelled takes focus.
  await open(page, "/insights", "Service insights");
  const charts = page.getByRole("figure");
  await expect(charts).toHaveCount(2);
  for (const chart of await charts.all()) {
    await expect(chart.getByTestId("chart-summary")).toHaveText(
      /^(NPS|Monthly revenue) (rose|fell|stayed about level) from .+\.$/,
    );
    await chart.getByText("Show the figures as a table").click();
    await expect(chart.getByRole("table")).toBeVisible();
    expect(await chart.getByRole("row").count()).toBeGreaterThan(2);
    expect(
      await chart.locator("[tabindex]:not([tabindex='-1']), a, button").count(),
      "focusable parts inside a chart",
    ).toBe(0);
  }
  await checkPage(page, "insights with the chart tables open");

  // The box of values a pointer opens on a chart closes with Escape, the pointer left where it is (WCAG 1.4.13).
  const drawing = charts.first().getByTestId("chart-drawing");
  await drawing.hover();
  const tooltip = charts.first().locator(".recharts-tooltip-wrapper");
  await expect(tooltip).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(tooltip).toBeHidden();
  // Pointing again brings it back.
  const box = (await drawing.boundingBox())!;
  await drawing.hover({ position: { x: box.width / 2 + 30, y: box.height / 2 } });
  await expect(tooltip).toBeVisible();
  await page.mouse.move(0, 0);

  // The signed-out session menu's links are at least 24 px tall (WCAG 2.5.8).
  const sizes = await page
    .getByRole("navigation", { name: "Main" })
    .locator("xpath=..")
    .getByRole("link", { name: /Join a class|Tutor sign in/ })
    .evaluateAll((links) => links.map((l) => l.getBoundingClientRect().height));
  expect(sizes).toHaveLength(2);
  for (const h of sizes) expect(h).toBeGreaterThanOrEqual(24);

  // At 320 px the navigation wraps: Insights and Tutor are on screen, not scrolled out of a strip.
  await page.setViewportSize({ width: 320, height: 640 });
  for (const label of ["Insights", "Tutor"]) {
    const box = (await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: label, exact: true })
      .boundingBox())!;
    expect(box.x, `${label} starts on screen`).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, `${label} ends on screen`).toBeLessThanOrEqual(320);
  }
  await page.setViewportSize(DESKTOP);

  // A wrong join code is reported once, beside the field, which is marked invalid and described by it.
  await open(page, "/join", "Join a class");
  const form = page.getByRole("region", { name: "Join with a class code" });
  await form.getByRole("textbox", { name: "Class code" }).fill("ZZZ ZZZ");
  await form.getByRole("textbox", { name: "Your display name" }).fill("Sam");
  await form.getByRole("button", { name: "Join class" }).click();
  const codeField = form.getByRole("textbox", { name: "Class code" });
  await expect(codeField).toHaveAttribute("aria-invalid", "true");
  await expect(codeField).toHaveAccessibleDescription(/No class has that join code/);
  await expect(form.getByText("No class has that join code", { exact: false })).toHaveCount(1);
  // Focus goes to the field to put right, read with its message (since 76fe3ef; was left on the button).
  await expect(codeField).toBeFocused();
  await checkPage(page, "join a class, wrong code", { reflow: false });
});

test("a chart's box of values, opened by the pointer at 320 px with text spacing, shows all its text (WCAG 1.4.12)", async ({
  page,
}) => {
  // The person's own text spacing is on before they point, as a user style sheet or bookmarklet would be.
  await page.setViewportSize({ width: 320, height: 640 });
  await open(page, "/insights", "Service insights");
  await page.addStyleTag({ content: TEXT_SPACING_CSS });
  const charts = page.getByRole("figure");
  await expect(charts).toHaveCount(2);
  for (const [i, chart] of (await charts.all()).entries()) {
    const drawing = chart.getByTestId("chart-drawing");
    await drawing.scrollIntoViewIfNeeded();
    const plot = (await chart.locator(".recharts-cartesian-grid").boundingBox())!;
    const box = chart.locator(".recharts-tooltip-wrapper");
    // Near the plot's left edge, its middle and its right edge: recharts places the box on either side.
    for (const across of [0.05, 0.5, 0.95]) {
      await page.mouse.move(plot.x + plot.width * across, plot.y + plot.height / 2);
      await expect(box).toBeVisible();
      await expect(box).toContainText(/£|NPS/);
      // Nothing in the box is cut off: it lies inside the drawing (which clips), and no line runs past
      // the box's own edge. Polled: recharts places the box once it has measured it.
      await expect
        .poll(
          () =>
            drawing.evaluate((drawingEl) => {
              const el = drawingEl.querySelector<HTMLElement>(".recharts-tooltip-wrapper")!;
              const b = el.getBoundingClientRect();
              const d = drawingEl.getBoundingClientRect();
              const out: string[] = [];
              if (
                b.left < d.left - 0.5 ||
                b.right > d.right + 0.5 ||
                b.top < d.top - 0.5 ||
                b.bottom > d.bottom + 0.5
              )
                out.push(
                  `box ${Math.round(b.left)}–${Math.round(b.right)} × ${Math.round(b.top)}–${Math.round(b.bottom)} outside the drawing ${Math.round(d.left)}–${Math.round(d.right)} × ${Math.round(d.top)}–${Math.round(d.bottom)}`,
                );
              for (const t of [el, ...el.querySelectorAll<HTMLElement>("*")]) {
                const r = t.getBoundingClientRect();
                if (r.width > 0 && (r.right > b.right + 0.5 || t.scrollWidth > t.clientWidth + 1))
                  out.push(`"${t.textContent?.trim()}" runs past the box`);
              }
              return out;
            }),
          { message: `chart ${i + 1}, pointer ${across * 100}% across the plot` },
        )
        .toEqual([]);
    }
    await page.mouse.move(0, 0);
  }
});

test("a page that fails while showing is still a page: English, a title, an h1 and ways on (WCAG 2.4.2, 3.1.1)", async ({
  page,
}) => {
  // The customer record arrives without its customer, as a bug on either side could make it: the
  // record cannot be drawn. Next's own fallback is a bare page with no language, title or landmarks.
  await page.route(/\/api\/trpc\/[^?]*crm\.getCustomer/, async (route) => {
    const response = await route.fetch();
    const body = (await response.json()) as { result?: { data?: { json?: unknown; meta?: unknown } } }[];
    for (const entry of body) {
      const data = entry.result?.data;
      if (data && typeof data.json === "object" && data.json !== null && "customer" in data.json) {
        (data.json as { customer: unknown }).customer = null;
        delete data.meta;
      }
    }
    await route.fulfill({ response, json: body });
  });
  const customer = demoCustomers()[0]!;
  await page.goto(`/customers/${customer.ref}`);
  await expect(
    page.getByRole("heading", { level: 1, name: "Sorry, this page could not be shown" }),
  ).toBeVisible();
  await expect(page).toHaveTitle(titled("Page could not be shown"));
  await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
  await expect(
    page.getByRole("alert").filter({ hasText: "Something went wrong while showing this page" }),
  ).toBeVisible();
  // Still inside the app: its navigation, the skip link's target and the footer.
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Accessibility statement" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Try again" })).toBeVisible();
  await checkPage(page, "a page that failed while showing");
  await page.getByRole("link", { name: "Go to the home page" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Practise real CRM work with real-feeling customers." }),
  ).toBeVisible();
});

test("reduced motion: nothing animates when the system asks for less motion", async ({ page }) => {
  await open(page, "/", "Practise real CRM work with real-feeling customers.");
  const animationOf = () =>
    page.evaluate(() => {
      // The spinner and pulse only show while loading, so measure the same classes on a probe.
      const probe = document.createElement("span");
      probe.className = "motion-safe:animate-spin";
      probe.style.animation = "probe-spin 1s linear infinite";
      document.body.append(probe);
      const name = getComputedStyle(probe).animationName;
      probe.remove();
      return name;
    });
  await page.emulateMedia({ reducedMotion: "no-preference" });
  expect(await animationOf()).toBe("probe-spin");
  await page.emulateMedia({ reducedMotion: "reduce" });
  expect(await animationOf()).toBe("none");
});

test("learner and tutor: every page, dialog and confirmation passes axe and reflows at 320 px", async ({
  browser,
}) => {
  // Many axe runs on a shared machine; screenshots at three sizes add more.
  test.setTimeout(SHOTS ? 1_200_000 : 600_000);
  const tutorSession = await signInAsTutor(browser);
  const tutor = tutorSession.page;
  await expect(tutor).toHaveTitle(titled("Your classes"));
  await checkPage(tutor, "tutor: your classes");

  // The account page, and its form's errors: each beside its field, which is marked invalid.
  await tutor
    .getByRole("link", { name: /account/i })
    .first()
    .click();
  await expect(tutor.getByRole("heading", { level: 1, name: "Your tutor account" })).toBeVisible();
  await checkPage(tutor, "tutor: account");
  await tutor.getByLabel("Current password").fill("not the password");
  await tutor.getByLabel("New password", { exact: true }).fill("a long enough new password");
  await tutor.getByLabel("New password again").fill("a different new password");
  await tutor.getByRole("button", { name: "Change password" }).click();
  await expect(tutor.getByLabel("New password again")).toHaveAttribute("aria-invalid", "true");
  await checkPage(tutor, "tutor: account, passwords differ", { reflow: false });
  await tutor.getByLabel("New password again").fill("a long enough new password");
  await tutor.getByRole("button", { name: "Change password" }).click();
  await expect(tutor.getByLabel("Current password")).toHaveAttribute("aria-invalid", "true");
  await checkPage(tutor, "tutor: account, wrong current password", { reflow: false });
  await tutor.goto("/tutor");
  await expect(tutor.getByRole("heading", { level: 1, name: "Your classes" })).toBeVisible();

  const className = `Accessible class ${Date.now().toString(36)}`;
  await tutor.getByLabel("Class name", { exact: true }).fill(className);
  await markLiveRegions(tutor);
  await tutor.getByRole("button", { name: "Create class" }).click();
  // "Created … Its join code is …" arrives where screen readers are already listening (WCAG 4.1.3).
  await expectAnnouncedInExistingRegion(tutor.getByTestId("class-created"), "creating a class");
  await tutor.getByRole("link", { name: className }).click();
  await expect(tutor.getByRole("heading", { level: 1, name: className })).toBeVisible();
  const code = (await tutor.getByTestId("join-code").textContent())!.trim();
  // Two assignments; the first is removed again below.
  for (const id of [OTHER_SCENARIO.id, SCENARIO_ID]) {
    await tutor.getByLabel("Scenario", { exact: true }).selectOption(id);
    await tutor.getByRole("button", { name: "Assign", exact: true }).click();
    await expect(
      tutor.getByRole("link", {
        name: `Results: ${id === SCENARIO_ID ? SCENARIO_TITLE : OTHER_SCENARIO.title}`,
      }),
    ).toBeVisible();
  }
  await expect(tutor).toHaveTitle(titled(`Class: ${className}`));
  await checkPage(tutor, "tutor: class");

  // Removing an item from a list: the question is checked, then focus moves to the item that takes its
  // place (not to the page), and a status says what was removed.
  const removeOther = tutor.getByRole("button", { name: `Remove ${OTHER_SCENARIO.title}` });
  await removeOther.focus();
  await tutor.keyboard.press("Enter");
  await expect(tutor.getByRole("button", { name: "Yes, remove" })).toBeFocused();
  await checkPage(tutor, "tutor: class, remove-assignment confirmation", { reflow: false });
  await markLiveRegions(tutor);
  await tutor.keyboard.press("Enter");
  const assigned = tutor.getByRole("list", { name: "Assigned scenarios" });
  await expect(assigned.getByRole("listitem")).toHaveCount(1);
  await expect(assigned.getByRole("heading", { level: 3, name: SCENARIO_TITLE })).toBeFocused();
  await expect(tutor.getByRole("region", { name: "Assigned scenarios" }).getByRole("status")).toHaveText(
    `Removed ${OTHER_SCENARIO.title}.`,
  );
  await expectAnnouncedInExistingRegion(
    tutor.getByRole("region", { name: "Assigned scenarios" }).getByRole("status"),
    "removing an assignment",
  );
  await expectFocusVisible(tutor, "after removing an assignment");

  // A confirmation takes focus; cancelling gives it back to the button that asked.
  const newCode = tutor.getByRole("button", { name: "New code" });
  await newCode.focus();
  await tutor.keyboard.press("Enter");
  await expect(tutor.getByRole("button", { name: "Yes, new code" })).toBeFocused();
  await checkPage(tutor, "tutor: class, new-code confirmation", { reflow: false });
  await tutor.getByRole("group", { name: "New code" }).getByRole("button", { name: "Cancel" }).press("Enter");
  await expect(newCode).toBeFocused();

  // The projector view is a modal dialog; closing it returns focus to its button.
  const fullScreen = tutor.getByRole("button", { name: "Show full screen" });
  await fullScreen.focus();
  await tutor.keyboard.press("Enter");
  const projector = tutor.getByRole("dialog");
  await expect(projector).toBeVisible();
  await expect(projector.getByRole("button", { name: "Close (Esc)" })).toBeFocused();
  await checkPage(tutor, "tutor: projector view", { reflow: false });
  await tutor.keyboard.press("Escape");
  await expect(projector).toBeHidden();
  await expect(fullScreen).toBeFocused();

  // --------------------------------------------------------------------------------- learner
  const learnerContext = await browser.newContext({ viewport: DESKTOP });
  const learner = await learnerContext.newPage();
  await learner.goto("/join");
  const joinForm = learner.getByRole("region", { name: "Join with a class code" });
  await joinForm.getByRole("textbox", { name: "Class code" }).fill(code);
  await joinForm.getByRole("textbox", { name: "Your display name" }).fill("Ada L");
  await joinForm.getByRole("button", { name: "Join class" }).click();
  await expect(learner.getByRole("heading", { level: 1, name: "Welcome, Ada L" })).toBeVisible();
  // The form that had focus is gone: focus moves to the new heading, not to <body>.
  await expect(learner.getByRole("heading", { level: 1, name: "Welcome, Ada L" })).toBeFocused();
  await expect(learner).toHaveTitle(titled("Welcome, Ada L"));
  await checkPage(learner, "learner: welcome and assigned work");

  await learner.getByRole("link", { name: `Start: ${SCENARIO_TITLE}` }).click();
  await expect(learner.getByRole("heading", { level: 1, name: SCENARIO_TITLE })).toBeVisible();
  await checkPage(learner, "learner: brief");
  await learner.getByRole("button", { name: "Start scenario" }).click();
  await expect(learner).toHaveURL(/\/attempts\/\d+$/);
  const attemptUrl = learner.url();
  await expect(learner.getByRole("heading", { level: 2, name: "Priya Shah", exact: true })).toBeVisible();
  // One h1 on the workspace: the scenario. The customer's name is a level-2 heading inside it.
  await expect(learner.getByRole("heading", { level: 1 })).toHaveCount(1);
  await expect(learner).toHaveTitle(titled(`Workspace: ${SCENARIO_TITLE}`));
  // The brief starts open on a fresh attempt and stays open once the workspace has stored the first
  // view of the record by itself: it used to fold up under the learner a moment after the page opened.
  await expect(learner.getByRole("heading", { name: "Your actions (1)" })).toBeVisible();
  await expect(learner.locator("details").filter({ hasText: "Brief and objectives" })).toHaveAttribute(
    "open",
    "",
  );
  await checkPage(learner, "learner: workspace, record");

  // The clock's live region reads with its context.
  await expect(learner.getByTestId("sim-clock").locator("xpath=..")).toHaveAttribute("aria-atomic", "true");
  await expect(learner.getByTestId("sim-clock").locator("xpath=..")).toHaveText(
    /^Simulated time: \d{2}:\d{2}$/,
  );

  // The CRM's own insights, in the workspace's narrower column: its figures stay inside their cards
  // with 200% text (checkPage), the columns following the room the view has.
  await learner.getByRole("tab", { name: "Insights" }).click();
  await expect(learner.getByRole("heading", { level: 2, name: "Insights from this CRM" })).toBeVisible();
  await expect(learner.getByTestId(/^metric-/).first()).toBeVisible();
  await checkPage(learner, "learner: workspace, insights");

  // The list view; opening a customer from it moves focus to the record's heading.
  await learner.getByRole("tab", { name: "All customers" }).click();
  await expect(learner.getByRole("heading", { level: 2, name: "All customers" })).toBeVisible();
  await checkPage(learner, "learner: workspace, customer list");
  await learner
    .getByRole("table", { name: /^Customers, sorted by/ })
    .getByRole("button", { name: "Priya Shah", exact: true })
    .press("Enter");
  await expect(learner.getByRole("heading", { level: 2, name: "Priya Shah", exact: true })).toBeFocused();

  // An action's error is shown once, beside the field it is about (the amount), which is marked invalid.
  const actions = learner.getByRole("region", { name: "CRM actions" });
  await actions.getByRole("tab", { name: "Issue remedy" }).click();
  const panel = learner.getByRole("tabpanel", { name: "Issue remedy" });
  await panel.getByLabel("Remedy", { exact: true }).selectOption("goodwill");
  await panel.getByLabel("Amount (£)").fill("999");
  await panel.getByRole("button", { name: "Issue remedy" }).click();
  const amount = panel.getByLabel("Amount (£)");
  await expect(amount).toHaveAttribute("aria-invalid", "true");
  await expect(amount).toHaveAccessibleDescription(/Policy limits goodwill gestures/);
  await expect(learner.getByText(/Policy limits goodwill gestures/)).toHaveCount(1);
  // Saving kept focus on the button (it is aria-disabled while busy, never natively disabled).
  await expect(panel.getByRole("button", { name: "Issue remedy" })).toBeFocused();
  await checkPage(learner, "learner: workspace, remedy error", { reflow: false });

  // A reply: the Send button keeps focus after sending (and the box is cleared).
  const reply = learner.getByLabel(/^Your reply to Priya/);
  await reply.fill(
    "Dear Priya, I am so sorry your kettle stopped working less than two weeks after it arrived. I will send a replacement today.",
  );
  const send = learner.getByRole("button", { name: "Send reply" });
  await send.focus();
  await learner.keyboard.press("Enter");
  await expect(reply).toHaveValue("");
  await expect(send).toBeFocused();
  // Sent again with the box empty, it is not a dead button: the box says what is missing and takes focus.
  await expect(send).not.toHaveAttribute("aria-disabled", "true");
  await learner.keyboard.press("Enter");
  await expect(reply).toBeFocused();
  await expect(reply).toHaveAccessibleDescription("Enter your reply to Priya Shah: it is empty.");

  // The submission confirmation is an alert dialog that takes focus; "Not yet" gives focus back.
  const submit = learner.getByRole("button", { name: "Submit for marking" });
  await submit.focus();
  await learner.keyboard.press("Enter");
  const confirm = learner.getByRole("alertdialog", { name: "Confirm submission" });
  await expect(confirm).toBeVisible();
  await expect(confirm).toHaveAccessibleDescription(
    "Submit for marking? You cannot change anything afterwards.",
  );
  await expect(confirm.getByRole("button", { name: "Not yet" })).toBeFocused();
  await checkPage(learner, "learner: workspace, submit confirmation");
  await learner.keyboard.press("Enter");
  await expect(confirm).toBeHidden();
  await expect(submit).toBeFocused();
  await submit.click();
  await confirm.getByRole("button", { name: "Yes, submit" }).click();
  await expect(learner).toHaveURL(/\/report$/);
  await expect(learner.getByTestId("report-band")).toBeVisible();
  const reportUrl = learner.url();
  await expect(learner).toHaveTitle(titled(`Your report: ${SCENARIO_TITLE}`));
  await checkPage(learner, "learner: report");
  await open(learner, "/scenarios", /scenario/i);
  await checkPage(learner, "learner: scenario library");

  // The learner's "Leave" question takes focus on the safe answer and gives it back.
  const leave = learner.getByRole("region", { name: "Signed in" }).getByRole("button", { name: "Leave" });
  await leave.focus();
  await learner.keyboard.press("Enter");
  await expect(learner.getByRole("button", { name: "Stay" })).toBeFocused();
  await checkPage(learner, "learner: leave confirmation", { reflow: false });
  await learner.keyboard.press("Enter");
  await expect(leave).toBeFocused();

  // ----------------------------------------------------------------------------- tutor again
  await tutor.getByRole("link", { name: "Live dashboard" }).first().click();
  await expect(tutor.getByRole("heading", { level: 1, name: "Live dashboard" })).toBeVisible();
  await expect(tutor.locator('[data-testid^="live-row-"]')).toContainText("Submitted");
  await expect(tutor).toHaveTitle(titled(`Live dashboard: ${className}`));
  await checkPage(tutor, "tutor: live dashboard");

  await tutor.goBack();
  await tutor.getByRole("link", { name: `Results: ${SCENARIO_TITLE}` }).click();
  await expect(tutor.getByRole("heading", { level: 1, name: `Results: ${SCENARIO_TITLE}` })).toBeVisible();
  await expect(tutor).toHaveTitle(titled(`Results: ${SCENARIO_TITLE} (${className})`));
  await checkPage(tutor, "tutor: results");

  // The override dialog puts focus on the current mark and returns it to the cell that opened it.
  const cell = tutor
    .getByRole("table", { name: "Results: learners by criterion" })
    .getByRole("button", { name: /Change this mark$/ })
    .first();
  await cell.focus();
  await tutor.keyboard.press("Enter");
  const dialog = tutor.getByRole("dialog", { name: "Change a mark" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("radio", { checked: true })).toBeFocused();
  await checkPage(tutor, "tutor: override dialog");
  await tutor.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(cell).toBeFocused();
  // No pixel-sized tiny text in the grid: everything at least 12 px.
  const smallest = await tutor
    .getByRole("table", { name: "Results: learners by criterion" })
    .evaluate((t) =>
      Math.min(...[...t.querySelectorAll("*")].map((el) => parseFloat(getComputedStyle(el).fontSize))),
    );
  expect(smallest).toBeGreaterThanOrEqual(12);
  await tutor.getByRole("link", { name: "Debrief (projector)" }).click();
  await expect(tutor.getByRole("heading", { level: 1, name: SCENARIO_TITLE })).toBeVisible();
  await checkPage(tutor, "tutor: debrief");

  await open(tutor, new URL(reportUrl).pathname, SCENARIO_TITLE);
  await expect(tutor).toHaveTitle(titled(`Report for Ada L: ${SCENARIO_TITLE}`));
  await checkPage(tutor, "tutor: a learner's report");
  await open(tutor, new URL(attemptUrl).pathname, SCENARIO_TITLE);
  await expect(tutor).toHaveTitle(titled(`Ada L's workspace: ${SCENARIO_TITLE}`));
  await checkPage(tutor, "tutor: a submitted workspace, read-only");

  await learnerContext.close();
  await tutorSession.context.close();
});

test("the focus indicator has 3:1 on the dark navigation, the hero and a white card; fields' borders 3:1", async ({
  page,
}) => {
  await open(page, "/", "Practise real CRM work with real-feeling customers.");
  const targets: [string, string][] = [
    ["navigation (dark green)", "Insights"],
    ["hero (green gradient)", "Join a class with a code"],
    ["card (white)", "Open customers →"],
  ];
  for (const [where, name] of targets) {
    await tabTo(page, (el) => el.name === name, `to ${name}`);
    const report = await expectFocusVisible(page, where);
    test.info().annotations.push({
      type: `focus on ${where}`,
      description: report.contrasts
        .map((c) => `${c.background}: outline ${c.outer}:1, ring ${c.inner}:1`)
        .join("; "),
    });
  }
  await open(page, "/join", "Join a class");
  const border = await page
    .getByRole("textbox", { name: "Class code" })
    .evaluate((el) => getComputedStyle(el).borderTopColor);
  expect(await cssContrast(page, border, "#ffffff")).toBeGreaterThanOrEqual(3);
});

test("status messages arrive in a live region that was already in the page (WCAG 4.1.3)", async ({
  page,
}) => {
  test.setTimeout(120_000);
  // The scenario workspace: a saved action, then closing the only open case (its form gives way to the message).
  await startPractice(page, SCENARIO_ID, "Lee");
  const actions = page.getByRole("region", { name: "CRM actions" });
  const tab = (name: string) => actions.getByRole("tab", { name, exact: true });
  await tab("Add note").click();
  await page
    .getByRole("tabpanel", { name: "Add note" })
    .getByLabel("Note", { exact: true })
    .fill("Customer rang about the kettle.");
  await markLiveRegions(page);
  await page.getByRole("tabpanel", { name: "Add note" }).getByRole("button", { name: "Add note" }).click();
  await expectAnnouncedInExistingRegion(
    page.getByRole("tabpanel", { name: "Add note" }).getByRole("status"),
    "workspace: a note saved",
  );

  await tab("Open case").click();
  const openCase = page.getByRole("tabpanel", { name: "Open case" });
  await openCase.getByLabel("Category").selectOption("faulty_product");
  await openCase.getByLabel("Summary").fill("Kettle stopped working after twelve days.");
  await openCase.getByRole("button", { name: "Open case" }).click();
  await expect(openCase.getByRole("status")).toHaveText("Saved to the CRM.");
  await tab("Update case").click();
  const update = page.getByRole("tabpanel", { name: "Update case" });
  await update.getByLabel("Resolution").fill("Refunded in full.");
  await markLiveRegions(page);
  await update.getByRole("button", { name: "Close case" }).click();
  await expectAnnouncedInExistingRegion(
    update.getByTestId("case-closed-saved"),
    "workspace: the last case closed",
  );

  // The demo CRM's own action panel.
  await page.goto(`/customers/${demoCustomers()[7]!.ref}`);
  const demo = page.getByRole("region", { name: "Actions", exact: true });
  await demo.getByRole("textbox", { name: "Note", exact: true }).fill(`Live region check ${Date.now()}`);
  await markLiveRegions(page);
  await demo.getByRole("button", { name: "Add note" }).click();
  await expectAnnouncedInExistingRegion(
    demo.getByRole("status").filter({ hasText: "Note added to the timeline." }),
    "demo CRM: a note saved",
  );
});

test("a customer's thread that comes back into view is not read out again, message by message (WCAG 4.1.3)", async ({
  page,
}) => {
  test.setTimeout(120_000);
  // A scenario with a whole list of customers: write to one, open another, then come back to the first.
  await startPractice(page, "win-back-lapsed-customers", "Lou");
  const messages = page
    .getByRole("complementary", { name: "Conversation" })
    .getByRole("list", { name: "Messages" });
  const openFromList = async (row: number) => {
    await page.getByRole("tab", { name: "All customers" }).click();
    const button = customerRows(page).nth(row).getByRole("button").first();
    const name = (await button.textContent())!.trim();
    await button.click();
    await expect(page.getByRole("heading", { level: 2, name, exact: true })).toBeVisible();
    return name;
  };
  const first = await openFromList(0);
  await page.getByLabel(`Your reply to ${first}`).fill(`Dear ${first}, we have missed you at Hearth & Bean.`);
  await page.getByRole("button", { name: "Send reply" }).click();
  await expect(messages.getByTestId("learner-message")).toHaveCount(1);
  await openFromList(1);
  await expect(messages).toContainText("No messages with this customer yet.");
  // The messages list is a polite live region. Coming back, the first customer's thread must be shown
  // in a new one: put into the region a screen reader is listening to, every message would be read again.
  await markLiveRegions(page);
  await openFromList(0);
  await expect(messages.getByTestId("learner-message")).toHaveCount(1);
  expect(
    await messages.evaluate((el) => el.hasAttribute("data-live-before")),
    "the thread came back into a live region that was already listening",
  ).toBe(false);
});

test("a results-grid column's tooltip can be hovered and dismissed with Escape without moving the pointer (WCAG 1.4.13)", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  // Set up through the API (helpers/classroom-api.ts): the grid is what this checks.
  const context = await browser.newContext({ viewport: DESKTOP });
  const tutor = await context.newPage();
  const { code, resultsUrl } = await classWithAssignmentByApi(
    tutor,
    { prefix: "Tooltip class", scenarioId: SCENARIO_ID, scenarioTitle: SCENARIO_TITLE },
    { open: false },
  );
  const learnerContext = await browser.newContext({ viewport: DESKTOP });
  const learner = await learnerContext.newPage();
  await joinClassByApi(learner, code, "Tam");
  await tutor.goto(resultsUrl);
  const heading = tutor.getByTestId("criterion-heading-1");
  await expect(heading).toBeVisible();
  const tip = tutor.getByRole("tooltip").filter({ hasText: /^C1\. / });

  // Hoverable: the pointer moves from the heading down onto the tooltip, a pixel at a time, and it stays.
  await heading.hover();
  await expect(tip).toBeVisible();
  const from = (await heading.boundingBox())!;
  const to = (await tip.boundingBox())!;
  const x = from.x + from.width / 2;
  for (let y = from.y + from.height / 2; y <= to.y + 10; y += 1) await tutor.mouse.move(x, y);
  await expect(tip).toBeVisible();

  // Dismissible: Escape closes it while the pointer is still over it and focus is elsewhere.
  await expect(heading).not.toBeFocused();
  await tutor.keyboard.press("Escape");
  await expect(tip).toBeHidden();
  // It comes back when the pointer does.
  await tutor.mouse.move(0, 0);
  await heading.hover();
  await expect(tip).toBeVisible();
  await tutor.mouse.move(0, 0);
  await expect(tip).toBeHidden();

  await learnerContext.close();
  await context.close();
});

test("sign-in fields accept pasting, so a password manager or a copied code can be used (WCAG 3.3.8)", async ({
  page,
}) => {
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  const paste = async (text: string) => {
    await page.evaluate((t) => navigator.clipboard.writeText(t), text);
    await page.keyboard.press("ControlOrMeta+V");
  };
  await open(page, "/join", "Join a class");
  const code = page.getByRole("textbox", { name: "Class code" });
  await code.focus();
  await paste("kx7 p2m");
  await expect(code).toHaveValue("kx7 p2m");

  await open(page, "/tutor", "Tutor sign in");
  const password = page.getByLabel("Password", { exact: true });
  await password.focus();
  await paste("a pasted password");
  await expect(password).toHaveValue("a pasted password");
  // Password managers fill the sign-in: the fields say what they are.
  await expect(page.getByLabel("Email address")).toHaveAttribute("autocomplete", "username");
  await expect(password).toHaveAttribute("autocomplete", "current-password");
});

test("the live dashboard, which updates by itself, can be paused and resumed (WCAG 2.2.2)", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const { context, page: tutor } = await signInAsTutor(browser);
  // Keeps every message the page's live stream receives, so the test can wait until the paused page
  // has been told of a change (instead of sleeping for a while and hoping it has).
  await context.addInitScript(() => {
    const received: string[] = [];
    (window as unknown as { __streamed: string[] }).__streamed = received;
    const Original = window.EventSource;
    window.EventSource = class extends Original {
      constructor(url: string | URL, init?: EventSourceInit) {
        super(url, init);
        this.addEventListener("message", (event) => received.push(String(event.data)));
      }
    };
  });
  // The class and Pat's joining through the API (helpers/classroom-api.ts); her start through the page.
  const { code, classUrl } = await classWithAssignmentByApi(
    tutor,
    { prefix: "Pause class", scenarioId: SCENARIO_ID, scenarioTitle: SCENARIO_TITLE },
    { open: false, signedIn: true },
  );
  const learnerContext = await browser.newContext({ viewport: DESKTOP });
  const learner = await learnerContext.newPage();
  await joinClassByApi(learner, code, "Pat");
  await learner.goto("/join");
  await tutor.goto(`${classUrl}/live`);
  await expect(tutor.getByRole("heading", { level: 1, name: "Live dashboard" })).toBeVisible();
  const working = tutor
    .locator("dl[aria-label='Class summary'] dt", { hasText: "Working" })
    .locator("xpath=following-sibling::dd");
  await expect(working).toHaveText("0");

  // Paused, the view stays as it was while the learner starts work.
  const pause = tutor.getByRole("checkbox", { name: "Pause updates" });
  await pause.focus();
  await tutor.keyboard.press("Space");
  await expect(pause).toBeChecked();
  await expect(tutor.getByTestId("live-updated")).toContainText(/^Paused · showing the class at \d/);
  await learner.getByRole("link", { name: `Start: ${SCENARIO_TITLE}` }).click();
  await learner.getByRole("button", { name: "Start scenario" }).click();
  await expect(learner.getByTestId("sim-clock")).toBeVisible();
  // The paused page has been sent the class with her working (a pushed view counting one in progress),
  // and still shows it as it was.
  await expect
    .poll(() =>
      tutor.evaluate(() =>
        (window as unknown as { __streamed: string[] }).__streamed.some((m) => m.includes('"inProgress":1')),
      ),
    )
    .toBe(true);
  // Then the turn the page takes to show a pushed view (a task and two frames) before looking.
  await tutor.evaluate(
    () => new Promise((done) => setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(done)))),
  );
  await expect(working).toHaveText("0");

  // Resumed, it shows the class as it is now.
  await tutor.keyboard.press("Space");
  await expect(pause).not.toBeChecked();
  await expect(working).toHaveText("1");
  await expect(tutor.getByTestId("live-updated")).toContainText("up to date at");

  await learnerContext.close();
  await context.close();
});

test("a learner whose change is refused after the tutor closes the assignment is told in a live region (WCAG 4.1.3)", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  // Set up through the API (helpers/classroom-api.ts).
  const context = await browser.newContext({ viewport: DESKTOP });
  const tutor = await context.newPage();
  const made = await classWithAssignmentByApi(
    tutor,
    { prefix: "Closing class", scenarioId: SCENARIO_ID, scenarioTitle: SCENARIO_TITLE },
    { open: false },
  );
  const { classUrl } = made;
  const learnerContext = await browser.newContext({ viewport: DESKTOP });
  const learner = await learnerContext.newPage();
  await joinAndStartByApi(learner, { ...made, scenarioId: SCENARIO_ID, name: "Cal" });
  await expect(learner.getByTestId("sim-clock")).toBeVisible();
  await expect(learner.getByTestId("attempt-notice")).toHaveCount(0);
  await markLiveRegions(learner);

  await tutor.goto(classUrl);
  await tutor.getByRole("button", { name: `Close ${SCENARIO_TITLE}` }).click();
  await tutor
    .getByRole("group", { name: `Close ${SCENARIO_TITLE}` })
    .getByRole("button", { name: "Yes, close" })
    .click();
  await expect(tutor.getByRole("button", { name: `Reopen ${SCENARIO_TITLE}` })).toBeVisible();

  await learner.getByLabel(/^Your reply/).fill("Dear Priya, I am sorry about the kettle.");
  await learner.getByRole("button", { name: "Send reply" }).click();
  await expect(learner.getByTestId("attempt-notice")).toContainText("Your last change was not saved.");
  await expectAnnouncedInExistingRegion(learner.getByTestId("attempt-notice"), "workspace: a refused change");

  await learnerContext.close();
  await context.close();
});
