import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import type { LearnerAction } from "./learner-actions";
import { initialState } from "./attempt-state";
import { applyAction } from "./runtime";
import { formatScenarioError } from "./scenario-file-errors";
import { parseScenario } from "./scenario-parser";
import { applyOverrides, scoreAttempt } from "./scoring";
import { openingEvents } from "./scripted-customer";
import { SCENARIOS_DIR, START, play } from "./test-support";

/** The kettle complaint with a warehouse colleague, a team leader, a manager, a reviewer and a prompt. */
function withPeople(extra: (doc: Record<string, unknown>) => void = () => {}) {
  const doc = parse(fs.readFileSync(path.join(SCENARIOS_DIR, "complaint-faulty-kettle.yaml"), "utf8"));
  doc.people = [
    {
      ref: "STF-WH1",
      name: "Dev Malik",
      role: "warehouse",
      team: "Warehouse, Daventry",
      persona: "Helpful but busy; answers stock questions after a while.",
      replyAfterMinutes: 15,
      reactions: [
        {
          id: "stock-check",
          when: { action: "message_person", text: { any: ["stock", "replacement", "dispatch"] } },
          setFlags: ["stock_confirmed"],
          reply: "We have the Aurora kettle in stock; anything booked before 2pm goes out today.",
        },
        {
          id: "no-idea",
          fallback: true,
          once: false,
          when: { action: "message_person" },
          reply: "Sorry, what do you need from us?",
        },
      ],
      timers: [],
    },
    {
      ref: "STF-TL1",
      name: "Sam Okafor",
      role: "team_leader",
      persona: "Team leader; can approve nothing above policy.",
      takesEscalations: true,
      reactions: [
        {
          id: "tl-redirect",
          when: { action: "escalate" },
          reply: "That's above my limit, it needs Mr Hale.",
        },
      ],
    },
    {
      ref: "STF-MG1",
      name: "Chris Hale",
      role: "manager",
      persona: "Service manager; approves a goodwill gesture up to £40 when the case is well made.",
      takesEscalations: true,
      replyAfterMinutes: 10,
      reactions: [
        {
          id: "approve",
          when: { action: "escalate", text: { any: ["second", "again", "twice"] } },
          setFlags: ["gesture_approved"],
          reply: "Approved: offer up to £40 goodwill, and let her know today.",
          acts: { caseStatus: "in_progress", goodwillMaxPence: 4000, customerFlags: ["manager_involved"] },
        },
      ],
    },
    {
      ref: "PUB-R1",
      name: "KettleFan88",
      role: "public",
      persona: "Wrote a one-star review.",
      opening: [{ atMinute: -30, channel: "review", text: "One star. Kettle died in a fortnight." }],
      reactions: [
        {
          id: "thanks",
          when: { action: "message_person" },
          reply: "Thanks for replying, I'll wait for your email.",
        },
      ],
    },
  ];
  doc.prompts = [
    {
      id: "which-metric",
      question: "Which metric would show this problem, and what would you change?",
      rubric: { met: "Names CSAT or complaints and a change.", partly: "Names one.", not_met: "Neither." },
      hints: [
        { id: "names-metric", note: "names a metric", say: ["csat", "satisfaction", "complaint + rate"] },
        { id: "proposes-change", note: "proposes a change", say: ["check + before", "quality + check"] },
      ],
      modelAnswer: "CSAT on kettle orders; add a quality check before dispatch.",
    },
  ];
  const rubric = doc.rubric as Record<string, unknown>[];
  rubric.push(
    {
      id: "asked-warehouse-first",
      title: "Asked the warehouse before promising a dispatch date",
      kind: "before",
      frameworks: { rater: "reliability" },
      weight: 5,
      first: { action: "message_person", personRole: "warehouse" },
      next: { action: "send_message", customerRef: "CUS-2041", text: { any: ["today", "tomorrow"] } },
      feedback: {
        met: "You checked first.",
        partly: "You checked, but after promising.",
        not_met: "You promised without checking.",
      },
    },
    {
      id: "right-person",
      title: "Escalated to the person who can approve it",
      kind: "action",
      frameworks: { heat: "take ownership" },
      weight: 5,
      match: { action: "escalate", personRole: "manager" },
      partly: { match: { action: "escalate" } },
      feedback: { met: "Right person.", partly: "Wrong person.", not_met: "Not escalated." },
    },
    {
      id: "metric-answer",
      title: "Explained which metric shows the problem",
      kind: "tutor_marked",
      frameworks: { kpi: "customer satisfaction (CSAT)" },
      weight: 10,
      promptId: "which-metric",
      feedback: { met: "Clear.", partly: "Half there.", not_met: "Not yet." },
    },
  );
  extra(doc);
  const parsed = parseScenario("scenarios/complaint-faulty-kettle.yaml", stringify(doc));
  if (!parsed.ok) throw new Error(parsed.errors.map(formatScenarioError).join("\n"));
  return parsed.scenario;
}

