/**
 * The demo CRM's seed data: about 74 customers of Hearth & Bean with two years of orders, feedback,
 * cases and a timeline each. Deterministic: a seeded PRNG (never Math.random) and dates derived from
 * DEMO_AS_OF (never Date.now), so every fresh install has exactly the same data.
 *
 * The data is generated from customer "plans" (loyal high spender, coffee subscriber, regular,
 * occasional, lapsed, win-back, new, unhappy), so it holds patterns worth finding:
 *  - loyal high spenders: 9+ orders, over £700 spent, promoters (NPS 9–10);
 *  - lapsed customers (last order 6–18 months ago), many with detractor scores and comments that say
 *    why (late delivery, faulty item, price, unwanted marketing), some of whom refused all marketing;
 *  - lapsed customers who were satisfied (CSAT 4–5, NPS 7–8) but left anyway: satisfaction is not loyalty;
 *  - win-back customers: lapsed but contacted in the last 45 days through a channel they consented to;
 *  - new customers and subscribers in onboarding; unhappy active customers with open complaints.
 * Lifecycle stages are derived from the data by `deriveLifecycleStage`, so they are always consistent.
 */
import type {
  Channel,
  CrmDataset,
  DatasetCase,
  DatasetConsent,
  DatasetCustomer,
  DatasetFeedback,
  DatasetInteraction,
  DatasetOrder,
  DatasetOrderItem,
  LifecycleStage,
} from "../../server/core/crm-dataset";
import { getProduct, SHOP_NAME } from "../../server/core/catalogue";
import { formatPence } from "../../server/core/money";
import { createRng } from "./random";

/** The demo CRM's "today". */
export const DEMO_AS_OF = new Date("2026-11-20T09:00:00Z");
export const DEMO_SEED = 20261120;

const DAY = 86_400_000;
const MINUTE = 60_000;

// ------------------------------------------------------------------ lifecycle rules (documented)

/** A customer who joined fewer than this many days ago is in onboarding. */
export const ONBOARDING_DAYS = 60;
/** No (non-cancelled) order for more than this many days: lapsed. */
export const LAPSED_AFTER_DAYS = 180;
/** A lapsed customer contacted by staff (outbound call/email/SMS/letter/message) this recently is in win-back. */
export const WIN_BACK_CONTACT_DAYS = 45;
/** Loyalty: at least this many orders and at least HIGH_VALUE_SPEND_PENCE spent (net of refunds). */
export const LOYALTY_MIN_ORDERS = 8;
export const HIGH_VALUE_SPEND_PENCE = 60_000;

export interface LifecycleInput {
  customerSince: Date;
  /** Placed dates of the customer's non-cancelled orders up to the moment being judged. */
  orderDates: Date[];
  /** Net spend (items less refunds, cancelled orders excluded) on those orders, in pence. */
  netSpendPence: number;
  /** Times of outbound contacts by staff (not automated messages, not surveys or tasks). */
  outboundContactDates: Date[];
}

/**
 * The seed data's lifecycle rule, applied in this order:
 * onboarding (joined < 60 days ago) → win-back (no order for > 180 days and contacted by staff in the
 * last 45 days) → lapsed (no order for > 180 days) → loyalty (≥ 8 orders and ≥ £600 net spend) →
 * engagement.
 */
export function deriveLifecycleStage(input: LifecycleInput, at: Date): LifecycleStage {
  const now = at.getTime();
  if (now - input.customerSince.getTime() < ONBOARDING_DAYS * DAY) return "onboarding";
  const past = input.orderDates.filter((d) => d.getTime() <= now);
  const last = past.reduce((max, d) => Math.max(max, d.getTime()), Number.NEGATIVE_INFINITY);
  if (past.length === 0 || now - last > LAPSED_AFTER_DAYS * DAY) {
    const contacted = input.outboundContactDates.some(
      (d) => d.getTime() <= now && now - d.getTime() <= WIN_BACK_CONTACT_DAYS * DAY,
    );
    return contacted ? "win-back" : "lapsed";
  }
  if (past.length >= LOYALTY_MIN_ORDERS && input.netSpendPence >= HIGH_VALUE_SPEND_PENCE) return "loyalty";
  return "engagement";
}

/** Interaction kinds that count as a staff contact for the win-back rule (with direction "outbound"). */
export const CONTACT_KINDS = ["call", "email", "sms", "letter", "message"] as const;
export const SYSTEM_AUTHOR = "System";

// ------------------------------------------------------------------ people and places

type AgeBand = "student" | "young" | "mid" | "older" | "retired";

const TOWNS = {
  leeds: { town: "Leeds", outward: ["LS6", "LS8", "LS11"] },
  cardiff: { town: "Cardiff", outward: ["CF5", "CF14", "CF24"] },
  swansea: { town: "Swansea", outward: ["SA1", "SA2"] },
  bangor: { town: "Bangor", outward: ["LL57"] },
  glasgow: { town: "Glasgow", outward: ["G12", "G41", "G31"] },
  edinburgh: { town: "Edinburgh", outward: ["EH6", "EH10"] },
  aberdeen: { town: "Aberdeen", outward: ["AB10", "AB15"] },
  inverness: { town: "Inverness", outward: ["IV2", "IV3"] },
  dundee: { town: "Dundee", outward: ["DD2", "DD4"] },
  belfast: { town: "Belfast", outward: ["BT7", "BT9", "BT15"] },
  derry: { town: "Derry/Londonderry", outward: ["BT48"] },
  bristol: { town: "Bristol", outward: ["BS3", "BS5", "BS7"] },
  manchester: { town: "Manchester", outward: ["M14", "M20", "M19"] },
  birmingham: { town: "Birmingham", outward: ["B13", "B11", "B29"] },
  london: { town: "London", outward: ["E17", "SE15", "N16", "SW9", "E6", "NW10"] },
  norwich: { town: "Norwich", outward: ["NR2", "NR3"] },
  exeter: { town: "Exeter", outward: ["EX1", "EX4"] },
  truro: { town: "Truro", outward: ["TR1"] },
  plymouth: { town: "Plymouth", outward: ["PL4"] },
  leicester: { town: "Leicester", outward: ["LE2", "LE5"] },
  brighton: { town: "Brighton", outward: ["BN1", "BN2"] },
  york: { town: "York", outward: ["YO10", "YO31"] },
  newcastle: { town: "Newcastle upon Tyne", outward: ["NE2", "NE6"] },
  nottingham: { town: "Nottingham", outward: ["NG5", "NG7"] },
  sheffield: { town: "Sheffield", outward: ["S7", "S11"] },
  liverpool: { town: "Liverpool", outward: ["L15", "L17"] },
  bradford: { town: "Bradford", outward: ["BD8", "BD9"] },
  luton: { town: "Luton", outward: ["LU2"] },
  oxford: { town: "Oxford", outward: ["OX4"] },
  stoke: { town: "Stoke-on-Trent", outward: ["ST4"] },
  hull: { town: "Hull", outward: ["HU5"] },
  coventry: { town: "Coventry", outward: ["CV5", "CV6"] },
  slough: { town: "Slough", outward: ["SL1"] },
  wolverhampton: { town: "Wolverhampton", outward: ["WV3"] },
  harrogate: { town: "Harrogate", outward: ["HG1"] },
  bath: { town: "Bath", outward: ["BA2"] },
} as const;
type TownKey = keyof typeof TOWNS;

const STREETS = [
  "Elm Grove",
  "Station Road",
  "Victoria Street",
  "Church Lane",
  "Mill Road",
  "Queens Avenue",
  "Park Terrace",
  "Oakfield Close",
  "High Street",
  "Beech Crescent",
  "Rosebery Road",
  "Albert Terrace",
  "Chapel Street",
  "Meadow View",
  "Windsor Road",
  "Heol y Felin",
  "Springfield Drive",
  "Castle Street",
  "Hawthorn Way",
  "Kingsway",
] as const;

const INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

/** First name, last name, age band, home town. Fictional people. */
const PEOPLE: readonly (readonly [string, string, AgeBand, TownKey])[] = [
  ["Margaret", "Whitfield", "retired", "harrogate"],
  ["Oluwaseun", "Adeyemi", "mid", "london"],
  ["Priya", "Patel", "mid", "leicester"],
  ["Callum", "MacLeod", "young", "inverness"],
  ["Siobhan", "O'Connor", "mid", "belfast"],
  ["Dylan", "Price", "student", "swansea"],
  ["Aleksandra", "Nowak", "young", "manchester"],
  ["Hamza", "Rahman", "young", "birmingham"],
  ["Grace", "Okafor", "mid", "london"],
  ["Eleanor", "Hughes", "older", "bath"],
  ["Mohammed", "Hussain", "older", "bradford"],
  ["Chloe", "Bennett", "young", "bristol"],
  ["Wei", "Zhang", "mid", "manchester"],
  ["Rhiannon", "Evans", "young", "cardiff"],
  ["Kwame", "Mensah", "mid", "london"],
  ["Fiona", "Campbell", "older", "edinburgh"],
  ["Arjun", "Sharma", "student", "coventry"],
  ["Bethany", "Clarke", "young", "york"],
  ["Tomasz", "Kowalski", "mid", "nottingham"],
  ["Amara", "Nwosu", "young", "leeds"],
  ["Derek", "Simmons", "retired", "plymouth"],
  ["Yasmin", "Ali", "mid", "luton"],
  ["Ffion", "Jones", "mid", "bangor"],
  ["Connor", "Doherty", "young", "derry"],
  ["Nia", "Thomas", "student", "cardiff"],
  ["Samuel", "Osei", "older", "london"],
  ["Hannah", "Goldberg", "mid", "manchester"],
  ["Imran", "Qureshi", "mid", "slough"],
  ["Lucy", "Fairbairn", "young", "newcastle"],
  ["Ahmed", "Farah", "young", "bristol"],
  ["Marcia", "Campbell-Brown", "retired", "birmingham"],
  ["Ravi", "Chandran", "older", "london"],
  ["Emma", "Walsh", "mid", "liverpool"],
  ["Niamh", "Kelly", "young", "belfast"],
  ["George", "Papadopoulos", "older", "london"],
  ["Sofia", "Rossi", "young", "glasgow"],
  ["Daniel", "Okoro", "mid", "sheffield"],
  ["Harriet", "Lewis", "retired", "exeter"],
  ["Sanjay", "Mistry", "mid", "leicester"],
  ["Megan", "Davies", "young", "swansea"],
  ["Jamal", "Robinson", "young", "nottingham"],
  ["Kirsty", "Ferguson", "mid", "dundee"],
  ["Mehmet", "Yilmaz", "mid", "london"],
  ["Zainab", "Bello", "student", "leeds"],
  ["Patricia", "Doyle", "retired", "liverpool"],
  ["Oliver", "Bryant", "mid", "oxford"],
  ["Ananya", "Iyer", "young", "london"],
  ["Ewan", "Stewart", "older", "aberdeen"],
  ["Thu", "Nguyen", "mid", "birmingham"],
  ["Joan", "Pritchard", "retired", "cardiff"],
  ["Leon", "Francis", "mid", "wolverhampton"],
  ["Isla", "Robertson", "young", "glasgow"],
  ["Bashir", "Ahmadi", "young", "coventry"],
  ["Catherine", "Ashworth", "older", "york"],
  ["Kofi", "Boateng", "young", "manchester"],
  ["Ruth", "Levy", "retired", "brighton"],
  ["Harpreet", "Kaur", "mid", "slough"],
  ["Jack", "Thompson", "student", "hull"],
  ["Dorota", "Wiśniewska", "mid", "stoke"],
  ["Peter", "Morrison", "older", "newcastle"],
  ["Fatima", "Begum", "older", "bradford"],
  ["Stephen", "Gallagher", "mid", "glasgow"],
  ["Layla", "Hassan", "young", "sheffield"],
  ["Gwen", "Morgan", "retired", "truro"],
  ["Marcus", "Reid", "mid", "bristol"],
  ["Aoife", "Byrne", "young", "liverpool"],
  ["Vikram", "Nair", "older", "leeds"],
  ["Sarah", "Mitchell", "mid", "norwich"],
  ["Tunde", "Bakare", "mid", "london"],
  ["Ellie", "Parker", "student", "brighton"],
  ["Róisín", "McCann", "mid", "belfast"],
  ["Mei Ling", "Chan", "older", "edinburgh"],
  ["Abdul", "Karim", "older", "luton"],
  ["Zoë", "Hart", "young", "exeter"],
];

