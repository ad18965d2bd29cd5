/**
 * The scenario file format (one YAML file per scenario in `scenarios/`): its zod schema and the types
 * it gives. Reading a file is scenario-parser.ts (with cross-field checks in scenario-references.ts);
 * text tokens are text-templates.ts; the starting CRM data for an attempt is scenario-dataset.ts.
 *
 * Scenarios are data: the engine (runtime.ts, scoring.ts) is generic. See README.md beside this
 * file for every field, with examples.
 */
import { z } from "zod";
import {
  CASE_CATEGORIES,
  CASE_STATUSES,
  CHANNELS,
  FEEDBACK_KINDS,
  INTERACTION_KINDS,
  LIFECYCLE_STAGES,
  ORDER_STATUSES,
  REFUND_STATUSES,
  REMEDY_KINDS,
  RETURN_STATUSES,
} from "../vocabulary";
import { consentStatementSchema, marketingFactsSchema } from "./consent-evidence";
import {
  LEARNER_ACTION_TYPES,
  MESSAGE_CHANNELS,
  PERSON_CHANNELS,
  PERSON_ROLES,
  RECOMMENDATION_METRICS,
  SURVEY_KINDS,
} from "./learner-actions";
import { caseEvidenceSchema } from "./case-evidence";

// ------------------------------------------------------------------------------------ helpers

const oneOrMany = <T extends z.ZodType>(t: T) =>
  z.union([t, z.array(t).min(1)]).transform((v): z.output<T>[] => (Array.isArray(v) ? v : [v]));

const str = (max = 500) =>
  z.string().trim().min(1, "must not be empty").max(max, `must be ${max} characters or fewer`);
const longText = (max = 8000) => str(max);
const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be kebab-case (lower-case letters, digits and hyphens)");
const ruleId = z
  .string()
  .regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, "must be lower-case letters, digits, hyphens or underscores");
const flagName = ruleId;
const customerRef = z.string().regex(/^[A-Z]{2,5}-[A-Z0-9]+(?:-[A-Z0-9]+)*$/, 'must look like "CUS-0001"');
const recordRef = z.string().regex(/^[A-Z]{2,5}-[A-Z0-9]+(?:-[A-Z0-9]+)*$/, 'must look like "ORD-10001"');
const time = z.string().regex(/^([01]\d|2[0-3]):([0-5]\d)$/, 'must be a 24-hour time such as "09:00"');

/**
 * A date relative to the scenario's start: a whole number of days ago (`12`), optionally with a UK
 * time of day (`"12d 14:30"`, also `"12 14:30"`). `0` is the scenario's start day.
 *
 * Or a day in a calendar month before the start's UK month, for data read by month (a monthly
 * review): `"month-1 day 12"` is 12th of last month, `"month-2 day last 16:45"` the last day of the
 * month before at 16:45. A day the month lacks becomes its last day (day 31 of a 30-day month is the
 * 30th). Such a date is always in the past and always in the same calendar month, whatever the start.
 */
const REL_DATE_RE = /^(\d{1,4})d?(?:\s+(?:at\s+)?(([01]\d|2[0-3]):[0-5]\d))?$/;
const MONTH_DATE_RE =
  /^month\s*-\s*([1-9]\d?)\s+day\s+([1-9]|[12]\d|3[01]|last)(?:\s+(?:at\s+)?(([01]\d|2[0-3]):[0-5]\d))?$/;
export const relDaysAgo = z
  .union([
    z.number().int("must be a whole number of days").min(0, "cannot be in the future").max(3650),
    z
      .string()
      .regex(
        new RegExp(`${REL_DATE_RE.source}|${MONTH_DATE_RE.source}`),
        'must be days ago, e.g. 12 or "12d 14:30", or a day of an earlier month, e.g. "month-1 day 12"',
      ),
  ])
  .transform((v): RelDate => {
    if (typeof v === "number") return { daysAgo: v };
    const m = MONTH_DATE_RE.exec(v);
    if (m) {
      const day = m[2] === "last" ? "last" : Number(m[2]);
      return m[3] ? { monthsAgo: Number(m[1]), day, time: m[3] } : { monthsAgo: Number(m[1]), day };
    }
    const d = REL_DATE_RE.exec(v)!;
    return d[2] ? { daysAgo: Number(d[1]), time: d[2] } : { daysAgo: Number(d[1]) };
  });
/** `daysAgo` days before the start's UK day, or day `day` of the UK month `monthsAgo` months before its month. */
export type RelDate =
  | { daysAgo: number; time?: string }
  | { monthsAgo: number; day: number | "last"; time?: string };

// ------------------------------------------------------------------------------ frameworks

export const LASS_STEPS = ["listen", "apologise", "solve", "thank"] as const;
/** A criterion about one LASS step, or about using the steps in order. */
export const LASS_TAGS = [...LASS_STEPS, "in order"] as const;
export const HEAT_STEPS = ["hear", "empathise", "apologise", "take ownership"] as const;
export const RATER_DIMENSIONS = [
  "reliability",
  "assurance",
  "tangibles",
  "empathy",
  "responsiveness",
] as const;
export const LEGISLATION = [
  "Consumer Rights Act 2015",
  "UK GDPR / DPA 2018",
  "PECR",
  "Equality Act 2010",
  "DMCCA 2024",
] as const;
export const KPIS = [
  "response time",
  "first-contact resolution",
  "customer satisfaction (CSAT)",
  "Net Promoter Score (NPS)",
  "customer effort (CES)",
  "retention rate",
  "repeat purchase rate",
] as const;
export const SCENARIO_STAGES = ["onboarding", "engagement", "loyalty", "win-back"] as const;

export const frameworksSchema = z
  .object({
    lass: z.enum(LASS_TAGS).optional(),
    heat: z.enum(HEAT_STEPS).optional(),
    lifecycle: z.enum(SCENARIO_STAGES).optional(),
    rater: z.enum(RATER_DIMENSIONS).optional(),
    legislation: oneOrMany(z.enum(LEGISLATION)).optional(),
    kpi: z.enum(KPIS).optional(),
  })
  .strict()
  .refine((f) => Object.values(f).some((v) => v !== undefined), {
    message: "tag at least one framework (lass, heat, lifecycle, rater, legislation or kpi)",
  });
