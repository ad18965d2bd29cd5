/**
 * Write side of the CRM. Each command changes a customer's record and adds the matching timeline
 * entry in the caller's transaction (pass the `tx` scope of a store write), so the record and its
 * history never disagree. Engine-neutral: the tables come from the scope (db/store.ts).
 */
import { and, eq } from "drizzle-orm";
import type * as schema from "@/db/schema";
import type { Scope } from "@/db/store";
import { conflict, notFound } from "@/server/core/domain-errors";

type InteractionKind = (typeof schema.INTERACTION_KINDS)[number];
type LifecycleStage = (typeof schema.LIFECYCLE_STAGES)[number];
type Channel = (typeof schema.CHANNELS)[number];

/** The customer with this reference in the workspace, or "not found". */
async function findCustomer(scope: Scope, workspaceId: number, customerRef: string) {
  const { t, db } = scope;
  const [customer] = await db
    .select()
    .from(t.customers)
    .where(and(eq(t.customers.workspaceId, workspaceId), eq(t.customers.ref, customerRef)))
    .limit(1);
  if (!customer) throw notFound(`Customer ${customerRef}`);
  return customer;
}

export interface CommandContext {
  workspaceId: number;
  author: string;
  at: Date;
}

export async function recordInteraction(
  scope: Scope,
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
  const { t, db } = scope;
  const [row] = await db
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
    .returning();
  return row!;
}

export async function addNote(scope: Scope, ctx: CommandContext, customerRef: string, text: string) {
  const customer = await findCustomer(scope, ctx.workspaceId, customerRef);
  return recordInteraction(scope, ctx, customer.id, { kind: "note", body: text });
}

export async function logCall(
  scope: Scope,
  ctx: CommandContext,
  customerRef: string,
  direction: "inbound" | "outbound",
  summary: string,
) {
  const customer = await findCustomer(scope, ctx.workspaceId, customerRef);
  return recordInteraction(scope, ctx, customer.id, {
    kind: "call",
    direction,
    subject: direction === "inbound" ? "Incoming call" : "Outgoing call",
    body: summary,
  });
}

export async function createTask(
  scope: Scope,
  ctx: CommandContext,
  customerRef: string,
  title: string,
  dueInDays: number,
  note?: string,
) {
  const customer = await findCustomer(scope, ctx.workspaceId, customerRef);
  return recordInteraction(scope, ctx, customer.id, {
    kind: "task",
    subject: title,
    // The note says what the task is for; without one the title is all there is to read.
    body: note?.trim() || title,
    dueAt: new Date(ctx.at.getTime() + dueInDays * 86_400_000),
  });
}

export async function completeTask(scope: Scope, ctx: CommandContext, customerRef: string, taskId: number) {
  const customer = await findCustomer(scope, ctx.workspaceId, customerRef);
  const { t, db } = scope;
  const [task] = await db
    .select()
    .from(t.interactions)
    .where(
      and(
        eq(t.interactions.id, taskId),
        eq(t.interactions.customerId, customer.id),
        eq(t.interactions.kind, "task"),
      ),
    )
    .limit(1);
  if (!task) throw notFound("That task");
  if (task.doneAt) throw conflict("That task is already marked as done.");
  const [done] = await db
    .update(t.interactions)
    .set({ doneAt: ctx.at })
    .where(eq(t.interactions.id, taskId))
    .returning();
  return done!;
}

const STAGE_NAMES: Record<LifecycleStage, string> = {
  onboarding: "Onboarding",
  engagement: "Engagement",
  loyalty: "Loyalty",
  "win-back": "Win-back",
  lapsed: "Lapsed",
};

export async function changeStage(
  scope: Scope,
  ctx: CommandContext,
  customerRef: string,
  stage: LifecycleStage,
  reason: string,
) {
  const customer = await findCustomer(scope, ctx.workspaceId, customerRef);
  if (customer.lifecycleStage === stage)
    throw conflict(`The customer is already at the ${STAGE_NAMES[stage]} stage.`);
  const { t, db } = scope;
  await db.update(t.customers).set({ lifecycleStage: stage }).where(eq(t.customers.id, customer.id));
  return recordInteraction(scope, ctx, customer.id, {
    kind: "stage_change",
    subject: `${STAGE_NAMES[customer.lifecycleStage]} → ${STAGE_NAMES[stage]}`,
    body: reason,
  });
}

export async function updateConsent(
  scope: Scope,
  ctx: CommandContext,
  customerRef: string,
  change: { channel: Channel; granted: boolean; method: string; reason: string },
) {
  const customer = await findCustomer(scope, ctx.workspaceId, customerRef);
  const { t, db } = scope;
  await db
    .insert(t.consents)
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
    });
  return recordInteraction(scope, ctx, customer.id, {
    kind: "consent_change",
    subject: `${change.channel.toUpperCase() === "SMS" ? "SMS" : change.channel[0]!.toUpperCase() + change.channel.slice(1)} marketing ${change.granted ? "consent given" : "consent withdrawn"} (${change.method})`,
    body: change.reason,
  });
}

export async function updatePreferences(
  scope: Scope,
  ctx: CommandContext,
  customerRef: string,
  change: { preferredChannel?: Channel; accessibilityNotes?: string },
) {
  const customer = await findCustomer(scope, ctx.workspaceId, customerRef);
  const set: Partial<typeof schema.customers.$inferInsert> = {};
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
  const { t, db } = scope;
  await db.update(t.customers).set(set).where(eq(t.customers.id, customer.id));
  return recordInteraction(scope, ctx, customer.id, {
    kind: "note",
    subject: "Preferences updated",
    body: parts.join("\n"),
  });
}
