/**
 * Bad input: every tRPC procedure, called as an anonymous visitor, a learner and a tutor, with random
 * and boundary inputs (fast-check). Each call must either succeed or fail with a client-class tRPC
 * error (4xx), never INTERNAL_SERVER_ERROR (500) and never anything that is not a TRPCError.
 *
 * Inputs are generated from each procedure's own zod input schema (so most calls get past the outer
 * shape and reach the procedure's logic), mixed with arbitrary JSON-like values and boundary values:
 * empty and 10,000-character strings, unicode, HTML, 0, -1, 2^53, NaN, Infinity, real ids.
 */
import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionData } from "@/server/auth/session";
import { appRouter } from "@/server/trpc/root";
import { createTestApp, type TestApp } from "@/server/test-support/test-app";

// ------------------------------------------------------------------ value generators from zod

const BOUNDARY_STRINGS = [
  "",
  " ",
  "a",
  "x".repeat(10_000),
  "é".repeat(41),
  "💥🧨 ünïcödé ℌ𝔢𝔩𝔩𝔬 \u202Eevil\u202C",
  "\u0000\u0001\u200B\uFEFF",
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "=HYPERLINK(\"http://x\")",
  "../../etc/passwd",
  "'; DROP TABLE attempts; --",
  "CUS-2041",
  "ORD-10234",
  "CASE-A1",
  "complaint-faulty-kettle",
  "onboarding-new-subscriber",
  "win-back-lapsed-customers",
  "tutor@example.com",
  "__proto__",
  "constructor",
  "2026-11-12T09:00:00Z",
];
const BOUNDARY_NUMBERS = [0, -1, 1, 2, 3, 4, 5, 1.5, 2 ** 31, 2 ** 53, -(2 ** 53), Number.MAX_VALUE, NaN, Infinity, -Infinity, 1e-9];

const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(...BOUNDARY_STRINGS, ...BOUNDARY_NUMBERS, null, undefined, true, false, [], {}),
  fc.anything({ maxDepth: 2, withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true }),
);
const stringValue = fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...BOUNDARY_STRINGS) }, fc.string({ maxLength: 60 }), fc.string({ unit: "grapheme", maxLength: 30 }));
const numberValue = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...BOUNDARY_NUMBERS) }, fc.integer(), fc.double());

/** Minimal view of zod 4's internal definition, enough to walk input schemas. */
type ZodDef = {
  type: string;
  shape?: Record<string, { _zod: { def: ZodDef } }>;
  innerType?: { _zod: { def: ZodDef } };
  in?: { _zod: { def: ZodDef } };
  element?: { _zod: { def: ZodDef } };
  options?: { _zod: { def: ZodDef } }[];
  entries?: Record<string, string | number>;
  values?: unknown[];
  items?: { _zod: { def: ZodDef } }[];
  valueType?: { _zod: { def: ZodDef } };
};

function fromDef(def: ZodDef, depth = 0): fc.Arbitrary<unknown> {
  if (depth > 6) return anyValue;
  const inner = (s: { _zod: { def: ZodDef } } | undefined) => (s ? fromDef(s._zod.def, depth + 1) : anyValue);
  // Now and then anything at all, at any level.
  const wrap = (arb: fc.Arbitrary<unknown>) => fc.oneof({ weight: 6, arbitrary: arb }, { weight: 1, arbitrary: anyValue });
  switch (def.type) {
    case "object": {
      const shape = def.shape ?? {};
      const keys = Object.keys(shape);
      const record = fc.record(Object.fromEntries(keys.map((k) => [k, inner(shape[k])])), { requiredKeys: [] }) as fc.Arbitrary<Record<string, unknown>>;
      return wrap(
        fc.oneof(
          { weight: 4, arbitrary: fc.record(Object.fromEntries(keys.map((k) => [k, inner(shape[k])]))) },
          { weight: 2, arbitrary: record },
          { weight: 1, arbitrary: fc.tuple(record, fc.dictionary(fc.string({ maxLength: 12 }), anyValue, { maxKeys: 3 })).map(([a, b]) => ({ ...b, ...a })) },
        ),
      );
    }
    case "string":
      return wrap(stringValue);
    case "number":
    case "int":
      return wrap(numberValue);
    case "bigint":
      return wrap(fc.bigInt());
    case "boolean":
      return wrap(fc.boolean());
    case "date":
      return wrap(fc.oneof(fc.date(), fc.constant(new Date(NaN))));
    case "enum":
      return wrap(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...Object.values(def.entries ?? { a: "a" })) }, stringValue));
    case "literal":
      return wrap(fc.constantFrom(...(def.values ?? [null])));
    case "optional":
      return fc.oneof({ weight: 1, arbitrary: fc.constant(undefined) }, { weight: 4, arbitrary: inner(def.innerType) });
    case "nullable":
      return fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 4, arbitrary: inner(def.innerType) });
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
    case "nonoptional":
      return fc.oneof({ weight: 1, arbitrary: fc.constant(undefined) }, { weight: 4, arbitrary: inner(def.innerType) });
    case "pipe":
      return inner(def.in);
    case "array":
      return wrap(fc.array(inner(def.element), { maxLength: 6 }));
    case "tuple":
      return wrap(fc.tuple(...(def.items ?? []).map((i) => inner(i))));
    case "record":
      return wrap(fc.dictionary(stringValue, inner(def.valueType), { maxKeys: 4 }));
    case "union":
      return fc.oneof(...(def.options ?? []).map((o) => inner(o)));
    default:
      return anyValue;
  }
}

