import { describe, expect, it } from "vitest";
import { CLIENT_MAX_BATCH } from "@/lib/trpc/batch-limit";
import { MAX_BATCH_SIZE, readBodyWithin } from "./request-limits";

describe("request limits", () => {
  it("the client never batches more calls than the server accepts", () => {
    expect(CLIENT_MAX_BATCH).toBeLessThanOrEqual(MAX_BATCH_SIZE);
  });

  it("reads a body within the limit and refuses one over it, declared or streamed", async () => {
    const small = new Request("http://x/api/trpc/a", { method: "POST", body: "x".repeat(100) });
    expect(await (await readBodyWithin(small, 1_000))!.text()).toBe("x".repeat(100));
    const declared = new Request("http://x/api/trpc/a", { method: "POST", body: "x".repeat(2_000) });
    expect(await readBodyWithin(declared, 1_000)).toBeUndefined();
    const streamed = new Request("http://x/api/trpc/a", {
      method: "POST",
      body: new ReadableStream({
        start(c) {
          for (let i = 0; i < 5; i++) c.enqueue(new TextEncoder().encode("y".repeat(400)));
          c.close();
        },
      }),
      duplex: "half",
    } as RequestInit);
    expect(await readBodyWithin(streamed, 1_000)).toBeUndefined();
    const get = new Request("http://x/api/trpc/a");
    expect(await readBodyWithin(get, 1_000)).toBe(get);
  });
});
