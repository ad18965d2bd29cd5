/**
 * The tutor's fast marking view for reasoning prompts: every submitted answer of an assignment to
 * each prompt the tutor marks (criteria of kind `tutor_marked`), beside the prompt's rubric, model
 * answer and the hints the engine found. Marks are saved through moderation's `overrideCriterion`
 * (the per-criterion override with its audit trail), so no new table is needed.
 */
import { and, desc, eq, isNull } from "drizzle-orm";
import type { Scope } from "@/db/store";
import type { CriterionStatus } from "@/server/core/scenarios/scoring";
import { renderText } from "@/server/core/scenarios/text-templates";
import { loadReport } from "../attempts";
import { scenarioOrUndefined, tutorAssignment } from "./scope";

export type PromptAnswers = {
  prompts: {
    criterionId: string;
    title: string;
    question: string;
    rubric: { met: string; partly: string; not_met: string };
    modelAnswer: string;
  }[];
  answers: {
    attemptId: number;
    learnerName: string;
    criterionId: string;
    text: string | null;
    awaiting: boolean;
    status: CriterionStatus;
    comment: string | null;
    hints: { id: string; note: string; found: boolean }[];
  }[];
};

export async function promptAnswers(
  scope: Scope,
  tutorId: number,
  assignmentId: number,
): Promise<PromptAnswers> {
  const { t, db } = scope;
  const assignment = await tutorAssignment(scope, tutorId, assignmentId);
  const scenario = scenarioOrUndefined(assignment.scenarioId);
  const prompts: PromptAnswers["prompts"] = [];
  for (const c of scenario?.rubric ?? []) {
    if (c.kind !== "tutor_marked") continue;
    const p = scenario!.prompts.find((x) => x.id === c.promptId);
    // Learners in one assignment start on different days, so months read relatively ("last month");
    // quoted figures ({{nps -1}}) are the same for every start (scenario-references.ts checks it).
    const render = (text: string) => renderText(scenario!, text);
    if (p)
      prompts.push({
        criterionId: c.id,
        title: render(c.title),
        question: render(p.question),
        rubric: {
          met: render(p.rubric.met),
          partly: render(p.rubric.partly),
          not_met: render(p.rubric.not_met),
        },
        modelAnswer: render(p.modelAnswer),
      });
  }
  if (prompts.length === 0) return { prompts, answers: [] };
  const rows = await db
    .select({ attempt: t.attempts, learnerName: t.learners.displayName })
    .from(t.attempts)
    .innerJoin(t.learners, eq(t.learners.id, t.attempts.learnerId))
    .where(
      and(
        eq(t.attempts.assignmentId, assignment.id),
        eq(t.attempts.status, "submitted"),
        isNull(t.learners.removedAt),
      ),
    )
    .orderBy(desc(t.attempts.submittedAt), desc(t.attempts.id));
  const seen = new Set<number>();
  const answers: PromptAnswers["answers"] = [];
  for (const { attempt, learnerName } of rows) {
    // Each learner's latest submitted attempt, as on the results grid.
    if (seen.has(attempt.learnerId)) continue;
    seen.add(attempt.learnerId);
    const report = await loadReport(scope, attempt);
    if (!report) continue;
    for (const p of prompts) {
      const c = report.criteria.find((x) => x.id === p.criterionId);
      if (!c) continue;
      const answer = c.evidence.find((e) => e.kind === "message")?.text ?? null;
      answers.push({
        attemptId: attempt.id,
        learnerName,
        criterionId: p.criterionId,
        text: answer,
        awaiting: c.awaitingTutor === true,
        status: c.status,
        comment: c.override?.comment ?? null,
        hints: (c.hints ?? []).map(({ id, note, found }) => ({ id, note, found })),
      });
    }
  }
  // Unmarked answers first, then by learner name.
  answers.sort(
    (a, b) => Number(b.awaiting) - Number(a.awaiting) || a.learnerName.localeCompare(b.learnerName),
  );
  return { prompts, answers };
}
