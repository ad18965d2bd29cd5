/**
 * Consent as evidence. A CRM consent field is a record of what the customer said, not a switch the
 * adviser may flip: under UK GDPR the business must be able to show the customer gave consent (Art
 * 7(1)), personal data must be accurate (Art 5(1)(d)), and PECR consent is the customer's own freely
 * given, specific, informed indication (PECR reg 2(3) with UK GDPR Art 4(11)).
 *
 * So the engine judges marketing against what the customer ACTUALLY gave in the scenario:
 * - the consents and marketing facts the scenario starts with (`customers[].consents`,
 *   `customers[].marketing`: TPS registration, objections, soft-opt-in eligibility, a removal request);
 * - plus what the scripted customer says during the attempt (`contacts[].consentStatements`: an
 *   opening message, a form, a call note, or a reply once a reaction has fired, `since`).
 * A learner's `update_consent` that grants consent nobody gave changes the CRM but not the law: it
 * is "laundered" consent (`consentEvidenced: false`), a data-protection breach the rubric can cap,
 * and marketing that follows is still judged against the consent actually given.
 *
 * Channel rules are in ../marketing-rules.ts (PECR regs 19, 21, 22, 23; UK GDPR Art 6(1)(f), 21).
 */
import { z } from "zod";
import { CHANNELS } from "../vocabulary";
import {
  judgeMarketing,
  marketingChannelOf,
  mentionsOptOut,
  type MarketingPermissions,
} from "../marketing-rules";
import type { AttemptState, Channel } from "./engine-types";
import type { MessageChannel } from "./learner-actions";
import { readableText } from "./learner-spelling";
import type { Scenario } from "./scenario-schema";

const OBJECTABLE = [...CHANNELS, "all"] as const;

/** `customers[].marketing`: facts about the customer that the marketing rules need. */
export const marketingFactsSchema = z
  .object({
    /** Their phone number is on the Telephone Preference Service (PECR reg 21(1)(b)). */
    tpsRegistered: z.boolean().default(false),
    /** Channels they have objected to marketing on, or "all" (UK GDPR Art 21(2)–(3)). */
    objections: z.array(z.enum(OBJECTABLE)).default([]),
    /** Channels on which the soft opt-in covers them (PECR reg 22(3)): email and/or sms. */
    softOptIn: z.array(z.enum(["email", "sms"])).default([]),
    /** They have asked us to remove their details (UK GDPR Art 17(1)(c), Art 21(3)). */
    removeDetailsRequested: z.boolean().default(false),
  })
  .strict();
export type MarketingFacts = z.output<typeof marketingFactsSchema>;

/** `contacts[].consentStatements`: consent the customer gives or withdraws during the scenario. */
export const consentStatementSchema = z
  .object({
    /** A channel, or "all" (only with granted: false: an objection to all marketing). */
    channel: z.enum(OBJECTABLE),
    granted: z.boolean(),
    /** They also asked us to remove their details. */
    removeDetails: z.boolean().default(false),
    /** Where the customer said it, for the report: "opening email", "sign-up form", "call note"… */
    source: z.string().trim().min(1).max(200),
    /** Said only once this reaction of theirs has fired; absent: known from the start. */
    since: z.string().min(1).optional(),
  })
  .strict()
  .refine((s) => s.channel !== "all" || !s.granted, {
    message: 'consent cannot be granted for "all" channels at once',
    path: ["granted"],
  });
export type ConsentStatement = z.output<typeof consentStatementSchema>;

/** Statements the customer has made by now (before the action being judged). */
function statementsSoFar(scenario: Scenario, state: AttemptState, customerRef: string): ConsentStatement[] {
  const contact = scenario.contacts.find((c) => c.customerRef === customerRef);
  if (!contact) return [];
  const fired = state.contacts[customerRef]?.fired ?? {};
  return contact.consentStatements.filter((s) => s.since === undefined || fired[s.since] !== undefined);
}

