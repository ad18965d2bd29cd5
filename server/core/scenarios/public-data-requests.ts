/**
 * A public reply that asks the customer to post their personal data where everyone can read it: "If you
 * pop your order number and the email on your account in a comment below, I'll track it down", "Could
 * you reply here with the postcode on your account?" (red-team rounds 16 and 18 A,
 * review-r16-asks-details-in-public, review-r18-order-number-below). The reply itself gives nothing
 * away, but it invites a disclosure to every reader of the review site. Data minimisation and security
 * (UK GDPR Art 5(1)(c), (f)) cover what we ask for and where we ask for it; the ICO's guidance on
 * handling complaints on social media and the shop's own public-reply policy say to move to a private
 * channel first ("offer to continue by email or phone").
 *
 * Read a sentence at a time, in the learner's own words: a request to the customer (a question with
 * "you", "if you…", "please…", or an imperative) to put, post, reply with, share, leave or add
 * something, and within it one of their details (an order number, an email address, a postcode or
 * address, a phone number, account details, a full name or surname, card details, a date of birth).
 * Not when the same sentence sends it somewhere private ("by email", "in a DM", "message us",
 * "privately", an email address), when the request is negated ("please don't post your order number
 * here"), or when the verb is one that goes privately by itself (send, email, message, DM: "could you
 * send us your order number" names no public place). The criterion decides where the words were
 * said: only a public reply asks in public.
 */
import { clauseBefore } from "./clauses";
import { ownWords, sentencesOf } from "./own-words";

export type PublicDataRequest = { start: number; end: number; text: string };

/** A request to the customer to put something somewhere, ending at its verb. */
const ASK =
  /(?:\b(?:could|can|would|will)\s+you\s+(?:please\s+|just\s+|kindly\s+)?(?:be\s+able\s+to\s+|mind\s+)?|\b(?:are|were)\s+you\s+able\s+to\s+|\bif\s+you(?:\s+(?:could|can|would|wouldn't\s+mind|don't\s+mind))?\s+(?:please\s+|just\s+)?|\bplease\s+(?:could\s+you\s+)?(?:just\s+)?|^\s*(?:just\s+)?)(?:pop(?:ping)?|post(?:ing)?|leav(?:e|ing)|shar(?:e|ing)|drop(?:ping)?|put(?:ting)?|add(?:ing)?|repl(?:y|ying)|comment(?:ing)?|type|write|include|giv(?:e|ing)\s+us|tell\s+us|let\s+us\s+(?:have|know))\b/gi;
/** One of the customer's details, as "your …" or "the … on your account". */
const DETAIL =
  /\b(?:your|the)\s+(?:[\w-]+\s+){0,2}?(?:order\s+(?:number|no\.?|ref(?:erence)?)|e-?mail(?:\s+address)?|post\s?code|(?:home\s+|postal\s+|delivery\s+)?address|(?:phone|mobile|contact|telephone)\s+number|account\s+(?:number|details|e-?mail)|surname|full\s+name|card\s+(?:number|details)|date\s+of\s+birth)\b/i;
/** Somewhere private named in the same sentence. */
const PRIVATE =
  /\b(?:by|via|over|through|in\s+an?|on)\s+(?:e-?mail|dm|direct\s+message|private\s+message|pm|phone)\b|\b(?:e-?mail|dm|message|pm|ring|call)\s+us\b|\bprivate(?:ly)?\b|\binbox\b|\bdirect(?:ly)?\s+message\b|\S+@\S+\.\w+/i;
const NEGATED = /\b(?:not|never|no\s+need)\b|n't\b/i;

/** Sentences that ask the customer to post their personal data (meant for a public reply). */
export function publicDataRequests(text: string): PublicDataRequest[] {
  const readable = ownWords(text);
  const out: PublicDataRequest[] = [];
  for (const s of sentencesOf(readable)) {
    const sentence = readable.slice(s.start, s.end);
    if (PRIVATE.test(sentence)) continue;
    for (const ask of sentence.matchAll(ASK)) {
      const after = sentence.slice(ask.index + ask[0].length, ask.index + ask[0].length + 80);
      const detail = DETAIL.exec(after);
      // The detail is what is to be put there, not where or about what: "reply to the email I sent to
      // the address on your account" asks for nothing.
      // "Reply to this with your postcode": what follows "with" is what is to be put there, whatever
      // public thing the reply is to (red-team round 20 D, review-r20d-postcode-in-the-replies); a reply to
      // an email or message stays private.
      if (!detail) continue;
      const lead = after.slice(0, detail.index);
      const putWith =
        /\b(?:with|giving|including)\s+$/i.test(lead) && !/\b(?:e-?mail|message|dm|letter)\b/i.test(lead);
      if (/\b(?:to|at|from|about|for|on)\b/i.test(lead) && !putWith) continue;
      if (NEGATED.test(clauseBefore(sentence, ask.index) + ask[0])) continue;
      out.push({ start: s.start, end: s.end, text: sentence.trim() });
      break;
    }
  }
  return out;
}
