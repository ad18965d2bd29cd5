/**
 * What every criterion's result is made of: its status, points and evidence (the learner's exact
 * words and matched spans, or the action or record), and the evaluation context the criteria share.
 */
import { LABEL_NAMES } from "../analysis";
import { formatPence } from "../money";
import type { ActionRecord, AttemptState } from "./engine-types";
import { METRIC_NAMES } from "./learner-actions";
import { formatSimClock } from "./attempt-state";
import { messageKey } from "./message-reading";
import { shuffledCopies } from "./templates";
import type { Criterion, CriterionMatch, Frameworks, Band, Scenario } from "./scenario-schema";

export type CriterionStatus = "met" | "partly" | "not_met";

export type Evidence = {
  /** The stored event this evidence comes from (null for "nothing happened" or final-state evidence). */
  seq: number | null;
  simMinute: number | null;
  clock: string | null;
  kind: "message" | "action" | "customer" | "state" | "timing" | "absence";
  summary: string;
  /** The learner's exact words (messages, notes, resolutions). */
  text?: string;
  /** Labelled spans of `text` that the criterion looked for. */
  spans?: { label: string; start: number; end: number; text: string }[];
};

export type CriterionResult = {
  id: string;
  title: string;
  kind: Criterion["kind"];
  frameworks: Frameworks;
  weight: number;
  status: CriterionStatus;
  points: number;
  /** Machine-written explanation of what was found. */
  detail: string;
  evidence: Evidence[];
  feedback: string;
  capBandIfNotMet: Band | null;
  /**
   * A reasoning prompt's answer that a tutor has not yet marked: shown as "awaiting the tutor" and
   * left out of the total until then (scoring.ts). `hints` are what the engine found automatically.
   */
  awaitingTutor?: boolean;
  hints?: { id: string; note: string; found: boolean; text?: string }[];
  /**
   * Not met because the learner never did the work it judges (a "did not do X" gate with nobody
   * written to): shown as "not attempted", since "not met" beside "disclosed nothing" reads as if the
   * learner had done the thing. Scored exactly as not met.
   */
  notAttempted?: boolean;
  /** Set when a tutor has overridden the mark. */
  originalStatus?: CriterionStatus;
  override?: { newStatus: CriterionStatus; comment: string };
};

export const pointsFor = (status: CriterionStatus, weight: number) =>
  status === "met" ? weight : status === "partly" ? weight / 2 : 0;

// ----------------------------------------------------------------------------- evaluation ctx

