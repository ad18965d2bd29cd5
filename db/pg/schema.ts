/**
 * The PostgreSQL tables: derived from the SQLite tables in db/schema.ts (db/pg/derive.ts says how each
 * column type maps), never written a second time. drizzle-kit reads this file for the PostgreSQL
 * migrations in db/migrations-pg (`npm run db:generate` makes both engines' migrations).
 */
import type { PgTable } from "drizzle-orm/pg-core";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import * as sqlite from "../schema";
import { pgTwins } from "./derive";

/** Every table, parents before children (a foreign key points only at a table earlier in the list). */
const sources = {
  workspaces: sqlite.workspaces,
  products: sqlite.products,
  customers: sqlite.customers,
  consents: sqlite.consents,
  orders: sqlite.orders,
  orderItems: sqlite.orderItems,
  feedback: sqlite.feedback,
  cases: sqlite.cases,
  remedies: sqlite.remedies,
  interactions: sqlite.interactions,
  tutors: sqlite.tutors,
  tutorSessions: sqlite.tutorSessions,
  classes: sqlite.classes,
  learners: sqlite.learners,
  assignments: sqlite.assignments,
  attempts: sqlite.attempts,
  attemptEvents: sqlite.attemptEvents,
  markOverrides: sqlite.markOverrides,
  rateLimits: sqlite.rateLimits,
  appSettings: sqlite.appSettings,
};

const twins = pgTwins(sources);

/** Each table on both engines, parents first: for copying and comparing rows. */
export const TABLE_PAIRS = Object.entries(sources).map(([key, table]) => ({
  key,
  sqlite: table as SQLiteTable,
  pg: twins[key as keyof typeof sources] as PgTable,
}));

// Named exports, one per table, because drizzle-kit finds tables among a schema file's exports.
export const {
  workspaces,
  products,
  customers,
  consents,
  orders,
  orderItems,
  feedback,
  cases,
  remedies,
  interactions,
  tutors,
  tutorSessions,
  classes,
  learners,
  assignments,
  attempts,
  attemptEvents,
  markOverrides,
  rateLimits,
  appSettings,
} = twins;
