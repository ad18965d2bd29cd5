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
import { Button, Card, Field, StatusMessage, cx, inputClass } from "../ui";
import { ConnectionWaitNotice } from "./connection-wait";
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

/**
 * After the button of a form here: that it was saved, or why it is still waiting, in live regions that
 * are always in the page (WCAG 4.1.3). Saving empties the box and shows the words above it, which a
 * screen reader does not read out by itself: without this the learner heard nothing and found an
 * empty box (session 41 audit).
 */
function SaveStatus({ saved, action, from }: { saved: string | null; action: Action; from: string }) {
  return (
    <>
      <StatusMessage className="text-sm text-emerald-800">{saved}</StatusMessage>
      <ConnectionWaitNotice wait={action.waitFrom(from)} done="saved" testId="reasoning-wait" />
    </>
  );
}

type Action = ReturnType<typeof useAttemptAction>;

/** Whether the last thing this form sent was stored; set again by the next send. */
function useSaved() {
  const [saved, setSaved] = useState(false);
  return { saved, sending: () => setSaved(false), done: () => setSaved(true) };
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
  action: Action;
}) {
  const [text, setText] = useDraft(`prompt:${prompt.promptId}`);
  const from = useId();
  const fieldId = useId();
  const error = errorMessage(action.errorFrom(from));
  const status = useSaved();
  return (
    <form
      className="flex flex-col gap-2 border-t border-slate-100 pt-3 first:border-t-0 first:pt-0"
      onSubmit={(e) => {
        e.preventDefault();
        status.sending();
        action.act(
          { type: "answer_prompt", promptId: prompt.promptId, text },
          {
            from,
            onSuccess: () => {
              setText("");
              status.done();
            },
          },
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
          <SaveStatus
            saved={status.saved && !error ? "Answer saved. Your tutor marks it after you submit." : null}
            action={action}
            from={from}
          />
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
  const status = useSaved();
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
                  status.sending();
                  action.act(
                    { type: "make_recommendation", metric, cause, action: change },
                    {
                      from,
                      onSuccess: () => {
                        setCause("");
                        setChange("");
                        status.done();
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
                <SaveStatus
                  saved={status.saved && !error ? "Recommendation saved." : null}
                  action={action}
                  from={from}
                />
              </form>
            )}
          </section>
        )}
      </div>
    </Card>
  );
}
