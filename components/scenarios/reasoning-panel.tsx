"use client";

import { useId, useState } from "react";
import { errorMessage } from "@/lib/trpc/error-message";
import type { StoredEvent } from "@/server/core/scenarios/engine-types";
import {
  METRIC_NAMES,
  RECOMMENDATION_METRICS,
  type RecommendationMetric,
} from "@/server/core/scenarios/learner-action-kinds";
import type { LearnerView } from "@/server/core/scenarios/learner-view";
import { Button, Card, Field, cx, inputClass } from "../ui";
import type { useAttemptAction } from "./use-attempt-action";
import { useDraft } from "./use-draft";

/** The learner's latest answer to each prompt (a later answer replaces an earlier one). */
export function latestAnswers(events: StoredEvent[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of events) {
    if (e.actor !== "learner" || e.type !== "answer_prompt") continue;
    const a = (e.payload as { action?: { promptId?: string; text?: string } }).action;
    if (a?.promptId) out.set(a.promptId, String(a.text ?? ""));
  }
  return out;
}

function PromptForm({
  prompt,
  answered,
  canAct,
  action,
}: {
  prompt: LearnerView["prompts"][number];
  answered: string | undefined;
  canAct: boolean;
  action: ReturnType<typeof useAttemptAction>;
}) {
  const [text, setText] = useDraft(`prompt:${prompt.promptId}`);
  const from = useId();
  const fieldId = useId();
  const error = errorMessage(action.errorFrom(from));
  return (
    <form
      className="flex flex-col gap-2 border-t border-slate-100 pt-3 first:border-t-0 first:pt-0"
      onSubmit={(e) => {
        e.preventDefault();
        action.act(
          { type: "answer_prompt", promptId: prompt.promptId, text },
          { from, onSuccess: () => setText("") },
        );
      }}
    >
      {answered && (
        <div className="rounded-lg bg-brand-50 px-3 py-2 text-sm">
          <p className="text-xs font-medium text-slate-700">
            Your answer (your tutor marks it after you submit)
          </p>
          <p className="whitespace-pre-wrap">{answered}</p>
        </div>
      )}
      {canAct && (
        <>
          <Field label={prompt.question} htmlFor={fieldId} error={error}>
            <textarea
              id={fieldId}
              className={cx(inputClass, "min-h-24")}
              value={text}
              maxLength={4000}
              required
              onChange={(e) => setText(e.target.value)}
            />
          </Field>
          <Button type="submit" disabled={action.isPending} className="self-start">
            {answered ? "Replace my answer" : "Save answer"}
          </Button>
        </>
      )}
      {!canAct && !answered && (
        <p className="text-sm">
          {prompt.question} <span className="text-slate-600">(not answered)</span>
        </p>
      )}
    </form>
  );
}

/**
 * Questions that ask the learner to explain or evaluate, and a structured recommendation from the
 * attempt's own data (metric → cause → action).
 */
export function ReasoningPanel({
  prompts,
  events,
  canAct,
  action,
  recommend,
}: {
  prompts: LearnerView["prompts"];
  events: StoredEvent[];
  canAct: boolean;
  action: ReturnType<typeof useAttemptAction>;
  /** Show the recommendation form (scenarios about analysis). */
  recommend: boolean;
}) {
  const answers = latestAnswers(events);
  const [metric, setMetric] = useState<RecommendationMetric>("nps");
  const [cause, setCause] = useDraft("recommendation:cause");
  const [change, setChange] = useDraft("recommendation:action");
  const from = useId();
  const ids = { metric: useId(), cause: useId(), change: useId() };
  const error = errorMessage(action.errorFrom(from));
  const made = events.filter((e) => e.actor === "learner" && e.type === "make_recommendation");
  return (
    <Card title={prompts.length ? "Your reasoning" : "Recommend an improvement"}>
      <div className="flex flex-col gap-4">
        {prompts.map((p) => (
          <PromptForm
            key={p.promptId}
            prompt={p}
            answered={answers.get(p.promptId)}
            canAct={canAct}
            action={action}
          />
        ))}
        {recommend && (
          <section aria-label="Recommendation" className="flex flex-col gap-2 border-t border-slate-100 pt-3">
            {prompts.length > 0 && <h3 className="text-sm font-semibold">Recommend an improvement</h3>}
            {made.map((e) => {
              const a = (
                e.payload as { action: { metric: RecommendationMetric; cause: string; action: string } }
              ).action;
              return (
                <p key={e.seq} className="rounded-lg bg-brand-50 px-3 py-2 text-sm">
                  <strong>{METRIC_NAMES[a.metric]}</strong> → {a.cause} → {a.action}
                </p>
              );
            })}
            {canAct && (
              <form
                className="flex flex-col gap-2"
                onSubmit={(e) => {
                  e.preventDefault();
                  action.act(
                    { type: "make_recommendation", metric, cause, action: change },
                    {
                      from,
                      onSuccess: () => {
                        setCause("");
                        setChange("");
                      },
                    },
                  );
                }}
              >
                <Field label="Metric that shows the problem" htmlFor={ids.metric}>
                  <select
                    id={ids.metric}
                    className={inputClass}
                    value={metric}
                    onChange={(e) => setMetric(e.target.value as RecommendationMetric)}
                  >
                    {RECOMMENDATION_METRICS.map((m) => (
                      <option key={m} value={m}>
                        {METRIC_NAMES[m]}
                      </option>
                    ))}
                  </select>
                </Field>
                <Field label="Cause (what the data shows)" htmlFor={ids.cause}>
                  <textarea
                    id={ids.cause}
                    className={cx(inputClass, "min-h-16")}
                    value={cause}
                    maxLength={1000}
                    required
                    onChange={(e) => setCause(e.target.value)}
                  />
                </Field>
                <Field label="Action (what you would change)" htmlFor={ids.change} error={error}>
                  <textarea
                    id={ids.change}
                    className={cx(inputClass, "min-h-16")}
                    value={change}
                    maxLength={1000}
                    required
                    onChange={(e) => setChange(e.target.value)}
                  />
                </Field>
                <Button type="submit" disabled={action.isPending} className="self-start">
                  Save recommendation
                </Button>
              </form>
            )}
          </section>
        )}
      </div>
    </Card>
  );
}
