/**
 * Personal data a message asks the customer for that nothing in these scenarios needs: a password or
 * PIN, a full card number or its security code, bank details, an identity document, a National
 * Insurance number, a date of birth or a mother's maiden name. Collecting data that is not needed
 * breaks data minimisation (UK GDPR Art 5(1)(c)); asking for a password or a full card number by
 * email, text or chat also breaks security (Art 5(1)(f), Art 32). Identity is checked with details the
 * record already holds (the scenarios' policy: two of them, given by the customer; ICO, "Right of
 * access": ask only for what you need to confirm who they are, reasonably and proportionately), and
 * no customer record here holds a date of birth or a document number. Red-team round 14 B
 * (onboarding-r14-asks-dob-and-card, dp-r14-asks-password-and-card).
 *
 * Not read: "the last four digits of your card" (a partial check that exposes nothing); a clause that
 * negates the request ("we will never ask for your password", "please don't send your card number");
 * quoted words; a mention that is not a request ("your date of birth is not something we hold").
 */
import { clauseBefore } from "./clauses";
import { ownWords, sentencesOf } from "./own-words";

export type DataRequest = { start: number; end: number; text: string; item: string };

const ITEMS: { item: string; re: RegExp }[] = [
  {
    item: "a password or PIN",
    re: /\b(?:(?:account|login|online)\s+)?(?:password|passcode|pass code|login details)\b|\bpin (?:number|code)\b/gi,
  },
  { item: "a password or PIN", re: /\bPIN\b/g },
  {
    item: "a full card number",
    re: /\b(?:full|long|whole|complete|16[- ]digit|sixteen[- ]digit)\s+(?:card\s+)?number\b|\b(?:full|complete)\s+card details\b|\bcard number\b|\bnumber (?:on|from|of) (?:the front of )?(?:your|the) (?:\w+ )?card\b/gi,
  },
  { item: "a card security code", re: /\b(?:security code|CVV|CVC|CV2|(?:three|3) digits on the back)\b/gi },
  {
    item: "bank details",
    // Bank details in plain words as well as the form's (red-team round 22 A, complaint-r22-bank-info-instead:
    // "your bank info (the account no. and the 6 digit branch code)"): the bank's or banking info,
    // information or details, a bank account's number however written, a sort or branch code, an IBAN.
    re: /\b(?:sort[- ]?code|branch code|iban|bank(?:ing)? (?:info|information|details)|bank account (?:details|info|information|number|num|no\.?(?=\s|$|[),;:]))|account number and sort code)(?=\W|$)/gi,
  },
  { item: "an identity document", re: /\b(?:passport|driving licen[cs]e|driver's licen[cs]e|photo ID)\b/gi },
  { item: "a National Insurance number", re: /\bnational insurance number\b|\bNI number\b/gi },
  { item: "a date of birth", re: /\bdate of birth\b|\bD\.?O\.?B\.?\b|\bbirth ?date\b/g },
  { item: "a mother's maiden name", re: /\bmother's maiden name\b/gi },
];

/**
 * Words that ask the customer to give something. Also the request put as what someone else wants: "For the
 * data team to release a full copy they'll also want a scan of your passport" (red-team round 25 B,
 * dp-r25-passport-then-forty-days): they, we, a team or "it" wanting or requiring it asks her for it as
 * surely as "please send" (UK GDPR Art 5(1)(c); Art 12(6): only what is necessary to confirm identity).
 */
const REQUEST =
  /\b(?:(?:they|we|it|(?:our|the)\s+(?:[\w-]+\s+){0,2}?(?:team|department|lead|officer|manager)s?)(?:['\u2019]ll|\s+will|['\u2019]d|\s+would|\s+may|\s+might)?\s+(?:also\s+|just\s+|first\s+|still\s+)?(?:want|wants|require|requires)|please|can you|could you|would you|will you|i(?:'ll| will)? need|we(?:'ll| will)? need|i just need|just need|need you to|reply with|send (?:me|us|over)|(?:e-?mail|text|message|dm|drop|ping|whatsapp) (?:me|us)|type|give (?:me|us)|tell (?:me|us)|confirm|provide|let (?:me|us) have|what(?:'s| is) your|pop|include|enter)\b/gi;

/**
 * A full stop after a short form ("account no. and the branch code", "tel. number") does not end the
 * request's sentence: the item after it is still what the request asks for.
 */
const SHORT_FORM_END = /\b(?:no|nos|acc|a\/c|tel|ref|approx|e\.g|i\.e|etc)\.$/i;

/** sentencesOf, with a sentence that ends on a short form's full stop joined to the next. */
function requestSentences(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const s of sentencesOf(text)) {
    const last = out[out.length - 1];
    if (last && SHORT_FORM_END.test(text.slice(last.start, last.end).trimEnd())) last.end = s.end;
    else out.push({ ...s });
  }
  return out;
}

const NEGATED = /\b(?:not|never|no)\b|n't\b/i;
/** Said to be needed after the item is named, in the same clause (round 25 B). */
const NEEDED_AFTER =
  /^[^,;:]{0,40}?\b(?:will|would|is|are|['\u2019]s|['\u2019]ll)\s+(?:also\s+|still\s+)?(?:be\s+)?(?:needed|required|necessary)\b/i;
const PARTIAL_CARD = /\blast (?:four|4|two|2) digits\b/i;

/** Requests for personal data nothing here needs, each with the item asked for. Empty when none. */
export function unneededDataRequested(text: string): DataRequest[] {
  const readable = ownWords(text);
  const out: DataRequest[] = [];
  for (const s of requestSentences(readable)) {
    const sentence = readable.slice(s.start, s.end);
    for (const { item, re } of ITEMS) {
      for (const m of sentence.matchAll(re)) {
        const before = sentence.slice(0, m.index);
        const asks = [...before.matchAll(REQUEST)].pop();
        if (!asks) {
          // The item named first, then said to be needed: "A copy of your passport will be needed".
          const after = sentence.slice((m.index ?? 0) + m[0].length);
          if (NEEDED_AFTER.test(after) && !NEGATED.test(sentence))
            out.push({
              start: s.start + (m.index ?? 0),
              end: s.start + (m.index ?? 0) + m[0].length,
              text: sentence.trim(),
              item,
            });
          continue;
        }
        // From the clause the request starts in up to the item: "please don't send your card number".
        const span = clauseBefore(before, asks.index) + before.slice(asks.index);
        // "account no." is a short form, not a "no" that negates the request.
        if (NEGATED.test(span.replace(/\bno\.(?=\s)/gi, ""))) continue;
        if (item === "a full card number" && PARTIAL_CARD.test(sentence)) continue;
        out.push({
          start: s.start + m.index,
          end: s.start + m.index + m[0].length,
          text: sentence.trim(),
          item,
        });
      }
    }
  }
  return out;
}
