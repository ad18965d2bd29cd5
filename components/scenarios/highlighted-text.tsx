import { Fragment } from "react";
import { cx } from "../ui";

const GOOD = new Set(["listen", "apologise", "solve", "thank", "personalised", "order_reference", "empathy", "ownership", "timeframe", "question", "offer"]);

export const SPAN_LABEL: Record<string, string> = {
  listen: "Listen",
  apologise: "Apologise",
  solve: "Solve",
  thank: "Thank",
  non_apology: "Non-apology",
  blame: "Blaming the customer",
  calm_down: "“Calm down”",
  jargon: "Jargon",
  wrong_name: "Wrong name",
  personalised: "Personalised",
  order_reference: "Order reference",
  empathy: "Empathy",
  ownership: "Ownership",
  offer: "Offer",
  timeframe: "Timeframe",
  question: "Question",
};

/** The learner's own words with the matched phrases highlighted and labelled (text only, never HTML). */
export function HighlightedText({ text, spans }: { text: string; spans: { label: string; start: number; end: number }[] }) {
  const sorted = [...spans].filter((s) => s.start >= 0 && s.end <= text.length && s.end > s.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const parts: { text: string; label?: string }[] = [];
  let at = 0;
  for (const s of sorted) {
    if (s.start < at) continue; // overlapping spans: keep the first
    if (s.start > at) parts.push({ text: text.slice(at, s.start) });
    parts.push({ text: text.slice(s.start, s.end), label: s.label });
    at = s.end;
  }
  if (at < text.length) parts.push({ text: text.slice(at) });
  return (
    <p className="whitespace-pre-wrap break-words rounded-lg bg-slate-50 px-3 py-2 text-sm leading-relaxed text-slate-800">
      {parts.map((p, i) =>
        p.label ? (
          <mark
            key={i}
            className={cx("rounded px-0.5", GOOD.has(p.label) ? "bg-emerald-100 text-emerald-950" : "bg-red-100 text-red-950")}
            title={SPAN_LABEL[p.label] ?? p.label}
          >
            {p.text}
            <span className="ml-1 rounded bg-white/70 px-1 text-[0.65rem] font-semibold uppercase tracking-wide">{SPAN_LABEL[p.label] ?? p.label}</span>
          </mark>
        ) : (
          <Fragment key={i}>{p.text}</Fragment>
        ),
      )}
    </p>
  );
}
