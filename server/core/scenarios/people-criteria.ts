/**
 * Criteria about work beyond the customer: the order of two kinds of action ("asked the warehouse
 * before promising a date", "escalated before giving more than the policy allows") and answers to
 * reasoning prompts, which a tutor marks against the prompt's rubric (awaiting the tutor until then,
 * with the hints the engine can find automatically).
 */
import { readMessage } from "./case-evidence";
import type { ActionRecord } from "./engine-types";
import { anyMatches } from "./matching";
import type { Criterion, ScenarioPrompt } from "./scenario-schema";
import { RESPECT_BREACHES } from "./scripted-customer";
import {
  type Ctx,
  type CriterionResult,
  type Evidence,
  actionEvidence,
  labelName,
  result,
} from "./criterion-evidence";

type Of<K extends Criterion["kind"]> = Extract<Criterion, { kind: K }>;

/** Met: a `first` action came before the first `next` action. Partly: it came, but only after. */
export function evalBefore(ctx: Ctx, c: Of<"before">): CriterionResult {
  let first: ActionRecord | null = null;
  let then: ActionRecord | null = null;
  for (const r of ctx.state.log) {
    if (!first && anyMatches(c.first, r, { isTemplate: ctx.isTemplate })) first = r;
    if (!then && anyMatches(c.next, r, { isTemplate: ctx.isTemplate })) then = r;
  }
  const evidence: Evidence[] = [];
  if (first) evidence.push(actionEvidence(ctx, first, "First"));
  if (then) evidence.push(actionEvidence(ctx, then, "Then"));
  if (!first)
    return result(
      c,
      "not_met",
      then
        ? `This went ahead at ${ctx.clock(then.simMinute)} without the step that should come first.`
        : "The step that should come first was never taken.",
      evidence,
    );
  if (then && then.index < first.index)
    return result(
      c,
      "partly",
      `Done in the wrong order: ${ctx.clock(then.simMinute)} came before ${ctx.clock(first.simMinute)}.`,
      evidence,
    );
  return result(
    c,
    "met",
    then
      ? `In order: ${ctx.clock(first.simMinute)}, then ${ctx.clock(then.simMinute)}.`
      : `Done at ${ctx.clock(first.simMinute)}.`,
    evidence,
  );
}

export type PromptHint = { id: string; note: string; found: boolean; text?: string };

/**
 * What the engine can see in an answer without marking it: which of the prompt's hints it touches
 * (paraphrases, as in case evidence: keyword lists never count) and any disrespect the analyser finds.
 */
export function promptHints(
  prompt: ScenarioPrompt,
  text: string,
  labels: readonly string[],
): { hints: PromptHint[]; flags: string[] } {
  const reading = readMessage(
    text,
    null,
    {
      facts: prompt.hints.map((h) => ({ id: h.id, say: h.say })),
      questions: [],
      fix: [],
      history: [],
      personalData: [],
      obstructs: [],
      choices: [],
    },
    "email",
  );
  const hints = prompt.hints.map((h) => {
    const hit = reading.hits.find((x) => x.id === h.id);
    return hit
      ? { id: h.id, note: h.note, found: true, text: hit.text }
      : { id: h.id, note: h.note, found: false };
  });
  const flags = RESPECT_BREACHES.filter((l) => labels.includes(l)).map(labelName);
  if (reading.keywordLists > 0) flags.push("a list of keywords rather than sentences");
  if (reading.wall) flags.push("a wall of text");
  return { hints, flags };
}

/**
 * A reasoning prompt's answer: "not met" until a tutor marks it (the report shows it as awaiting the
 * tutor and leaves it out of the total); no answer is simply not met.
 */
export function evalTutorMarked(ctx: Ctx, c: Of<"tutor_marked">): CriterionResult {
  const prompt = ctx.scenario.prompts.find((p) => p.id === c.promptId);
  const answers = ctx.state.log.filter(
    (r) => r.action.type === "answer_prompt" && r.action.promptId === c.promptId,
  );
  const last = answers.at(-1);
  if (!prompt || !last || last.action.type !== "answer_prompt")
    return result(c, "not_met", "The question was not answered.", []);
  const { hints, flags } = promptHints(prompt, last.action.text, last.analysis?.labels ?? []);
  const ev: Evidence = {
    seq: last.seq,
    simMinute: last.simMinute,
    clock: ctx.clock(last.simMinute),
    kind: "message",
    summary: `Answer to "${prompt.question}" at ${ctx.clock(last.simMinute)}${answers.length > 1 ? ` (the last of ${answers.length})` : ""}`,
    text: last.action.text,
  };
  const spans = hints
    .filter((h) => h.found && h.text)
    .map((h) => {
      const start = last.action.type === "answer_prompt" ? last.action.text.indexOf(h.text!) : -1;
      return { label: h.id, start, end: start + h.text!.length, text: h.text! };
    })
    .filter((s) => s.start >= 0);
  if (spans.length) ev.spans = spans;
  const found = hints.filter((h) => h.found).map((h) => h.note);
  const missing = hints.filter((h) => !h.found).map((h) => h.note);
  const parts = ["Awaiting the tutor's mark."];
  if (found.length) parts.push(`Automatic hints: touches ${found.join("; ")}.`);
  if (missing.length) parts.push(`Not found: ${missing.join("; ")}.`);
  if (flags.length) parts.push(`Check: ${flags.join("; ")}.`);
  const r = result(c, "not_met", parts.join(" "), [ev]);
  r.awaitingTutor = true;
  r.feedback = "Your tutor will mark this answer against the scenario's rubric.";
  r.hints = hints;
  return r;
}
