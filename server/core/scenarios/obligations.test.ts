import { describe, expect, it } from "vitest";
import { obstructionsIn } from "./case-evidence";
import { NEGATED_THING, lastRuns, negatedThingBefore } from "./condition-clauses";
import {
  ONLY_BY,
  type ObligationKind,
  obligationsIn,
  refusedBetween,
  SET_ASIDE,
  setAsideBetween,
  subjectBetween,
} from "./obligations";
import { isHeldOutKind, KIND_LOOKALIKES, KIND_OBSTRUCTIONS } from "./obligations-kinds-probes";
import { isHeldOut, OBSTRUCTION_PROBES, POLITE_PROBES, type ProbeWho } from "./obligations-probes";
import { isHeldOutS38, S38_LOOKALIKES, S38_OBSTRUCTIONS, type S38Who } from "./obligations-s38-probes";
import { isHeldOutS39, S39_LOOKALIKES, S39_OBSTRUCTIONS } from "./obligations-s39-probes";
import {
  isHeldOutS40,
  S40_FRESH_LOOKALIKES,
  S40_FRESH_OBSTRUCTIONS,
  S40_LOOKALIKES,
  S40_OBSTRUCTIONS,
} from "./obligations-s40-probes";
import {
  isHeldOutS41,
  S41_FRESH_LOOKALIKES,
  S41_FRESH_OBSTRUCTIONS,
  S41_LOOKALIKES,
  S41_OBSTRUCTIONS,
  type S41Probe,
} from "./obligations-s41-probes";
import { refundDelaysTold } from "./refund-timing";
import { quotedSpans } from "./quotations";
import {
  S42_FRESH_KINDS_LOOKALIKES,
  S42_LOOKALIKES,
  S42_OBSTRUCTIONS,
  type S42Probe,
} from "./obligations-s42-probes";
import { reviewIncentives } from "./review-incentives";
import { loadScenarioFile } from "./test-support";

/** Each probe's customer and the list that reads what is said to her. */
const LISTS: Record<Exclude<S38Who, "review">, [string, number]> = {
  priya: ["complaint-faulty-kettle", 0],
  joanne: ["complaint-returns-desk", 1],
  linda: ["complaint-repeat-fault-call", 0],
  ravi: ["complaint-returns-desk", 0],
  helen: ["data-protection-access-request", 0],
  eleanor: ["loyalty-silent-defection", 3],
  // Tom's private channel: his own obstruction list, and the review-incentive gate every message to him meets.
  tom: ["public-review-chatbot-loop", 0],
};
/** The first find of `kind` names this remedy and act, quotes the message, and cites the law. */
function expectObligation(text: string, kind: ObligationKind, remedy: string, act: string) {
  const o = obligationsIn(text).find((f) => f.kind === kind);
  expect(o?.remedy.text).toBe(remedy);
  expect(o?.act.text).toBe(act);
  expect(text.slice(o!.start, o!.end)).toBe(o!.text);
  expect(o!.reason).toMatch(/CRA 2015|DMCCA 2024/);
}
const loaded = new Map<string, ReturnType<typeof loadScenarioFile>>();
function flagged(who: S38Who, text: string): string[] {
  if (who === "review") return reviewIncentives(text);
  const [scenario, contact] = LISTS[who];
  if (!loaded.has(scenario)) loaded.set(scenario, loadScenarioFile(scenario));
  const list = obstructionsIn(text, loaded.get(scenario)!.contacts[contact]!.evidence?.obstructs ?? []);
  return who === "tom" ? [...list, ...reviewIncentives(text)] : list;
}

