/**
 * A learner's escalation from the workspace's CRM actions, as the lesson specs take it. One place for the
 * steps, so a change to the Escalate form is mended once.
 */
import type { Page } from "@playwright/test";

/** Opens the "Escalate" CRM action tab (by pointer) and returns its panel. */
export async function openEscalateTab(page: Page) {
  await page
    .getByRole("tablist", { name: "Choose a CRM action" })
    .getByRole("tab", { name: "Escalate" })
    .click();
  return page.getByRole("tabpanel", { name: "Escalate" });
}

/** Why Aisha Bello's lost parcel (internal-customer-lost-parcel) needs the team leader. */
export const LOST_PARCEL_ESCALATION =
  "The courier lost ORD-61011; it is a birthday present for Saturday. Next-day on the re-send, please?";

/**
 * In the internal-customer scenario, escalates Aisha Bello's case to Leanne Shaw, the customer service
 * team leader, with `reason` (the lost parcel's, unless given). Returns the Escalate panel.
 */
export async function escalateToLeanne(page: Page, reason = LOST_PARCEL_ESCALATION) {
  const escalate = await openEscalateTab(page);
  await escalate
    .getByLabel("Escalate to")
    .selectOption({ label: "Leanne Shaw (Customer service team leader)" });
  await escalate.getByLabel("Why it needs Leanne Shaw").fill(reason);
  await escalate.getByRole("button", { name: "Escalate to Leanne Shaw" }).click();
  return escalate;
}
