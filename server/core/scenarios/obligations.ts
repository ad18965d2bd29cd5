/**
 * One reader of who is obliged to do what before which remedy (session 36). Twenty red-team rounds found
 * cheats that put something on the customer before her remedy getting through when rephrased: each fix
 * read one family of phrasings (condition-clauses.ts, remedy-conditions.ts, repair-first.ts,
 * review-incentives.ts, rights-waiver.ts, obstruction-kinds.ts). This reader finds the three parts of any
 * such clause in a message, in any order and across two sentences:
 *
 * (a) the remedy or right at stake: a refund, replacement or repair, the customer's data (a subject
 *     access request and its one-month clock), her removal from marketing, the double payment;
 * (b) the act put on her, or the precondition: the box or receipt, proof the fault was not hers, another
 *     repair or look first, contacting the maker, changing or removing a review, dropping the complaint,
 *     paying a fee, a form, letter or phone call, a reason, a link or setting to stop marketing herself;
 * (c) the link that makes (a) wait on (b): a condition or time clause ("once", "as soon as", "provided",
 *     "as long as", "subject to", "pending", "on removal of", "the minute"…), a refusal until or without
 *     it ("won't… until", "can't… unless", "Without that I'm not able to…"), the act before the remedy
 *     ("…before any money can go back"), the act first ("first… then"), or the act asked for in the same
 *     breath as the remedy ("the refund's doable, just need you to dig out the original box first").
 *
 * Each find names its kind, the three parts, the words (evidence span) and a reason a tutor can read,
 * with the law it breaks (KIND_LAW). Not read: the act negated or set aside ("you don't need the box",
 * "no need to contact the manufacturer"), the link denied ("your refund isn't waiting on it", "whether or
 * not you change your review"), the act left to her choice ("if you'd rather we had another go"), our own
 * acts ("once I've processed it you'll see it in 3-5 days"), lawful conditions (the goods collected before
 * the refund, CRA 2015 s.20(7)(b); "any box will do"), what other shops say, and quoted words.
 *
 * The kinds are wired to the scenario lists through the reader names they stand beside (OBLIGATION_READERS
 * in case-evidence.ts, and the readers this one folds into): a scenario lists only what is unlawful for
 * its customer, so a repair first, lawful for Ravi on day 31 (s.23), is read only for Priya, Linda and
 * Joanne.
 */
import { CHANGE_OF_MIND, DOES_NOT_MATTER, NEGATED_THING, REPORTED } from "./condition-clauses";
import { sentencesOf } from "./own-words";

export type ObligationKind =
  | "thing"
  | "repair-first"
  | "fault-proof"
  | "manufacturer"
  | "review"
  | "waiver"
  | "fee"
  | "route"
  | "self-service";

type Span = { start: number; end: number; text: string };
export type Obligation = {
  kind: ObligationKind;
  remedy: Span;
  act: Span;
  link: Span;
  /** The words from the first of the three parts to the last. */
  start: number;
  end: number;
  text: string;
  /** For the tutor: who was made to do what before which remedy, and the rule. */
  reason: string;
};

/** The law each kind breaks (shown with the reason). */
export const KIND_LAW: Record<ObligationKind, string> = {
  thing:
    "CRA 2015 s.20 and s.31(2)(b): rejecting faulty goods needs no box, packaging or receipt, and a remedy cannot be made subject to a restrictive or onerous condition",
  "repair-first":
    "CRA 2015 s.20, s.22(3) and s.24(5): inside 30 days, or after one failed repair, the refund is hers to claim; another repair or inspection cannot be put first",
  "fault-proof":
    "CRA 2015 s.19(14)-(15): a fault that shows within six months is taken to have been there at delivery; it is for the shop, not her, to prove otherwise",
  manufacturer:
    "CRA 2015 s.9, s.19(1)-(3) and s.23: her remedy is with the shop that sold the goods; a maker's guarantee is extra (s.30)",
  review:
    "DMCCA 2024 Sch 20 para 13 and CMA guidance on fake reviews (CMA208): making a complaint's resolution wait on a review suppresses genuine reviews; the remedy is owed whatever she writes (CRA 2015 s.31(2)(b))",
  waiver:
    "CRA 2015 s.31(1)-(2): a term that excludes or restricts her rights or remedies, or her pursuing them, does not bind her; saying so misleads about her rights (DMCCA 2024 s.226)",
  fee: "UK GDPR Art 12(5): acting on a data subject's request is free of charge; CRA 2015 s.20(8) and s.20(18): rejecting faulty goods costs her nothing and no fee may be charged on the refund",
  route:
    "UK GDPR Art 12(2), Art 15 and Art 21(2)-(3): a request or objection may be made by any channel and must be facilitated; no form, letter, call or reason may be insisted on (ICO guidance on the right of access)",
  "self-service":
    "UK GDPR Art 7(3), Art 12(2) and Art 21(3): once she has objected, stopping the marketing is the shop's to do, not hers (ICO \"Respect people's preferences\")",
};

