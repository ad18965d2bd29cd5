/**
 * One meaning per LASS step. Listen, Apologise, Solve and Thank are decided here, once per message,
 * from the analyser's labels and the case's evidence; every criterion, the LASS order, the
 * scripted customer's `lass` conditions and the tutor's live chips read this result, so a report
 * can never show a step as met in one place and missing in another.
 *
 * - Listen: met by restating a fact of THIS case (from the scenario's evidence) or by a clarifying
 *   question; a bare "I understand" / "I hear you" / "that must be frustrating" is at most partly,
 *   and so is a stock "what seems to be the problem?" put to a customer who has already described it
 *   (asking them to repeat themselves shows the message was not read).
 *   One fact named only as the object of an apology ("sorry your kettle stopped working") is the
 *   apology, not a restatement; two or more are.
 * - Apologise: a real apology (the analyser's `apologise`) in a message with no non-apology;
 *   an apology next to a non-apology is partly, and so is grovelling (apologies in four or more
 *   sentences of one message): one sincere apology, then action, is what reassures a customer.
 * - Solve: the fix this case needs, in any words (the evidence's `fix` paraphrases); a generic
 *   solution that is not this case's fix is partly.
 * - Thank: the analyser's `thank`.
 * A message that is mostly stock formula, a pasted wall of text, or mostly words copied from what the
 * learner was shown (the customer's own message, the brief: pasted-text.ts) reaches at most partly on
 * every step, and nothing inside copied words counts; except that the case's fix, stated in the
 * learner's own words in a mostly copied reply, is still Solve. When a scenario declares no evidence for a
 * customer, the analyser's label alone is met.
 */
import { misplacedApologies } from "./apology-object";
import { hypotheticalApologies } from "./hypothetical-apology";
import type { CaseEvidence, MessageReading } from "./case-evidence";
import { hitsOf } from "./case-evidence";
import type { MessageAnalysis } from "./engine-types";
import { LASS_STEPS, type Scenario } from "./scenario-schema";

export { LASS_STEPS };
export type LassStep = (typeof LASS_STEPS)[number];
export const isLassStep = (s: string): s is LassStep => (LASS_STEPS as readonly string[]).includes(s);

/**
 * The LASS steps a tutor's live view shows for a scenario, each "reached" or "not yet": the steps its
 * rubric marks (a criterion tagged "in order" marks all four), and only where LASS is how the scenario's
 * conversation is marked, the complaint-handling (engagement) stage. The chips count a step in any
 * message to anyone. In the onboarding, loyalty and win-back stages the learner writes welcomes and
 * offers, and LASS marks at most one customer's answer (Priya's reason in loyalty, David's in win-back):
 * chips there read "Apologise: not yet" against offers that owe no apology, which a tutor takes for a
 * gap. Those scenarios show nothing here; the live view lists their core outcomes instead.
 */
export function lassStepsShown(scenario: Pick<Scenario, "rubric" | "lifecycleStage">): LassStep[] {
  if (scenario.lifecycleStage !== "engagement") return [];
  const tags = new Set(scenario.rubric.map((c) => c.frameworks.lass));
  return tags.has("in order") ? [...LASS_STEPS] : LASS_STEPS.filter((s) => tags.has(s));
}

export type StepHit = {
  level: "met" | "partly";
  /** Where the step first (and, for Thank, last) occurs in the message. */
  start: number;
  lastStart: number;
  /** The words that earned it. */
  spans: { label: string; start: number; end: number; text: string }[];
  /** Why it is only partly, for feedback. */
  why?: string;
};
export type StepReading = Partial<Record<LassStep, StepHit>>;

/** Apologies in this many sentences of one message are grovelling, not a sincere apology. */
export const OVER_APOLOGY_SENTENCES = 4;

/**
 * Questions that ask the customer to describe their problem from scratch ("what seems to be the
 * problem?", "could you tell me what happened?", "when did you buy it?"). Put to a customer whose
 * message already told us (the case declares facts), they are not listening.
 */
