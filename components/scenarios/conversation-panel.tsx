"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import type { StoredEvent } from "@/server/core/scenarios/engine-types";
import {
  channelHasSubject,
  MESSAGE_CHANNELS,
  type MessageChannel,
} from "@/server/core/scenarios/learner-action-kinds";
import { CHANNEL_LABEL } from "../labels";
import { errorMessage } from "@/lib/trpc/error-message";
import { Badge, Button, Field, StatusMessage, cx, inputClass } from "../ui";
import type { useAttemptAction } from "./use-attempt-action";
import { ConnectionWaitNotice } from "./connection-wait";
import { enterGoesToNextField } from "../enter-next-field";
import { afterSending, replyDraftKey, useStoredDraft } from "./use-draft";

type Channel = MessageChannel;
const CHANNELS = MESSAGE_CHANNELS;

/** What the composer calls the words being written: on the phone they are said, not sent. */
export function composerWording(channel: Channel, customerName: string | null) {
  const to = customerName ? ` to ${customerName}` : "";
  return channel === "phone"
    ? {
        label: `What you say${to} on the call`,
        hint: "A call is typed here: write what you would say out loud. It is marked as a call, on your tone and your questions.",
        button: "Say it on the call",
        pending: "Saying…",
      }
    : { label: `Your reply${to}`, hint: null, button: "Send reply", pending: "Sending…" };
}

interface ThreadItem {
  seq: number;
  from: "customer" | "learner";
  channel: string;
  subject?: string;
  text: string;
  clock: string;
  mood?: string;
}

/**
 * What a screen reader is told when messages arrive in the thread shown: the customer's words, and for
 * the learner's own message only that it went (its words were just typed; reading back a long reply
 * in full buried the customer's answer after it).
 */
export function arrivalNews(arrived: ThreadItem[], customerName: string | null): string | null {
  if (arrived.length === 0) return null;
  const who = customerName ?? "The customer";
  return arrived
    .map((m) =>
      m.from === "learner"
        ? `Sent to ${who}.`
        : `${who} replied${m.mood ? ` (seems ${m.mood})` : ""}: ${m.text}`,
    )
    .join(" ");
}

export function threadFor(events: StoredEvent[], customerRef: string | null): ThreadItem[] {
  if (!customerRef) return [];
  const items: ThreadItem[] = [];
  for (const e of events) {
    const p = e.payload as Record<string, unknown>;
    if (e.type === "customer_message" && p.customerRef === customerRef) {
      items.push({
        seq: e.seq,
        from: "customer",
        channel: String(p.channel),
        subject: p.subject as string | undefined,
        text: String(p.text),
        clock: String(p.clock ?? ""),
        mood: p.moodLabel as string | undefined,
      });
    } else if (e.actor === "learner" && e.type === "send_message") {
      const a = p.action as { customerRef: string; channel: string; subject?: string; text: string };
      if (a.customerRef === customerRef)
        items.push({
          seq: e.seq,
          from: "learner",
          channel: a.channel,
          subject: a.subject,
          text: a.text,
          clock: String(p.clock ?? ""),
        });
    }
  }
  return items;
}

/** The conversation's heading, which the workspace's "Go to the conversation" link targets. */
export const CONVERSATION_HEADING_ID = "conversation-heading";