/** What the customer has actually permitted by now, whatever the CRM fields have been set to. */
export function customerPermissions(
  scenario: Scenario,
  state: AttemptState,
  customerRef: string,
): MarketingPermissions {
  const def = scenario.customers.find((c) => c.ref === customerRef);
  const consent: MarketingPermissions["consent"] = {};
  const facts = def?.marketing;
  const objections = new Set<(typeof OBJECTABLE)[number]>(facts?.objections ?? []);
  for (const k of def?.consents ?? []) {
    consent[k.channel] = k.granted;
    // Calls and letters need no consent, so a recorded "no" to them can only mean "don't" (Art 21(2)).
    if (!k.granted && (k.channel === "phone" || k.channel === "post")) objections.add(k.channel);
  }
  let removeDetails = facts?.removeDetailsRequested ?? false;
  // Statements apply in order; a later one overrides an earlier one for its channel.
  for (const s of statementsSoFar(scenario, state, customerRef)) {
    if (s.removeDetails) removeDetails = true;
    if (s.channel === "all") {
      objections.add("all");
      continue;
    }
    consent[s.channel] = s.granted;
    if (s.granted) objections.delete(s.channel);
    else objections.add(s.channel); // withdrawing consent is an objection to that channel
  }
  const softOptIn: MarketingPermissions["softOptIn"] = {};
  for (const ch of facts?.softOptIn ?? []) softOptIn[ch] = true;
  return {
    consent,
    softOptIn,
    tpsRegistered: facts?.tpsRegistered ?? false,
    objections: [...objections],
    removeDetailsRequested: removeDetails,
  };
}

export interface MessageMarketing {
  /** The customer had actually consented to marketing on this channel. */
  consent: boolean;
  /** The law allowed this marketing message (consent, soft opt-in, no TPS/objection, legitimate interests). */
  lawful: boolean;
  /** The message offers an easy way to opt out. */
  optOutOffered: boolean;
  explanation: string;
}

/** Judges a learner's message as direct marketing to this customer on this channel. */
export function judgeMessageMarketing(
  scenario: Scenario,
  state: AttemptState,
  customerRef: string,
  channel: MessageChannel,
  text: string,
): MessageMarketing {
  // Read as a tutor reads it: "you can usnubscribe at any time" offers the opt-out (a slip in the
  // word is not a missing opt-out; learner-spelling.ts, spelling-correction.ts).
  const optOutOffered = mentionsOptOut(readableText(text).text);
  const mc = marketingChannelOf(channel);
  if (!mc) {
    return {
      consent: false,
      lawful: false,
      optOutOffered,
      explanation: "Offers in the live chat are against shop policy.",
    };
  }
  const p = customerPermissions(scenario, state, customerRef);
  const consentKey = mc === "live_call" ? "phone" : mc === "automated_call" ? "automated_call" : mc;
  const v = judgeMarketing(p, { channel: mc, offersOptOut: optOutOffered });
  // Consent given once and then withdrawn is no consent: an objection to marketing on this channel or
  // all of it, or a request to remove their details, ends it (UK GDPR Art 7(3), Art 21(3)). Red-team
  // round 22 B (win-back-r22-keith-leaving-survey): Keith's email, sent after he asked to be removed,
  // was reported only as missing an opt-out, as if his old checkout tick still stood.
  const withdrawn =
    p.removeDetailsRequested || (p.objections ?? []).some((o) => o === "all" || o === consentKey);
  return {
    consent: p.consent[consentKey] === true && !withdrawn,
    lawful: v.lawful,
    optOutOffered,
    explanation: v.explanation,
  };
}

/**
 * Is a learner's consent change backed by what the customer said? Granting consent counts only when
 * the customer gave it (at the start or by now in the attempt). Recording a refusal or withdrawal is
 * always accepted: it never exposes the customer to marketing they did not want.
 */
export function consentChangeEvidenced(
  scenario: Scenario,
  state: AttemptState,
  customerRef: string,
  channel: Channel,
  granted: boolean,
): boolean {
  if (!granted) return true;
  const p = customerPermissions(scenario, state, customerRef);
  return (
    p.consent[channel] === true &&
    !p.removeDetailsRequested &&
    !(p.objections ?? []).some((o) => o === "all" || o === channel)
  );
}

/** Schema checks beyond types: `since` names one of that customer's reactions. */
export function checkConsentStatements(
  scenario: Scenario,
  err: (path: string, message: string) => void,
): void {
  for (const [ci, c] of scenario.contacts.entries()) {
    const ids = new Set(c.reactions.map((r) => r.id));
    for (const [si, s] of c.consentStatements.entries()) {
      if (s.since !== undefined && !ids.has(s.since)) {
        err(
          `contacts[${ci}].consentStatements[${si}].since`,
          `"${s.since}" is not one of this customer's reactions`,
        );
      }
    }
  }
}
