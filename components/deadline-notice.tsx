import { type DeadlineTerms, deadlineWords } from "@/lib/deadline";
import { cx } from "./ui";

/**
 * An assignment's due date and what happens then, on the brief and in the workspace: a plain note, not
 * a live region (it is there when the page opens; nothing about it changes while the learner works).
 */
export function DeadlineNotice({ deadline, className }: { deadline: DeadlineTerms; className?: string }) {
  const { when, after } = deadlineWords(deadline);
  const lock = deadline.lateWork === "lock";
  return (
    <div
      className={cx(
        "rounded-xl border px-4 py-3 text-sm",
        lock ? "border-amber-300 bg-amber-50 text-amber-950" : "border-sky-200 bg-sky-50 text-sky-950",
        className,
      )}
      data-testid="deadline"
    >
      <p className="font-semibold">{when}</p>
      <p>{after}</p>
    </div>
  );
}
