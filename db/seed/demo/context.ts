/**
 * The seed's shared context: the demo CRM's fixed "today", time arithmetic from it, and the seeded
 * random generator every story draws from. Stories run in a fixed order and each draws from the one
 * generator, so the same seed gives the same data on every install (never Math.random, never Date.now).
 * Changing the order in which stories run, or what they draw, changes the data: the hash test in
 * generate-demo-dataset.test.ts catches that, so it is only ever done on purpose.
 */
import { createRng, type Rng } from "../random";
import { STAFF } from "./people";

/** The demo CRM's "today". */
export const DEMO_AS_OF = new Date("2026-11-20T09:00:00Z");
export const DEMO_SEED = 20261120;

export const DAY = 86_400_000;
export const MINUTE = 60_000;
export const AS_OF_MS = DEMO_AS_OF.getTime();
const START_OF_AS_OF_DAY = Date.UTC(
  DEMO_AS_OF.getUTCFullYear(),
  DEMO_AS_OF.getUTCMonth(),
  DEMO_AS_OF.getUTCDate(),
);

/** Whole days from `d` to DEMO_AS_OF. */
export const daysBefore = (d: Date) => Math.floor((AS_OF_MS - d.getTime()) / DAY);
export const isPast = (d: Date) => d.getTime() < AS_OF_MS;

export function plus(d: Date, ms: number): Date {
  return new Date(d.getTime() + ms);
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

export function monthName(d: Date): string {
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

export interface SeedContext {
  rng: Rng;
  /** A time on the day `daysBefore` days before DEMO_AS_OF, between the given UTC hours; never after DEMO_AS_OF. */
  atDay(daysBefore: number, fromHour?: number, toHour?: number): Date;
  /** A member of staff, picked at random. */
  staff(): string;
}

export function createSeedContext(seed: number): SeedContext {
  const rng = createRng(seed);
  return {
    rng,
    atDay(daysBefore, fromHour = 7, toHour = 21) {
      const ms = START_OF_AS_OF_DAY - daysBefore * DAY + rng.int(fromHour * 60, toHour * 60 - 1) * MINUTE;
      return new Date(Math.min(ms, AS_OF_MS - rng.int(20, 90) * MINUTE));
    },
    staff: () => rng.pick(STAFF),
  };
}