const STAFF = ["Jess Carter", "Tom Reilly", "Adebayo Ogun", "Gareth Evans"] as const;
const TEAM_LEADER = "Sunita Rao (Team Leader)";

// ------------------------------------------------------------------ customer plans

type Arch = "loyal" | "subscriber" | "regular" | "occasional" | "lapsed" | "winback" | "newbie" | "unhappy";
type Reason =
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
type Extra =
  | "sar"
  | "large-print-case"
  | "double-charge"
  | "loyal-recovered"
  | "old-winback"
  | "change-of-mind"
  | "gift"
  | "first-question";

const SUB_500 = "SUB-BEANS-500G-MONTHLY";
const SUB_1KG = "SUB-BEANS-1KG-MONTHLY";

interface Plan {
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

const OLDER: AgeBand[] = ["older", "retired"];
const YOUNGER: AgeBand[] = ["student", "young", "mid"];

const PLANS: Plan[] = [
  // Loyal high spenders (10)
  { arch: "loyal", sub: { sku: SUB_1KG, state: "active" } },
  { arch: "loyal", sub: { sku: SUB_1KG, state: "active" } },
  { arch: "loyal", sub: { sku: SUB_500, state: "active" } },
  { arch: "loyal", extra: "loyal-recovered" },
  {
    arch: "loyal",
    accessibility: "Partially sighted – uses a screen reader. Please send plain-text emails and avoid images of text.",
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
    accessibility: "Prefers large-print letters (16pt minimum) – please post order confirmations and letters in large print.",
    preferredChannel: "post",
    extra: "large-print-case",
  },
  { arch: "regular", extra: "sar" },
  { arch: "regular", refusesAll: true },
  { arch: "regular", extra: "change-of-mind" },
  { arch: "regular", extra: "change-of-mind" },
  { arch: "regular", accessibility: "Wheelchair user – ask couriers to leave parcels in the front porch, not at the side gate." },
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
    accessibility: "Dyslexic – prefers a quick phone call to long emails; keep written messages short and clear.",
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

// ------------------------------------------------------------------ products and prices

type Tier = "big" | "mid" | "small" | "consumable";
const TIERS: Record<Tier, readonly string[]> = {
  big: ["ESP-CREMA-ONE", "ESP-CREMA-DUO", "GRD-BURR-PRO", "AFR-CRISP-55", "AFR-CRISP-DUO-9", "BLD-VORTEX-1200"],
  mid: [
    "KET-AURORA-17",
    "KET-STEEL-15",
    "KET-GOOSE-08",
    "TST-HALO-4",
    "TST-HALO-2",
    "CFM-DRIP-10",
    "FRT-MILK-CLOUD",
    "GRD-HAND-CER",
    "GRD-BLADE-MINI",
    "CAF-STEEL-3",
    "CAF-GLASS-8",
    "BLD-STICK-600",
    "BIN-BREAD-OAK",
  ],
  small: [
    "MUG-STONE-SET4",
    "MUG-ENAMEL-HB",
    "MUG-TRAVEL-350",
    "TWL-LINEN-SET3",
    "TWL-STRIPE-2",
    "OVG-DOUBLE",
    "JAR-GLASS-SET3",
    "CAN-COFFEE-VAC",
    "BRW-POUROVER-02",
  ],
  consumable: ["BNS-HOUSE-500", "BNS-DECAF-250", "BNS-ESPRESSO-1KG", "CAR-DESCALE-4", "FLT-WATER-3", "FLT-PAPER-100", "CAR-CLEAN-TABS"],
};
/** Appliances that can plausibly develop a fault. */
const FAULT_PRONE = ["TST-HALO-4", "KET-AURORA-17", "AFR-CRISP-55", "BLD-VORTEX-1200", "KET-STEEL-15", "CFM-DRIP-10", "TST-HALO-2"];

/** Bean prices rose (and one air fryer's price fell) about 15 months before DEMO_AS_OF. */
const PRICE_CHANGE_AT = new Date(DEMO_AS_OF.getTime() - 445 * DAY);
const EARLIER_PRICES: Record<string, number> = {
  [SUB_500]: 1050,
  [SUB_1KG]: 1950,
  "BNS-HOUSE-500": 1195,
  "BNS-ESPRESSO-1KG": 2250,
  "AFR-CRISP-55": 10999,
  "KET-AURORA-17": 4799,
};

function priceAt(sku: string, at: Date): number {
  const earlier = EARLIER_PRICES[sku];
  if (earlier !== undefined && at.getTime() < PRICE_CHANGE_AT.getTime()) return earlier;
  return getProduct(sku).pricePence;
}

// ------------------------------------------------------------------ drafts

interface DraftOrder {
  customer: Draft;
  seq: number;
  ref: string;
  placedAt: Date;
  channel: "web" | "app" | "phone";
  status: DatasetOrder["status"];
  deliveredAt: Date | null;
  paymentMethod: string;
  items: DatasetOrderItem[];
}

interface DraftCase {
  customer: Draft;
  seq: number;
  ref: string;
  category: DatasetCase["category"];
  status: DatasetCase["status"];
  summary: string;
  resolution: string | null;
  openedAt: Date;
  closedAt: Date | null;
  order: DraftOrder | null;
}

interface DraftFeedback extends Omit<DatasetFeedback, "orderRef"> {
  order: DraftOrder | null;
}

interface DraftInteraction extends Omit<DatasetInteraction, "caseRef"> {
  case: DraftCase | null;
  order: DraftOrder | null;
}

interface Draft {
  index: number;
  plan: Plan;
  person: { first: string; last: string; age: AgeBand; town: TownKey };
  since: Date;
  preferredChannel: Channel;
  payment: string;
  orderChannels: readonly (readonly ["web" | "app" | "phone", number])[];
  consents: Map<Channel, DatasetConsent>;
  orders: DraftOrder[];
  feedback: DraftFeedback[];
  cases: DraftCase[];
  interactions: DraftInteraction[];
  /** Orders placed on or after this moment are outside ambient surveys (planted feedback instead). */
  problemAt: Date | null;
  loyaltyMember: boolean;
  tags: Set<string>;
  subscription: DatasetCustomer["subscription"];
  /** Channels that must have been consented to at sign-up (the customer is contacted through them). */
  requiredConsent: Set<Channel>;
  /** Consent records set by a story (e.g. all withdrawn after a complaint); they override sign-up consent. */
  consentOverrides: Map<Channel, DatasetConsent>;
}

// ------------------------------------------------------------------ small helpers

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

function monthName(d: Date): string {
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}
function slug(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z]/g, "");
}
function plus(d: Date, ms: number): Date {
  return new Date(d.getTime() + ms);
}
function lineTotal(i: DatasetOrderItem): number {
  return i.unitPricePence * i.quantity;
}

// ------------------------------------------------------------------ the generator

