/** zod inputs for the CRM procedures, with limits on every field. */
import { z } from "zod";
import { CHANNELS, LIFECYCLE_STAGES } from "@/db/schema";
import { nameText } from "./name-text";

export const customerRefSchema = z
  .string()
  .trim()
  .regex(/^[A-Z]{2,5}-[A-Z0-9]{1,10}$/, "Customer reference looks like CUS-0001.");

/** Which CRM: the shared demo CRM, or an attempt's private copy. */
export const workspaceSelectorSchema = z
  .object({ attemptId: z.number().int().positive().optional() })
  .default({});

export const customerListInputSchema = z.object({
  workspace: workspaceSelectorSchema,
  search: z.string().trim().max(100).optional(),
  stage: z.enum(LIFECYCLE_STAGES).optional(),
  recency: z.enum(["d30", "d90", "d180", "d365", "over180", "over365", "never"]).optional(),
  spend: z.enum(["under100", "100to500", "500to1000", "over1000"]).optional(),
  nps: z.enum(["promoter", "passive", "detractor", "none"]).optional(),
  consent: z.enum([...CHANNELS, "none"]).optional(),
  sort: z.enum(["name", "lastOrder", "totalSpend", "orders", "nps", "customerSince"]).default("name"),
  dir: z.enum(["asc", "desc"]).default("asc"),
  page: z.number().int().min(1).max(10_000).default(1),
  pageSize: z.number().int().min(5).max(100).default(20),
});
export type CustomerListInput = z.infer<typeof customerListInputSchema>;

const text = (max: number) =>
  z.string().trim().min(1, "Please write something.").max(max, `Keep it under ${max} characters.`);

export const customerActionBase = { workspace: workspaceSelectorSchema, customerRef: customerRefSchema };

export const addNoteInputSchema = z.object({ ...customerActionBase, text: text(4000) });
export const logCallInputSchema = z.object({
  ...customerActionBase,
  direction: z.enum(["inbound", "outbound"]),
  summary: text(4000),
});
export const createTaskInputSchema = z.object({
  ...customerActionBase,
  title: nameText("Task titles")
    .trim()
    .min(1, "Please write something.")
    .max(200, "Keep it under 200 characters."),
  dueInDays: z.number().int().min(0).max(365),
  note: z.string().trim().max(2000, "Keep it under 2000 characters.").optional(),
});
export const completeTaskInputSchema = z.object({
  ...customerActionBase,
  taskId: z.number().int().positive(),
});
export const changeStageInputSchema = z.object({
  ...customerActionBase,
  stage: z.enum(LIFECYCLE_STAGES),
  reason: text(500),
});
export const updateConsentInputSchema = z.object({
  ...customerActionBase,
  channel: z.enum(CHANNELS),
  granted: z.boolean(),
  method: z.enum(["phone call", "email", "web form", "in writing", "live chat"]),
  reason: text(500),
});