const ACT_WORDS: Record<ObligationKind, string> = {
  thing: "the box, packaging or a receipt",
  "repair-first": "another repair or look first",
  "fault-proof": "proof that the fault was not hers",
  manufacturer: "going to the manufacturer",
  review: "changing or removing her review",
  waiver: "dropping her complaint or rights",
  fee: "paying a fee",
  route: "a form, letter, call or reason",
  "self-service": "stopping the marketing herself",
};

/** The remedy or right at stake. */
const REMEDY = new RegExp(
  [
    String.raw`\b(?:refund\w*|reimburs\w*|replac\w*|new\s+one|price\s+reduction|(?:paid|pay|paying)\s+(?:you\s+)?(?:out|back)|money(?:\s+back)?|double\s+(?:charge|payment)|duplicate\s+payment)`,
    String.raw`£\s?\d[\d.,]*`,
    String.raw`\b(?:book|arrange|do|carry\s+out)\s+(?:the|a|your)\s+repair`,
    String.raw`\b(?:gets?|got)\s+(?:this\s+|it\s+|that\s+|everything\s+)?sorted|\bput\s+(?:it|this|things)\s+right`,
    String.raw`\byour\s+(?:data|information|informations|file|personal\s+data|copy)|\b(?:the|your)\s+request|\brequests\b|\bcountdown|\b(?:one[- ]month\s+)?clock\b|\bstart\s+on\s+(?:it|them|your)`,
    String.raw`\bremov(?:e|al|ed|ing)\b|\btaken?\s+(?:you\s+)?off\b|\bstop\s+(?:the|your|our)\s+(?:e-?mails|marketing|newsletters?|texts|offers)|\bunsubscrib\w*`,
  ].join("|"),
  "gi",
);
/** A remedy the repair-first kind can wait on: money, not the repair itself. */
const MONEY_REMEDY = /refund|reimburs|money|paid|pay|price\s+reduction|double|duplicate|£/i;

