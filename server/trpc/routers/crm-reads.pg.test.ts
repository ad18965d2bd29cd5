/**
 * The CRM's reads and Insights through the real procedures with the data layer on PostgreSQL,
 * compared with the same procedures on SQLite over the same data: the demo CRM (with a few customers
 * added whose names differ only in case, accents or punctuation) and a learner's scenario attempt,
 * set up on SQLite and copied into PostgreSQL. The customer list (every sort, both directions, every
 * filter, search and page), customer records and the Insights overview must be equal on both.
 */
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionData } from "@/server/auth/session";
import type { CustomerListInput } from "@/server/data/crm-inputs";
import { INSIGHT_PERIODS } from "@/server/data/insights";
import { copyToPostgres, type PostgresTestApp } from "@/server/test-support/test-app-postgres";
import { createTestApp, errorCode, type SqliteTestApp } from "@/server/test-support/test-app";

const SCENARIO = "monthly-service-review";
/** Added to the demo CRM, ids in an order that gives nothing away; the refs sort elsewhere too. */
const ADDED: [ref: string, first: string, last: string][] = [
  ["ZZZ-1", "Ann", "SMITH"],
  ["ZZZ-2", "Ann", "smith"],
  ["ZZZ-3", "Ann", "Smith"],
  ["ZZZ-4", "Bea", "de Vries"],
  ["ZZZ-5", "Bea", "De Vries"],
  ["ZZZ-6", "Cai", "Ørsted"],
  ["ZZZ-7", "Cai", "O'Brien"],
  ["ZZZ-8", "Cai", "OBrien"],
  ["ZZZ-9", "Cai", "_Underscore"],
  ["ZZZ-10", "ann", "Smith"],
];
/** SQLite's order by last then first name (NOCASE: A–Z folded, then bytes), case-only ties by id. */
const ADDED_SORTED = [
  "ZZZ-9", // _Underscore: "_" sorts before letters
  "ZZZ-4", // de Vries
  "ZZZ-5", // De Vries
  "ZZZ-7", // O'Brien: "'" before "b"
  "ZZZ-8", // OBrien
  "ZZZ-1", // Ann SMITH
  "ZZZ-2", // Ann smith
  "ZZZ-3", // Ann Smith
  "ZZZ-10", // ann Smith: first names tie with "Ann", so the id decides
  "ZZZ-6", // Ørsted: after every ASCII letter
];

let app: SqliteTestApp;
let pg: PostgresTestApp;
let learnerSession: SessionData;
let tutorSession: SessionData;
let otherLearnerSession: SessionData;
let attemptId: number;
/** A customer in the attempt's own CRM. */
let noteRef: string;

beforeAll(async () => {
  app = createTestApp({ engine: "sqlite" });
  const { t, db } = app.store;
  const [sample] = await db
    .select()
    .from(t.customers)
    .where(eq(t.customers.workspaceId, app.demoWorkspaceId))
    .limit(1);
  for (const [ref, firstName, lastName] of ADDED) {
    const { id: _id, ...rest } = sample!;
    const [customer] = await db
      .insert(t.customers)
      .values({
        ...rest,
        ref,
        firstName,
        lastName,
        email: `${ref.toLowerCase()}@example.com`,
        tags: ["added"],
      })
      .returning();
    // Consent for some, so the consent filter and the channel list have something to tell apart.
    if (ref.endsWith("1") || ref.endsWith("5")) {
      await db.insert(t.consents).values([
        {
          workspaceId: app.demoWorkspaceId,
          customerId: customer!.id,
          channel: "sms" as const,
          granted: true,
          method: "Web form",
          recordedAt: new Date(),
        },
        {
          workspaceId: app.demoWorkspaceId,
          customerId: customer!.id,
          channel: "email" as const,
          granted: true,
          method: "Web form",
          recordedAt: new Date(),
        },
      ]);
    }
  }
  const learner = app.browser();
  await learner.api.auth.practiseAlone({ displayName: "Insight Learner" });
  learnerSession = learner.session.current;
  ({ attemptId } = await app.caller(learnerSession).attempts.start({ scenarioId: SCENARIO }));
  const [attempt] = await db.select().from(t.attempts).where(eq(t.attempts.id, attemptId));
  const [customer] = await db
    .select()
    .from(t.customers)
    .where(eq(t.customers.workspaceId, attempt!.workspaceId))
    .limit(1);
  noteRef = customer!.ref;
  await app.caller(learnerSession).attempts.act({
    attemptId,
    clientId: "crm-reads-pg-1",
    action: { type: "add_note", customerRef: noteRef, text: "A note before the copy." },
  });
  const other = app.browser();
  await other.api.auth.practiseAlone({ displayName: "Someone Else" });
  otherLearnerSession = other.session.current;
  const tutor = app.browser();
  await tutor.api.auth.tutorSignUp({
    email: "crm-reads-pg@college.example",
    name: "Reads Tutor",
    password: "a long enough password",
  });
  await tutor.api.auth.tutorSignIn({
    email: "crm-reads-pg@college.example",
    password: "a long enough password",
  });
  tutorSession = tutor.session.current;
  pg = await copyToPostgres(app);
}, 120_000);

