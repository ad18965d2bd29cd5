/**
 * Actions against words, the other way round from promises.ts: a remedy issued on the system that no
 * message ever told the customer about. The S of LASS is telling the customer what you are doing to put
 * it right; a refund they learn of only from their bank statement leaves them waiting and chasing (the
 * lead's mutation check, 5 December: the kettle model answer with every sentence about the refund taken
 * out kept 95% Distinction). Only for customers the learner wrote to: one never written to is marked
 * by the message criteria already.
 */
import { formatPence } from "../money";
import type { ActionRecord } from "./engine-types";
import { readableText } from "./learner-spelling";

/**
 * Words that tell a customer what was put right: the remedy named in any everyday way ("a brand new
 * Aurora", "your money back", "£44.99 back on your card", "a code for 15% off", "the courier will
 * collect it"). Deliberately broad: this asks only whether the customer was told at all.
 */
const TELLS_REMEDY =
  /\brefund\w*|\bmoney\b[^.!?\n]{0,20}\bback\b|\bback (?:on|to|into) your\b|\breimburs\w*|\breplac\w*|\brepair\w*|\b(?:a|another|brand) new\b|\banother one\b|\bvouchers?\b|\bcredit\w*|\bgoodwill\b|\bgesture\b|£\s?\d|\bcode\b|%\s*off\b|\bper\s?cent off\b|\bfree (?:delivery|postage|shipping)\b|\bre-?sen[dt]\w*|\bpa(?:id|y) (?:you |it )?back\b|\bon (?:its|their) way\b|\bcollect\w*|\bcourier\b/i;

const spoken = (r: ActionRecord) =>
  r.action.type === "send_message" || (r.action.type === "message_person" && r.personRole === "public");

/** Does this message tell its customer about a remedy: the case's declared fix, an offer, or the remedy named? */
function tellsRemedy(r: ActionRecord): boolean {
  if (!("text" in r.action) || typeof r.action.text !== "string") return false;
  if (r.reading?.hits.some((h) => h.kind === "fix")) return true;
  if (r.analysis?.labels.includes("offer")) return true;
  // As written and as read ("refnd" is a refund to the learner who typed it and to the customer).
  return TELLS_REMEDY.test(r.action.text) || TELLS_REMEDY.test(readableText(r.action.text).text);
}

function describe(r: ActionRecord): string {
  const m = r.remedy!;
  if (m.kind === "refund" && m.amountPence > 0) return `a refund of ${formatPence(m.amountPence)}`;
  return m.kind === "goodwill" ? "a goodwill gesture" : `a ${m.kind}`;
}

/**
 * The remedies issued to customers the learner wrote to, where no message to that customer (before or
 * after) names it, each as "a refund of £44.99 for CUS-2041". Empty when every remedy was told.
 */
export function remediesNeverTold(log: readonly ActionRecord[]): { ref: string; what: string }[] {
  const out: { ref: string; what: string }[] = [];
  for (const r of log) {
    if (r.action.type !== "issue_remedy" || !r.remedy || !r.customerRef) continue;
    const ref = r.customerRef;
    const toThem = log.filter((m) => m.customerRef === ref && spoken(m));
    if (toThem.length === 0 || toThem.some(tellsRemedy)) continue;
    out.push({ ref, what: describe(r) });
  }
  return out;
}
