import { describe, expect, it } from "vitest";
import { DomainError } from "@/server/core/domain-errors";
import { appRouter } from "./root";
import { HEAVY_CALL_REFUSAL, InFlightCap, SERVER_BUSY_REFUSAL } from "./in-flight";

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

describe("InFlightCap's total across callers", () => {
  it("builds at most `total` at once, lets the next wait in order, and refuses once the wait is full", async () => {
    const cap = new InFlightCap(3, 2, 2);
    const holds = Array.from({ length: 4 }, () => held());
    const started: string[] = [];
    const calls = holds.map((h, i) =>
      cap.run(`tutor:${i}`, async () => {
        started.push(`tutor:${i}`);
        await h.promise;
        return i;
      }),
    );
    await Promise.resolve();
    expect(started).toEqual(["tutor:0", "tutor:1"]);
    expect(cap.load()).toEqual({ building: 2, waiting: 2 });
    // A fifth caller, with nothing of their own running, finds the wait full.
    let ran = false;
    const refused = await cap
      .run("tutor:9", async () => {
        ran = true;
      })
      .catch((e: unknown) => e);
    expect(refused).toMatchObject({ kind: "rate_limited", message: SERVER_BUSY_REFUSAL });
    expect((refused as DomainError).retryAfterSeconds).toBeGreaterThan(0);
    expect(ran).toBe(false);
    // One ending hands its place to the first waiting, never more than two building.
    holds[1]!.resolve();
    await calls[1];
    await Promise.resolve();
    expect(started).toEqual(["tutor:0", "tutor:1", "tutor:2"]);
    expect(cap.load()).toEqual({ building: 2, waiting: 1 });
    holds[0]!.reject(new Error("failed"));
    await expect(calls[0]).rejects.toThrow("failed");
    await Promise.resolve();
    expect(started).toEqual(["tutor:0", "tutor:1", "tutor:2", "tutor:3"]);
    holds[2]!.resolve();
    holds[3]!.resolve();
    expect(await Promise.all([calls[2], calls[3]])).toEqual([2, 3]);
    expect(cap.load()).toEqual({ building: 0, waiting: 0 });
    for (let i = 0; i < 4; i++) expect(cap.count(`tutor:${i}`)).toBe(0);
  });

  it("a caller's waiting calls count towards their own cap", async () => {
    const cap = new InFlightCap(2, 1, 10);
    const a = held();
    const first = cap.run("tutor:1", () => a.promise);
    const second = cap.run("tutor:1", async () => "second");
    await expect(cap.run("tutor:1", async () => "third")).rejects.toMatchObject({
      message: HEAVY_CALL_REFUSAL,
    });
    a.resolve();
    await first;
    expect(await second).toBe("second");
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
