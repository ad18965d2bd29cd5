/**
 * An approval invented (the lead's decision, ANSWER-redA-s42 item 2; red-team round 26 A,
 * internal-r26-nod-from-leanne: "Leanne gave me the nod on next-day when I passed her desk" to the warehouse and
 * "approved by my team leader" to the customer, with nobody ever asked). A claim in a message or a record that
 * the person who decides has approved something (promises.ts `approvalClaimIn`: "my manager has signed it off",
 * "the team leader's OK'd it", "I've had the go-ahead from Leanne"), with nothing sent to that decider (an
 * escalation or a message to them) anywhere in the attempt, is a decision made up and passed on
 * as fact: a colleague acts on it and a customer relies on the date. Capped at Pass in scoring.ts, with both
 * pieces of evidence (the claim, and that nothing went to the decider) in the band note. Integrity in
 * communication with colleagues and customers is a Level 3 customer service standard (CSE-2: who can decide
 * what); no statute.
 *
 * Not read: "I'll ask my manager", "I've asked Leanne and will come back to you" (no claim: approvalClaimIn
 * reads no question, condition, negation, future or asking); an approval claimed before or after a real escalation
 * or message to the decider, whether or not her answer had arrived (a premature promise: approval-before-promise's
 * and words-match-actions', ANSWER-redA-s42-1); a claim told to the decider herself; words in quotation marks (someone else's).
 * A claim naming a decider needs something sent to that decider; a role ("my manager") or no one named, to any
 * of the scenario's people who take escalations. Scenarios with nobody who takes escalations are not read.
 */
import { actionText } from "./action-resolution";
import { splitSentences } from "./case-evidence";
import type { ActionRecord } from "./engine-types";
import { LEARNER_ACTION_TYPES } from "./learner-actions";
import { approvalClaimIn } from "./promises";
import { quotedSpans } from "./quotations";
import type { Scenario } from "./scenario-schema";

/** Actions whose words are said to a customer or colleague, or put on the record (not a tutor's prompt or a setting). */
const NOT_READ = new Set<string>([
  "view_record",
  "change_stage",
  "update_consent",
  "update_preferences",
  "send_survey",
  "verify_identity",
  "answer_prompt",
  "make_recommendation",
]);
const READ = new Set<string>(LEARNER_ACTION_TYPES.filter((t) => !NOT_READ.has(t)));

export type InventedApproval = {
  record: ActionRecord;
  /** The sentence that claims the approval, and the claim's own words. */
  sentence: string;
  claim: string;
  /** Who the claim names as the decider, or every decider when it names a role or no one. */
  deciders: string[];
};

export function inventedApprovals(scenario: Scenario, log: readonly ActionRecord[]): InventedApproval[] {
  const people = scenario.people.filter((p) => p.takesEscalations);
  if (!people.length) return [];
  const firstName = (name: string) => name.split(/\s+/)[0]!;
  const names = people.map((p) => firstName(p.name));
  const out: InventedApproval[] = [];
  for (const r of log) {
    if (!READ.has(r.action.type)) continue;
    if (r.action.type === "message_person" && r.personRole === "public") continue;
    const text = actionText(r.action);
    if (!text.trim()) continue;
    const quoted = quotedSpans(text);
    for (const s of splitSentences(text)) {
      const sentence = text.slice(s.start, s.end);
      const m = approvalClaimIn(sentence, names);
      if (!m) continue;
      const at = s.start + m.index;
      if (quoted.some((q) => at >= q.start && at < q.end)) continue;
      const candidates = m.named ? people.filter((p) => firstName(p.name) === m.named) : people;
      // Told to the decider herself: hers to correct.
      if (r.personRef && candidates.some((p) => p.ref === r.personRef)) continue;
      const consulted = log.some(
        (x) =>
          (x.action.type === "escalate" || x.action.type === "message_person") &&
          candidates.some((p) => p.ref === x.personRef),
      );
      if (consulted) continue;
      out.push({
        record: r,
        sentence: sentence.trim(),
        claim: m.text,
        deciders: candidates.map((p) => p.name),
      });
      break;
    }
  }
  return out;
}
