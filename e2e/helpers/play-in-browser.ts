/**
 * Plays learner actions (the playthrough format, i.e. the tRPC `LearnerAction` shape) through the
 * attempt workspace the way a learner would: opening records from the "Contacting us" chips or the
 * "All customers" list and its search, typing replies into the reply box and filling in the labelled
 * CRM action forms. Every step waits until the workspace's "Your actions (n)" count shows the action
 * was stored, so the recorded attempt is the same sequence the playthrough file describes (plus the
 * view_record the workspace records by itself when it first opens a record).
 */
import { expect, type Locator, type Page, type Response } from "@playwright/test";
import type { LearnerAction } from "../../server/core/scenarios/learner-actions";
import { customerName, type ScenarioFile } from "./scenario-files";

type Of<T extends LearnerAction["type"]> = Extract<LearnerAction, { type: T }>;

/** The label of each tab in the "CRM actions" card, by action type. */
const ACTION_TAB: Partial<Record<LearnerAction["type"], string>> = {
  add_note: "Add note",
  log_call: "Log call",
  open_case: "Open case",
  update_case: "Update case",
  close_case: "Update case",
  issue_remedy: "Issue remedy",
  create_task: "Follow-up task",
  change_stage: "Lifecycle stage",
  update_consent: "Consent",
  update_preferences: "Preferences",
  send_survey: "Send survey",
  escalate: "Escalate",
  verify_identity: "Verify identity",
};

export const conversation = (page: Page) => page.getByRole("complementary", { name: "Conversation" });
export const actionsHeading = (page: Page) => page.getByRole("heading", { name: /^Your actions \(\d+\)$/ });
export const messagesList = (page: Page) => conversation(page).getByRole("list", { name: "Messages" });

/** The number in the "Your actions (n)" heading. */
export async function actionCount(page: Page): Promise<number> {
  const text = (await actionsHeading(page).textContent()) ?? "";
  const m = /\((\d+)\)/.exec(text);
  if (!m) throw new Error(`No action count in "${text}"`);
  return Number(m[1]);
}

/** Waits until the workspace shows `n` stored actions; an error the workspace shows fails at once. */
export async function expectActionCount(page: Page, n: number) {
  // Errors the workspace shows (not Next's empty route announcer, which also has role="alert").
  const alert = page.locator('[role="alert"]:not(#__next-route-announcer__)').filter({ hasText: /\S/ });
  await expect
    .poll(
      async () => {
        if (await alert.first().isVisible()) return `error shown: ${await alert.first().textContent()}`;
        return actionCount(page);
      },
      {
        message: `the workspace should show ${n} stored actions`,
        timeout: 15_000,
        intervals: [50, 100, 200, 250],
      },
    )
    .toBe(n);
}

/** Submits the attempt through the confirmation dialog and waits for its report to show a band. */
/**
 * From a scenario's brief page, practise on your own as a new learner (no classroom); waits for the
 * workspace's clock and returns the attempt id.
 */
export async function startPractice(page: Page, scenarioId: string, displayName = "Sam"): Promise<number> {
  await page.goto(`/scenarios/${scenarioId}`);
  await page.getByLabel("Your display name").fill(displayName);
  await page.getByRole("button", { name: "Practise on my own" }).click();
  await page.waitForURL(/\/attempts\/\d+$/);
  await expect(page.getByTestId("sim-clock")).toBeVisible();
  return Number(/\/attempts\/(\d+)$/.exec(page.url())![1]);
}

/** How the report writes each criterion status. */
export const STATUS_TEXT = { met: "Met", partly: "Partly met", not_met: "Not met" } as const;

export async function submitForMarking(page: Page, attemptId: number) {
  await page.getByRole("button", { name: "Submit for marking" }).click();
  await page
    .getByRole("alertdialog", { name: "Confirm submission" })
    .getByRole("button", { name: "Yes, submit" })
    .click();
  await page.waitForURL(new RegExp(`/attempts/${attemptId}/report$`));
  await expect(page.getByTestId("report-band")).toBeVisible();
}

