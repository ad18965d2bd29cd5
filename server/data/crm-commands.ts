/**
 * Write side of the CRM. Each command changes a customer's record and adds the matching timeline
 * entry in the caller's transaction, so the record and its history never disagree.
 */
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import * as t from "@/db/schema";
import { conflict, notFound } from "@/server/core/domain-errors";
import { findCustomer } from "./crm-queries";

type InteractionKind = (typeof t.INTERACTION_KINDS)[number];

export interface CommandContext {
  workspaceId: number;
  author: string;
  at: Date;
}

export function recordInteraction(
  db: Db,
  ctx: CommandContext,
  customerId: number,
  entry: {
    kind: InteractionKind;
    body: string;
    subject?: string | null;
    direction?: "inbound" | "outbound" | null;
    caseId?: number | null;
    dueAt?: Date | null;
  },
) {
  return db
    .insert(t.interactions)
    .values({
      workspaceId: ctx.workspaceId,
      customerId,
      kind: entry.kind,
      body: entry.body,
      subject: entry.subject ?? null,
      direction: entry.direction ?? null,
      caseId: entry.caseId ?? null,
      dueAt: entry.dueAt ?? null,
      author: ctx.author,
      occurredAt: ctx.at,
    })
    .returning()
    .get();
}

export function addNote(db: Db, ctx: CommandContext, customerRef: string, text: string) {
  const customer = findCustomer(db, ctx.workspaceId, customerRef);
  return recordInteraction(db, ctx, customer.id, { kind: "note", body: text });
}

export function logCall(
  db: Db,
  ctx: CommandContext,
  customerRef: string,
  direction: "inbound" | "outbound",
  summary: string,
) {
  const customer = findCustomer(db, ctx.workspaceId, customerRef);
  return recordInteraction(db, ctx, customer.id, {
    kind: "call",
    direction,
    subject: direction === "inbound" ? "Incoming call" : "Outgoing call",
    body: summary,
  });
}

export function createTask(
  db: Db,
  ctx: CommandContext,
  customerRef: string,
  title: string,
  dueInDays: number,
) {
  const customer = findCustomer(db, ctx.workspaceId, customerRef);
  return recordInteraction(db, ctx, customer.id, {
    kind: "task",
    subject: title,
    body: title,
    dueAt: new Date(ctx.at.getTime() + dueInDays * 86_400_000),
  });
}

export function completeTask(db: Db, ctx: CommandContext, customerRef: string, taskId: number) {
  const customer = findCustomer(db, ctx.workspaceId, customerRef);
  const task = db
    .select()
    .from(t.interactions)
    .where(
      and(
        eq(t.interactions.id, taskId),
        eq(t.interactions.customerId, customer.id),
        eq(t.interactions.kind, "task"),
      ),
    )
    .get();
  if (!task) throw notFound("That task");
  if (task.doneAt) throw conflict("That task is already marked as done.");
  return db
    .update(t.interactions)
    .set({ doneAt: ctx.at })
    .where(eq(t.interactions.id, taskId))
    .returning()
    .get();
}

const STAGE_NAMES: Record<(typeof t.LIFECYCLE_STAGES)[number], string> = {
  onboarding: "Onboarding",
  engagement: "Engagement",
  loyalty: "Loyalty",
  "win-back": "Win-back",
  lapsed: "Lapsed",
};

export function changeStage(
  db: Db,
  ctx: CommandContext,
  customerRef: string,
  stage: (typeof t.LIFECYCLE_STAGES)[number],
  reason: string,
) {
  const customer = findCustomer(db, ctx.workspaceId, customerRef);
  if (customer.lifecycleStage === stage)
    throw conflict(`The customer is already at the ${STAGE_NAMES[stage]} stage.`);
  db.update(t.customers).set({ lifecycleStage: stage }).where(eq(t.customers.id, customer.id)).run();
  return recordInteraction(db, ctx, customer.id, {
    kind: "stage_change",
    subject: `${STAGE_NAMES[customer.lifecycleStage]} → ${STAGE_NAMES[stage]}`,
    body: reason,
  });
}

export function updateConsent(
  db: Db,
  ctx: CommandContext,
  customerRef: string,
  change: { channel: (typeof t.CHANNELS)[number]; granted: boolean; method: string; reason: string },
) {
  const customer = findCustomer(db, ctx.workspaceId, customerRef);
  db.insert(t.consents)
    .values({
      workspaceId: ctx.workspaceId,
      customerId: customer.id,
      channel: change.channel,
      granted: change.granted,
      method: change.method,
      recordedAt: ctx.at,
    })
    .onConflictDoUpdate({
      target: [t.consents.customerId, t.consents.channel],
      set: { granted: change.granted, method: change.method, recordedAt: ctx.at },
    })
    .run();
  return recordInteraction(db, ctx, customer.id, {
    kind: "consent_change",
    subject: `${change.channel.toUpperCase() === "SMS" ? "SMS" : change.channel[0]!.toUpperCase() + change.channel.slice(1)} marketing ${change.granted ? "consent given" : "consent withdrawn"} (${change.method})`,
    body: change.reason,
  });
}

export function updatePreferences(
  db: Db,
  ctx: CommandContext,
  customerRef: string,
  change: { preferredChannel?: (typeof t.CHANNELS)[number]; accessibilityNotes?: string },
) {
  const customer = findCustomer(db, ctx.workspaceId, customerRef);
  const set: Partial<typeof t.customers.$inferInsert> = {};
  const parts: string[] = [];
  if (change.preferredChannel && change.preferredChannel !== customer.preferredChannel) {
    set.preferredChannel = change.preferredChannel;
    parts.push(`Preferred channel: ${customer.preferredChannel} → ${change.preferredChannel}`);
  }
  if (
    change.accessibilityNotes !== undefined &&
    change.accessibilityNotes !== (customer.accessibilityNotes ?? "")
  ) {
    set.accessibilityNotes = change.accessibilityNotes || null;
    parts.push(`Accessibility notes: ${change.accessibilityNotes || "(cleared)"}`);
  }
  if (parts.length === 0) return null;
  db.update(t.customers).set(set).where(eq(t.customers.id, customer.id)).run();
  return recordInteraction(db, ctx, customer.id, {
    kind: "note",
    subject: "Preferences updated",
    body: parts.join("\n"),
  });
}
