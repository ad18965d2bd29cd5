/**
 * Criteria about judgement rather than a single action: respect (a gate, in messages AND in CRM
 * notes and case text), words against actions, plain English and concision, and actions that were
 * not needed or contradict each other. Each one credits only a learner who actually engaged.
 */
import { shoutedSpans as shoutsIn } from "../analysis";
import { actionText } from "./action-resolution";
import { countWords, WALL_WORDS } from "./case-evidence";
import { callsRuledOutThenMade } from "./call-ruled-out";
import { customerPermissions } from "./consent-evidence";
import type { ActionRecord, MessageAnalysis } from "./engine-types";
import { readLearnerText } from "./message-reading";
import { marketingSignUpClaims } from "./marketing-signup-claims";
import { normaliseText } from "./matching";
import {
  approvalClaims,
  choiceClaims,
  contactClaims,
  conversationClaims,
  customerChoices,
  dispatchersFor,
  judgeGestures,
  judgePromises,
  recordContradictions,
} from "./promises";
import {
  LEGAL_WALL_MIN,
  REGISTER_FEEDBACK,
  registerPointMissed,
  registerSlipsIn,
  statuteCitationsIn,
  TEXT_SPEAK_FEEDBACK,
} from "./register";
import { remedyRecordClaims } from "./remedy-records";
import { RESPECT_BREACHES } from "./scripted-customer";
import type { Criterion } from "./scenario-schema";
import { internalLabelsIn } from "./internal-labels";
import { isRepeatPair, type TemplateKey, templateKey } from "./templates";
import { isStatutoryRemedy } from "../consumer-rights";
import { moneyOffOffered } from "./offer-terms";
import { memoByText } from "./text-memo";
import { disclosureWords } from "./workspace-disclosure";
import { judgeCardClaims, judgePledges } from "./unkeepable-claims";
import {
  type Ctx,
  type CriterionResult,
  type Evidence,
  actionEvidence,
  countOf,
  labelName,
  messageEvidence,
  nothingToCreditResult,
  result,
  stateEvidence,
} from "./criterion-evidence";

type Of<K extends Criterion["kind"]> = Extract<Criterion, { kind: K }>;

/** The learner's own words in a CRM action (notes, case text, call summaries, task notes…). */
export function recordText(r: ActionRecord): string {
  const a = r.action;
  switch (a.type) {
    case "add_note":
      return a.text;
    case "log_call":
    case "open_case":
      return a.summary;
    case "update_case":
    case "issue_remedy":
      return a.note ?? "";
    case "close_case":
      return a.resolution;
    case "escalate":
      return a.reason;
    case "create_task":
      return `${a.title}\n${a.note ?? ""}`;
    case "update_preferences":
      return a.accessibilityNotes ?? "";
    case "update_consent":
      return a.reason;
    // What a learner says about a customer to a colleague is on the record too.
    case "message_person":
      return a.text;
    // A recommendation is a business record about the complaints behind it (round 15 A).
    case "make_recommendation":
      return `${a.cause}\n${a.action}`;
    default:
      return "";
  }
}

/**
 * Where words about a customer were written, for the evidence's title: a note is on their record, a
 * message to a colleague is not ("in your message to Dev Patel (warehouse)").
 */
export function writtenWhere(ctx: Ctx, r: ActionRecord): string {
  const a = r.action;
  const whose = `${ctx.name(r.customerRef)}'s`;
  switch (a.type) {
    case "message_person": {
      const p = ctx.scenario.people.find((x) => x.ref === a.personRef);
      if (a.channel === "review") return "in your public reply";
      const to = p ? `${p.name}${p.team ? ` (${p.team})` : ""}` : "a colleague";
      return `in your ${a.channel === "phone" ? "call" : "message"} to ${to}`;
    }
    case "log_call":
      return `in the call log on ${whose} record`;
    case "open_case":
    case "update_case":
    case "close_case":
      return `in the case on ${whose} record`;
    case "escalate":
      return "in your escalation";
    case "make_recommendation":
      return "in your recommendation";
    case "create_task":
      return `in a task on ${whose} record`;
    default:
      return `on ${whose} record`;
  }
}

/** Notes and case texts are analysed when scored (their events store no analysis); remembered by text. */
const noteAnalyses = new Map<string, MessageAnalysis>();
function noteAnalysis(text: string, first?: string, last?: string) {
  const key = `${first ?? ""}\u0000${last ?? ""}\u0000${text}`;
  let a = noteAnalyses.get(key);
  if (!a) {
    a = readLearnerText(text, first ? { customerFirstName: first, customerLastName: last } : undefined);
    if (noteAnalyses.size >= 2_000) noteAnalyses.clear();
    noteAnalyses.set(key, a);
  }
  return a;
}

