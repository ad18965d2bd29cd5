import { describe, expect, it } from "vitest";
import { toLearnerView } from "./learner-view";
import type { Scenario } from "./scenario-schema";
import { START, loadScenarioFile } from "./test-support";

const ids = ["onboarding-new-subscriber", "complaint-faulty-kettle", "win-back-lapsed-customers"];

/** Every string in the scenario that only tutors and the scoring engine may see. */
function secrets(s: Scenario): string[] {
  const out: string[] = [];
  for (const c of s.rubric) {
    out.push(c.id, c.title, c.feedback.met, c.feedback.not_met);
    if (c.feedback.partly) out.push(c.feedback.partly);
    if (c.description) out.push(c.description);
  }
  for (const k of s.contacts) {
    out.push(k.persona);
    for (const r of k.reactions) {
      out.push(`"${r.id}"`);
      if (r.reply) out.push(r.reply.trim());
    }
    for (const t of k.timers) if (t.reply) out.push(t.reply.trim());
    for (const q of k.outcomeQuotes) out.push(q.quote);
  }
  out.push(s.modelAnswer.summary.trim(), s.modelAnswer.teachingNotes.trim(), ...s.modelAnswer.steps);
  return out;
}

describe("toLearnerView", () => {
  it.each(ids)("%s: shows the brief, objectives, clock and opening messages", (id) => {
    const s = loadScenarioFile(id);
    const v = toLearnerView(s, START);
    expect(v.title).toBe(s.title);
    expect(v.objectives).toEqual(s.objectives);
    expect(v.learningOutcomes.length).toBe(s.learningOutcomes.length);
    expect(v.learningOutcomes[0]!.syllabus[0]!.text.length).toBeGreaterThan(10);
    expect(v.clock.serviceStandardMinutes).toBe(60);
    expect(v.brief).not.toMatch(/\{\{/);
  });

  it.each(ids)("%s: contains nothing of the rubric, reactions, personas or model answer", (id) => {
    const s = loadScenarioFile(id);
    for (const view of [toLearnerView(s), toLearnerView(s, START)]) {
      const json = JSON.stringify(view);
      for (const secret of secrets(s)) {
        expect(json.includes(JSON.stringify(secret).slice(1, -1)), `leaked: ${secret.slice(0, 80)}`).toBe(
          false,
        );
      }
      expect(json).not.toMatch(/"rubric"|"reactions"|"modelAnswer"|"persona"|"teachingNotes"|capBand/);
    }
  });

  it("renders real UK dates in the customer's message when the start is known", () => {
    const v = toLearnerView(loadScenarioFile("complaint-faulty-kettle"), START);
    const msg = v.customers[0]!.openingMessages[0]!;
    expect(msg).toMatchObject({ clock: "08:40", channel: "email" });
    expect(msg.text).toContain("delivered on 31 October 2026");
  });
});