/** The acts and preconditions, by kind. */
const ACTS: [ObligationKind, RegExp][] = [
  [
    "thing",
    /\b(?:(?:original|orig\.?|its|the|your|her)\s+(?:own\s+)?(?:box|packaging|packing|carton)|boxed(?:\s+up)?|(?:box|packaging)\s+it\s+(?:originally\s+)?came\s+in|receipts?(?!\s+(?:of|for\s+a\s+refund))|proof\s+of\s+(?:purchase|payment))\b/gi,
  ],
  [
    "repair-first",
    new RegExp(
      [
        String.raw`\b(?:another|one\s+more|a\s+second|a\s+further|one\s+last|a\s+last|a\s+final|a\s+quick)\s+(?:go|look(?:-over)?|try|attempt|repair|chance|shot|fix|once-over|look\s+over|check)\b`,
        String.raw`\b(?:once-over|look-over|check-over)\b`,
        String.raw`\b(?:attempt\w*|try|tries|trying)\s+(?:to\s+|and\s+)?(?:a\s+)?(?:fix|repair|mend|sort)\w*`,
        String.raw`\brepair\s+(?:has|have|had)\s+been\s+(?:attempted|tried|carried\s+out|done)`,
        String.raw`\b(?:try|tries)\s+(?:\w+\s+){0,3}(?:more|again)\s+to\s+(?:repair|fix|mend)`,
        String.raw`\b(?:engineers?|technicians?|workshop|repair\s+team)\s+(?:\w+\s+){0,3}?(?:have|has|had)\s+(?:had\s+)?(?:a\s+)?(?:look|go|check|inspect\w*)`,
        String.raw`\b(?:have|has|had|give|gives)\s+(?:it\s+)?(?:a\s+)?(?:look|inspect\w*|check)\s+(?:at\s+it\s+)?(?:first|again)`,
        String.raw`\b(?:inspect\w*|assess\w*)\s+(?:it|the\s+\w+)\s+first`,
      ].join("|"),
      "gi",
    ),
  ],
  [
    "fault-proof",
    new RegExp(
      [
        String.raw`\b(?:prove|proof|proving|show|showing|confirm|evidence|report|something|sumthing|anything|letter|note|declaration|statement)\b[^.!?\n]{0,60}?\b(?:wasn['\u2019]?t|was\s+not|isn['\u2019]?t|not\s+(?:caused|down\s+to|due\s+to|your)|limescale|descal\w*|misuse\w*|mis-?used|broke\s+it|your\s+(?:fault|doing)|(?:been\s+)?(?:used|cleaned|looked\s+after|maintained)\b[^.!?\n]{0,25}?\b(?:properly|correctly|in\s+line\s+with|as\s+(?:instructed|directed)|according\s+to))`,
        // The fault itself for her to have proved by someone else (s.19(14)-(15) puts that on the shop):
        // "get a little report off them saying it's the pump again".
        String.raw`\b(?:report|letter|note|something|proof|evidence)\s+(?:\w+\s+){0,3}?(?:saying|showing|confirming|that\s+says|to\s+say)\s+(?:it['\u2019]s|it\s+is|what|the\s+fault|that\s+it)`,
        String.raw`\b(?:get|have)\s+it\s+(?:looked\s+at|checked|inspected|assessed|tested)\s+by\s+(?:a|an|your)\s+(?:own\s+|local\s+|independent\s+)?(?:repair\w*|engineer|electrician|technician)`,
      ].join("|"),
      "gi",
    ),
  ],
  [
    "manufacturer",
    /\b(?:ring|call|phone|contact|register\s+(?:a\s+)?claim|claim|email|e-mail|get\s+in\s+touch|speak|talk|write|go\s+back|send\s+it)\b[^.!?\n]{0,25}?\b(?:the\s+)?(?:makers?|manufacturers?|brand)\b|\b(?:handled|dealt\s+with|covered|looked\s+after|sorted)\s+by\s+the\s+(?:makers?|manufacturers?)\b/gi,
  ],
  [
    "review",
    /\b(?:soften\w*|delet\w*|remov\w*|amend\w*|edit\w*|chang\w*|updat\w*|tak(?:e|ing|en)\s+down|pull\w*|withdraw\w*|tone\w*\s+down)\s+(?:(?:of\s+)?(?:that|the|your|her|this)\s+)?(?:(?:one|1|two|2)[- ]star|(?:\w+\s+){0,2}?(?:review|rating|post))\w*|\b(?:review|rating|one[- ]star|post\s+of\s+yours|post)\b[^.!?\n]{0,30}?\b(?:come|comes|coming|came|taken|be\s+taken|is\s+taken)\s+down\b|\b(?:removal|amendment|deletion|withdrawal)\s+of\s+(?:(?:the|your|her)\s+)?(?:\w+\s+)?(?:review|rating|post)\b/gi,
  ],
  [
    "waiver",
    /\b(?:complaint|claim|matter|case)\s+(?:is|being|has\s+been|be)\s+(?:withdrawn|dropped|closed|abandoned)\b|\b(?:agree\w*|promis\w*|confirm\w*)\s+(?:to\s+|that\s+)?(?:close|drop|withdraw|end|(?:this|it)\s+(?:closes|ends|settles))\b[^.!?\n]{0,25}?\b(?:complaint|claim|matter|case|it)\b|\b(?:close|drop|withdraw|abandon)\s+(?:the|your|this)\s+(?:complaint|claim|case|matter)\b|\bthis\s+(?:closes|ends|settles)\s+(?:the|this|your)\s+(?:matter|complaint|case)\b/gi,
  ],
  [
    "fee",
    /£\s?\d[\d.,]*\s+(?:(?:processing|admin|administration|handling|inspection|restocking|request|call-out|collection|booking)\s+)?(?:fee|charge)\b|\b(?:processing|admin|administration|handling|inspection|restocking|request|call-out|collection|booking)\s+(?:fee|charge)\b|\b(?:fee|charge)\s+of\s+(?:£\s?)?\d+|\bpay\s+(?:\w+\s+){0,2}?(?:the\s+)?fee\b/gi,
  ],
  [
    "route",
    /\b(?:(?:request|online|paper|the|a|our)\s+)?form\b(?!\s+of)|\b(?:signed\s+)?letter\b|\bin\s+writing\b|\bby\s+post\b|\b(?:ring|rung|call|called|phone|phoned)\s+(?:our|the|us|in)\b(?!\s+(?:makers?|manufacturers?|brand))|\btell\s+us\s+(?:what|why)\s+you\s+(?:need|want)\b/gi,
  ],
  [
    "self-service",
    /\b(?:the\s+)?link\b|\buntick\w*|\b(?:account|email|marketing)\s+settings\b|\bpreferences?\s+(?:page|centre)\b|\blog(?:ging)?\s+in\b|\breply(?:ing)?\s+stop\b/gi,
  ],
];