const concerns = (refs: readonly string[] | undefined, r: ActionRecord) =>
  !refs || refs.length === 0 || (r.customerRef !== null && refs.includes(r.customerRef));

/** The label shown for a scenario's own breach phrases (`alsoBreach`). */
const CASE_BREACH = "blame";
/** What a whole message in capitals is called in the reason (shoutedThroughout). */
const SHOUTED = "a whole message in capital letters, which reads as shouting";

/**
 * Where a text contains one of the scenario's own breach phrases (`alsoBreach`), as spans. Offsets are
 * into the original text: normaliseText keeps lengths for the accents and quotes it folds.
 */
export function caseBreaches(text: string, phrases: readonly string[]) {
  if (!phrases.length) return [];
  const norm = normaliseText(text);
  const out: { label: string; start: number; end: number; text: string }[] = [];
  for (const p of phrases) {
    const at = norm.indexOf(normaliseText(p));
    if (at >= 0)
      out.push({ label: CASE_BREACH, start: at, end: at + p.length, text: text.slice(at, at + p.length) });
  }
  return out;
}

/**
 * A whole message in capitals: shouting throughout, not one stressed sentence. Judged on words with
 * letters (at least 12 of them, so a short "OK, THANKS" is not a message shouted), of which at most
 * one in ten has a lower-case letter (a lower-case sign-off or e-mail address does not excuse it).
 * A sentence in capitals is a concern (partly); a reply written entirely in capitals to an upset
 * customer is read as shouting at them, however right its words, and breaks the respect gate.
 * Red-team round 12 A (returns-r12-all-capitals).
 */
export function shoutedThroughout(text: string): boolean {
  return shoutedMemo(text);
}
// Remembered by text (text-memo.ts): every respect criterion reads every message, at every replay.
const shoutedMemo = memoByText(readShouted, 500);
const shoutedSpans = memoByText(shoutsIn, 500);
const plainTemplateKey = memoByText((text) => templateKey(text, []), 500);

function readShouted(text: string): boolean {
  const words = text.match(/[\p{L}'’]*\p{L}[\p{L}'’]*/gu) ?? [];
  if (words.length < 12) return false;
  const lower = words.filter((w) => /\p{Ll}/u.test(w)).length;
  return lower * 10 <= words.length && shoutedSpans(text).length > 0;
}

