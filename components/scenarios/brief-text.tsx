import { Fragment, type ReactNode } from "react";

/** Renders scenario text with **bold** and "- " bullet lists as React elements (never as HTML). */
export function BriefText({ text, className }: { text: string; className?: string }) {
  const blocks = text.trim().split(/\n\s*\n/);
  return (
    <div className={className ?? "flex flex-col gap-3 text-sm leading-relaxed text-slate-800"}>
      {blocks.map((block, i) => {
        const lines = block.split("\n").filter((l) => l.trim() !== "");
        if (lines.length > 0 && lines.every((l) => /^\s*[-•]\s+/.test(l))) {
          return (
            <ul key={i} className="list-disc space-y-1 pl-5">
              {lines.map((l, j) => (
                <li key={j}>{inline(l.replace(/^\s*[-•]\s+/, ""))}</li>
              ))}
            </ul>
          );
        }
        const bullets = lines.findIndex((l) => /^\s*[-•]\s+/.test(l));
        if (bullets > 0 && lines.slice(bullets).every((l) => /^\s*[-•]\s+/.test(l))) {
          return (
            <Fragment key={i}>
              <p>{inline(lines.slice(0, bullets).join(" "))}</p>
              <ul className="list-disc space-y-1 pl-5">
                {lines.slice(bullets).map((l, j) => (
                  <li key={j}>{inline(l.replace(/^\s*[-•]\s+/, ""))}</li>
                ))}
              </ul>
            </Fragment>
          );
        }
        return (
          <p key={i} className="whitespace-pre-line">
            {inline(lines.join("\n"))}
          </p>
        );
      })}
    </div>
  );
}

function inline(text: string): ReactNode[] {
  return text
    .split(/(\*\*[^*]+\*\*)/g)
    .map((part, i) =>
      part.startsWith("**") && part.endsWith("**") && part.length > 4 ? (
        <strong key={i}>{part.slice(2, -2)}</strong>
      ) : (
        <Fragment key={i}>{part}</Fragment>
      ),
    );
}