export type Frameworks = z.output<typeof frameworksSchema>;

export const BANDS = ["Fail", "Pass", "Merit", "Distinction"] as const;
export type Band = (typeof BANDS)[number];

// ------------------------------------------------------------------------ starting CRM data

const orderItemSchema = z
  .object({
    sku: z.string().min(1),
    quantity: z.number().int().min(1).max(99).default(1),
    /** Price paid per unit in pence; defaults to today's catalogue price. */
    unitPricePence: z.number().int().min(0).max(10_000_00).optional(),
    returnStatus: z.enum(RETURN_STATUSES).optional(),
    refundStatus: z.enum(REFUND_STATUSES).optional(),
    refundedPence: z.number().int().min(0).optional(),
  })
  .strict();

const orderSchema = z
  .object({
    ref: recordRef,
    placedDaysAgo: relDaysAgo,
    deliveredDaysAgo: relDaysAgo.optional(),
    channel: z.enum(["web", "app", "phone"]).default("web"),
    status: z.enum(ORDER_STATUSES),
    paymentMethod: str(100),
    items: z.array(orderItemSchema).min(1, "an order needs at least one item"),
  })
  .strict();

const consentSchema = z
  .object({
    channel: z.enum(CHANNELS),
    granted: z.boolean(),
    method: str(200),
    daysAgo: relDaysAgo,
  })
  .strict();

const feedbackSchema = z
  .object({
    kind: z.enum(FEEDBACK_KINDS),
    score: z.number().int().min(0).max(10).optional(),
    comment: str(2000).optional(),
    channel: str(40),
    daysAgo: relDaysAgo,
    orderRef: recordRef.optional(),
  })
  .strict();

const caseSchema = z
  .object({
    ref: recordRef,
    category: z.enum(CASE_CATEGORIES),
    status: z.enum(CASE_STATUSES),
    summary: str(2000),
    resolution: str(2000).optional(),
    openedDaysAgo: relDaysAgo,
    closedDaysAgo: relDaysAgo.optional(),
    orderRef: recordRef.optional(),
  })
  .strict();

const interactionSchema = z
  .object({
    kind: z.enum(INTERACTION_KINDS),
    direction: z.enum(["inbound", "outbound"]).optional(),
    subject: str(200).optional(),
    body: longText(4000),
    author: str(100),
    daysAgo: relDaysAgo,
    /** For tasks: due this many days after the scenario's start (negative = overdue). */
    dueInDays: z.number().int().min(-3650).max(365).optional(),
    doneDaysAgo: relDaysAgo.optional(),
    caseRef: recordRef.optional(),
  })
  .strict();

const customerSchema = z
  .object({
    ref: customerRef,
    firstName: str(60),
    lastName: str(60),
    email: z.email("must be an email address"),
    phone: str(30).optional(),
    addressLine: str(200).optional(),
    town: str(80).optional(),
    postcode: str(10).optional(),
    preferredChannel: z.enum(CHANNELS),
    lifecycleStage: z.enum(LIFECYCLE_STAGES),
    segment: str(60),
    tags: z.array(str(40)).default([]),
    accessibilityNotes: str(1000).optional(),
    vulnerabilityNotes: str(1000).optional(),
    subscription: z.enum(["none", "active", "paused", "cancelled"]).default("none"),
    loyaltyPoints: z.number().int().min(0).default(0),
    customerSinceDaysAgo: relDaysAgo,
    consents: z.array(consentSchema).default([]),
    /** TPS registration, objections, soft opt-in, removal request (consent-evidence.ts). */
    marketing: marketingFactsSchema.default({
      tpsRegistered: false,
      objections: [],
      softOptIn: [],
      removeDetailsRequested: false,
    }),
    orders: z.array(orderSchema).default([]),
    feedback: z.array(feedbackSchema).default([]),
    cases: z.array(caseSchema).default([]),
    interactions: z.array(interactionSchema).default([]),
  })
  .strict();
export type ScenarioCustomer = z.output<typeof customerSchema>;

// ------------------------------------------------------------------------------- matchers

const labelName = z.string().min(1);
const labelSetSchema = z
  .object({
    all: z.array(labelName).optional(),
    any: z.array(labelName).optional(),
    none: z.array(labelName).optional(),
  })
  .strict();
const textSetSchema = z
  .object({
    all: z.array(str(100)).optional(),
    any: z.array(str(100)).optional(),
    none: z.array(str(100)).optional(),
    /**
     * The `all` words and one of the `any` words in one sentence, and the `all` words not named only
     * to be left as they are: "review SwiftParcel against the contract" and "no more SwiftParcel:
     * switch the late routes", not "monitor NPS. No change to SwiftParcel is needed." or "SwiftParcel
     * doesn't need reviewing" (matching.ts `namedForChange`; red-team round 5).
     */
    sentence: z.boolean().optional(),
    /**
     * One of the `any` words stated as what will happen, not only asked or checked about: "it will
     * reach you tomorrow", not "I'm checking whether we can upgrade it to next-day" or "Would
     * next-day help?" (matching.ts `statedNotAsked`; red-team round 6).
     */
    stated: z.boolean().optional(),
    /**
     * The text does not wave its cause away as passing by itself: "it should right itself by January",
     * "that's just the Christmas rush", "only a blip" (waved-away.ts; red-team round 19 B).
     */
    notWavedAway: z.boolean().optional(),
    /**
     * One of the `any` words said as on offer, in a clause nothing negates: "keep it and we'll take
     * money off the price", not "we won't take any money off for the use you've had" (matching.ts
     * `offeredNotNegated`; red-team round 19 C, repeat-fault-r19h-straight-to-refund).
     */
    offered: z.boolean().optional(),
    /**
     * A `none` word ruled out just before it does not count: "coarse ground, not whole beans", "rather
     * than fine ground" (matching.ts `saidNotRuledOut`; red-team round 22 B,
     * onboarding-r22-dyslexic-spelling-welcome).
     */
    noneUnlessRuledOut: z.boolean().optional(),
    /**
     * The `all` and `any` words count only outside the name of an offer: "Replied with 15% plus free
     * delivery" does not record a delivery problem, "late deliveries; offered free delivery" does
     * (matching.ts `withoutOfferNames`; session 49, tutor 10's win-back-lapsed-customers-t10-middling).
     */
    notOfferName: z.boolean().optional(),
  })
  .strict();