afterAll(async () => {
  await pg?.close();
  app?.close();
});

/** The same question to both engines, as the same person. */
async function both<T>(session: SessionData, ask: (api: ReturnType<SqliteTestApp["caller"]>) => Promise<T>) {
  const sqlite = await ask(app.caller(session));
  const postgres = await ask(pg.caller(session) as unknown as ReturnType<SqliteTestApp["caller"]>);
  return { sqlite, postgres };
}

/** Every customer of a listing, page by page. */
async function allPages(api: ReturnType<SqliteTestApp["caller"]>, input: Partial<CustomerListInput>) {
  const first = await api.crm.listCustomers({ ...input, pageSize: 25, page: 1 });
  const pages = [first];
  for (let page = 2; page <= first.pageCount; page++)
    pages.push(await api.crm.listCustomers({ ...input, pageSize: 25, page }));
  return pages;
}

describe("the demo CRM's customer list on PostgreSQL", () => {
  it("sorts by name as SQLite does: case-insensitive, case-only ties by id, both directions", async () => {
    const asc = await both({}, (api) => allPages(api, { sort: "name" }));
    expect(asc.postgres).toEqual(asc.sqlite);
    const refs = asc.postgres.flatMap((p) => p.customers.map((c) => c.ref));
    expect(refs.filter((r) => r.startsWith("ZZZ-"))).toEqual(ADDED_SORTED);
    expect(refs.length).toBe(asc.postgres[0]!.total);

    const desc = await both({}, (api) => allPages(api, { sort: "name", dir: "desc" }));
    expect(desc.postgres).toEqual(desc.sqlite);
    // Descending by name is the reverse, except that case-only ties keep their id order.
    const descRefs = desc.postgres.flatMap((p) => p.customers.map((c) => c.ref));
    expect(descRefs.filter((r) => r.startsWith("ZZZ-"))).toEqual([
      "ZZZ-6",
      "ZZZ-1",
      "ZZZ-2",
      "ZZZ-3",
      "ZZZ-10",
      "ZZZ-8",
      "ZZZ-7",
      "ZZZ-4",
      "ZZZ-5",
      "ZZZ-9",
    ]);
  });

  it("sorts by every other column, in both directions, with nulls last, as SQLite does", async () => {
    for (const sort of ["lastOrder", "totalSpend", "orders", "nps", "customerSince"] as const) {
      for (const dir of ["asc", "desc"] as const) {
        const { sqlite, postgres } = await both({}, (api) => allPages(api, { sort, dir }));
        expect({ sort, dir, pages: postgres }).toEqual({ sort, dir, pages: sqlite });
      }
    }
    // What the comparison covers: customers with no orders and no NPS, whose values are null.
    const { postgres } = await both({}, (api) => allPages(api, { sort: "nps" }));
    const rows = postgres.flatMap((p) => p.customers);
    expect(rows.some((c) => c.latestNps === null)).toBe(true);
    expect(rows.at(-1)!.latestNps).toBeNull();
    expect(rows.some((c) => c.lastOrderAt !== null && c.totalSpendPence > 0)).toBe(true);
  });

  it("searches and filters to the same customers", async () => {
    const inputs: Partial<CustomerListInput>[] = [
      { search: "smith" },
      { search: "SMITH" },
      { search: "ann smith" },
      { search: "ørsted" },
      { search: "ØRSTED" },
      { search: "o'brien" },
      { search: "_under" },
      { search: "%" },
      { search: "zzz-1" },
      { search: "@example.com" },
      { search: "cus-20" },
      { consent: "sms" },
      { consent: "email" },
      { consent: "none" },
      { stage: "lapsed" },
      { recency: "d90" },
      { recency: "over365" },
      { recency: "never" },
      { spend: "under100" },
      { spend: "500to1000" },
      { spend: "over1000" },
      { nps: "promoter" },
      { nps: "passive" },
      { nps: "detractor" },
      { nps: "none" },
      { stage: "loyalty", sort: "totalSpend", dir: "desc" },
    ];
    for (const input of inputs) {
      const { sqlite, postgres } = await both({}, (api) => allPages(api, input));
      expect({ input, pages: postgres }).toEqual({ input, pages: sqlite });
    }
    // What the comparison covers: A–Z case folded, other letters exactly, as SQLite's LIKE does.
    const count = async (input: Partial<CustomerListInput>) =>
      (await pg.caller({}).crm.listCustomers({ ...input, pageSize: 100 })).total;
    expect(await count({ search: "SMITH" })).toBe(await count({ search: "smith" }));
    expect(await count({ search: "smith" })).toBeGreaterThanOrEqual(4);
    // "ø" is not "Ø" to SQLite's LIKE (nor, so, here); the A–Z after it still fold.
    expect(await count({ search: "ørsted" })).toBe(0);
    expect(await count({ search: "ØRSTED" })).toBe(1);
    const withSms = await pg.caller({}).crm.listCustomers({ search: "zzz-5" });
    expect(withSms.customers[0]!.consentedChannels).toEqual(["email", "sms"]);
    expect(withSms.customers[0]!.tags).toEqual(["added"]);
  });

  it("shows every customer's record as on SQLite", async () => {
    const refs = (await pg.caller({}).crm.listCustomers({ pageSize: 100 })).customers.map((c) => c.ref);
    for (const customerRef of refs) {
      const { sqlite, postgres } = await both({}, (api) =>
        api.crm.getCustomer({ workspace: {}, customerRef }),
      );
      expect(postgres).toEqual(sqlite);
    }
    expect(await errorCode(pg.caller({}).crm.getCustomer({ workspace: {}, customerRef: "CUS-9999" }))).toBe(
      "NOT_FOUND",
    );
  });
});

