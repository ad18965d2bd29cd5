/** Kept apart from the rules so the browser can show label names without loading the analyser. */
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
