/**
 * Band integrity needs every shipped scenario to say what a good answer must engage with and what
 * its core outcomes are (issue 8): case evidence for every contact a complaint is about, core
 * outcomes that name real criteria, and a respect criterion that caps the band.
 */
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { loadScenarioFile, SCENARIOS_DIR } from "./test-support";

const ids = fs
  .readdirSync(SCENARIOS_DIR)
  .filter((f) => f.endsWith(".yaml"))
  .map((f) => f.replace(/\.yaml$/, ""))
  .sort();

describe("every shipped scenario declares its core outcomes and case evidence", () => {
  it("ships the ten scenarios", () => {
    expect(ids).toEqual([
      "complaint-faulty-kettle",
      "complaint-repeat-fault-call",
      "complaint-returns-desk",
      "data-protection-access-request",
      "internal-customer-lost-parcel",
      "loyalty-silent-defection",
      "monthly-service-review",
      "onboarding-new-subscriber",
      "public-review-chatbot-loop",
      "win-back-lapsed-customers",
    ]);
  });

  it.each(ids)("%s: core outcomes name its criteria and include respect, which caps the band", (id) => {
    const s = loadScenarioFile(id);
    const byId = new Map(s.rubric.map((c) => [c.id, c]));
    expect(s.coreCriteria.length, id).toBeGreaterThanOrEqual(3);
    for (const core of s.coreCriteria) expect(byId.has(core), `${id}: ${core}`).toBe(true);
    const respect = s.rubric.filter((c) => c.kind === "respect");
    expect(respect.length, id).toBe(1);
    expect(respect[0]?.capBandIfNotMet, id).toBe("Pass");
    expect(s.coreCriteria, id).toContain(respect[0]?.id);
  });

  // A Distinction needs the core outcomes, so a learning outcome with no core criterion can be skipped
  // entirely at Distinction: a complaint handled perfectly with nothing recorded in a CRM trainer
  // (red-team round 12 A). Outcomes judged only by the tutor (a reasoning prompt) are the exception.
  it.each(ids)("%s: every learning outcome the engine marks has a core criterion", (id) => {
    const s = loadScenarioFile(id);
    for (const outcome of s.learningOutcomes) {
      const codes = outcome.syllabus ?? [];
      const marking = s.rubric.filter((c) => (c.syllabus ?? []).some((x) => codes.includes(x)));
      if (marking.every((c) => c.kind === "tutor_marked")) continue;
      const core = marking.filter((c) => s.coreCriteria.includes(c.id)).map((c) => c.id);
      expect(core.length, `${id}: "${outcome.text.slice(0, 60)}…" (${codes.join(", ")})`).toBeGreaterThan(0);
    }
  });

  it.each(ids)(
    "%s: the primary contact declares facts to reflect back and a fix or questions to answer",
    (id) => {
      const s = loadScenarioFile(id);
      const primary = s.contacts.find((c) => c.primary) ?? s.contacts[0];
      expect(primary?.evidence?.facts.length ?? 0, id).toBeGreaterThan(0);
      expect(
        (primary?.evidence?.fix.length ?? 0) + (primary?.evidence?.questions.length ?? 0),
        id,
      ).toBeGreaterThan(0);
    },
  );

  it("complaint-returns-desk: both customers with a faulty item declare facts and the fix they need", () => {
    const s = loadScenarioFile("complaint-returns-desk");
    for (const f of s.faults) {
      const contact = s.contacts.find((c) => c.customerRef === f.customerRef);
      expect(contact?.evidence?.facts.length ?? 0, f.customerRef).toBeGreaterThan(0);
      expect(contact?.evidence?.fix.length ?? 0, f.customerRef).toBeGreaterThan(0);
    }
  });
});
