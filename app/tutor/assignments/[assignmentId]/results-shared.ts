// Types and labels the results page's components share.
import type { inferRouterOutputs } from "@trpc/server";
import type { BadgeTone } from "@/components/ui";
import type { AppRouter } from "@/server/trpc/root";

export type Results = inferRouterOutputs<AppRouter>["results"]["assignmentResults"];
export type Row = Results["rows"][number];
export type Criterion = Results["criteria"][number];
export type Status = "met" | "partly" | "not_met";

export const STATUS_TEXT: Record<Status, string> = { met: "Met", partly: "Partly met", not_met: "Not met" };
export const STATUS_ICON: Record<Status, string> = { met: "✓", partly: "◐", not_met: "✗" };
/** A gate judged on work never done: scored as not met, shown apart so it does not read as a mistake. */
export const NOT_ATTEMPTED_TEXT = "Not attempted";
export const NOT_ATTEMPTED_ICON = "–";
export const STATUS_CELL: Record<Status, string> = {
  met: "bg-emerald-50 text-emerald-900 ring-emerald-200 hover:bg-emerald-100",
  partly: "bg-amber-50 text-amber-950 ring-amber-300 hover:bg-amber-100",
  not_met: "bg-red-50 text-red-900 ring-red-200 hover:bg-red-100",
};
/** The debrief panel opens with this many criteria; the rest are one click away. */
export const TOP_MISSED = 5;

export const LEARNER_STATUS: Record<Row["status"], { label: string; tone: BadgeTone }> = {
  submitted: { label: "Submitted", tone: "green" },
  in_progress: { label: "In progress", tone: "blue" },
  not_started: { label: "Not started", tone: "neutral" },
};

export interface Editing {
  row: Row;
  criterion: Criterion;
  status: Status;
  originalStatus: Status | null;
  /** A reasoning answer the tutor has not marked yet (its status reads "not met" until then). */
  awaiting?: boolean;
}
