import { describe, expect, it } from "vitest";
import { DomainError } from "@/server/core/domain-errors";
import { appRouter } from "./root";
import { HEAVY_CALL_REFUSAL, InFlightCap } from "./in-flight";

/** A promise with its resolve and reject, to hold work open. */
function held<T = void>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe("InFlightCap", () => {
  it("runs up to the limit per key, refuses the next at once, and frees a place when one settles", async () => {
    const cap = new InFlightCap(2);
    const a = held();
    const b = held();
    const first = cap.run("tutor:1", () => a.promise);
    const second = cap.run("tutor:1", () => b.promise);
    let ran = false;
    const third = cap.run("tutor:1", async () => {
      ran = true;
    });
    await expect(third).rejects.toMatchObject({ kind: "rate_limited", message: HEAVY_CALL_REFUSAL });
    expect(ran).toBe(false);
    // Another caller is not counted with this one.
    await expect(cap.run("tutor:2", async () => "other")).resolves.toBe("other");
    a.resolve();
    await first;
    await expect(cap.run("tutor:1", async () => "after")).resolves.toBe("after");
    b.reject(new Error("failed"));
    await expect(second).rejects.toThrow("failed");
    // A failed call frees its place too, and nothing is kept for a key with none running.
    expect(cap.count("tutor:1")).toBe(0);
  });

  it("says when to try again", async () => {
    const cap = new InFlightCap(1);
    const a = held();
    void cap.run("k", () => a.promise);
    const error = await cap.run("k", async () => undefined).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).retryAfterSeconds).toBeGreaterThan(0);
    a.resolve();
  });
});

describe("which procedures are heavy", () => {
  it("the three exports, and only tutor procedures", () => {
    const procedures = (
      appRouter as unknown as {
        _def: { procedures: Record<string, { _def: { meta?: { access?: string; heavy?: boolean } } }> };
      }
    )._def.procedures;
    const heavy = Object.entries(procedures)
      .filter(([, p]) => p._def.meta?.heavy)
      .map(([name, p]) => [name, p._def.meta?.access]);
    expect(heavy.sort()).toEqual([
      ["results.exportClassCsv", "tutor"],
      ["results.exportClassWorkbook", "tutor"],
      ["results.exportCsv", "tutor"],
    ]);
  });
});