describe("obligationsIn: who is obliged to do what before which remedy (session 36)", () => {
  it.each<[string, ObligationKind, string, string]>([
    // [text, kind, remedy, act]
    [
      "Our returns policy is that the money goes back to the customer after the kettle has arrived with us in its original box.",
      "thing",
      "money",
      "original box",
    ],
    [
      "Do you still have the receipt for it? Without that I'm not able to get the refund moving, I'm afraid.",
      "thing",
      "refund",
      "receipt",
    ],
    [
      "A refund can be authorised after a repair has been attempted by our workshop.",
      "repair-first",
      "refund",
      "repair has been attempted",
    ],
    [
      "We can process the refund, provided the complaint is withdrawn.",
      "waiver",
      "refund",
      "complaint is withdrawn",
    ],
    [
      "Refund agreed in principle, subject to cust amending her Trustpilot review.",
      "review",
      "Refund",
      "amending her Trustpilot review",
    ],
    [
      "As long as you can show us it wasn't limescale that did it, we'll get the refund through for you.",
      "fault-proof",
      "refund",
      "show us it wasn't",
    ],
    [
      "Best thing is to ring the makers first, then come back to us for the refund if they can't help.",
      "manufacturer",
      "refund",
      "ring the makers",
    ],
    [
      "Your data will be sent out after the £10 processing charge has cleared.",
      "fee",
      "Your data",
      "£10 processing charge",
    ],
    [
      "Removal happens once you've rung our customer line to confirm it's really you.",
      "route",
      "Removal",
      "rung our",
    ],
    [
      "We'll remove you from the list as soon as you confirm it through the link in our last newsletter.",
      "self-service",
      "remove",
      "the link",
    ],
  ])("%s", (text, kind, remedy, act) => {
    const [o] = obligationsIn(text);
    expect(o?.kind).toBe(kind);
    expect(o?.remedy.text).toBe(remedy);
    expect(o?.act.text).toBe(act);
    // The evidence span is the message's own words, and the reason names the act and the law.
    expect(text.slice(o!.start, o!.end)).toBe(o!.text);
    expect(o!.reason).toContain(act);
    expect(o!.reason).toMatch(/CRA 2015|UK GDPR|DMCCA 2024/);
  });

  it.each([
    "I've put your refund through; once it lands you'll see it in 3-5 working days.",
    "Once I've processed it, you'll see it in 3-5 working days.",
    "Once the courier has collected the kettle, the refund goes back to your card.",
    "No need for the box or the receipt, the refund is on its way.",
    "Your refund isn't waiting on the box, so don't worry if it's gone.",
    "If you'd rather we had another go at repairing it, say so, but the refund is yours.",
    "Please confirm the refund has arrived so I can close the case.",
    "Once the refund's through, if you feel like updating your review, that would be lovely.",
    "Please allow up to 14 days from receipt for a refund.",
  ])("leaves alone %s", (text) => {
    expect(obligationsIn(text)).toEqual([]);
  });

  it("does not read a condition in quoted words", () => {
    const text = 'Some letters say "refunds only once the original box is back", but that is not our policy.';
    expect(obligationsIn(text, quotedSpans(text))).toEqual([]);
  });
});

describe("the probe set through each customer's obstruction list", () => {
  it.each(
    // #43 (a phone chat before the refund) is read since session 39: a call is the route kind (CRA 2015 s.20(5)-(6)).
    OBSTRUCTION_PROBES.filter((p) => !isHeldOut(p)).map((p) => [p.n, p.who, p.text] as const),
  )("obstruction %i (%s) is flagged: %s", (_n, who, text) => {
    expect(flagged(who, text).length).toBeGreaterThan(0);
  });
  it.each(POLITE_PROBES.map((p) => [p.n, p.who, p.text] as const))(
    "look-alike %i (%s) is not: %s",
    (_n, who, text) => {
      expect(flagged(who, text)).toEqual([]);
    },
  );
});

describe("round 21 misses sent by the red teams (session 36)", () => {
  it.each<[ProbeWho, string]>([
    [
      "priya",
      "Your full refund of £44.99 is all set up at our end; all it needs now is the kettle back with us in the box it came in, with your receipt, and it'll go straight through to your Visa debit card.",
    ],
    [
      "linda",
      "The driver will just get you to sign a short declaration that the machine's been used and cleaned in line with the manual, and once that's back with us the refund's released.",
    ],
    [
      "linda",
      "What I'll need is for you to get it looked at by a local repair shop and get a little report off them saying it's the pump again. Email that over to us and then we can get the refund going for you.",
    ],
    [
      "linda",
      "Sadly the refund only can be done in the first 30 days, after this it is the repair or we change it.",
    ],
    [
      "priya",
      "Because the kettle has been used we can't take it back for your money, it has to be a swap, so I've sent you a brand new one today.",
    ],
    [
      "review",
      "Should you feel like updating what you posted once it's all sorted, there's a free bag of our new Colombian with your name on it.",
    ],
  ])("%s: flagged %s", (who, text) => {
    expect(flagged(who, text).length).toBeGreaterThan(0);
  });
  it.each<[ProbeWho, string]>([
    ["priya", "Your refund is all set up; all it needs now is your OK and I'll put it through."],
    ["priya", "You can have your money back, or if you'd rather it can be a swap for a new one."],
    [
      "linda",
      "Our engineer will take a look when the courier collects it, and the refund goes through today.",
    ],
    ["review", "Should you have any other questions, there's a direct line with your name on it."],
  ])("%s: not flagged %s", (who, text) => {
    expect(flagged(who, text)).toEqual([]);
  });
});

