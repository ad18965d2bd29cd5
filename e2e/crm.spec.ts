/**
 * End-to-end tests of the demo CRM in the system Chromium: the customer list (search, filters, sort,
 * pagination, URL state), the customer record (notes, consent, tasks), Insights, keyboard use and an
 * axe check of each page. The e2e server runs on a fresh database seeded with the deterministic demo
 * CRM, so expectations are computed from the same generator rather than hard-coded.
 *
 * Tests that change data use customers and fields no other test here counts on, so the file can run
 * in any order (each run starts from a fresh database).
 */
import fs from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { generateDemoDataset } from "../db/seed/generate-demo-dataset";
import { toolEnv } from "../server/env";
import { expectNoSeriousA11yViolations } from "./helpers/axe";
import {
  countLine,
  customerRows,
  customerTable,
  expectCount,
  openCustomerList,
  PAGE_LOAD_TIMEOUT,
  parseUkDate,
  UK_DATE,
  visibleRows,
  type VisibleRow,
} from "./helpers/customer-list";
import {
  AS_OF,
  byName,
  daysBeforeAsOf,
  demoCustomers,
  formatUkDate,
  matchesSearch,
  monthsBefore,
  type ExpectedCustomerRow,
} from "./helpers/demo-data";

// The shared test machine can be slow: give each test room (the assertions keep their own timeouts).
test.describe.configure({ timeout: 120_000 });

const customers = demoCustomers();
const TOTAL = customers.length;
const PAGE_SIZE = 20;
const DAY_MS = 86_400_000;
const pounds = (pence: number) =>
  new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP" }).format(pence / 100);

function only<T>(items: T[], why: string): T {
  if (items.length === 0) throw new Error(`Test data: no ${why}`);
  return items[0]!;
}

// ---------------------------------------------------------------------------------------- list

