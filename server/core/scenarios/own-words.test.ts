import { describe, expect, it } from "vitest";
import { initialState } from "./attempt-state";
import { sentencesOf } from "./own-words";
import { applyAction } from "./runtime";
import { loadScenarioFile, START } from "./test-support";

/** Processor time of `work` in ms (not wall time: on a shared machine the wall clock measures the others too). */
function cpuMs(work: () => unknown): number {
  const started = process.cpuUsage();
  work();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

/** The sentences as the reader found them before session 43 (every mark of a run tried as a start). */
function sentencesBefore(text: string) {
  const out: { start: number; end: number }[] = [];
  let from = 0;
  for (const m of text.matchAll(/[.!?]+(?=\s)|\n+/g)) {
    const end = m.index! + m[0].length;
    if (text.slice(from, end).trim()) out.push({ start: from, end });
    from = end;
  }
  if (text.slice(from).trim()) out.push({ start: from, end: text.length });
  return out;
}

// Probe, session 43: a run of stops with no space after it was tried from every stop in it, each try to
// its end, so a learner's message of 3,990 dots took 1.4 s of the server's thread (from anyone who
// chose "practise alone").
describe("sentences of a learner's text", () => {
  it("are the same as before, for ordinary text and for every mix of marks, spaces and letters", () => {
    const samples = [
      "Hi Priya. I'm sorry!! We'll send a new kettle... Is that OK?\nThanks",
      "Wait...what? OK.  Fine!? Yes.\n\nNo",
      "e.g. this, i.e. that. Done.",
    ];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let i = 0; i < 2000; i++)
      samples.push(
        Array.from({ length: 1 + Math.floor(next() * 20) }, () => ".!? \nab"[Math.floor(next() * 7)]).join(
          "",
        ),
      );
    for (const text of samples)
      expect(sentencesOf(text), JSON.stringify(text)).toEqual(sentencesBefore(text));
  });

  it("are found in linear time: a message of 3,990 dots through the whole engine", () => {
    const dots = ".".repeat(3990);
    const scenario = loadScenarioFile("complaint-faulty-kettle");
    // Warm the readers first: their first use loads word lists.
    applyAction(scenario, initialState(scenario, START), {
      type: "send_message",
      customerRef: "CUS-2041",
      channel: "email",
      text: "Hello Priya, I am sorry about the kettle.",
    });
    const state = initialState(scenario, START);
    // About 5 ms now; 1.4 s before (own-words.ts and case-evidence.ts each tried every dot).
    const used = cpuMs(() =>
      expect(
        applyAction(scenario, state, {
          type: "send_message",
          customerRef: "CUS-2041",
          channel: "email",
          text: dots,
        }).ok,
      ).toBe(true),
    );
    expect(used).toBeLessThan(300);
  });
});
