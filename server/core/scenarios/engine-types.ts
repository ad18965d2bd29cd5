/**
 * Shapes shared by the scenario engine (runtime.ts), scoring (scoring.ts) and the data layer that
 * stores attempts. Everything here is plain JSON-serialisable data.
 */
import type { CASE_CATEGORIES, CASE_STATUSES, CHANNELS, LIFECYCLE_STAGES, REMEDY_KINDS } from "../vocabulary";
import type { CraRight } from "../consumer-rights";
import type { MessageReading } from "./case-evidence";
import type { StepReading } from "./lass-steps";
import type { Disclosure } from "./workspace-disclosure";
import type { LearnerAction, MessageChannel, PersonChannel, PersonRole } from "./learner-actions";

export type Channel = (typeof CHANNELS)[number];
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];
export type CaseCategory = (typeof CASE_CATEGORIES)[number];
export type CaseStatus = (typeof CASE_STATUSES)[number];
export type RemedyKind = (typeof REMEDY_KINDS)[number];

/** The result of analysing a learner's message (server/core/analysis). */
export type MessageAnalysis = {
  labels: string[];
  spans: { label: string; start: number; end: number; text: string }[];
};

/** One event as the data layer stores it (table attempt_events). */
export type StoredEvent = {
  seq: number;
  actor: "learner" | "customer" | "system";
  type: string;
  payload: Record<string, unknown>;
  simMinute: number;
};

/** The CRA assessment kept with a remedy (see consumer-rights.ts). */
export type RemedyAssessment = {
  lawful: boolean;
  right: CraRight;
  daysSinceDelivery: number;
  explanation: string;
};

/** Payload of a learner event: the normalised action plus what the engine worked out. */
export type LearnerEventPayload = {
  action: LearnerAction;
  /** The customer the action concerns (for case actions, the case's customer). */
  customerRef: string | null;
  /** open_case: the ref the engine assigned (CASE-A1, CASE-A2…); other case actions: the case. */
  caseRef?: string;
  /** send_message: labels and spans found in the text. */
  analysis?: MessageAnalysis;
  /** send_message: had the customer actually consented to marketing on that channel at the time? */
  marketingConsent?: boolean;
  /** issue_remedy: what was actually issued, and the Consumer Rights Act view of it when the item is faulty. */
  remedy?: {
    orderRef: string;
    sku: string | null;
    kind: RemedyKind;
    amountPence: number;
    cra: RemedyAssessment | null;
  };
  /** create_task: days from the scenario's start to the due date. */
  dueInDays?: number;
  /** "09:42": the simulated time the action completed. */
  clock: string;
  /** One line for timelines: "Sent an email to Priya Shah". */
  summary: string;
};

export type CustomerMessagePayload = {
  customerRef: string;
  channel: MessageChannel;
  subject?: string;
  text: string;
  /** The customer's mood after this message (-3 furious … +3 delighted) and its name. */
  mood: number;
  moodLabel: string;
  /** The reaction rule or timer that produced it; "opening" for the opening messages. */
  ruleId: string;
  clock: string;
};

export type MoodChangedPayload = {
  customerRef: string;
  from: number;
  to: number;
  moodLabel: string;
  ruleIds: string[];
  clock: string;
};

/** A message from another person in the scenario (a colleague, a manager, a reviewer). */
export type PersonMessagePayload = {
  personRef: string;
  name: string;
  role: PersonRole;
  channel: PersonChannel;
  subject?: string;
  text: string;
  /** The customer and case it is about, when there is one. */
  customerRef?: string;
  caseRef?: string;
  /** What the person did when replying: the case's new status, a goodwill limit approved. */
  acts?: { caseRef?: string; caseStatus?: CaseStatus; goodwillMaxPence?: number };
  ruleId: string;
  clock: string;
};

export type EngineEvent =
  | { actor: "learner"; type: LearnerAction["type"]; simMinute: number; payload: LearnerEventPayload }
  | { actor: "customer"; type: "customer_message"; simMinute: number; payload: CustomerMessagePayload }
  | { actor: "system"; type: "customer_mood"; simMinute: number; payload: MoodChangedPayload }
  | { actor: "system"; type: "attempt_submitted"; simMinute: number; payload: { clock: string } }
  // Other people are neither the learner nor a customer; their messages are stored as system events.
  | { actor: "system"; type: "person_message"; simMinute: number; payload: PersonMessagePayload };

// ------------------------------------------------------------------------------ attempt state

export type ItemState = {
  sku: string;
  name: string;
  quantity: number;
  unitPricePence: number;
  refundedPence: number;
  replacements: number;
  repairs: number;
};

export type OrderState = {
  ref: string;
  status: string;
  placedAt: string;
  deliveredAt: string | null;
  paymentMethod: string;
  items: ItemState[];
};

export type ConsentState = { granted: boolean; method: string; changedAtMinute: number | null };

export type CustomerState = {
  ref: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string | null;
  hasAddress: boolean;
  preferredChannel: Channel;
  lifecycleStage: LifecycleStage;
  accessibilityNotes: string | null;
  consents: Partial<Record<Channel, ConsentState>>;
  identityVerified: boolean;
  viewed: boolean;
  orders: Record<string, OrderState>;
  messagesSent: number;
};

export type CaseState = {
  ref: string;
  customerRef: string;
  orderRef: string | null;
  category: CaseCategory;
  status: CaseStatus;
  summary: string;
  resolution: string | null;
  openedAtMinute: number | null;
  closedAtMinute: number | null;
  openedByLearner: boolean;
};

export type TaskState = { customerRef: string; title: string; dueInDays: number; createdAtMinute: number };