test.describe("customer list", () => {
  test("shows every demo customer, 20 to a page, in surname order", async ({ page }) => {
    await openCustomerList(page);
    await expectCount(page, TOTAL, false);
    const rows = await visibleRows(page);
    expect(rows).toHaveLength(PAGE_SIZE);
    expect(rows.map((r) => r.ref)).toEqual(
      [...customers]
        .sort(byName)
        .slice(0, PAGE_SIZE)
        .map((c) => c.ref),
    );
  });

  test("typing at the search's own pace on a slow device loses no letter", async ({ page }) => {
    // A learner on a slow laptop types about as fast as the search's debounce: each pause sends the search,
    // and the list's answer must not overwrite letters typed since (it once turned "Clarke" into "Clrke").
    await openCustomerList(page);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 8 });
    const search = page.getByRole("searchbox", { name: "Search" });
    const text = "Clarke Shah Patel Jones";
    // Letters 260 ms apart, just past the 250 ms debounce: a search is on its way as each next letter lands.
    await search.pressSequentially(text, { delay: 260 });
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
    await expect(search).toHaveValue(text);
    await expect(page).toHaveURL(/[?&]search=Clarke(\+|%20)Shah(\+|%20)Patel(\+|%20)Jones/);
  });

  test("search by name, email and postcode narrows the list", async ({ page }) => {
    const target = customers[2]!;
    await openCustomerList(page);
    const search = page.getByRole("searchbox", { name: "Search" });

    const cases: { how: string; text: string }[] = [
      { how: "surname", text: target.lastName },
      { how: "email", text: target.email },
      { how: "postcode", text: target.postcode! },
      {
        how: "postcode without the space, lower case",
        text: target.postcode!.replace(" ", "").toLowerCase(),
      },
    ];
    for (const { how, text } of cases) {
      await test.step(`search by ${how}: "${text}"`, async () => {
        const expected = customers.filter((c) => matchesSearch(c, text));
        expect(expected.length, "the search should narrow the list").toBeLessThan(TOTAL);
        await search.fill(text);
        await expectCount(page, expected.length);
        const rows = await visibleRows(page);
        expect(rows.map((r) => r.ref).sort()).toEqual(
          expected
            .map((c) => c.ref)
            .sort()
            .slice(0, PAGE_SIZE),
        );
        expect(rows.map((r) => r.name)).toContain(target.name);
        await expect(page).toHaveURL(/[?&]search=/);
      });
    }

    await test.step("a search that matches nobody says so", async () => {
      await search.fill("zzzz-nobody-zzzz");
      await expectCount(page, 0);
      await expect(page.getByText("No customers match")).toBeVisible();
      await expect(customerTable(page)).toHaveCount(0);
    });
  });

  type FilterCase = {
    label: string;
    option: string;
    param: string;
    expected: (c: ExpectedCustomerRow) => boolean;
    rowSatisfies: (r: VisibleRow) => void;
  };

  const FILTER_CASES: FilterCase[] = [
    {
      label: "Lifecycle stage",
      option: "Lapsed",
      param: "stage=lapsed",
      expected: (c) => c.stage === "lapsed",
      rowSatisfies: (r) => expect(r.stage).toBe("Lapsed"),
    },
    {
      label: "Lifecycle stage",
      option: "Loyalty",
      param: "stage=loyalty",
      expected: (c) => c.stage === "loyalty",
      rowSatisfies: (r) => expect(r.stage).toBe("Loyalty"),
    },
    {
      label: "Last order",
      option: "More than 6 months ago",
      param: "recency=over180",
      expected: (c) => c.lastOrderAt !== null && c.lastOrderAt < daysBeforeAsOf(180),
      // Dates are shown without a time, so allow for the cut-off falling during the day.
      rowSatisfies: (r) =>
        expect(parseUkDate(r.lastOrder).getTime()).toBeLessThan(daysBeforeAsOf(180).getTime() + DAY_MS),
    },
    {
      label: "Last order",
      option: "In the last 30 days",
      param: "recency=d30",
      expected: (c) => c.lastOrderAt !== null && c.lastOrderAt >= daysBeforeAsOf(30),
      rowSatisfies: (r) =>
        expect(parseUkDate(r.lastOrder).getTime()).toBeGreaterThan(daysBeforeAsOf(30).getTime() - DAY_MS),
    },
    {
      label: "Total spend",
      option: "£1,000 or more",
      param: "spend=over1000",
      expected: (c) => c.totalSpendPence >= 100_000,
      rowSatisfies: (r) => expect(r.spendPence).toBeGreaterThanOrEqual(100_000),
    },
    {
      label: "Total spend",
      option: "Under £100",
      param: "spend=under100",
      expected: (c) => c.totalSpendPence < 10_000,
      rowSatisfies: (r) => expect(r.spendPence).toBeLessThan(10_000),
    },
    {
      label: "NPS category",
      option: "Detractors (0–6)",
      param: "nps=detractor",
      expected: (c) => c.latestNps !== null && c.latestNps <= 6,
      rowSatisfies: (r) => {
        const m = /^(\d+) · Detractor$/.exec(r.npsText);
        expect(m, `NPS cell "${r.npsText}"`).not.toBeNull();
        expect(Number(m![1])).toBeLessThanOrEqual(6);
      },
    },
    {
      label: "NPS category",
      option: "Promoters (9–10)",
      param: "nps=promoter",
      expected: (c) => c.latestNps !== null && c.latestNps >= 9,
      rowSatisfies: (r) => expect(r.npsText).toMatch(/^(9|10) · Promoter$/),
    },
    {
      label: "Marketing consent",
      option: "SMS: consented",
      param: "consent=sms",
      expected: (c) => c.consentedChannels.includes("sms"),
      rowSatisfies: (r) => expect(r.consent.split(", ")).toContain("SMS"),
    },
    {
      label: "Marketing consent",
      option: "No marketing consent",
      param: "consent=none",
      expected: (c) => c.consentedChannels.length === 0,
      rowSatisfies: (r) => expect(r.consent).toBe("None"),
    },
  ];

  for (const f of FILTER_CASES) {
    test(`filter ${f.label}: ${f.option}`, async ({ page }) => {
      const expected = customers.filter(f.expected);
      expect(expected.length, "the filter should match someone but not everyone").toBeGreaterThan(0);
      expect(expected.length).toBeLessThan(TOTAL);

      await openCustomerList(page);
      await expectCount(page, TOTAL, false);
      await page.getByLabel(f.label, { exact: true }).selectOption({ label: f.option });
      await expectCount(page, expected.length);
      await expect(page).toHaveURL(new RegExp(`[?&]${f.param.replace("+", "\\+")}(&|$)`));

      const rows = await visibleRows(page);
      expect(rows).toHaveLength(Math.min(PAGE_SIZE, expected.length));
      const expectedRefs = new Set(expected.map((c) => c.ref));
      for (const row of rows) {
        expect(expectedRefs.has(row.ref), `${row.ref} should match ${f.label}: ${f.option}`).toBe(true);
        f.rowSatisfies(row);
      }
    });
  }

  test("two filters together, then Clear filters", async ({ page }) => {
    const expected = customers.filter((c) => c.stage === "lapsed" && c.consentedChannels.length === 0);
    await openCustomerList(page);
    await page.getByLabel("Lifecycle stage", { exact: true }).selectOption({ label: "Lapsed" });
    await page
      .getByLabel("Marketing consent", { exact: true })
      .selectOption({ label: "No marketing consent" });
    await expectCount(page, expected.length, 2);
    for (const row of await visibleRows(page)) {
      expect(row.stage).toBe("Lapsed");
      expect(row.consent).toBe("None");
    }
    await page.getByRole("button", { name: "Clear filters" }).click();
    await expectCount(page, TOTAL, false);
    await expect(page.getByLabel("Lifecycle stage", { exact: true })).toHaveValue("");
    await expect(page).toHaveURL(/\/customers$/);
  });

  test("sorting by total spend orders the visible values", async ({ page }) => {
    await openCustomerList(page);
    const header = page.getByRole("columnheader", { name: "Total spend" });
    await expect(header).toHaveAttribute("aria-sort", "none");

    await header.getByRole("button").click();
    await expect(page).toHaveURL(/sort=totalSpend/);
    await expect(header).toHaveAttribute("aria-sort", "descending");
    await expect(customerTable(page)).toHaveAccessibleName("Customers, sorted by Total spend");
    await expect(customerTable(page).locator("tbody.opacity-70")).toHaveCount(0);
    const spendsDesc = (await visibleRows(page)).map((r) => r.spendPence);
    const top = [...customers].map((c) => c.totalSpendPence).sort((a, b) => b - a);
    expect(spendsDesc).toEqual(top.slice(0, PAGE_SIZE));
    expect(spendsDesc).toEqual([...spendsDesc].sort((a, b) => b - a));

    await header.getByRole("button").click();
    await expect(header).toHaveAttribute("aria-sort", "ascending");
    await expect(page).toHaveURL(/sort=totalSpend/);
    await expect(page).not.toHaveURL(/dir=desc/);
    await expect.poll(async () => (await visibleRows(page))[0]?.spendPence).toBe(top[top.length - 1]);
    const spendsAsc = (await visibleRows(page)).map((r) => r.spendPence);
    expect(spendsAsc).toEqual([...spendsAsc].sort((a, b) => a - b));
  });

  test("pagination: next and previous", async ({ page }) => {
    const sorted = [...customers].sort(byName);
    const pageCount = Math.ceil(TOTAL / PAGE_SIZE);
    await openCustomerList(page);
    const pagination = page.getByRole("navigation", { name: "Pagination" });
    const previous = pagination.getByRole("button", { name: /Previous/ });
    const next = pagination.getByRole("button", { name: /Next/ });

    await expect(pagination).toContainText(`Page 1 of ${pageCount}`);
    await expect(previous).toBeDisabled();
    const page1 = (await visibleRows(page)).map((r) => r.ref);

    await next.click();
    await expect(pagination).toContainText(`Page 2 of ${pageCount}`);
    await expect(page).toHaveURL(/[?&]page=2/);
    await expect(customerRows(page).first()).toContainText(sorted[PAGE_SIZE]!.ref);
    const page2 = (await visibleRows(page)).map((r) => r.ref);
    expect(page2).toEqual(sorted.slice(PAGE_SIZE, 2 * PAGE_SIZE).map((c) => c.ref));
    expect(page2.some((ref) => page1.includes(ref))).toBe(false);
    await expect(previous).toBeEnabled();

    for (let p = 3; p <= pageCount; p++) {
      await next.click();
      await expect(pagination).toContainText(`Page ${p} of ${pageCount}`);
    }
    await expect(next).toBeDisabled();
    await expect(customerRows(page)).toHaveCount(TOTAL - (pageCount - 1) * PAGE_SIZE);

    await previous.click();
    await expect(pagination).toContainText(`Page ${pageCount - 1} of ${pageCount}`);
    await expect(next).toBeEnabled();
  });

  test("filter, sort, search and page survive a reload (state is in the URL)", async ({ page }) => {
    const expected = customers.filter((c) => c.stage === "engagement");
    expect(expected.length).toBeGreaterThan(PAGE_SIZE);
    await openCustomerList(page);
    await page.getByLabel("Lifecycle stage", { exact: true }).selectOption({ label: "Engagement" });
    await expectCount(page, expected.length);
    await page.getByRole("columnheader", { name: "Orders" }).getByRole("button").click();
    await expect(page).toHaveURL(/sort=orders/);
    await page.getByRole("navigation", { name: "Pagination" }).getByRole("button", { name: /Next/ }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(customerTable(page).locator("tbody.opacity-70")).toHaveCount(0);
    const before = await visibleRows(page);

    await page.reload();
    await expectCount(page, expected.length);
    await expect(page.getByLabel("Lifecycle stage", { exact: true })).toHaveValue("engagement");
    await expect(page.getByRole("columnheader", { name: "Orders" })).toHaveAttribute(
      "aria-sort",
      "descending",
    );
    await expect(page.getByRole("navigation", { name: "Pagination" })).toContainText("Page 2 of");
    expect((await visibleRows(page)).map((r) => r.ref)).toEqual(before.map((r) => r.ref));

    // The search box comes back from the URL too.
    await page.getByRole("searchbox", { name: "Search" }).fill(expected[0]!.lastName);
    await expect(page).toHaveURL(/search=/);
    await expectCount(page, expected.filter((c) => matchesSearch(c, expected[0]!.lastName)).length, 2);
    await page.reload();
    await expect(page.getByRole("searchbox", { name: "Search" })).toHaveValue(expected[0]!.lastName);
    await expect(customerRows(page).first()).toContainText(expected[0]!.name);
  });

  test("open a record from the list", async ({ page }) => {
    const target = [...customers].sort(byName)[3]!;
    await openCustomerList(page);
    await customerTable(page).getByRole("link", { name: target.name, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/customers/${target.ref}$`));
    await expect(page.getByRole("heading", { level: 1, name: target.name })).toBeVisible();
    await expect(page.getByText(`${target.ref} · Customer since`)).toBeVisible();
    await expect(
      page
        .getByRole("definition")
        .filter({ hasText: pounds(target.totalSpendPence) })
        .first(),
    ).toBeVisible();
    await expect(page.getByRole("region", { name: "Contact and preferences" })).toContainText(target.email);

    await page.getByRole("link", { name: "All customers" }).click();
    await expect(page).toHaveURL(/\/customers$/);
    await expect(countLine(page)).toBeVisible();
  });
});

// ---------------------------------------------------------------------------------------- record

async function openRecord(page: Page, ref: string) {
  await page.goto(`/customers/${ref}`);
  const name = only(
    customers.filter((c) => c.ref === ref),
    ref,
  ).name;
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible({ timeout: PAGE_LOAD_TIMEOUT });
}

const timeline = (page: Page) => page.getByRole("list", { name: "Interaction timeline" });
const timelineEntries = (page: Page) => page.getByTestId("timeline-entry");
const actions = (page: Page) => page.getByRole("region", { name: "Actions" });

test.describe("customer record", () => {
  test("add a note: it appears on the timeline and is still there after a reload", async ({ page }) => {
    const ref = customers[2]!.ref;
    await openRecord(page, ref);
    const before = await timelineEntries(page).count();
    const text = `E2E note ${Date.now()}: customer asked when the single-origin beans are back in stock; agreed to email them.`;

    await actions(page).getByRole("textbox", { name: "Note", exact: true }).fill(text);
    await actions(page).getByRole("button", { name: "Add note" }).click();
    await expect(actions(page).getByRole("status")).toHaveText("Note added to the timeline.");
    await expect(actions(page).getByRole("textbox", { name: "Note", exact: true })).toHaveValue("");
    await expect(timelineEntries(page)).toHaveCount(before + 1);
    await expect(timelineEntries(page).first()).toContainText(text);
    await expect(timelineEntries(page).first()).toContainText("Note");
    await expect(page.getByRole("heading", { name: `Timeline (${before + 1})` })).toBeVisible();

    await page.reload();
    await expect(timelineEntries(page)).toHaveCount(before + 1);
    await expect(timelineEntries(page).first()).toContainText(text);
  });

  test("an empty note is not saved", async ({ page }) => {
    const ref = customers[2]!.ref;
    await openRecord(page, ref);
    const before = await timelineEntries(page).count();
    await actions(page).getByRole("button", { name: "Add note" }).click();
    // The browser's required-field check stops it; nothing reaches the timeline.
    const note = actions(page).getByRole("textbox", { name: "Note", exact: true });
    expect(await note.evaluate((el) => (el as HTMLTextAreaElement).validity.valueMissing)).toBe(true);
    await expect(actions(page).getByRole("status")).toHaveCount(0);
    await expect(timelineEntries(page)).toHaveCount(before);
  });

  test("HTML in a note shows as literal text and never runs", async ({ page }) => {
    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const ref = customers[4]!.ref;
    await openRecord(page, ref);
    const text = `<img src=x onerror=alert(1)> <b>bold?</b> <script>alert(2)</script> ${Date.now()}`;
    await actions(page).getByRole("textbox", { name: "Note", exact: true }).fill(text);
    await actions(page).getByRole("button", { name: "Add note" }).click();
    await expect(actions(page).getByRole("status")).toHaveText("Note added to the timeline.");

    for (const when of ["after saving", "after a reload"]) {
      if (when === "after a reload") await page.reload();
      const entry = timelineEntries(page).filter({ hasText: text });
      await expect(entry, when).toHaveCount(1);
      await expect(entry.getByText(text, { exact: true }), when).toBeVisible();
      await expect(timeline(page).locator("img, b, script"), when).toHaveCount(0);
    }
    // The injected image has been requested and failed (its onerror would have run) once the network is idle.
    await page.waitForLoadState("networkidle");
    expect(dialogs, "no dialog should open").toEqual([]);
  });

  test("change consent for a channel: badge flips and the timeline records it with the reason", async ({
    page,
  }) => {
    const target = only(
      customers.filter((c) => !c.consentedChannels.includes("email")),
      "customer without email consent",
    );
    await openRecord(page, target.ref);
    const consentList = page.getByRole("list", { name: "Marketing consent by channel" });
    const emailRow = consentList
      .getByRole("listitem")
      .filter({ has: page.getByText("Email", { exact: true }) });
    await expect(emailRow).toContainText("No consent");

    await actions(page).getByRole("tab", { name: "Consent" }).click();
    const panel = actions(page).getByRole("tabpanel");
    await panel.getByLabel("Channel").selectOption("email");
    // The form proposes the opposite of the current state.
    await expect(panel.getByRole("radio", { name: "Customer gives consent" })).toBeChecked();
    await panel.getByLabel("How it was given").selectOption({ label: "Email" });
    const reason = `Customer emailed: "Yes please, send me news about new coffees." (${Date.now()})`;
    await panel.getByLabel("Reason or customer's words").fill(reason);
    await panel.getByRole("button", { name: "Record consent" }).click();

    await expect(panel.getByRole("status")).toHaveText("Consent recorded.");
    await expect(emailRow).toContainText("Consented");
    await expect(emailRow).not.toContainText("No consent");
    await expect(emailRow).toContainText("email, ");
    const entry = timelineEntries(page).first();
    await expect(entry).toContainText("Consent");
    await expect(entry).toContainText("Email marketing consent given (email)");
    await expect(entry).toContainText(reason);

    await page.reload();
    await expect(emailRow).toContainText("Consented");
    await expect(timelineEntries(page).filter({ hasText: reason })).toHaveCount(1);

    // And back again: withdrawing flips the badge the other way.
    await actions(page).getByRole("tab", { name: "Consent" }).click();
    await panel.getByLabel("Channel").selectOption("email");
    await expect(panel.getByRole("radio", { name: "Customer withdraws or refuses consent" })).toBeChecked();
    await panel.getByLabel("How it was given").selectOption({ label: "Phone call" });
    await panel.getByLabel("Reason or customer's words").fill("Customer phoned: please stop the emails.");
    await panel.getByRole("button", { name: "Record consent" }).click();
    await expect(emailRow).toContainText("No consent");
    await expect(timelineEntries(page).first()).toContainText(
      "Email marketing consent withdrawn (phone call)",
    );
  });

  test("complete a task", async ({ page }) => {
    const withTask = only(
      generateDemoDataset().customers.filter((c) =>
        c.interactions.some((i) => i.kind === "task" && !i.doneAt && i.subject),
      ),
      "customer with an open task",
    );
    const task = withTask.interactions.find((i) => i.kind === "task" && !i.doneAt && i.subject)!;
    await openRecord(page, withTask.ref);

    const entry = timelineEntries(page).filter({ hasText: task.subject! }).filter({ hasText: task.body });
    await expect(entry).toHaveCount(1);
    await expect(entry).toContainText(new RegExp(`Due ${UK_DATE.source}`));
    await entry.getByRole("button", { name: "Mark done" }).click();
    await expect(entry).toContainText(new RegExp(`Done ${UK_DATE.source}`));
    await expect(entry.getByRole("button", { name: "Mark done" })).toHaveCount(0);

    await page.reload();
    await expect(entry).toContainText(new RegExp(`Done ${UK_DATE.source}`));
    await expect(entry.getByRole("button", { name: "Mark done" })).toHaveCount(0);
  });

  test("create a follow-up task, then mark it done", async ({ page }) => {
    const ref = customers[5]!.ref;
    await openRecord(page, ref);
    const title = `E2E check the kettle arrived ${Date.now()}`;
    await actions(page).getByRole("tab", { name: "Task" }).click();
    const panel = actions(page).getByRole("tabpanel");
    await panel.getByLabel("Follow-up task").fill(title);
    await panel.getByLabel("Due in (days)").fill("3");
    await panel.getByRole("button", { name: "Create task" }).click();
    await expect(panel.getByRole("status")).toHaveText("Task created.");

    const entry = timelineEntries(page).filter({ hasText: title });
    await expect(entry).toHaveCount(1);
    await expect(entry).toContainText(/Due \d/);
    await entry.getByRole("button", { name: "Mark done" }).click();
    await expect(entry).toContainText(/Done \d/);
    await page.reload();
    await expect(entry).toContainText(/Done \d/);
  });

  test("an unknown customer reference shows an error, not a blank page", async ({ page }) => {
    await page.goto("/customers/CUS-9999");
    // A page that says what it is (an h1 and title), then why; nothing to retry for a customer who does not exist.
    await expect(page.getByRole("heading", { level: 1, name: "Customer not found" })).toBeVisible();
    await expect(page).toHaveTitle("Customer not found · Hearth & Bean CRM Trainer");
    const alert = page.getByRole("alert").filter({ hasText: "Something went wrong" });
    await expect(alert).toContainText(/CUS-9999/);
    await expect(alert.getByRole("button", { name: "Try again" })).toHaveCount(0);
  });
});

// ---------------------------------------------------------------------------------------- insights

async function openInsights(page: Page) {
  await page.goto("/insights");
  await expect(page.getByTestId("metric-nps")).toBeVisible({ timeout: PAGE_LOAD_TIMEOUT });
}

const METRICS: { key: string; title: RegExp; display: RegExp }[] = [
  { key: "nps", title: /Net Promoter Score/, display: /^(\+\d+|−\d+|0)$/ },
  { key: "csat", title: /CSAT/, display: /^\d+%$/ },
  { key: "ces", title: /CES/, display: /^\d+\.\d \/ 7$/ },
  { key: "fcr", title: /First-contact resolution/, display: /^\d+%$/ },
  { key: "repeat", title: /Repeat purchase/, display: /^\d+%$/ },
  { key: "retention", title: /Retention/, display: /^\d+(\.\d+)?%$/ },
  { key: "clv", title: /lifetime value/, display: /^£[\d,]+(\.\d{2})?$/ },
];

test.describe("insights", () => {
  test("metric cards show numbers and explain how they are calculated", async ({ page }) => {
    await openInsights(page);
    await expect(page.getByRole("heading", { level: 1, name: "Service insights" })).toBeVisible();
    for (const m of METRICS) {
      await test.step(m.key, async () => {
        const card = page.getByTestId(`metric-${m.key}`);
        await expect(card).toBeVisible();
        await expect(card.getByRole("heading", { level: 2 })).toHaveText(m.title);
        await expect(card.locator("p").first()).toHaveText(m.display);

        const details = card.locator("details");
        await expect(details).not.toHaveAttribute("open");
        const formula = details.locator("p").first();
        await expect(formula).toBeHidden();
        await card.getByText("How it is calculated").click();
        await expect(details).toHaveAttribute("open", "");
        await expect(formula).toBeVisible();
        await expect(formula).not.toBeEmpty();
        await expect(details.getByRole("listitem").first()).toBeVisible();
      });
    }
  });

  test("changing the period updates the date range and the figures", async ({ page }) => {
    await openInsights(page);
    const range = (months: number) =>
      `${formatUkDate(monthsBefore(AS_OF, months))} to ${formatUkDate(AS_OF)}`;
    await expect(page.getByText(range(12), { exact: true })).toBeVisible();
    const period = page.getByLabel("Period", { exact: true });
    await expect(period).toHaveValue("12m");
    const npsWorking12 = await page.getByTestId("metric-nps").locator("details").textContent();

    await period.selectOption({ label: "Last 3 months" });
    await expect(page.getByText(range(3), { exact: true })).toBeVisible();
    await expect(page.getByText(range(12), { exact: true })).toHaveCount(0);
    await expect(page.getByTestId("metric-nps").locator("details")).not.toHaveText(npsWorking12 ?? "");

    await period.selectOption({ label: "The 12 months before that" });
    await expect(
      page.getByText(`${formatUkDate(monthsBefore(AS_OF, 24))} to ${formatUkDate(monthsBefore(AS_OF, 12))}`, {
        exact: true,
      }),
    ).toBeVisible();
  });

  test("both charts render", async ({ page }) => {
    await openInsights(page);
    const npsChart = page.getByRole("img", { name: /Net Promoter Score .* each month/ });
    const revenueChart = page.getByRole("img", { name: /revenue in pounds/ });
    for (const chart of [npsChart, revenueChart]) {
      const svg = chart.locator(".recharts-wrapper > svg");
      await expect(svg).toBeVisible();
      const box = await svg.boundingBox();
      expect(box?.width ?? 0).toBeGreaterThan(200);
      expect(box?.height ?? 0).toBeGreaterThan(150);
    }
    // The legend is text a user has to read: it must meet 4.5:1 contrast on the white card.
    const legend = npsChart.locator(".recharts-legend-item-text");
    await expect(legend).toHaveText(["NPS", "NPS responses"]);
    const ratios = await legend.evaluateAll((els) => {
      // Paint the text's computed colour over white on a 1×1 canvas to get sRGB whatever the CSS colour syntax.
      const ctx = Object.assign(document.createElement("canvas"), { width: 1, height: 1 }).getContext("2d")!;
      const linear = (c: number) =>
        c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4;
      return els.map((el) => {
        let inner: Element = el;
        while (inner.firstElementChild) inner = inner.firstElementChild;
        ctx.fillStyle = "#ffffff";
        ctx.fillRect(0, 0, 1, 1);
        ctx.fillStyle = getComputedStyle(inner).color;
        ctx.fillRect(0, 0, 1, 1);
        const [r = 0, g = 0, b = 0] = ctx.getImageData(0, 0, 1, 1).data;
        const luminance = 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
        return 1.05 / (luminance + 0.05);
      });
    });
    for (const ratio of ratios) expect(ratio, "legend text contrast on white").toBeGreaterThanOrEqual(4.5);
    await expect(revenueChart.locator(".recharts-bar-rectangle").first()).toBeVisible();
    await expect(npsChart.locator(".recharts-line-curve")).toHaveCount(1);
    // Month labels along the bottom, in the app's "Nov 2025" style.
    await expect
      .poll(() =>
        revenueChart
          .locator(".recharts-cartesian-axis-tick-value")
          .filter({ hasText: /^[A-Z][a-z]{2,3} \d{4}$/ })
          .count(),
      )
      .toBeGreaterThan(0);
  });
});

// ---------------------------------------------------------------------------------------- accessibility

test.describe("accessibility (axe, WCAG 2.1 A/AA)", () => {
  test("home", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoSeriousA11yViolations(page, "the home page");
  });

  test("customer list, with and without filters", async ({ page }) => {
    await openCustomerList(page);
    await expectCount(page, TOTAL, false);
    await expectNoSeriousA11yViolations(page, "the customer list");
    await page.getByLabel("NPS category", { exact: true }).selectOption("detractor");
    await expectCount(page, customers.filter((c) => c.latestNps !== null && c.latestNps <= 6).length);
    await expectNoSeriousA11yViolations(page, "the filtered customer list");
  });

  test("customer record, with each action tab", async ({ page }) => {
    const rich = [...customers].sort((a, b) => b.orderCount - a.orderCount)[0]!;
    await openRecord(page, rich.ref);
    await page.locator("details summary").first().click(); // an order's items open
    await expectNoSeriousA11yViolations(page, "a customer record");
    for (const tab of ["Call", "Task", "Stage", "Consent"]) {
      await actions(page).getByRole("tab", { name: tab }).click();
      await expect(actions(page).getByRole("tab", { name: tab })).toHaveAttribute("aria-selected", "true");
      await expectNoSeriousA11yViolations(page, `the record's ${tab} form`);
    }
  });

  test("insights", async ({ page }) => {
    await openInsights(page);
    await expect(
      page
        .getByRole("img", { name: /revenue in pounds/ })
        .locator("svg")
        .first(),
    ).toBeVisible();
    await page.getByTestId("metric-nps").getByText("How it is calculated").click();
    await expectNoSeriousA11yViolations(page, "the insights page");
  });
});