type AnyProcedure = {
  _def: { type: "query" | "mutation" | "subscription"; inputs: { _zod?: { def: ZodDef } }[] };
};

const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, AnyProcedure>).sort(([a], [b]) => a.localeCompare(b));

function inputArbitrary(proc: AnyProcedure): fc.Arbitrary<unknown> {
  const schema = proc._def.inputs[0];
  const fromSchema = schema?._zod ? fromDef(schema._zod.def) : fc.constant(undefined);
  return fc.oneof({ weight: 5, arbitrary: fromSchema }, { weight: 1, arbitrary: anyValue });
}

// ---------------------------------------------------------------------------------- the world

let app: TestApp;
const sessions: Record<"anonymous" | "learner" | "tutor", SessionData> = { anonymous: {}, learner: {}, tutor: {} };

beforeAll(async () => {
  app = createTestApp();
  // A tutor with a class and an assignment; a learner in that class with an attempt in progress and
  // a submitted one, so that small ids (1, 2, 3…) point at real rows.
  const tutor = app.browser();
  await tutor.api.auth.tutorSignUp({ email: "fuzz@example.com", name: "Fuzz Tutor", password: "a long enough password" });
  const klass = await tutor.api.classes.create({ name: "Fuzz class" });
  await tutor.api.assignments.create({ classId: klass.id, scenarioId: "complaint-faulty-kettle" });
  const learner = app.browser();
  await learner.api.auth.joinClass({ code: klass.joinCode!, displayName: "Fuzz Learner" });
  const { attemptId } = await learner.api.attempts.start({ scenarioId: "complaint-faulty-kettle" });
  await learner.api.attempts.act({ attemptId, clientId: "fuzz-setup-1", action: { type: "view_record", customerRef: "CUS-2041" } });
  const second = await learner.api.attempts.start({ scenarioId: "onboarding-new-subscriber" });
  await learner.api.attempts.submit({ attemptId: second.attemptId });
  sessions.tutor = { ...tutor.session.current };
  sessions.learner = { ...learner.session.current };
});
afterAll(() => app?.close());

async function call(path: string, session: SessionData, input: unknown): Promise<unknown> {
  // A fresh caller each time (a call may sign out, which must not leak into the next one).
  let target: unknown = app.caller({ ...session }, { ip: "10.9.8.7" });
  for (const part of path.split(".")) target = (target as Record<string, unknown>)[part];
  return (target as (i: unknown) => Promise<unknown>)(input);
}

describe("bad input to every tRPC procedure", () => {
  it("finds the procedures", () => {
    expect(procedures.length).toBeGreaterThan(30);
    for (const [, p] of procedures) expect(["query", "mutation"]).toContain(p._def.type);
  });

  for (const who of ["anonymous", "learner", "tutor"] as const) {
    it(`answers ${who} calls with success or a 4xx error, never a 500`, async () => {
      // Server-side logging of expected errors would drown the output.
      const quiet = vi.spyOn(console, "error").mockImplementation(() => {});
      const failures: string[] = [];
      try {
        for (const [path, proc] of procedures) {
          await fc.assert(
            fc.asyncProperty(inputArbitrary(proc), async (input) => {
              try {
                await call(path, sessions[who], input);
                return true;
              } catch (error) {
                if (!(error instanceof TRPCError)) {
                  failures.push(`${path}: not a TRPCError: ${String(error)}`);
                  return false;
                }
                const status = getHTTPStatusCodeFromError(error);
                if (error.code === "INTERNAL_SERVER_ERROR" || status >= 500 || status < 400) {
                  failures.push(`${path}: ${error.code} (${status}): ${error.message} ${String(error.cause ?? "")}`);
                  return false;
                }
                return true;
              }
            }),
            { numRuns: Number(process.env.FUZZ_RUNS ?? 40), endOnFailure: true },
          ).catch((e: Error) => failures.push(`${path}: ${e.message.split("\n").slice(0, 6).join("\n")}`));
        }
      } finally {
        quiet.mockRestore();
      }
      expect(failures).toEqual([]);
    });
  }
});