/** Respect is a gate: any blame, "calm down" or dismissive/disparaging words, to the customer or about them. */
export function evalRespect(ctx: Ctx, c: Of<"respect">): CriterionResult {
  if (!ctx.engaged(c.customerRef)) return nothingToCreditResult(ctx, c, c.customerRef);
  const breaches: Evidence[] = [];
  const weak: Evidence[] = [];
  const shouting: Evidence[] = [];
  const found = new Set<string>();
  let notes = 0;
  let messages = 0;
  for (const r of ctx.state.log) {
    // A recommendation names no customer but is written about the ones behind it: read for every
    // customer's respect (round 15 A, review-r15-sneer-in-recommendation).
    if (!concerns(c.customerRef, r) && r.action.type !== "make_recommendation") continue;
    if (r.action.type === "send_message") {
      messages++;
      const labels = r.analysis?.labels ?? [];
      const bad = RESPECT_BREACHES.filter((l) => labels.includes(l));
      const own = caseBreaches(r.action.text, c.alsoBreach);
      const allCaps = shoutedThroughout(r.action.text);
      if (bad.length || own.length || allCaps) {
        bad.forEach((l) => found.add(l));
        if (own.length) found.add(CASE_BREACH);
        if (allCaps) found.add(SHOUTED);
        const ev = messageEvidence(
          ctx,
          r,
          bad,
          allCaps && !bad.length && !own.length ? "Written entirely in capitals (shouting)" : "Disrespectful",
        );
        const shouted = allCaps
          ? shoutedSpans(r.action.text).map((sp) => ({ label: "shouting", ...sp }))
          : [];
        if (own.length || shouted.length)
          ev.spans = [...(bad.length ? (ev.spans ?? []) : []), ...own, ...shouted].sort(
            (a, b) => a.start - b.start,
          );
        breaches.push(ev);
      } else {
        if (c.nonApology === "partly" && labels.includes("non_apology"))
          weak.push(messageEvidence(ctx, r, ["non_apology"], "Non-apology"));
        // Capitals read as shouting: a concern, not a breach (the words themselves may be fine).
        const shouted = shoutedSpans(r.action.text);
        if (shouted.length) {
          const ev = messageEvidence(ctx, r, [], "Written in capitals (reads as shouting)");
          ev.spans = shouted.map((sp) => ({ label: "shouting", ...sp }));
          shouting.push(ev);
        }
      }
      continue;
    }
    const text = recordText(r);
    if (!text.trim()) continue;
    notes++;
    const customer = r.customerRef ? ctx.state.customers[r.customerRef] : undefined;
    const analysis = noteAnalysis(text, customer?.firstName, customer?.lastName);
    const bad = RESPECT_BREACHES.filter((l) => (analysis.labels as string[]).includes(l));
    const own = caseBreaches(text, c.alsoBreach);
    if (!bad.length && !own.length) continue;
    bad.forEach((l) => found.add(l));
    if (own.length) found.add(CASE_BREACH);
    const ev = actionEvidence(ctx, r, `Disrespectful words ${writtenWhere(ctx, r)}`);
    ev.text = text;
    ev.spans = [
      ...analysis.spans
        .filter((s) => (bad as string[]).includes(s.label))
        .map((s) => ({ label: s.label, start: s.start, end: s.end, text: s.text })),
      ...own,
    ].sort((a, b) => a.start - b.start);
    breaches.push(ev);
  }
  if (breaches.length) {
    return result(
      c,
      "not_met",
      `${countOf(breaches.length, "message or note was", "messages or notes were")} disrespectful (${[...found].map(labelName).join(", ")}). Respect is a gate: it caps the band however right the rest is.`,
      breaches.slice(0, 5),
    );
  }
  if (weak.length || shouting.length) {
    const concerns = [
      weak.length ? `${weak.length} non-apolog${weak.length === 1 ? "y" : "ies"}` : "",
      shouting.length
        ? `${shouting.length} message${shouting.length === 1 ? "" : "s"} with a sentence in capital letters, which the customer reads as shouting (keep capitals for names, acronyms and the odd word you need to stress)`
        : "",
    ].filter(Boolean);
    return result(c, "partly", `No blame or dismissive words, but ${concerns.join(", and ")}.`, [
      ...weak.slice(0, 3),
      ...shouting.slice(0, 3),
    ]);
  }
  return result(
    c,
    "met",
    `No blame, "calm down", dismissive or disparaging words in ${countOf(messages, "message")} and ${countOf(notes, "note or case text", "notes or case texts")}.`,
    [],
  );
}

/**
 * Confidentiality: no message to a customer gives away another customer's personal data from the CRM
 * (workspace-disclosure.ts). Evidence: each such message with the other customer's data marked, and
 * the name it wrongly addresses the recipient by, if any (a sign it was written for someone else).
 */
export function evalConfidentiality(ctx: Ctx, c: Of<"confidentiality">): CriterionResult {
  const breaches = ctx.state.log.filter((r) => r.action.type === "send_message" && r.leaks.length > 0);
  if (!breaches.length) {
    const n = ctx.allMessages.length + ctx.misdirected.length;
    return result(
      c,
      "met",
      n
        ? n === 1
          ? "Your message gives no customer another customer's name, order, address, card or purchase."
          : `None of your ${n} messages to customers gives one customer another's name, order, address, card or purchase.`
        : "You wrote to no customer, so no one's data went to anyone else.",
      [],
    );
  }
  const evidence = breaches.map((r) => {
    const whose = [...new Set(r.leaks.map((d) => d.customerRef))];
    const wrongName = (r.analysis?.spans ?? []).filter((s) => s.label === "wrong_name");
    const what = whose
      .map((ref) => {
        const kinds = [
          ...new Set(r.leaks.filter((d) => d.customerRef === ref).map((d) => disclosureWords(d.kind))),
        ];
        return `${ctx.name(ref)}'s ${listWords(kinds)}`;
      })
      .join(" and ");
    const ev = messageEvidence(
      ctx,
      r,
      [],
      `${what} given to ${ctx.name(r.customerRef)}${wrongName.length ? `, addressed as “${wrongName[0]!.text}”` : ""}`,
    );
    // The wrong greeting is shown as such; the other customer's data everywhere else.
    const inGreeting = (s: { start: number; end: number }) =>
      wrongName.some((w) => s.start < w.end && w.start < s.end);
    ev.spans = [
      ...r.leaks.flatMap((d) =>
        d.spans.filter((s) => !inGreeting(s)).map((s) => ({ label: OTHER_DATA, ...s })),
      ),
      ...wrongName.map((s) => ({ label: s.label, start: s.start, end: s.end, text: s.text })),
    ].sort((a, b) => a.start - b.start);
    return ev;
  });
  const misdirected = breaches.filter((r) => r.misdirectedTo);
  return result(
    c,
    "not_met",
    `${countOf(breaches.length, "message")} gave a customer another customer's personal data${
      misdirected.length
        ? `; ${misdirected
            .map(
              (r) =>
                `${ctx.said(r)} was written for ${ctx.name(r.misdirectedTo)} (it greets them by ${ctx.state.customers[r.misdirectedTo!]?.firstName ?? "that"}'s name and gives away ${ctx.state.customers[r.misdirectedTo!]?.firstName ?? "their"}'s details), so it is not a reply to ${ctx.name(r.customerRef)} at all`,
            )
            .join("; ")}`
        : ""
    }. Sending personal data to the wrong person is a personal data breach (UK GDPR Art 4(12)) and a failure of integrity and confidentiality (Art 5(1)(f)): it caps the band.`,
    evidence.slice(0, 6),
  );
}

