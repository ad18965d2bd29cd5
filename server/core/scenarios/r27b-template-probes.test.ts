import { describe, expect, it } from "vitest";
import { R27B_TEMPLATE_PROBES } from "./r27b-template-probes";
import { shuffledCopies, templateKey } from "./templates";

/** A probe is caught when every copy is read (caught: true), or none is (caught: false). */
const read = (p: (typeof R27B_TEMPLATE_PROBES)[number]) =>
  shuffledCopies(p.texts.map((t, i) => ({ ref: `C${i}`, key: templateKey(t, p.names) }))).size;

describe("round 27 B template probes (tuning half: even ids)", () => {
  for (const p of R27B_TEMPLATE_PROBES.filter((q) => q.id % 2 === 0))
    it(`probe ${p.id} (${p.caught ? "a reshuffled template" : "honest"})`, () => {
      expect(read(p)).toBe(p.caught ? p.texts.length : 0);
    });
});

describe("round 27 B template probes (held out: odd ids, counted, not asserted)", () => {
  it("counts", () => {
    const held = R27B_TEMPLATE_PROBES.filter((q) => q.id % 2 === 1);
    const right = held.filter((p) => (p.caught ? read(p) === p.texts.length : read(p) === 0));
    console.log(`r27b template probes held out: ${right.length}/${held.length} as decided`);
    expect(held.length).toBeGreaterThan(0);
  });
});