const rangeSchema = z.object({ min: z.number().int().optional(), max: z.number().int().optional() }).strict();

/**
 * Conditions on one learner action; every field given must hold (AND). Used by the scripted
 * customer's reaction rules and by rubric criteria.
 */
const actionMatchFields = {
  action: oneOrMany(z.enum(LEARNER_ACTION_TYPES)).optional(),
  channel: oneOrMany(z.enum(MESSAGE_CHANNELS)).optional(),
  labels: labelSetSchema.optional(),
  text: textSetSchema.optional(),
  remedy: z
    .object({
      kind: oneOrMany(z.enum(REMEDY_KINDS)).optional(),
      lawful: z.boolean().optional(),
      /** At least this much in the one remedy: "the duplicate £11.50 in full" (a slip of the decimal point is not). */
      minPence: z.number().int().positive().optional(),
    })
    .strict()
    .optional(),
  caseCategory: oneOrMany(z.enum(CASE_CATEGORIES)).optional(),
  caseStatus: oneOrMany(z.enum(CASE_STATUSES)).optional(),
  stage: oneOrMany(z.enum(LIFECYCLE_STAGES)).optional(),
  consent: z
    .object({ channel: oneOrMany(z.enum(CHANNELS)).optional(), granted: z.boolean().optional() })
    .strict()
    .optional(),
  preferences: z
    .object({
      preferredChannel: oneOrMany(z.enum(CHANNELS)).optional(),
      accessibilityNotes: z.boolean().optional(),
    })
    .strict()
    .optional(),
  survey: oneOrMany(z.enum(SURVEY_KINDS)).optional(),
  dueInDays: rangeSchema.optional(),
  direction: z.enum(["inbound", "outbound"]).optional(),
  /** send_message: had the customer actually consented to marketing on this channel (consent-evidence.ts)? */
  marketingConsent: z.boolean().optional(),
  /** send_message: did the law allow it as marketing on this channel (marketing-rules.ts)? */
  marketingLawful: z.boolean().optional(),
  /** send_message: does it promote the shop (a sale, money off, new products), not only the remedy (promotion.ts)? */
  promotes: z.boolean().optional(),
  /** send_message: does it offer an easy opt-out? */
  optOutOffered: z.boolean().optional(),
  /** update_consent: is the change backed by what the customer said? */
  consentEvidenced: z.boolean().optional(),
  /** send_message: was the channel the customer's preferred channel at the time? */
  preferredChannel: z.boolean().optional(),
  /** Had the customer's identity been verified before this action? */
  identityVerified: z.boolean().optional(),
  /**
   * send_message or message_person: do the words give away a customer's personal data (any
   * contact's evidence `personalData`: address, order, that they have an account…)?
   */
  disclosesPersonalData: z.boolean().optional(),
  /**
   * send_message or message_person: do the words give away the personal data of one of these
   * customers (their contact evidence `personalData`)? For a criterion about one person's data
   * ("told Liam nothing about his mother's account"): another customer's data sent to the same
   * recipient is a different breach, which the `confidentiality` criterion marks (round 12 B).
   */
  disclosesPersonalDataOf: z.array(customerRef).min(1).optional(),
  /**
   * send_message: do the words put an obstacle in the way of the recipient's legal right, as their
   * contact evidence `obstructs` declares it ("you'll need to write to us by post")?
   */
  obstructsRight: z.boolean().optional(),
  /**
   * send_message: do the words tell store credit, a voucher or a wallet balance as given in place of the remedy
   * the customer is owed, which she has not agreed to (credit-told.ts, judged by remedies.ts
   * `toldCreditVerdict`; CRA 2015 s.20(15)-(16), s.23, s.24(8))? The lead's session-43 ruling.
   */
  creditForRemedy: z.boolean().optional(),
  /**
   * send_message: do the words put a choice of two or more remedies to the customer, asked or left to her
   * ("Would you prefer a full refund or a replacement?", "a repair or a new one, it's up to you";
   * remedy-choice.ts)? For a reaction in which the customer states her choice, which promises.ts
   * `customerChoices` links to the learner's "I'll get that done" (session 48).
   */
  offersRemedyChoice: z.boolean().optional(),
  /**
   * send_message and message_person: do the words offer a reward for a changed or new review ("once
   * you've updated your review… I'll add a £10 voucher")? review-incentives.ts; red-team round 11 A.
   */
  offersReviewIncentive: z.boolean().optional(),
  /**
   * send_message: do the words tell the customer their contact details went, or will go, to another
   * business for its own marketing ("I've passed your email on to our friends at Hillside Roastery so they
   * can send you their offers")? data-sharing.ts; red-team round 23 B.
   */
  sharesDataForMarketing: z.boolean().optional(),
  /**
   * send_message: do the words ask the customer to raise or change their score ("would you mind going
   * back into the survey and bumping your score up to a 9 or 10?")? score-requests.ts; red-team round 16 B.
   */
  asksToRaiseScore: z.boolean().optional(),
  /**
   * send_message: does an offer in the words go beyond these limits (offer-terms.ts): a figure over
   * them, a discount, points or voucher stacked over more than the next order or left open-ended
   * ("15% off each of your next three orders", "10% off every order for a year"), free delivery
   * longer than the period or with no end ("free delivery for life"), or, with `oneOffer`, two kinds
   * of offer given together? Red-team round 13 B.
   */
  offerBeyond: z
    .object({
      percentOff: z.number().min(0).max(100).optional(),
      freeDeliveryMonths: z.number().min(0).max(120).optional(),
      voucherPence: z.number().int().min(0).max(10_000_00).optional(),
      pointsMultiplier: z.number().min(1).max(10).optional(),
      oneOffer: z.boolean().optional(),
    })
    .strict()
    .optional(),
  /**
   * send_message: do the words hurry the customer with a deadline of hours, a shortage or a once-only
   * claim about an offer ("ends at midnight tonight", "only 3 left at this price", "won't be repeated";
   * pressure-selling.ts)? A banned practice when false (DMCCA 2024 Sch 20 para 7). Red-team round 14 B.
   */
  pressureSelling: z.boolean().optional(),
  /**
   * send_message: do the words ask the customer for personal data nothing in these scenarios needs (a
   * password or PIN, a full card number or security code, bank details, an identity document, a date of
   * birth; data-requests.ts)? Data minimisation, UK GDPR Art 5(1)(c). Red-team round 14 B.
   */
  asksForUnneededData: z.boolean().optional(),
  /**
   * send_message and message_person: do the words ask the customer to post their personal data (an
   * order number, email address, postcode, phone number…) without naming a private channel ("pop your
   * order number and the email on your account in a comment below")? For a public reply, where that
   * invites a disclosure to everyone (UK GDPR Art 5(1)(c), (f)); public-data-requests.ts. Red-team
   * rounds 16 and 18 A.
   */
  asksForDataInPublic: z.boolean().optional(),
  /**
   * message_person and send_message: do the words say that someone who decides has approved something
   * ("Leanne's OK'd next-day", "I've had the green light from my team lead", "Upgrade's been signed
   * off"; promises.ts `claimsApproval`)? Questions, conditions and negations are not claims. Red-team
   * round 17 A.
   */
  claimsApproval: z.boolean().optional(),
  /**
   * Any action with words (a message, note, case text, recommendation): do they say a customer is, should
   * be or cannot be passed to a person ("no hand-off to a person", "put them through to an adviser",
   * "never passes a customer on to the live team"; handoff.ts)? Red-team round 17 A.
   */
  mentionsHandoff: z.boolean().optional(),
  /**
   * create_task: is it due on or before the last day of a subject access response for its customer
   * (one calendar month, UK GDPR Art 12(3); ../data-protection.ts)?
   */
  withinSubjectAccessDeadline: z.boolean().optional(),
  /** send_message: LASS steps the message reaches, in the one meaning of lass-steps.ts ("met" level). */
  lass: z
    .object({
      all: z.array(z.enum(LASS_STEPS)).optional(),
      any: z.array(z.enum(LASS_STEPS)).optional(),
      none: z.array(z.enum(LASS_STEPS)).optional(),
    })
    .strict()
    .optional(),
  /** send_message: engages with the customer's own history (contact evidence) and is not a template. */
  personal: z.boolean().optional(),
  /** send_message: answers these questions of the customer's (contact evidence question ids). */
  answers: z
    .object({ all: z.array(z.string()).optional(), any: z.array(z.string()).optional() })
    .strict()
    .optional(),
  /** message_person or escalate: the person (scenario `people`) the action went to. */
  personRef: oneOrMany(recordRef).optional(),
  /** message_person or escalate: the role of the person it went to (warehouse, manager…). */
  personRole: oneOrMany(z.enum(PERSON_ROLES)).optional(),
  /** answer_prompt: the prompt answered. */
  promptId: oneOrMany(ruleId).optional(),
  /** make_recommendation: the metric it starts from. */
  metric: oneOrMany(z.enum(RECOMMENDATION_METRICS)).optional(),
  /**
   * make_recommendation: does the recommended action pay a whole group of customers (credit, money off,
   * points or free goods for everyone on a courier, route or plan) rather than the ones let down?
   * blanket-payment.ts; red-team round 27 B.
   */
  paysEveryone: z.boolean().optional(),
};
export const actionMatchSchema = z.object(actionMatchFields).strict();
export type ActionMatch = z.output<typeof actionMatchSchema>;