const ASKS_TO_REPEAT =
  /\b(?:what(?:'s|\s+is|\s+was)?\s+(?:exactly\s+|actually\s+)?(?:seems\s+to\s+be\s+|appears\s+to\s+be\s+)?(?:the\s+)?(?:wrong|problem|issue|matter|fault)\b|what\s+(?:exactly\s+|actually\s+)?(?:is|was|seems\s+to\s+be|appears\s+to\s+be)\s+(?:wrong|the\s+(?:problem|issue|matter|fault))|what\s+(?:exactly\s+|actually\s+)?(?:happened|went\s+wrong|has\s+happened|the\s+(?:problem|issue)\s+is)|tell\s+(?:me|us)\s+(?:a\s+(?:bit|little)\s+)?more\b|(?:more|some)\s+(?:details|information|info)\s+(?:about|on)\s+(?:the|your|what)\b|describe\s+(?:the|your)\s+(?:problem|issue|fault)|when\s+(?:did\s+you\s+(?:buy|order|purchase|get|receive)|was\s+it\s+(?:delivered|bought|ordered))|when\s+it\s+was\s+delivered)/i;

/**
 * A list item that is only an apology word ("- sorry", "• apologies!"): in facts set out as bullet
 * points it names the step, as a note to oneself would, without saying sorry to anyone for anything
 * (red-team round 10 B, win-back-r10-david-bullets: "- 3 late deliveries… / - sorry / - now Royal Mail
 * Tracked 48…"). "I'm really sorry." as a sentence of a reply is an apology and is not a list item.
 */
const BARE_SORRY_ITEM =
  /^[ \t]*(?:[-–—•*·]|\d+[.)])[ \t]*(?:(?:i'?m|we'?re|i am|we are)[ \t]+)?(?:so[ \t]+|very[ \t]+|really[ \t]+)?(?:sorry|soz|apologies|my apologies|our apologies|sincere apologies|i apologi[sz]e|we apologi[sz]e)[ \t]*[.!]*[ \t]*$/gim;
/** A list item written as a sentence: capital first, a full stop/!/? at its end. */
const SENTENCE_ITEM =
  /^[ \t]*(?:[-–—•*·]|\d+[.)])[ \t]*[A-Z\u2018\u201c"'][^\n]*[.!?]["'\u2019\u201d)]?[ \t]*$/;
const LIST_ITEM = /^[ \t]*(?:[-–—•*·]|\d+[.)])[ \t]*\S/;
const SPOKEN_SORRY =
  /^[ \t]*(?:[-–—•*·]|\d+[.)])[ \t]*(?:i'?m|we'?re|i am|we are|i apologi[sz]e|we apologi[sz]e)\b/i;

/**
 * "• I'm really sorry." in a list whose other items are sentences is said to the customer, in
 * the middle of a reply set out as bullet points (lead's mutation H15): an apology. Notes to
 * oneself ("- sorry" among "- 3 late deliveries…") stay bare.
 */
function spokenInSentenceList(text: string, itemStart: number, item: string): boolean {
  if (!SPOKEN_SORRY.test(item) || !SENTENCE_ITEM.test(item)) return false;
  const lines = text.split("\n");
  let offset = 0;
  let index = 0;
  while (index < lines.length && offset + lines[index]!.length < itemStart)
    offset += lines[index++]!.length + 1;
  const others = [lines[index - 1], lines[index + 1]].filter((l): l is string => !!l && LIST_ITEM.test(l));
  return others.length > 0 && others.every((l) => SENTENCE_ITEM.test(l));
}

function inBareSorryItem(text: string, at: number): boolean {
  for (const m of text.matchAll(BARE_SORRY_ITEM))
    if (at >= m.index && at < m.index + m[0].length) return !spokenInSentenceList(text, m.index, m[0]);
  return false;
}

/**
 * A bare acknowledgement: "I hear you", "I understand", "We totally get it", "I see" (optionally with
 * "okay," before it or the customer's name after it), which restates nothing of what the customer said.
 */
const BARE_ACKNOWLEDGEMENT =
  /^(?:(?:ok(?:ay)?|right|yes|sure)[,\s]+)?(?:i|we)\s+(?:(?:completely|totally|fully|really|do|definitely|absolutely)\s+)?(?:hear|understand|get|see)(?:\s+(?:you|that|it|this|where\s+you(?:'re|\s+are)\s+coming\s+from|what\s+you(?:'re|\s+are)\s+saying))?(?:\s*,\s*[a-z]+)?[\s.!]*$/i;
export const isBareAcknowledgement = (span: string): boolean => BARE_ACKNOWLEDGEMENT.test(span.trim());

function sentenceAround(text: string, at: number): string {
  const before = text.slice(0, at);
  const from = Math.max(before.search(/[^.!?\n]*$/), 0);
  const after = text.slice(at).search(/[.!?](?:\s|$)|\n/);
  return text.slice(from, after < 0 ? text.length : at + after + 1);
}

/**
 * The stock problem named when every apology in the message is for a problem this customer never had
 * ("We're sorry your order didn't arrive as expected" to Tom, who was charged twice; apology-object.ts):
 * an apology, but misdirected, so the step is partly met (issue 8 item 2, a template that almost fits).
 */
function misplacedOnly(
  text: string,
  apologies: { start: number }[],
  evidence: CaseEvidence | undefined,
): string | null {
  const misplaced = misplacedApologies(text, evidence);
  return allInside(apologies, misplaced) ? misplaced[0]!.problem : null;
}

