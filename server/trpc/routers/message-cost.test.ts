/**
 * What one learner message of the longest kind costs the server, through the real procedure (`attempts.act`
 * on a fresh database): any visitor may practise alone and send seven such messages an attempt. Measured as
 * processor time in this process and compared with other messages measured the same way (ratios, never a
 * wall-clock bound), so a slow or busy machine moves both sides alike.
 *
 * Session 48's probe: sentences of acts, remedies and link words repeated to 3,990 characters cost 0.7-2.7 s
 * of processor each, where a short message costs 10-30 ms: the analyser's policy-exclusion pattern could cut
 * each of eight words into pieces in every way before it failed (server/core/analysis/rules.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "@/server/test-support/test-app";

let app: TestApp;
beforeAll(() => {
  app = createTestApp();
});
afterAll(() => app.close());

const LONGEST = 3_990;
const filled = (unit: string, length: number) =>
  unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

let learners = 0;
/** Processor milliseconds of one `attempts.act` sending `text` (in a fresh attempt, after a first message). */
async function costOf(text: string): Promise<number> {
  learners++;
  const learner = app.browser({}, { ip: `10.48.${learners >> 8}.${learners & 255}` });
  await learner.api.auth.practiseAlone({
    displayName: `Cost Probe ${String.fromCharCode(65 + (learners % 26))}`,
  });
  const { attemptId } = await learner.api.attempts.start({ scenarioId: "complaint-faulty-kettle" });
  const send = (clientId: string, words: string) =>
    learner.api.attempts.act({
      attemptId,
      clientId,
      action: { type: "send_message", customerRef: "CUS-2041", channel: "email", text: words },
    });
  await send(`cost-first-${learners}`, "Hello Priya, thank you for getting in touch.");
  const started = process.cpuUsage();
  await send(`cost-measured-${learners}`, text);
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

/** The least of three costs, each of a text no reader has met before (the readers remember recent texts). */
async function leastCost(text: (n: number) => string): Promise<number> {
  const costs: number[] = [];
  for (let n = 0; n < 3; n++) costs.push(await costOf(text(n)));
  return Math.min(...costs);
}

describe("the cost of a learner's longest message (session 48)", () => {
  beforeAll(async () => {
    // The first messages of a process pay for reading the scenarios and building the readers.
    for (let n = 0; n < 3; n++) await costOf(`${n} Dear Priya, I'm so sorry. I've refunded you in full.`);
  });

  it("a sentence of acts, remedies and link words costs a small multiple of a short message", async () => {
    const short = await leastCost(
      (n) => `${n} Dear Priya, I'm so sorry the kettle stopped. I've refunded you in full.`,
    );
    const ratios: Record<string, number> = {};
    for (const unit of [
      "voucher before really call so ",
      "can't call can't today voucher ",
      "refunded unless call x refund credit voucher ",
      "voucher unless replace call , refunded x sorry Priya ",
    ]) {
      const long = await leastCost((n) => `${n} ${filled(unit, LONGEST - 2)}`);
      console.log(`${JSON.stringify(unit)}: ${long.toFixed(0)} ms, a short message ${short.toFixed(0)} ms`);
      ratios[unit] = long / short;
    }
    // Before: 28-250 times a short message. Now about 1-6.
    for (const [unit, ratio] of Object.entries(ratios)) expect(ratio, JSON.stringify(unit)).toBeLessThan(25);
  });
});