const scenario = withPeople();
const ask = (text: string): LearnerAction => ({
  type: "message_person",
  personRef: "STF-WH1",
  channel: "internal",
  text,
  customerRef: "CUS-2041",
});
const email = (text: string): LearnerAction => ({
  type: "send_message",
  customerRef: "CUS-2041",
  channel: "email",
  text,
});
const openCase: LearnerAction = {
  type: "open_case",
  customerRef: "CUS-2041",
  orderRef: "ORD-10234",
  category: "faulty_product",
  summary: "Kettle stopped working, second fault.",
};

describe("other people in a scenario", () => {
  it("opens with a reviewer's public review beside the customer's email", () => {
    const opening = openingEvents(scenario, START);
    const review = opening.find((e) => e.type === "person_message");
    expect(review).toMatchObject({ actor: "system", simMinute: -30 });
    expect(review!.payload).toMatchObject({ personRef: "PUB-R1", role: "public", channel: "review" });
  });

  it("a colleague replies in their own time: queued, then delivered when the clock reaches it", () => {
    const s0 = initialState(scenario, START);
    const r1 = applyAction(scenario, s0, ask("Is the Aurora kettle in stock for a replacement?"));
    if (!r1.ok) throw r1.error;
    expect(r1.events.map((e) => e.type)).toEqual(["message_person"]);
    expect(r1.state.pending).toHaveLength(1);
    expect(r1.state.people["STF-WH1"]!.flags).toEqual([]);
    // Viewing the record (1 minute) is not long enough; waiting 15 minutes is.
    const r2 = applyAction(scenario, r1.state, { type: "view_record", customerRef: "CUS-2041" });
    if (!r2.ok) throw r2.error;
    expect(r2.events.some((e) => e.type === "person_message")).toBe(false);
    const r3 = applyAction(scenario, r2.state, { type: "wait", minutes: 15 });
    if (!r3.ok) throw r3.error;
    const reply = r3.events.find((e) => e.type === "person_message");
    expect(reply).toMatchObject({ actor: "system", simMinute: 4 + 15 });
    expect(reply!.payload).toMatchObject({
      personRef: "STF-WH1",
      channel: "internal",
      customerRef: "CUS-2041",
    });
    expect(r3.state.people["STF-WH1"]!.flags).toEqual(["stock_confirmed"]);
    expect(r3.state.pending).toHaveLength(0);
  });

  it("the customer never reacts to an internal message about them", () => {
    const r = applyAction(
      scenario,
      initialState(scenario, START),
      ask("Customer wants a refund, any stock?"),
    );
    if (!r.ok) throw r.error;
    expect(r.events.some((e) => e.type === "customer_message")).toBe(false);
    expect(r.state.contacts["CUS-2041"]!.mood).toBe(scenario.contacts[0]!.initialMood);
  });

  it("escalating routes the case to a named person who acts on it: the case moves on and more goodwill is allowed", () => {
    const { state } = play(scenario, [openCase]);
    const gesture: LearnerAction = {
      type: "issue_remedy",
      customerRef: "CUS-2041",
      orderRef: "ORD-10234",
      kind: "goodwill",
      amountPence: 3500,
    };
    const refusedFirst = applyAction(scenario, state, gesture);
    expect(refusedFirst.ok).toBe(false);
    const esc = applyAction(scenario, state, {
      type: "escalate",
      customerRef: "CUS-2041",
      caseRef: "CASE-A1",
      toRef: "STF-MG1",
      reason: "Second kettle to fail; she has been let down twice. Request approval for £35 goodwill.",
    });
    if (!esc.ok) throw esc.error;
    expect(esc.state.cases["CASE-A1"]!.status).toBe("escalated");
    expect(esc.events[0]!.payload).toMatchObject({
      summary: expect.stringContaining("to Chris Hale (manager)"),
    });
    const waited = applyAction(scenario, esc.state, { type: "wait", minutes: 10 });
    if (!waited.ok) throw waited.error;
    const reply = waited.events.find((e) => e.type === "person_message");
    expect(reply!.payload).toMatchObject({
      personRef: "STF-MG1",
      acts: { caseRef: "CASE-A1", caseStatus: "in_progress", goodwillMaxPence: 4000 },
    });
    expect(waited.state.cases["CASE-A1"]!.status).toBe("in_progress");
    expect(waited.state.contacts["CUS-2041"]!.flags).toContain("manager_involved");
    const given = applyAction(scenario, waited.state, gesture);
    expect(given.ok).toBe(true);
  });

  it("refuses an escalation to someone who does not take them, and a review reply to a colleague", () => {
    const s = initialState(scenario, START);
    const toWarehouse = applyAction(scenario, s, {
      type: "escalate",
      customerRef: "CUS-2041",
      toRef: "STF-WH1",
      reason: "Please sort this out.",
    });
    expect(!toWarehouse.ok && toWarehouse.error.code).toBe("NOT_AN_ESCALATION_CONTACT");
    const review = applyAction(scenario, s, {
      type: "message_person",
      personRef: "STF-WH1",
      channel: "review",
      text: "Hi",
    });
    expect(review.ok).toBe(false);
    const unknown = applyAction(scenario, s, {
      type: "message_person",
      personRef: "STF-XX9",
      channel: "internal",
      text: "Hi",
    });
    expect(!unknown.ok && unknown.error.code).toBe("UNKNOWN_PERSON");
  });

  it("replays give the same people's state as the live run (the engine is the single source of truth)", () => {
    const { events, state } = play(scenario, [ask("Any replacement stock?"), { type: "wait", minutes: 20 }]);
    const report = scoreAttempt(scenario, events);
    expect(state.people["STF-WH1"]!.flags).toEqual(["stock_confirmed"]);
    expect(report.warnings).toEqual([]);
  });
});

