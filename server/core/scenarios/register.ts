import { sympatheticEndearments } from "../analysis";
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

export type TextSpeak = { text: string; start: number; end: number; kind?: RegisterSlip };

/** What makes a written reply read like a text to a friend: text-speak words, emoji, sign-off kisses. */
export type RegisterSlip = "text-speak" | "emoji" | "kisses" | "endearment";

/** Each match of `re` in the learner's own words of `text` (not quoted, not an email's quoted thread). */
function ownMatches(text: string, re: RegExp): TextSpeak[] {
  const own = blankedOut(text, [...quotedSpans(text), ...emailQuotedLines(text)]);
  return [...own.matchAll(re)].map((m) => ({
    text: m[0],
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
  }));
}

/** Each text-speak word in the learner's own words of `text`, in order. */
export function textSpeakIn(text: string): TextSpeak[] {
  return ownMatches(text, TEXT_SPEAK);
}

/** How many text-speak words make a reply's register a feedback point (one "u" may be a slip). */
export const TEXT_SPEAK_MIN = 2;

export const TEXT_SPEAK_FEEDBACK =
  'What your replies do for the customer is marked in full elsewhere; this point is about how they read. Text-speak ("u", "ur", "soz", "thx", "tmrw") is how we message friends, not customers: not every customer reads it, and in writing it sounds as if the problem matters less. Spell words out and keep the warmth: "Sorry your kettle isn\'t heating. You\'re still covered, so I\'m sending you a new one today."';

/**
 * Emoji (one sequence, joined or skin-toned, counts once) and kisses ("x", "xx" at the end of a line, a
 * sign-off) in the learner's own words. Kisses are never a professional sign-off; emoji in a reply that
 * apologises to a customer the learner has never met are the register of a message to a friend, as
 * text-speak is (red-team round 13 A,
 * complaint-r13-kisses-emoji: "So so sorry 🙏🙏… Take care, Alex xx ☕"). Ticks and crosses (✓ ✔ ✗ ✘),
 * used in lists, and the review site's stars are not emoji here.
 */
const EMOJI =
  /(?:[\u{1F000}-\u{1FAFF}]|[\u{2600}-\u{2604}\u{2607}-\u{2712}\u{2719}-\u{27BF}])(?:\u{FE0F}|[\u{1F3FB}-\u{1F3FF}]|\u{200D}(?:[\u{1F000}-\u{1FAFF}]|[\u{2600}-\u{27BF}])\u{FE0F}?)*/gu;
const KISSES = /(?<![\w'’-])x{1,4}(?=(?:\s|\u{FE0F}|[\u{1F000}-\u{1FAFF}\u{2600}-\u{27BF}])*$)/gimu;

/**
 * Text-speak, emoji and sign-off kisses in the learner's own words of `text`, in order. Emoji only when
 * `emoji` is set: the caller counts them in a message that apologises (a reply about something that
 * went wrong), not in a cheerful welcome or loyalty note, where a brand's ☕ or ✨ is ordinary.
 */
export function registerSlipsIn(text: string, opts: { emoji: boolean } = { emoji: true }): TextSpeak[] {
  const found = (re: RegExp, kind: RegisterSlip) => ownMatches(text, re).map((w) => ({ ...w, kind }));
  return [
    ...textSpeakIn(text).map((w) => ({ ...w, kind: "text-speak" as const })),
    ...(opts.emoji ? found(EMOJI, "emoji") : []),
    ...found(KISSES, "kisses"),
    ...endearmentsIn(text),
  ].sort((a, b) => a.start - b.start);
}

/**
 * "Oh no, Linda, love, not again." in writing: sympathy, so not a respect breach (the lead's decision of
 * session 38, respect-tone.ts `sympatheticEndearments`), but "love", "pet", "hun" to a customer the learner
 * has never met is the register of a chat with a friend, so one costs the register point as emoji and
 * kisses do. An endearment joined to a correction or a put-down is the respect gate's, not this point's.
 */
export function endearmentsIn(text: string): TextSpeak[] {
  const own = [...quotedSpans(text), ...emailQuotedLines(text)];
  const inQuote = (at: number) => own.some((q) => at >= q.start && at < q.end);
  return sympatheticEndearments(text)
    .filter((e) => !inQuote(e.start))
    .map((e) => ({ ...e, kind: "endearment" as const }));
}

/** One endearment makes the register point (a kind word, but not a professional one); other slips need two. */
export function registerPointMissed(slips: readonly TextSpeak[]): boolean {
  return slips.length >= TEXT_SPEAK_MIN || slips.some((s) => s.kind === "endearment");
}

export const REGISTER_FEEDBACK =
  'What your replies do for the customer is marked in full elsewhere; this point is about how they read. Emoji, kisses ("xx"), text-speak ("u", "ur", "soz") and endearments ("love", "hun") are how we message friends, not customers: to an upset customer you have never met they read as over-familiar, as if the problem matters less. Keep the warmth in words: "I\'m so sorry your kettle let you down. I\'ve refunded the full £44.99 today. Kind regards, Alex".';

/**
 * Provisions of the law cited by number in the learner's own words ("section 24(5)", "s.24(10)",
 * "regulation 29", "Article 15(3)"). One in a reply is a reference a customer can look up; three or more
 * in one message read the law out instead of saying what it means for them (a legal wall: red-team
 * round 13 A, repeat-fault-r13-legal-wall, the Consumer Rights Act recited section by section on a call).
 */
const CITATION =
  /(?<![\w])(?:sections?|ss?\.|regulations?|regs?\.|articles?|arts?\.|schedule|paragraph|para\.)\s?\d+[A-Z]?(?:\(\d+[A-Za-z]?\))*(?:\([a-z]\))?/gi;

export function statuteCitationsIn(text: string): TextSpeak[] {
  return ownMatches(text, CITATION);
}

/** How many provisions cited in one message make it a legal wall. */
export const LEGAL_WALL_MIN = 3;
