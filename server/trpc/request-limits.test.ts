import { describe, expect, it } from "vitest";
import { CLIENT_MAX_BATCH } from "@/lib/trpc/batch-limit";
import {
  MAX_BATCH_SIZE,
  MAX_BODY_BYTES,
  MAX_JSON_DEPTH,
  nestedDeeperThan,
  readRequestWithin,
} from "./request-limits";

const post = (body: BodyInit) => new Request("http://x/api/trpc/a", { method: "POST", body });
const nested = (depth: number, inner = "1") => `${"[".repeat(depth)}${inner}${"]".repeat(depth)}`;

describe("request limits", () => {
  it("the client never batches more calls than the server accepts", () => {
    expect(CLIENT_MAX_BATCH).toBeLessThanOrEqual(MAX_BATCH_SIZE);
  });

  it("reads a body within the limit and refuses one over it, declared or streamed", async () => {
    const small = await readRequestWithin(post("x".repeat(100)));
    expect(await (small as Request).text()).toBe("x".repeat(100));
    expect(await readRequestWithin(post("x".repeat(MAX_BODY_BYTES + 1)))).toBe("too-large");
    const streamed = new Request("http://x/api/trpc/a", {
      method: "POST",
      body: new ReadableStream({
        start(c) {
          for (let i = 0; i < 5; i++) c.enqueue(new TextEncoder().encode("y".repeat(MAX_BODY_BYTES / 4)));
          c.close();
        },
      }),
      duplex: "half",
    } as RequestInit);
    expect(await readRequestWithin(streamed)).toBe("too-large");
    const get = new Request("http://x/api/trpc/a");
    expect(await readRequestWithin(get)).toBe(get);
  });

  /**
   * Probe, session 41: 20 bodies of 240 KB of "[[[[…" at once took 4.3 s to refuse after parsing.
   * Now one pass over the bytes refuses them before any parser runs (ANSWER security-1, item 5).
   */
  it("refuses JSON nested deeper than 64, body or GET input, before parsing; the app's own shapes pass", async () => {
    expect(await readRequestWithin(post(nested(MAX_JSON_DEPTH + 1)))).toBe("too-deep");
    expect(await readRequestWithin(post(`{"0":{"json":${nested(200_000)}}}`.slice(0, 240_000)))).toBe(
      "too-deep",
    );
    const deepGet = new Request(
      `http://x/api/trpc/a?input=${encodeURIComponent(`{"0":{"json":${nested(100)}}}`)}`,
    );
    expect(await readRequestWithin(deepGet)).toBe("too-deep");
    // A batch as the page sends it, with superjson's meta, and brackets inside strings, which do not count.
    const honest = JSON.stringify({
      0: { json: { attemptId: 7, action: { kind: "note", text: '[[[[{{{{ \\" ]]]]'.repeat(50) } } },
      1: { json: { when: "2026-12-06T22:00:00.000Z" }, meta: { values: { when: ["Date"] } } },
    });
    expect(await readRequestWithin(post(honest))).toBeInstanceOf(Request);
    expect(nestedDeeperThan(nested(MAX_JSON_DEPTH), MAX_JSON_DEPTH)).toBe(false);
    expect(nestedDeeperThan(`"${"[".repeat(500)}"`, MAX_JSON_DEPTH)).toBe(false);
    expect(nestedDeeperThan(`["\\\\", ${nested(MAX_JSON_DEPTH)}]`, MAX_JSON_DEPTH)).toBe(true);
  });

  it("the scan costs little beside the parse it saves", () => {
    const deep = new TextEncoder().encode(nested(120_000));
    const flat = new TextEncoder().encode(JSON.stringify({ note: "x".repeat(240_000) }));
    const time = (f: () => void) => {
      const started = process.cpuUsage();
      for (let i = 0; i < 20; i++) f();
      const used = process.cpuUsage(started);
      return (used.user + used.system) / 1000 / 20;
    };
    // A flat 240 KB body is read to its end; a deep one stops at the 65th bracket.
    expect(time(() => nestedDeeperThan(flat, MAX_JSON_DEPTH))).toBeLessThan(20);
    expect(time(() => nestedDeeperThan(deep, MAX_JSON_DEPTH))).toBeLessThan(1);
  });
});
