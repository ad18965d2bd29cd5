/**
 * Resolving a learner action against the state: every check that can refuse it (a typed
 * ScenarioDomainError), the summary a tutor reads, and the change to make once nothing can fail.
 * Remedies (refunds, replacements, repairs, goodwill, vouchers) have their own module, remedies.ts.
 */
import type { AttemptState, CaseState, CustomerState, LearnerEventPayload } from "./engine-types";
import { METRIC_NAMES } from "./learner-actions";
import type { LearnerAction, MessageChannel } from "./learner-actions";
import type { Person, Scenario } from "./scenario-schema";
import { fullName, requireCase, requireCustomer, requirePerson } from "./attempt-state";
import { resolveRemedy } from "./remedies";
import { conflict, invalid, notFound } from "./scenario-errors";

export interface Resolved {
  customer: CustomerState | null;
  /** message_person, or escalate with toRef: the person it goes to. */
  person: Person | null;
  caseRef: string | null;
  caseCategory: CaseState["category"] | null;
  remedy: LearnerEventPayload["remedy"] | null;
  dueInDays: number | null;
  summary: string;
  /** Applies the action's changes to the state; runs only after every check has passed. */
  commit: () => void;
}

/** Builds a Resolved without object spread (spread of a fresh literal is slow in V8's hot paths). */
function mk(p: Pick<Resolved, "customer" | "summary" | "commit"> & Partial<Resolved>): Resolved {
  return {
    customer: p.customer,
    person: p.person ?? null,
    caseRef: p.caseRef ?? null,
    caseCategory: p.caseCategory ?? null,
    remedy: p.remedy ?? null,
    dueInDays: p.dueInDays ?? null,
    summary: p.summary,
    commit: p.commit,
  };
}

/** The words of an action that are not a message (searched by criteria). */
export function actionText(a: LearnerAction): string {
  switch (a.type) {
    case "send_message":
      return `${a.subject ?? ""}\n${a.text}`;
    case "add_note":
      return a.text;
    case "log_call":
      return a.summary;
    case "open_case":
      return a.summary;
    case "update_case":
      return a.note ?? "";
    case "close_case":
      return a.resolution;
    case "issue_remedy":
      return a.note ?? "";
    case "create_task":
      return `${a.title}\n${a.note ?? ""}`;
    case "update_consent":
      return a.reason;
    case "update_preferences":
      return a.accessibilityNotes ?? "";
    case "escalate":
      return a.reason;
    case "verify_identity":
      return a.method;
    case "message_person":
      return a.text;
    case "answer_prompt":
      return a.text;
    case "make_recommendation":
      return `${METRIC_NAMES[a.metric]}\n${a.cause}\n${a.action}`;
    default:
      return "";
  }
}

const CHANNEL_WORDS: Record<MessageChannel, string> = {
  email: "an email",
  sms: "a text message",
  phone: "a phone call",
  chat: "a chat message",
  post: "a letter",
};

