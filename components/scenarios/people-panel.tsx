"use client";

import { useId, useMemo, useState } from "react";
import { errorMessage } from "@/lib/trpc/error-message";
import type { StoredEvent } from "@/server/core/scenarios/engine-types";
import type { LearnerView } from "@/server/core/scenarios/learner-view";
import { Button, Card, Field, cx, inputClass } from "../ui";
import type { useAttemptAction } from "./use-attempt-action";
import { afterSending, useDraft } from "./use-draft";

type Person = LearnerView["people"][number];

const CHANNEL_NAMES = { internal: "Internal message", phone: "Phone", review: "Public reply to the review" };
const ROLE_NAMES: Record<Person["role"], string> = {
  warehouse: "Warehouse",
  technical: "Technical support",
  finance: "Finance",
  team_leader: "Team leader",
  manager: "Manager",
  public: "Member of the public",
};
export const personLabel = (p: Person) => `${p.name} (${p.team ?? ROLE_NAMES[p.role]})`;

interface Item {
  seq: number;
  from: "person" | "learner";
  channel: string;
  text: string;
  clock: string;
  about?: string;
  acted?: string;
}

/** One person's thread: their messages (system events) and what the learner sent them or escalated. */
export function personThread(events: StoredEvent[], personRef: string): Item[] {
  const items: Item[] = [];
  for (const e of events) {
    const p = e.payload as Record<string, unknown>;
    if (e.type === "person_message" && p.personRef === personRef) {
      const acts = p.acts as { caseRef?: string; caseStatus?: string; goodwillMaxPence?: number } | undefined;
      const acted = [
        acts?.caseStatus ? `case ${acts.caseRef} now ${acts.caseStatus.replace(/_/g, " ")}` : "",
        acts?.goodwillMaxPence !== undefined
          ? `goodwill approved up to £${(acts.goodwillMaxPence / 100).toFixed(2)}`
          : "",
      ].filter(Boolean);
      items.push({
        seq: e.seq,
        from: "person",
        channel: String(p.channel),
        text: String(p.text ?? ""),
        clock: String(p.clock ?? ""),
        ...(acted.length ? { acted: acted.join("; ") } : {}),
      });
    } else if (e.actor === "learner" && (e.type === "message_person" || e.type === "escalate")) {
      const a = p.action as {
        personRef?: string;
        toRef?: string;
        channel?: string;
        text?: string;
        reason?: string;
      };
      if ((a.personRef ?? a.toRef) !== personRef) continue;
      items.push({
        seq: e.seq,
        from: "learner",
        channel: e.type === "escalate" ? "escalation" : String(a.channel),
        text: String(a.text ?? a.reason ?? ""),
        clock: String(p.clock ?? ""),
        about: String(p.summary ?? ""),
      });
    }
  }
  return items;
}

/**
 * Colleagues and other people in the scenario: read their messages, write to them (internal
 * message or phone; a public reply to a reviewer), and wait for replies, which take their own time.
 */
