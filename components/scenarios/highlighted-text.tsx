import { Fragment } from "react";
import { LABEL_NAMES } from "@/server/core/analysis/label-names";
import { cx } from "../ui";
import { highlightSpans, type Span } from "./highlight-spans";

const GOOD = new Set([
  "listen",
  "apologise",
  "solve",
  "thank",
  "personalised",
  "order_reference",
  "empathy",
  "ownership",
  "timeframe",
  "question",
  "offer",
]);

function Highlighted({ text, spans, offset = 0 }: { text: string; spans: Span[]; offset?: number }) {
  const parts: { text: string; label?: string }[] = [];
  let at = 0;
  for (const s of spans) {
    const start = s.start - offset;
    const end = s.end - offset;
    if (start < at || end > text.length) continue; // overlapping or outside: keep the first
    if (start > at) parts.push({ text: text.slice(at, start) });
    parts.push({ text: text.slice(start, end), label: s.label });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at) });
  return (
    <>
      {parts.map((p, i) =>
        p.label ? (
          <mark
            key={i}
            className={cx(
              "rounded px-0.5",
              GOOD.has(p.label) ? "bg-emerald-100 text-emerald-950" : "bg-red-100 text-red-950",
            )}
          >
            {p.text}
            {/* Heard as "Priya (Personalised)": the tag ran on from the words as one, "PriyaPersonalised".
                The brackets are visually hidden generated content, so the page's text stays words + tag. */}
            <span className="ml-1 rounded bg-white/70 px-1 text-[0.65rem] font-semibold uppercase tracking-wide before:sr-only before:content-['_('] after:sr-only after:content-[')']">
              {LABEL_NAMES[p.label] ?? p.label}
            </span>
          </mark>
        ) : (
          <Fragment key={i}>{p.text}</Fragment>
        ),
      )}
    </>
  );
}

/**
 * The learner's own words with the matched phrases highlighted and labelled (text only, never HTML).
 * Long messages show just the lines with a highlight, with the whole message one click away.
 */
export function HighlightedText({ text, spans }: { text: string; spans: Span[] }) {
  const sorted = highlightSpans(text, spans);
  const box =
    "whitespace-pre-wrap break-words rounded-lg bg-slate-50 px-3 py-2 text-sm leading-relaxed text-slate-800";
  if (text.length <= 280 || sorted.length === 0) {
    return (
      <p className={box}>
        <Highlighted text={text} spans={sorted} />
      </p>
    );
  }
  const lines: { start: number; end: number }[] = [];
  let at = 0;
  for (const line of text.split("\n")) {
    lines.push({ start: at, end: at + line.length });
    at += line.length + 1;
  }
  const keep = lines.filter((l) => l.end > l.start && sorted.some((s) => s.start < l.end && s.end > l.start));
  return (
    <div className="flex flex-col gap-1">
      <p className={box}>
        {keep.map((l, i) => {
          const previous = keep[i - 1];
          const gap =
            i === 0 ? l.start > 0 : previous !== undefined && text.slice(previous.end, l.start).trim() !== "";
          return (
            <Fragment key={l.start}>
              {gap && <span className="text-slate-500">{i === 0 ? "… " : "\n… "}</span>}
              {i > 0 && !gap && "\n"}
              <Highlighted
                text={text.slice(l.start, l.end)}
                spans={sorted.filter((s) => s.start >= l.start && s.end <= l.end)}
                offset={l.start}
              />
            </Fragment>
          );
        })}
        {keep.at(-1) && text.slice(keep.at(-1)!.end).trim() !== "" && (
          <span className="text-slate-500">{"\n…"}</span>
        )}
      </p>
      <details className="text-xs">
        <summary className="cursor-pointer font-medium text-brand-700">Show the whole message</summary>
        <p className={cx(box, "mt-1")}>
          <Highlighted text={text} spans={sorted} />
        </p>
      </details>
    </div>
  );
}