export class Ctx {
  readonly messagesByCustomer = new Map<string, ActionRecord[]>();
  readonly allMessages: ActionRecord[] = [];
  /** Messages written for another customer and sent to the wrong one (workspace-disclosure.ts). */
  readonly misdirected: ActionRecord[] = [];
  constructor(
    readonly scenario: Scenario,
    readonly state: AttemptState,
  ) {
    for (const r of state.log) {
      if (r.action.type !== "send_message" || !r.customerRef) continue;
      // Someone else's reply in this customer's inbox is not a reply to them: it earns them nothing.
      if (r.misdirectedTo) {
        this.misdirected.push(r);
        continue;
      }
      this.allMessages.push(r);
      const list = this.messagesByCustomer.get(r.customerRef);
      if (list) list.push(r);
      else this.messagesByCustomer.set(r.customerRef, [r]);
    }
  }
  /** Does this action earn credit? Not a message written for someone else (it is still read for harm). */
  readonly creditable = (r: ActionRecord): boolean => !r.misdirectedTo;
  /**
   * "; message 1 to Ravi Mistry was written for Joanne Price" for the misdirected messages to these
   * customers (all customers when none are named), or "".
   */
  misdirectedNote(refs?: readonly string[]): string {
    const wrong = this.misdirected.filter((r) => !refs?.length || refs.includes(r.customerRef ?? ""));
    return wrong.length
      ? `; ${wrong.map((r) => `${this.said(r)} was written for ${this.name(r.misdirectedTo)}`).join(", and ")}`
      : "";
  }
  /**
   * Why a criterion that needs the learner to have engaged gives nothing: they never wrote to these
   * customers (all customers when none are named), or only sent them replies written for someone
   * else. `then` continues the sentence.
   */
  nothingToCredit(refs?: readonly string[], then = ""): string {
    const who = refs?.length ? [...new Set(refs)].map((r) => this.name(r)).join(", ") : "any customer";
    const wrong = this.misdirectedNote(refs);
    return `Nothing to credit: you never wrote to ${who}${wrong ? ` about their own case${wrong}` : ""}${then}.`;
  }
  /**
   * Where words were said, as a report reads it: "message 2 to Priya Shah", or on the phone "what you
   * said to Linda Okafor on the call (turn 1)" (a call has turns, not messages). `short` drops the name.
   */
  said(r: ActionRecord, short = false): string {
    const phone = r.action.type === "send_message" && r.action.channel === "phone";
    const n = r.messageNumber ?? "?";
    if (phone)
      return short
        ? `what you said on the call (turn ${n})`
        : `what you said to ${this.name(r.customerRef)} on the call (turn ${n})`;
    return short ? `message ${n}` : `message ${n} to ${this.name(r.customerRef)}`;
  }
  name(ref: string | null): string {
    const c = ref ? this.state.customers[ref] : undefined;
    return c ? `${c.firstName} ${c.lastName}` : (ref ?? "the customer");
  }
  clock(minute: number): string {
    return formatSimClock(this.scenario, minute);
  }
  messagesTo(ref: string | undefined): ActionRecord[] {
    return ref ? (this.messagesByCustomer.get(ref) ?? []) : this.allMessages;
  }
  /** Index of the learner action during which the customer's rule fired, or null. */
  firedAt(ref: string | undefined, ruleId: string | undefined): number | null {
    if (!ref || !ruleId) return null;
    return this.state.contacts[ref]?.fired[ruleId] ?? null;
  }
  private templates: Set<number> | null = null;
  /**
   * Is this message one of two or more near-identical messages (to anyone)? Unlike the runtime's
   * `templateOf`, this also marks the FIRST copy: scoring sees the whole attempt.
   */
  readonly isTemplate = (r: ActionRecord): boolean => {
    if (!this.templates) {
      this.templates = new Set();
      for (const m of this.allMessages) {
        if (m.templateOf === null) continue;
        const o = this.state.log[m.templateOf];
        // A reply written for one customer and pasted to another gives the second one the first one's
        // personal data (`leaks`): a breach that confidentiality marks, not a mail-merge. The copy is
        // the template, not the reply to the person it was written for (red-team round 12 B,
        // dp-r12-helen-reply-pasted-to-liam).
        if (o && pastedFrom(m, o)) {
          this.templates.add(m.index);
          continue;
        }
        if (o && pastedFrom(o, m)) {
          this.templates.add(o.index);
          continue;
        }
        this.templates.add(m.index);
        this.templates.add(m.templateOf);
      }
      // One stock letter reshuffled for three or more customers (templates.ts `shuffledCopies`).
      const keyed = this.allMessages.flatMap((m) => {
        const key = m.customerRef ? messageKey(this.scenario, m) : null;
        return key && m.customerRef ? [{ ref: m.customerRef, key, m }] : [];
      });
      for (const i of shuffledCopies(keyed)) this.templates.add(keyed[i]!.m.index);
    }
    return this.templates.has(r.index) && !writtenForItsCase(r);
  };
  /**
   * Did the learner actually engage with any of these customers: send them a message, or reply in
   * public to a review they wrote? A public reply is contact with that customer (issue 12: the review
   * scenario's "did not do X" criteria credited nobody whose only contact was the public reply).
   */
  engaged(refs: readonly string[] | undefined): boolean {
    return refs && refs.length
      ? refs.some((ref) => this.messagesTo(ref).length > 0 || this.repliedPubliclyTo(ref))
      : this.allMessages.length > 0 || this.publicReplies().length > 0;
  }
  /** Messages to a member of the public (a reply to their review). */
  private publicReplies(): ActionRecord[] {
    return this.state.log.filter((r) => r.action.type === "message_person" && r.personRole === "public");
  }
  /** A public reply about this customer, or to a reviewer whose review is theirs. */
  private repliedPubliclyTo(ref: string): boolean {
    return this.publicReplies().some(
      (r) =>
        r.customerRef === ref ||
        this.scenario.people.some(
          (p) => p.ref === r.personRef && p.opening.some((o) => o.customerRef === ref),
        ),
    );
  }
}