describe("criteria about working with colleagues", () => {
  const mark = (actions: LearnerAction[], id: string) =>
    scoreAttempt(scenario, play(scenario, actions).events).criteria.find((c) => c.id === id)!;

  it("asked the warehouse before promising a date: met, partly (after), not met (never)", () => {
    const promise = email("Your replacement kettle will be dispatched today.");
    expect(mark([ask("Is the kettle in stock?"), promise], "asked-warehouse-first").status).toBe("met");
    expect(mark([promise, ask("Is the kettle in stock?")], "asked-warehouse-first").status).toBe("partly");
    expect(mark([promise], "asked-warehouse-first").status).toBe("not_met");
  });

  it("escalated to the right person: manager met, team leader partly", () => {
    const esc = (toRef: string): LearnerAction => ({
      type: "escalate",
      customerRef: "CUS-2041",
      toRef,
      reason: "Second failure; goodwill above my limit.",
    });
    expect(mark([esc("STF-MG1")], "right-person").status).toBe("met");
    expect(mark([esc("STF-TL1")], "right-person").status).toBe("partly");
  });
});

describe("reasoning prompts marked by the tutor", () => {
  const answer: LearnerAction = {
    type: "answer_prompt",
    promptId: "which-metric",
    text: "CSAT on kettle orders would show it. I would add a quality check before dispatch.",
  };

  it("an answer awaits the tutor: out of the total, with the hints the engine found", () => {
    const { events } = play(scenario, [answer]);
    const report = scoreAttempt(scenario, events);
    const c = report.criteria.find((x) => x.id === "metric-answer")!;
    expect(c.awaitingTutor).toBe(true);
    expect(c.points).toBe(0);
    expect(c.hints?.filter((h) => h.found).map((h) => h.id)).toEqual(["names-metric", "proposes-change"]);
    expect(report.awaitingTutor).toEqual(["metric-answer"]);
    expect(report.maxPoints).toBe(scenario.rubric.reduce((s, x) => s + x.weight, 0) - 10);
    expect(report.bandNotes.some((n) => n.includes("awaiting the tutor"))).toBe(true);
  });

  it("a keyword list earns no hint", () => {
    const { events } = play(scenario, [
      { ...answer, text: "CSAT, NPS, quality, check, before." } as LearnerAction,
    ]);
    const c = scoreAttempt(scenario, events).criteria.find((x) => x.id === "metric-answer")!;
    expect(c.hints?.some((h) => h.found)).toBe(false);
  });

  it("the tutor's mark (an override) ends the wait and counts", () => {
    const report = scoreAttempt(scenario, play(scenario, [answer]).events);
    const marked = applyOverrides(report, [
      { criterionId: "metric-answer", newStatus: "met", comment: "Good." },
    ]);
    const c = marked.criteria.find((x) => x.id === "metric-answer")!;
    expect(c.awaitingTutor).toBeUndefined();
    expect(c.points).toBe(10);
    expect(marked.awaitingTutor).toEqual([]);
    expect(marked.maxPoints).toBe(report.maxPoints + 10);
  });

  it("no answer is not met and does not wait for anyone", () => {
    const report = scoreAttempt(scenario, play(scenario, [email("Hello Priya")]).events);
    const c = report.criteria.find((x) => x.id === "metric-answer")!;
    expect(c.status).toBe("not_met");
    expect(c.awaitingTutor).toBeUndefined();
  });
});

describe("scenario file checks for people and prompts", () => {
  const errorsOf = (edit: (doc: Record<string, unknown>) => void) => {
    try {
      withPeople(edit);
      return "";
    } catch (e) {
      return (e as Error).message;
    }
  };
  it("names unknown people, prompts and flags with the field", () => {
    expect(
      errorsOf((d) => {
        (d.rubric as Record<string, unknown>[]).push({
          id: "x",
          title: "x",
          kind: "action",
          frameworks: { rater: "reliability" },
          weight: 1,
          match: { action: "escalate", personRef: "STF-NOPE" },
          feedback: { met: "a", not_met: "b" },
        });
      }),
    ).toMatch(/rubric\[\d+\]\.match\[0\]\.personRef\[0\]: unknown person "STF-NOPE"/);
    expect(
      errorsOf((d) => {
        const r = d.rubric as Record<string, unknown>[];
        r[r.length - 1]!.promptId = "nope";
      }),
    ).toMatch(/promptId: unknown prompt "nope"/);
    expect(
      errorsOf((d) => {
        (d.people as Record<string, unknown>[])[0]!.ref = "CUS-2041";
      }),
    ).toMatch(/people\[0\]\.ref: "CUS-2041" is already a customer's ref/);
  });
});