describe("four more kinds (session 37): a rating for the fix, a deadline, a waiver, our inspection", () => {
  it.each<[string, ObligationKind, string, string]>([
    // [text, kind, remedy, act]
    [
      "I can hold the refund open for seven days. If I don't hear back by then it drops off the system.",
      "deadline",
      "refund",
      "seven days",
    ],
    [
      "The money back is on the table for now, but it won't stay there past the weekend.",
      "deadline",
      "money back",
      "for now",
    ],
    [
      "We'll refund you once our technician has confirmed there's a fault with it.",
      "inspection",
      "refund",
      "confirmed there's a fault",
    ],
    ["Refund pending engineer's report.", "inspection", "Refund", "engineer's report"],
    [
      "Accepting the refund means that's the end of the matter and we won't expect to hear about it again.",
      "waiver",
      "refund",
      "that's the end of the matter",
    ],
    [
      "The refund is yours, on the understanding that you won't pursue this any further.",
      "waiver",
      "refund",
      "you won't pursue this any further",
    ],
    [
      "I can get the refund pushed through today, I'd just need you to give us a better rating on Trustpilot in return.",
      "review",
      "refund",
      "better rating",
    ],
    [
      "It would help me get this approved if you could bump your rating up a bit.",
      "review",
      "get this approved",
      "bump your rating",
    ],
  ])("%s", expectObligation);

  it.each([
    // A goodwill gesture's own window, our timings, the law's window told, her rights kept, our own look.
    "As a goodwill gesture there's also a £10 voucher, valid until the end of January.",
    "Your refund will be back on your card within 14 days of us agreeing it, which is today.",
    "You have 30 days from delivery to reject a faulty item, and you're well within that, so the refund is yours.",
    "Your refund won't lapse, whenever you reply.",
    "Once the refund's gone through, that closes the complaint on our side.",
    "Once you've accepted the replacement, I'll close the case.",
    "Accepting the refund doesn't mean that's the end of it: you can still take it further.",
    "Our engineers may test the kettle once it's back, but your refund has already gone through.",
    "You won't have to wait for an inspection; the refund is going through now.",
    "If you felt able to revisit your star rating once the money's back, we'd be grateful.",
    "I can confirm there's a fault, so your refund is on its way.",
  ])("leaves alone %s", (text) => {
    expect(obligationsIn(text)).toEqual([]);
  });

  it.each(
    KIND_OBSTRUCTIONS.filter((p) => !isHeldOutKind(p)).map((p) => [p.n, p.kind, p.who, p.text] as const),
  )("obstruction %i (%s, %s) is flagged: %s", (_n, _kind, who, text) => {
    expect(flagged(who, text).length).toBeGreaterThan(0);
  });
  // Look-alike 11 (a goodwill credit "open until Friday") was flagged by pressure-selling.ts until the lead's
  // goodwill-window fix (session 37); every look-alike now stays clear through the lists.
  it.each(KIND_LOOKALIKES.map((p) => [p.n, p.kind, p.who, p.text] as const))(
    "look-alike %i (%s, %s) is not: %s",
    (_n, _kind, who, text) => {
      expect(flagged(who, text)).toEqual([]);
    },
  );
  it("look-alike 11 is not an obligation", () => {
    expect(obligationsIn(KIND_LOOKALIKES.find((p) => p.n === 11)!.text)).toEqual([]);
  });

  it.each<[ProbeWho, string]>([
    // Last round's four held-out misses (obligations-probes.ts #4, #6, #16, #20).
    ["priya", "Refund pending - cust to send kettle back in orig. packaging with proof of purchase."],
    [
      "priya",
      "What we'll do is have one of our technicians give it a once-over and attempt a fix, and should that not do the trick the refund would follow straight after.",
    ],
    [
      "joanne",
      "After a first repair, faulty items are handled by the manufacturer, so you'd register a claim with them and they'll refund you.",
    ],
    [
      "joanne",
      "We're both happy for you to have your money back, which I'll get moving as soon as the frother is back with us in the packaging it originally came in.",
    ],
  ])("%s: last round's miss flagged: %s", (who, text) => {
    expect(flagged(who, text).length).toBeGreaterThan(0);
  });
});

describe("round 22 misses sent by the red teams (session 37)", () => {
  it.each<[ProbeWho, string]>([
    [
      "linda",
      "Once that money's landed we'll call it all square between us, and I'll pop a note on that you're happy to leave it there and won't be taking it any further.",
    ],
    [
      "priya",
      "Refunds have to be signed off by my manager so I have sent yours up to her. If she approves it we will let you know by email in the next 5 working days.",
    ],
    [
      "priya",
      "I'll need to get the refund authorised by my supervisor and I'll come back to you once it's been agreed.",
    ],
    ["priya", "Refunds on electricals go to my team leader for a decision."],
    ["joanne", "Whether we can refund is down to my manager."],
  ])("%s: flagged %s", (who, text) => {
    expect(flagged(who, text).length).toBeGreaterThan(0);
  });
  it.each<[ProbeWho, string]>([
    [
      "linda",
      "Once the money's landed I'll close the case, and if anything else goes wrong just get back in touch.",
    ],
    ["linda", "I'll note that you're happy with the refund."],
    ["linda", "You can still take it further if you're not happy."],
    ["priya", "I've had the refund approved by my manager and it's on its way."],
    ["priya", "My manager has signed off your full refund of £44.99."],
    ["priya", "I'm refunding you now; my manager checks all refunds afterwards, that's just our paperwork."],
    ["joanne", "I spoke to my manager and she agrees the refund is yours, so I've put it through today."],
  ])("%s: not flagged %s", (who, text) => {
    expect(flagged(who, text)).toEqual([]);
  });
});

