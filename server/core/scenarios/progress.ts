/**
 * What a tutor's live dashboard shows of an attempt in progress (attempts.progress).
 */
import type { ActionRecord, AttemptState } from "./engine-types";
import { ACTION_LABELS } from "./learner-actions";
import type { MessageChannel } from "./learner-action-kinds";
import type { StepReading } from "./lass-steps";
import type { Scenario } from "./scenario-schema";
import { formatSimClock, fullName, moodLabel } from "./attempt-state";
import { roleName } from "./action-resolution";

export type ProgressSummary = {
  clock: string;
  simMinute: number;
  actions: number;
  messages: number;
  submitted: boolean;
  /** LASS steps met so far (lass-steps.ts; "solve" also by issuing a refund, replacement or repair). */
  lass: { listen: boolean; apologise: boolean; solve: boolean; thank: boolean };
  /** LASS steps in the order the learner first reached them. */
  lassOrder: string[];
  customers: { customerRef: string; name: string; mood: number; moodLabel: string }[];
  lastAction: string | null;
};

/** A small JSON summary for a tutor's live dashboard (attempts.progress). */
export function progressSummary(state: AttemptState, scenario?: Scenario): ProgressSummary {
  const order: string[] = [];
  const steps = ["listen", "apologise", "solve", "thank"];
  let messages = 0;
  for (const r of state.log) {
    if (r.action.type === "send_message") {
      messages++;
      // The same step reading every criterion uses: a step shows only when it is fully met.
      const reached = steps
        .filter((st) => r.steps?.[st as keyof StepReading]?.level === "met")
        .sort((a, b) => r.steps![a as keyof StepReading]!.start - r.steps![b as keyof StepReading]!.start);
      for (const st of reached) if (!order.includes(st)) order.push(st);
    } else if (
      r.action.type === "issue_remedy" &&
      r.remedy?.kind !== "voucher" &&
      r.remedy?.kind !== "goodwill" &&
      !order.includes("solve")
    ) {
      order.push("solve");
    }
  }
  const last = state.log.at(-1);
  return {
    clock: scenario ? formatSimClock(scenario, state.minute) : `+${state.minute} min`,
    simMinute: state.minute,
    actions: state.log.length,
    messages,
    submitted: state.submitted,
    lass: {
      listen: order.includes("listen"),
      apologise: order.includes("apologise"),
      solve: order.includes("solve"),
      thank: order.includes("thank"),
    },
    lassOrder: order,
    customers: Object.values(state.contacts).map((k) => {
      const c = state.customers[k.customerRef];
      return {
        customerRef: k.customerRef,
        name: c ? fullName(c) : k.customerRef,
        mood: k.mood,
        moodLabel: moodLabel(k.mood),
      };
    }),
    lastAction: last ? describeRecord(state, last, scenario) : null,
  };
}

function describeRecord(state: AttemptState, r: ActionRecord, scenario?: Scenario): string {
  const c = r.customerRef ? state.customers[r.customerRef] : undefined;
  // To a colleague or a reviewer, the label and the customer's name read as if the customer were the
  // colleague ("Messaged a colleague (Aisha Bello)", "Escalated to a manager (Aisha Bello)" for the team
  // leader): name who it went to, as the learner's own action list does.
  const to = r.personRef ? scenario?.people.find((p) => p.ref === r.personRef) : undefined;
  // An escalation moves the customer's case, not the customer: "Escalated Aisha Bello to Leanne Shaw" read
  // as if she were handed over, and "Escalated to a manager (Aisha Bello)" as if she were the manager.
  if (r.action.type === "escalate") {
    const whose = c ? `${fullName(c)}'s case` : "a case";
    return `Escalated ${whose} to ${to ? `${to.name} (${lowerFirst(roleName(to))})` : "a manager"}`;
  }
  if (to && r.action.type === "message_person") {
    const who = `${to.name} (${roleName(to)})`;
    if (r.action.channel === "review") return `Replied publicly to ${to.name}'s review`;
    return `${r.action.channel === "phone" ? "Phoned" : "Messaged"} ${who}${c ? ` about ${fullName(c)}` : ""}`;
  }
  // "Sent a message (Priya Shah)" read as if Priya had sent it: say who the learner wrote to, and how.
  if (r.action.type === "send_message" && c)
    return `${SENT_BY[r.action.channel]} ${fullName(c)}${SENT_HOW[r.action.channel] ?? ""}`;
  return `${ACTION_LABELS[r.action.type]}${c ? ` (${fullName(c)})` : ""}`;
}

const SENT_BY: Record<MessageChannel, string> = {
  email: "Emailed",
  sms: "Texted",
  phone: "Phoned",
  chat: "Messaged",
  post: "Wrote to",
};
const SENT_HOW: Partial<Record<MessageChannel, string>> = { chat: " in chat", post: " by post" };

/** "Customer service team leader" inside a sentence's brackets: "(customer service team leader)". */
function lowerFirst(s: string): string {
  return /^[A-Z][a-z]/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s;
}
