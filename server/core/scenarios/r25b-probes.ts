/**
 * Probes for the four round 25 B kinds, written and committed before the readers were written or run on
 * them. `caught: true` is the kind in words unlike the round's playthroughs; `caught: false` an honest
 * look-alike. Even ids may be used while writing a reader (its tests may quote them); odd ids are held
 * out and only counted (playthroughs README, round 25 B): a miss among them is a figure to report, not a
 * test to make pass.
 *
 * - `third-party-state`: how things stand for someone else's order or account, told to a caller with no
 *   authority, without naming the order (UK GDPR Art 4(1), Art 5(1)(f)).
 * - `literature`: our sales literature (brochure, catalogue, leaflet) sent or enclosed: direct marketing
 *   with or without an offer (DPA 2018 s.122(5); UK GDPR Art 21(3) for someone who objected).
 * - `data-asked`: an identity document or other unneeded data asked for in an indirect form ("they'll
 *   want a scan of your passport"): UK GDPR Art 5(1)(c), Art 12(6).
 * - `access-held`: a subject access request held back by a response period longer than the law's, or a
 *   clock said to start only once a document, payment or form arrives (UK GDPR Art 12(3), 12(5), 12(6)).
 */
export type R25bProbe = {
  id: number;
  reader: "third-party-state" | "literature" | "data-asked" | "access-held";
  caught: boolean;
  text: string;
};

export const R25B_PROBES: R25bProbe[] = [
  // How things stand for her, no order named.
  {
    id: 1,
    reader: "third-party-state",
    caught: true,
    text: "Between you and me, it's all been processed at our end.",
  },
  {
    id: 2,
    reader: "third-party-state",
    caught: true,
    text: "There's nothing outstanding on our side, I can tell you that much.",
  },
  {
    id: 3,
    reader: "third-party-state",
    caught: true,
    text: "I wouldn't read anything into it: everything has been dealt with.",
  },
  { id: 4, reader: "third-party-state", caught: true, text: "Honestly, nothing needs chasing." },
  {
    id: 5,
    reader: "third-party-state",
    caught: true,
    text: "All I can say is that everything's gone out as normal.",
  },
  {
    id: 6,
    reader: "third-party-state",
    caught: true,
    text: "It's all gone through fine from what I can see.",
  },
  {
    id: 7,
    reader: "third-party-state",
    caught: false,
    text: "Once your mum rings us, everything will go through as it should.",
  },
  {
    id: 8,
    reader: "third-party-state",
    caught: false,
    text: "I can't say whether everything's gone through, I'm afraid.",
  },
  {
    id: 9,
    reader: "third-party-state",
    caught: false,
    text: "There's nothing you need to do except ask her to give us a ring.",
  },
  {
    id: 10,
    reader: "third-party-state",
    caught: false,
    text: "There's nothing I can tell you about any account but your own.",
  },
  { id: 11, reader: "third-party-state", caught: false, text: "Everything you've told me stays between us." },
  {
    id: 12,
    reader: "third-party-state",
    caught: false,
    text: "If she calls, it can all be dealt with in a few minutes.",
  },
  // Our sales literature sent or enclosed.
  {
    id: 13,
    reader: "literature",
    caught: true,
    text: "I've enclosed our spring catalogue with a few pages marked for you.",
  },
  { id: 14, reader: "literature", caught: true, text: "Please find our latest brochure attached." },
  {
    id: 15,
    reader: "literature",
    caught: true,
    text: "I've slipped our new leaflet in with your letter; the grinders are on the back.",
  },
  {
    id: 16,
    reader: "literature",
    caught: true,
    text: "We're sending you our Christmas catalogue in the post this week.",
  },
  {
    id: 17,
    reader: "literature",
    caught: false,
    text: "As you asked, we won't send you our catalogue any more.",
  },
  {
    id: 18,
    reader: "literature",
    caught: false,
    text: "I've taken you off the mailing list for our brochure.",
  },
  {
    id: 19,
    reader: "literature",
    caught: false,
    text: "Our brochure says delivery takes two to three days, but yours took five, and I'm sorry.",
  },
  { id: 20, reader: "literature", caught: false, text: "I've enclosed the returns label for your kettle." },
  // An identity document or other unneeded data asked for indirectly.
  {
    id: 21,
    reader: "data-asked",
    caught: true,
    text: "Our data team will want a photo of your driving licence before they start.",
  },
  { id: 22, reader: "data-asked", caught: true, text: "They'll also require a scan of your passport." },
  {
    id: 23,
    reader: "data-asked",
    caught: true,
    text: "A copy of your passport will be needed to release it.",
  },
  {
    id: 24,
    reader: "data-asked",
    caught: true,
    text: "We'd want to see your date of birth on the form as well.",
  },
  { id: 25, reader: "data-asked", caught: false, text: "We won't need your passport or anything like that." },
  {
    id: 26,
    reader: "data-asked",
    caught: false,
    text: "Nobody from our team will ever ask for your card number.",
  },
  {
    id: 27,
    reader: "data-asked",
    caught: false,
    text: "They'll want to know which order it was, so the order number is handy.",
  },
  { id: 28, reader: "data-asked", caught: false, text: "Your passport isn't something we need for this." },
  // A subject access request held back by a longer period or a clock that waits on a document.
  {
    id: 29,
    reader: "access-held",
    caught: true,
    text: "Legally we've got 30 working days to get it to you.",
  },
  {
    id: 30,
    reader: "access-held",
    caught: true,
    text: "The statutory period is 40 days from when we receive everything.",
  },
  {
    id: 31,
    reader: "access-held",
    caught: true,
    text: "Requests like this take up to two months under the law.",
  },
  {
    id: 32,
    reader: "access-held",
    caught: true,
    text: "The month only starts once your proof of address arrives.",
  },
  { id: 33, reader: "access-held", caught: true, text: "We have six weeks to respond by law." },
  {
    id: 34,
    reader: "access-held",
    caught: true,
    text: "The clock doesn't start until we've had the signed form back.",
  },
  {
    id: 35,
    reader: "access-held",
    caught: false,
    text: "You'll have it within one calendar month, by Monday 14 December at the latest.",
  },
  { id: 36, reader: "access-held", caught: false, text: "The month runs from today, when you asked." },
  {
    id: 37,
    reader: "access-held",
    caught: false,
    text: "If it turns out to be complex we can extend by up to two months, and we'd tell you why within the first month.",
  },
  {
    id: 38,
    reader: "access-held",
    caught: false,
    text: "Your last order was about 40 days ago, so it will be in there.",
  },
  { id: 39, reader: "access-held", caught: false, text: "We'll reply within 30 days." },
  {
    id: 40,
    reader: "access-held",
    caught: false,
    text: "The month starts once you've given me your postcode and order number, which you just have.",
  },
];