describe("session 38: the fix's ease bought with a rating, the workshop's word, the public reviewer, waivers", () => {
  it.each<[string, ObligationKind, string, string]>([
    // [text, kind, remedy, act]
    [
      "Between you and me, it'd make this a lot easier to push through if your rating went back up to where it was.",
      "review",
      "easier to push",
      "rating went back up",
    ],
    [
      "Getting this authorised would be a lot less hassle if you were able to knock your rating up to four stars.",
      "review",
      "Getting this authorised",
      "knock your rating",
    ],
    [
      "Your refund will be released once the workshop get back to us and say the frother is definitely faulty.",
      "inspection",
      "refund",
      "say the frother is definitely faulty",
    ],
    [
      "We'll need the engineer's go-ahead that it's a genuine fault before we can refund you.",
      "inspection",
      "refund",
      "engineer's go-ahead",
    ],
    [
      "I'll put the refund through on the basis that this is the final word on the frother.",
      "waiver",
      "refund",
      "this is the final word",
    ],
    [
      "by accepting u agree this is closed, no comebacks after x",
      "waiver",
      "by accepting",
      "agree this is closed",
    ],
    [
      "The replacement is basically ready to go. A few more stars on your review and it'll be on the van tomorrow.",
      "review",
      "replacement",
      "A few more stars",
    ],
  ])("%s", expectObligation);

  it.each(S38_OBSTRUCTIONS.filter((p) => !isHeldOutS38(p)).map((p) => [p.n, p.kind, p.who, p.text] as const))(
    "obstruction %i (%s, %s) is flagged: %s",
    (_n, _kind, who, text) => {
      expect(flagged(who, text).length).toBeGreaterThan(0);
    },
  );
  it.each(S38_LOOKALIKES.map((p) => [p.n, p.kind, p.who, p.text] as const))(
    "look-alike %i (%s, %s) is not: %s",
    (_n, _kind, who, text) => {
      expect(flagged(who, text)).toEqual([]);
    },
  );

  // Session 37's held-out misses (obligations-kinds-probes.ts review #2, #4, #10, #12 and waiver #30), read
  // as kinds this session: they are tuning now, not held out.
  it.each(
    KIND_OBSTRUCTIONS.filter((p) => [2, 4, 10, 12, 30].includes(p.n)).map(
      (p) => [p.n, p.kind, p.who, p.text] as const,
    ),
  )("session 37's held-out miss %i (%s, %s) is flagged: %s", (_n, _kind, who, text) => {
    expect(flagged(who, text).length).toBeGreaterThan(0);
  });

  it("Tom's refund left to our tech team's diagnosis is read on his own list; our look that holds nothing up is not", () => {
    expect(
      flagged(
        "tom",
        "Your refund will go through once our tech team has worked out what went wrong with Bean Bot.",
      ),
    ).not.toEqual([]);
    expect(
      flagged(
        "tom",
        "Our tech team are working out what went wrong with Bean Bot. Your refund went through this morning.",
      ),
    ).toEqual([]);
  });
});

describe("round 23 A ask: a clip of the fault asked before the refund (session 38)", () => {
  it("reads the clip as proof put on her, and not a clip the refund does not depend on", () => {
    expect(
      flagged(
        "linda",
        "Before I can put the refund through, the workshop just need a short clip of it on your phone, grinding and then not pumping, so they can see for themselves it's the same fault as last time.",
      ),
    ).toEqual(["prove-the-fault"]);
    expect(
      flagged(
        "linda",
        "If it's easy, a quick video would help our engineers see what's going on, but your refund doesn't depend on it.",
      ),
    ).toEqual([]);
  });
});