export function messageEvidence(
  ctx: Ctx,
  r: ActionRecord,
  labels?: readonly string[],
  note?: string,
): Evidence {
  const a = r.action;
  const text = a.type === "send_message" ? a.text : undefined;
  const spans = (r.analysis?.spans ?? []).filter((s) => !labels || labels.includes(s.label));
  const channel = a.type === "send_message" ? a.channel : "";
  const ev: Evidence = {
    seq: r.seq,
    simMinute: r.simMinute,
    clock: ctx.clock(r.simMinute),
    kind: "message",
    // On the phone the words were said on a call, and the report reads them as one.
    summary: `${note ? `${note}: ` : ""}${
      channel === "phone"
        ? `what you said to ${ctx.name(r.customerRef)} on the call (turn ${r.messageNumber ?? "?"})`
        : `message ${r.messageNumber ?? "?"} to ${ctx.name(r.customerRef)} (${channel})`
    } at ${ctx.clock(r.simMinute)}${
      r.analysis && r.analysis.labels.length ? ` — found: ${r.analysis.labels.map(labelName).join(", ")}` : ""
    }${
      // Which of the recipient's declared obstructions the words match, so a tutor reading a failed
      // legal gate sees what was found, not only the whole message.
      r.obstructs?.length ? ` — obstructs their right: ${r.obstructs.join(", ")}` : ""
    }`,
  };
  if (text !== undefined) ev.text = text;
  if (spans.length) ev.spans = spans;
  return ev;
}

export function actionEvidence(ctx: Ctx, r: ActionRecord, note?: string): Evidence {
  if (r.action.type === "send_message") return messageEvidence(ctx, r, undefined, note);
  const a = r.action;
  let text: string | undefined;
  let summary = `${describeAction(ctx, r)} at ${ctx.clock(r.simMinute)}`;
  switch (a.type) {
    case "add_note":
      text = a.text;
      break;
    case "log_call":
      text = a.summary;
      break;
    case "open_case":
      text = a.summary;
      break;
    case "close_case":
      text = a.resolution;
      break;
    case "escalate":
      text = a.reason;
      break;
    case "message_person":
    case "answer_prompt":
      text = a.text;
      break;
    case "make_recommendation":
      text = `Cause: ${a.cause}\nAction: ${a.action}`;
      break;
    case "update_consent":
      text = a.reason;
      break;
    case "issue_remedy":
      if (r.remedy?.cra)
        summary += ` — Consumer Rights Act: ${r.remedy.cra.lawful ? "lawful" : "NOT a lawful remedy on its own"} (${r.remedy.cra.right})`;
      text = a.note;
      break;
    default:
      break;
  }
  const ev: Evidence = {
    seq: r.seq,
    simMinute: r.simMinute,
    clock: ctx.clock(r.simMinute),
    kind: "action",
    summary: note ? `${note}: ${summary}` : summary,
  };
  if (text) ev.text = text;
  return ev;
}

export function describeAction(ctx: Ctx, r: ActionRecord): string {
  const a = r.action;
  const who = ctx.name(r.customerRef);
  switch (a.type) {
    case "send_message":
      return `Message to ${who} (${a.channel})`;
    case "view_record":
      return `Viewed ${who}'s record`;
    case "add_note":
      return `Note on ${who}'s record`;
    case "log_call":
      return `Logged a${(a.direction ?? "outbound") === "inbound" ? "n inbound" : "n outbound"} call with ${who}`;
    case "open_case":
      return `Opened case ${r.caseRef ?? ""} (${a.category.replace(/_/g, " ")}) for ${who}`;
    case "update_case":
      return `Set case ${a.caseRef} to "${a.status.replace(/_/g, " ")}"`;
    case "close_case":
      return `Closed case ${a.caseRef}`;
    case "issue_remedy": {
      const amount = r.remedy && r.remedy.amountPence > 0 ? ` of ${formatPence(r.remedy.amountPence)}` : "";
      return `Issued a ${a.kind}${amount} on ${a.orderRef} for ${who}`;
    }
    case "create_task":
      return `Task for ${who}: "${a.title}", due in ${a.dueInDays} day${a.dueInDays === 1 ? "" : "s"}`;
    case "change_stage":
      return `Moved ${who} to the ${a.stage} stage`;
    case "update_consent":
      return `Recorded ${a.granted ? "consent" : "no consent"} to ${a.channel} marketing for ${who}`;
    case "update_preferences":
      return `Updated ${who}'s preferences${a.preferredChannel ? ` (preferred channel: ${a.preferredChannel})` : ""}${
        a.accessibilityNotes ? ` (accessibility notes: "${a.accessibilityNotes}")` : ""
      }`;
    case "send_survey":
      return `Sent a ${a.kind.toUpperCase()} survey to ${who}`;
    case "escalate":
      return `Escalated ${who}${a.caseRef ? ` (case ${a.caseRef})` : ""} to ${personName(ctx, a.toRef) ?? "a manager"}`;
    case "verify_identity":
      return `Verified ${who}'s identity (${a.method})`;
    case "message_person":
      return `${a.channel === "phone" ? "Phoned" : a.channel === "review" ? "Replied publicly to" : "Messaged"} ${personName(ctx, a.personRef) ?? a.personRef}${r.customerRef ? ` about ${who}` : ""}`;
    case "answer_prompt":
      return `Answered the question "${a.promptId}"`;
    case "make_recommendation":
      return `Recommendation from ${METRIC_NAMES[a.metric]}`;
    case "wait":
      return `Waited ${a.minutes} minutes`;
  }
}

