/**
 * The names and kinds of learner actions that the browser needs too (channel lists, metric names), apart
 * from learner-actions.ts's zod schemas: a client component importing these does not pull zod into the
 * learner workspace's first load.
 */

/** Channels a learner can reply on. "chat" is the live web chat; it carries no marketing consent. */
export const MESSAGE_CHANNELS = ["email", "sms", "phone", "chat", "post"] as const;
export type MessageChannel = (typeof MESSAGE_CHANNELS)[number];
/** Only an email or a letter has a subject (heading); a call, a text or a chat does not. */
const CHANNELS_WITH_SUBJECT: ReadonlySet<MessageChannel> = new Set(["email", "post"]);
export const channelHasSubject = (channel: MessageChannel): boolean => CHANNELS_WITH_SUBJECT.has(channel);

/**
 * Other people in a scenario (not customers): colleagues in other teams, a team leader or manager,
 * and a member of the public (e.g. writing a review).
 */
export const PERSON_ROLES = [
  "warehouse",
  "technical",
  "finance",
  "team_leader",
  "manager",
  "public",
] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];
/** How the learner reaches them: an internal message, the phone, or a public reply to a review. */
export const PERSON_CHANNELS = ["internal", "phone", "review"] as const;
export type PersonChannel = (typeof PERSON_CHANNELS)[number];

/** The service metrics a recommendation can start from (BRIEF.md "Metrics"). */
export const RECOMMENDATION_METRICS = [
  "nps",
  "csat",
  "ces",
  "fcr",
  "response_time",
  "retention_rate",
  "churn_rate",
  "repeat_purchase_rate",
  "complaints",
] as const;
export type RecommendationMetric = (typeof RECOMMENDATION_METRICS)[number];
export const METRIC_NAMES: Record<RecommendationMetric, string> = {
  nps: "Net Promoter Score (NPS)",
  csat: "Customer satisfaction (CSAT)",
  ces: "Customer effort (CES)",
  fcr: "First-contact resolution (FCR)",
  response_time: "Response time",
  retention_rate: "Retention rate",
  churn_rate: "Churn rate",
  repeat_purchase_rate: "Repeat purchase rate",
  complaints: "Complaints",
};

export const SURVEY_KINDS = ["csat", "nps", "ces"] as const;
export type SurveyKind = (typeof SURVEY_KINDS)[number];
