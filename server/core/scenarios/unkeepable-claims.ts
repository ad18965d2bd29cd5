/**
 * Words the record can never make true (red-team round 15 A), read beside promises.ts for the
 * consistency criterion (words-match-actions):
 *
 * - **A pledge nobody can keep**: "I can promise you this will never happen again", "it will be with
 *   you before 10am tomorrow, I guarantee it", "I guarantee the next kettle you buy from us will last
 *   you for years". No adviser controls whether a product fails, a parcel is lost or when a courier
 *   calls, so the customer is told something the business cannot honour (RATER reliability; the
 *   precedent of round 5 A, repeat-fault-r5-guarantees-tomorrow). Read a sentence at a time: a
 *   first-person pledge ("I promise", "I guarantee", "I can assure you") with a future beyond anyone's
 *   control (never again, a clock time, "will last"), or "this will never happen again" said flatly.
 *   Not a pledge: a negated or conditional one ("I can't promise it won't happen again", "if…"), a
 *   question, an effort ("we'll do everything we can to make sure it doesn't happen again"), a hope,
 *   or quoted words.
 * - **The refund told as going to a card the customer never paid with**: "I've refunded the full
 *   £49.99 to your Visa card" to a customer who paid by Mastercard ending 7702. A refund goes back by
 *   the means the customer paid (Consumer Rights Act 2015 s.20(16)); told the wrong card, she looks for
 *   it where it will never arrive. A card brand or last four digits named in a sentence about the
 *   refund, not matching any payment method on the orders refunded (or, before any refund, on her
 *   orders), is untrue.
 */
import { splitSentences } from "./case-evidence";
import { clauseBefore } from "./clauses";
import type { ActionRecord, OrderState } from "./engine-types";
import type { PromiseVerdict } from "./promises";
import { quotedSpans } from "./quotations";
import { memoByText } from "./text-memo";

const PLEDGE =
  /\b(?:i|we)(?:\s+can)?(?:\s+(?:personally|absolutely|honestly|fully))?\s+(?:promise|guarantee|assure|swear)\b|\bguarantee(?:d)?\s+it\b|\bi'?d\s+(?:stake|bet)\b/i;
/** Something going wrong never again: "never happen again", "won't ever go wrong again", "nothing like this will ever happen… again". */
const NEVER_AGAIN =
  /\b(?:never|won'?t|will\s+not|nothing\s+like\s+this\s+will)\b(?:\s+[\w'’]+){0,5}?\s+(?:happen|occur|go\s+wrong|fail|break|let\s+you\s+down|be\s+lost|get\s+lost)\w*\b[^.!?\n]{0,40}?\bagain\b/i;
/** What a pledge cannot cover: a clock time ("before 10am"), a product that "will last". */
const BEYOND_CONTROL =
  /\b(?:before|by)\s+\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)\b|\bwill\s+last\b|\blast\s+(?:you\s+)?(?:for\s+)?(?:years|a\s+lifetime|for\s*ever)\b/i;