describe("Insights on PostgreSQL", () => {
  it("gives the demo CRM's overview as on SQLite, every period", async () => {
    for (const period of INSIGHT_PERIODS) {
      const { sqlite, postgres } = await both({}, (api) => api.insights.overview({ workspace: {}, period }));
      expect({ period, overview: postgres }).toEqual({ period, overview: sqlite });
    }
    const overview = await pg.caller({}).insights.overview({ workspace: {} });
    expect(overview.metrics.find((m) => m.key === "nps")!.display).not.toBe("No data");
  });

  it("gives a scenario attempt's overview, list and records as on SQLite, to its learner only", async () => {
    const workspace = { attemptId };
    for (const period of INSIGHT_PERIODS) {
      const { sqlite, postgres } = await both(learnerSession, (api) =>
        api.insights.overview({ workspace, period }),
      );
      expect({ period, overview: postgres }).toEqual({ period, overview: sqlite });
    }
    const list = await both(learnerSession, (api) => allPages(api, { workspace }));
    expect(list.postgres).toEqual(list.sqlite);
    for (const customerRef of list.postgres.flatMap((p) => p.customers.map((c) => c.ref))) {
      const record = await both(learnerSession, (api) => api.crm.getCustomer({ workspace, customerRef }));
      expect(record.postgres).toEqual(record.sqlite);
    }
    const note = await pg.caller(learnerSession).crm.getCustomer({ workspace, customerRef: noteRef });
    expect(note.timeline.map((i) => i.body)).toContain("A note before the copy.");

    const other = pg.caller(otherLearnerSession);
    expect(await errorCode(other.insights.overview({ workspace }))).toBe("NOT_FOUND");
    expect(await errorCode(other.crm.listCustomers({ workspace }))).toBe("NOT_FOUND");
    expect(
      await errorCode(pg.caller(tutorSession).crm.getCustomer({ workspace, customerRef: noteRef })),
    ).toBe("NOT_FOUND");
    expect(await errorCode(pg.caller({}).insights.overview({ workspace }))).toBe("FORBIDDEN");
  });

  it("reads what a learner's action just stored on PostgreSQL", async () => {
    const workspace = { attemptId };
    const me = pg.caller(learnerSession);
    await me.attempts.act({
      attemptId,
      clientId: "crm-reads-pg-2",
      action: { type: "add_note", customerRef: noteRef, text: "A note on PostgreSQL." },
    });
    const record = await me.crm.getCustomer({ workspace, customerRef: noteRef });
    expect(record.timeline[0]!.body).toBe("A note on PostgreSQL.");
    const { t, db } = pg.store;
    const stored = await db
      .select()
      .from(t.interactions)
      .where(
        and(
          eq(t.interactions.customerId, record.customer.id),
          eq(t.interactions.body, "A note on PostgreSQL."),
        ),
      );
    expect(stored).toHaveLength(1);
  });
});
