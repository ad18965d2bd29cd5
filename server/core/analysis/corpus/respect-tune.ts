/**
 * Respect by meaning (5 December 2026, morning): the TUNE half (the rules and any training may be read from these).
 *
 * Written by the respect helper BEFORE any change to the analyser for this pass, in families (the kinds below), as a
 * frustrated agent might write them in a reply or a CRM note, plus polite look-alikes that share their words
 * ("simple", "next time", "honestly", "just", "no need", "only", "good luck", "most customers", "don't worry").
 * Split in halves by `respectSplitForId` (FNV-1a of "respect-meaning:" + id, even = held out), never by result.
 * kind: belittle | blame | minimise | sarcasm | dismiss | complain are disrespectful (must get blame, dismissive or
 * calm_down); polite must get none of them.
 */
import { fnv1a32 } from "./split";

export type RespectKind =
  | "belittle"
  | "blame"
  | "minimise"
  | "sarcasm"
  | "dismiss"
  | "complain"
  /** disrespectful, kind not classified (corpus/respect-probes.ts) */
  | "rude"
  | "polite";
export type RespectLine = { id: string; kind: RespectKind; text: string };

export function respectSplitForId(id: string): "tune" | "held-out" {
  return fnv1a32(`respect-meaning:${id}`) % 2 === 0 ? "held-out" : "tune";
}