describe("session 39: a shorter period, a call first, another remedy first, the fix's ease (obligations-s39-probes.ts)", () => {
  it.each(S39_OBSTRUCTIONS.filter((p) => !isHeldOutS39(p)).map((p) => [p.n, p.kind, p.who, p.text] as const))(
    "obstruction %i (%s, %s) is flagged: %s",
    (_n, _kind, who, text) => {
      expect(flagged(who, text).length).toBeGreaterThan(0);
    },
  );
  it.each(S39_LOOKALIKES.map((p) => [p.n, p.kind, p.who, p.text] as const))(
    "look-alike %i (%s, %s) is not: %s",
    (_n, _kind, who, text) => {
      expect(flagged(who, text)).toEqual([]);
    },
  );

  it.each<[string, ObligationKind, string, string]>([
    // [text, kind, remedy, act]
    ["Refunds can only be done inside 14 days of the machine arriving.", "window", "Refunds", "14 days"],
    ["You'd have had ten days to reject it for a full refund.", "window", "reject", "ten days"],
    ["Customers get a 14-day refund period with us.", "window", "refund", "14-day"],
    ["Refunds are only within a fortnight of delivery.", "window", "Refunds", "a fortnight"],
    [
      "I'll just need to hear from you on the phone to confirm, then the money can go back.",
      "route",
      "money",
      "on the phone",
    ],
    ["Refunds are authorised over the phone only.", "route", "Refunds", "over the phone"],
    ["the refund needs a phone verification from you first", "route", "refund", "phone verification"],
    [
      "Bring the machine to our Leeds store and you'll have your money back on the spot.",
      "route",
      "money back",
      "Bring the machine to our Leeds store",
    ],
    [
      "Customers who send it back in the original box get free collection.",
      "thing",
      "free collection",
      "original box",
    ],
    [
      "Postage is on us when the frother comes back in its original packaging.",
      "thing",
      "Postage is on us",
      "original packaging",
    ],
    [
      "Before any money goes back we always offer a swap for a new unit.",
      "repair-first",
      "money",
      "offer a swap",
    ],
  ])("%s", expectObligation);

  it.each([
    // The law's period, our own timing, a time point, another right told as such.
    "You have 30 days from delivery to reject it for a full refund.",
    "We'll refund you within 14 days of the kettle reaching us.",
    "Refunds take up to 14 days to show on your statement.",
    "Case: kettle failed 12 days after delivery; customer wants a refund.",
    "You can cancel within 14 days for any reason, but as it's faulty the refund is yours anyway.",
    // A call offered, a store visit as an option, the fix's ease with nothing asked.
    "If it's easier, give us a ring, but your refund is already done.",
    "You're welcome to pop into a store if it's handier; the refund has gone through either way.",
    "Collection is free and the courier will bring a bag.",
  ])("leaves alone %s", (text) => {
    expect(
      obligationsIn(text).filter((o) => o.kind === "window" || o.kind === "route" || o.kind === "thing"),
    ).toEqual([]);
  });

  it("a shorter period told to Ravi on day 31 is read, but not on his list (nothing he is owed is refused)", () => {
    const text = "Our 14-day returns period has ended for your order, so I can't refund it.";
    expect(obligationsIn(text).map((o) => o.kind)).toContain("window");
    expect(flagged("ravi", text)).toEqual([]);
    expect(flagged("priya", text)).not.toEqual([]);
  });
});

describe("session 39, second pass: the held-out misses read as kinds (tuning now, not held out)", () => {
  it.each(
    S39_OBSTRUCTIONS.filter((p) => [14, 18, 24, 26, 30, 32, 34, 36, 40].includes(p.n)).map(
      (p) => [p.n, p.kind, p.who, p.text] as const,
    ),
  )("held-out miss %i (%s, %s) is flagged: %s", (_n, _kind, who, text) => {
    expect(flagged(who, text).length).toBeGreaterThan(0);
  });

  it.each<[S38Who, string]>([
    ["priya", "Give us a bell on the number below to confirm it and we'll get the refund started."],
    ["joanne", "A receipt gets you a same-day refund."],
    ["joanne", "Express refunds are for boxed returns only."],
    ["priya", "With your proof of purchase it's an instant refund; otherwise it goes in the queue."],
    ["linda", "We'll send a new machine out and keep the refund on hold in case that doesn't fix it."],
    ["priya", "Give a new one a try, and if it does the same we'll sort your money out."],
    ["tom", "The refund has to be done over the phone, I'm afraid."],
  ])("%s: %s is flagged", (who, text) => {
    expect(flagged(who, text).length).toBeGreaterThan(0);
  });
  it.each<[S38Who, string]>([
    ["priya", "Give us a bell if you have any questions; the refund has already started."],
    ["joanne", "I've emailed you a receipt for the refund, which went through this morning."],
    ["priya", "With your order number I found it straight away and refunded you in full."],
    ["joanne", "Any box will do for the courier, and the refund is already done."],
    ["priya", "Your refund is on hold until the courier has collected the kettle tomorrow."],
    [
      "linda",
      "If you'd rather try a new one first, that's fine, but the refund is yours whenever you want it.",
    ],
    ["tom", "It has to be said, the chatbot let you down; your refund has gone through."],
  ])("%s: %s is not", (who, text) => {
    expect(flagged(who, text)).toEqual([]);
  });
});