/** A rubric matcher may also name the customer(s) the action must be about. */
const criterionMatchSchema = z
  .object({
    ...actionMatchFields,
    customerRef: oneOrMany(customerRef).optional(),
    /** The order the action names (issue_remedy, open_case): "refunded THIS order". */
    orderRef: oneOrMany(recordRef).optional(),
  })
  .strict();
export type CriterionMatch = z.output<typeof criterionMatchSchema>;
const criterionMatches = oneOrMany(criterionMatchSchema);

// -------------------------------------------------------------------------- scripted customers

/** Flags the engine itself sets (reactions to rudeness, broken promises and another customer's reply sent to them); conditions may test them. */
export const ENGINE_FLAGS = [
  "disrespected",
  "escalation_requested",
  "promise_broken",
  "misdirected",
] as const;

export const MOOD_MIN = -3;
export const MOOD_MAX = 3;
export const MOOD_LABELS: Record<number, string> = {
  [-3]: "furious",
  [-2]: "angry",
  [-1]: "frustrated",
  0: "neutral",
  1: "reassured",
  2: "pleased",
  3: "delighted",
};
const mood = z.number().int().min(MOOD_MIN).max(MOOD_MAX);
const moodDelta = z.number().int().min(-6).max(6);

const flagSetSchema = z
  .object({ all: z.array(flagName).optional(), none: z.array(flagName).optional() })
  .strict();

const reactionShape = {
  id: ruleId,
  /** Conditions on the learner's action plus the customer's own state (flags, mood). */
  when: z
    .object({ ...actionMatchFields, flags: flagSetSchema.optional(), mood: rangeSchema.optional() })
    .strict(),
  /** Fire at most once per attempt (default true). */
  once: z.boolean().default(true),
  /** Only fire when no other (non-fallback) rule matched this action. */
  fallback: z.boolean().default(false),
  /** Stop evaluating later rules for this action once this one fires. */
  stop: z.boolean().default(false),
  mood: moodDelta.default(0),
  setFlags: z.array(flagName).default([]),
  clearFlags: z.array(flagName).default([]),
  reply: longText(4000).optional(),
  replyChannel: z.enum(MESSAGE_CHANNELS).optional(),
  replySubject: str(200).optional(),
};
const reactionSchema = z.object(reactionShape).strict();
export type Reaction = z.output<typeof reactionSchema>;

