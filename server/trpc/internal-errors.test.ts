/**
 * An error nobody expected (a bug, a driver's failure that is not a storage fault) answers 500 with a
 * plain message: the original, which may hold SQL and its parameters or a file path, stays in the
 * server log. Through tRPC's own fetch handler, as app/api/trpc/[trpc]/route.ts serves it.
 */
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { describe, expect, it } from "vitest";
import { memorySessionStore } from "@/server/auth/session";
import { createTestApp } from "@/server/test-support/test-app";
import type { TrpcContext } from "./context";
import { INTERNAL_ERROR_MESSAGE, UNREADABLE_REQUEST_MESSAGE } from "./init";
import { appRouter } from "./root";

const SECRET_DETAIL =
  'Failed query: select "password_hash" from "tutors" where "email" = ? params: head@college.example (/srv/crm/data/crm.sqlite)';

/** A data layer whose every use fails with a driver-like error that is not a storage fault. */
const failingStore = new Proxy(
  {},
  {
    get: () => {
      throw new Error(SECRET_DETAIL);
    },
  },
) as TrpcContext["store"];

async function call(path: string, store: TrpcContext["store"], init: RequestInit = {}, signedIn = true) {
  const res = await fetchRequestHandler({
    endpoint: "/api/trpc",
    req: new Request(`http://localhost/api/trpc/${path}`, {
      ...init,
      headers: { "content-type": "application/json" },
    }),
    router: appRouter,
    createContext: () => ({
      store,
      session: memorySessionStore(signedIn ? { learnerId: 1, learnerVersion: 1 } : {}),
      ip: "10.2.2.2",
      now: () => new Date(),
    }),
  });
  return { status: res.status, text: await res.text() };
}

describe("unexpected errors", () => {
  it("answer 500 with a plain message, not the SQL, its parameters or a file path", async () => {
    const query = await call("auth.me", failingStore);
    const mutation = await call("auth.signOut", failingStore, { method: "POST", body: "{}" });
    for (const res of [query, mutation]) {
      expect(res.status).toBe(500);
      const body = JSON.parse(res.text) as { error: { json: { message: string; data: { code: string } } } };
      expect(body.error.json.data.code).toBe("INTERNAL_SERVER_ERROR");
      expect(body.error.json.message).toBe(INTERNAL_ERROR_MESSAGE);
      expect(res.text).not.toMatch(/password_hash|head@college|\/srv\/crm|Failed query/);
    }
  });

  it("expected errors keep their own message (the page shows it)", async () => {
    const app = createTestApp();
    try {
      const res = await call(
        `attempts.get?input=${encodeURIComponent(JSON.stringify({ json: { attemptId: 999_999 } }))}`,
        app.store,
        {},
        false,
      );
      expect(res.status).toBe(401);
      expect(res.text).toContain("Please sign in or join a class first.");
      const bad = await call(
        "auth.practiseAlone",
        app.store,
        {
          method: "POST",
          body: JSON.stringify({ json: { displayName: "" } }),
        },
        false,
      );
      expect(bad.status).toBe(400);
      expect(bad.text).toContain("Enter a display name.");
    } finally {
      await app.close();
    }
  });

  it("a request nested too deeply to read answers 400 in plain words, not the engine's stack overflow", async () => {
    const app = createTestApp();
    try {
      // superjson walks its "meta" recursively: 10,000 levels (60 KiB, well under the size limit).
      const depth = 10_000;
      const meta = `{"values":${'{"a":'.repeat(depth)}["undefined"]${"}".repeat(depth)}}`;
      const res = await call(
        "auth.practiseAlone",
        app.store,
        { method: "POST", body: `{"json":{"displayName":"Deep"},"meta":${meta}}` },
        false,
      );
      expect(res.status).toBe(400);
      expect(JSON.parse(res.text).error.json.message).toBe(UNREADABLE_REQUEST_MESSAGE);
      expect(res.text).not.toMatch(/call stack|RangeError/i);
    } finally {
      await app.close();
    }
  });

  /**
   * Probe, session 40: a hand-made request answered 400 with the internals of what read it: zod's
   * issue list as JSON ('[{"origin":"string","code":"too_small",…'), superjson's own words with a link
   * to its issue tracker ("Trying to deserialize unknown class 'Foo' - check https://github.com/blitz-js/…"),
   * and the JSON parser's ("Expected property name or '}' in JSON at position 1"). They help nobody
   * but someone mapping the server (OWASP ASVS 4.0 V7.4.1, a generic message for errors).
   */
  it.each([
    ["input that fails its schema", "auth.practiseAlone", JSON.stringify({ json: { displayName: 42 } })],
    ["JSON that does not parse", "auth.practiseAlone", "{not json"],
    [
      "a superjson class nobody registered",
      "auth.practiseAlone",
      '{"json":{"displayName":{}},"meta":{"values":{"displayName":[["class","Foo"]]}}}',
    ],
    [
      "a superjson prototype key",
      "auth.practiseAlone",
      '{"json":{"displayName":"x"},"meta":{"values":{"__proto__.polluted":["undefined"]}}}',
    ],
  ])(
    "%s answers 400 in plain words, naming no library, parser or schema internals",
    async (_label, path, body) => {
      const app = createTestApp();
      try {
        const res = await call(path, app.store, { method: "POST", body }, false);
        expect(res.status).toBe(400);
        const message = (JSON.parse(res.text) as { error: { json: { message: string } } }).error.json.message;
        expect(message).toMatch(/^[A-Z][^\n]*\.$/);
        expect(message).not.toMatch(
          /superjson|github|zod|deserializ|JSON at position|"code"|__proto__|prototype/i,
        );
      } finally {
        await app.close();
      }
    },
  );

  it("input that fails its schema still names the field and says what to put right", async () => {
    const app = createTestApp();
    try {
      const res = await call(
        "auth.practiseAlone",
        app.store,
        { method: "POST", body: JSON.stringify({ json: { displayName: 42 } }) },
        false,
      );
      const error = (
        JSON.parse(res.text) as {
          error: { json: { message: string; data: { fieldErrors: Record<string, string[]> } } };
        }
      ).error.json;
      expect(error.data.fieldErrors.displayName?.[0]).toBe("Enter a display name.");
      expect(error.message).toBe("Enter a display name.");
    } finally {
      await app.close();
    }
  });
});
