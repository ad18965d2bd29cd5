/**
 * Customer plans: what kind of customer each demo person is (loyal high spender, coffee subscriber,
 * regular, occasional, lapsed, win-back, new, unhappy), why a lapsed or unhappy one left or complained,
 * and any extra story they carry. The generator gives every person one plan.
 */
import type { Channel } from "../../../server/core/crm-dataset";
import type { AgeBand } from "./people";

export type Arch =
  | "loyal"
  | "subscriber"
  | "regular"
  | "occasional"
  | "lapsed"
  | "winback"
  | "newbie"
  | "unhappy";
export type Reason =
  | "late"
  | "faulty"
  | "price"
  | "price-sub"
  | "drifted"
  | "bereaved"
  | "marketing"
  | "faulty-new"
  | "faulty-return"
  | "faulty-repeat"
  | "missing-parcel"
  | "billing";
export type Extra =
  | "sar"
  | "large-print-case"
  | "double-charge"
  | "loyal-recovered"
  | "old-winback"
  | "change-of-mind"
  | "gift"
  | "first-question";

export const SUB_500 = "SUB-BEANS-500G-MONTHLY";
export const SUB_1KG = "SUB-BEANS-1KG-MONTHLY";

export interface Plan {
  arch: Arch;
  reason?: Reason;
  refusesAll?: boolean;
  sub?: { sku: typeof SUB_500 | typeof SUB_1KG; state: "active" | "paused" | "cancelled" };
  ages?: AgeBand[];
  accessibility?: string;
  vulnerability?: string;
  preferredChannel?: Channel;
  extra?: Extra;
}

export const OLDER: AgeBand[] = ["older", "retired"];
export const YOUNGER: AgeBand[] = ["student", "young", "mid"];

export const PLANS: Plan[] = [
  // Loyal high spenders (10)
  { arch: "loyal", sub: { sku: SUB_1KG, state: "active" } },
  { arch: "loyal", sub: { sku: SUB_1KG, state: "active" } },
  { arch: "loyal", sub: { sku: SUB_500, state: "active" } },
  { arch: "loyal", extra: "loyal-recovered" },
  {
    arch: "loyal",
    accessibility:
      "Partially sighted – uses a screen reader. Please send plain-text emails and avoid images of text.",
    preferredChannel: "email",
  },
  { arch: "loyal", ages: OLDER, preferredChannel: "phone" },
  { arch: "loyal" },
  { arch: "loyal" },
  { arch: "loyal" },
  { arch: "loyal" },
  // Coffee subscribers (8)
  { arch: "subscriber", sub: { sku: SUB_500, state: "active" } },
  { arch: "subscriber", sub: { sku: SUB_500, state: "active" } },
  { arch: "subscriber", sub: { sku: SUB_500, state: "active" } },
  { arch: "subscriber", sub: { sku: SUB_500, state: "active" } },
  {
    arch: "subscriber",
    sub: { sku: SUB_500, state: "active" },
    ages: YOUNGER,
    accessibility: "Deaf – please use email or SMS, not phone.",
    preferredChannel: "sms",
  },
  { arch: "subscriber", sub: { sku: SUB_1KG, state: "active" }, extra: "double-charge" },
  { arch: "subscriber", sub: { sku: SUB_1KG, state: "active" } },
  {
    arch: "subscriber",
    sub: { sku: SUB_500, state: "paused" },
    vulnerability:
      "Mentioned financial difficulty (hours cut at work). Don't push offers or upgrades; offer a pause rather than cancellation if asked.",
  },
  // Regular customers (14)
  {
    arch: "regular",
    ages: ["retired"],
    accessibility:
      "Prefers large-print letters (16pt minimum) – please post order confirmations and letters in large print.",
    preferredChannel: "post",
    extra: "large-print-case",
  },
  { arch: "regular", extra: "sar" },
  { arch: "regular", refusesAll: true },
  { arch: "regular", extra: "change-of-mind" },
  { arch: "regular", extra: "change-of-mind" },
  {
    arch: "regular",
    accessibility:
      "Wheelchair user – ask couriers to leave parcels in the front porch, not at the side gate.",
  },
  {
    arch: "regular",
    ages: OLDER,
    preferredChannel: "phone",
    vulnerability:
      "Living with early-stage dementia. Keep calls short and confirm anything agreed in writing. Son is a named contact on the account (verified).",
  },
  { arch: "regular" },
  { arch: "regular" },
  { arch: "regular" },
  { arch: "regular" },
  { arch: "regular" },
  { arch: "regular" },
  { arch: "regular" },
  // Occasional customers (10)
  { arch: "occasional", refusesAll: true },
  { arch: "occasional", extra: "gift" },
  { arch: "occasional", extra: "gift" },
  {
    arch: "occasional",
    accessibility:
      "Dyslexic – prefers a quick phone call to long emails; keep written messages short and clear.",
    preferredChannel: "phone",
  },
  { arch: "occasional", extra: "change-of-mind" },
  { arch: "occasional" },
  { arch: "occasional" },
  { arch: "occasional" },
  { arch: "occasional" },
  { arch: "occasional" },
  // Lapsed: last order 6–18 months ago (14)
  { arch: "lapsed", reason: "late" },
  { arch: "lapsed", reason: "late", refusesAll: true },
  { arch: "lapsed", reason: "late" },
  { arch: "lapsed", reason: "faulty" },
  { arch: "lapsed", reason: "faulty", refusesAll: true },
  { arch: "lapsed", reason: "faulty" },
  { arch: "lapsed", reason: "price-sub", sub: { sku: SUB_500, state: "cancelled" } },
  { arch: "lapsed", reason: "price-sub", sub: { sku: SUB_500, state: "cancelled" }, extra: "old-winback" },
  { arch: "lapsed", reason: "price", refusesAll: true },
  { arch: "lapsed", reason: "drifted" },
  { arch: "lapsed", reason: "drifted", refusesAll: true },
  { arch: "lapsed", reason: "drifted", extra: "old-winback" },
  {
    arch: "lapsed",
    reason: "bereaved",
    ages: OLDER,
    vulnerability:
      "Recently bereaved – handle with care. Their partner used to place the orders; please don't send reminders about the partner's past purchases.",
  },
  { arch: "lapsed", reason: "marketing" },
  // Win-back: lapsed, contacted in the last 45 days (5)
  { arch: "winback", reason: "late" },
  { arch: "winback", reason: "price-sub", sub: { sku: SUB_500, state: "cancelled" } },
  { arch: "winback", reason: "faulty" },
  { arch: "winback", reason: "drifted" },
  { arch: "winback", reason: "drifted" },
  // New customers: joined in the last 60 days (8)
  { arch: "newbie", sub: { sku: SUB_500, state: "active" }, extra: "first-question" },
  { arch: "newbie", sub: { sku: SUB_500, state: "active" } },
  { arch: "newbie", sub: { sku: SUB_1KG, state: "active" } },
  { arch: "newbie", refusesAll: true },
  { arch: "newbie", ages: ["student"] },
  { arch: "newbie" },
  { arch: "newbie" },
  { arch: "newbie" },
  // Unhappy active customers with recent complaints (5)
  { arch: "unhappy", reason: "faulty-new" },
  { arch: "unhappy", reason: "faulty-return" },
  { arch: "unhappy", reason: "faulty-repeat" },
  { arch: "unhappy", reason: "missing-parcel" },
  { arch: "unhappy", reason: "billing", sub: { sku: SUB_500, state: "cancelled" } },
];