export function PeoplePanel({
  people,
  events,
  customerRef,
  openCases,
  canAct,
  action,
}: {
  people: Person[];
  events: StoredEvent[];
  customerRef: string | null;
  openCases: string[];
  canAct: boolean;
  action: ReturnType<typeof useAttemptAction>;
}) {
  const [personRef, setPersonRef] = useState(people[0]?.personRef ?? "");
  const person = people.find((p) => p.personRef === personRef) ?? people[0];
  const thread = useMemo(() => (person ? personThread(events, person.personRef) : []), [events, person]);
  const [channel, setChannel] = useState<string>("internal");
  const [about, setAbout] = useState(true);
  const [caseRef, setCaseRef] = useState("");
  // One draft per person written to: switching person shows that person's unsent message.
  const [text, setText] = useDraft(`person:${personRef || people[0]?.personRef || ""}`);
  const [waitMinutes, setWaitMinutes] = useState(10);
  const from = useId();
  const waitFrom = useId();
  const ids = { person: useId(), channel: useId(), text: useId(), caseRef: useId(), wait: useId() };
  if (!person) return null;
  const channels = person.channels;
  const chosenChannel = channels.includes(channel as never) ? channel : channels[0]!;
  const sendError = errorMessage(action.errorFrom(from));
  const waitError = errorMessage(action.errorFrom(waitFrom));

  return (
    <Card title="Colleagues and others">
      <div className="flex flex-col gap-3">
        <Field label="Person" htmlFor={ids.person}>
          <select
            id={ids.person}
            className={inputClass}
            value={person.personRef}
            onChange={(e) => setPersonRef(e.target.value)}
          >
            {people.map((p) => (
              <option key={p.personRef} value={p.personRef}>
                {personLabel(p)}
              </option>
            ))}
          </select>
        </Field>
        <ol
          className="flex max-h-72 flex-col gap-2 overflow-y-auto"
          aria-label={`Messages with ${person.name}`}
        >
          {thread.length === 0 && (
            <li className="text-sm text-slate-600">No messages with {person.name} yet.</li>
          )}
          {thread.map((m) => (
            <li
              key={m.seq}
              className={cx(
                "rounded-lg px-3 py-2 text-sm",
                m.from === "person" ? "bg-slate-100 text-slate-900" : "bg-brand-50 text-slate-900",
              )}
            >
              <p className="text-xs font-medium text-slate-700">
                {m.from === "person" ? person.name : "You"} · {m.channel.replace(/_/g, " ")} · {m.clock}
              </p>
              <p className="whitespace-pre-wrap">{m.text}</p>
              {m.acted && <p className="mt-1 text-xs font-semibold text-emerald-800">{m.acted}</p>}
            </li>
          ))}
        </ol>
        {canAct && (
          <form
            className="flex flex-col gap-3"
            onSubmit={(e) => {
              e.preventDefault();
              // What was sent: words typed while it is sending stay in the box (afterSending).
              const sent = text;
              action.act(
                {
                  type: "message_person",
                  personRef: person.personRef,
                  channel: chosenChannel as "internal" | "phone" | "review",
                  text: sent,
                  ...(about && customerRef ? { customerRef } : {}),
                  ...(about && caseRef ? { caseRef } : {}),
                },
                { from, onSuccess: () => setText((now) => afterSending(now, sent)) },
              );
            }}
          >
            <Field label="How" htmlFor={ids.channel}>
              <select
                id={ids.channel}
                className={inputClass}
                value={chosenChannel}
                onChange={(e) => setChannel(e.target.value)}
              >
                {channels.map((c) => (
                  <option key={c} value={c}>
                    {CHANNEL_NAMES[c]}
                  </option>
                ))}
              </select>
            </Field>
            {customerRef && person.role !== "public" && (
              <label className="flex items-center gap-2 text-sm">
                <input type="checkbox" checked={about} onChange={(e) => setAbout(e.target.checked)} />
                About the open customer ({customerRef})
              </label>
            )}
            {about && customerRef && openCases.length > 0 && person.role !== "public" && (
              <Field label="Case" htmlFor={ids.caseRef}>
                <select
                  id={ids.caseRef}
                  className={inputClass}
                  value={caseRef}
                  onChange={(e) => setCaseRef(e.target.value)}
                >
                  <option value="">No case</option>
                  {openCases.map((c) => (
                    <option key={c} value={c}>
                      {c}
                    </option>
                  ))}
                </select>
              </Field>
            )}
            <Field
              label={chosenChannel === "phone" ? "What you say" : "Message"}
              htmlFor={ids.text}
              error={sendError}
            >
              <textarea
                id={ids.text}
                className={cx(inputClass, "min-h-20")}
                value={text}
                maxLength={4000}
                required
                aria-invalid={sendError ? true : undefined}
                onChange={(e) => setText(e.target.value)}
              />
            </Field>
            <Button type="submit" disabled={action.isPending} className="self-start">
              {action.isSendingFrom(from) ? "Sending…" : `Send to ${person.name}`}
            </Button>
          </form>
        )}
        {canAct && (
          <form
            className="flex flex-wrap items-end gap-2 border-t border-slate-100 pt-3"
            onSubmit={(e) => {
              e.preventDefault();
              action.act({ type: "wait", minutes: waitMinutes }, { from: waitFrom });
            }}
          >
            <Field label="Wait for replies (minutes)" htmlFor={ids.wait} error={waitError}>
              <input
                id={ids.wait}
                type="number"
                min={1}
                max={120}
                className={cx(inputClass, "w-28")}
                value={waitMinutes}
                onChange={(e) => setWaitMinutes(Math.max(1, Math.min(120, Number(e.target.value) || 1)))}
              />
            </Field>
            <Button type="submit" variant="secondary" disabled={action.isPending}>
              Wait
            </Button>
          </form>
        )}
      </div>
    </Card>
  );
}