const timerShape = {
  id: ruleId,
  /** Simulated minute at which the customer acts. */
  atMinute: z
    .number()
    .int()
    .min(1)
    .max(24 * 60),
  when: z
    .object({
      /** Only if the learner has not yet sent this customer any message. */
      noReplyYet: z.boolean().optional(),
      flags: flagSetSchema.optional(),
      mood: rangeSchema.optional(),
    })
    .strict()
    .default({}),
  mood: moodDelta.default(0),
  setFlags: z.array(flagName).default([]),
  clearFlags: z.array(flagName).default([]),
  reply: longText(4000).optional(),
  replyChannel: z.enum(MESSAGE_CHANNELS).optional(),
  replySubject: str(200).optional(),
};
const timerSchema = z.object(timerShape).strict();
export type Timer = z.output<typeof timerSchema>;

const openingMessageSchema = z
  .object({
    /** Simulated minute the message arrived: 0 = the start, negative = before the learner's shift. */
    atMinute: z
      .number()
      .int()
      .min(-7 * 24 * 60)
      .max(0)
      .default(0),
    channel: z.enum(MESSAGE_CHANNELS),
    subject: str(200).optional(),
    text: longText(4000),
  })
  .strict();

const outcomeQuoteSchema = z
  .object({
    when: z
      .object({
        moodMin: mood.optional(),
        moodMax: mood.optional(),
        flags: flagSetSchema.optional(),
      })
      .strict()
      .default({}),
    quote: str(1000),
  })
  .strict();

const contactSchema = z
  .object({
    customerRef,
    /** For authors and tutors: who this customer is and how they behave. Never shown to learners. */
    persona: longText(2000),
    initialMood: mood,
    /** Shown on the report: this customer's outcome always appears (default: only if contacted). */
    primary: z.boolean().default(false),
    /** Remedies this customer would agree to instead of the one they are entitled to (CRA). */
    acceptsRemedies: z.array(z.enum(REMEDY_KINDS)).default([]),
    /** Consent the customer gives or withdraws in the scenario (consent-evidence.ts). */
    consentStatements: z.array(consentStatementSchema).default([]),
    /** Flags that mean the customer is at high risk of leaving, whatever their mood. */
    churnFlags: z.array(flagName).default([]),
    /** Flags that mean a stronger emotional bond (adds one point to their NPS answer). */
    loyaltyFlags: z.array(flagName).default([]),
    opening: z.array(openingMessageSchema).default([]),
    /** What a good reply to this customer must engage with (see case-evidence.ts). */
    evidence: caseEvidenceSchema.optional(),
    /**
     * When a Verify identity click counts as a real check: the flags this customer's state must
     * hold (typically that they have given the details asked for). Without them the record says
     * "verified", but every message is judged as sent to an unverified person, so disclosing from
     * the account is still a disclosure (UK GDPR Art 5(1)(f); Art 12(6): identity is confirmed from
     * information the person provides, not assumed).
     */
    identityCheck: z.object({ flags: flagSetSchema }).strict().optional(),
    /**
     * How this customer reacts to disrespect (blame, "calm down", dismissive language) that none of
     * their own reactions covers. Default: mood −2, flags disrespected and escalation_requested, and
     * a reply asking for a manager.
     */
    onRudeness: z
      .object({
        mood: moodDelta.default(-2),
        reply: longText(2000).optional(),
        setFlags: z.array(flagName).default([]),
      })
      .strict()
      .optional(),
    reactions: z.array(reactionSchema).default([]),
    timers: z.array(timerSchema).default([]),
    outcomeQuotes: z.array(outcomeQuoteSchema).default([]),
  })
  .strict();
export type Contact = z.output<typeof contactSchema>;

// ------------------------------------------------------------------ other people (not customers)

/**
 * What a person does when their reply arrives: the case named in the learner's action moves on (a
 * manager approves, a warehouse colleague confirms), a goodwill gesture above the policy limit is
 * approved for the customer the action concerns, and that customer's scripted contact learns of it.
 */
const personActsSchema = z
  .object({
    caseStatus: z.enum(CASE_STATUSES).optional(),
    /** The most goodwill the learner may now give that customer (cumulative, like the policy limit). */
    goodwillMaxPence: z.number().int().min(0).max(10_000_00).optional(),
    customerFlags: z.array(flagName).default([]),
    /**
     * The person books a re-send (or replacement) of the customer's goods: it keeps a promise of one in
     * words against actions (promises.ts), as a replacement remedy would.
     */
    dispatch: z.boolean().optional(),
  })
  .strict();
export type PersonActs = z.output<typeof personActsSchema>;

const personReactionSchema = z
  .object({
    ...reactionShape,
    replyChannel: z.enum(PERSON_CHANNELS).optional(),
    /** Minutes after the learner's action that the reply arrives (default: the person's replyAfterMinutes). */
    afterMinutes: z.number().int().min(0).max(480).optional(),
    acts: personActsSchema.optional(),
  })
  .strict();
export type PersonReaction = z.output<typeof personReactionSchema>;

const personTimerSchema = z
  .object({ ...timerShape, replyChannel: z.enum(PERSON_CHANNELS).optional() })
  .strict();
export type PersonTimer = z.output<typeof personTimerSchema>;

const personSchema = z
  .object({
    /** e.g. STF-WH1 (must not be a customer's ref). */
    ref: recordRef,
    name: str(120),
    role: z.enum(PERSON_ROLES),
    /** Shown to the learner: "Warehouse, Daventry", "Customer service team leader". */
    team: str(120).optional(),
    /** For authors and tutors only. */
    persona: longText(2000),
    initialMood: mood.default(0),
    /** Their own timing: minutes their replies take to arrive (a reaction's afterMinutes overrides it). */
    replyAfterMinutes: z.number().int().min(0).max(480).default(0),
    /** The learner can escalate cases to this person (a team leader or manager). */
    takesEscalations: z.boolean().default(false),
    opening: z
      .array(
        z
          .object({
            atMinute: z
              .number()
              .int()
              .min(-7 * 24 * 60)
              .max(0)
              .default(0),
            channel: z.enum(PERSON_CHANNELS),
            subject: str(200).optional(),
            text: longText(4000),
            /** The customer the message is about, when there is one. */
            customerRef: customerRef.optional(),
          })
          .strict(),
      )
      .default([]),
    reactions: z.array(personReactionSchema).default([]),
    timers: z.array(personTimerSchema).default([]),
  })
  .strict();
