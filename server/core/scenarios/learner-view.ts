/**
 * What a learner may see of a scenario BEFORE submitting: the brief, outcomes, objectives, the
 * clock and policy, and the customers' opening messages. Deliberately built field by field (an
 * allow-list), so nothing of the rubric, the scripted reactions, personas or the model answer can
 * leak if the file format grows.
 */
import { SHOP_NAME } from "../catalogue";
import { formatPence } from "../money";
import { syllabusCriterion } from "./syllabus";
import { DEFAULT_ACTION_MINUTES, type Scenario } from "./scenario-schema";
import { renderText } from "./text-templates";
import { scenarioStart } from "./scenario-dataset";
import { formatSimClock } from "./attempt-state";
import type { MessageChannel, PersonChannel, PersonRole } from "./learner-actions";

export type LearnerView = {
  id: string;
  title: string;
  shopName: string;
  lifecycleStage: Scenario["lifecycleStage"];
  estimatedMinutes: number;
  brief: string;
  learningOutcomes: { text: string; syllabus: { code: string; text: string }[] }[];
  objectives: string[];
  clock: {
    startTime: string;
    serviceStandardMinutes: number;
    /** Simulated minutes each kind of action takes. */
    actionMinutes: Record<string, number>;
  };
  policy: { goodwillMax: string; voucherMax: string; notes: string[] };
  customers: {
    customerRef: string;
    name: string;
    openingMessages: {
      atMinute: number;
      clock: string;
      channel: MessageChannel;
      subject: string | null;
      text: string;
    }[];
  }[];
  /** Other people the learner can contact (never their persona or rules). */
  people: {
    personRef: string;
    name: string;
    role: PersonRole;
    team: string | null;
    takesEscalations: boolean;
    channels: PersonChannel[];
  }[];
  /** Questions to answer in the learner's own words (never the rubric, hints or model answer). */
  prompts: { promptId: string; question: string }[];
};

/**
 * The learner-facing view of a scenario. Pass the attempt's start to show real dates in the brief
 * and messages; without it dates read relatively ("12 days ago").
 */
export function toLearnerView(scenario: Scenario, startAt?: Date): LearnerView {
  const origin = startAt ? scenarioStart(scenario, startAt) : undefined;
  const render = (t: string) => renderText(scenario, t, origin);
  return {
    id: scenario.id,
    title: scenario.title,
    shopName: SHOP_NAME,
    lifecycleStage: scenario.lifecycleStage,
    estimatedMinutes: scenario.estimatedMinutes,
    brief: render(scenario.brief),
    learningOutcomes: scenario.learningOutcomes.map((lo) => ({
      text: lo.text,
      syllabus: lo.syllabus.map((code) => ({ code, text: syllabusCriterion(code)?.text ?? "" })),
    })),
    objectives: scenario.objectives.map(render),
    clock: {
      startTime: scenario.clock.startTime,
      serviceStandardMinutes: scenario.clock.serviceStandardMinutes,
      actionMinutes: { ...DEFAULT_ACTION_MINUTES, ...stripUndefined(scenario.clock.actionMinutes) },
    },
    policy: {
      goodwillMax: formatPence(scenario.policy.goodwillMaxPence),
      voucherMax: formatPence(scenario.policy.voucherMaxPence),
      notes: scenario.policy.notes.map(render),
    },
    customers: scenario.contacts
      .filter((k) => k.opening.length > 0)
      .map((k) => {
        const c = scenario.customers.find((x) => x.ref === k.customerRef);
        return {
          customerRef: k.customerRef,
          name: c ? `${c.firstName} ${c.lastName}` : k.customerRef,
          openingMessages: k.opening.map((m) => ({
            atMinute: m.atMinute,
            clock: formatSimClock(scenario, m.atMinute),
            channel: m.channel,
            subject: m.subject ? render(m.subject) : null,
            text: render(m.text),
          })),
        };
      }),
    people: scenario.people.map((p) => ({
      personRef: p.ref,
      name: p.name,
      role: p.role,
      team: p.team ?? null,
      takesEscalations: p.takesEscalations,
      channels: p.role === "public" ? ["review"] : ["internal", "phone"],
    })),
    prompts: scenario.prompts.map((q) => ({ promptId: q.id, question: render(q.question) })),
  };
}

function stripUndefined(o: Record<string, number | undefined>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v;
  return out;
}

/** A one-line listing for scenario pickers. */
export type ScenarioSummary = {
  id: string;
  title: string;
  lifecycleStage: Scenario["lifecycleStage"];
  estimatedMinutes: number;
  objectives: string[];
};

export function scenarioSummary(scenario: Scenario): ScenarioSummary {
  return {
    id: scenario.id,
    title: scenario.title,
    lifecycleStage: scenario.lifecycleStage,
    estimatedMinutes: scenario.estimatedMinutes,
    // No attempt yet, so dates read relatively ("last month").
    objectives: scenario.objectives.map((o) => renderText(scenario, o)),
  };
}