function personName(ctx: Ctx, ref: string | undefined): string | null {
  const p = ref ? ctx.scenario.people.find((x) => x.ref === ref) : undefined;
  return p ? `${p.name} (${p.team ?? p.role.replace(/_/g, " ")})` : null;
}

export function labelsIn(m: CriterionMatch): string[] {
  return [...(m.labels?.all ?? []), ...(m.labels?.any ?? [])];
}

// ------------------------------------------------------------------------------- per criterion

export function result(
  c: Criterion,
  status: CriterionStatus,
  detail: string,
  evidence: Evidence[],
  /** Said instead of the scenario's feedback when the status has a reason that feedback does not describe. */
  feedbackOverride?: string,
): CriterionResult {
  const feedback =
    feedbackOverride ??
    (status === "met"
      ? c.feedback.met
      : status === "partly"
        ? (c.feedback.partly ?? c.feedback.not_met)
        : c.feedback.not_met);
  return {
    id: c.id,
    title: c.title,
    kind: c.kind,
    frameworks: c.frameworks,
    weight: c.weight,
    status,
    points: pointsFor(status, c.weight),
    detail,
    evidence,
    feedback,
    capBandIfNotMet: c.capBandIfNotMet ?? null,
  };
}

/**
 * Not met because the learner never engaged with the customers it is about ("did not do X" earns
 * nothing for doing nothing). The criterion's own not-met feedback speaks of a mistake that was not
 * made ("at least one remedy was not lawful"), so it is replaced by what would let it be judged.
 */
export function nothingToCreditResult(
  ctx: Ctx,
  c: Criterion,
  refs?: readonly string[],
  then = "",
): CriterionResult {
  return {
    ...result(c, "not_met", ctx.nothingToCredit(refs, then), []),
    feedback: NOTHING_TO_CREDIT_FEEDBACK,
    notAttempted: true,
  };
}

export const NOTHING_TO_CREDIT_FEEDBACK =
  "This is judged on what you write to the customer about their own case. Avoiding a mistake by not doing the work earns nothing, so reply to them and it will be marked on that reply.";

export function labelName(label: string): string {
  return (LABEL_NAMES as Record<string, string>)[label] ?? label;
}

export function stateEvidence(summary: string): Evidence {
  return { seq: null, simMinute: null, clock: null, kind: "state", summary };
}

/**
 * A near-copy that restates two or more of its own recipient's case facts was written for that case:
 * the reply reused from it, sent to a customer whose facts it does not fit, is the template (red-team
 * round 5: Joanne's reply, right for her, sent with the name changed to Ravi). A list of product nouns
 * or a name pasted into one text reaches at most one fact per recipient, so a blast stays a template.
 */
/** `copy` is `original`'s text sent to another customer, giving them the original recipient's data. */
function pastedFrom(copy: ActionRecord, original: ActionRecord): boolean {
  return (
    copy.customerRef !== original.customerRef &&
    original.customerRef !== null &&
    copy.leaks.some((d) => d.customerRef === original.customerRef)
  );
}

export function writtenForItsCase(r: ActionRecord): boolean {
  const facts = new Set((r.reading?.hits ?? []).filter((h) => h.kind === "facts").map((h) => h.id));
  return facts.size >= 2;
}

/** "1 message", "3 messages": a count in the report's words, never "message(s)" (scripted lesson, session 32). */
export const countOf = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
