/** Kept apart from the rules so the browser can show label names without loading the analyser. */
/**
 * The labels the marker counts against respect, in the order reports name them: one list for the analyser, the
 * learned respect model, the review list and every scripted customer (CONTRACT.md: blame, calm_down, dismissive).
 */
export const RESPECT_BREACH_LABELS = ["blame", "calm_down", "dismissive"] as const;
export const IS_RESPECT_BREACH: ReadonlySet<string> = new Set(RESPECT_BREACH_LABELS);

/** Short display names for each label (reports, highlights). */
export const LABEL_NAMES: Record<string, string> = {
  listen: "Listen",
  apologise: "Apologise",
  solve: "Solve",
  thank: "Thank",
  non_apology: "Non-apology",
  blame: "Blaming or deflecting",
  calm_down: "“Calm down”",
  dismissive: "Dismissive",
  jargon: "Jargon",
  wrong_name: "Wrong name",
  personalised: "Personalised",
  order_reference: "Order reference",
  empathy: "Empathy",
  ownership: "Ownership",
  offer: "Offer",
  timeframe: "Timeframe",
  question: "Question",
  /** Not an analyser label: the marker's respect concern for a sentence in capitals (shouting.ts). */
  shouting: "Shouting (capitals)",
};
