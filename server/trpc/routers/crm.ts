/**
 * The CRM itself. Reads work on the demo CRM or an attempt's private copy; these mutations change the
 * open demo CRM only (inside a scenario, changes go through attempts.act so they are scored).
 */
import { z } from "zod";
import { clientNetwork } from "@/server/auth/client-address";
import { consumeRateLimit, RATE_LIMITS } from "@/server/auth/rate-limit";
import { invalid } from "@/server/core/domain-errors";
import * as commands from "@/server/data/crm-commands";
import * as inputs from "@/server/data/crm-inputs";
import { getCustomerRecord, listCustomers } from "@/server/data/crm-queries";
import type { Store } from "@/server/data/app-database";
import { demoWorkspaceId, workspaceForRead } from "@/server/data/workspaces";
import { router } from "../init";
import { publicProcedure, type Actor } from "../procedures";

/**
 * How a demo-CRM change is signed. Everyone reads the shared demo CRM, and a learner chooses their own
 * display name, so a learner's note says it is a learner's: one calling themselves after a tutor (or a
 * seeded member of staff) cannot pass a note off as theirs (probe, session 33).
 */
function authorName(actor: Actor): string {
  if (actor.kind === "learner") return `${actor.learner.displayName} (learner)`;
  if (actor.kind === "tutor") return actor.tutor.name;
  return "Visitor";
}

/** Who a change to the shared demo CRM is counted against: the signed-in person, else the client address. */
function demoWriter(actor: Actor, ip: string): string {
  if (actor.kind === "learner") return `learner:${actor.learner.id}`;
  if (actor.kind === "tutor") return `tutor:${actor.tutor.id}`;
  return `ip:${ip}`;
}

/**
 * Mutations here only target the demo CRM; attempt workspaces change through attempts.act. Everyone
 * shares the demo CRM, so each writer gets a generous allowance and no more (one visitor cannot fill
 * it with hundreds of notes).
 */
async function demoCommandContext(
  ctx: { store: Store; actor: Actor; ip: string; now: () => Date },
  workspace: { attemptId?: number },
) {
  if (workspace.attemptId !== undefined) {
    throw invalid("Inside a scenario, use the scenario workspace so your actions are recorded and scored.");
  }
  await consumeRateLimit(ctx.store, RATE_LIMITS.demoWritesIp, demoWriter(ctx.actor, ctx.ip), ctx.now());
  // Learners made one after another from one address share that address's allowance too.
  if (ctx.actor.kind !== "tutor") {
    await consumeRateLimit(ctx.store, RATE_LIMITS.demoWritesAddress, ctx.ip, ctx.now());
    await consumeRateLimit(ctx.store, RATE_LIMITS.demoWritesNetwork, clientNetwork(ctx.ip), ctx.now());
  }
  return { workspaceId: await demoWorkspaceId(ctx.store), author: authorName(ctx.actor), at: ctx.now() };
}

export const crmRouter = router({
  listCustomers: publicProcedure
    .input(inputs.customerListInputSchema)
    .query(async ({ ctx, input }) =>
      listCustomers(ctx.store, await workspaceForRead(ctx.store, ctx.actor, input.workspace), input),
    ),

  getCustomer: publicProcedure
    .input(z.object({ workspace: inputs.workspaceSelectorSchema, customerRef: inputs.customerRefSchema }))
    .query(async ({ ctx, input }) =>
      getCustomerRecord(
        ctx.store,
        await workspaceForRead(ctx.store, ctx.actor, input.workspace),
        input.customerRef,
      ),
    ),

  addNote: publicProcedure.input(inputs.addNoteInputSchema).mutation(async ({ ctx, input }) => {
    const command = await demoCommandContext(ctx, input.workspace);
    return ctx.store.write(null, (tx) => commands.addNote(tx, command, input.customerRef, input.text));
  }),

  logCall: publicProcedure.input(inputs.logCallInputSchema).mutation(async ({ ctx, input }) => {
    const command = await demoCommandContext(ctx, input.workspace);
    return ctx.store.write(null, (tx) =>
      commands.logCall(tx, command, input.customerRef, input.direction, input.summary),
    );
  }),

  createTask: publicProcedure.input(inputs.createTaskInputSchema).mutation(async ({ ctx, input }) => {
    const command = await demoCommandContext(ctx, input.workspace);
    return ctx.store.write(null, (tx) =>
      commands.createTask(tx, command, input.customerRef, input.title, input.dueInDays, input.note),
    );
  }),

  completeTask: publicProcedure.input(inputs.completeTaskInputSchema).mutation(async ({ ctx, input }) => {
    const command = await demoCommandContext(ctx, input.workspace);
    return ctx.store.write(null, (tx) => commands.completeTask(tx, command, input.customerRef, input.taskId));
  }),

  changeStage: publicProcedure.input(inputs.changeStageInputSchema).mutation(async ({ ctx, input }) => {
    const command = await demoCommandContext(ctx, input.workspace);
    return ctx.store.write(null, (tx) =>
      commands.changeStage(tx, command, input.customerRef, input.stage, input.reason),
    );
  }),

  updateConsent: publicProcedure.input(inputs.updateConsentInputSchema).mutation(async ({ ctx, input }) => {
    const command = await demoCommandContext(ctx, input.workspace);
    return ctx.store.write(null, (tx) =>
      commands.updateConsent(tx, command, input.customerRef, {
        channel: input.channel,
        granted: input.granted,
        method: input.method,
        reason: input.reason,
      }),
    );
  }),
});
