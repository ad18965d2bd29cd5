/**
 * Probe sentences for the obligations reader (obligations.ts; session 36), written before the reader and
 * before any probe was run against the existing readers, in words their tests do not use: many learner
 * voices (informal, ESL, a long friendly paragraph, a question, a CRM note, third person "the system /
 * policy / team", passive). Each obstruction names the customer it is said to (her scenario's `obstructs`
 * list is what reads it) and the act put on her; each look-alike says why it is lawful or harmless.
 *
 * Split rule, fixed before any probe was run: within each list, probes numbered 1, 3, 5… (odd) are the
 * tuning half; 2, 4, 6… (even) are held out. The reader was written looking only at the odd ones; the
 * even ones were read for the figures alone (README "Obligations reader (session 36)").
 *
 * Main at bebb8d9, before the reader (the existing readers and lists): obstructions flagged 3/22 tune, 6/22
 * held out; look-alikes flagged 0/21 tune, 0/21 held out.
 *
 * Who: priya (kettle, day 12: she may reject for a refund, CRA 2015 s.20, s.22(3)); joanne (returns desk,
 * one failed repair: final right to reject, s.24(5)); linda (repeat fault, repaired once, 137 days: s.24(5),
 * s.19(14)-(15)); ravi (returns desk, day 31: a repair or replacement first is lawful, s.23); helen (subject
 * access request, UK GDPR Art 12, 15); eleanor (objected to all marketing, Art 21(3)); review (the public
 * review's duplicate payment and its reviewer: CMA208, DMCCA 2024 Sch 20 para 13).
 */
export type ProbeWho = "priya" | "joanne" | "linda" | "ravi" | "helen" | "eleanor" | "review";
export type Probe = { n: number; who: ProbeWho; text: string; note: string };