export function ConversationPanel({
  events,
  customerRef,
  customerName,
  preferredChannel,
  canAct,
  action,
  attemptId,
}: {
  events: StoredEvent[];
  customerRef: string | null;
  customerName: string | null;
  preferredChannel: string | null;
  canAct: boolean;
  action: ReturnType<typeof useAttemptAction>;
  /** Names this attempt's unsent drafts on this device. */
  attemptId?: number;
}) {
  const thread = useMemo(() => threadFor(events, customerRef), [events, customerRef]);
  const lastInbound = thread.findLast((m) => m.from === "customer");
  // Follow-ups stay in the same email thread: the latest subject either side used.
  const threadSubject = thread.findLast((m) => m.subject)?.subject;
  const [channel, setChannel] = useState<Channel>("email");
  const [subject, setSubject] = useState("");
  const draftKey = attemptId && customerRef ? replyDraftKey(attemptId, customerRef) : null;
  const [text, setText] = useStoredDraft(draftKey);
  // A reply the server stored whose answer never came back (the page was reloaded or closed while it was
  // sending) is in the thread already: its draft must not come back in the box, or it is sent twice.
  const sentTexts = useMemo(
    () => new Set(thread.filter((m) => m.from === "learner").map((m) => m.text.trim())),
    [thread],
  );
  // Only a draft restored from the device is checked, never words the learner is typing now.
  const typed = useRef(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: another customer's draft is restored afresh
  useEffect(() => {
    typed.current = false;
  }, [draftKey]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: setText is a new function each render; text and the thread are the trigger
  useEffect(() => {
    if (!typed.current && text.trim() && sentTexts.has(text.trim())) setText("");
  }, [text, sentTexts]);
  const listRef = useRef<HTMLOListElement>(null);
  // Messages that arrive while this customer's thread is shown are told in a status region (WCAG
  // 4.1.3); a thread opened or come back to is not read out (its messages were there before).
  const [news, setNews] = useState<string | null>(null);
  const seen = useRef<{ customerRef: string | null; seq: number } | null>(null);
  const newestSeq = thread.at(-1)?.seq ?? -1;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the newest message and the customer are the trigger
  useEffect(() => {
    const before = seen.current;
    seen.current = { customerRef, seq: newestSeq };
    if (!before || before.customerRef !== customerRef) {
      setNews(null);
      return;
    }
    const arrived = thread.filter((m) => m.seq > before.seq);
    if (arrived.length > 0) setNews(arrivalNews(arrived, customerName));
  }, [customerRef, newestSeq]);
  const hasSubject = channelHasSubject(channel);
  const wording = composerWording(channel, customerName);

  // Reply on the channel the customer used, or their preferred one.
  // biome-ignore lint/correctness/useExhaustiveDependencies: customerRef resets the channel when another customer opens
  useEffect(() => {
    const initial = (lastInbound?.channel ?? preferredChannel ?? "email") as Channel;
    setChannel(CHANNELS.includes(initial) ? initial : "email");
  }, [customerRef, lastInbound?.channel, preferredChannel]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: customerRef resets the subject when another customer opens
  useEffect(() => {
    setSubject(threadSubject ? (/^re:/i.test(threadSubject) ? threadSubject : `Re: ${threadSubject}`) : "");
  }, [customerRef, threadSubject]);

  // Keep the newest message in view inside the panel, without scrolling the whole page.
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new message or another customer's thread is the trigger
  useEffect(() => {
    const list = listRef.current;
    if (list) list.scrollTop = list.scrollHeight;
  }, [thread.length, customerRef]);

  const activity = events.filter((e) => e.actor === "learner");
  const activityRef = useRef<HTMLOListElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new action is the trigger to scroll to the newest
  useEffect(() => {
    const list = activityRef.current;
    if (list) list.scrollTop = list.scrollHeight;
  }, [activity.length]);

  return (
    // Held in view beside the record, no taller than the window. When the thread, the composer and "Your
    // actions" need more room than that (a phone call's longer composer on a 768 px-high laptop), the
    // panel scrolls: the conversation used to shrink below its content instead, so "Your actions" was
    // drawn over "Say it on the call" (it could be neither clicked nor seen with focus, WCAG 2.4.11).
    // The side padding (taken back by a negative margin) keeps focus outlines inside the scrolling box.
    <aside
      aria-label="Conversation"
      className="flex flex-col gap-4 @[60rem]:sticky @[60rem]:top-[calc(var(--sticky-header-height,0px)_+_1rem)] @[60rem]:max-h-[calc(100vh_-_var(--sticky-header-height,0px)_-_2rem)] @[60rem]:overflow-y-auto @[60rem]:-mx-2 @[60rem]:px-2"
    >
      <section className="flex flex-none flex-col rounded-xl border border-slate-200 bg-white shadow-sm">
        <div className="border-b border-slate-100 px-4 py-3">
          <h2 id={CONVERSATION_HEADING_ID} tabIndex={-1} className="font-semibold">
            Conversation{customerName ? ` with ${customerName}` : ""}
          </h2>
          <p className="text-xs text-slate-600">Messages appear here as the customer replies.</p>
        </div>
        {/* Not a live region: a new message is told in the status below (the learner's own only as
            "Sent to …"), and a thread that comes back into view is not read out again (WCAG 4.1.3). */}
        <StatusMessage className="sr-only" testId="conversation-news">
          {news}
        </StatusMessage>
        <ol
          key={customerRef ?? "none"}
          ref={listRef}
          className="flex max-h-[min(32rem,45vh)] min-h-40 flex-col gap-3 overflow-y-auto px-4 py-3"
          aria-label="Messages"
          tabIndex={0}
        >
          {thread.length === 0 && (
            <li className="text-sm text-slate-600">No messages with this customer yet.</li>
          )}
          {thread.map((m) => (
            <li
              key={m.seq}
              data-testid={m.from === "customer" ? "customer-message" : "learner-message"}
              className={cx(
                "max-w-[90%] rounded-xl px-3 py-2 text-sm",
                m.from === "customer"
                  ? "self-start bg-slate-100 text-slate-900"
                  : "self-end bg-brand-700 text-white",
              )}
            >
              <div
                className={cx(
                  "mb-1 flex flex-wrap items-center gap-2 text-xs",
                  m.from === "customer" ? "text-slate-600" : "text-brand-100",
                )}
              >
                <span className="font-medium">
                  {m.from === "customer" ? (customerName ?? "Customer") : "You"}
                </span>
                <span>
                  {CHANNEL_LABEL[m.channel] ?? m.channel} · {m.clock}
                </span>
                {m.mood && m.from === "customer" && (
                  <Badge
                    tone={
                      /angry|furious|upset|annoyed|frustrated/i.test(m.mood)
                        ? "red"
                        : /happy|pleased|delighted|satisfied|calm/i.test(m.mood)
                          ? "green"
                          : "neutral"
                    }
                  >
                    Seems {m.mood}
                  </Badge>
                )}
              </div>
              {m.subject && <p className="font-semibold">{m.subject}</p>}
              <p className="whitespace-pre-wrap break-words">{m.text}</p>
            </li>
          ))}
        </ol>
        {canAct && customerRef && (
          <form
            className="flex flex-col gap-2 border-t border-slate-100 p-4"
            // Enter in the Subject line goes on to the message (it used to send a half-written reply).
            onKeyDown={enterGoesToNextField}
            onSubmit={(e) => {
              e.preventDefault();
              // What was sent: words typed while it is sending stay in the box (afterSending).
              const sent = text;
              action.act(
                {
                  type: "send_message",
                  customerRef,
                  channel,
                  text: sent,
                  // A subject left over from the email thread is not part of a call or a text.
                  ...(hasSubject && subject.trim() ? { subject: subject.trim() } : {}),
                },
                { onSuccess: () => setText((now) => afterSending(now, sent)), from: "reply" },
              );
            }}
          >
            <div className={cx("grid gap-2", hasSubject && "grid-cols-2")}>
              <Field label="Channel" htmlFor="reply-channel">
                <select
                  id="reply-channel"
                  className={inputClass}
                  value={channel}
                  onChange={(e) => setChannel(e.target.value as Channel)}
                >
                  {CHANNELS.map((c) => (
                    <option key={c} value={c}>
                      {CHANNEL_LABEL[c]}
                    </option>
                  ))}
                </select>
              </Field>
              {hasSubject && (
                <Field label="Subject" htmlFor="reply-subject">
                  <input
                    id="reply-subject"
                    className={inputClass}
                    value={subject}
                    maxLength={200}
                    onChange={(e) => setSubject(e.target.value)}
                  />
                </Field>
              )}
            </div>
            <Field
              label={wording.label}
              htmlFor="reply-text"
              hint={wording.hint ?? undefined}
              error={errorMessage(action.errorFrom("reply"))}
            >
              <textarea
                id="reply-text"
                className={cx(inputClass, "min-h-32")}
                value={text}
                maxLength={4000}
                required
                onChange={(e) => {
                  typed.current = true;
                  setText(e.target.value);
                }}
              />
            </Field>
            {/* Unavailable while sending, but it keeps focus after a reply is sent. Sent empty, the box
                says so beside it (FormChecks) rather than the button being dead with no reason given. */}
            <Button type="submit" disabled={action.isPending}>
              {action.isSendingFrom("reply") ? wording.pending : wording.button}
            </Button>
            <ConnectionWaitNotice
              wait={action.waitFrom("reply")}
              done="sent"
              testId="connection-wait-reply"
            />
          </form>
        )}
      </section>
      <section className="rounded-xl border border-slate-200 bg-white shadow-sm">
        <h2 className="border-b border-slate-100 px-4 py-3 font-semibold">
          Your actions ({activity.length})
        </h2>
        <ol
          ref={activityRef}
          tabIndex={0}
          className="max-h-56 overflow-y-auto px-4 py-2 text-sm"
          aria-label="Your actions so far"
        >
          {activity.length === 0 && <li className="py-1 text-slate-600">Nothing yet.</li>}
          {activity.map((e) => {
            const p = e.payload as { summary?: string; clock?: string };
            return (
              <li key={e.seq} className="flex gap-2 py-1">
                <span className="font-mono text-xs text-slate-600">{p.clock}</span>
                <span>{p.summary ?? e.type}</span>
              </li>
            );
          })}
        </ol>
      </section>
    </aside>
  );
}
