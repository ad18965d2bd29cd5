/**
 * Starting a scenario under the per-client limit on new attempts: each new attempt copies the
 * scenario's records, so one client may make only so many (rate-limit.ts `attemptStartIp`, and
 * `attemptStartNetwork` for its wider network), a class's learners within their class's allowance.
 * Carrying on with the attempt in progress makes nothing and is never refused.
 */
import type { Store } from "@/db/store";
import { startOrResume, startPlan } from "@/server/data/attempt-lifecycle";
import { clientNetwork } from "./client-address";
import { classPool, countHit, currentCount, RATE_LIMITS, rateLimited } from "./rate-limit";

type StartInput = Parameters<typeof startOrResume>[1];

export async function startWithinLimit(store: Store, ip: string, input: StartInput) {
  // Per client, and per its wider network (an IPv6 /56, clientNetwork); a class's learners in their
  // class's own count (classPool), so practice attempts from a shared address cannot use it up.
  const pool = classPool(input.learner.classId);
  const counters = [
    { rule: RATE_LIMITS.attemptStartIp, subject: `${pool}${ip}` },
    { rule: RATE_LIMITS.attemptStartNetwork, subject: `${pool}${clientNetwork(ip)}` },
  ];
  for (const { rule, subject } of counters) {
    const used = await currentCount(store, rule, subject, input.now);
    if (used.count < rule.limit) continue;
    const plan = await startPlan(store, {
      learner: input.learner,
      scenarioId: input.scenario.id,
      assignmentId: input.assignmentId,
      now: input.now,
    });
    if (input.restart || !plan.openAttempt) throw rateLimited(rule, used.windowStart, input.now);
    break;
  }
  const started = await startOrResume(store, input);
  if (!started.resumed)
    for (const { rule, subject } of counters) await countHit(store, rule, subject, input.now);
  return started;
}
