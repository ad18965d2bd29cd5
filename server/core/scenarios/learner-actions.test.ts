import { describe, expect, it } from "vitest";
import {
  channelHasSubject,
  LEARNER_ACTION_TYPES,
  learnerActionSchema,
  MESSAGE_CHANNELS,
} from "./learner-actions";

describe("learnerActionSchema", () => {
  it("accepts each action type with its fields and trims text", () => {
    const r = learnerActionSchema.parse({
      type: "send_message",
      customerRef: " CUS-1 ",
      channel: "email",
      text: "  Hello  ",
    });
    expect(r).toEqual({ type: "send_message", customerRef: "CUS-1", channel: "email", text: "Hello" });
    // 15 CRM actions, plus messaging a colleague, answering a prompt, a recommendation and waiting.
    expect(LEARNER_ACTION_TYPES).toHaveLength(19);
    expect(learnerActionSchema.options.map((o) => o.shape.type.value).sort()).toEqual(
      [...LEARNER_ACTION_TYPES].sort(),
    );
  });

  it("bounds lengths and numbers", () => {
    const bad = [
      { type: "send_message", customerRef: "CUS-1", channel: "email", text: "" },
      { type: "send_message", customerRef: "CUS-1", channel: "email", text: "x".repeat(4001) },
      { type: "send_message", customerRef: "CUS-1", channel: "fax", text: "hi" },
      { type: "issue_remedy", customerRef: "CUS-1", orderRef: "ORD-1", kind: "refund", amountPence: -1 },
      {
        type: "issue_remedy",
        customerRef: "CUS-1",
        orderRef: "ORD-1",
        kind: "refund",
        amountPence: 10_000_01,
      },
      { type: "issue_remedy", customerRef: "CUS-1", orderRef: "ORD-1", kind: "refund", amountPence: 12.5 },
      { type: "issue_remedy", customerRef: "CUS-1", orderRef: "ORD-1", kind: "cash" },
      { type: "create_task", customerRef: "CUS-1", title: "Call", dueInDays: 366 },
      { type: "open_case", customerRef: "CUS-1", category: "complaint", summary: "x" },
      { type: "change_stage", customerRef: "CUS-1", stage: "vip" },
      { type: "update_preferences", customerRef: "CUS-1" },
      { type: "send_survey", customerRef: "CUS-1", kind: "poll" },
      { type: "teleport", customerRef: "CUS-1" },
    ];
    for (const b of bad) expect(learnerActionSchema.safeParse(b).success, JSON.stringify(b)).toBe(false);
  });

  it("gives UK-English messages for missing text", () => {
    const r = learnerActionSchema.safeParse({ type: "add_note", customerRef: "CUS-1", text: "   " });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues[0]!.message).toBe("Note cannot be empty");
  });
});

describe("which channels carry a subject", () => {
  it("gives a subject to an email or a letter only, never to a call, a text or a chat", () => {
    expect(MESSAGE_CHANNELS.filter(channelHasSubject)).toEqual(["email", "post"]);
  });
});
