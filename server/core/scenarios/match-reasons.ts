/**
 * Why a recorded action matched a "did not do X" gate, in the words of the reader that decided it, so
 * a tutor signing the mark sees what was found ("'ends at midnight tonight': a deadline of hours the
 * policy does not set") and not only that "3 actions did this". Pure: the same readers the matcher
 * uses (matching.ts), asked for their findings instead of a yes or no.
 */
import { optOutOnlyTheHardWay } from "../marketing-rules";
import type { ActionRecord } from "./engine-types";
import { unneededDataRequested } from "./data-requests";
import { labelName } from "./criterion-evidence";
import { offersBeyond } from "./offer-terms";
import { pressureIn } from "./pressure-selling";
import { sharedForMarketing } from "./data-sharing";
import { publicDataRequests } from "./public-data-requests";
import { promotionCue } from "./promotion";
import { reviewIncentives } from "./review-incentives";
import type { CriterionMatch, Scenario } from "./scenario-schema";

/** What the reasons need from the marking context: the scenario's declared evidence and people's names. */
export type ReasonContext = { scenario: Scenario; name(ref: string | null): string };

function shortened(text: string, max: number): string {
  const t = text.replace(/\s+/g, " ").trim();
  return t.length > max ? `${t.slice(0, max - 1).trimEnd()}…` : t;
}

/** Quoted as the learner wrote it, shortened to a readable length. */
const quote = (text: string, max = 80) => `“${shortened(text, max)}”`;

/** "a, b and c" */
function listed(items: string[]): string {
  return items.length < 2 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/** The reasons one action matched one condition set; empty when it has nothing to say beyond matching. */
function reasonsFor(ctx: ReasonContext, m: CriterionMatch, r: ActionRecord): string[] {
  const a = r.action;
  const text = a.type === "send_message" || a.type === "message_person" ? a.text : null;
  const out: string[] = [];
  if (text !== null && a.type === "send_message") {
    if (m.pressureSelling === true) for (const h of pressureIn(text)) out.push(`${quote(h.text)}: ${h.why}`);
    if (m.asksForUnneededData === true) {
      const asked = unneededDataRequested(text);
      const items = [...new Set(asked.map((d) => d.item))];
      if (items.length)
        out.push(`asks for ${listed(items)}, which nothing here needs (${quote(asked[0]!.text, 60)})`);
    }
    if (m.offerBeyond)
      for (const b of offersBeyond(text, m.offerBeyond)) out.push(`beyond the policy: ${b.why}`);
    if (m.promotes === true || m.marketingLawful === false) {
      const cue = promotionCue(text, r.analysis);
      if (cue) out.push(`${quote(cue)} promotes the shop, which is direct marketing`);
    }
  }
  // Marketing planned on the record for someone who objected (runtime.ts; round 23 B).
  if ((a.type === "create_task" || a.type === "add_note") && m.promotes === true && r.promotes === true)
    out.push(
      `${quote(a.type === "create_task" ? a.title : a.text)} plans marketing for ${ctx.name(r.customerRef)}, who objected to it or asked to be removed`,
    );
  // A sales call logged as made to a number on the TPS or to someone who objected (runtime.ts; PECR reg 21).
  if (a.type === "log_call" && m.marketingLawful === false && r.marketingLawful === false)
    out.push(
      `${quote(a.summary, 80)} is a sales call to ${ctx.name(r.customerRef)}, whose number is on the TPS or who objected to marketing calls (PECR reg 21)`,
    );
  // Their preferred channel set to one they refused (onboarding's asked-channel-used; round 23 B).
  if (a.type === "update_preferences" && m.preferences?.preferredChannel && a.preferredChannel)
    out.push(`${ctx.name(r.customerRef)}'s preferred channel set to ${a.preferredChannel}`);
  if (text !== null && m.asksForDataInPublic === true)
    for (const q of publicDataRequests(text))
      out.push(`${quote(q.text)} asks the customer to post personal data where everyone can read it`);
  if (text !== null && a.type === "send_message" && m.sharesDataForMarketing === true)
    for (const s of sharedForMarketing(text))
      out.push(
        `${quote(s)} hands their details to another business for its marketing, which they never agreed to`,
      );
  if (text !== null && m.offersReviewIncentive === true)
    for (const s of reviewIncentives(text)) out.push(`${quote(s)} offers a reward tied to a review`);
  if (m.creditForRemedy === true && r.creditForRemedy)
    out.push(
      `${quote(r.creditForRemedy.text)} tells credit as given in place of the remedy the law gives (${shortened(r.creditForRemedy.explanation, 160)})`,
    );
  if (m.obstructsRight === true && r.obstructs.length) {
    const items =
      ctx.scenario.contacts.find((k) => k.customerRef === r.customerRef)?.evidence?.obstructs ?? [];
    for (const id of r.obstructs) {
      const cite = items.find((o) => o.id === id)?.cite;
      out.push(
        cite ? `obstructs a legal right (${shortened(cite, 160)})` : `obstructs a legal right (${id})`,
      );
    }
  }
  if ((m.disclosesPersonalData === true || m.disclosesPersonalDataOf) && r.disclosed.length) {
    const byOwner = new Map<string, string[]>();
    for (const d of r.disclosed) {
      const [owner = "", item = d] = d.split("/");
      byOwner.set(owner, [...(byOwner.get(owner) ?? []), item]);
    }
    for (const [owner, items] of byOwner)
      out.push(`gives away ${ctx.name(owner)}'s personal data (${items.join(", ")})`);
  }
  // Unlawful marketing is one of two things (PECR reg 22(2)-(3), reg 23): no consent, or no opt-out.
  const unlawful = m.marketingLawful === false && r.marketingLawful === false;
  if ((m.marketingConsent === false || unlawful) && r.marketingConsent === false)
    out.push(`sent to ${ctx.name(r.customerRef)}, who had not agreed to marketing`);
  if ((m.optOutOffered === false || unlawful) && r.optOutOffered === false)
    out.push(
      "text" in r.action && optOutOnlyTheHardWay(r.action.text)
        ? "offers a way to opt out of marketing only by letter, form, visit or a premium-rate call, not a simple one (PECR reg 22(3)(c); UK GDPR Art 7(3))"
        : "gives no way to opt out of marketing",
    );
  const wanted = [...(m.labels?.any ?? []), ...(m.labels?.all ?? [])];
  for (const label of wanted) {
    const spans = (r.analysis?.spans ?? []).filter((s) => s.label === label);
    if (spans.length)
      out.push(
        `read as ${labelName(label).toLowerCase()}: ${spans.map((s) => quote(s.text, 60)).join(", ")}`,
      );
  }
  return out;
}

/**
 * Why these actions matched the gate's conditions, at most `max` distinct reasons in the order found,
 * each naming the words that decided it. Empty when the conditions are plain facts (a stage, a survey).
 */
export function matchReasons(
  ctx: ReasonContext,
  match: readonly CriterionMatch[],
  hits: readonly ActionRecord[],
  max = 4,
): string[] {
  const reasons = new Set<string>();
  for (const r of hits)
    for (const m of match) {
      for (const why of reasonsFor(ctx, m, r)) reasons.add(why);
      if (reasons.size >= max) return [...reasons].slice(0, max);
    }
  return [...reasons];
}