describe("session 40: a window with no refund or no limit word, a declaration of use, a repairs-only scheme (obligations-s40-probes.ts)", () => {
  it.each(S40_OBSTRUCTIONS.filter((p) => !isHeldOutS40(p)).map((p) => [p.n, p.kind, p.who, p.text] as const))(
    "obstruction %i (%s, %s) is flagged: %s",
    (_n, _kind, who, text) => {
      expect(flagged(who, text).length).toBeGreaterThan(0);
    },
  );
  it.each(S40_LOOKALIKES.map((p) => [p.n, p.kind, p.who, p.text] as const))(
    "look-alike %i (%s, %s) is not: %s",
    (_n, _kind, who, text) => {
      expect(flagged(who, text)).toEqual([]);
    },
  );

  it.each<[string, ObligationKind, string, string]>([
    // [text, kind, remedy, act]
    [
      "I'm sorry, but the returns window on small appliances closed after a fortnight.",
      "window",
      "returns window",
      "a fortnight",
    ],
    ["Refunds are 14 days after delivery for kitchen electricals.", "window", "Refunds", "14 days"],
    [
      "You could have sent it back for cash within seven days of ordering, but that's gone now.",
      "window",
      "cash",
      "seven days",
    ],
    [
      "Cash refunds stop at the two-week mark, so I can offer another repair instead.",
      "window",
      "Cash",
      "two-week",
    ],
    [
      "Could you reply confirming that the jug has only ever been used with milk? As soon as I have that, the money goes back.",
      "fault-proof",
      "money",
      "confirming that the jug has only ever been used with",
    ],
    [
      "just need u to confirm it never went in the dishwasher n then ur refund is sorted",
      "fault-proof",
      "refund",
      "confirm it never went in",
    ],
  ])("%s", expectObligation);

  it.each([
    // Our timing said with the remedy as subject, the law's own period, a time point counted from the order.
    "Refunds are 3-5 working days once processed.",
    "Refunds are 14 days at the latest after we agree them, and yours is done.",
    "The 30-day window closed at midnight last night.",
    "Your order was placed 14 days ago and delivered two days later.",
    // A declaration asked with nothing tied to it, or said not to matter.
    "Has it only ever been used with milk? Just curious, the refund has gone.",
    "No need to confirm it was never dropped; your refund is on its way.",
  ])("leaves alone %s", (text) => {
    expect(obligationsIn(text).filter((o) => o.kind === "window" || o.kind === "fault-proof")).toEqual([]);
  });
});

describe("session 40, second pass: the fresh held-out set's misses read as kinds (tuning now, not held out)", () => {
  it.each(S40_FRESH_OBSTRUCTIONS.filter((p) => p.n >= 4).map((p) => [p.n, p.kind, p.who, p.text] as const))(
    "fresh %i (%s, %s) is flagged: %s",
    (_n, _kind, who, text) => {
      expect(flagged(who, text).length).toBeGreaterThan(0);
    },
  );
  it.each(S40_FRESH_LOOKALIKES.map((p) => [p.n, p.kind, p.who, p.text] as const))(
    "fresh look-alike %i (%s, %s) is not: %s",
    (_n, _kind, who, text) => {
      expect(flagged(who, text)).toEqual([]);
    },
  );
});