export class BrowserPlayer {
  /** The customer whose record is open in the workspace, if any. */
  private current: string | null = null;
  private readonly viewed = new Set<string>();
  /** CASE-A1, CASE-A2… belong to the customers the cases were opened for, in order. */
  private readonly caseOwner = new Map<string, string>();
  private count = 0;

  constructor(
    readonly page: Page,
    readonly scenario: ScenarioFile,
  ) {}

  /**
   * Call once the workspace is open (and again after a reload). The workspace opens the first
   * customer who contacted us by itself and records that view; this waits for it.
   */
  async begin() {
    const page = this.page;
    await expect(page.getByTestId("sim-clock")).toBeVisible();
    await expect(actionsHeading(page)).toBeVisible();
    const header = page.getByText(/^\S+ · Customer since /);
    const listTab = page.getByRole("tab", { name: "All customers" });
    await expect(header.or(page.getByRole("search", { name: "Search and filter customers" }))).toBeVisible();
    if ((await listTab.getAttribute("aria-selected")) === "true") {
      this.current = null;
    } else {
      const ref = /^(\S+) · /.exec((await header.textContent()) ?? "")![1]!;
      this.current = ref;
      if (!this.viewed.has(ref)) {
        // The automatic view_record is sent once the record has loaded.
        await expect
          .poll(() => actionCount(page), { message: `the workspace records the view of ${ref}` })
          .toBeGreaterThan(0);
        this.viewed.add(ref);
      }
    }
    this.count = await actionCount(page);
  }

  /** The number of actions stored so far, as the workspace shows it. */
  get actionsSoFar() {
    return this.count;
  }

  private async stored() {
    this.count += 1;
    await expectActionCount(this.page, this.count);
  }

  /** Opens a customer's record: from the "Contacting us" chips, or by searching the customer list. */
  async openRecord(ref: string) {
    const page = this.page;
    const name = customerName(this.scenario, ref);
    const recordTab = page.getByRole("tab", { name: /^Record: / });
    const header = page.getByText(`${ref} · Customer since`, { exact: false });
    if (
      this.current === ref &&
      (await recordTab.count()) > 0 &&
      (await recordTab.getAttribute("aria-selected")) === "true" &&
      (await header.isVisible())
    )
      return;

    const chip = page
      .getByRole("button", { name, exact: true })
      .and(page.locator("span:has-text('Contacting us') > button"));
    if (await chip.count()) {
      await chip.click();
    } else {
      await page.getByRole("tab", { name: "All customers" }).click();
      const search = page.getByRole("searchbox", { name: "Search" });
      await search.fill(ref);
      await search.press("Enter");
      const table = page.getByRole("table", { name: /^Customers, sorted by/ });
      const row = table.getByRole("row").filter({ hasText: ref });
      await expect(row).toHaveCount(1);
      await row.getByRole("button", { name, exact: true }).click();
    }
    await expect(page.getByRole("tab", { name: `Record: ${name}` })).toHaveAttribute("aria-selected", "true");
    await expect(header).toBeVisible();
    this.current = ref;
    if (!this.viewed.has(ref)) {
      this.viewed.add(ref);
      await this.stored();
    }
  }

  private async actionPanel(type: LearnerAction["type"]): Promise<Locator> {
    const label = ACTION_TAB[type];
    if (!label) throw new Error(`No CRM action form for ${type}`);
    const page = this.page;
    await page
      .getByRole("tablist", { name: "Choose a CRM action" })
      .getByRole("tab", { name: label, exact: true })
      .click();
    const panel = page.getByRole("tabpanel", { name: label, exact: true });
    await expect(panel).toBeVisible();
    return panel;
  }

