/**
 * Starting a scenario under the per-client limit on new attempts: each new attempt copies the
 * scenario's records, so one client may make only so many (rate-limit.ts `attemptStartIp`).
 * Carrying on with the attempt in progress makes nothing and is never refused.
 */
import type { Store } from "@/db/store";
import { startOrResume, startPlan } from "@/server/data/attempt-lifecycle";
import { countHit, currentCount, RATE_LIMITS, rateLimited } from "./rate-limit";

type StartInput = Parameters<typeof startOrResume>[1];

export async function startWithinLimit(store: Store, ip: string, input: StartInput) {
  const rule = RATE_LIMITS.attemptStartIp;
  const used = await currentCount(store, rule, ip, input.now);
  if (used.count >= rule.limit) {
    const plan = await startPlan(store, {
      learner: input.learner,
      scenarioId: input.scenario.id,
      assignmentId: input.assignmentId,
      now: input.now,
    });
    if (input.restart || !plan.openAttempt) throw rateLimited(rule, used.windowStart, input.now);
  }
  const started = await startOrResume(store, input);
  if (!started.resumed) await countHit(store, rule, ip, input.now);
  return started;
}