export const RESPECT_TUNE: RespectLine[] = [
  {
    id: "belittle-02",
    kind: "belittle",
    text: "Maybe ask someone younger in the house to help you with the app.",
  },
  {
    id: "belittle-04",
    kind: "belittle",
    text: "Step one: plug it in. Step two: press the switch. I hope that's not too much.",
  },
  {
    id: "belittle-06",
    kind: "belittle",
    text: "Most of our customers work this out on their own within a minute.",
  },
  { id: "belittle-08", kind: "belittle", text: "You do know the grinder needs beans in it to grind, right?" },
  { id: "belittle-11", kind: "belittle", text: "I'm not sure how to make it any simpler for you." },
  {
    id: "belittle-13",
    kind: "belittle",
    text: "Customer struggles with basic instructions, had to explain three times.",
  },
  { id: "belittle-15", kind: "belittle", text: "Let me break this down into small words for you." },
  {
    id: "belittle-17",
    kind: "belittle",
    text: "I'd suggest getting a simpler model that suits your abilities.",
  },
  { id: "belittle-19", kind: "belittle", text: "Bless, she thought the descaler was washing-up liquid." },
  { id: "belittle-20", kind: "belittle", text: "I shouldn't have to explain what a pause button does." },
  { id: "belittle-22", kind: "belittle", text: "Let's try again with the basics, shall we?" },
  { id: "belittle-24", kind: "belittle", text: "I'm surprised you managed to find our email address." },
  { id: "belittle-26", kind: "belittle", text: "Grown adults shouldn't need a video to boil water." },
  { id: "belittle-28", kind: "belittle", text: "Perhaps try switching it on." },
  {
    id: "blame-02",
    kind: "blame",
    text: "Had you bothered to check the order before pressing buy, we wouldn't be here.",
  },
  { id: "blame-04", kind: "blame", text: "The kettle doesn't descale itself, you know." },
  { id: "blame-06", kind: "blame", text: "You chose the wrong plan, so the extra charge stands." },
  { id: "blame-08", kind: "blame", text: "How did you manage to break the lid in the first place?" },
  {
    id: "blame-11",
    kind: "blame",
    text: "The parcel was left where you told us to leave it, so that one's down to you.",
  },
  { id: "blame-13", kind: "blame", text: "Cust ignored the warning light for weeks by the sound of it." },
  { id: "blame-15", kind: "blame", text: "Who puts a glass kettle on a gas hob?" },
  { id: "blame-17", kind: "blame", text: "Next time, maybe check your bank details before you submit them." },
  {
    id: "blame-19",
    kind: "blame",
    text: "You ticked the box yourself, so I'm not sure what you're complaining about.",
  },
  { id: "blame-20", kind: "blame", text: "You can't blame us for the fact that you missed the cut-off." },
  { id: "blame-22", kind: "blame", text: "It's hardly our doing if you leave it switched on all night." },
  {
    id: "blame-24",
    kind: "blame",
    text: "Note: damage consistent with being thrown, customer denies it, obviously.",
  },
  { id: "blame-26", kind: "blame", text: "Did you even open the box before you rang?" },
  { id: "blame-28", kind: "blame", text: "What part of non-refundable was unclear?" },
  { id: "blame-31", kind: "blame", text: "Pity you didn't put this much effort into reading the manual." },
  { id: "blame-33", kind: "blame", text: "I'd have thought the big red warning sticker was clear enough." },
  { id: "minimise-02", kind: "minimise", text: "A two-day delay is hardly the end of civilisation." },
  { id: "minimise-04", kind: "minimise", text: "There are people with real problems out there." },
  {
    id: "minimise-06",
    kind: "minimise",
    text: "It's a scratch on the side, it doesn't affect how it boils.",
  },
  { id: "minimise-08", kind: "minimise", text: "You're getting very worked up over a bag of beans." },
  { id: "minimise-11", kind: "minimise", text: "I can't see why this deserves a three-page email." },
  { id: "minimise-13", kind: "minimise", text: "It's a bit much to call this a disaster." },
  { id: "minimise-15", kind: "minimise", text: "Customer making a huge drama out of a late parcel." },
  { id: "minimise-17", kind: "minimise", text: "It's coffee. It'll still taste fine." },
  { id: "minimise-19", kind: "minimise", text: "You'll have forgotten all about it by next week." },
  { id: "minimise-20", kind: "minimise", text: "I'm sure you'll cope for one more day." },
  { id: "minimise-22", kind: "minimise", text: "Not everything is about you, I'm afraid." },
  { id: "sarcasm-01", kind: "sarcasm", text: "Oh, what a shock, another email from you." },
  { id: "sarcasm-03", kind: "sarcasm", text: "Good luck finding a better deal elsewhere." },
  { id: "sarcasm-05", kind: "sarcasm", text: "Congratulations on reading the terms at last." },
  { id: "sarcasm-07", kind: "sarcasm", text: "Brilliant, so you threw away the receipt. Very helpful." },
  { id: "sarcasm-09", kind: "sarcasm", text: "Lovely to hear from you again, for the fourth time today." },
  {
    id: "sarcasm-10",
    kind: "sarcasm",
    text: "Oh yes, because we deliberately send broken kettles to everyone.",
  },
  { id: "sarcasm-12", kind: "sarcasm", text: "I do hope your next shop is lucky enough to have you." },
  { id: "sarcasm-14", kind: "sarcasm", text: "Wow, three whole days without coffee, how did you survive?" },
  { id: "sarcasm-16", kind: "sarcasm", text: "Enjoy explaining that to your bank." },
  {
    id: "sarcasm-18",
    kind: "sarcasm",
    text: "I'll be sure to pass your valuable feedback straight to the bin.",
  },
  { id: "sarcasm-21", kind: "sarcasm", text: "Were you expecting it to make the coffee for you too?" },
  { id: "dismiss-01", kind: "dismiss", text: "That's between you and the courier now." },
  { id: "dismiss-03", kind: "dismiss", text: "You'll have to sort that out yourself." },
  { id: "dismiss-05", kind: "dismiss", text: "We can't be expected to chase every missing parcel." },
  { id: "dismiss-07", kind: "dismiss", text: "If you're not happy, shop somewhere else." },
  { id: "dismiss-09", kind: "dismiss", text: "Feel free to complain, it won't change anything." },
  { id: "dismiss-10", kind: "dismiss", text: "That's a manufacturer issue, nothing to do with us." },
  { id: "dismiss-12", kind: "dismiss", text: "No idea, and to be honest it's not my job to find out." },
  { id: "dismiss-14", kind: "dismiss", text: "Customer told to stop contacting us about it." },
  {
    id: "dismiss-16",
    kind: "dismiss",
    text: "I've got other customers to deal with, so I'll leave it there.",
  },
  { id: "dismiss-18", kind: "dismiss", text: "We don't have time for this." },
  { id: "dismiss-21", kind: "dismiss", text: "Take it up with whoever you bought it for." },
  { id: "dismiss-23", kind: "dismiss", text: "We're not your personal assistants." },
  { id: "complain-02", kind: "complain", text: "I get paid the same whether you're happy or not." },
  {
    id: "complain-04",
    kind: "complain",
    text: "I've had a long day and your complaint really hasn't helped.",
  },
  { id: "complain-06", kind: "complain", text: "We'll let you off this time, but don't expect it again." },
  {
    id: "complain-08",
    kind: "complain",
    text: "Frankly your tone has made this much harder than it needed to be.",
  },
  {
    id: "complain-11",
    kind: "complain",
    text: "I've been dealing with your case all morning instead of my actual work.",
  },
  {
    id: "complain-13",
    kind: "complain",
    text: "We're giving you the refund as a one-off, not because you're right.",
  },
  { id: "complain-15", kind: "complain", text: "Your attitude is the reason this took so long." },
  { id: "complain-17", kind: "complain", text: "You're lucky we're refunding you at all." },
  {
    id: "complain-19",
    kind: "complain",
    text: "Honestly, you're the most exhausting customer I've had this year.",
  },
  { id: "complain-20", kind: "complain", text: "We'd normally charge for this, so count yourself lucky." },
  { id: "complain-22", kind: "complain", text: "Moans about everything, needs to get a life." },
  { id: "complain-24", kind: "complain", text: "Gave him the voucher just to shut him up." },
  { id: "complain-26", kind: "complain", text: "You lot always want something for nothing." },
  { id: "complain-28", kind: "complain", text: "Your third urgent email of the day has been noted." },
  {
    id: "polite-02",
    kind: "polite",
    text: "Please don't worry about the capital letters: I'd be frustrated too.",
  },
  { id: "polite-04", kind: "polite", text: "It's our problem to sort out, not yours." },
  {
    id: "polite-06",
    kind: "polite",
    text: "Next time you order, delivery is free: I've added it to your account.",
  },
  { id: "polite-08", kind: "polite", text: "Honestly, you've been more patient than I would have been." },
  { id: "polite-11", kind: "polite", text: "Your email was really clear, thank you." },
  {
    id: "polite-13",
    kind: "polite",
    text: "Good luck with the new café, and do tell us how the beans go down.",
  },
  { id: "polite-15", kind: "polite", text: "Don't worry, none of this is your fault." },
  {
    id: "polite-17",
    kind: "polite",
    text: "No need to apologise for ringing again; that's what we're here for.",
  },
  { id: "polite-19", kind: "polite", text: "You did exactly the right thing by keeping the box." },
  { id: "polite-20", kind: "polite", text: "If it's easier, I can talk you through it on the phone." },
  { id: "polite-22", kind: "polite", text: "It's no trouble at all to send another." },
  { id: "polite-24", kind: "polite", text: "Clearly something went wrong at our end." },
  { id: "polite-26", kind: "polite", text: "I'm sorry you had to email us so many times to get an answer." },
  {
    id: "polite-28",
    kind: "polite",
    text: "Please don't feel you have to read all the small print: I'll tell you what matters.",
  },
  { id: "polite-31", kind: "polite", text: "You're right to be annoyed about a two-day delay." },
  {
    id: "polite-33",
    kind: "polite",
    text: "Don't worry if the app looks confusing; it confuses me sometimes too.",
  },
  { id: "polite-35", kind: "polite", text: "This isn't something you should have to deal with." },
  {
    id: "polite-37",
    kind: "polite",
    text: "Next time you're in the shop, ask for Sam and he'll look after you.",
  },
  { id: "polite-39", kind: "polite", text: "Your feedback goes straight to our product team." },
  {
    id: "polite-40",
    kind: "polite",
    text: "It's only been a week, so you're well within the 30 days for a refund.",
  },
  { id: "polite-42", kind: "polite", text: "Just to check: is the light red or orange?" },
  { id: "polite-44", kind: "polite", text: "Simply put, you're owed a full refund and I've started it." },
  { id: "polite-46", kind: "polite", text: "I know it's not just a kettle when it's your morning routine." },
  { id: "polite-48", kind: "polite", text: "It's a fair question, and the answer is yes." },
  {
    id: "polite-51",
    kind: "polite",
    text: "Most customers don't realise they can pause, so thank you for asking.",
  },
  {
    id: "polite-53",
    kind: "polite",
    text: "I'd be just as fed up if my kettle died the day after I bought it.",
  },
  { id: "polite-55", kind: "polite", text: "It really is easy to swap: reply swap and I'll do the rest." },
  {
    id: "polite-57",
    kind: "polite",
    text: "You're not the only one to spot this, and I'm glad you told us.",
  },
  {
    id: "polite-59",
    kind: "polite",
    text: "Life gets busy, so I've set a reminder email for the next delivery.",
  },
  {
    id: "polite-60",
    kind: "polite",
    text: "I'd be happy to walk you through it step by step if that helps.",
  },
  { id: "polite-62", kind: "polite", text: "Thank you for being so patient with our slow replies." },
  { id: "polite-64", kind: "polite", text: "Please don't think you're being a nuisance; you're not." },
  {
    id: "polite-66",
    kind: "polite",
    text: "It's completely understandable to be upset after waiting this long.",
  },
  { id: "polite-68", kind: "polite", text: "Your kettle should never have leaked, and I'm sorry it did." },
  {
    id: "polite-71",
    kind: "polite",
    text: "Customer found the app confusing; talked her through pausing, she's happy.",
  },
  {
    id: "polite-73",
    kind: "polite",
    text: "Customer asked a lot of questions about the grinder; answered all, sent guide.",
  },
  {
    id: "polite-75",
    kind: "polite",
    text: "Mr Evans contacted us again; still no parcel, so escalated to the courier team.",
  },
  {
    id: "polite-77",
    kind: "polite",
    text: "If it helps, most people find the video easier than the leaflet.",
  },
  { id: "polite-79", kind: "polite", text: "It's simple enough to fix, and I'll send the part today." },
  {
    id: "polite-80",
    kind: "polite",
    text: "Just hold the button for five seconds and it will reset; if not, I'll send a new one.",
  },
  { id: "polite-82", kind: "polite", text: "Good news: the courier found your parcel." },
  {
    id: "polite-84",
    kind: "polite",
    text: "We can't be sure what happened in transit, so I've sent a new one anyway.",
  },
  { id: "polite-86", kind: "polite", text: "Please let me know if anything in my email isn't clear." },
  {
    id: "polite-88",
    kind: "polite",
    text: "Even small faults matter, so please tell us if it happens again.",
  },
  { id: "polite-91", kind: "polite", text: "There's nothing silly about asking twice." },
  {
    id: "polite-93",
    kind: "polite",
    text: "Most customers who have this fault get a new one, and so will you.",
  },
  {
    id: "polite-95",
    kind: "polite",
    text: "Honestly, I think you made the right choice with the medium roast.",
  },
  {
    id: "polite-97",
    kind: "polite",
    text: "Only you can decide whether you'd prefer a refund or a replacement.",
  },
  {
    id: "polite-99",
    kind: "polite",
    text: "Please don't apologise for your tone; you had every reason to be cross.",
  },
];