describe("session 41: someone else's test first, a window from the order, her word in writing, a refund months away (obligations-s41-probes.ts)", () => {
  // Timing probes are read by refund-timing.ts (lawful-remedy's refundDaysMax), on the playthroughs' day.
  const read = (p: S41Probe) =>
    p.kind === "timing"
      ? refundDelaysTold(p.text, 14, "2026-11-12").map((d) => d.text)
      : flagged(p.who, p.text);
  it.each(S41_OBSTRUCTIONS.filter((p) => !isHeldOutS41(p)).map((p) => [p.n, p.kind, p.who, p] as const))(
    "obstruction %i (%s, %s) is flagged",
    (_n, _kind, _who, p) => {
      expect(read(p).length).toBeGreaterThan(0);
    },
  );
  // Every look-alike, held out or not: none may be flagged (held-out #20, "The machine now goes to our repairs
  // team only so they can find out what went wrong", is still flagged and is left as found: README session 41).
  it.each(S41_LOOKALIKES.filter((p) => p.n !== 20).map((p) => [p.n, p.kind, p.who, p] as const))(
    "look-alike %i (%s, %s) is not",
    (_n, _kind, _who, p) => {
      expect(read(p)).toEqual([]);
    },
  );
  it.each<[string, ObligationKind, string, string]>([
    [
      "The kettle goes to the Aurora service centre first, and once their bench test shows the element has failed, your refund is released.",
      "inspection",
      "refund",
      "shows the element has failed",
    ],
    [
      "We'll pay the £49.99 back when the frother's been through a test at our supplier and they've confirmed it's died.",
      "inspection",
      "£49.99",
      "been through a test",
    ],
    [
      "The refund depends on the service agent's findings when they open it up.",
      "inspection",
      "refund",
      "agent's findings",
    ],
    ["We can refund only within 10 days from the date of your order.", "window", "refund", "10 days"],
    [
      "Before the refund I'll need a line from you saying the machine hasn't been tampered with.",
      "fault-proof",
      "refund",
      "saying the machine hasn't been tampered",
    ],
    // Session 40's held-out miss #14 kind, said "in writing" (read as her declaration, not only as a route).
    [
      "We'd need it in writing that the kettle hasn't been opened before we can refund you.",
      "fault-proof",
      "refund",
      "in writing that the kettle hasn't been opened",
    ],
  ])("%s", expectObligation);
});

describe("session 41, second pass: the fresh set read once (3 of 10 caught, 0 of 6 accused), its misses then read as kinds (tuning now)", () => {
  const read = (p: S41Probe) =>
    p.kind === "timing"
      ? refundDelaysTold(p.text, 14, "2026-11-12").map((d) => d.text)
      : flagged(p.who, p.text);
  it.each(S41_FRESH_OBSTRUCTIONS.map((p) => [p.n, p.kind, p.who, p] as const))(
    "fresh %i (%s, %s) is flagged",
    (_n, _kind, _who, p) => {
      expect(read(p).length).toBeGreaterThan(0);
    },
  );
  it.each(S41_FRESH_LOOKALIKES.map((p) => [p.n, p.kind, p.who, p] as const))(
    "fresh look-alike %i (%s, %s) is not",
    (_n, _kind, _who, p) => {
      expect(read(p)).toEqual([]);
    },
  );
});

describe("session 42: test kit, a window from buying, her word by reply or message (obligations-s42-probes.ts)", () => {
  // First read: 5 of 12 caught (the use-deduction kind, refund-deductions.ts, is tested there). The held-out half
  // was in view while widening, so every probe is tuning now; the fresh set's figure is the held-out one (1 of 6
  // caught, 0 of 3 accused, left as found: README round 27 A).
  const kinds = (p: S42Probe) => p.kind !== "use-deduction";
  it.each(S42_OBSTRUCTIONS.filter(kinds).map((p) => [p.n, p.kind, p.who, p] as const))(
    "obstruction %i (%s, %s) is flagged",
    (_n, _kind, _who, p) => {
      expect(flagged(p.who, p.text).length).toBeGreaterThan(0);
    },
  );
  it.each(
    [...S42_LOOKALIKES.filter(kinds), ...S42_FRESH_KINDS_LOOKALIKES].map(
      (p) => [p.n, p.kind, p.who, p] as const,
    ),
  )("look-alike %i (%s, %s) is not", (_n, _kind, _who, p) => {
    expect(flagged(p.who, p.text)).toEqual([]);
  });
});

/** Processor time of `work` in ms (not wall time: on a shared machine the wall clock measures the others too). */
function cpuMs(work: () => unknown): number {
  const started = process.cpuUsage();
  work();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}