/** How another customer's data is marked in evidence. */
export const OTHER_DATA = "another customer's data";

const listWords = (xs: string[]) =>
  xs.length <= 1 ? (xs[0] ?? "") : `${xs.slice(0, -1).join(", ")} and ${xs.at(-1)}`;

/** Words against actions: promises in messages are kept, never contradicted. */
export function evalConsistency(ctx: Ctx, c: Of<"consistency">): CriterionResult {
  if (!ctx.engaged(c.customerRef)) return nothingToCreditResult(ctx, c, c.customerRef);
  const refs = c.customerRef?.length ? c.customerRef : [...ctx.messagesByCustomer.keys()];
  const evidence = (ref: string) => ctx.scenario.contacts.find((k) => k.customerRef === ref)?.evidence;
  const verdicts = refs.flatMap((ref) => {
    const who = ctx.state.customers[ref]?.firstName ?? ctx.name(ref);
    return [
      ...judgePromises(
        ctx.state.log,
        ref,
        who,
        dispatchersFor(ctx.scenario, ctx.state, ref),
        customerChoices(ctx.scenario, ctx.state.log, ref),
      ),
      // A gesture promised beyond what an adviser may give (round 12 A), where the scenario opts in.
      ...(c.gestureAuthority
        ? judgeGestures(
            ctx.state.log,
            ref,
            Math.max(
              ctx.scenario.policy.goodwillMaxPence,
              ctx.scenario.policy.voucherMaxPence,
              ctx.state.goodwillApproved[ref] ?? 0,
            ),
            who,
          )
        : []),
      // An answer told to them that their record contradicts (round 7 B).
      ...recordContradictions(ctx.state.log, ref, evidence(ref), who),
      // A choice the record says they made that they never made (round 7 B).
      ...choiceClaims(ctx.state.log, ref, evidence(ref), ctx.state.contacts[ref]?.flags ?? [], who),
      // A colleague told a manager had approved what they had not (round 11 A).
      ...approvalClaims(ctx.scenario, ctx.state, ref, who),
      // A call or conversation said to have happened that never did (round 13 A).
      ...conversationClaims(ctx.scenario, ctx.state.log, ref, who),
      // The record saying they were told, or are happy, before anyone wrote to them (round 14 A).
      ...contactClaims(ctx.state.log, ref, who),
      // The record saying a remedy was done that never was, or another instead (session 50; remedy-records.ts).
      ...remedyRecordClaims(
        ctx.state.log,
        ref,
        who,
        dispatchersFor(ctx.scenario, ctx.state, ref),
        ctx.scenario.rubric.some((x) => x.kind === "unneeded_actions" && x.offerCustomers.includes(ref)),
      ),
      // A pledge nobody can keep ("this will never happen again"), where the scenario opts in as for
      // gestures; and the refund told as going to a card they never paid with (round 15 A).
      ...(c.gestureAuthority ? judgePledges(ctx.state.log, ref, who) : []),
      ...judgeCardClaims(ctx.state.log, ref, ctx.state.customers[ref]?.orders ?? {}, who),
      // Told they are on our marketing with no consent recorded for it (lead's mutation set 15).
      ...marketingSignUpClaims(ctx.state.log, ref, ctx.state.customers[ref]?.consents ?? {}, who),
      // "I won't phone you", then a call to them (round 33; call-ruled-out.ts).
      ...callsRuledOutThenMade(ctx.state.log, ref, who),
    ];
  });
  const evidenceOf = (v: (typeof verdicts)[number]): Evidence[] => {
    // A choice the record claims: the record's words, and what the customer's state shows.
    if (v.promise.kind === "choice") {
      const record = actionEvidence(ctx, v.message, "What the record says");
      record.spans = [{ label: "claim", start: v.promise.start, end: v.promise.end, text: v.promise.text }];
      const k = v.message.customerRef ? ctx.state.contacts[v.message.customerRef] : undefined;
      return [
        record,
        stateEvidence(
          `What happened: ${ctx.name(v.message.customerRef)} made no such choice in the attempt${k?.flags.length ? ` (the customer's state: ${k.flags.join(", ")})` : ""}.`,
        ),
      ];
    }
    // The record claiming contact before any: the record's words (round 14 A).
    if (v.promise.kind === "contact") {
      const record = actionEvidence(ctx, v.message, "What the record says");
      record.spans = [{ label: "claim", start: v.promise.start, end: v.promise.end, text: v.promise.text }];
      return [
        record,
        stateEvidence(`What happened: nothing had been sent to ${ctx.name(v.message.customerRef)} yet.`),
      ];
    }
    // A remedy the record says was done: the record's words, and what was (or was not) issued (session 50).
    if (v.promise.kind === "remedy_record") {
      const record = actionEvidence(ctx, v.message, "What the record says");
      // A task or case update shows no text of its own: the claim's offsets are in the action's text.
      record.text = actionText(v.message.action);
      record.spans = [{ label: "claim", start: v.promise.start, end: v.promise.end, text: v.promise.text }];
      const fact = "fact" in v.promise ? (v.promise.fact ?? "") : "";
      return [record, v.action ? actionEvidence(ctx, v.action, fact) : stateEvidence(fact)];
    }
    // A claim to a colleague: the internal message, and when the decision-maker was asked.
    if (v.promise.kind === "approval") {
      const told = actionEvidence(ctx, v.message, "What you told your colleague");
      told.spans = [{ label: "claim", start: v.promise.start, end: v.promise.end, text: v.promise.text }];
      return v.action ? [told, actionEvidence(ctx, v.action, "When you asked")] : [told];
    }
    const said = messageEvidence(
      ctx,
      v.message,
      [],
      v.status === "broken" || v.status === "untrue"
        ? "Broken promise: what you wrote"
        : v.status === "unkept"
          ? "Promise not kept: what you wrote"
          : "What you wrote",
    );
    said.spans = [{ label: "promise", start: v.promise.start, end: v.promise.end, text: v.promise.text }];
    if (v.action) return [said, actionEvidence(ctx, v.action, "What you did")];
    // A remedy promised and never issued: the other half of the evidence is that nothing was (issue 8 item 3).
    return isStatutoryRemedy(v.promise.kind) && v.status !== "kept"
      ? [said, stateEvidence(`What you did: no ${v.promise.kind} was issued before you submitted.`)]
      : [said];
  };
  // Told something untrue about what was done is a contradiction too, with the words as evidence.
  const broken = verdicts.filter((v) => v.status === "broken" || v.status === "untrue");
  const unkept = verdicts.filter((v) => v.status === "unkept");
  // Each verdict says whose it is, and both kinds are shown when both happened (each with its evidence).
  const said = (vs: typeof verdicts) => vs.map((v) => v.explanation).join(" ");
  if (broken.length) {
    const detail = unkept.length
      ? `Broken promises: ${said(broken)} Promises not kept: ${said(unkept)}`
      : said(broken);
    return result(c, "not_met", detail, [
      ...broken.flatMap(evidenceOf).slice(0, 6),
      ...unkept.flatMap(evidenceOf).slice(0, 4),
    ]);
  }
  if (unkept.length) return result(c, "partly", said(unkept), unkept.flatMap(evidenceOf).slice(0, 6));
  const kept = verdicts.filter((v) => v.status === "kept");
  return result(
    c,
    "met",
    kept.length
      ? `Every promise was kept: ${kept.map((v) => v.explanation).join(" ")}`
      : "No promise in your messages was contradicted by what you did.",
    kept.flatMap(evidenceOf).slice(0, 4),
  );
}

/** Plain English and concision: no internal jargon, no pasted walls of text. */
export function evalPlainEnglish(ctx: Ctx, c: Of<"plain_english">): CriterionResult {
  if (!ctx.engaged(c.customerRef)) return nothingToCreditResult(ctx, c, c.customerRef);
  const problems: string[] = [];
  const evidence: Evidence[] = [];
  for (const r of ctx.allMessages) {
    if (!concerns(c.customerRef, r)) continue;
    const jargon = r.analysis?.labels.includes("jargon");
    const wall = r.reading?.wall;
    if (!jargon && !wall) continue;
    if (wall)
      problems.push(
        `${ctx.said(r)} is ${r.reading!.words} words long: a pasted wall a customer will not read`,
      );
    if (jargon) problems.push(`${ctx.said(r)} uses internal jargon`);
    evidence.push(messageEvidence(ctx, r, ["jargon"], wall ? "Too long" : "Jargon"));
  }
  // The shop's internal labels said to the customer ("as one of our detractors"): jargon about them
  // (internal-labels.ts; session 49, tutor 11's monthly-service-review-t11-parrot).
  for (const r of ctx.allMessages) {
    if (!concerns(c.customerRef, r) || !("text" in r.action) || r.analysis?.labels.includes("jargon"))
      continue;
    const labels = internalLabelsIn(r.action.text);
    if (!labels.length) continue;
    const said = [...new Set(labels.map((l) => l.text.toLowerCase()))].slice(0, 3);
    problems.push(`${ctx.said(r)} calls the customer by the shop's internal labels ("${said.join('", "')}")`);
    evidence.push({
      ...messageEvidence(ctx, r, [], "Internal labels"),
      spans: labels.map((l) => ({ label: "jargon", start: l.start, end: l.end, text: l.text })),
    });
  }
  // The law read out provision by provision (round 13 A): a legal wall however short.
  for (const r of ctx.allMessages) {
    if (!concerns(c.customerRef, r) || !("text" in r.action) || r.reading?.wall) continue;
    const cited = statuteCitationsIn(r.action.text);
    if (cited.length < LEGAL_WALL_MIN) continue;
    problems.push(
      `${ctx.said(r)} cites the law ${cited.length} times ("${cited
        .slice(0, 4)
        .map((x) => x.text)
        .join('", "')}"): a legal wall read out, not what it means for the customer`,
    );
    evidence.push({
      ...messageEvidence(ctx, r, [], "The law read out"),
      spans: cited.map((x) => ({ label: "citation", start: x.start, end: x.end, text: x.text })),
    });
  }
  // A public reply to a review is read by every future customer: held to the same standard.
  for (const r of ctx.state.log) {
    if (r.action.type !== "message_person" || r.action.channel !== "review" || !concerns(c.customerRef, r))
      continue;
    const words = countWords(r.action.text);
    const wall = words > WALL_WORDS.review!;
    const jargon = r.analysis?.labels.includes("jargon");
    if (!wall && !jargon) continue;
    if (wall) problems.push(`your public reply is ${words} words long: a pasted wall, not a reply`);
    if (jargon) problems.push("your public reply uses internal jargon");
    evidence.push(actionEvidence(ctx, r, wall ? "Too long" : "Jargon"));
  }
  if (problems.length) return result(c, "not_met", `${problems.join("; ")}.`, evidence.slice(0, 5));
  // Text-speak in writing: a feedback point on register that costs this criterion half, never a band
  // (Level 3 marks what the reply does; register.ts).
  const written = ctx.state.log.filter(
    (r) =>
      concerns(c.customerRef, r) &&
      ((r.action.type === "send_message" && r.action.channel !== "phone") ||
        (r.action.type === "message_person" && r.action.channel === "review")),
  );
  // Sign-off kisses, and emoji in a message that apologises, count with it (round 13 A); text-speak
  // alone reads as before.
  const speak = written.flatMap((r) =>
    "text" in r.action
      ? registerSlipsIn(r.action.text, { emoji: r.analysis?.labels.includes("apologise") ?? false }).map(
          (w) => ({ r, w }),
        )
      : [],
  );
  if (registerPointMissed(speak.map((x) => x.w))) {
    const inWhich = [...new Set(speak.map((x) => x.r))];
    const said = [...new Set(speak.map((x) => x.w.text.toLowerCase()))].slice(0, 5);
    const kinds = new Set(speak.map((x) => x.w.kind));
    const textSpeakOnly = kinds.size === 1 && kinds.has("text-speak");
    const what = listWords(
      [
        kinds.has("text-speak") ? "text-speak" : "",
        kinds.has("emoji") ? "emoji" : "",
        kinds.has("kisses") ? "sign-off kisses" : "",
        kinds.has("endearment") ? 'an endearment ("love", "pet")' : "",
      ].filter(Boolean),
    );
    return {
      ...result(
        c,
        "partly",
        textSpeakOnly
          ? `Short and free of jargon, but written in text-speak ("${said.join('", "')}"): not every customer reads it, and to a customer in writing it is not a professional tone.`
          : `Short and free of jargon, but written with ${what} ("${said.join('", "')}"): in writing to a customer who has been let down, that is the tone of a message to a friend, not a professional one.`,
        inWhich.slice(0, 3).map((r) => ({
          ...actionEvidence(ctx, r, textSpeakOnly ? "Text-speak" : "Register"),
          spans: speak
            .filter((x) => x.r === r)
            .map((x) => ({
              label: x.w.kind ?? "text-speak",
              start: x.w.start,
              end: x.w.end,
              text: x.w.text,
            })),
        })),
      ),
      feedback: textSpeakOnly ? TEXT_SPEAK_FEEDBACK : REGISTER_FEEDBACK,
    };
  }
  return result(c, "met", "Every message was short enough to read and free of internal jargon.", []);
}

const CRA_KINDS = new Set(["refund", "replacement", "repair"]);
/** Flags the engine's own reactions set (scripted-customer.ts engineReactions). */
const ENGINE_RULE_FLAGS: Record<string, string[]> = {
  "engine:rudeness": ["disrespected", "escalation_requested"],
  "engine:broken-promise": ["promise_broken"],
};

/** Had the customer's state one of these flags before action `index`? */
function flagBefore(ctx: Ctx, ref: string, flags: readonly string[], index: number): boolean {
  const contact = ctx.state.contacts[ref];
  const def = ctx.scenario.contacts.find((k) => k.customerRef === ref);
  if (!contact || !def) return false;
  for (const [ruleId, at] of Object.entries(contact.fired)) {
    if (at >= index) continue;
    const rule = [...def.reactions, ...def.timers].find((r) => r.id === ruleId);
    const sets = rule ? rule.setFlags : (ENGINE_RULE_FLAGS[ruleId] ?? []);
    if (sets.some((f) => flags.includes(f))) return true;
  }
  return false;
}

/** What serves a customer, so that a survey can then ask about it. */
const SERVICE_ACTIONS: ReadonlySet<string> = new Set([
  "send_message",
  "log_call",
  "open_case",
  "update_case",
  "close_case",
  "issue_remedy",
]);

/** Unneeded or contradictory actions: each costs, with its reason shown. */
export function evalUnneededActions(ctx: Ctx, c: Of<"unneeded_actions">): CriterionResult {
  const log = ctx.state.log;
  if (!ctx.engaged(undefined)) return nothingToCreditResult(ctx, c);
  const issues: { why: string; r: ActionRecord }[] = [];
  const cases = new Map<string, ActionRecord>();
  const surveys = new Map<string, number>();
  const stageChanges = new Map<string, number>();
  const gestures = new Map<string, number>();
  const craItems = new Map<string, ActionRecord>();
  const neededEscalations = new Set<string>();
  const sent = new Map<string, { key: TemplateKey; r: ActionRecord }[]>();
  // Customers with nothing to put right counted for money off offered in a message, and for a remedy issued.
  const offeredTo = new Set<string>();
  const issuedTo = new Set<string>();
  // Customers the learner has served so far (written to, called, a case or a remedy): a survey asks
  // them about that service. Red-team round 8 B (win-back-r8-survey-everyone: a CSAT survey to all
  // twelve customers on the list, decided Pass, first ran Distinction with nothing unneeded).
  const served = new Set<string>();
  for (const r of log) {
    const a = r.action;
    const ref = r.customerRef ?? "";
    const who = ctx.name(r.customerRef);
    if (SERVICE_ACTIONS.has(a.type) && r.customerRef) served.add(r.customerRef);
    switch (a.type) {
      case "send_message":
      case "message_person": {
        const to = a.type === "send_message" ? ref : (r.personRef ?? "");
        const key = plainTemplateKey(a.text);
        const before = sent.get(to) ?? [];
        if (before.some((b) => isRepeatPair(b.key, key)))
          issues.push({
            r,
            why: `The same message sent to ${a.type === "send_message" ? who : (ctx.scenario.people.find((x) => x.ref === to)?.name ?? "a colleague")} again: they receive it twice, which looks careless and buries what is new.`,
          });
        sent.set(to, [...before, { key, r }]);
        // Money off offered in a message to a customer with nothing to put right is a remedy nobody
        // needed, as issuing one is (the lead's decision after round 31), counted once per customer and
        // not again on top of a remedy issued to them. A consent breach in the same message is a
        // separate fault read by the marketing gate: an offer to a happy customer who consented is still
        // needless, and marketing without consent is unlawful with no money off in it (PECR 2003 reg 22;
        // DPA 2018 s.122(5)), so both are counted (unlike round 30's non-apology, one fault read twice).
        if (
          a.type === "send_message" &&
          r.customerRef &&
          !c.remedyCustomers.includes(ref) &&
          !c.offerCustomers.includes(ref) &&
          !offeredTo.has(ref) &&
          !issuedTo.has(ref)
        ) {
          const offered = moneyOffOffered(a.text);
          if (offered) {
            offeredTo.add(ref);
            issues.push({
              r,
              why: `Money off offered to ${who}, who had nothing to put right ("${offered.length > 90 ? `${offered.slice(0, 87)}…` : offered}"): a remedy nobody needed, as issuing one would be.`,
            });
          }
        }
        break;
      }
      case "open_case": {
        const key = `${ref}:${a.orderRef ?? ""}`;
        const first = cases.get(key);
        if (first)
          issues.push({
            r,
            why: `Case ${r.caseRef} duplicates ${first.caseRef} (same customer${a.orderRef ? ` and order ${a.orderRef}` : ""}): one problem, one case.`,
          });
        else cases.set(key, r);
        break;
      }
      case "send_survey": {
        const n = (surveys.get(ref) ?? 0) + 1;
        surveys.set(ref, n);
        if (n === 2)
          issues.push({
            r,
            why: `More than one survey to ${who}: one is enough; more is survey fatigue and lowers response rates.`,
          });
        // Asked us to remove their details: a survey uses the data they asked us to erase (UK GDPR
        // Art 17(1)), however well they were served. A genuine survey is not direct marketing (ICO
        // direct marketing guidance), so this is an unneeded action, not the marketing gate.
        // Red-team round 10 B (the known gap: a survey to Keith counted only as not yet served).
        else if (
          r.customerRef &&
          customerPermissions(ctx.scenario, ctx.state, r.customerRef).removeDetailsRequested
        )
          issues.push({
            r,
            why: `A survey to ${who}, who asked us to remove their details: it uses the data they asked us to erase (UK GDPR Art 17(1)). A genuine survey is not marketing, but it should not be sent.`,
          });
        else if (!served.has(ref))
          issues.push({
            r,
            why: `A survey to ${who}, whom you had not served in this attempt: a satisfaction survey measures service given, and this one measures nothing.`,
          });
        break;
      }
      case "issue_remedy": {
        if (!c.remedyCustomers.includes(ref)) {
          // The remedy offered in a message and then issued is one remedy, counted once.
          const toldFirst = offeredTo.has(ref) && !issuedTo.has(ref);
          issuedTo.add(ref);
          if (toldFirst) break;
          issues.push({
            r,
            why: `A ${a.kind} for ${who}, who had no problem to put right: a remedy nobody needed.`,
          });
          break;
        }
        if (CRA_KINDS.has(a.kind)) {
          const key = `${ref}:${a.orderRef}:${a.sku ?? ""}`;
          const first = craItems.get(key);
          if (first)
            issues.push({
              r,
              why: `A ${a.kind} on top of the ${first.remedy?.kind} already issued for the same item: the remedies contradict each other.`,
            });
          else craItems.set(key, r);
        } else {
          const n = (gestures.get(ref) ?? 0) + 1;
          gestures.set(ref, n);
          if (n === 2)
            issues.push({
              r,
              why: `A second goodwill gesture or voucher for ${who}: one gesture is enough, and stacking them is not within the spirit of the policy.`,
            });
        }
        break;
      }
      case "escalate": {
        // An escalation the case needs (to the person who decides it) is not an issue the first time.
        const to = a.toRef ?? "";
        if (c.escalateTo.includes(to) && !neededEscalations.has(to)) {
          neededEscalations.add(to);
          break;
        }
        if (!flagBefore(ctx, ref, c.escalationFlags, r.index)) {
          issues.push({
            r,
            why: `Escalated ${who} to a manager although they had not asked for one and the fix was within your authority: needless escalations slow the customer down.`,
          });
        }
        break;
      }
      case "change_stage": {
        const n = (stageChanges.get(ref) ?? 0) + 1;
        stageChanges.set(ref, n);
        const allowed = c.stages[ref];
        if (!allowed || !allowed.includes(a.stage)) {
          issues.push({
            r,
            why: `Moved ${who} to the ${a.stage} stage${allowed ? ` (the right stage is ${allowed.join(" or ")})` : ", which nothing in their record supports"}.`,
          });
        } else if (n > 1) {
          issues.push({ r, why: `Changed ${who}'s stage ${n} times: decide once, from the record.` });
        }
        break;
      }
      default:
        break;
    }
  }
  const evidence = issues.slice(0, 6).map((i) => actionEvidence(ctx, i.r, "Not needed"));
  const detail = issues.map((i) => i.why).join(" ");
  if (issues.length === 0)
    return result(c, "met", `None of your ${log.length} actions was unneeded or contradicted another.`, []);
  if (issues.length <= c.partlyMaxIssues) return result(c, "partly", detail, evidence);
  return result(c, "not_met", detail, evidence);
}
