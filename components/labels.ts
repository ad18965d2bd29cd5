/** Display names and colours for CRM enums, in UK English. */
import type { BadgeTone } from "./ui";

export const STAGE_LABEL: Record<string, string> = {
  onboarding: "Onboarding",
  engagement: "Engagement",
  loyalty: "Loyalty",
  "win-back": "Win-back",
  lapsed: "Lapsed",
};
export const STAGE_TONE: Record<string, BadgeTone> = {
  onboarding: "blue",
  engagement: "green",
  loyalty: "purple",
  "win-back": "amber",
  lapsed: "red",
};
export const CHANNEL_LABEL: Record<string, string> = {
  email: "Email",
  phone: "Phone",
  sms: "SMS",
  post: "Post",
  chat: "Live chat",
};
export const NPS_LABEL: Record<string, string> = {
  promoter: "Promoter",
  passive: "Passive",
  detractor: "Detractor",
};
export const NPS_TONE: Record<string, BadgeTone> = {
  promoter: "green",
  passive: "neutral",
  detractor: "red",
};
export const CASE_STATUS_LABEL: Record<string, string> = {
  open: "Open",
  in_progress: "In progress",
  escalated: "Escalated",
  resolved: "Resolved",
  closed: "Closed",
};
export const CASE_CATEGORY_LABEL: Record<string, string> = {
  faulty_product: "Faulty product",
  delivery: "Delivery",
  billing: "Billing",
  service: "Service",
  subscription: "Subscription",
  data_protection: "Data protection",
  accessibility: "Accessibility",
  other: "Other",
};
export const ORDER_STATUS_LABEL: Record<string, string> = {
  processing: "Processing",
  dispatched: "Dispatched",
  delivered: "Delivered",
  cancelled: "Cancelled",
};
export const INTERACTION_LABEL: Record<string, string> = {
  note: "Note",
  call: "Call",
  email: "Email",
  sms: "SMS",
  letter: "Letter",
  message: "Message",
  task: "Task",
  consent_change: "Consent",
  stage_change: "Lifecycle stage",
  case_update: "Case",
  remedy: "Remedy",
  survey: "Survey",
  escalation: "Escalation",
};