// ---------------------------------------------------------------------------------------- keyboard

async function tabUntil(page: Page, isTarget: () => Promise<boolean>, maxPresses: number, what: string) {
  for (let i = 0; i < maxPresses; i++) {
    if (await isTarget()) return;
    await page.keyboard.press("Tab");
  }
  if (!(await isTarget())) throw new Error(`${what} was not reached with ${maxPresses} presses of Tab`);
}

test.describe("keyboard", () => {
  test("the list's search and filters are reachable and operable by keyboard", async ({ page }) => {
    await openCustomerList(page);
    await expectCount(page, TOTAL, false);
    const search = page.getByRole("searchbox", { name: "Search" });
    await tabUntil(page, () => search.evaluate((el) => el === document.activeElement), 30, "The search box");

    const target = customers[7]!;
    await page.keyboard.type(target.lastName);
    await expectCount(page, customers.filter((c) => matchesSearch(c, target.lastName)).length);
    await page.keyboard.press("Control+A");
    await page.keyboard.press("Backspace");
    await expectCount(page, TOTAL, false);

    // Tab walks through the five filters in order.
    const labels = ["Lifecycle stage", "Last order", "Total spend", "NPS category", "Marketing consent"];
    for (const label of labels) {
      await page.keyboard.press("Tab");
      await expect(page.getByLabel(label, { exact: true })).toBeFocused();
    }
    // Back to the stage filter and change it with the arrow keys alone.
    for (let i = 1; i < labels.length; i++) await page.keyboard.press("Shift+Tab");
    const stage = page.getByLabel("Lifecycle stage", { exact: true });
    await expect(stage).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await expect(stage).toHaveValue("onboarding");
    await expectCount(page, customers.filter((c) => c.stage === "onboarding").length);
    for (const row of await visibleRows(page)) expect(row.stage).toBe("Onboarding");

    // Sort from the keyboard: reach the "Total spend" column button and press Enter.
    const spendSort = page.getByRole("columnheader", { name: "Total spend" }).getByRole("button");
    await tabUntil(
      page,
      () => spendSort.evaluate((el) => el === document.activeElement),
      20,
      "The Total spend sort button",
    );
    await page.keyboard.press("Enter");
    await expect(page.getByRole("columnheader", { name: "Total spend" })).toHaveAttribute(
      "aria-sort",
      "descending",
    );
  });

  test("the record's action tabs are reachable and operable by keyboard", async ({ page }) => {
    await openRecord(page, customers[1]!.ref);
    const tabs = actions(page).getByRole("tab");
    await expect(tabs).toHaveText(["Note", "Call", "Task", "Stage", "Consent"]);
    const noteTab = actions(page).getByRole("tab", { name: "Note" });
    await tabUntil(page, () => noteTab.evaluate((el) => el === document.activeElement), 200, "The Note tab");
    await expect(noteTab).toHaveAttribute("aria-selected", "true");

    // Arrow keys move along the tabs and select them (WAI-ARIA tabs pattern).
    await page.keyboard.press("ArrowRight");
    const callTab = actions(page).getByRole("tab", { name: "Call" });
    await expect(callTab).toBeFocused();
    await expect(callTab).toHaveAttribute("aria-selected", "true");
    await expect(actions(page).getByRole("tabpanel")).toHaveAccessibleName("Call");
    await page.keyboard.press("End");
    const consentTab = actions(page).getByRole("tab", { name: "Consent" });
    await expect(consentTab).toBeFocused();
    await expect(consentTab).toHaveAttribute("aria-selected", "true");
    await page.keyboard.press("ArrowRight"); // wraps round
    await expect(noteTab).toBeFocused();
    await page.keyboard.press("ArrowLeft");
    await expect(consentTab).toBeFocused();

    // Tab leaves the tab list and goes into the open form; a consent change can be made by keyboard.
    await page.keyboard.press("Tab");
    const channel = actions(page).getByLabel("Channel");
    await expect(channel).toBeFocused();
    await page.keyboard.press("Tab");
    // Tab enters a radio group at its checked option.
    await expect(actions(page).getByRole("radio", { checked: true })).toBeFocused();
    await tabUntil(
      page,
      () =>
        actions(page)
          .getByLabel("Reason or customer's words")
          .evaluate((el) => el === document.activeElement),
      6,
      "The reason box",
    );
    await page.keyboard.type("Customer said on the phone they are happy to hear about offers.");
    await page.keyboard.press("Enter");
    await expect(actions(page).getByRole("status")).toHaveText("Consent recorded.");

    // Home jumps to the first tab; the tab list is one tab stop, so Tab goes straight into its form.
    await consentTab.focus();
    await page.keyboard.press("Home");
    await expect(noteTab).toHaveAttribute("aria-selected", "true");
    await page.keyboard.press("Tab");
    await expect(actions(page).getByRole("textbox", { name: "Note", exact: true })).toBeFocused();
  });
});