/** The two span tests as they were written before session 47, read on the span itself. */
const REFUSED_BEFORE = /n['\u2019]?t\b|\bnot\b|\bunable\b|\bcannot\b|\bno\s+way\b/i;
const SUBJECT_BEFORE = /\s(?:we|i|our\s+\w+|the\s+(?:team|shop|store|workshop))\s/i;

// Probe, session 43 and 47: every act was tried against every remedy, and each try read the whole sentence
// again (its conditions, its refusals, the clause before the act), so one learner's message of a sentence
// with many of each cost acts x remedies x its length; the readers of a case read it about eleven times.
describe("reading time (session 47)", () => {
  it("finds a refusal and a main clause's subject in a span as the patterns did on the span", () => {
    const pieces = [
      "n't",
      "n’t",
      "nt",
      "not",
      "no",
      "way",
      "  ",
      " ",
      "\n",
      "un",
      "able",
      "can",
      "cannot",
      "N",
      "T",
    ];
    const more = ["we", "i", "I", "our", "team", "the", "shop", "x", "_", "'", ".", "9", "works", "Nothing"];
    let seed = 47;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pick = (from: string[]) => from[Math.floor(next() * from.length)]!;
    let refusals = 0;
    let subjects = 0;
    for (let i = 0; i < 3000; i++) {
      const unit = Array.from({ length: 1 + Math.floor(next() * 14) }, () =>
        pick(next() < 0.6 ? pieces : more),
      ).join(next() < 0.5 ? "" : " ");
      for (let k = 0; k < 6; k++) {
        const from = Math.floor(next() * (unit.length + 3)) - 1;
        const to = Math.floor(next() * (unit.length + 3));
        const refused = REFUSED_BEFORE.test(unit.slice(Math.max(0, from), to));
        const subject = SUBJECT_BEFORE.test(unit.slice(Math.max(0, from), to));
        expect(refusedBetween(unit, from, to), JSON.stringify([unit, from, to])).toBe(refused);
        expect(subjectBetween(unit, from, to), JSON.stringify([unit, from, to])).toBe(subject);
        refusals += refused ? 1 : 0;
        subjects += subject ? 1 : 0;
      }
    }
    // Both answers were met often enough to tell the two apart.
    expect(refusals).toBeGreaterThan(1000);
    expect(subjects).toBeGreaterThan(300);
  });

  const items = loadScenarioFile("complaint-faulty-kettle").contacts[0]!.evidence?.obstructs ?? [];
  const message = (piece: string) => piece.repeat(Math.ceil(3990 / piece.length)).slice(0, 3990);

  it("reads session 43's three shapes through Priya's obstruction list in little time", () => {
    obstructionsIn("Hello Priya, I can refund you once you send the receipt.", items);
    // Before: 20-55 ms a reading, about eleven readings (one per kind asked): 0.3-0.7 s of the server's thread
    // for one message through the whole engine. Now one reading, each a few ms.
    for (const text of [message("> hi\n"), message("refund\n"), `a${" ".repeat(3988)}b`])
      expect(
        cpuMs(() => obstructionsIn(text, items)),
        JSON.stringify(text.slice(0, 12)),
      ).toBeLessThan(120);
  });

  it("reads a sentence of many acts, remedies and link words without trying each against each", () => {
    obstructionsIn("Hello Priya, I can refund you once you send the receipt.", items);
    // Before: 8-30 s each (1-3 s a reading). Now 0.1-0.3 s.
    for (const text of [
      message("refund; receipt "),
      message("£5 fee refund "),
      message("refund until receipt "),
    ])
      expect(
        cpuMs(() => obstructionsIn(text, items)),
        JSON.stringify(text.slice(0, 24)),
      ).toBeLessThan(1500);
  });
});

describe("reading time (session 48)", () => {
  it("reads a setting aside, a negated thing and an only-way lead as the patterns did on the span", () => {
    const pieces = [
      "no",
      "not",
      "never",
      "nothing",
      "don't",
      "dont",
      "don\u2019t",
      "do",
      "does",
      "doesn't",
      "won't",
      "needn't",
      "need",
      "without",
      "needing",
      "instead",
      "of",
      "rather",
      "than",
      "whether",
      "or",
      "and",
      "nor",
      "to",
      "only",
      "be",
      "has",
      "must",
      "done",
      "sorted",
      "send",
    ];
    const glue = [" ", "  ", "\n", "", ".", "!", "?", ",", "-", "x", "(", "\u00a0", "é"];
    let seed = 48;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pick = (from: string[]) => from[Math.floor(next() * from.length)]!;
    const met = { aside: 0, negated: 0, only: 0 };
    for (let i = 0; i < 3000; i++) {
      let unit = "";
      for (let k = 1 + Math.floor(next() * 16); k > 0; k--)
        unit += pick(pieces) + (next() < 0.7 ? " " : pick(glue));
      for (let k = 0; k < 6; k++) {
        const from = Math.floor(next() * (unit.length + 3)) - 1;
        const to = Math.floor(next() * (unit.length + 3));
        const span = unit.slice(Math.max(0, from), to);
        const aside = SET_ASIDE.test(span);
        const negated = NEGATED_THING.test(span);
        const only = ONLY_BY.exec(span)?.[0] ?? null;
        const where = JSON.stringify([unit, from, to]);
        expect(setAsideBetween(unit, from, to), where).toBe(aside);
        expect(negatedThingBefore(span), where).toBe(negated);
        expect(ONLY_BY.exec(lastRuns(span, 4))?.[0] ?? null, where).toBe(only);
        met.aside += aside ? 1 : 0;
        met.negated += negated ? 1 : 0;
        met.only += only ? 1 : 0;
      }
    }
    // Each answer was met often enough to tell the two readings apart.
    expect(met.aside).toBeGreaterThan(1000);
    expect(met.negated).toBeGreaterThan(300);
    expect(met.only).toBeGreaterThan(30);
  });
});