export type RemedyState = {
  customerRef: string;
  orderRef: string;
  sku: string | null;
  kind: RemedyKind;
  amountPence: number;
  lawful: boolean | null;
  atMinute: number;
  actionIndex: number;
};

export type ContactState = {
  customerRef: string;
  mood: number;
  flags: string[];
  /** Rule id → index of the learner action during which it fired. */
  fired: Record<string, number>;
  lastChannel: MessageChannel;
  /**
   * The sim minute of the customer's reply that first gave the identity details the learner asked for
   * (the flags of the contact's `identityCheck`): the subject access month restarts here (UK GDPR
   * Art 12(6), Art 12A; runtime.ts `requestReceivedMinute`). Unset until then.
   */
  identityGivenAtMinute?: number;
};

/** Another person's state: like a scripted customer's (mood, flags, rules fired). */
export type PersonState = {
  ref: string;
  mood: number;
  flags: string[];
  fired: Record<string, number>;
  lastChannel: PersonChannel;
};

/** A person's reply on its way (they take their own time): delivered when the clock reaches `dueMinute`. */
export type PendingReply = {
  personRef: string;
  dueMinute: number;
  /** The reaction rules that fired (effects are applied on arrival). */
  ruleIds: string[];
  actionIndex: number;
  customerRef: string | null;
  caseRef: string | null;
  channel: PersonChannel;
};

/** One learner action as the engine recorded it: what reactions and scoring match against. */
export type ActionRecord = {
  /** 0-based position among the attempt's learner actions. */
  index: number;
  /** The stored event's seq, when known (replays of stored events). */
  seq: number | null;
  simMinute: number;
  action: LearnerAction;
  customerRef: string | null;
  caseRef: string | null;
  caseCategory: CaseCategory | null;
  /** message_person, escalate (with toRef): the person it went to, and their role. */
  personRef: string | null;
  personRole: PersonRole | null;
  /** Lower-cased, accent-free text of the action (message, note, summary…) for keyword checks. */
  searchText: string;
  analysis: MessageAnalysis | null;
  /** send_message: what the message engages with from the case's evidence, and its quality. */
  reading: MessageReading | null;
  /** send_message: the LASS steps it reaches (lass-steps.ts: the one meaning of each step). */
  steps: StepReading | null;
  /** send_message: index of an earlier learner message this one is a near-copy of (a template). */
  templateOf: number | null;
  /** send_message: 1 for the first message to this customer, 2 for the second… */
  messageNumber: number | null;
  /** send_message: the customer had actually consented on this channel (consent-evidence.ts). */
  marketingConsent: boolean | null;
  /** send_message: the law allowed it as marketing on this channel; and it offered an easy opt-out. */
  marketingLawful: boolean | null;
  /** send_message: it promotes the shop (a sale, money off, new products), not only the remedy (promotion.ts). */
  promotes: boolean | null;
  optOutOffered: boolean | null;
  /** update_consent: the change is backed by what the customer said. */
  consentEvidenced: boolean | null;
  preferredChannel: boolean | null;
  identityVerified: boolean;
  /**
   * send_message and message_person: the customers' personal data the words give away, as
   * "CUS-7102/address" (contact evidence `personalData`; case-evidence.ts `disclosuresIn`).
   */
  disclosed: string[];
  /**
   * send_message: the ways the words obstruct the recipient's legal right, as declared in their
   * contact evidence `obstructs` (case-evidence.ts `obstructionsIn`), by item id.
   */
  obstructs: string[];
  /**
   * message_person and send_message: the words say that someone who decides (a person who takes
   * escalations, a role such as "my team leader", or no one named: "upgrade's been signed off") has
   * approved something (promises.ts `claimsApproval`). Whether it was true is judged by the criteria.
   */
  approvalClaimed: boolean;
  /**
   * send_message: store credit, a voucher or a wallet balance told as given in place of the remedy the
   * customer is owed (credit-told.ts), judged by remedies.ts `toldCreditVerdict` as an issued voucher would be:
   * the words and the verdict's explanation when it is unlawful. Absent or null otherwise.
   */
  creditForRemedy?: { text: string; explanation: string } | null;
  /**
   * send_message: other customers' personal data, read from the attempt's own CRM (their name, order,
   * address, card, purchase: workspace-disclosure.ts), in a message to this customer.
   */
  leaks: Disclosure[];
  /**
   * send_message: the other customer this message was written for (it addresses the recipient by
   * their name and gives away their data), or null. It earns its recipient nothing: it is not a reply
   * to them.
   */
  misdirectedTo: string | null;
  remedy: LearnerEventPayload["remedy"] | null;
  dueInDays: number | null;
  /**
   * create_task: the UK day it is due and the last day of a subject access response for its customer,
   * counted from their request or, if later, the identity check (../data-protection.ts).
   */
  dueOn: string | null;
  subjectAccessLastDay: string | null;
  /** Rules (reactions and timers) that fired because of, or during, this action. */
  fired: string[];
};

export type AttemptState = {
  scenarioId: string;
  /** ISO instant the scenario started (simulated minute 0). */
  origin: string;
  /** Simulated minutes since the start. */
  minute: number;
  submitted: boolean;
  customers: Record<string, CustomerState>;
  cases: Record<string, CaseState>;
  nextCaseNumber: number;
  tasks: TaskState[];
  remedies: RemedyState[];
  contacts: Record<string, ContactState>;
  /** Other people (scenario `people`), their replies on the way, and goodwill limits they approved. */
  people: Record<string, PersonState>;
  pending: PendingReply[];
  goodwillApproved: Record<string, number>;
  log: ActionRecord[];
  /** Problems met while replaying stored events (e.g. the scenario file changed since). */
  warnings: string[];
};