/** Obstructions: the remedy made to wait on something the law does not ask of the customer. */
export const OBSTRUCTION_PROBES: Probe[] = [
  {
    n: 1,
    who: "priya",
    note: "box, informal",
    text: "hiya Priya soooo sorry about this!! the refund is deffo doable, just need u to dig out the original box first and then we're good to go x",
  },
  {
    n: 2,
    who: "priya",
    note: "receipt, ESL",
    text: "Your refund will be arrange when you are sending to us the photo of receipt.",
  },
  {
    n: 3,
    who: "priya",
    note: "receipt, question then refusal",
    text: "Do you still have the receipt for it? Without that I'm not able to get the refund moving, I'm afraid.",
  },
  {
    n: 4,
    who: "priya",
    note: "box and proof, note form",
    text: "Refund pending - cust to send kettle back in orig. packaging with proof of purchase.",
  },
  {
    n: 5,
    who: "priya",
    note: "box, third person policy",
    text: "Our returns policy is that the money goes back to the customer after the kettle has arrived with us in its original box.",
  },
  {
    n: 6,
    who: "priya",
    note: "repair first, long friendly",
    text: "I completely understand how frustrating this must be, especially with a brand new kettle, and I want to get it sorted for you as quickly as I can. What we'll do is have one of our technicians give it a once-over and attempt a fix, and should that not do the trick the refund would follow straight after.",
  },
  {
    n: 7,
    who: "priya",
    note: "repair first, passive",
    text: "A refund can be authorised after a repair has been attempted by our workshop.",
  },
  {
    n: 8,
    who: "priya",
    note: "review, question",
    text: "Happy to get your money back to you. Would you mind softening that review of yours a little before I do?",
  },
  {
    n: 9,
    who: "priya",
    note: "waiver, passive condition",
    text: "We can process the refund, provided the complaint is withdrawn.",
  },
  {
    n: 10,
    who: "priya",
    note: "repair first, before",
    text: "Before we can refund you, the team will need to try a repair.",
  },
  {
    n: 11,
    who: "priya",
    note: "box, need…before",
    text: "We'd need the kettle packed back in the box it came in before any money can go back to you.",
  },
  {
    n: 12,
    who: "priya",
    note: "receipt, system",
    text: "The system won't let me release your refund until a copy of the receipt has been uploaded.",
  },
  {
    n: 13,
    who: "joanne",
    note: "look first, informal",
    text: "refund's fine in principle but we'd want the frother back at the workshop for a last look-over before anything gets paid out",
  },
  {
    n: 14,
    who: "joanne",
    note: "fault proof, text-speak",
    text: "we can refund u but pls send sumthing from an engineer saying it wasnt u that broke it",
  },
  {
    n: 15,
    who: "joanne",
    note: "fault proof, question",
    text: "Could you first confirm for me that the frother has been descaled regularly? Then the refund can be looked at.",
  },
  {
    n: 16,
    who: "joanne",
    note: "maker, third person",
    text: "After a first repair, faulty items are handled by the manufacturer, so you'd register a claim with them and they'll refund you.",
  },
  {
    n: 17,
    who: "joanne",
    note: "waiver, once",
    text: "The refund is yours once you've agreed to close the complaint.",
  },
  {
    n: 18,
    who: "joanne",
    note: "another go, ESL",
    text: "First our engineer must try one time more to repair, after this we can give the money back if still broken.",
  },
  {
    n: 19,
    who: "joanne",
    note: "review, note form",
    text: "Refund agreed in principle, subject to cust amending her Trustpilot review.",
  },
  {
    n: 20,
    who: "joanne",
    note: "box, as soon as, long",
    text: "Thanks so much for bearing with us, Joanne, and I'm really sorry the repair didn't hold. I've spoken to my manager and we're both happy for you to have your money back, which I'll get moving as soon as the frother is back with us in the packaging it originally came in.",
  },
  {
    n: 21,
    who: "linda",
    note: "fault proof, condition",
    text: "As long as you can show us it wasn't limescale that did it, we'll get the refund through for you.",
  },
  {
    n: 22,
    who: "linda",
    note: "another look, will… when",
    text: "I'll get the refund approved when the engineers have had a second look at it.",
  },
  {
    n: 23,
    who: "linda",
    note: "maker first, then",
    text: "Best thing is to ring the makers first, then come back to us for the refund if they can't help.",
  },
  {
    n: 24,
    who: "linda",
    note: "proof of purchase, question",
    text: "Have you still got your proof of purchase? I'll need to see it before the refund can go through.",
  },
  {
    n: 25,
    who: "ravi",
    note: "receipt, informal",
    text: "Mate, the replacement'll go out as soon as you've pinged the receipt over to us.",
  },
  {
    n: 26,
    who: "ravi",
    note: "waiver, only",
    text: "We'll only arrange the repair if you confirm this closes the matter.",
  },
  {
    n: 27,
    who: "ravi",
    note: "review, once",
    text: "The replacement will be sent out once your review on the site has been taken down.",
  },
  {
    n: 28,
    who: "ravi",
    note: "box, can't… unless",
    text: "I can't book the repair unless it comes back in the original packaging.",
  },
  {
    n: 29,
    who: "helen",
    note: "fee, passive",
    text: "Your data will be sent out after the £10 processing charge has cleared.",
  },
  {
    n: 30,
    who: "helen",
    note: "form, friendly",
    text: "Happy to help with this! Could you download the request form from our website and send it back to us? Then we can start on it.",
  },
  {
    n: 31,
    who: "helen",
    note: "in writing, once",
    text: "Once we've got your request in a signed letter, the one-month countdown begins.",
  },
  {
    n: 32,
    who: "helen",
    note: "reason, first",
    text: "We can pull your data together, we just ask that you tell us what you need it for first.",
  },
  {
    n: 33,
    who: "helen",
    note: "form, the team",
    text: "The data team only start on requests when the online form has been submitted.",
  },
  {
    n: 34,
    who: "helen",
    note: "fee, ESL",
    text: "For to receive your informations you must pay first the fee of 15 pound.",
  },
  {
    n: 35,
    who: "eleanor",
    note: "link, as soon as",
    text: "We'll remove you from the list as soon as you confirm it through the link in our last newsletter.",
  },
  {
    n: 36,
    who: "eleanor",
    note: "settings, the system",
    text: "To be taken off, the system needs you to untick the box in your account settings.",
  },
  {
    n: 37,
    who: "eleanor",
    note: "call, once",
    text: "Removal happens once you've rung our customer line to confirm it's really you.",
  },
  {
    n: 38,
    who: "eleanor",
    note: "form, before",
    text: "Before we can stop the emails, we'd need you to fill in a short preferences form.",
  },
  {
    n: 39,
    who: "review",
    note: "review, the minute",
    text: "The £11.50 gets sorted the minute that post of yours comes down.",
  },
  {
    n: 40,
    who: "review",
    note: "review, question before",
    text: "Would you consider deleting the one-star before we put the money back? It would really help us.",
  },
  {
    n: 41,
    who: "review",
    note: "review, note form",
    text: "Dup. payment refund to be actioned on removal of review.",
  },
  {
    n: 42,
    who: "review",
    note: "review, if…then",
    text: "If the review could come down today, then the double charge can be refunded straight away.",
  },
  {
    n: 43,
    who: "priya",
    note: "chat before refund",
    text: "Before we can approve the refund we'll need to have a quick chat with you on the phone.",
  },
  {
    n: 44,
    who: "linda",
    note: "pay, inspection fee",
    text: "There's a £15 inspection fee to pay, and once that's in the refund can be processed.",
  },
];