  /** Performs one learner action through the UI and waits until it is stored. */
  async perform(action: LearnerAction, options: { reloadOnAcknowledgement?: boolean } = {}) {
    const page = this.page;
    const customerRef =
      "customerRef" in action
        ? action.customerRef
        : this.caseOwner.get((action as { caseRef: string }).caseRef);
    if (customerRef) await this.openRecord(customerRef);
    if (action.type === "view_record") return;

    // Optionally reload the page as soon as the server has answered the action (before the
    // workspace refreshes), to show the action was stored before it was acknowledged.
    const acknowledged = options.reloadOnAcknowledgement
      ? page.waitForResponse(
          (r) =>
            r.url().includes("/api/trpc/") &&
            r.url().includes("attempts.act") &&
            r.request().method() === "POST",
        )
      : null;
    const stored = acknowledged ? this.storedAfterReload(acknowledged) : null;

    switch (action.type) {
      case "send_message":
        await this.sendMessage(action, stored);
        break;
      case "add_note": {
        const panel = await this.actionPanel(action.type);
        await panel.getByLabel("Note", { exact: true }).fill(action.text);
        await this.click(panel, "Add note", stored);
        break;
      }
      case "log_call": {
        const panel = await this.actionPanel(action.type);
        await panel.getByLabel("Direction").selectOption(action.direction ?? "outbound");
        await panel.getByLabel("Call summary").fill(action.summary);
        await this.click(panel, "Log call", stored);
        break;
      }
      case "open_case": {
        const panel = await this.actionPanel(action.type);
        await panel.getByLabel("Category").selectOption(action.category);
        await panel.getByLabel("Order", { exact: true }).selectOption(action.orderRef ?? "");
        await panel.getByLabel("Case summary").fill(action.summary);
        this.caseOwner.set(`CASE-A${this.caseOwner.size + 1}`, action.customerRef);
        await this.click(panel, "Open case", stored);
        break;
      }
      case "update_case":
      case "close_case": {
        const panel = await this.actionPanel(action.type);
        await panel.getByLabel("Case", { exact: true }).selectOption(action.caseRef);
        if (action.type === "close_case") {
          await panel.getByLabel("What to do").selectOption("close");
          await panel.getByLabel("Resolution").fill(action.resolution);
          await this.click(panel, "Close case", stored);
        } else {
          await panel.getByLabel("What to do").selectOption("status");
          await panel.getByLabel("New status").selectOption(action.status);
          await panel.getByLabel("Note (optional)").fill(action.note ?? "");
          await this.click(panel, "Update case", stored);
        }
        break;
      }
      case "issue_remedy":
        await this.issueRemedy(action, stored);
        break;
      case "create_task": {
        const panel = await this.actionPanel(action.type);
        await panel.getByLabel("Task", { exact: true }).fill(action.title);
        await panel.getByLabel("Due in (days)").fill(String(action.dueInDays));
        if (action.note) await panel.getByLabel("Task note (optional)").fill(action.note);
        await this.click(panel, "Create task", stored);
        break;
      }
      case "change_stage": {
        const panel = await this.actionPanel(action.type);
        await panel.getByLabel("Lifecycle stage").selectOption(action.stage);
        await this.click(panel, "Change stage", stored);
        break;
      }
      case "update_consent": {
        const panel = await this.actionPanel(action.type);
        await panel.getByLabel("Channel", { exact: true }).selectOption(action.channel);
        await panel
          .getByRole("radio", {
            name: action.granted ? "Customer gives consent" : "Customer refuses or withdraws consent",
          })
          .check();
        await panel.getByLabel("Reason or customer's words").fill(action.reason);
        await this.click(panel, "Record consent", stored);
        break;
      }
      case "update_preferences": {
        const panel = await this.actionPanel(action.type);
        if (action.preferredChannel)
          await panel.getByLabel("Preferred channel").selectOption(action.preferredChannel);
        if (action.accessibilityNotes !== undefined)
          await panel.getByLabel("Accessibility and preference notes").fill(action.accessibilityNotes);
        await this.click(panel, "Save preferences", stored);
        break;
      }
      case "send_survey": {
        const panel = await this.actionPanel(action.type);
        await panel.getByLabel("Survey").selectOption(action.kind);
        await this.click(panel, "Send survey", stored);
        break;
      }
      case "escalate": {
        const panel = await this.actionPanel(action.type);
        if (action.caseRef) await panel.getByLabel("Case", { exact: true }).selectOption(action.caseRef);
        await panel.getByLabel("Why it needs a manager").fill(action.reason);
        await this.click(panel, "Escalate to a manager", stored);
        break;
      }
      case "verify_identity": {
        const panel = await this.actionPanel(action.type);
        await panel.getByLabel("How you verified them").fill(action.method);
        await this.click(panel, "Record identity check", stored);
        break;
      }
      default:
        throw new Error(`No UI steps for action ${(action as LearnerAction).type}`);
    }
  }