/** Checks an action against the state and says what it would change; throws ScenarioDomainError. */
export function resolve(
  scenario: Scenario,
  state: AttemptState,
  action: LearnerAction,
  t1: number,
  index: number,
): Resolved {
  switch (action.type) {
    case "send_message": {
      const c = requireCustomer(state, action.customerRef);
      if ((action.channel === "sms" || action.channel === "phone") && !c.phone) {
        throw invalid(
          "NO_CONTACT_DETAILS",
          `${fullName(c)} has no phone number on record, so you cannot use ${action.channel === "sms" ? "SMS" : "the phone"}.`,
        );
      }
      if (action.channel === "post" && !c.hasAddress) {
        throw invalid("NO_CONTACT_DETAILS", `${fullName(c)} has no postal address on record.`);
      }
      return mk({
        customer: c,
        summary:
          action.channel === "phone"
            ? `Phoned ${fullName(c)}`
            : `Sent ${CHANNEL_WORDS[action.channel]} to ${fullName(c)}`,
        commit: () => {
          c.messagesSent += 1;
        },
      });
    }
    case "view_record": {
      const c = requireCustomer(state, action.customerRef);
      return mk({
        customer: c,
        summary: `Viewed ${fullName(c)}'s record`,
        commit: () => void (c.viewed = true),
      });
    }
    case "add_note": {
      const c = requireCustomer(state, action.customerRef);
      return mk({ customer: c, summary: `Added a note to ${fullName(c)}'s record`, commit: () => {} });
    }
    case "log_call": {
      const c = requireCustomer(state, action.customerRef);
      const dir = action.direction ?? "outbound";
      return mk({
        customer: c,
        summary: dir === "inbound" ? `Logged a call from ${fullName(c)}` : `Logged a call to ${fullName(c)}`,
        commit: () => {},
      });
    }
    case "open_case": {
      const c = requireCustomer(state, action.customerRef);
      if (action.orderRef && !c.orders[action.orderRef]) {
        throw notFound("UNKNOWN_ORDER", `Order ${action.orderRef} is not on ${fullName(c)}'s record.`);
      }
      let n = state.nextCaseNumber;
      while (state.cases[`CASE-A${n}`]) n++;
      const ref = `CASE-A${n}`;
      return mk({
        customer: c,
        caseRef: ref,
        caseCategory: action.category,
        summary: `Opened case ${ref} (${action.category.replace(/_/g, " ")}) for ${fullName(c)}`,
        commit: () => {
          state.nextCaseNumber = n + 1;
          state.cases[ref] = {
            ref,
            customerRef: c.ref,
            orderRef: action.orderRef ?? null,
            category: action.category,
            status: "open",
            summary: action.summary,
            resolution: null,
            openedAtMinute: t1,
            closedAtMinute: null,
            openedByLearner: true,
          };
        },
      });
    }
    case "update_case": {
      const k = requireCase(state, action.caseRef);
      const c = requireCustomer(state, k.customerRef);
      if (action.status === "closed") {
        throw invalid("USE_CLOSE_CASE", `Use "Close case" to close ${k.ref}, so the resolution is recorded.`);
      }
      if (k.status === "closed" && action.status !== "open" && action.status !== "in_progress") {
        throw conflict(
          "CASE_ALREADY_CLOSED",
          `Case ${k.ref} is closed. Reopen it (status "open" or "in progress") before changing it.`,
        );
      }
      return mk({
        customer: c,
        caseRef: k.ref,
        caseCategory: k.category,
        summary: `Updated case ${k.ref} to "${action.status.replace(/_/g, " ")}"`,
        commit: () => {
          k.status = action.status;
          if (action.status === "open" || action.status === "in_progress") k.closedAtMinute = null;
        },
      });
    }
    case "close_case": {
      const k = requireCase(state, action.caseRef);
      const c = requireCustomer(state, k.customerRef);
      if (k.status === "closed") throw conflict("CASE_ALREADY_CLOSED", `Case ${k.ref} is already closed.`);
      return mk({
        customer: c,
        caseRef: k.ref,
        caseCategory: k.category,
        summary: `Closed case ${k.ref}`,
        commit: () => {
          k.status = "closed";
          k.resolution = action.resolution;
          k.closedAtMinute = t1;
        },
      });
    }
    case "issue_remedy":
      return resolveRemedy(scenario, state, action, t1, index);
    case "create_task": {
      const c = requireCustomer(state, action.customerRef);
      return mk({
        customer: c,
        dueInDays: action.dueInDays,
        summary: `Created a task for ${fullName(c)}: "${action.title}" (due in ${action.dueInDays} day${action.dueInDays === 1 ? "" : "s"})`,
        commit: () => {
          state.tasks.push({
            customerRef: c.ref,
            title: action.title,
            dueInDays: action.dueInDays,
            createdAtMinute: t1,
          });
        },
      });
    }
    case "change_stage": {
      const c = requireCustomer(state, action.customerRef);
      if (c.lifecycleStage === action.stage) {
        throw conflict("STAGE_UNCHANGED", `${fullName(c)} is already at the ${action.stage} stage.`);
      }
      const from = c.lifecycleStage;
      return mk({
        customer: c,
        summary: `Moved ${fullName(c)} from ${from} to ${action.stage}`,
        commit: () => void (c.lifecycleStage = action.stage),
      });
    }
    case "update_consent": {
      const c = requireCustomer(state, action.customerRef);
      return mk({
        customer: c,
        summary: `Recorded ${action.granted ? "consent" : "no consent"} to ${action.channel} marketing for ${fullName(c)}`,
        commit: () => {
          c.consents[action.channel] = {
            granted: action.granted,
            method: action.reason,
            changedAtMinute: t1,
          };
        },
      });
    }
    case "update_preferences": {
      const c = requireCustomer(state, action.customerRef);
      const parts: string[] = [];
      if (action.preferredChannel) parts.push(`preferred channel ${action.preferredChannel}`);
      if (action.accessibilityNotes !== undefined) parts.push("accessibility notes");
      return mk({
        customer: c,
        summary: `Updated ${fullName(c)}'s ${parts.join(" and ")}`,
        commit: () => {
          if (action.preferredChannel) c.preferredChannel = action.preferredChannel;
          if (action.accessibilityNotes !== undefined)
            c.accessibilityNotes = action.accessibilityNotes || null;
        },
      });
    }
    case "send_survey": {
      const c = requireCustomer(state, action.customerRef);
      return mk({
        customer: c,
        summary: `Sent a ${action.kind.toUpperCase()} survey to ${fullName(c)}`,
        commit: () => {},
      });
    }
    case "escalate": {
      const c = requireCustomer(state, action.customerRef);
      const k = action.caseRef ? requireCase(state, action.caseRef) : null;
      if (k && k.customerRef !== c.ref)
        throw notFound("UNKNOWN_CASE", `Case ${k.ref} is not on ${fullName(c)}'s record.`);
      if (k && k.status === "closed")
        throw conflict("CASE_ALREADY_CLOSED", `Case ${k.ref} is closed; reopen it before escalating.`);
      const to = action.toRef ? requirePerson(scenario, action.toRef) : null;
      if (to && !to.takesEscalations)
        throw invalid(
          "NOT_AN_ESCALATION_CONTACT",
          `${to.name} does not take escalations. Message them instead, or escalate to a team leader or manager.`,
        );
      return mk({
        customer: c,
        person: to,
        caseRef: k?.ref ?? null,
        caseCategory: k?.category ?? null,
        summary: `Escalated ${fullName(c)}${k ? ` (case ${k.ref})` : ""} to ${to ? `${to.name} (${roleName(to)})` : "a manager"}`,
        commit: () => {
          if (k) k.status = "escalated";
        },
      });
    }
    case "verify_identity": {
      const c = requireCustomer(state, action.customerRef);
      return mk({
        customer: c,
        summary: `Verified ${fullName(c)}'s identity`,
        commit: () => void (c.identityVerified = true),
      });
    }
    case "message_person": {
      const to = requirePerson(scenario, action.personRef);
      if ((action.channel === "review") !== (to.role === "public"))
        throw invalid(
          "INVALID_ACTION",
          to.role === "public"
            ? `${to.name} is a member of the public: reply to their review, or move to a private channel with the customer.`
            : `${to.name} is a colleague: use an internal message or the phone.`,
        );
      const k = action.caseRef ? requireCase(state, action.caseRef) : null;
      const c = action.customerRef
        ? requireCustomer(state, action.customerRef)
        : k
          ? requireCustomer(state, k.customerRef)
          : null;
      if (k && c && k.customerRef !== c.ref)
        throw notFound("UNKNOWN_CASE", `Case ${k.ref} is not on ${fullName(c)}'s record.`);
      const how =
        action.channel === "phone"
          ? `Phoned ${to.name}`
          : action.channel === "review"
            ? `Replied publicly to ${to.name}'s review`
            : `Sent an internal message to ${to.name}`;
      return mk({
        customer: c,
        person: to,
        caseRef: k?.ref ?? null,
        caseCategory: k?.category ?? null,
        summary: `${how} (${roleName(to)})${c ? ` about ${fullName(c)}` : ""}${k ? ` (case ${k.ref})` : ""}`,
        commit: () => {},
      });
    }
    case "answer_prompt": {
      const prompt = scenario.prompts.find((p) => p.id === action.promptId);
      if (!prompt)
        throw notFound("UNKNOWN_PROMPT", `There is no question "${action.promptId}" in this scenario.`);
      return mk({ customer: null, summary: `Answered: "${clip(prompt.question, 80)}"`, commit: () => {} });
    }
    case "make_recommendation":
      return mk({
        customer: null,
        summary: `Recommended a change from ${METRIC_NAMES[action.metric]}: ${clip(action.action, 80)}`,
        commit: () => {},
      });
    case "wait":
      return mk({
        customer: null,
        summary: `Waited ${action.minutes} minute${action.minutes === 1 ? "" : "s"} for replies`,
        commit: () => {},
      });
  }
}

const ROLE_NAMES: Record<Person["role"], string> = {
  warehouse: "warehouse",
  technical: "technical support",
  finance: "finance",
  team_leader: "team leader",
  manager: "manager",
  public: "member of the public",
};
export const roleName = (p: Person) => p.team ?? ROLE_NAMES[p.role];

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