/** Look-alikes: lawful conditions, her own choices, our own acts, advice, negations. None obstructs. */
export const POLITE_PROBES: Probe[] = [
  {
    n: 1,
    who: "priya",
    note: "collection before refund (s.20(7)(b))",
    text: "Once the courier has collected the kettle, the refund goes back to your card within a few days.",
  },
  {
    n: 2,
    who: "priya",
    note: "negated box and receipt",
    text: "You don't need the box or the receipt - we've got your order on file.",
  },
  {
    n: 3,
    who: "priya",
    note: "her option",
    text: "If you'd rather have a replacement than a refund, just let me know.",
  },
  {
    n: 4,
    who: "priya",
    note: "our own act",
    text: "Once I've processed it, you'll see it in 3-5 working days.",
  },
  {
    n: 5,
    who: "priya",
    note: "any box",
    text: "Any box will do for the courier, or he can take it just as it is.",
  },
  {
    n: 6,
    who: "priya",
    note: "question, then no matter",
    text: "Do you still have the receipt? No worries if not, we have your order on file and the refund is already on its way.",
  },
  {
    n: 7,
    who: "priya",
    note: "inspection after, not holding up",
    text: "Our engineers will look at the returned kettle afterwards to learn what went wrong, but that won't hold up your refund.",
  },
  {
    n: 8,
    who: "priya",
    note: "review as afterthought",
    text: "The refund went through this morning; once it lands, feel free to leave us a review if you want to.",
  },
  {
    n: 9,
    who: "priya",
    note: "reported, then refuted",
    text: "Some shops insist on the original box, but we won't - your refund is going through now.",
  },
  {
    n: 10,
    who: "priya",
    note: "right to go further",
    text: "If you ever want to take this further, Citizens Advice can help; accepting the refund doesn't stop you.",
  },
  {
    n: 11,
    who: "priya",
    note: "checking the card (s.20(16))",
    text: "Before I put the refund through, can I just check the card ending 4421 is still the one you'd like it back on?",
  },
  {
    n: 12,
    who: "priya",
    note: "safety advice",
    text: "Please keep the kettle unplugged and don't use it until the courier arrives, just to be safe.",
  },
  {
    n: 13,
    who: "joanne",
    note: "refund done after failed repair",
    text: "Since the repair didn't work, you're entitled to a full refund, which I've put through today.",
  },
  {
    n: 14,
    who: "joanne",
    note: "her choice of repair",
    text: "If you'd prefer us to have another go at repairing it instead, that's your choice, but the refund is yours if you want it.",
  },
  {
    n: 15,
    who: "joanne",
    note: "collection, not depending",
    text: "Our courier will collect the frother on Thursday; the refund is already processed, so it doesn't depend on that.",
  },
  {
    n: 16,
    who: "joanne",
    note: "negated proof",
    text: "You won't need to prove anything about the fault - that's on us.",
  },
  {
    n: 17,
    who: "joanne",
    note: "inspection after refund",
    text: "After the refund clears, our engineers will examine the frother to improve our repairs.",
  },
  {
    n: 18,
    who: "joanne",
    note: "price reduction her choice",
    text: "If you'd like to keep it and have a partial refund instead, you can - it's entirely up to you.",
  },
  {
    n: 19,
    who: "joanne",
    note: "collection date hers",
    text: "We'll book the collection as soon as you tell us a day that suits you, and your refund is already on its way.",
  },
  {
    n: 20,
    who: "joanne",
    note: "no box needed, long",
    text: "I'm so sorry the frother let you down again after we'd already repaired it, Joanne. I've put your full refund through today, and you don't need the original packaging or a receipt - our courier will bring a bag for it when they collect.",
  },
  {
    n: 21,
    who: "linda",
    note: "no maker needed",
    text: "There's no need to contact the manufacturer - we'll sort this out ourselves.",
  },
  {
    n: 22,
    who: "linda",
    note: "our engineer, our job",
    text: "Our engineer will check it once it's back with us, but that's our job, not yours, and your refund isn't waiting on it.",
  },
  {
    n: 23,
    who: "linda",
    note: "refund then a question",
    text: "I've refunded you in full. Have you still got the box? Only asking so the courier knows what to bring - either way is fine.",
  },
  {
    n: 24,
    who: "linda",
    note: "advice on descaling",
    text: "For your next machine, descaling it every month or so will help it last.",
  },
  {
    n: 25,
    who: "ravi",
    note: "repair first lawful (s.23)",
    text: "As you're past the 30 days, we'll repair it first, and if that doesn't fix it, we'll replace it or refund you.",
  },
  {
    n: 26,
    who: "ravi",
    note: "replacement after collection",
    text: "We'll send the replacement out once the courier has picked the old one up.",
  },
  {
    n: 27,
    who: "ravi",
    note: "no receipt needed",
    text: "You don't have to find the receipt, mate - your order's on our system.",
  },
  {
    n: 28,
    who: "ravi",
    note: "his choice",
    text: "If you want a replacement rather than a repair, that's fine too - just say which.",
  },
  {
    n: 29,
    who: "helen",
    note: "identity check (Art 12(6))",
    text: "Could you confirm your postcode and date of birth so I can make sure it's really you before I send anything?",
  },
  {
    n: 30,
    who: "helen",
    note: "no form",
    text: "You don't need to fill in any form - I've logged your request today and we'll respond by 6 January.",
  },
  { n: 31, who: "helen", note: "free", text: "There's no charge for this at all." },
  {
    n: 32,
    who: "helen",
    note: "option of email",
    text: "If it's easier, you can also email us, but you don't have to - this chat counts as your request.",
  },
  {
    n: 33,
    who: "helen",
    note: "our own act",
    text: "Once I've logged it, the one-month clock starts from today.",
  },
  {
    n: 34,
    who: "helen",
    note: "further copies",
    text: "Your first copy is free; we'd only ever charge for extra copies if you asked for them later.",
  },
  {
    n: 35,
    who: "eleanor",
    note: "done, settings to check",
    text: "I've taken you off all our marketing today. If you ever want to check, the preferences page in your account will show it.",
  },
  {
    n: 36,
    who: "eleanor",
    note: "done, no click needed",
    text: "Done - you're unsubscribed from everything. No need to click anything.",
  },
  {
    n: 37,
    who: "eleanor",
    note: "our own act",
    text: "Once I updated your record, which I did just now, the emails stopped for good.",
  },
  {
    n: 38,
    who: "eleanor",
    note: "apology, no conditions",
    text: "I'm sorry you had to ask twice. You've been removed from every list, with nothing more for you to do.",
  },
  {
    n: 39,
    who: "review",
    note: "review her choice after refund",
    text: "Your £11.50 refund went through this morning. If you'd like to update your review once it lands, that's entirely up to you - no pressure at all.",
  },
  {
    n: 40,
    who: "review",
    note: "whatever she writes",
    text: "We've refunded the double payment; whatever you decide to write about us is your call.",
  },
  {
    n: 41,
    who: "review",
    note: "review read, not asked",
    text: "I read your review and you were right to be annoyed. The double payment has been refunded today.",
  },
  {
    n: 42,
    who: "review",
    note: "refund not tied",
    text: "The refund is on its way whether or not you change your review.",
  },
];

/** The half a probe is in, by the rule above. */
export const isHeldOut = (p: Probe): boolean => p.n % 2 === 0;