  /** Plays a list of actions in order. */
  async playAll(actions: LearnerAction[]) {
    for (const action of actions) await this.perform(action);
  }

  private async click(panel: Locator, label: string, stored: (() => Promise<void>) | null) {
    await panel.getByRole("button", { name: label, exact: true }).click();
    if (stored) await stored();
    else await this.stored();
  }

  /** Waits for the server's answer, reloads at once, and checks the action is there after the reload. */
  private storedAfterReload(acknowledged: Promise<Response>) {
    return async () => {
      const response = await acknowledged;
      await response.finished();
      expect(response.ok(), "the action is acknowledged").toBe(true);
      const expected = this.count + 1;
      await this.page.reload();
      this.current = null;
      await this.begin();
      expect(this.count, "after a reload the acknowledged action is still there").toBe(expected);
    };
  }

  private async sendMessage(action: Of<"send_message">, stored: (() => Promise<void>) | null) {
    const conv = conversation(this.page);
    const name = customerName(this.scenario, action.customerRef);
    await expect(conv.getByRole("heading", { name: `Conversation with ${name}` })).toBeVisible();
    const subject = conv.getByLabel("Subject", { exact: true });
    // On the phone the learner types what they say on the call: no subject, and its own wording.
    const onCall = action.channel === "phone";
    const reply = conv.getByLabel(onCall ? `What you say to ${name} on the call` : `Your reply to ${name}`);
    await conv.getByLabel("Channel", { exact: true }).selectOption(action.channel);
    await reply.fill(action.text);
    if (action.channel === "email" || action.channel === "post") {
      // The reply box pre-fills the subject from the customer's last message; make sure ours stands.
      await expect(async () => {
        await subject.fill(action.subject ?? "");
        await expect(subject).toHaveValue(action.subject ?? "", { timeout: 500 });
      }).toPass({ timeout: 5_000 });
    } else {
      expect(action.subject, "only an email or a letter has a subject").toBeUndefined();
      await expect(subject).toHaveCount(0);
    }
    await conv.getByRole("button", { name: onCall ? "Say it on the call" : "Send reply" }).click();
    if (stored) await stored();
    else {
      await this.stored();
      await expect(reply).toHaveValue("");
    }
  }

  private async issueRemedy(action: Of<"issue_remedy">, stored: (() => Promise<void>) | null) {
    const panel = await this.actionPanel(action.type);
    await panel.getByLabel("Order", { exact: true }).selectOption(action.orderRef);
    if (action.sku) await panel.getByLabel("Item", { exact: true }).selectOption(action.sku);
    await panel.getByLabel("Remedy", { exact: true }).selectOption(action.kind);
    const amount = panel.getByLabel("Amount (£)");
    if (await amount.count()) {
      let pence = action.amountPence;
      if (pence === undefined) {
        // A refund with no amount is a full refund of the item: the form asks for it, so type the
        // item price it shows.
        const hint = await panel.getByText(/^Item price £/).textContent();
        pence = Math.round(Number(/£([\d,]+\.\d{2})/.exec(hint ?? "")![1]!.replace(/,/g, "")) * 100);
      }
      await amount.fill((pence / 100).toFixed(2));
    }
    if (action.note) await panel.getByLabel("Note (optional)").fill(action.note);
    await this.click(panel, "Issue remedy", stored);
  }
}