/** Every apology lies inside one of these spans (and there is at least one span). */
function allInside(
  apologies: { start: number }[],
  spans: readonly { start: number; end: number }[],
): boolean {
  return spans.length > 0 && apologies.every((a) => spans.some((m) => a.start >= m.start && a.start < m.end));
}

/**
 * Every apology of the message is sorrow about a hypothesis ("I'd be sorry to think that was what put you off
 * us": hypothetical-apology.ts; red-team round 27 B, win-back-r27-sorry-to-think): nothing that happened to the
 * customer is apologised for, so the step is partly met (ANSWER-redB-1).
 */
const imaginedOnly = (text: string, apologies: { start: number }[]) =>
  allInside(apologies, hypotheticalApologies(text));

function inQuestion(text: string, at: number): boolean {
  const rest = text.slice(at);
  const q = rest.indexOf("?");
  if (q < 0) return false;
  const stop = rest.search(/[.!]\s|\n/);
  return stop < 0 || q < stop;
}

export function lassSteps(
  text: string,
  analysis: MessageAnalysis | null,
  reading: MessageReading | null,
  evidence: CaseEvidence | undefined,
): StepReading {
  const out: StepReading = {};
  // Words copied from the customer's message or the brief earn no step (pasted-text.ts), nor do words
  // addressed to whoever marks the reply (case-evidence.ts asidesToMarker), nor words someone else
  // said, in quotation marks ("You said: \"When will my first bag arrive?\"" asks the learner nothing),
  // nor the names of a form's fields ("• Sorry: yes", "Thanks: for letting us know": a box ticked, not
  // an apology or thanks).
  const notForCustomer = [
    ...(reading?.echoRanges ?? []),
    ...(reading?.asideRanges ?? []),
    ...(reading?.quotedRanges ?? []),
    ...(reading?.fieldNames ?? []),
  ];
  const own = (at: number) => !notForCustomer.some((r) => at >= r.start && at < r.end);
  const spans = (analysis?.spans ?? []).filter((s) => own(s.start));
  const labels = notForCustomer.length ? [...new Set(spans.map((s) => s.label))] : (analysis?.labels ?? []);
  const spansOf = (...ls: string[]) => spans.filter((s) => ls.includes(s.label));
  const hit = (level: StepHit["level"], ss: StepHit["spans"], why?: string): StepHit => {
    const h: StepHit = { level, start: ss[0]?.start ?? 0, lastStart: ss.at(-1)?.start ?? 0, spans: ss };
    if (why) h.why = why;
    return h;
  };

  // Listen. A fact named only inside an apology ("sorry your kettle stopped working") is the
  // apology's object, not a restatement (the analyser's guide); two or more facts there are.
  const apologies = spansOf("apologise", "non_apology");
  const sameSentence = (from: number, to: number) => !/[.!?]\s|\n/.test(text.slice(from, to));
  // "I'm sorry to say the courier has lost your parcel": sorry to say, tell you or report is bad news
  // announced, as "I'm afraid" is, not an apology whose object is the news; what follows is restated
  // (red-team round 20 D's honest control internal-r20d-control-leanne-usually-asked).
  const announcesNews = (a: { start: number }) =>
    /^[^.!?\n]{0,20}?\bsorry\s+to\s+(?:say|tell\s+you|report|inform\s+you|let\s+you\s+know|have\s+to\s+tell\s+you)\b/i.test(
      text.slice(a.start, a.start + 60),
    );
  const ownerOf = (at: number) =>
    apologies.find((a) => a.start <= at && sameSentence(a.start, at) && !announcesNews(a));
  const factHits = hitsOf(reading, "facts");
  const perApology = new Map<number, number>();
  for (const h of factHits) {
    const a = ownerOf(h.start);
    if (a) perApology.set(a.start, (perApology.get(a.start) ?? 0) + 1);
  }
  // "I'm so sorry, especially with the birthday on Saturday": a fact the apology singles out with
  // "especially", "particularly" or "given" is the customer's circumstance weighed, not the apology's
  // object, so it is restated (lead's mutation set 18).
  const singledOut = (a: { start: number }, at: number) =>
    /\b(?:especially|particularly|above\s+all|all\s+the\s+more|given|what\s+with)\b/i.test(
      text.slice(a.start, at),
    );
  const facts = factHits
    .filter((h) => {
      const a = ownerOf(h.start);
      return !a || (perApology.get(a.start) ?? 0) >= 2 || singledOut(a, h.start);
    })
    .map((h) => ({ label: "listen", start: h.start, end: h.end, text: h.text }));
  const listenSpans = spansOf("listen");
  const hasFacts = (evidence?.facts.length ?? 0) > 0;
  const allQuestions = listenSpans.filter((s) => inQuestion(text, s.start));
  // A customer who has described the problem is not listened to by being asked to describe it again.
  const repeats = hasFacts
    ? allQuestions.filter((s) => ASKS_TO_REPEAT.test(sentenceAround(text, s.start)))
    : [];
  const questions = allQuestions.filter((s) => !repeats.includes(s));
  if (facts.length || questions.length) {
    out.listen = hit(
      "met",
      [...facts, ...questions].sort((a, b) => a.start - b.start),
    );
  } else if (repeats.length) {
    out.listen = hit(
      "partly",
      repeats,
      "asked the customer to describe a problem their message had already explained, instead of showing you had read it",
    );
  } else if (listenSpans.length || spansOf("empathy").length) {
    const ss = spansOf("listen", "empathy");
    // With no facts declared for this customer the analyser's listening is met, but a bare formula
    // ("I hear you.", "I understand.") or sympathy alone restates nothing and asks nothing: partly.
    const restates = listenSpans.some((s) => !isBareAcknowledgement(s.text));
    out.listen =
      hasFacts || !restates
        ? hit(
            "partly",
            ss,
            hasFacts
              ? "acknowledged the customer, but did not restate their actual problem or ask about it"
              : "acknowledged the customer, but restated nothing they said and asked nothing about it",
          )
        : hit("met", ss);
  }

  // Apologise
  if (labels.includes("apologise")) {
    const ss = spansOf("apologise");
    const sorry = spansOf("apologise", "non_apology");
    const sentencesWithSorry = new Set(
      sorry.map((a) => text.slice(0, a.start).split(/[.!?]+["'\u2019\u201d)\]]*\s|\n+/).length),
    ).size;
    out.apologise =
      ss.length > 0 && ss.every((a) => inBareSorryItem(text, a.start))
        ? hit(
            "partly",
            ss,
            'a list item that only says "sorry" names the step; an apology tells the customer what you are sorry for',
          )
        : labels.includes("non_apology")
          ? hit(
              "partly",
              [...ss, ...spansOf("non_apology")].sort((a, b) => a.start - b.start),
              "the apology sits beside a non-apology",
            )
          : sentencesWithSorry >= OVER_APOLOGY_SENTENCES
            ? hit(
                "partly",
                sorry,
                `over-apologising: ${sentencesWithSorry} sentences apologise, which sounds scripted and puts your feelings at the centre; apologise once, sincerely, then say what you are doing`,
              )
            : imaginedOnly(text, ss)
              ? hit(
                  "partly",
                  ss,
                  'the sorrow is only imagined ("I\'d be sorry to think…"), not an apology for what happened to the customer',
                )
              : misplacedOnly(text, ss, evidence)
                ? hit(
                    "partly",
                    ss,
                    `the apology is for a problem this customer never had ("${misplacedOnly(text, ss, evidence)}"): apologise for what happened to them`,
                  )
                : hit("met", ss);
  }

  // Solve
  const fix = hitsOf(reading, "fix").map((h) => ({
    label: "solve",
    start: h.start,
    end: h.end,
    text: h.text,
  }));
  const hasFix = (evidence?.fix.length ?? 0) > 0;
  if (fix.length) out.solve = hit("met", fix);
  else if (labels.includes("solve")) {
    out.solve = hasFix
      ? hit("partly", spansOf("solve"), "a solution, but not the one this case needs")
      : hit("met", spansOf("solve"));
  }

  // Thank
  if (labels.includes("thank")) out.thank = hit("met", spansOf("thank"));

  if (reading?.stuffed || reading?.buried || reading?.echoed || reading?.telegram) {
    const why = reading.buried
      ? `buried in a ${reading.words}-word wall of text`
      : reading.telegram
        ? "written as a list of keywords, not sentences to the customer: they cannot tell from it what was done or why"
        : reading.echoed
          ? "most of the reply is copied from what you were shown (the customer's own message or the brief), not written to them in your own words"
          : "the reply is mostly stock phrases with little about this customer's case";
    for (const step of LASS_STEPS) {
      const h = out[step];
      // The case's fix stated in the learner's own words (fix evidence is never read inside copied
      // words) is still the fix, however much of the reply was read back.
      if (step === "solve" && !reading.wall && !reading.stuffed && fix.length) continue;
      if (h && h.level === "met") {
        h.level = "partly";
        h.why = why;
      }
    }
  }
  return out;
}

/** Steps reached at the given level or better. */
export function stepsAt(steps: StepReading | null | undefined, level: "met" | "partly"): LassStep[] {
  if (!steps) return [];
  return LASS_STEPS.filter((s) => steps[s] && (level === "partly" || steps[s]!.level === "met"));
}
