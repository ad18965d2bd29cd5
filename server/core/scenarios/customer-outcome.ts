/**
 * The simulated customer's outcome after the attempt (CSAT, NPS, churn risk, a quote) and the
 * seeds' point that satisfaction is not the same as loyalty.
 */
import type { AttemptState } from "./engine-types";
import { flagsMatch } from "./matching";
import { moodLabel } from "./attempt-state";
import type { Contact, Scenario } from "./scenario-schema";

export type CustomerOutcome = {
  customerRef: string;
  name: string;
  mood: number;
  moodLabel: string;
  /** Their answer to "How satisfied were you with how we handled this?" (1–5). */
  csat: number;
  /** Their answer to "How likely are you to recommend us to a friend?" (0–10). */
  nps: number;
  npsCategory: "promoter" | "passive" | "detractor";
  churnRisk: "low" | "medium" | "high";
  quote: string;
  flags: string[];
};

const CSAT_BY_MOOD: Record<number, number> = { [-3]: 1, [-2]: 1, [-1]: 2, 0: 3, 1: 4, 2: 5, 3: 5 };
const NPS_BY_MOOD: Record<number, number> = { [-3]: 0, [-2]: 2, [-1]: 4, 0: 6, 1: 7, 2: 8, 3: 9 };

function defaultQuote(mood: number): string {
  if (mood <= -2) return "I'm not happy at all with how this was handled, and I'll be telling people.";
  if (mood === -1) return "It still isn't right. I'll think twice before ordering again.";
  if (mood === 0) return "It's fine, I suppose. Nothing special.";
  if (mood === 1) return "That was OK — thanks for sorting it.";
  if (mood === 2) return "Good service, thank you. I'm happy with that.";
  return "Brilliant — they really looked after me. I'd recommend them.";
}

const MISDIRECTED_QUOTE =
  "They sent me someone else's email, with that person's order in it, and never answered mine. If that's how they treat other people's details, what are they doing with mine?";

export function customerOutcome(scenario: Scenario, state: AttemptState, def: Contact): CustomerOutcome {
  const k = state.contacts[def.customerRef];
  const c = state.customers[def.customerRef];
  const mood = k?.mood ?? def.initialMood;
  const flags = k?.flags ?? [];
  const loyal = def.loyaltyFlags.some((f) => flags.includes(f));
  // Sent someone else's reply (and their data): a customer who no longer trusts us with theirs.
  const misdirected = flags.includes("misdirected");
  const churnFlagged = misdirected || def.churnFlags.some((f) => flags.includes(f));
  const csat = CSAT_BY_MOOD[mood] ?? 3;
  const nps = Math.min(10, Math.max(0, (NPS_BY_MOOD[mood] ?? 6) + (loyal ? 1 : 0) - (churnFlagged ? 2 : 0)));
  const npsCategory = nps >= 9 ? "promoter" : nps >= 7 ? "passive" : "detractor";
  const churnRisk =
    churnFlagged || mood <= -1 ? "high" : mood >= 3 || (mood === 2 && loyal) ? "low" : "medium";
  const quote = misdirected
    ? MISDIRECTED_QUOTE
    : (def.outcomeQuotes.find(
        (q) =>
          (q.when.moodMin === undefined || mood >= q.when.moodMin) &&
          (q.when.moodMax === undefined || mood <= q.when.moodMax) &&
          flagsMatch(q.when.flags, flags),
      )?.quote ?? defaultQuote(mood));
  return {
    customerRef: def.customerRef,
    name: c ? `${c.firstName} ${c.lastName}` : def.customerRef,
    mood,
    moodLabel: moodLabel(mood),
    csat,
    nps,
    npsCategory,
    churnRisk,
    quote,
    flags: [...flags],
  };
}

/** Outcomes for the primary customers and every scripted customer the learner contacted. */
export function customerOutcomes(scenario: Scenario, state: AttemptState): CustomerOutcome[] {
  const contacted = new Set(
    state.log.filter((r) => r.action.type === "send_message").map((r) => r.customerRef),
  );
  const shown = scenario.contacts.filter((k) => k.primary || contacted.has(k.customerRef));
  return [...shown.filter((k) => k.primary), ...shown.filter((k) => !k.primary)].map((k) =>
    customerOutcome(scenario, state, k),
  );
}

export function satisfactionNote(outcomes: readonly CustomerOutcome[]): string {
  const general =
    "Satisfaction is not the same as loyalty: a satisfied customer (CSAT 4–5) may still be a passive on NPS and quietly buy elsewhere. Loyalty shows in repeat purchases and recommendations, and is built by reliable service, personal follow-up and closing the feedback loop, not by discounts alone.";
  const o = outcomes[0];
  if (!o) return general;
  let specific: string;
  if (o.csat >= 4 && o.npsCategory !== "promoter") {
    specific = `${o.name} would rate this contact ${o.csat}/5 for satisfaction but only ${o.nps}/10 for recommending us (a ${o.npsCategory}): satisfied, not yet loyal. Churn risk: ${o.churnRisk}.`;
  } else if (o.npsCategory === "promoter") {
    specific = `${o.name} rates the contact ${o.csat}/5 and would recommend us (${o.nps}/10, a promoter): a well-handled contact can turn a problem into loyalty. The follow-up is what keeps it.`;
  } else {
    specific = `${o.name} rates the contact ${o.csat}/5 and ${o.nps}/10 for recommending us (a ${o.npsCategory}); churn risk is ${o.churnRisk}. A contact handled well, a complaint above all, is a chance to win loyalty — this one has not been won yet.`;
  }
  return `${specific} ${general}`;
}