export type Person = z.output<typeof personSchema>;

// ------------------------------------------------------------------------ reasoning prompts

/**
 * A question the learner answers in their own words ("which metric shows the problem, and what would
 * you change?"). A tutor marks the answer against the rubric descriptors; `hints` are what the
 * tutor's marking view highlights automatically (paraphrases as in case evidence: "metric + nps").
 */
const promptSchema = z
  .object({
    id: ruleId,
    question: str(600),
    /** What a met, partly met and not met answer looks like: the tutor marks against these. */
    rubric: z.object({ met: str(1000), partly: str(1000), not_met: str(1000) }).strict(),
    hints: z
      .array(z.object({ id: ruleId, note: str(300), say: z.array(str(200)).min(1) }).strict())
      .default([]),
    /** A model answer, shown to the tutor beside the learner's and to the learner after marking. */
    modelAnswer: str(3000),
  })
  .strict();
export type ScenarioPrompt = z.output<typeof promptSchema>;

const faultSchema = z
  .object({
    customerRef,
    orderRef: recordRef,
    sku: z.string().min(1),
    /** When the customer reported the fault (default: the scenario's start day). */
    reportedDaysAgo: relDaysAgo.default({ daysAgo: 0 }),
    previousRepairFailed: z.boolean().default(false),
    /**
     * The remedy the customer asked for when reporting: their choice under CRA 2015 s.23(3) / s.24
     * (consumer-rights.ts). "refund" after a failed repair is her rejection on the report day (s.20(5)-(6)),
     * the day s.24(10)'s no-deduction window is judged on (remedies.ts).
     */
    requestedRemedy: z.enum(["refund", "repair", "replacement"]).optional(),
    /** A remedy that is impossible or disproportionate for this item (CRA 2015 s.23(3)–(4)). */
    disproportionate: z.enum(["repair", "replacement"]).optional(),
  })
  .strict();
export type Fault = z.output<typeof faultSchema>;

// ------------------------------------------------------------------------------- the rubric

const feedbackTextSchema = z
  .object({ met: longText(3000), partly: longText(3000).optional(), not_met: longText(3000) })
  .strict();

const criterionBase = {
  id: ruleId,
  title: str(200),
  /** A column heading for the tutor's results grid; by default the id read as words (criterion-names.ts). */
  short: str(28).optional(),
  /** For tutors: what exactly is checked. */
  description: longText(2000).optional(),
  frameworks: frameworksSchema,
  weight: z.number().positive().max(100),
  /** If this criterion is not met, the band can be no higher than this (e.g. a legal breach). */
  capBandIfNotMet: z.enum(BANDS).optional(),
  feedback: feedbackTextSchema,
  /**
   * Syllabus codes (syllabus.ts) this criterion assesses. A learning outcome may cite a code only if
   * a criterion of its scenario lists it; `npm run syllabus:coverage` reads these.
   */
  syllabus: z.array(z.string()).min(1).optional(),
};