/** The link: a condition or time clause whose own clause holds the act. */
const CONDITION =
  /\b(?:only\s+(?:[\w'\u2019]+\s+){0,3}?(?:if|once|when|after)|once|as\s+soon\s+as|when(?:ever)?|after|if|provided(?:\s+that)?|providing|as\s+long\s+as|so\s+long\s+as|the\s+(?:moment|minute|second|instant|day)|upon|on\s+condition(?:\s+that)?|in\s+(?:return|exchange)\s+for|subject\s+to|pending|following|on\s+(?:removal|return|receipt|payment|completion)\s+of)\b/gi;
/** A refusal lifted only by the act: "won't… until", "can't… unless", "Without that I'm not able to". */
const UNLESS = /\b(?:until|till|unless|without)\b/gi;
const REFUSED = /n['\u2019]?t\b|\bnot\b|\bunable\b|\bcannot\b|\bno\s+way\b/i;
const BEFORE = /\b(?:before|prior\s+to)\b/gi;
/** The act asked for in the remedy's breath: a need, an instruction, a request. */
const DEMAND =
  /\b(?:(?:just\s+)?need\s+(?:you|u)\s+to|(?:you|u)(?:['\u2019]ll|\s+will|['\u2019]d|\s+would)?\s+(?:just\s+)?(?:need|have)\s+to|(?:you|u)\s+must|must\s+(?:first\s+)?(?:pay|send|provide|show|fill|complete|confirm|contact|ring|call)|please|pls|plz|could\s+you|can\s+you|would\s+you\s+(?:mind|consider|be\s+able\s+to)|(?:we|i)(?:['\u2019]d|\s+would|['\u2019]ll|\s+will)?\s+(?:need|want|require|ask(?:\s+that)?)|we\s+(?:just\s+)?ask\s+that\s+you|needs\s+you\s+to|all\s+(?:it|that|we|I)\s+needs?\s+(?:now\s+|still\s+)?is|the\s+only\s+thing\s+(?:we\s+need|needed|left|missing)\s+is|(?:it|that)\s+just\s+needs|what\s+(?:I|we)(?:['\u2019]ll|\s+will|['\u2019]d|\s+would)?\s+need\s+is|get\s+you\s+to|best\s+thing\s+is\s+to|there['\u2019]?s\s+(?:an?\s+)?(?:£\s?\d[\d.,]*\s+)?\w*\s*(?:fee|charge)\s+to\s+pay)\b/i;
const FIRST = /\bfirst\b/i;
/** A clause ends at these; a condition's clause does not run into the next one. */
const CLAUSE_END =
  /[;:\u2013\u2014]|,\s*(?:and|but|so|then)\b|\s-\s(?=\S)|\b(?:but|so)\b|\band\s+(?:then|you|we|I|they)\b|,/i;
/** Words pointing back to an act said just before: "once that's in", "Without that…", "before I do". */
const ANAPHOR = /^\s*(?:that|this)\b|^\s*(?:i|we)\s+do\b/i;

/** The link denied, or the act left to her: nothing waits on it. */
const DENIED_LINK =
  /\b(?:isn['\u2019]?t|is\s+not|won['\u2019]?t\s+be|not)\s+waiting\s+(?:on|for)\b|\bdoes(?:n['\u2019]?t|\s+not)\s+depend\b|\bwon['\u2019]?t\s+hold\s+(?:up|back)\b|\bwhether\s+or\s+not\b|\beither\s+way\b|\bregardless\b|\bno\s+matter\s+(?:what|whether)\b/i;
const CHOICE =
  /\b(?:up\s+to\s+you|your\s+(?:choice|call|decision)|no\s+pressure|feel\s+free|if\s+you\s+(?:ever\s+)?(?:want|wish|prefer|like|fancy|choose|feel\s+like|happen\s+to|are\s+happy\s+to)|if\s+you['\u2019]re\s+happy\s+to|if\s+you['\u2019]d\s+(?:like|prefer|rather)|if\s+you\s+would\s+(?:like|prefer|rather)|if\s+it['\u2019]s\s+easier|you\s+can\s+also)\b/i;
/** The act set aside just before it. */
const SET_ASIDE =
  /\b(?:no|not|never|nothing|don['\u2019]?t|do\s+not|doesn['\u2019]?t|won['\u2019]?t|needn['\u2019]?t|without\s+needing|no\s+need|instead\s+of|rather\s+than)\b[^.!?]*$/i;
/** Something already done is history, not a precondition: "since the repair didn't work". */
const PAST_ATTEMPT =
  /\b(?:didn['\u2019]?t|did\s+not|hasn['\u2019]?t|has\s+not|failed|already|since\s+the)\b/i;
/** Words that look like a thing but are not: "on receipt of", "untick the box". */
const NOT_A_THING =
  /\b(?:on|upon|after|following|from|of|within)\s+$|\b(?:tick|untick|ticking|unticking)\s+(?:\w+\s+)?$/i;

type Found = { kind: ObligationKind; start: number; end: number; text: string };

function actsIn(unit: string, quoted: (at: number) => boolean): Found[] {
  const out: Found[] = [];
  for (const [kind, re] of ACTS) {
    for (const m of unit.matchAll(new RegExp(re.source, re.flags))) {
      const at = m.index!;
      if (quoted(at)) continue;
      const before = unit.slice(0, at);
      if (kind === "thing") {
        if (NOT_A_THING.test(before)) continue;
        if (/\b(?:any|whatever|a|some|an\s+old)\s+(?:\w+\s+)?$/i.test(before)) continue;
        if (DOES_NOT_MATTER.test(unit.slice(at + m[0].length))) continue;
      }
      if (kind === "repair-first" && PAST_ATTEMPT.test(clauseAround(unit, at))) continue;
      // "…so I can close the case": our own admin, not hers to do.
      if (kind === "waiver" && /\b(?:i|we)\s+(?:[\w'\u2019]+\s+){0,2}$/i.test(before)) continue;
      // "take another look at what you wrote" is the review, not the goods.
      if (
        kind === "repair-first" &&
        /^\s*at\s+(?:what\s+you|your\s+(?:review|rating|post))/i.test(unit.slice(at + m[0].length))
      )
        continue;
      out.push({ kind, start: at, end: at + m[0].length, text: m[0] });
    }
  }
  return out;
}

/** The clause holding `at`: from the last clause break before it to the next one after it. */
function clauseAround(unit: string, at: number): string {
  const before = unit.slice(0, at);
  const breaks = [...before.matchAll(/[.!?;:\u2013\u2014]|,\s*(?:and|but|so)\b|\b(?:but|so)\b|,/g)];
  const from =
    breaks.length > 0 ? breaks[breaks.length - 1]!.index! + breaks[breaks.length - 1]![0].length : 0;
  const after = unit.slice(at);
  const next = /[.!?;:\u2013\u2014]|,/.exec(after);
  return unit.slice(from, at + (next ? next.index : after.length));
}

/** Whether the act is set aside or left to her in its own clause. */
function setAside(unit: string, act: Found, from: number): boolean {
  const lead = unit.slice(Math.max(from, 0), act.start);
  if (SET_ASIDE.test(lead) || NEGATED_THING.test(lead)) return true;
  return CHOICE.test(clauseAround(unit, act.start));
}

/** The clause a link opens, up to its clause end or the remedy said after it. */
function clauseFrom(unit: string, from: number): number {
  const rest = unit.slice(from).replace(/^[\s\-\u2013\u2014:]+/, "");
  const skipped = unit.length - from - rest.length;
  const end = CLAUSE_END.exec(rest);
  return from + skipped + (end ? end.index : rest.length);
}

type Link = { start: number; end: number };

/** How the remedy at `r` is made to wait on the act, or null. */
function linkOf(unit: string, r: Found, act: Found, acts: Found[]): Link | null {
  // A condition or time clause holding the act (or pointing back to an act said just before it).
  for (const c of unit.matchAll(CONDITION)) {
    const at = c.index!;
    const open = at + c[0].length;
    if (CHOICE.test(unit.slice(at, open + 30))) continue;
    let end = clauseFrom(unit, open);
    if (r.start >= open && r.start < end) end = r.start;
    const holds =
      (act.start >= at && act.start < end) || (act.end <= at && ANAPHOR.test(unit.slice(open, end)));
    if (!holds) continue;
    if (setAside(unit, act, act.start >= at ? open : act.start)) continue;
    // The remedy governs the clause: said before it in the same clause run, or after it.
    const between = r.end <= open ? unit.slice(Math.min(r.end, at), at) : unit.slice(end, r.start);
    if (/[;\u2013\u2014]|\b(?:but|so)\b|,\s*and\b/i.test(between)) continue;
    // "We'll put it right, it would mean a lot if…": a comma then a clause of its own between them.
    if (r.end <= open && /,(?!\s*$)/.test(between)) continue;
    if (r.start >= end || r.end <= open) return { start: at, end: open };
  }
  // A refusal lifted only by the act: "won't release your refund until the receipt…", "Without that I can't…".
  for (const u of unit.matchAll(UNLESS)) {
    const at = u.index!;
    const open = at + u[0].length;
    const end = clauseFrom(unit, open);
    const inClause = act.start >= open && act.start < end;
    const pointsBack = act.end <= at && ANAPHOR.test(unit.slice(open, end));
    if (!inClause && !pointsBack) continue;
    if (inClause && setAside(unit, act, open)) continue;
    const sentence = unit.slice(0, unit.length);
    if (!REFUSED.test(sentence.slice(Math.max(0, Math.min(at, r.start) - 60), Math.max(end, r.end))))
      continue;
    return { start: at, end: open };
  }
  // The act before the remedy: "…before any money can go back", "Before we can refund you, the team will need…".
  for (const b of unit.matchAll(BEFORE)) {
    const at = b.index!;
    const open = at + b[0].length;
    const end = clauseFrom(unit, open);
    const remedyInside = (r.start >= open && r.start < end) || ANAPHOR.test(unit.slice(open, end));
    if (!remedyInside) continue;
    if (act.start >= open && act.start < end) continue;
    if (setAside(unit, act, act.start < at ? clauseStart(unit, act.start) : end)) continue;
    return { start: at, end: open };
  }
  // The act asked for in the remedy's breath, or put first: "just need u to dig out the original box first".
  const lead = unit.slice(clauseStart(unit, act.start), act.start);
  const d = DEMAND.exec(lead) ?? DEMAND.exec(unit.slice(Math.max(0, act.start - 60), act.start));
  const first = FIRST.exec(unit.slice(Math.max(0, act.start - 40), Math.min(unit.length, act.end + 40)));
  if (d && !setAside(unit, act, clauseStart(unit, act.start))) {
    const at = act.start - (lead.length - d.index);
    return { start: Math.max(0, at), end: Math.max(0, at) + d[0].length };
  }
  if (first && r.start > act.end && /\bthen\b/i.test(unit.slice(act.end, r.start))) {
    if (!setAside(unit, act, clauseStart(unit, act.start))) {
      const at = Math.max(0, act.start - 40) + first.index;
      return { start: at, end: at + first[0].length };
    }
  }
  void acts;
  return null;
}

function clauseStart(unit: string, at: number): number {
  const before = unit.slice(0, at);
  const breaks = [...before.matchAll(/[.!?;\u2013\u2014]|,\s*(?:and|but|so)\b|\b(?:but|so)\b/g)];
  return breaks.length > 0 ? breaks[breaks.length - 1]!.index! + breaks[breaks.length - 1]![0].length : 0;
}

/** A sentence and the next read as one when a question leads into an answer, or "Then…" carries on. */
const CARRIES_ON =
  /^\s*(?:then|if\s+so|once\s+(?:that|this|it)|without\s+(?:that|it|this|one)|after\s+that|only\s+then|until\s+then)\b|^\s*(?:[\w'\u2019]+\s+){0,2}?(?:that|this)\s+(?:over|back|in|across|to\s+us)\b[^.!?]*\bthen\b/i;

/**
 * Every obligation put on the customer before a remedy, in the order said. `quoted`: spans of quoted
 * words (quotations.ts `quotedSpans`), passed in because review-incentives.ts, which matching.ts and so
 * quotations.ts import, reads with this too.
 */
export function obligationsIn(
  text: string,
  quoted: readonly { start: number; end: number }[] = [],
): Obligation[] {
  const quotedList = quoted;
  const sentences = sentencesOf(text);
  const out: Obligation[] = [];
  const seen = new Set<string>();
  for (const [i, s] of sentences.entries()) {
    const units: { start: number; end: number }[] = [s];
    const next = sentences[i + 1];
    if (next) {
      const here = text.slice(s.start, s.end).trim();
      const there = text.slice(next.start, next.end).trim();
      if (here.endsWith("?") || there.endsWith("?") || CARRIES_ON.test(there))
        units.push({ start: s.start, end: next.end });
    }
    for (const u of units) {
      const unit = text.slice(u.start, u.end);
      if (REPORTED.test(unit) || DENIED_LINK.test(unit)) continue;
      const quoted = (at: number) => quotedList.some((q) => q.start <= u.start + at && u.start + at < q.end);
      const acts = actsIn(unit, quoted);
      if (acts.length === 0) continue;
      const remedies: Found[] = [...unit.matchAll(REMEDY)]
        .filter((m) => !quoted(m.index!))
        .map((m) => ({ kind: "thing" as const, start: m.index!, end: m.index! + m[0].length, text: m[0] }));
      for (const act of acts) {
        if (act.kind === "thing" && CHANGE_OF_MIND.test(unit)) continue;
        for (const r of remedies) {
          if (r.start < act.end && act.start < r.end) continue;
          if (act.kind === "repair-first" && !MONEY_REMEDY.test(r.text)) continue;
          const link = linkOf(unit, r, act, acts);
          if (!link) continue;
          const from = Math.min(r.start, act.start, link.start);
          const to = Math.max(r.end, act.end, link.end);
          const key = `${act.kind}:${u.start + act.start}`;
          if (seen.has(key)) break;
          seen.add(key);
          const span = (x: { start: number; end: number }) => ({
            start: u.start + x.start,
            end: u.start + x.end,
            text: unit.slice(x.start, x.end),
          });
          const linkWords = unit.slice(link.start, link.end).trim();
          out.push({
            kind: act.kind,
            remedy: span(r),
            act: span(act),
            link: span(link),
            start: u.start + from,
            end: u.start + to,
            text: unit.slice(from, to),
            reason: `"${r.text}" is made to wait on ${ACT_WORDS[act.kind]} ("${act.text}", tied by "${linkWords}"): ${KIND_LAW[act.kind]}.`,
          });
          break;
        }
      }
    }
  }
  return out;
}

/** The first obligation of one of `kinds`, or null. */
export function obligationOf(
  text: string,
  kinds: readonly ObligationKind[],
  quoted: readonly { start: number; end: number }[] = [],
): Obligation | null {
  return obligationsIn(text, quoted).find((o) => kinds.includes(o.kind)) ?? null;
}
