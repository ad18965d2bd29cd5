/**
 * Marketing consent: recorded at sign-up with the welcome email, changed later by some customers, and
 * overridden where a story needs it (e.g. everything withdrawn after a PECR complaint). Channels a story
 * contacts a customer through are always consented to.
 */
import type { Channel } from "../../../server/core/crm-dataset";
import { SHOP_NAME } from "../../../server/core/catalogue";
import { AS_OF_MS, DAY, DEMO_AS_OF, isPast, MINUTE, plus, type SeedContext } from "./context";
import { addInteraction, type Draft } from "./drafts";
import { SYSTEM_AUTHOR } from "./lifecycle";

export function recordConsents(ctx: SeedContext, drafts: Draft[]): void {
  const { rng, staff } = ctx;
  for (const c of drafts) {
    const method = c.orders[0]?.channel === "phone" ? "phone call" : "checkout tick-box";
    const initial = new Map<Channel, boolean>();
    for (const ch of ["email", "sms", "phone", "post"] as const) {
      const p = c.plan.refusesAll
        ? 0
        : { email: 0.72, sms: 0.35, phone: 0.15, post: 0.3 }[ch] + (c.plan.arch === "loyal" ? 0.15 : 0);
      initial.set(ch, rng.chance(p) || c.requiredConsent.has(ch));
    }
    const signupAt = plus(c.since, 2 * MINUTE);
    for (const ch of ["email", "sms", "phone", "post"] as const) {
      const granted = initial.get(ch) ?? false;
      c.consents.set(ch, {
        channel: ch,
        granted,
        method: granted ? method : `${method} (not given)`,
        recordedAt: signupAt,
      });
    }
    const yesNo = (ch: Channel) => (initial.get(ch) ? "yes" : "no");
    addInteraction(c, {
      kind: "email",
      direction: "outbound",
      subject: `Welcome to ${SHOP_NAME}`,
      body: `Welcome email: account created${c.loyaltyMember ? " and loyalty scheme joined (1 point per £1)" : ""}.`,
      author: SYSTEM_AUTHOR,
      occurredAt: plus(c.since, 5 * MINUTE),
    });
    addInteraction(c, {
      kind: "consent_change",
      direction: null,
      subject: "Marketing consent recorded",
      body: `Marketing consent recorded at sign-up (${method}): email – ${yesNo("email")}, SMS – ${yesNo("sms")}, phone – ${yesNo("phone")}, post – ${yesNo("post")}.`,
      author: SYSTEM_AUTHOR,
      occurredAt: signupAt,
    });
    // A later change for some customers (not those who refused everything, nor those a story relies on).
    if (
      !c.plan.refusesAll &&
      c.requiredConsent.size === 0 &&
      c.consentOverrides.size === 0 &&
      rng.chance(0.3)
    ) {
      const ch = rng.pick(["email", "sms", "phone", "post"] as const);
      const current = c.consents.get(ch);
      const at = plus(
        c.since,
        rng.int(20, Math.max(21, Math.floor((AS_OF_MS - c.since.getTime()) / DAY) - 2)) * DAY,
      );
      if (current && isPast(at)) {
        const granted = !current.granted;
        const how = granted
          ? ch === "phone"
            ? "phone call"
            : "account settings"
          : ch === "email"
            ? "unsubscribe link"
            : ch === "sms"
              ? "replied STOP to SMS"
              : ch === "phone"
                ? "phone call"
                : "account settings";
        c.consents.set(ch, { channel: ch, granted, method: how, recordedAt: at });
        const label = ch === "sms" ? "SMS" : `${ch.charAt(0).toUpperCase()}${ch.slice(1)}`;
        addInteraction(c, {
          kind: "consent_change",
          direction: null,
          subject: "Marketing consent updated",
          body: `${label} marketing consent ${granted ? "given" : "withdrawn"} (${how}).`,
          author: how === "phone call" ? staff() : SYSTEM_AUTHOR,
          occurredAt: at,
        });
      }
    }
    // Consent records set by a story override the sign-up record.
    if (c.consentOverrides.size > 0) {
      for (const [ch, k] of c.consentOverrides) c.consents.set(ch, k);
      const at = [...c.consentOverrides.values()][0]?.recordedAt ?? DEMO_AS_OF;
      const withdrawn = [...c.consentOverrides.values()]
        .filter((k) => !k.granted)
        .map((k) => (k.channel === "sms" ? "SMS" : k.channel));
      addInteraction(c, {
        kind: "consent_change",
        direction: null,
        subject: "Marketing consent withdrawn",
        body: `Marketing consent withdrawn by phone: ${withdrawn.join(", ")}.`,
        author: "Gareth Evans",
        occurredAt: at,
      });
    }
  }
}
