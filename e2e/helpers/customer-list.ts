/** Reading the customer list the way a user sees it: the count line and the visible table rows. */
import { expect, type Page } from "@playwright/test";

export interface VisibleRow {
  name: string;
  ref: string;
  email: string;
  postcode: string;
  lastOrder: string;
  orders: number;
  spendText: string;
  spendPence: number;
  npsText: string;
  stage: string;
  consent: string;
}

/** The "74 customers" / "12 customers match this filter" line above the table. */
export const countLine = (page: Page) => page.getByText(/^\d[\d,]* customers?\b/);

export const customerTable = (page: Page) => page.getByRole("table", { name: /^Customers, sorted by/ });

export const customerRows = (page: Page) => customerTable(page).locator("tbody").getByRole("row");

/** "£1,234.56" → 123456 */
export function parsePounds(text: string): number {
  const m = /^(−|-)?£([\d,]+)\.(\d{2})$/.exec(text.trim());
  if (!m) throw new Error(`Not an amount in pounds: "${text}"`);
  const pence = Number(m[2]!.replace(/,/g, "")) * 100 + Number(m[3]);
  return m[1] ? -pence : pence;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
/** A date as the app shows it: en-GB short month, which is "Sept" for September in current ICU. */
export const UK_DATE = /\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec) \d{4}/;
/** "5 Mar 2026" → midday UTC on that day (the app shows UK calendar dates). */
export function parseUkDate(text: string): Date {
  const m = /^(\d{1,2}) ([A-Z][a-z]{2,3}) (\d{4})$/.exec(text.trim());
  const month = m ? MONTHS.indexOf(m[2]!.slice(0, 3)) : -1;
  if (!m || month < 0) throw new Error(`Not a UK date: "${text}"`);
  return new Date(Date.UTC(Number(m[3]), month, Number(m[1]), 12));
}

/** Every visible row of the table, parsed from its cells' visible text. */
export async function visibleRows(page: Page): Promise<VisibleRow[]> {
  const cells = await customerRows(page).evaluateAll((rows) =>
    rows.map((r) => Array.from((r as HTMLTableRowElement).cells).map((c) => c.innerText.trim())),
  );
  return cells.map((c) => {
    const [nameLine = "", detailLine = ""] = (c[0] ?? "").split("\n").map((s) => s.trim());
    const [ref = "", email = "", postcode = ""] = detailLine.split(" · ");
    return {
      name: nameLine,
      ref,
      email,
      postcode,
      lastOrder: c[1] ?? "",
      orders: Number(c[2]),
      spendText: c[3] ?? "",
      spendPence: parsePounds(c[3] ?? ""),
      npsText: c[4] ?? "",
      stage: c[5] ?? "",
      consent: c[6] ?? "",
    };
  });
}

/** Waits until the list shows this count line (so the rows are the new result, not the previous one). */
export async function expectCount(page: Page, total: number, filtered: number | boolean = true) {
  const noun = total === 1 ? "customer" : "customers";
  const text = `${total.toLocaleString("en-GB")} ${noun}`;
  const suffix =
    filtered === false || filtered === 0
      ? ""
      : ` ${total === 1 ? "matches" : "match"} ${filtered === true || filtered === 1 ? "this filter" : "these filters"}`;
  await expect(countLine(page)).toHaveText(text + suffix);
  // Rows are rendered in the same update as the count; also wait for the fetch to settle.
  await expect(customerTable(page).locator("tbody.opacity-70")).toHaveCount(0);
}

/** First paint of a page needs hydration plus a query; allow for a busy shared test machine. */
export const PAGE_LOAD_TIMEOUT = 30_000;

export async function openCustomerList(page: Page, query = "") {
  await page.goto(`/customers${query}`);
  await expect(countLine(page)).toBeVisible({ timeout: PAGE_LOAD_TIMEOUT });
}