export function generateDemoDataset(seed = DEMO_SEED): CrmDataset {
  const rng = createRng(seed);
  const asOf = DEMO_AS_OF;
  const asOfMs = asOf.getTime();
  const startOfAsOfDay = Date.UTC(asOf.getUTCFullYear(), asOf.getUTCMonth(), asOf.getUTCDate());

  /** A time on the day `daysBefore` days before DEMO_AS_OF, between the given UTC hours; never after asOf. */
  const atDay = (daysBefore: number, fromHour = 7, toHour = 21): Date => {
    const ms = startOfAsOfDay - daysBefore * DAY + rng.int(fromHour * 60, toHour * 60 - 1) * MINUTE;
    return new Date(Math.min(ms, asOfMs - rng.int(20, 90) * MINUTE));
  };
  const daysBefore = (d: Date) => Math.floor((asOfMs - d.getTime()) / DAY);
  const isPast = (d: Date) => d.getTime() < asOfMs;
  const staff = () => rng.pick(STAFF);

  // ---- assign plans to people (plans with constraints first)
  const unassigned = PEOPLE.map((p, i) => i);
  const assignments: { plan: Plan; personIndex: number }[] = [];
  const constrained = PLANS.filter((p) => p.ages);
  const free = PLANS.filter((p) => !p.ages);
  for (const plan of constrained) {
    const pool = unassigned.filter((i) => plan.ages?.includes((PEOPLE[i] as (typeof PEOPLE)[number])[2]));
    const chosen = rng.pick(pool.length > 0 ? pool : unassigned);
    unassigned.splice(unassigned.indexOf(chosen), 1);
    assignments.push({ plan, personIndex: chosen });
  }
  const rest = rng.shuffle(unassigned);
  free.forEach((plan, k) => {
    const personIndex = rest[k];
    if (personIndex === undefined) throw new Error("More plans than people");
    assignments.push({ plan, personIndex });
  });

  const drafts: Draft[] = assignments.map(({ plan, personIndex }, index) => {
    const [first, last, age, town] = PEOPLE[personIndex] as (typeof PEOPLE)[number];
    const preferredChannel =
      plan.preferredChannel ??
      rng.weighted<Channel>(
        age === "retired"
          ? [["phone", 4], ["email", 4], ["post", 2]]
          : age === "older"
            ? [["email", 5], ["phone", 4], ["post", 1]]
            : age === "mid"
              ? [["email", 7], ["sms", 2], ["phone", 1]]
              : [["email", 5], ["sms", 5]],
      );
    const orderChannels: Draft["orderChannels"] =
      age === "retired" || age === "older"
        ? [["web", 6], ["phone", 4], ["app", 1]]
        : age === "mid"
          ? [["web", 6], ["app", 3], ["phone", 1]]
          : [["app", 5], ["web", 5]];
    const payment =
      age === "retired" || age === "older"
        ? rng.pick(["Visa debit", "Mastercard credit", "Visa debit", "PayPal"])
        : rng.pick(["Visa debit", "Apple Pay", "PayPal", "Mastercard debit", "Google Pay", "Apple Pay"]);
    return {
      index,
      plan,
      person: { first, last, age, town },
      since: asOf, // set once the first order is known
      preferredChannel,
      payment,
      orderChannels,
      consents: new Map(),
      orders: [],
      feedback: [],
      cases: [],
      interactions: [],
      problemAt: null,
      loyaltyMember: false,
      tags: new Set(),
      subscription: plan.sub?.state ?? "none",
      requiredConsent: new Set(),
      consentOverrides: new Map(),
    };
  });

  // ---- builders
  const addOrder = (
    c: Draft,
    placedAt: Date,
    items: DatasetOrderItem[],
    opts: { late?: boolean; allowCancel?: boolean; channel?: DraftOrder["channel"]; payment?: string } = {},
  ): DraftOrder => {
    const channel = opts.channel ?? rng.weighted(c.orderChannels);
    const payment = opts.payment ?? (channel === "phone" ? "Card by phone" : rng.chance(0.85) ? c.payment : rng.pick(["PayPal", "Visa debit", "Klarna (pay in 3)"]));
    const order: DraftOrder = {
      customer: c,
      seq: c.orders.length,
      ref: "",
      placedAt,
      channel,
      status: "delivered",
      deliveredAt: null,
      paymentMethod: payment,
      items,
    };
    const lagDays = opts.late ? rng.int(9, 13) : rng.weighted([[1, 3], [2, 5], [3, 3], [4, 1], [5, 1]] as const);
    const placedDay = Date.UTC(placedAt.getUTCFullYear(), placedAt.getUTCMonth(), placedAt.getUTCDate());
    const delivered = new Date(placedDay + lagDays * DAY + rng.int(9 * 60, 19 * 60) * MINUTE);
    if (opts.allowCancel && rng.chance(0.035) && daysBefore(placedAt) > 14) {
      order.status = "cancelled";
    } else if (delivered.getTime() < asOfMs) {
      order.status = "delivered";
      order.deliveredAt = delivered;
    } else {
      order.status = asOfMs - placedAt.getTime() < 1.5 * DAY ? "processing" : "dispatched";
    }
    c.orders.push(order);
    return order;
  };

  const item = (sku: string, at: Date, quantity = 1): DatasetOrderItem => ({
    sku,
    quantity,
    unitPricePence: priceAt(sku, at),
  });

  const basket = (at: Date, weights: Record<Tier, number>, maxItems: number, owned: Set<string>): DatasetOrderItem[] => {
    const n = rng.weighted<number>([[1, 5], [2, 3], [3, 2]].filter(([k]) => (k as number) <= maxItems) as [number, number][]);
    const items: DatasetOrderItem[] = [];
    const used = new Set<string>();
    let guard = 0;
    while (items.length < n && guard++ < 50) {
      const tier = rng.weighted<Tier>(Object.entries(weights) as [Tier, number][]);
      const sku = rng.pick(TIERS[tier]);
      if (used.has(sku)) continue;
      if ((tier === "big" || tier === "mid") && owned.has(sku)) continue;
      used.add(sku);
      if (tier === "big" || tier === "mid") owned.add(sku);
      const quantity = tier === "consumable" ? rng.weighted([[1, 6], [2, 3], [3, 1]] as const) : tier === "small" ? rng.weighted([[1, 4], [2, 1]] as const) : 1;
      items.push(item(sku, at, quantity));
    }
    return items;
  };

  const addFeedback = (c: Draft, f: Omit<DraftFeedback, "order"> & { order?: DraftOrder | null }): DraftFeedback | null => {
    if (!isPast(f.receivedAt)) return null;
    const fb: DraftFeedback = { ...f, order: f.order ?? null };
    c.feedback.push(fb);
    return fb;
  };

  const addInteraction = (
    c: Draft,
    i: Omit<DraftInteraction, "case" | "order"> & { case?: DraftCase | null; order?: DraftOrder | null },
  ): DraftInteraction => {
    const it: DraftInteraction = { ...i, case: i.case ?? null, order: i.order ?? null };
    c.interactions.push(it);
    return it;
  };

  const addCase = (c: Draft, k: Omit<DraftCase, "customer" | "seq" | "ref">): DraftCase => {
    const kase: DraftCase = { ...k, customer: c, seq: c.cases.length, ref: "" };
    c.cases.push(kase);
    return kase;
  };

  /** Distinct day offsets (days before asOf) from `oldest` to `newest`, oldest first, both ends included. */
  const spreadDays = (oldest: number, newest: number, n: number): number[] => {
    const count = Math.min(n, oldest - newest + 1);
    if (count <= 1) return [newest];
    const set = new Set<number>([oldest, newest]);
    while (set.size < count) set.add(rng.int(newest, oldest));
    return [...set].sort((a, b) => b - a).slice(0, Math.max(count, 1));
  };

  /** n order days spaced evenly (with jitter) from `oldest` to `newest`, oldest first: for steady customers. */
  const evenDays = (oldest: number, newest: number, n: number): number[] => {
    if (n <= 1) return [newest];
    const gap = (oldest - newest) / (n - 1);
    const out: number[] = [];
    for (let k = 0; k < n; k++) {
      const base = oldest - k * gap;
      const jitter = k === 0 || k === n - 1 ? 0 : Math.round((rng.next() - 0.5) * gap * 0.6);
      const day = Math.round(base + jitter);
      if (out.length === 0 || day < (out[out.length - 1] as number)) out.push(day);
    }
    return out;
  };

  /** Monthly subscription deliveries from `startDaysBefore` until `endDaysBefore` (inclusive). */
  const monthlyDates = (startDaysBefore: number, endDaysBefore: number): Date[] => {
    const start = atDay(startDaysBefore, 6, 8);
    if (start.getUTCDate() > 28) start.setUTCDate(28);
    const out: Date[] = [];
    for (let k = 0; ; k++) {
      const d = new Date(start.getTime());
      d.setUTCMonth(start.getUTCMonth() + k);
      if (d.getTime() > asOfMs - endDaysBefore * DAY) break;
      out.push(d);
    }
    return out;
  };

  const subscriptionOrders = (c: Draft, sku: string, startDaysBefore: number, endDaysBefore: number): DraftOrder[] =>
    monthlyDates(startDaysBefore, endDaysBefore).map((d) =>
      addOrder(c, d, [item(sku, d)], { channel: "web", payment: `${c.payment} (subscription)`, allowCancel: false }),
    );

  const oneOffOrders = (
    c: Draft,
    days: number[],
    weights: Record<Tier, number>,
    maxItems: number,
    owned = new Set<string>(),
  ): DraftOrder[] =>
    days.map((d, k) => {
      const at = atDay(d);
      return addOrder(c, at, basket(at, weights, maxItems, owned), { allowCancel: k > 0 && k < days.length - 1 });
    });

  const pickFaultItem = (order: DraftOrder, preferred: readonly string[] = FAULT_PRONE): DatasetOrderItem => {
    const existing = order.items.find((i) => preferred.includes(i.sku));
    if (existing) return existing;
    const notInOrder = (pool: readonly string[]) => pool.filter((s) => !order.items.some((i) => i.sku === s));
    const pool = notInOrder(preferred).length > 0 ? notInOrder(preferred) : notInOrder(FAULT_PRONE);
    const sku = rng.pick(pool);
    const added = item(sku, order.placedAt);
    order.items.unshift(added);
    return added;
  };
  const nameOf = (i: DatasetOrderItem) => getProduct(i.sku).name;

  // ---- text banks
  const PROMOTER_NPS = [
    "Brilliant service every time – the beans arrive fresh and well packed.",
    "Great quality kit and the team really know their coffee. I've recommended you to friends.",
    "Quick delivery and lovely products. The loyalty points are a nice bonus.",
    "Every order has been spot on. Keep doing what you're doing!",
    "Helpful people on the phone and fair prices. I wouldn't shop anywhere else for kitchen bits.",
    "The subscription is so easy to manage – I can skip a month in two clicks.",
    "You remembered I like the darker roast without me asking. That's why I keep coming back.",
  ];
  const PASSIVE_NPS = [
    "Good products, but delivery can be slow at busy times.",
    "Fine overall – nothing special compared with the big shops.",
    "Decent beans, though a bit pricey for what they are.",
    "The website is fiddly on my phone, otherwise OK.",
    "Happy enough. Would like more decaf options.",
    "Products are nice but the delivery charge on small orders puts me off.",
  ];
  const MILD_DETRACTOR_NPS = [
    "Took a week to arrive and the box was battered.",
    "Prices have crept up and I can get similar things cheaper elsewhere.",
    "Had to chase a reply to a simple question twice.",
    "Too many marketing emails – it feels like you only want to sell to me.",
  ];
  const CSAT_HIGH = [
    "Arrived a day early and beautifully packed.",
    "Exactly as described – really pleased.",
    "Smooth from order to delivery, thank you.",
    "Lovely quality, better than I expected for the price.",
    "Courier was friendly and put it in the porch as asked.",
  ];
  const CSAT_MID = [
    "Fine, but delivery took longer than the estimate.",
    "Product OK, far too much packaging though.",
    "Does the job. The instructions could be clearer.",
  ];
  const CSAT_LOW = [
    "Box was damaged and one mug was chipped.",
    "Delivery was two days late with no update.",
    "Smaller than the photos suggest.",
  ];
  const GENERAL_COMMENTS = [
    "Please bring back the Ethiopian single-origin beans!",
    "Could you offer plastic-free packaging for the subscription bags?",
    "Would love a recipe booklet with the air fryer.",
    "The new checkout is much quicker – thank you.",
    "Any plans for a click-and-collect option?",
    "It would help to choose which day the subscription arrives.",
    "Your descaling guide on the website was really useful.",
  ];
  const NOTES = [
    "Prefers deliveries after 2pm – works night shifts.",
    "Asked for plastic-free packaging where possible.",
    "Likes a darker roast; recommended the Espresso Roast beans.",
    "Buys gifts for family at Christmas – asked about gift wrapping.",
    "Asked whether the Crema One can use pre-ground coffee (it can).",
    "Shares the account address with a flatmate – check the name on parcels.",
  ];

  const npsDist: Record<string, readonly (readonly [number, number])[]> = {
    loyal: [[10, 55], [9, 40], [8, 5]],
    subscriber: [[10, 30], [9, 35], [8, 25], [7, 10]],
    regular: [[10, 5], [9, 20], [8, 35], [7, 30], [6, 10]],
    occasional: [[9, 10], [8, 30], [7, 35], [6, 15], [5, 10]],
    drifted: [[9, 15], [8, 45], [7, 40]],
  };
  const csatDist: Record<string, readonly (readonly [number, number])[]> = {
    loyal: [[5, 60], [4, 35], [3, 5]],
    subscriber: [[5, 45], [4, 40], [3, 15]],
    regular: [[5, 30], [4, 45], [3, 15], [2, 10]],
    occasional: [[5, 25], [4, 40], [3, 20], [2, 10], [1, 5]],
    drifted: [[5, 50], [4, 50]],
  };
  const npsComment = (c: Draft, score: number): string =>
    score >= 9
      ? rng.pick(c.subscription === "none" ? PROMOTER_NPS.filter((t) => !t.includes("subscription")) : PROMOTER_NPS)
      : score >= 7
        ? rng.pick(PASSIVE_NPS)
        : rng.pick(MILD_DETRACTOR_NPS);
  const csatComment = (score: number): string =>
    score >= 4 ? rng.pick(CSAT_HIGH) : score === 3 ? rng.pick(CSAT_MID) : rng.pick(CSAT_LOW);
  const surveyChannel = (c: Draft) => (c.preferredChannel === "sms" ? "sms" : "email");

  /** Records a relationship NPS survey being sent and (optionally) answered. */
  const npsSurvey = (c: Draft, sentAt: Date, score: number | null, comment: string | null, order: DraftOrder | null = null) => {
    if (!isPast(sentAt)) return;
    addInteraction(c, {
      kind: "survey",
      direction: "outbound",
      subject: "How likely are you to recommend us?",
      body: `NPS survey sent by ${surveyChannel(c) === "sms" ? "SMS" : "email"}: "How likely are you to recommend ${SHOP_NAME} to a friend or colleague?" (0–10)`,
      author: SYSTEM_AUTHOR,
      occurredAt: sentAt,
    });
    if (score !== null) {
      addFeedback(c, {
        kind: "nps",
        score,
        comment,
        channel: surveyChannel(c),
        receivedAt: plus(sentAt, rng.int(2, 60 * 24 * 4) * MINUTE),
        order,
      });
    }
  };

  /** Background surveys: biannual NPS waves and post-delivery CSAT, before any planted problem. */
  const ambientFeedback = (c: Draft, profile: keyof typeof npsDist, npsRate: number, csatRate: number) => {
    const firstOrderAt = c.orders.reduce((min, o) => Math.min(min, o.placedAt.getTime()), asOfMs);
    // Relationship NPS survey about every five months, on dates that vary by customer.
    const offset = rng.int(-70, 70);
    const waves = [680, 530, 380, 230, 80].map((w) => w + offset).filter((w) => w >= 3 && w <= 725);
    for (const w of waves) {
      const sentAt = atDay(w, 9, 11);
      if (c.problemAt && sentAt.getTime() >= c.problemAt.getTime()) continue;
      if (sentAt.getTime() - firstOrderAt < 30 * DAY) continue;
      const hadDelivery = c.orders.some((o) => o.deliveredAt && o.deliveredAt.getTime() < sentAt.getTime());
      if (!hadDelivery) continue;
      if (!rng.chance(npsRate)) {
        npsSurvey(c, sentAt, null, null);
        continue;
      }
      const score = rng.weighted(npsDist[profile] ?? npsDist.regular ?? [[8, 1]]);
      npsSurvey(c, sentAt, score, rng.chance(0.55) ? npsComment(c, score) : null);
    }
    for (const o of c.orders) {
      if (!o.deliveredAt) continue;
      if (c.problemAt && o.placedAt.getTime() >= c.problemAt.getTime() - 2 * DAY) continue;
      if (!rng.chance(csatRate)) continue;
      const score = rng.weighted(csatDist[profile] ?? csatDist.regular ?? [[4, 1]]);
      addFeedback(c, {
        kind: "csat",
        score,
        comment: rng.chance(0.35) ? csatComment(score) : null,
        channel: o.channel === "app" ? "app" : "email",
        receivedAt: plus(o.deliveredAt, rng.int(1, 6) * DAY + rng.int(0, 600) * MINUTE),
        order: o,
      });
    }
    if (rng.chance(0.12)) {
      const at = new Date(firstOrderAt + rng.int(10, Math.max(11, Math.floor((asOfMs - firstOrderAt) / DAY) - 1)) * DAY);
      addFeedback(c, { kind: "comment", score: null, comment: rng.pick(GENERAL_COMMENTS), channel: "web", receivedAt: at });
    }
  };

  // ------------------------------------------------------------------ archetypes
  /** The first few loyal and regular customers ordered in the last few days: their orders are still in progress. */
  const recentSlots = [0, 1, 1, 2, 3];
  const newestDay = (min: number, max: number) => recentSlots.shift() ?? rng.int(min, max);
  for (const c of drafts) {
    const plan = c.plan;
    const owned = new Set<string>();
    switch (plan.arch) {
      case "loyal": {
        const oldest = rng.int(560, 725);
        const days = evenDays(oldest, newestDay(2, 70), rng.int(10, 15));
        const orders = oneOffOrders(c, days, { big: 22, mid: 35, small: 23, consumable: 20 }, 3, owned);
        const first = orders[0];
        const unownedBig = TIERS.big.filter((s) => !owned.has(s));
        if (first && unownedBig.length > 0 && !first.items.some((i) => TIERS.big.includes(i.sku))) {
          const sku = rng.pick(unownedBig);
          owned.add(sku);
          first.items.unshift(item(sku, first.placedAt));
        }
        if (plan.sub) subscriptionOrders(c, plan.sub.sku, rng.int(300, oldest - 20), 1);
        // Top up to a clearly high spend: the pattern must hold for any seed.
        const spend = () => c.orders.filter((o) => o.status !== "cancelled").reduce((s, o) => s + o.items.reduce((t, i) => t + lineTotal(i), 0), 0);
        let guard = 0;
        while (spend() < 75_000 && guard++ < 10) {
          const target = rng.pick(orders.filter((o) => o.status !== "cancelled"));
          const candidates = TIERS.big.filter((s) => !owned.has(s));
          const sku = candidates.length > 0 ? rng.pick(candidates) : rng.pick(TIERS.mid);
          owned.add(sku);
          target.items.push(item(sku, target.placedAt));
        }
        c.loyaltyMember = true;
        if (plan.extra === "loyal-recovered") {
          const target = orders.find((o) => daysBefore(o.placedAt) > 300 && o.deliveredAt) ?? orders[0];
          if (target && target.deliveredAt) {
            const grinder = pickFaultItem(target, ["GRD-BURR-PRO"]);
            owned.add("GRD-BURR-PRO");
            grinder.returnStatus = "returned";
            grinder.refundStatus = "none";
            const openedAt = plus(target.deliveredAt, rng.int(8, 14) * DAY + rng.int(60, 300) * MINUTE);
            const closedAt = plus(openedAt, 26 * 60 * MINUTE);
            const kase = addCase(c, {
              category: "faulty_product",
              status: "closed",
              summary: `Burr Pro Coffee Grinder from order {order} stopped grinding after ${daysBefore(target.deliveredAt) - daysBefore(openedAt)} days (motor hums, burrs do not turn).`,
              resolution:
                "Offered a full refund (short-term right to reject, Consumer Rights Act 2015) or a replacement; customer chose a replacement, sent next-day delivery. Faulty unit collected by courier at no cost.",
              openedAt,
              closedAt,
              order: target,
            });
            addInteraction(c, { kind: "call", direction: "inbound", subject: "Grinder not working", body: "Customer called: new Burr Pro grinder has stopped working. Listened, apologised, checked order {order}. Explained the customer can reject it for a full refund or have a replacement.", author: "Tom Reilly", occurredAt: openedAt, case: kase, order: target });
            addInteraction(c, { kind: "remedy", direction: null, subject: "Replacement sent", body: "Replacement Burr Pro Coffee Grinder dispatched by next-day delivery; courier collection booked for the faulty one.", author: "Tom Reilly", occurredAt: plus(openedAt, 20 * MINUTE), case: kase, order: target });
            addInteraction(c, { kind: "email", direction: "outbound", subject: "Your replacement grinder", body: "Thank you for letting us know and for your patience. Your replacement grinder arrives tomorrow and the courier will collect the faulty one at the same time.", author: "Tom Reilly", occurredAt: plus(openedAt, 35 * MINUTE), case: kase });
            addFeedback(c, { kind: "ces", score: 2, comment: "Sorted in one phone call.", channel: "email", receivedAt: plus(closedAt, 2 * DAY) });
            addFeedback(c, { kind: "nps", score: 10, comment: "My grinder broke and they replaced it the very next day with no quibbles. That's why I keep coming back.", channel: "email", receivedAt: plus(closedAt, 9 * DAY), order: target });
          }
        }
        ambientFeedback(c, "loyal", 0.75, 0.3);
        break;
      }
      case "subscriber": {
        const sub = plan.sub ?? { sku: SUB_500, state: "active" as const };
        const start = rng.int(120, 700);
        const end = sub.state === "paused" ? rng.int(62, 80) : 1;
        const subs = subscriptionOrders(c, sub.sku, start, end);
        const extraDays = evenDays(start - 5, Math.max(end + 3, 5), rng.int(2, 4));
        oneOffOrders(c, extraDays.slice(1), { big: 12, mid: 33, small: 30, consumable: 25 }, 2, owned);
        c.loyaltyMember = true;
        if (sub.state === "paused") {
          const lastSub = subs[subs.length - 1];
          const at = plus(lastSub?.placedAt ?? atDay(end), 6 * DAY + rng.int(60, 400) * MINUTE);
          addInteraction(c, { kind: "call", direction: "inbound", subject: "Pause subscription", body: "Customer called to cancel the bean subscription because money is tight at the moment. Offered a pause instead of cancelling, with no pressure; customer chose a three-month pause. No offers made.", author: "Adebayo Ogun", occurredAt: at });
          addInteraction(c, { kind: "note", direction: null, subject: "Subscription paused", body: "Subscription paused for three months at the customer's request. Vulnerability note added with the customer's agreement.", author: "Adebayo Ogun", occurredAt: plus(at, 10 * MINUTE) });
          addInteraction(c, { kind: "task", direction: null, subject: "Check in before the pause ends", body: "Check in before the subscription restarts – ask whether they want to restart, extend the pause or cancel. No upselling.", author: "Adebayo Ogun", occurredAt: plus(at, 12 * MINUTE), dueAt: plus(at, 80 * DAY), doneAt: null });
        }
        if (plan.extra === "double-charge") {
          const target = subs[Math.max(0, subs.length - rng.int(3, 6))];
          if (target) {
            const openedAt = plus(target.placedAt, 2 * DAY + rng.int(60, 500) * MINUTE);
            const price = target.items[0]?.unitPricePence ?? 2100;
            const kase = addCase(c, {
              category: "billing",
              status: "resolved",
              summary: `Charged twice for the ${monthName(target.placedAt)} subscription box (order {order}).`,
              resolution: `Duplicate payment of ${formatPence(price)} refunded to the original card on the same day. Cause: payment retried by the provider after a time-out.`,
              openedAt,
              closedAt: plus(openedAt, 3 * 60 * MINUTE),
              order: target,
            });
            addInteraction(c, { kind: "email", direction: "inbound", subject: "Charged twice?", body: `I've been charged ${formatPence(price)} twice this month for my beans. Can you check please?`, author: `${c.person.first} ${c.person.last}`, occurredAt: openedAt, case: kase, order: target });
            addInteraction(c, { kind: "email", direction: "outbound", subject: "Re: Charged twice?", body: `Sorry about that – you're right, the payment went through twice. I've refunded ${formatPence(price)} to your card today; it usually shows within 3–5 working days. Thank you for telling us.`, author: "Jess Carter", occurredAt: plus(openedAt, 2 * 60 * MINUTE), case: kase });
            addFeedback(c, { kind: "ces", score: 1, comment: "Quick and easy.", channel: "email", receivedAt: plus(openedAt, 2 * DAY) });
          }
        }
        if (rng.chance(0.6)) {
          const at = atDay(rng.int(20, Math.max(21, start - 30)));
          addFeedback(c, { kind: "ces", score: rng.int(1, 3), comment: rng.pick(["Easy to skip a month online.", "Changing my grind size took seconds.", null] as const), channel: "web", receivedAt: at });
        }
        ambientFeedback(c, "subscriber", 0.6, 0.2);
        break;
      }
      case "regular": {
        const n = rng.int(3, 7);
        const oldest = rng.int(Math.min(720, 120 + 60 * n), 720);
        const days = evenDays(oldest, newestDay(3, 150), n);
        const orders = oneOffOrders(c, days, { big: 8, mid: 37, small: 30, consumable: 25 }, 3, owned);
        c.loyaltyMember = rng.chance(0.6);
        if (plan.extra === "change-of-mind") changeOfMindReturn(c, orders);
        if (plan.extra === "sar") {
          const openedAt = atDay(rng.int(90, 200), 9, 16);
          const closedAt = plus(openedAt, 18 * DAY);
          const kase = addCase(c, {
            category: "data_protection",
            status: "closed",
            summary: "Subject access request: customer asked for a copy of all personal data we hold.",
            resolution: "Identity verified (account email plus postcode and last order number). Copy of personal data, order history and call notes sent by secure download link on day 18 – within the one-month limit.",
            openedAt,
            closedAt,
            order: null,
          });
          addInteraction(c, { kind: "email", direction: "inbound", subject: "Subject access request", body: "Under data protection law please send me a copy of all the personal data you hold about me.", author: `${c.person.first} ${c.person.last}`, occurredAt: openedAt, case: kase });
          addInteraction(c, { kind: "case_update", direction: null, subject: "Identity verified", body: "Identity verified by replying from the account email and confirming postcode and last order number. Deadline: one month from receipt.", author: "Gareth Evans", occurredAt: plus(openedAt, 1 * DAY), case: kase });
          addInteraction(c, { kind: "email", direction: "outbound", subject: "Your personal data", body: "Your copy of the personal data we hold is ready. Use the secure link to download it; it expires in 7 days.", author: "Gareth Evans", occurredAt: closedAt, case: kase });
        }
        if (plan.extra === "large-print-case") {
          const openedAt = plus(c.orders[0]?.placedAt ?? atDay(oldest), rng.int(5, 20) * DAY);
          const kase = addCase(c, {
            category: "accessibility",
            status: "resolved",
            summary: "Customer struggles to read standard-print order confirmations and asked for large print.",
            resolution: "Reasonable adjustment (Equality Act 2010): account flagged so order confirmations and letters are posted in 16pt large print.",
            openedAt,
            closedAt: plus(openedAt, 2 * DAY),
            order: null,
          });
          addInteraction(c, { kind: "call", direction: "inbound", subject: "Large-print letters", body: "Customer called: can't read the small print on our letters. Agreed to send everything in large print.", author: "Jess Carter", occurredAt: openedAt, case: kase });
          addInteraction(c, { kind: "letter", direction: "outbound", subject: "Large-print confirmation", body: "Large-print (16pt) letter confirming the change to future letters and order confirmations.", author: "Jess Carter", occurredAt: plus(openedAt, 2 * DAY), case: kase });
        }
        if (plan.vulnerability) {
          const at = atDay(rng.int(40, 160), 10, 15);
          addInteraction(c, { kind: "call", direction: "inbound", subject: "Order query", body: "Customer called about an order already delivered; confirmed details slowly and followed up in writing. Agreed with the customer and their son (named contact, verified) to keep calls short and confirm everything in writing.", author: "Tom Reilly", occurredAt: at });
          addInteraction(c, { kind: "letter", direction: "outbound", subject: "Confirming our call", body: "Letter confirming what we agreed on the phone, in plain English.", author: "Tom Reilly", occurredAt: plus(at, 1 * DAY) });
        }
        ambientFeedback(c, "regular", 0.45, 0.22);
        break;
      }
      case "occasional": {
        let days: number[];
        if (plan.extra === "gift") days = [rng.int(330, 360), rng.int(4, 30)];
        else {
          const n = rng.weighted([[1, 4], [2, 4], [3, 2]] as const);
          days = spreadDays(rng.int(60, 600), rng.int(10, 170), n);
        }
        const orders = oneOffOrders(c, days, { big: 10, mid: 40, small: 35, consumable: 15 }, 2, owned);
        c.loyaltyMember = rng.chance(0.2);
        if (plan.extra === "gift") c.tags.add("gift buyer");
        if (plan.extra === "change-of-mind") changeOfMindReturn(c, orders);
        ambientFeedback(c, "occasional", 0.35, 0.2);
        break;
      }
      case "lapsed":
      case "winback": {
        const reason = plan.reason ?? "drifted";
        const last = plan.arch === "winback" ? rng.int(200, 450) : rng.int(190, 540);
        let lastOrder: DraftOrder;
        if (reason === "price-sub") {
          const subsEnd = Math.min(last, 400);
          const subs = subscriptionOrders(c, plan.sub?.sku ?? SUB_500, rng.int(Math.max(subsEnd + 150, 460), 725), subsEnd);
          const earlier = spreadDays(subsEnd + 100, subsEnd + 20, rng.int(1, 2));
          oneOffOrders(c, earlier, { big: 10, mid: 40, small: 30, consumable: 20 }, 2, owned);
          lastOrder = subs[subs.length - 1] as DraftOrder;
        } else {
          const oldest = Math.min(725, last + rng.int(90, 300));
          const days = spreadDays(oldest, last, rng.int(2, 6));
          const orders = oneOffOrders(c, days, { big: 12, mid: 40, small: 28, consumable: 20 }, 3, owned);
          lastOrder = orders[orders.length - 1] as DraftOrder;
          if (reason === "late") {
            // Re-place the last order as a late delivery.
            c.orders.pop();
            lastOrder = addOrder(c, lastOrder.placedAt, lastOrder.items, { late: true, channel: lastOrder.channel });
          }
          if (lastOrder.status === "cancelled") {
            lastOrder.status = "delivered";
            lastOrder.deliveredAt = plus(lastOrder.placedAt, 2 * DAY + 3 * 60 * MINUTE);
          }
        }
        c.loyaltyMember = rng.chance(plan.arch === "winback" ? 0.5 : 0.4);
        lapseStory(c, reason, lastOrder);
        ambientFeedback(c, reason === "drifted" ? "drifted" : "regular", 0.45, 0.22);
        if (plan.arch === "winback") winBackContact(c, reason, lastOrder);
        if (plan.extra === "old-winback") oldWinBackContact(c, lastOrder);
        break;
      }
      case "newbie": {
        const sinceDays = rng.int(3, 57);
        const first = atDay(sinceDays);
        if (plan.sub) {
          const subs = subscriptionOrders(c, plan.sub.sku, sinceDays, 1);
          const firstSub = subs[0];
          if (firstSub && rng.chance(0.5)) firstSub.items.push(item(rng.pick(["GRD-HAND-CER", "CAF-GLASS-8", "CAN-COFFEE-VAC"]), firstSub.placedAt));
        } else {
          addOrder(c, first, basket(first, { big: 15, mid: 45, small: 25, consumable: 15 }, 2, owned));
          if (sinceDays > 20 && rng.chance(0.5)) {
            const second = atDay(rng.int(2, sinceDays - 10));
            addOrder(c, second, basket(second, { big: 5, mid: 25, small: 40, consumable: 30 }, 2, owned));
          }
        }
        c.loyaltyMember = rng.chance(0.5);
        onboardingStory(c);
        break;
      }
      case "unhappy": {
        unhappyStory(c, owned);
        c.loyaltyMember = rng.chance(0.4);
        break;
      }
    }
  }

  // ---- stories (function declarations are hoisted; they close over the helpers above)

  function changeOfMindReturn(c: Draft, orders: DraftOrder[]) {
    const candidates = orders.filter((o) => o.deliveredAt && o.items.some((i) => TIERS.mid.includes(i.sku) || TIERS.small.includes(i.sku)));
    const order = candidates[0] ?? orders.find((o) => o.deliveredAt);
    if (!order || !order.deliveredAt) return;
    const it = order.items.find((i) => TIERS.mid.includes(i.sku) || TIERS.small.includes(i.sku)) ?? order.items[0];
    if (!it) return;
    it.returnStatus = "returned";
    it.refundStatus = "full";
    it.refundedPence = lineTotal(it);
    const at = plus(order.deliveredAt, rng.int(3, 10) * DAY + rng.int(60, 400) * MINUTE);
    addInteraction(c, {
      kind: "note",
      direction: null,
      subject: "Change-of-mind return",
      body: `${nameOf(it)} from order {order} returned unused within the 14-day cancellation period (Consumer Contracts Regulations 2013): "${rng.pick(["the colour doesn't suit my kitchen", "bought the wrong size", "found I didn't need it after all"])}". Full refund of ${formatPence(lineTotal(it))} to the original payment method.`,
      author: staff(),
      occurredAt: at,
      order,
    });
  }

  function lapseStory(c: Draft, reason: Reason, lastOrder: DraftOrder) {
    const deliveredAt = lastOrder.deliveredAt ?? plus(lastOrder.placedAt, 3 * DAY);
    const customerName = `${c.person.first} ${c.person.last}`;
    switch (reason) {
      case "late": {
        c.problemAt = lastOrder.placedAt;
        const lag = Math.round((deliveredAt.getTime() - lastOrder.placedAt.getTime()) / DAY);
        const main = lastOrder.items[0] as DatasetOrderItem;
        const chased = plus(lastOrder.placedAt, 6 * DAY + rng.int(60, 500) * MINUTE);
        const logged = rng.chance(0.67) || c.plan.arch === "winback";
        const kase = logged
          ? addCase(c, {
              category: "delivery",
              status: "closed",
              summary: `Order {order} arrived ${lag} days after it was placed; the courier lost it at a depot and the customer had to chase twice.`,
              resolution: "Apologised. £5.00 goodwill gesture refunded to the original payment method. Courier performance raised with the logistics team.",
              openedAt: chased,
              closedAt: plus(deliveredAt, 1 * DAY),
              order: lastOrder,
            })
          : null;
        addInteraction(c, { kind: "email", direction: "inbound", subject: "Where is my order?", body: `Order {order} was due days ago and tracking hasn't moved. ${rng.pick(["It's a birthday present.", "I took a day off to wait in for it.", "Nobody has replied to my first email."])}`, author: customerName, occurredAt: chased, order: lastOrder, case: kase });
        if (kase) {
          main.refundStatus = "partial";
          main.refundedPence = Math.min(500, lineTotal(main) - 1);
          const agent = staff();
          addInteraction(c, { kind: "email", direction: "outbound", subject: "Re: Where is my order?", body: "Sorry for the delay. The courier has found the parcel at their depot and it is on its way. We've refunded £5.00 as a goodwill gesture.", author: agent, occurredAt: plus(chased, 26 * 60 * MINUTE), case: kase, order: lastOrder });
          addInteraction(c, { kind: "remedy", direction: null, subject: "Goodwill refund", body: `£5.00 goodwill gesture refunded against ${nameOf(main)} (order {order}).`, author: agent, occurredAt: plus(chased, 27 * 60 * MINUTE), case: kase, order: lastOrder });
        }
        const score = rng.int(2, 5);
        npsSurvey(c, plus(deliveredAt, rng.int(3, 7) * DAY), score, `${nameOf(main)} took ${lag} days to arrive and nobody told me why – I had to chase ${logged ? "twice" : "and never heard back"}. Won't be ordering again in a hurry.`, lastOrder);
        addFeedback(c, { kind: "csat", score: rng.int(1, 2), comment: "Delivery was very late with no updates.", channel: "email", receivedAt: plus(deliveredAt, 2 * DAY), order: lastOrder });
        if (!logged) {
          addInteraction(c, { kind: "task", direction: null, subject: "Call back detractor", body: "Detractor survey response about a late delivery – call back to apologise and close the loop.", author: SYSTEM_AUTHOR, occurredAt: plus(deliveredAt, 9 * DAY), dueAt: plus(deliveredAt, 12 * DAY), doneAt: null });
        }
        break;
      }
      case "faulty": {
        c.problemAt = lastOrder.placedAt;
        const faulty = pickFaultItem(lastOrder);
        const openedAt = plus(deliveredAt, rng.int(9, 24) * DAY + rng.int(60, 500) * MINUTE);
        const days = Math.round((openedAt.getTime() - deliveredAt.getTime()) / DAY);
        faulty.returnStatus = "returned";
        const winback = c.plan.arch === "winback";
        if (winback) faulty.refundStatus = "none";
        else {
          faulty.refundStatus = "full";
          faulty.refundedPence = lineTotal(faulty);
        }
        const closedAt = plus(openedAt, (winback ? 6 : 17) * DAY);
        const kase = addCase(c, {
          category: "faulty_product",
          status: "closed",
          summary: `${nameOf(faulty)} (order {order}) stopped working ${days} days after delivery.`,
          resolution: winback
            ? "Customer chose a replacement over a refund (short-term right to reject explained). Replacement delivered; faulty unit collected."
            : `Rejected within 30 days (Consumer Rights Act 2015): full refund of ${formatPence(lineTotal(faulty))} to the original payment method once the item was collected. The customer had to chase the refund twice.`,
          openedAt,
          closedAt,
          order: lastOrder,
        });
        addInteraction(c, { kind: "email", direction: "inbound", subject: "Faulty item", body: `My ${nameOf(faulty)} has stopped working after ${days} days. ${rng.pick(["It just clicks and does nothing.", "It trips the fuse every time.", "The switch won't stay down."])} I'd like my money back.`, author: customerName, occurredAt: openedAt, case: kase, order: lastOrder });
        addInteraction(c, { kind: "case_update", direction: null, subject: "Collection booked", body: "Courier collection booked for the faulty item.", author: staff(), occurredAt: plus(openedAt, 2 * DAY), case: kase });
        if (!winback) {
          addInteraction(c, { kind: "email", direction: "inbound", subject: "Still waiting for my refund", body: "You collected it over a week ago. Where is my refund?", author: customerName, occurredAt: plus(openedAt, 12 * DAY), case: kase });
          addInteraction(c, { kind: "remedy", direction: null, subject: "Full refund", body: `Full refund of ${formatPence(lineTotal(faulty))} issued to the original payment method.`, author: staff(), occurredAt: plus(openedAt, 15 * DAY), case: kase, order: lastOrder });
          addFeedback(c, { kind: "ces", score: rng.int(5, 7), comment: "Had to explain the problem three times to different people.", channel: "email", receivedAt: plus(closedAt, 2 * DAY) });
          npsSurvey(c, plus(closedAt, 5 * DAY), rng.int(0, 4), `The ${nameOf(faulty)} packed up after ${Math.round(days / 7) <= 1 ? "a week" : `${Math.round(days / 7)} weeks`}. I got my money back in the end but it took three emails and a phone call.`, lastOrder);
        } else {
          addInteraction(c, { kind: "remedy", direction: null, subject: "Replacement", body: `Replacement ${nameOf(faulty)} dispatched.`, author: staff(), occurredAt: plus(openedAt, 2 * DAY), case: kase, order: lastOrder });
          addFeedback(c, { kind: "ces", score: 4, comment: null, channel: "email", receivedAt: plus(closedAt, 2 * DAY) });
          npsSurvey(c, plus(closedAt, 5 * DAY), 6, `Replacement works but it took nearly a week to sort out and I've lost confidence in the ${nameOf(faulty)}.`, lastOrder);
        }
        break;
      }
      case "price-sub": {
        c.problemAt = plus(lastOrder.placedAt, -40 * DAY);
        const at = plus(lastOrder.placedAt, rng.int(3, 10) * DAY + rng.int(60, 500) * MINUTE);
        addInteraction(c, { kind: "email", direction: "inbound", subject: "Cancel my subscription", body: "Please cancel my bean subscription. The price has gone up again and supermarket beans are fine for me now.", author: customerName, occurredAt: at });
        addInteraction(c, { kind: "email", direction: "outbound", subject: "Re: Cancel my subscription", body: "Your subscription has been cancelled and no further payments will be taken. Sorry to see you go.", author: staff(), occurredAt: plus(at, 5 * 60 * MINUTE) });
        addInteraction(c, { kind: "note", direction: null, subject: "Subscription cancelled", body: "Reason given: price rise. No retention offer was made.", author: staff(), occurredAt: plus(at, 5 * 60 * MINUTE + 5 * MINUTE) });
        npsSurvey(c, plus(at, rng.int(10, 30) * DAY), rng.int(4, 6), "The subscription went up from £10.50 to £11.50 a bag with barely any notice. Supermarket beans are half the price.", null);
        break;
      }
      case "price": {
        c.problemAt = plus(lastOrder.placedAt, 1 * DAY);
        const priciest = lastOrder.items.reduce((a, b) => (b.unitPricePence > a.unitPricePence ? b : a));
        const main = priciest.unitPricePence >= 3000 ? priciest : pickFaultItem(lastOrder, ["KET-GOOSE-08", "GRD-HAND-CER", "CAF-STEEL-3", "TST-HALO-4"]);
        const saving = Math.max(3, Math.round((main.unitPricePence * 0.15) / 100));
        npsSurvey(c, plus(deliveredAt, rng.int(20, 60) * DAY), rng.int(3, 6), `Found the ${nameOf(main)} £${saving} cheaper elsewhere a week after I bought it, and the delivery charge on small orders is too much. Loyalty should count for something.`, lastOrder);
        break;
      }
      case "drifted": {
        // Satisfied but not loyal: good scores, then simply stopped buying.
        if (lastOrder.deliveredAt) {
          addFeedback(c, { kind: "csat", score: rng.int(4, 5), comment: rng.pick(CSAT_HIGH), channel: "email", receivedAt: plus(lastOrder.deliveredAt, 2 * DAY), order: lastOrder });
        }
        c.problemAt = plus(lastOrder.placedAt, 3 * DAY);
        npsSurvey(c, plus(lastOrder.placedAt, rng.int(20, 60) * DAY), rng.int(7, 8), rng.pick(["Nothing wrong really – I've got all the kit I need now.", "Happy with everything. I just buy my beans with the weekly shop now.", "Good service. Nothing stands out enough to come back for."]), null);
        break;
      }
      case "bereaved": {
        c.problemAt = plus(lastOrder.placedAt, 1 * DAY);
        const at = atDay(rng.int(70, 130), 10, 15);
        addInteraction(c, { kind: "call", direction: "inbound", subject: "Bereavement", body: "Customer called to let us know their partner, who placed most of the orders, has died. Offered condolences and took it slowly. Removed the partner's saved payment card at the customer's request and stopped reminder emails about past purchases. They may order again later.", author: "Jess Carter", occurredAt: at });
        addInteraction(c, { kind: "note", direction: null, subject: "Handle with care", body: "Vulnerability note added with the customer's agreement. No marketing or win-back contact for now; let the customer get in touch when ready.", author: "Jess Carter", occurredAt: plus(at, 15 * MINUTE) });
        break;
      }
      case "marketing": {
        c.problemAt = plus(lastOrder.placedAt, 1 * DAY);
        const at = plus(deliveredAt, rng.int(40, 80) * DAY + rng.int(60, 400) * MINUTE);
        const kase = addCase(c, {
          category: "data_protection",
          status: "closed",
          summary: "Customer kept receiving marketing texts after replying STOP.",
          resolution: "Apologised. All marketing consent withdrawn at the customer's request and the SMS opt-out sync fault fixed (PECR). Data protection officer informed.",
          openedAt: at,
          closedAt: plus(at, 3 * DAY),
          order: null,
        });
        addInteraction(c, { kind: "call", direction: "inbound", subject: "Unwanted marketing texts", body: "Customer angry: replied STOP twice and still getting offer texts. Apologised, withdrew consent for all marketing channels while on the call.", author: "Gareth Evans", occurredAt: at, case: kase });
        addInteraction(c, { kind: "escalation", direction: null, subject: "Possible PECR breach", body: "Escalated to the team leader and the data protection officer: SMS opt-outs were not syncing to the marketing platform.", author: "Gareth Evans", occurredAt: plus(at, 30 * MINUTE), case: kase });
        addInteraction(c, { kind: "email", direction: "outbound", subject: "We've stopped all marketing", body: "Confirming that you will not receive any more marketing from us by email, text, phone or post. We have fixed the fault that caused this. We're sorry.", author: TEAM_LEADER, occurredAt: plus(at, 3 * DAY), case: kase });
        npsSurvey(c, plus(at, 20 * DAY), 1, "I replied STOP and still got texts. That's not OK. Don't contact me again.", null);
        c.requiredConsent.add("sms");
        for (const ch of ["email", "sms", "phone", "post"] as const) {
          c.consentOverrides.set(ch, { channel: ch, granted: false, method: "phone call", recordedAt: plus(at, 5 * MINUTE) });
        }
        break;
      }
      default:
        break;
    }
  }

  function winBackContact(c: Draft, reason: Reason, lastOrder: DraftOrder) {
    const at = atDay(rng.int(5, 40), 9, 17);
    // Marketing goes only through a channel the customer consented to (recorded at sign-up).
    const channel: "email" | "sms" = c.preferredChannel === "sms" ? "sms" : "email";
    c.requiredConsent.add(channel);
    const personal =
      reason === "late"
        ? "We're sorry your last delivery let you down – we've since changed courier for your area."
        : reason === "price-sub"
          ? "You can now choose a 250g bag or skip months whenever you like, so the subscription costs less."
          : reason === "faulty"
            ? "Thank you for giving us the chance to put things right with your replacement."
            : `It's been a while since your last order in ${monthName(lastOrder.placedAt)}.`;
    addInteraction(c, {
      kind: channel,
      direction: "outbound",
      subject: channel === "email" ? `We've missed you, ${c.person.first}` : null,
      body: `Hi ${c.person.first},\n\n${personal} Here's 15% off your next order (code WELCOMEBACK15, valid 30 days). ${channel === "sms" ? "Reply STOP to opt out." : "You can unsubscribe from offers at any time using the link below."}`,
      author: staff(),
      occurredAt: at,
    });
    c.tags.add("win-back offer sent");
    const due = plus(at, 14 * DAY);
    addInteraction(c, { kind: "task", direction: null, subject: "Follow up win-back offer", body: "Check whether the customer has used the offer; if not, one personal follow-up through the same channel – no more.", author: staff(), occurredAt: plus(at, 5 * MINUTE), dueAt: due, doneAt: null });
    if (rng.chance(0.4)) {
      addInteraction(c, { kind: channel, direction: "inbound", subject: channel === "email" ? `Re: We've missed you, ${c.person.first}` : null, body: rng.pick(["Thanks – I might give the new blend a try.", "Appreciate you getting in touch. Will have a look next payday."]), author: `${c.person.first} ${c.person.last}`, occurredAt: plus(at, rng.int(1, 3) * DAY) });
    }
  }

  function oldWinBackContact(c: Draft, lastOrder: DraftOrder) {
    c.requiredConsent.add("email");
    void lastOrder;
    const at = atDay(rng.int(90, 150), 9, 17);
    addInteraction(c, { kind: "email", direction: "outbound", subject: `We've missed you, ${c.person.first}`, body: `Hi ${c.person.first},\n\nIt's been a while! Here's 10% off your next order (code COMEBACK10, valid 30 days).`, author: staff(), occurredAt: at });
    addInteraction(c, { kind: "task", direction: null, subject: "Follow up win-back offer", body: "Check whether the offer was used.", author: staff(), occurredAt: plus(at, 5 * MINUTE), dueAt: plus(at, 21 * DAY), doneAt: plus(at, 22 * DAY) });
    addInteraction(c, { kind: "note", direction: null, subject: "No response", body: "No response to the win-back offer and code unused. Leave for six months.", author: staff(), occurredAt: plus(at, 22 * DAY) });
  }

  function onboardingStory(c: Draft) {
    const first = c.orders[0];
    if (!first) return;
    const checkIn = plus(first.placedAt, 30 * DAY);
    if (c.plan.extra === "first-question") {
      const at = plus(first.placedAt, rng.int(1, 3) * DAY);
      addInteraction(c, { kind: "email", direction: "inbound", subject: "Grind size?", body: "Hi, I've just signed up for the beans. I use a cafetière – can you send them ground instead of whole bean?", author: `${c.person.first} ${c.person.last}`, occurredAt: at });
      addInteraction(c, { kind: "email", direction: "outbound", subject: "Re: Grind size?", body: `Hi ${c.person.first}, welcome to ${SHOP_NAME}! Yes – I've changed your subscription to a coarse cafetière grind from your next bag. You can change it any time under "My subscription". Thank you for joining us.`, author: "Jess Carter", occurredAt: plus(at, 3 * 60 * MINUTE) });
      addFeedback(c, { kind: "ces", score: 1, comment: "Answered in one email.", channel: "email", receivedAt: plus(at, 1 * DAY) });
    }
    const done = checkIn.getTime() < asOfMs && rng.chance(0.6);
    addInteraction(c, {
      kind: "task",
      direction: null,
      subject: "Engagement check-in",
      body: "30-day check-in: how are they getting on with their first order? Any questions? Record preferences.",
      author: SYSTEM_AUTHOR,
      occurredAt: plus(first.placedAt, 10 * MINUTE),
      dueAt: checkIn,
      doneAt: done ? plus(checkIn, rng.int(0, 2) * DAY) : null,
    });
    if (done) {
      const at = plus(checkIn, 1 * MINUTE);
      addInteraction(c, { kind: c.preferredChannel === "phone" ? "call" : "email", direction: "outbound", subject: "How are you getting on?", body: `Check-in with ${c.person.first}: happy with the first order; no questions.`, author: staff(), occurredAt: at });
      if (first.deliveredAt) addFeedback(c, { kind: "csat", score: rng.weighted([[5, 5], [4, 4], [3, 1]] as const), comment: rng.chance(0.5) ? rng.pick(CSAT_HIGH) : null, channel: "email", receivedAt: plus(at, 1 * DAY), order: first });
    } else if (first.deliveredAt) {
      addFeedback(c, { kind: "csat", score: rng.weighted([[5, 4], [4, 4], [3, 2]] as const), comment: rng.chance(0.4) ? rng.pick(CSAT_HIGH) : null, channel: "email", receivedAt: plus(first.deliveredAt, 2 * DAY), order: first });
    }
  }

  function unhappyStory(c: Draft, owned: Set<string>) {
    const reason = c.plan.reason ?? "faulty-new";
    const customerName = `${c.person.first} ${c.person.last}`;
    const problemDays = reason === "faulty-repeat" ? rng.int(75, 110) : reason === "missing-parcel" ? rng.int(6, 12) : reason === "billing" ? rng.int(8, 14) : rng.int(12, 26);
    const oldest = rng.int(problemDays + 150, 600);
    if (reason === "billing") {
      const cancelDays = problemDays + rng.int(20, 30);
      const subs = subscriptionOrders(c, c.plan.sub?.sku ?? SUB_500, oldest, cancelDays);
      oneOffOrders(c, spreadDays(oldest - 10, cancelDays + 15, 2), { big: 10, mid: 40, small: 30, consumable: 20 }, 2, owned);
      const cancelledAt = plus(subs[subs.length - 1]?.placedAt ?? atDay(cancelDays), 5 * DAY);
      addInteraction(c, { kind: "message", direction: "inbound", subject: "Cancel subscription", body: "Please cancel my subscription – I'm moving to decaf.", author: customerName, occurredAt: cancelledAt });
      addInteraction(c, { kind: "message", direction: "outbound", subject: "Re: Cancel subscription", body: "Done – your subscription is cancelled and you won't be charged again.", author: "Tom Reilly", occurredAt: plus(cancelledAt, 90 * MINUTE) });
      const wrongAt = atDay(problemDays, 6, 8);
      const wrong = addOrder(c, wrongAt, [item(c.plan.sub?.sku ?? SUB_500, wrongAt)], { channel: "web", payment: `${c.payment} (subscription)` });
      wrong.status = "cancelled";
      wrong.deliveredAt = null;
      const wrongItem = wrong.items[0] as DatasetOrderItem;
      wrongItem.refundStatus = "full";
      wrongItem.refundedPence = lineTotal(wrongItem);
      c.problemAt = plus(cancelledAt, -1 * DAY);
      const openedAt = plus(wrongAt, 1 * DAY + 3 * 60 * MINUTE);
      const kase = addCase(c, {
        category: "billing",
        status: "resolved",
        summary: `Charged ${formatPence(lineTotal(wrongItem))} for a subscription box (order {order}) after cancelling the subscription.`,
        resolution: `Cancellation had not been applied because of a system error. Order {order} cancelled before dispatch and ${formatPence(lineTotal(wrongItem))} refunded in full to the original card.`,
        openedAt,
        closedAt: plus(openedAt, 2 * DAY),
        order: wrong,
      });
      addFeedback(c, { kind: "complaint", score: null, comment: "I cancelled my subscription weeks ago and you've charged me again. I want it refunded today.", channel: "web", receivedAt: openedAt, order: wrong });
      addInteraction(c, { kind: "message", direction: "inbound", subject: "Charged after cancelling", body: "I cancelled weeks ago and you've charged me again!", author: customerName, occurredAt: openedAt, case: kase, order: wrong });
      addInteraction(c, { kind: "remedy", direction: null, subject: "Full refund", body: `Refunded ${formatPence(lineTotal(wrongItem))} in full; order {order} cancelled.`, author: "Tom Reilly", occurredAt: plus(openedAt, 2 * DAY), case: kase, order: wrong });
      addInteraction(c, { kind: "message", direction: "outbound", subject: "Refund issued", body: "You're right, and I'm sorry – your cancellation didn't go through properly. I've cancelled the order and refunded you in full.", author: "Tom Reilly", occurredAt: plus(openedAt, 2 * DAY + 5 * MINUTE), case: kase });
      npsSurvey(c, plus(openedAt, 4 * DAY), rng.int(3, 5), "Had to chase a refund for something I'd already cancelled. Sorted in the end, but I shouldn't have had to.", null);
      ambientFeedback(c, "regular", 0.4, 0.2);
      return;
    }

    const earlier = spreadDays(oldest, problemDays + 30, rng.int(2, 5));
    oneOffOrders(c, earlier, { big: 10, mid: 40, small: 30, consumable: 20 }, 2, owned);
    const at = atDay(problemDays);
    const order = addOrder(c, at, basket(at, { big: 0, mid: 20, small: 50, consumable: 30 }, 2, owned));
    if (order.status !== "delivered") {
      order.status = "delivered";
      order.deliveredAt = plus(at, 2 * DAY);
    }
    const deliveredAt = order.deliveredAt as Date;
    c.problemAt = plus(at, -1 * DAY);
    ambientFeedback(c, "regular", 0.4, 0.2);

    if (reason === "missing-parcel") {
      const openedAt = plus(deliveredAt, 20 * 60 * MINUTE);
      const kase = addCase(c, {
        category: "delivery",
        status: "in_progress",
        summary: "Tracking for order {order} shows delivered but the customer has not received it; neighbours have not got it either.",
        resolution: null,
        openedAt,
        closedAt: null,
        order,
      });
      addFeedback(c, { kind: "complaint", score: null, comment: "Tracking says delivered but nothing arrived and the photo shows someone else's door.", channel: "phone", receivedAt: openedAt, order });
      addInteraction(c, { kind: "call", direction: "inbound", subject: "Parcel not received", body: "Customer called: order {order} marked delivered yesterday but not received. Delivery photo shows a different front door. Opened courier investigation.", author: "Adebayo Ogun", occurredAt: openedAt, case: kase, order });
      addInteraction(c, { kind: "case_update", direction: null, subject: "Courier investigation", body: "Claim raised with courier; they reply within 2 working days.", author: "Adebayo Ogun", occurredAt: plus(openedAt, 30 * MINUTE), case: kase });
      addInteraction(c, { kind: "task", direction: null, subject: "Update customer on courier claim", body: "Call the customer with the courier's answer and offer a replacement or refund if the parcel cannot be found.", author: "Adebayo Ogun", occurredAt: plus(openedAt, 32 * MINUTE), dueAt: plus(openedAt, 2 * DAY), doneAt: null });
      addFeedback(c, { kind: "ces", score: 6, comment: "Had to wait 25 minutes to get through.", channel: "sms", receivedAt: plus(openedAt, 1 * DAY) });
      return;
    }

    const faultyPool =
      reason === "faulty-repeat"
        ? ["AFR-CRISP-55", "AFR-CRISP-DUO-9"]
        : reason === "faulty-return"
          ? ["KET-AURORA-17", "KET-STEEL-15", "BLD-VORTEX-1200", "CFM-DRIP-10"] // "leaking from the base"
          : FAULT_PRONE;
    const faulty = pickFaultItem(order, faultyPool.filter((s) => !owned.has(s) || order.items.some((i) => i.sku === s)));
    owned.add(faulty.sku);
    const name = nameOf(faulty);
    if (reason === "faulty-new") {
      const openedAt = atDay(rng.int(1, 2), 9, 16);
      const days = Math.round((openedAt.getTime() - deliveredAt.getTime()) / DAY);
      faulty.returnStatus = "requested";
      const kase = addCase(c, {
        category: "faulty_product",
        status: "open",
        summary: `${name} from order {order} stopped working ${days} days after delivery. Customer wants a refund, not a replacement.`,
        resolution: null,
        openedAt,
        closedAt: null,
        order,
      });
      addFeedback(c, { kind: "complaint", score: null, comment: `My ${name} only worked for ${days} days. I want my money back, not another one that breaks.`, channel: "email", receivedAt: openedAt, order });
      addInteraction(c, { kind: "email", direction: "inbound", subject: `Broken ${name}`, body: `The ${name} I bought on order {order} has stopped working after ${days} days. I'm really disappointed – I want a refund.`, author: customerName, occurredAt: openedAt, case: kase, order });
      addInteraction(c, { kind: "task", direction: null, subject: "Reply to complaint", body: "Reply within one working day. Within 30 days of delivery the customer can reject the item for a full refund.", author: SYSTEM_AUTHOR, occurredAt: plus(openedAt, 1 * MINUTE), dueAt: plus(openedAt, 1 * DAY), doneAt: null, case: kase });
    } else if (reason === "faulty-return") {
      const openedAt = plus(deliveredAt, rng.int(5, 9) * DAY + rng.int(60, 400) * MINUTE);
      faulty.returnStatus = "requested";
      const kase = addCase(c, {
        category: "faulty_product",
        status: "in_progress",
        summary: `${name} from order {order} is leaking from the base. Customer accepted a full refund under the short-term right to reject; waiting for the return to arrive.`,
        resolution: null,
        openedAt,
        closedAt: null,
        order,
      });
      addFeedback(c, { kind: "complaint", score: null, comment: `The ${name} leaks all over the worktop. Not what I expect for the price.`, channel: "phone", receivedAt: openedAt, order });
      addInteraction(c, { kind: "call", direction: "inbound", subject: `Leaking ${name}`, body: "Customer called: the item leaks from the base. Listened, apologised, agreed a full refund once it is back; emailed a prepaid returns label.", author: "Jess Carter", occurredAt: openedAt, case: kase, order });
      addInteraction(c, { kind: "email", direction: "outbound", subject: "Your returns label", body: "Here is your prepaid returns label. We'll refund you in full to your original payment method as soon as it arrives back with us.", author: "Jess Carter", occurredAt: plus(openedAt, 15 * MINUTE), case: kase });
      addInteraction(c, { kind: "task", direction: null, subject: "Check return has arrived", body: "Check the warehouse has received the return and issue the refund (within 14 days of agreeing it).", author: "Jess Carter", occurredAt: plus(openedAt, 16 * MINUTE), dueAt: plus(openedAt, 7 * DAY), doneAt: null, case: kase });
      npsSurvey(c, plus(openedAt, 2 * DAY), rng.int(4, 6), "Disappointing product, though the person on the phone was kind and sorted the return quickly.", order);
    } else {
      // faulty-repeat: 30 days to 6 months, one repair/replacement already failed → escalated for a refund.
      const firstFault = plus(deliveredAt, rng.int(35, 45) * DAY);
      const secondFault = atDay(rng.int(3, 6), 9, 16);
      faulty.returnStatus = "requested";
      const kase = addCase(c, {
        category: "faulty_product",
        status: "escalated",
        summary: `${name} from order {order} failed after ${Math.round((firstFault.getTime() - deliveredAt.getTime()) / DAY)} days; the replacement has now developed the same fault.`,
        resolution: null,
        openedAt: firstFault,
        closedAt: null,
        order,
      });
      addInteraction(c, { kind: "email", direction: "inbound", subject: `${name} fault`, body: "The basket coating is peeling and it keeps cutting out.", author: customerName, occurredAt: firstFault, case: kase, order });
      addInteraction(c, { kind: "remedy", direction: null, subject: "Replacement", body: `Replacement ${name} sent (fault reported after 30 days: one repair or replacement first).`, author: "Gareth Evans", occurredAt: plus(firstFault, 1 * DAY), case: kase, order });
      addInteraction(c, { kind: "call", direction: "inbound", subject: "Replacement faulty too", body: "Customer called: the replacement has the same fault. Very frustrated – 'I'm done with replacements'. The replacement has failed, so the customer is now entitled to a refund or a price reduction (Consumer Rights Act 2015).", author: "Gareth Evans", occurredAt: secondFault, case: kase });
      addInteraction(c, { kind: "escalation", direction: null, subject: "Escalated to team leader", body: "Escalated: second failure of the same model. Recommend a full refund and collection of the unit.", author: "Gareth Evans", occurredAt: plus(secondFault, 20 * MINUTE), case: kase });
      addInteraction(c, { kind: "task", direction: null, subject: "Team leader to call customer", body: "Call the customer, apologise and agree the refund.", author: TEAM_LEADER, occurredAt: plus(secondFault, 25 * MINUTE), dueAt: plus(secondFault, 1 * DAY), doneAt: null, case: kase });
      addFeedback(c, { kind: "complaint", score: null, comment: `Second ${name}, same fault. I'm done with replacements – I want a refund.`, channel: "phone", receivedAt: secondFault, order });
      npsSurvey(c, plus(firstFault, 10 * DAY), rng.int(1, 3), `The first ${name} broke after a few weeks and I'm waiting to see if the replacement is any better.`, order);
    }
  }

  // ------------------------------------------------------------------ customer since, consents, contact details
  const usedEmails = new Set<string>();
  for (const c of drafts) {
    const firstOrder = c.orders.reduce<DraftOrder | null>((a, o) => (!a || o.placedAt < a.placedAt ? o : a), null);
    const firstAt = firstOrder?.placedAt ?? atDay(30);
    c.since = plus(firstAt, -rng.int(3, 25) * MINUTE);
    if (c.plan.arch !== "newbie" && rng.chance(0.15)) c.since = plus(c.since, -rng.int(2, 20) * DAY);
    if (c.plan.arch === "newbie" && asOfMs - c.since.getTime() >= ONBOARDING_DAYS * DAY) c.since = plus(asOf, -55 * DAY);
  }

  // Welcome email, consent at sign-up and later consent changes.
  for (const c of drafts) {
    const method = c.orders[0]?.channel === "phone" ? "phone call" : "checkout tick-box";
    const initial = new Map<Channel, boolean>();
    for (const ch of ["email", "sms", "phone", "post"] as const) {
      const p = c.plan.refusesAll ? 0 : { email: 0.72, sms: 0.35, phone: 0.15, post: 0.3 }[ch] + (c.plan.arch === "loyal" ? 0.15 : 0);
      initial.set(ch, rng.chance(p) || c.requiredConsent.has(ch));
    }
    const signupAt = plus(c.since, 2 * MINUTE);
    for (const ch of ["email", "sms", "phone", "post"] as const) {
      const granted = initial.get(ch) ?? false;
      c.consents.set(ch, { channel: ch, granted, method: granted ? method : `${method} (not given)`, recordedAt: signupAt });
    }
    const yesNo = (ch: Channel) => (initial.get(ch) ? "yes" : "no");
    addInteraction(c, { kind: "email", direction: "outbound", subject: `Welcome to ${SHOP_NAME}`, body: `Welcome email: account created${c.loyaltyMember ? " and loyalty scheme joined (1 point per £1)" : ""}.`, author: SYSTEM_AUTHOR, occurredAt: plus(c.since, 5 * MINUTE) });
    addInteraction(c, {
      kind: "consent_change",
      direction: null,
      subject: "Marketing consent recorded",
      body: `Marketing consent recorded at sign-up (${method}): email – ${yesNo("email")}, SMS – ${yesNo("sms")}, phone – ${yesNo("phone")}, post – ${yesNo("post")}.`,
      author: SYSTEM_AUTHOR,
      occurredAt: signupAt,
    });
    // A later change for some customers (not those who refused everything, nor those a story relies on).
    if (!c.plan.refusesAll && c.requiredConsent.size === 0 && c.consentOverrides.size === 0 && rng.chance(0.3)) {
      const ch = rng.pick(["email", "sms", "phone", "post"] as const);
      const current = c.consents.get(ch);
      const at = plus(c.since, rng.int(20, Math.max(21, Math.floor((asOfMs - c.since.getTime()) / DAY) - 2)) * DAY);
      if (current && isPast(at)) {
        const granted = !current.granted;
        const how = granted
          ? ch === "phone"
            ? "phone call"
            : "account settings"
          : ch === "email"
            ? "unsubscribe link"
            : ch === "sms"
              ? "replied STOP to SMS"
              : ch === "phone"
                ? "phone call"
                : "account settings";
        c.consents.set(ch, { channel: ch, granted, method: how, recordedAt: at });
        const label = ch === "sms" ? "SMS" : `${ch.charAt(0).toUpperCase()}${ch.slice(1)}`;
        addInteraction(c, { kind: "consent_change", direction: null, subject: "Marketing consent updated", body: `${label} marketing consent ${granted ? "given" : "withdrawn"} (${how}).`, author: how === "phone call" ? staff() : SYSTEM_AUTHOR, occurredAt: at });
      }
    }
    // Consent records set by a story override the sign-up record.
    if (c.consentOverrides.size > 0) {
      for (const [ch, k] of c.consentOverrides) c.consents.set(ch, k);
      const at = [...c.consentOverrides.values()][0]?.recordedAt ?? asOf;
      const withdrawn = [...c.consentOverrides.values()].filter((k) => !k.granted).map((k) => (k.channel === "sms" ? "SMS" : k.channel));
      addInteraction(c, { kind: "consent_change", direction: null, subject: "Marketing consent withdrawn", body: `Marketing consent withdrawn by phone: ${withdrawn.join(", ")}.`, author: "Gareth Evans", occurredAt: at });
    }
  }

  // Generic notes, phone-order calls and a few follow-up tasks.
  for (const c of drafts) {
    if (!c.loyaltyMember && rng.chance(0.3)) {
      addInteraction(c, { kind: "note", direction: null, subject: "Loyalty scheme", body: "Asked about the loyalty scheme; explained points (1 point per £1, 100 points = £1 off). Customer will think about it.", author: staff(), occurredAt: plus(c.since, rng.int(3, Math.max(4, Math.floor((asOfMs - c.since.getTime()) / DAY) - 1)) * DAY) });
    }
    if (rng.chance(0.3)) {
      addInteraction(c, { kind: "note", direction: null, subject: null, body: rng.pick(NOTES), author: staff(), occurredAt: plus(c.since, rng.int(3, Math.max(4, Math.floor((asOfMs - c.since.getTime()) / DAY) - 1)) * DAY) });
    }
    for (const o of c.orders) {
      if (o.channel === "phone" && rng.chance(0.5)) {
        addInteraction(c, { kind: "call", direction: "inbound", subject: "Phone order", body: "Order {order} taken by phone; address and delivery instructions confirmed.", author: staff(), occurredAt: plus(o.placedAt, -5 * MINUTE), order: o });
      }
    }
    if (c.plan.arch === "loyal" && rng.chance(0.6)) {
      const at = atDay(rng.int(20, 90));
      const done = rng.chance(0.5);
      addInteraction(c, { kind: "task", direction: null, subject: "Thank-you call", body: "Personal thank-you call for being one of our most loyal customers; mention the new single-origin range only if they are interested.", author: staff(), occurredAt: at, dueAt: plus(at, 7 * DAY), doneAt: done ? plus(at, 5 * DAY) : null });
    }
    if ((c.plan.arch === "regular" || c.plan.arch === "subscriber") && rng.chance(0.25)) {
      const at = atDay(rng.int(1, 10));
      addInteraction(c, { kind: "task", direction: null, subject: "Send descaling tips", body: "Customer asked for descaling instructions for their kettle – send the guide.", author: staff(), occurredAt: at, dueAt: plus(at, rng.int(3, 14) * DAY), doneAt: null });
    }
  }

  // ------------------------------------------------------------------ stage history, stage, tags, segment
  const outboundContacts = (c: Draft) =>
    c.interactions
      .filter((i) => i.direction === "outbound" && (CONTACT_KINDS as readonly string[]).includes(i.kind) && i.author !== SYSTEM_AUTHOR)
      .map((i) => i.occurredAt);
  const liveOrders = (c: Draft) => c.orders.filter((o) => o.status !== "cancelled");
  const netOf = (orders: DraftOrder[]) => orders.reduce((s, o) => s + o.items.reduce((t, i) => t + lineTotal(i) - (i.refundedPence ?? 0), 0), 0);
  const stageAt = (c: Draft, at: Date): LifecycleStage => {
    const placed = liveOrders(c).filter((o) => o.placedAt.getTime() <= at.getTime());
    return deriveLifecycleStage(
      { customerSince: c.since, orderDates: placed.map((o) => o.placedAt), netSpendPence: netOf(placed), outboundContactDates: outboundContacts(c) },
      at,
    );
  };
  const STAGE_REASON: Record<LifecycleStage, string> = {
    onboarding: "new customer",
    engagement: "regular orders",
    loyalty: `${LOYALTY_MIN_ORDERS}+ orders and over ${formatPence(HIGH_VALUE_SPEND_PENCE)} spent`,
    "win-back": "lapsed customer contacted with a win-back offer",
    lapsed: `no order for over ${LAPSED_AFTER_DAYS} days`,
  };

  for (const c of drafts) {
    const contacts = outboundContacts(c);
    const times = new Set<number>([c.since.getTime() + ONBOARDING_DAYS * DAY]);
    for (const o of liveOrders(c)) {
      times.add(o.placedAt.getTime());
      times.add(o.placedAt.getTime() + LAPSED_AFTER_DAYS * DAY + MINUTE);
    }
    for (const d of contacts) {
      times.add(d.getTime());
      times.add(d.getTime() + WIN_BACK_CONTACT_DAYS * DAY + MINUTE);
    }
    let stage: LifecycleStage = "onboarding";
    for (const t of [...times].sort((a, b) => a - b)) {
      if (t >= asOfMs || t < c.since.getTime()) continue;
      const next = stageAt(c, new Date(t));
      if (next !== stage) {
        const why = next === "engagement" ? (stage === "onboarding" ? `${ONBOARDING_DAYS} days since joining` : stage === "loyalty" ? "below the loyalty threshold" : "ordered again") : STAGE_REASON[next];
        addInteraction(c, { kind: "stage_change", direction: null, subject: `Lifecycle stage: ${next}`, body: `Lifecycle stage changed from ${stage} to ${next} (${why}).`, author: SYSTEM_AUTHOR, occurredAt: new Date(t + 1000) });
        stage = next;
      }
    }
  }

  // ------------------------------------------------------------------ refs
  const allOrders = drafts.flatMap((c) => c.orders);
  allOrders.sort((a, b) => a.placedAt.getTime() - b.placedAt.getTime() || a.customer.index - b.customer.index || a.seq - b.seq);
  allOrders.forEach((o, k) => {
    o.ref = `ORD-${10001 + k}`;
  });
  const allCases = drafts.flatMap((c) => c.cases);
  allCases.sort((a, b) => a.openedAt.getTime() - b.openedAt.getTime() || a.customer.index - b.customer.index || a.seq - b.seq);
  allCases.forEach((k, n) => {
    k.ref = `CASE-${String(n + 1).padStart(4, "0")}`;
  });
  const fill = (text: string, order: DraftOrder | null, kase: DraftCase | null): string =>
    text.replaceAll("{order}", order?.ref ?? kase?.order?.ref ?? "your order").replaceAll("{case}", kase?.ref ?? "");

  const ordered = [...drafts].sort((a, b) => a.since.getTime() - b.since.getTime() || a.index - b.index);
  const customers: DatasetCustomer[] = ordered.map((c, k) => {
    const ref = `CUS-${String(k + 1).padStart(4, "0")}`;
    const { first, last, age, town } = c.person;
    const place = TOWNS[town];
    const outward = rng.pick(place.outward);
    const postcode = `${outward} ${rng.int(1, 9)}${rng.pick([...INWARD_LETTERS])}${rng.pick([...INWARD_LETTERS])}`;
    const street = rng.pick(STREETS);
    const addressLine = rng.chance(0.25) ? `Flat ${rng.int(1, 12)}, ${rng.int(2, 140)} ${street}` : `${rng.int(1, 220)} ${street}`;
    const domain = rng.pick(["example.co.uk", "example.com", "example.org.uk", "example.net"]);
    const local = rng.pick([`${slug(first)}.${slug(last)}`, `${slug(first)}${slug(last)}`, `${slug(first).slice(0, 1)}${slug(last)}`, `${slug(first)}.${slug(last)}${rng.int(1, 99)}`]);
    let email = `${local}@${domain}`;
    if (usedEmails.has(email)) email = `${local}${k + 1}@${domain}`;
    usedEmails.add(email);
    const needsPhone = c.preferredChannel === "phone" || c.preferredChannel === "sms" || c.orders.some((o) => o.channel === "phone");
    const phone = needsPhone || rng.chance(0.92) ? `07700 900${String((c.index * 37 + 101) % 1000).padStart(3, "0")}` : null;

    const orders: DatasetOrder[] = [...c.orders]
      .sort((a, b) => a.placedAt.getTime() - b.placedAt.getTime())
      .map((o) => ({
        ref: o.ref,
        placedAt: o.placedAt,
        channel: o.channel,
        status: o.status,
        deliveredAt: o.deliveredAt,
        paymentMethod: o.paymentMethod,
        items: o.items.map((i) => ({
          sku: i.sku,
          quantity: i.quantity,
          unitPricePence: i.unitPricePence,
          returnStatus: i.returnStatus ?? "none",
          refundStatus: i.refundStatus ?? "none",
          refundedPence: i.refundedPence ?? 0,
        })),
      }));
    const feedback: DatasetFeedback[] = [...c.feedback]
      .sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime())
      .map((f) => ({ kind: f.kind, score: f.score ?? null, comment: f.comment ?? null, channel: f.channel, receivedAt: f.receivedAt, orderRef: f.order?.ref ?? null }));
    const cases: DatasetCase[] = [...c.cases]
      .sort((a, b) => a.openedAt.getTime() - b.openedAt.getTime())
      .map((kase) => ({
        ref: kase.ref,
        category: kase.category,
        status: kase.status,
        summary: fill(kase.summary, kase.order, kase),
        resolution: kase.resolution === null ? null : fill(kase.resolution, kase.order, kase),
        openedAt: kase.openedAt,
        closedAt: kase.closedAt,
        orderRef: kase.order?.ref ?? null,
      }));
    const interactions: DatasetInteraction[] = c.interactions
      .filter((i) => isPast(i.occurredAt))
      .map((i, n) => ({ i, n }))
      .sort((a, b) => a.i.occurredAt.getTime() - b.i.occurredAt.getTime() || a.n - b.n)
      .map(({ i }) => ({
        kind: i.kind,
        direction: i.direction ?? null,
        subject: i.subject ?? null,
        body: fill(i.body, i.order, i.case),
        author: i.author,
        occurredAt: i.occurredAt,
        dueAt: i.dueAt ?? null,
        doneAt: i.doneAt && isPast(i.doneAt) ? i.doneAt : null,
        caseRef: i.case?.ref ?? null,
      }));

    const live = liveOrders(c);
    const net = netOf(live);
    const stage = stageAt(c, asOf);
    const consents = (["email", "sms", "phone", "post"] as const).map((ch) => c.consents.get(ch) as DatasetConsent);
    const latestNps = [...feedback].reverse().find((f) => f.kind === "nps")?.score ?? null;
    const openCase = cases.some((k) => k.status === "open" || k.status === "in_progress" || k.status === "escalated");

    const tags = new Set(c.tags);
    if (c.loyaltyMember) tags.add("loyalty scheme");
    if (c.subscription === "active" || c.subscription === "paused") tags.add("coffee subscriber");
    if (c.subscription === "cancelled") tags.add("ex-subscriber");
    if (net >= HIGH_VALUE_SPEND_PENCE) tags.add("high spender");
    if (cases.some((k) => k.category === "faulty_product" || k.category === "delivery" || k.category === "billing" || k.category === "service")) tags.add("complaint history");
    if (orders.some((o) => o.items.some((i) => i.returnStatus !== "none"))) tags.add("returned item");
    if (consents.every((k) => !k.granted)) tags.add("no marketing");
    if (c.plan.accessibility) tags.add("accessibility needs");
    if (c.plan.vulnerability) tags.add("vulnerable");
    if (orders.filter((o) => o.channel === "phone").length * 2 > orders.length) tags.add("phone orders");
    if (orders.filter((o) => o.channel === "app").length * 2 > orders.length) tags.add("app user");
    if (orders.some((o) => o.items.some((i) => i.sku.startsWith("ESP-")))) tags.add("espresso");
    if (age === "student") tags.add("student");
    if (age === "retired") tags.add("retired");

    const segment =
      stage === "onboarding"
        ? "New"
        : stage === "lapsed"
          ? "Lapsed"
          : stage === "win-back" || openCase || (latestNps !== null && latestNps <= 6)
            ? "At risk"
            : stage === "loyalty"
              ? "High value"
              : c.subscription === "active" || c.subscription === "paused"
                ? "Coffee subscriber"
                : live.length <= 2
                  ? "Occasional"
                  : "Regular";

    return {
      ref,
      firstName: first,
      lastName: last,
      email,
      phone,
      addressLine,
      town: place.town,
      postcode,
      preferredChannel: c.preferredChannel,
      lifecycleStage: stage,
      segment,
      tags: [...tags].sort(),
      accessibilityNotes: c.plan.accessibility ?? null,
      vulnerabilityNotes: c.plan.vulnerability ?? null,
      subscription: c.subscription,
      loyaltyPoints: c.loyaltyMember ? Math.floor(net / 100) : 0,
      customerSince: c.since,
      consents,
      orders,
      feedback,
      cases,
      interactions,
    };
  });

  return { asOf: new Date(asOfMs), customers };
}
