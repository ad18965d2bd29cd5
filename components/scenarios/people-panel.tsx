"use client";

import { useEffect, useId, useMemo, useRef, useState } from "react";
import { plural } from "@/lib/format";
import { errorMessage } from "@/lib/trpc/error-message";
import type { StoredEvent } from "@/server/core/scenarios/engine-types";
import type { LearnerView } from "@/server/core/scenarios/learner-view";
import { Button, Card, Field, StatusMessage, cx, inputClass } from "../ui";
import type { useAttemptAction } from "./use-attempt-action";
import { afterSending, useDraft } from "./use-draft";
import { enterGoesToNextField } from "../enter-next-field";

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

/** The newest message each person has sent, by person: what "new reply" is measured against. */
function newestFromEach(events: StoredEvent[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const e of events)
    if (e.type === "person_message") {
      const ref = String((e.payload as { personRef?: unknown }).personRef ?? "");
      out.set(ref, Math.max(out.get(ref) ?? -1, e.seq));
    }
  return out;
}

/**
 * What arrived in the people threads since `afterSeq`, in words for a status region: the learner's own
 * message only as "Sent to …", a reply in full (the conversation panel's pattern, WCAG 4.1.3).
 */
export function peopleNews(events: StoredEvent[], people: Person[], afterSeq: number): string | null {
  const name = (ref: unknown) => people.find((p) => p.personRef === ref)?.name ?? "A colleague";
  const parts: string[] = [];
  let waited = false;
  let replies = 0;
  for (const e of events) {
    if (e.seq <= afterSeq) continue;
    const p = e.payload as Record<string, unknown>;
    if (e.type === "person_message") {
      replies += 1;
      parts.push(`${name(p.personRef)} replied: ${String(p.text ?? "")}`);
    } else if (e.actor === "learner" && e.type === "wait") {
      // Said even when nobody answers, so pressing Wait is never met with silence.
      const minutes = Number((p.action as { minutes?: unknown } | undefined)?.minutes);
      waited = true;
      replies = 0;
      parts.push(Number.isFinite(minutes) ? `Waited ${plural(minutes, "minute")}.` : "Waited.");
    } else if (e.actor === "learner" && (e.type === "message_person" || e.type === "escalate")) {
      const a = p.action as { personRef?: string; toRef?: string } | undefined;
      if (a?.personRef ?? a?.toRef) parts.push(`Sent to ${name(a?.personRef ?? a?.toRef)}.`);
    }
  }
  if (waited && replies === 0) parts.push("No reply from anyone yet.");
  return parts.length ? parts.join(" ") : null;
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
  // A reply can come from someone other than the person shown (the team leader answers an escalation
  // while Dev's thread is open): it was silent and out of sight. Replies are now told in a status region,
  // and anyone with a reply not yet looked at is marked in the list and offered beside it.
  const newest = useMemo(() => newestFromEach(events), [events]);
  const newestSeq = events.at(-1)?.seq ?? -1;
  const [seenUpTo, setSeenUpTo] = useState<Record<string, number>>(() => Object.fromEntries(newest));
  const [news, setNews] = useState<string | null>(null);
  const told = useRef(newestSeq);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the newest event is the trigger
  useEffect(() => {
    const text = peopleNews(events, people, told.current);
    told.current = newestSeq;
    if (text) setNews(text);
  }, [newestSeq]);
  const shownRef = person?.personRef ?? "";
  const shownNewest = newest.get(shownRef) ?? -1;
  useEffect(() => {
    setSeenUpTo((seen) =>
      (seen[shownRef] ?? -1) >= shownNewest ? seen : { ...seen, [shownRef]: shownNewest },
    );
  }, [shownRef, shownNewest]);
  const threadRef = useRef<HTMLOListElement>(null);
  const focusThread = useRef(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the person shown is the trigger
  useEffect(() => {
    if (!focusThread.current) return;
    focusThread.current = false;
    threadRef.current?.focus();
  }, [shownRef]);
  const unread = people.filter((p) => (newest.get(p.personRef) ?? -1) > (seenUpTo[p.personRef] ?? -1));
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
                {unread.includes(p) ? " – new reply" : ""}
              </option>
            ))}
          </select>
        </Field>
        <StatusMessage className="sr-only" testId="people-news">
          {news}
        </StatusMessage>
        {unread.length > 0 && (
          <div className="flex flex-wrap items-center gap-2 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-950">
            <span>New reply from {unread.map((p) => p.name).join(" and ")}.</span>
            {unread.map((p) => (
              <Button
                key={p.personRef}
                variant="secondary"
                onClick={() => {
                  setPersonRef(p.personRef);
                  // The button goes with the notice: focus goes to the thread it opens, not the page.
                  focusThread.current = true;
                }}
              >
                Read {p.name}&apos;s reply
              </Button>
            ))}
          </div>
        )}
        <ol
          ref={threadRef}
          // In the Tab order: a long thread scrolls inside its box, which a keyboard user must be able to
          // scroll too (axe scrollable-region-focusable, WCAG 2.1.1; at 320 px one message fills it).
          tabIndex={0}
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
            onKeyDown={enterGoesToNextField}
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
