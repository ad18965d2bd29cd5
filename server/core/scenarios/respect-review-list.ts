/**
 * "Remarks to check" in the tutor's view of a submitted attempt (issue 8 item 5): every sentence the learner wrote,
 * to a customer, on a record or to a colleague, that the learned respect model reads as a remark about the customer
 * and that the marker did not count against respect (analysis/respect-review.ts). It marks nothing: the tutor reads
 * it and decides (an override if they agree). Never shown to the learner, before or after submitting: it is an
 * unmarked hint, and a list a learner could probe would teach them to write round it (item 9).
 */
// Imported directly, not through ../analysis: only this list loads the model's weights (285 kB), not the marker.
import { IS_RESPECT_BREACH } from "../analysis/label-names";
import { remarksForReview } from "../analysis/respect-review";
import { Ctx } from "./criterion-evidence";
import type { StoredEvent } from "./engine-types";
import { caseBreaches, recordText, writtenWhere } from "./judgement-criteria";
import { readLearnerText } from "./message-reading";
import { withoutEmailQuotes } from "./quotations";
import { replayEvents } from "./runtime";
import type { Scenario } from "./scenario-schema";

export interface RemarkToCheck {
  /** The stored event it was written in (the report's replay), when known. */
  seq: number | null;
  /** The scenario's clock when it was written ("10:42"). */
  clock: string;
  /** Where it was written, as the report says it: "Message 2 to Priya Shah (email)", "In the case on …'s record". */
  where: string;
  /** Everything written there, and the sentence's place in it (`text.slice(start, end) === sentence`). */
  text: string;
  start: number;
  end: number;
  sentence: string;
  /** Said plainly for the tutor. */
  reason: string;
  /** What the model read (its probability and the words that weighed most). */
  reading: string;
}

export const REMARK_REASON = "Reads as a remark about the customer; the marker did not count it: check it.";

/** The scenario's own breach phrases (respect criteria's `alsoBreach`) in a text, as the marker finds them. */
const ownBreaches = (scenario: Scenario, text: string) =>
  scenario.rubric.flatMap((c) => (c.kind === "respect" ? caseBreaches(text, c.alsoBreach) : []));

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The remarks to check in an attempt, replayed from its stored events, in the order they were written. */
export function remarksToCheck(
  scenario: Scenario,
  startAt: Date,
  events: readonly StoredEvent[],
): RemarkToCheck[] {
  const state = replayEvents(scenario, startAt, events, { trusted: true });
  const ctx = new Ctx(scenario, state);
  const out: RemarkToCheck[] = [];
  for (const r of state.log) {
    const a = r.action;
    let text: string;
    let judged: { start: number; end: number }[];
    let where: string;
    if (a.type === "send_message") {
      text = a.text;
      // the marker's own reading of the message, stored with it
      judged = (r.analysis?.spans ?? []).filter((s) => IS_RESPECT_BREACH.has(s.label));
      where = capitalised(a.channel === "phone" ? ctx.said(r) : `${ctx.said(r)} (${a.channel})`);
    } else {
      text = recordText(r);
      if (!text.trim()) continue;
      // as the respect criterion reads notes and case text (judgement-criteria.ts evalRespect)
      const customer = r.customerRef ? state.customers[r.customerRef] : undefined;
      const names = customer
        ? { customerFirstName: customer.firstName, customerLastName: customer.lastName }
        : undefined;
      judged = readLearnerText(text, names).spans.filter((s) => IS_RESPECT_BREACH.has(s.label));
      where =
        a.type === "add_note"
          ? `In a note on ${ctx.name(r.customerRef)}'s record`
          : capitalised(writtenWhere(ctx, r));
    }
    judged.push(...ownBreaches(scenario, text));
    // An email reply's quoted thread ("> …") is the customer's words, not the learner's: blanked, same length.
    const own = withoutEmailQuotes(text);
    for (const remark of remarksForReview(own, judged).sort((x, y) => x.start - y.start))
      out.push({
        seq: r.seq,
        clock: ctx.clock(r.simMinute),
        where,
        text,
        start: remark.start,
        end: remark.end,
        sentence: text.slice(remark.start, remark.end),
        reason: REMARK_REASON,
        // the reason already says the marker did not count it
        reading: capitalised(remark.reading),
      });
  }
  return out;
}