const HEDGED =
  /\b(?:if|unless|whether|hope\w*|try|trying|aim\w*|do\s+(?:all|everything|what)\b[^.!?\n]{0,20}\bcan|doing\s+(?:all|everything|what)\b[^.!?\n]{0,20}\bcan|make\s+sure|ensure|can'?t\s+(?:promise|guarantee)|cannot\s+(?:promise|guarantee)|not\s+able\s+to\s+(?:promise|guarantee)|wish|would\s+love)\b/i;
const NEGATED_PLEDGE = /\b(?:not|never|no|cannot)\b|n't\b/i;

const toCustomer = (r: ActionRecord) =>
  r.action.type === "send_message" || (r.action.type === "message_person" && r.personRole === "public");

function inQuotes(text: string, at: number): boolean {
  return quotedSpans(text).some((q) => q.start <= at && at < q.end);
}

/** The sentences of a message that pledge what nobody can keep, with the words that do it. */
export function unkeepablePledges(text: string): Pledge[] {
  return pledgeMemo(text);
}
type Pledge = { start: number; end: number; text: string; sentence: string };
// Remembered by text (text-memo.ts): every replay of an attempt reads its messages again.
const pledgeMemo = memoByText(pledgesOf, 500);

function pledgesOf(text: string): Pledge[] {
  const out: { start: number; end: number; text: string; sentence: string }[] = [];
  for (const s of splitSentences(text)) {
    const sentence = text.slice(s.start, s.end);
    if (sentence.includes("?") || HEDGED.test(sentence)) continue;
    const pledge = PLEDGE.exec(sentence);
    if (pledge && NEGATED_PLEDGE.test(clauseBefore(sentence, pledge.index))) continue;
    const never = NEVER_AGAIN.exec(sentence);
    const beyond = pledge ? BEYOND_CONTROL.exec(sentence) : null;
    const hit = never ?? beyond;
    if (!hit || inQuotes(text, s.start + hit.index)) continue;
    out.push({
      start: s.start + hit.index,
      end: s.start + hit.index + hit[0].length,
      text: hit[0],
      sentence: sentence.trim(),
    });
  }
  return out;
}

/** Pledges nobody can keep, made to this customer: each is a promise the business cannot honour. */
export function judgePledges(
  log: readonly ActionRecord[],
  customerRef: string,
  who = "the customer",
): PromiseVerdict[] {
  const out: PromiseVerdict[] = [];
  for (const r of log) {
    if (r.customerRef !== customerRef || !toCustomer(r) || !("text" in r.action)) continue;
    for (const p of unkeepablePledges(r.action.text)) {
      out.push({
        promise: { kind: "pledge", start: p.start, end: p.end, text: p.text, done: false },
        message: r,
        status: "broken",
        action: null,
        explanation: `You promised ${who} what nobody can ("${p.sentence}"): no adviser controls whether a product fails, a parcel goes missing or when a courier calls, so the business cannot honour it. Say what you have done and what you will do, not what can never happen.`,
      });
      break;
    }
  }
  return out.slice(0, 1);
}

const BRANDS: [string, RegExp][] = [
  ["Visa", /\bvisa\b/i],
  ["Mastercard", /\bmaster\s?card\b/i],
  ["American Express", /\b(?:amex|american\s+express)\b/i],
  ["Maestro", /\bmaestro\b/i],
  ["PayPal", /\bpay\s?pal\b/i],
];
const REFUND_SENTENCE =
  /\b(?:refund\w*|money\s+back|reimburs\w*|credited)\b|\bback\s+(?:on|to|onto)\s+(?:your|the)\b/i;
const LAST_FOUR =
  /\b(?:ending(?:\s+in)?|ends\s+in|last\s+(?:four|4)\s+(?:digits\s+)?(?:of\s+)?|card\s+no\.?\s*\**)\s*(\d{4})\b/gi;

/** The payment methods a refund to this customer can go to: the orders refunded, else all their orders. */
function paidWith(
  log: readonly ActionRecord[],
  customerRef: string,
  orders: Record<string, OrderState>,
): string[] {
  const refunded = log
    .filter(
      (r) => r.customerRef === customerRef && r.action.type === "issue_remedy" && r.remedy?.kind === "refund",
    )
    .map((r) => (r.action.type === "issue_remedy" ? orders[r.action.orderRef]?.paymentMethod : undefined))
    .filter((m): m is string => !!m);
  return refunded.length ? refunded : Object.values(orders).map((o) => o.paymentMethod);
}

/** A refund told to this customer as going to a card or account they did not pay with. */
export function judgeCardClaims(
  log: readonly ActionRecord[],
  customerRef: string,
  orders: Record<string, OrderState>,
  who = "the customer",
): PromiseVerdict[] {
  const methods = paidWith(log, customerRef, orders);
  if (!methods.length) return [];
  for (const r of log) {
    if (r.customerRef !== customerRef || !toCustomer(r) || !("text" in r.action)) continue;
    const text = r.action.text;
    for (const s of splitSentences(text)) {
      const sentence = text.slice(s.start, s.end);
      if (sentence.includes("?") || !REFUND_SENTENCE.test(sentence)) continue;
      const wrong: { at: number; text: string }[] = [];
      for (const [, re] of BRANDS) {
        const m = re.exec(sentence);
        if (m && !methods.some((x) => re.test(x))) wrong.push({ at: m.index, text: m[0] });
      }
      for (const m of sentence.matchAll(LAST_FOUR))
        if (!methods.some((x) => x.includes(m[1]!)))
          wrong.push({ at: m.index + m[0].indexOf(m[1]!), text: m[1]! });
      const first = wrong
        .filter((w) => !inQuotes(text, s.start + w.at) && !NEGATED_PLEDGE.test(clauseBefore(sentence, w.at)))
        .sort((a, b) => a.at - b.at)[0];
      if (!first) continue;
      return [
        {
          promise: {
            kind: "payment",
            start: s.start + first.at,
            end: s.start + first.at + first.text.length,
            text: first.text,
            done: true,
          },
          message: r,
          status: "untrue",
          action: null,
          explanation: `You told ${who} the refund goes to "${first.text}" ("${sentence.trim()}"), but they paid with ${[...new Set(methods)].join(" and ")}: a refund goes back the way the customer paid (Consumer Rights Act 2015 s.20(16)), so they would look for it in the wrong place.`,
        },
      ];
    }
  }
  return [];
}