// ---------------------------------------------------------------------------------------- screenshots

const SHOTS_DIR = toolEnv().E2E_SHOTS_DIR;

/** Waits until no chart shape changes between two animation frames (Recharts animates bars in). */
async function chartsSettled(page: Page) {
  await expect
    .poll(
      () =>
        page.evaluate(
          () =>
            new Promise<boolean>((resolve) => {
              const shapes = () =>
                [...document.querySelectorAll(".recharts-surface path, .recharts-surface rect")]
                  .map(
                    (el) =>
                      `${el.getAttribute("d")}|${el.getAttribute("height")}|${el.getAttribute("width")}`,
                  )
                  .join(";");
              const before = shapes();
              requestAnimationFrame(() => requestAnimationFrame(() => resolve(shapes() === before)));
            }),
        ),
      { message: "charts should stop animating" },
    )
    .toBe(true);
}
const VIEWPORTS = [
  { name: "desktop", width: 1366, height: 900 },
  { name: "tablet", width: 820, height: 1180 },
];

test.describe("layout at desktop and tablet widths", () => {
  for (const vp of VIEWPORTS) {
    test(`${vp.name} ${vp.width}×${vp.height}: list, record and insights fit the width (screenshots in ${SHOTS_DIR})`, async ({
      page,
    }) => {
      fs.mkdirSync(SHOTS_DIR, { recursive: true });
      await page.setViewportSize({ width: vp.width, height: vp.height });
      const rich = [...customers].sort((a, b) => b.orderCount - a.orderCount)[0]!;
      const pages: { name: string; url: string; ready: () => Promise<void> }[] = [
        { name: "customers", url: "/customers", ready: () => expectCount(page, TOTAL, false) },
        {
          name: "record",
          url: `/customers/${rich.ref}`,
          ready: () => expect(page.getByRole("heading", { level: 1, name: rich.name })).toBeVisible(),
        },
        {
          name: "insights",
          url: "/insights",
          ready: () =>
            expect(
              page
                .getByRole("img", { name: /revenue in pounds/ })
                .locator(".recharts-bar-rectangle")
                .first(),
            ).toBeVisible(),
        },
      ];
      for (const p of pages) {
        await page.goto(p.url);
        await p.ready();
        await chartsSettled(page);
        await page.screenshot({
          path: path.join(SHOTS_DIR, `${p.name}-${vp.width}x${vp.height}.png`),
          fullPage: true,
        });
        await page.screenshot({ path: path.join(SHOTS_DIR, `${p.name}-${vp.width}x${vp.height}-top.png`) });
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `${p.name} should not scroll sideways at ${vp.width}px`).toBeLessThanOrEqual(0);
      }
    });
  }
});