const messageCriterion = z
  .object({
    ...criterionBase,
    kind: z.literal("message"),
    customerRef: customerRef.optional(),
    match: criterionMatchSchema,
    /** Only the first N messages to the customer count for "met". */
    withinFirst: z.number().int().min(1).optional(),
    /** Only messages after this reaction (or timer) of the customer's fired count. */
    since: ruleId.optional(),
    /**
     * Or from the message that fired this reaction of the customer's, that message included: the point
     * was reached by the learner's own message (David's reason engaged before he states it). With
     * `since`, whichever of the two came first opens the window.
     */
    from: ruleId.optional(),
    partly: z.object({ match: criterionMatchSchema.optional() }).strict().optional(),
    /**
     * When a question the match asks was answered wrongly and the wrong answer stands (no later message
     * corrects it or answers it rightly), the criterion is not met and caps the band at this: the customer
     * was told their rights wrongly, which is more than not being told (Ravi's "you're still within the
     * 30 days"; session 50, three independent tutors).
     */
    capIfAnsweredWrongly: z
      .object({
        band: z.enum(BANDS),
        /** Only wrong answers whose words contain one of these (all wrong answers when absent). */
        saying: z.array(z.string().min(1)).optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

const sequenceCriterion = z
  .object({
    ...criterionBase,
    kind: z.literal("sequence"),
    customerRef: customerRef.optional(),
    /** Message labels whose FIRST occurrences must come in this order. */
    steps: z.array(labelName).min(2),
    /** Actions that also count as an occurrence of a step, e.g. solve: { action: issue_remedy }. */
    stepActions: z.record(z.string(), criterionMatches).default({}),
    since: ruleId.optional(),
    /** As the message criterion's `from`: the firing message itself counts. */
    from: ruleId.optional(),
  })
  .strict();

const actionCriterion = z
  .object({
    ...criterionBase,
    kind: z.literal("action"),
    match: criterionMatches,
    /**
     * Only actions after the first action matching this count: a satisfaction survey sent before
     * anything was done for the customer measures nothing (red-team round 8 A).
     */
    after: criterionMatches.optional(),
    minCount: z.number().int().min(1).default(1),
    partly: z.object({ match: criterionMatches }).strict().optional(),
    /**
     * The most days the law gives the trader to pay a refund (Consumer Rights Act 2015 s.20(15): 14).
     * Met, but a message to the customer says the refund may take longer ("by law we have 30 days to
     * process a refund"): partly, the right remedy told on terms the law does not allow (red-team round
     * 15 A; refund-timing.ts).
     */
    refundDaysMax: z.number().int().min(1).optional(),
  })
  .strict();

const absenceCriterion = z
  .object({
    ...criterionBase,
    kind: z.literal("absence"),
    /**
     * May be 0 for a gate (with `capBandIfNotMet`): not obstructing a customer's legal right is the
     * job, not an achievement, but doing it caps the band (gates.ts `isGate`).
     */
    weight: z.number().min(0).max(100),
    match: criterionMatches,
    /**
     * The phone call the match forbids, promised in words to this customer and not (yet) made: "I'll
     * give you a quick ring on Friday" to a customer who asked not to be phoned. Partly, not met: the
     * adjustment is promised away, but she was not rung (red-team round 11 A; promises.ts `promisedCall`).
     */
    partlyIfCallPromised: customerRef.optional(),
  })
  .strict()
  .refine((c) => c.weight > 0 || c.capBandIfNotMet !== undefined, {
    message: "an absence criterion worth 0 points must be a gate: give it capBandIfNotMet",
    path: ["weight"],
  });

const responseTimeCriterion = z
  .object({
    ...criterionBase,
    kind: z.literal("response_time"),
    /** The customer whose opening message is answered (send_message)… */
    customerRef: customerRef.optional(),
    /** …or the person (scenario `people`, e.g. a public reviewer) answered with message_person. */
    personRef: recordRef.optional(),
    /** Default: the scenario's service standard. */
    withinMinutes: z.number().int().min(1).optional(),
    /** Default: twice withinMinutes. */
    partlyWithinMinutes: z.number().int().min(1).optional(),
  })
  .strict();

const stateCheckSchema = z.discriminatedUnion("check", [
  z
    .object({
      check: z.literal("case"),
      customerRef,
      orderRef: recordRef.optional(),
      category: oneOrMany(z.enum(CASE_CATEGORIES)).optional(),
      status: oneOrMany(z.enum(CASE_STATUSES)).default(["resolved", "closed"]),
      requireResolution: z.boolean().default(true),
    })
    .strict(),
  z
    .object({
      check: z.literal("task"),
      customerRef,
      dueInDays: rangeSchema.optional(),
      titleAny: z.array(str(100)).optional(),
    })
    .strict(),
  z
    .object({
      check: z.literal("consent"),
      customerRef,
      channel: z.enum(CHANNELS),
      granted: z.boolean(),
      /** The learner must have recorded it (an update_consent action), not just left it as it was. */
      recorded: z.boolean().default(true),
    })
    .strict(),
  z.object({ check: z.literal("stage"), customerRef, stage: oneOrMany(z.enum(LIFECYCLE_STAGES)) }).strict(),
  /** A person (scenario `people`) ends with these flags (e.g. the manager approved the gesture). */
  z.object({ check: z.literal("person"), personRef: recordRef, flags: flagSetSchema }).strict(),
  z
    .object({
      check: z.literal("preferences"),
      customerRef,
      preferredChannel: z.enum(CHANNELS).optional(),
      accessibilityNotesAny: z.array(str(100)).optional(),
    })
    .strict(),
]);
export type StateCheck = z.output<typeof stateCheckSchema>;

const finalStateCriterion = z
  .object({
    ...criterionBase,
    kind: z.literal("final_state"),
    /** Every check must hold for "met"; some (at least partlyMin, default 1) for "partly". */
    checks: z.array(stateCheckSchema).min(1),
    partlyMin: z.number().int().min(1).default(1),
  })
  .strict();

const customerSetCriterion = z
  .object({
    ...criterionBase,
    kind: z.literal("customer_set"),
    match: criterionMatches,
    /** Every one of these customers should receive a matching action. */
    include: z.array(customerRef).min(1),
    /** None of these should. */
    exclude: z.array(customerRef).default([]),
    /** "partly" when at least this share of `include` is covered and no excluded customer is hit. */
    partlyMinCoverage: z.number().min(0).max(1).default(0.5),
    /**
     * Also "partly": an included customer who got a `partly.match` action (and no `match` one) counts
     * towards that share, e.g. the right customers contacted personally without the offer asked for.
     */
    partly: z.object({ match: criterionMatches }).strict().optional(),
  })
  .strict();

const customerStateCriterion = z
  .object({
    ...criterionBase,
    kind: z.literal("customer_state"),
    customerRef,
    moodMin: mood.optional(),
    flags: flagSetSchema.optional(),
    partly: z.object({ moodMin: mood.optional(), flags: flagSetSchema.optional() }).strict().optional(),
  })
  .strict();

/** Respect is a gate: blame, "calm down" or dismissive words in any message, note or case text. */
const respectCriterion = z
  .object({
    ...criterionBase,
    kind: z.literal("respect"),
    customerRef: oneOrMany(customerRef).optional(),
    /** How a non-apology counts: "partly" (default) or "ignore" (when another criterion marks it). */
    nonApology: z.enum(["partly", "ignore"]).default("partly"),
    /**
     * Disrespect particular to this case that the analyser's general labels may miss (e.g. "did you
     * descale it?" when the law presumes the fault was there at delivery): case- and
     * accent-insensitive substrings of a message or record text that count as a breach.
     */
    alsoBreach: z.array(str(100)).default([]),
  })
  .strict();

/** Words against actions: every promise in a message is kept by an action, none contradicted. */
const consistencyCriterion = z
  .object({
    ...criterionBase,
    kind: z.literal("consistency"),
    customerRef: oneOrMany(customerRef).optional(),
    /**
     * Also judge goodwill gestures promised in words against the policy's limits (promises.ts
     * `judgeGestures`): money off, free goods or more than the limit, promised to the customer, is
     * broken. For service scenarios, not marketing ones, where an offer in a message is the offer.
     */
    gestureAuthority: z.boolean().default(false),
  })
  .strict();

/**
 * Confidentiality, a gate in every scenario with customers to write to: no message to a customer
 * gives away another customer's personal data from the CRM (workspace-disclosure.ts). It earns no
 * points by default (keeping a confidence is the job, not an achievement); a breach caps the band.
 */
const confidentialityCriterion = z
  .object({
    ...criterionBase,
    kind: z.literal("confidentiality"),
    weight: z.number().min(0).max(100).default(0),
  })
  .strict();

/** Plain English and concision: no jargon, no pasted walls of text. */
const plainEnglishCriterion = z
  .object({
    ...criterionBase,
    kind: z.literal("plain_english"),
    customerRef: oneOrMany(customerRef).optional(),
  })
  .strict();

/** Judgement: no unneeded or contradictory actions (each one costs, with its reason shown). */
const unneededActionsCriterion = z
  .object({
    ...criterionBase,
    kind: z.literal("unneeded_actions"),
    /** Customers a remedy is due to; remedies to anyone else are unneeded. */
    remedyCustomers: z.array(customerRef).default([]),
    /**
     * Customers to whom money off offered in a message is part of the task (the lapsed or drifting
     * customers a campaign is for). Money off offered in a message to anyone outside these and the remedy
     * customers counts as an unneeded remedy, once per customer.
     */
    offerCustomers: z.array(customerRef).default([]),
    /** Flags meaning the customer asked for a manager; escalating without one is needless. */
    escalationFlags: z.array(flagName).default([]),
    /** People whose decision the case needs (a team leader approving an upgrade): the first escalation to each is needed. */
    escalateTo: z.array(customerRef).default([]),
    /** Stage changes that are right, per customer; any other stage change is wrong. */
    stages: z.record(customerRef, oneOrMany(z.enum(LIFECYCLE_STAGES))).default({}),
    /** Issues for "partly" (default 1); more is "not met". */
    partlyMaxIssues: z.number().int().min(0).default(1),
  })
  .strict();

/**
 * Order between two kinds of action: a `first` action (asking the warehouse) must come before the
 * first `next` action (promising the customer a date). Partly: it came, but only afterwards.
 */
const beforeCriterion = z
  .object({
    ...criterionBase,
    kind: z.literal("before"),
    first: criterionMatches,
    next: criterionMatches,
  })
  .strict();

/** A reasoning prompt's answer, marked by the tutor against the prompt's rubric (awaiting until then). */
const tutorMarkedCriterion = z
  .object({
    ...criterionBase,
    kind: z.literal("tutor_marked"),
    promptId: ruleId,
  })
  .strict();

export const criterionSchema = z.discriminatedUnion("kind", [
  beforeCriterion,
  tutorMarkedCriterion,
  respectCriterion,
  consistencyCriterion,
  confidentialityCriterion,
  plainEnglishCriterion,
  unneededActionsCriterion,
  messageCriterion,
  sequenceCriterion,
  actionCriterion,
  absenceCriterion,
  responseTimeCriterion,
  finalStateCriterion,
  customerSetCriterion,
  customerStateCriterion,
]);
export type Criterion = z.output<typeof criterionSchema>;
export type CriterionKind = Criterion["kind"];

// ------------------------------------------------------------------------------ the scenario

const DEFAULT_ACTION_MINUTES = {
  send_message: 6,
  view_record: 1,
  add_note: 2,
  log_call: 8,
  open_case: 3,
  update_case: 2,
  close_case: 2,
  issue_remedy: 3,
  create_task: 2,
  change_stage: 1,
  update_consent: 2,
  update_preferences: 2,
  send_survey: 1,
  escalate: 3,
  verify_identity: 3,
  message_person: 4,
  answer_prompt: 5,
  make_recommendation: 5,
  wait: 0,
} as const satisfies Record<(typeof LEARNER_ACTION_TYPES)[number], number>;
export { DEFAULT_ACTION_MINUTES };

export const scenarioSchema = z
  .object({
    id: kebabId,
    title: str(120),
    lifecycleStage: z.enum(SCENARIO_STAGES),
    estimatedMinutes: z.number().int().min(1).max(240),
    /** What the learner reads first (paragraphs separated by blank lines; **bold** and "- " lists). */
    brief: longText(6000),
    learningOutcomes: z
      .array(
        z
          .object({
            text: str(400),
            /** Codes of the syllabus assessment criteria this outcome evidences (see syllabus.ts). */
            syllabus: z.array(z.string()).min(1, "map the outcome to at least one syllabus criterion"),
          })
          .strict(),
      )
      .min(1),
    /** The learner's checklist: what to achieve, worded so it does not give the rubric away. */
    objectives: z.array(str(300)).min(1),
    clock: z
      .object({
        startTime: time.default("09:00"),
        /** The service standard for replying to a customer, in simulated minutes. */
        serviceStandardMinutes: z
          .number()
          .int()
          .min(1)
          .max(7 * 24 * 60)
          .default(60),
        actionMinutes: z
          .object(
            Object.fromEntries(
              LEARNER_ACTION_TYPES.map((t) => [t, z.number().int().min(0).max(240).optional()]),
            ) as Record<(typeof LEARNER_ACTION_TYPES)[number], z.ZodOptional<z.ZodNumber>>,
          )
          .strict()
          .default({}),
      })
      .strict()
      .default({ startTime: "09:00", serviceStandardMinutes: 60, actionMinutes: {} }),
    policy: z
      .object({
        goodwillMaxPence: z.number().int().min(0).max(10_000_00).default(2000),
        voucherMaxPence: z.number().int().min(0).max(10_000_00).default(2500),
        /** Policy points every member of staff knows; shown to the learner. */
        notes: z.array(str(400)).default([]),
      })
      .strict()
      .default({ goodwillMaxPence: 2000, voucherMaxPence: 2500, notes: [] }),
    customers: z.array(customerSchema).min(1),
    contacts: z.array(contactSchema).default([]),
    /** Other people the learner works with: colleagues, a team leader or manager, a reviewer. */
    people: z.array(personSchema).default([]),
    /** Questions the learner answers in their own words, marked by the tutor. */
    prompts: z.array(promptSchema).default([]),
    faults: z.array(faultSchema).default([]),
    rubric: z.array(criterionSchema).min(1),
    /**
     * The scenario's core outcomes (criterion ids): a Distinction needs every one of them met
     * (listening, a real apology where one is due, a lawful remedy, respect…).
     */
    coreCriteria: z.array(ruleId).default([]),
    modelAnswer: z
      .object({
        summary: longText(3000),
        steps: z.array(str(1000)).min(1),
        teachingNotes: longText(6000),
      })
      .strict(),
  })
  .strict();

export type Scenario = z.output<typeof scenarioSchema>;
export type LearningOutcome = Scenario["learningOutcomes"][number];
