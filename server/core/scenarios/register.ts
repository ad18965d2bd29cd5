import { blankedOut, emailQuotedLines, quotedSpans } from "./quotations";

/**
 * Text-speak in a written reply to a customer: "soz", "ur", "thx", "tmrw", "gonna". Level 3 marks what
 * a reply does, not its spelling, so a dyslexic learner's "sory" or "appologise" is read as meant
 * (learner-spelling.ts) and never counted here; but these are deliberate abbreviations of a text
 * message, which not every customer reads ("ur", "cos", "tmrw" to an older or ESOL customer), and a
 * professional tone is part of written business communication (the syllabus's "Communication in a
 * business environment": written methods, professional tone). Only whole words, outside quotation
 * marks and an email's quoted thread. What is said on a phone call is not written, so it is not read.
 */
const TEXT_SPEAK =
  /(?<![\w'’-])(?:soz|sozz|u|ur|thx|thanx|thnx|pls|plz|cos|coz|cuz|gonna|wanna|gotta|aint|tmrw|tmr|tomoz|2moro|2day|nite|lol|omg|btw|idk|tbh|b4|gr8|l8r|m8|luv|hun|ppl|msg|txt)(?![\w'’-])/gi;

export type TextSpeak = { text: string; start: number; end: number };

/** Each text-speak word in the learner's own words of `text`, in order. */
export function textSpeakIn(text: string): TextSpeak[] {
  const own = blankedOut(text, [...quotedSpans(text), ...emailQuotedLines(text)]);
  return [...own.matchAll(TEXT_SPEAK)].map((m) => ({
    text: m[0],
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
  }));
}

/** How many text-speak words make a reply's register a feedback point (one "u" may be a slip). */
export const TEXT_SPEAK_MIN = 2;

export const TEXT_SPEAK_FEEDBACK =
  'What your replies do for the customer is marked in full elsewhere; this point is about how they read. Text-speak ("u", "ur", "soz", "thx", "tmrw") is how we message friends, not customers: not every customer reads it, and in writing it sounds as if the problem matters less. Spell words out and keep the warmth: "Sorry your kettle isn\'t heating. You\'re still covered, so I\'m sending you a new one today."';
