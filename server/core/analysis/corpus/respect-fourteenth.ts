/**
 * Respect, fourteenth pass (issue 8 item 5, session 42): lines by what a sentence DOES to the customer, written by
 * session 42's respect helper BEFORE any code of the function reader, in my own words (none a line the lead, redA or
 * redB quoted). Four functions, each with honest look-alikes that use the same structure helpfully:
 *
 *  - `advice`: advice or correction of her conduct or care that she did not ask for, in a complaint that is ours
 *    (look-alikes: instructions for the remedy, advice she asked for, care of the replacement, troubleshooting);
 *  - `evaluation`: her feelings, reasons, taste or competence judged, others held up against her, her choice mocked by
 *    an analogy, a note writing her off (look-alikes: "no need to send it back", others who would feel as she does,
 *    her reason agreed with, her preference recorded);
 *  - `cheer`: cheer, jokes or irony about her trouble ("at least…", a silver lining, an exclamation at her loss)
 *    (look-alikes: relief that she is safe after an apology, good news about the remedy, cheer with no loss);
 *  - `hindsight`: what she could or should have done (look-alikes: what WE could have done, "you could have been hurt",
 *    a right she still has, hindsight that clears her).
 *
 * Decided: "at least nobody was hurt" after an apology and a remedy is relief for her safety (honest, `cheer-polite-11`);
 * "at least" weighing her loss against something better with no apology is minimising (`cheer-rude-11`): she sets the
 * weight of her own loss.
 *
 * Split decided before anything was counted: FNV-1a of "respect-fourteenth:" + id, even = held out (counted only,
 * never printed or read while tuning), odd = tune.
 */
import type { RespectKind } from "./respect-tune";
import { fnv1a32 } from "./split";

export type FourteenthLine = {
  id: string;
  fn: "advice" | "evaluation" | "cheer" | "hindsight";
  voice: string;
  kind: RespectKind;
  text: string;
  reason: string;
};

export function fourteenthSplit(id: string): "tune" | "held-out" {
  return fnv1a32(`respect-fourteenth:${id}`) % 2 === 0 ? "held-out" : "tune";
}

type Row = [id: string, voice: string, kind: RespectKind, text: string, reason: string];
const rows = (fn: FourteenthLine["fn"], list: Row[]): FourteenthLine[] =>
  list.map(([id, voice, kind, text, reason]) => ({ id: `s14-${fn}-${id}`, fn, voice, kind, text, reason }));

export const RESPECT_FOURTEENTH: FourteenthLine[] = [
  ...rows("advice", [
    [
      "rude-01",
      "chat",
      "blame",
      "You might want to check the tracking page more often so you're not caught out.",
      "our late parcel turned into her failing to watch the tracking",
    ],
    [
      "rude-02",
      "agent email",
      "blame",
      "It's worth reading the care card before you use anything new from us.",
      "unasked: implies she misused it without reading",
    ],
    [
      "rude-03",
      "agent email",
      "blame",
      "I'd suggest being a bit gentler with the lid from now on.",
      "the cracked lid (ours, within six months) put down to her handling",
    ],
    [
      "rude-04",
      "chat",
      "dismiss",
      "Try to be in when a delivery is due; drivers can't wait around forever.",
      "our missed delivery turned into a lecture on being in",
    ],
    [
      "rude-05",
      "learner email",
      "blame",
      "You should really be storing beans in an airtight tin anyway.",
      "stale beans complaint answered with how she stores them",
    ],
    [
      "rude-06",
      "chat",
      "belittle",
      "Make sure you're actually pressing the switch all the way down before you ring us.",
      "condescending instruction on her conduct before contacting us",
    ],
    [
      "rude-07",
      "note",
      "blame",
      "Cust advised to handle glass items with more care in future.",
      "the note records a telling-off for her care",
    ],
    [
      "rude-08",
      "agent email",
      "belittle",
      "It'd be wise to double-check your address before you hit order.",
      "unasked correction of her ordering, when the courier mis-delivered",
    ],
    [
      "rude-09",
      "learner email",
      "belittle",
      "Might be an idea to read our emails properly so you don't miss the dispatch notice.",
      "her reading called improper, unasked",
    ],
    [
      "rude-10",
      "agent email",
      "blame",
      "Going forward, please give the jug a rinse after each use, as limescale is usually the culprit.",
      "a care lesson that puts the fault on her",
    ],
    [
      "rude-11",
      "chat",
      "belittle",
      "Just a tip: plug it in first, then switch it on at the wall.",
      "the obvious explained as a tip, unasked",
    ],
    [
      "rude-12",
      "ESL email",
      "blame",
      "Please in future you should follow instruction more careful so this not happen again.",
      "unasked future advice tied to the fault",
    ],
    [
      "polite-01",
      "agent email",
      "polite",
      "You might want to keep the receipt with the new kettle, as it carries a two-year guarantee.",
      "advice for her benefit about the replacement",
    ],
    [
      "polite-02",
      "chat",
      "polite",
      "It's worth checking your spam folder, as the returns label sometimes lands there.",
      "helping the remedy reach her",
    ],
    [
      "polite-03",
      "agent email",
      "polite",
      "You should get the refund within five working days; if not, reply here and I'll chase it.",
      "'should' of expectation, not advice",
    ],
    [
      "polite-04",
      "agent email",
      "polite",
      "Make sure the old grinder is unplugged before the courier collects it on Thursday.",
      "instructions for the return",
    ],
    [
      "polite-05",
      "chat",
      "polite",
      "As you asked, the best way to keep beans fresh is an airtight tin somewhere cool and dark.",
      "advice she asked for",
    ],
    [
      "polite-06",
      "chat",
      "polite",
      "Try pressing and holding the reset button for ten seconds; if the light doesn't come on, I'll send a new one.",
      "troubleshooting with the remedy promised",
    ],
    [
      "polite-07",
      "agent email",
      "polite",
      "I'd suggest choosing the collection option, so you don't have to queue at the post office.",
      "a suggestion that saves her effort",
    ],
    [
      "polite-08",
      "agent email",
      "polite",
      "For the new machine, a quick descale every month will keep it running well, and I've added a free pack.",
      "care of the replacement, with a gift",
    ],
    [
      "polite-09",
      "learner email",
      "polite",
      "You may want to photograph the damage before you recycle the box, just for your records.",
      "protecting her claim",
    ],
    [
      "polite-10",
      "agent email",
      "polite",
      "Please pop the lid in the bag with the jug so the courier takes both.",
      "return instructions",
    ],
    [
      "polite-11",
      "chat",
      "polite",
      "If you'd like to avoid waiting in, you can choose a safe place in the tracking link.",
      "an option offered, conditional",
    ],
  ]),
  ...rows("evaluation", [
    [
      "rude-01",
      "agent email",
      "minimise",
      "There's really no need to get so upset about a few days' wait.",
      "her feeling judged excessive",
    ],
    [
      "rude-02",
      "agent email",
      "belittle",
      "It's an odd thing to write in about, but I've sent the missing spoon.",
      "her reason for contacting judged odd",
    ],
    [
      "rude-03",
      "chat",
      "sarcasm",
      "Decaf in an espresso machine like that? Bit like buying a racehorse to pull a cart, but it's your money.",
      "her choice mocked by an analogy, then shrugged off",
    ],
    [
      "rude-04",
      "agent email",
      "minimise",
      "Most of our customers wouldn't think twice about a scuff on the base.",
      "others held up as not minding",
    ],
    [
      "rude-05",
      "note",
      "belittle",
      "Not really a coffee person, is she? Asked for the mildest roast going.",
      "a note sneering at her taste",
    ],
    [
      "rude-06",
      "agent email",
      "minimise",
      "I'm not sure a missing sachet of sugar warrants three emails.",
      "her contact judged out of proportion",
    ],
    [
      "rude-07",
      "agent email",
      "belittle",
      "Frankly your reasons for cancelling don't make a lot of sense.",
      "her reasons judged",
    ],
    [
      "rude-08",
      "agent email",
      "dismiss",
      "Other subscribers are perfectly happy with the six-week gap.",
      "others held against her complaint",
    ],
    [
      "rude-09",
      "note",
      "belittle",
      "Cust clearly no expert, thinks a grinder and a blender are the same thing.",
      "a note judging her competence",
    ],
    [
      "rude-10",
      "chat",
      "sarcasm",
      "You seem to feel very strongly about the colour of a mug.",
      "her feeling held up as out of proportion",
    ],
    [
      "rude-11",
      "agent email",
      "belittle",
      "Lovely as your taste in flavoured syrups is, they do rather ruin good beans.",
      "her taste judged",
    ],
    [
      "rude-12",
      "learner email",
      "minimise",
      "I wouldn't have thought a dented tin was worth getting worked up about.",
      "her reaction judged",
    ],
    [
      "polite-01",
      "agent email",
      "polite",
      "There's no need to send the old one back; keep it or recycle it.",
      "'no need to' about the remedy",
    ],
    [
      "polite-02",
      "agent email",
      "polite",
      "Most people would be annoyed to get a cracked jug, so you're right to tell us.",
      "others agree with her",
    ],
    [
      "polite-03",
      "chat",
      "polite",
      "That's a really good reason to switch to the 500g bag, and I've set it up.",
      "her reason agreed with",
    ],
    [
      "polite-04",
      "agent email",
      "polite",
      "There's no need to apologise for chasing; it's our job to keep you posted.",
      "'no need to' that reassures her",
    ],
    [
      "polite-05",
      "agent email",
      "polite",
      "Loads of customers choose pre-ground, and our Filter Roast works well that way.",
      "others like her, her choice supported",
    ],
    [
      "polite-06",
      "note",
      "polite",
      "Customer prefers decaf and the mildest roast; switched her plan to the Swiss Water decaf.",
      "her taste recorded plainly",
    ],
    [
      "polite-07",
      "agent email",
      "polite",
      "It's completely reasonable to want a refund rather than a repair after two faults.",
      "her reason evaluated in her favour",
    ],
    [
      "polite-08",
      "agent email",
      "polite",
      "Other customers have reported the same crack, so it's a fault in the batch, not anything you did.",
      "others compared to clear her",
    ],
    [
      "polite-09",
      "agent email",
      "polite",
      "A scuff on a brand-new machine isn't what you paid for; I'll send a replacement panel.",
      "her complaint validated",
    ],
    [
      "polite-10",
      "chat",
      "polite",
      "Flavoured syrups are popular, and the Caramel pairs nicely with our medium roast.",
      "her taste supported",
    ],
    [
      "polite-11",
      "agent email",
      "polite",
      "You feel strongly about this, and you're right to: it's the third fault.",
      "her feeling named and validated",
    ],
  ]),
  ...rows("cheer", [
    [
      "rude-01",
      "chat",
      "sarcasm",
      "Well, at least you got a bit of exercise walking to the depot!",
      "a silver lining joked about her trouble",
    ],
    [
      "rude-02",
      "chat",
      "sarcasm",
      "Ha! Three missing parcels in a row, that must be some kind of record.",
      "laughing at her losses",
    ],
    [
      "rude-03",
      "agent email",
      "minimise",
      "Look at it this way: one less mug to wash up.",
      "her broken mug joked away",
    ],
    [
      "rude-04",
      "chat",
      "sarcasm",
      "On the plus side, you've now got a very good excuse to visit a café.",
      "a plus side of her loss",
    ],
    [
      "rude-05",
      "agent email",
      "minimise",
      "At least it was only the decaf that went missing!",
      "her loss weighed down",
    ],
    [
      "rude-06",
      "chat",
      "sarcasm",
      "Fun times with couriers, eh? Anyway, a new one's on its way.",
      "irony about her trouble",
    ],
    [
      "rude-07",
      "chat",
      "sarcasm",
      "Cold coffee all weekend, the horror! I've sent a new element.",
      "mock horror at her loss",
    ],
    [
      "rude-08",
      "agent email",
      "minimise",
      "Every cloud: you'll appreciate the new kettle all the more.",
      "a silver lining for her loss",
    ],
    [
      "rude-09",
      "chat",
      "minimise",
      "Could be worse, it could have been the whole grinder!",
      "her loss weighed against a worse one",
    ],
    [
      "rude-10",
      "chat",
      "sarcasm",
      "lol that's a lot of broken mugs, sorry about that",
      "laughter at her loss",
    ],
    [
      "rude-11",
      "agent email",
      "minimise",
      "The glass shattered, but at least nobody was hurt, so no harm done really.",
      "our failure weighed down with no apology",
    ],
    [
      "polite-01",
      "agent email",
      "polite",
      "I'm so relieved nobody was hurt when the handle came off, and I'm sorry it happened.",
      "relief for her safety with an apology",
    ],
    [
      "polite-02",
      "agent email",
      "polite",
      "At least let me cover the cost of the coffee you had to buy while it was broken.",
      "'at least' about what we do",
    ],
    [
      "polite-03",
      "agent email",
      "polite",
      "The good news is a new kettle leaves our warehouse today.",
      "good news about the remedy",
    ],
    [
      "polite-04",
      "agent email",
      "polite",
      "On the plus side, the replacement comes with a fresh two-year guarantee.",
      "a plus about the remedy, not her loss",
    ],
    [
      "polite-05",
      "chat",
      "polite",
      "Ha, I've got the same grinder at home and I love it. Enjoy your new beans!",
      "cheer with no loss",
    ],
    [
      "polite-06",
      "agent email",
      "polite",
      "The refund should be with you by Friday at least, and I'll chase it if not.",
      "'at least' as a minimum promise",
    ],
    [
      "polite-07",
      "chat",
      "polite",
      "What a lovely thing to hear that you enjoyed the Ethiopian!",
      "exclamation at good news",
    ],
    [
      "polite-08",
      "agent email",
      "polite",
      "Congratulations on the new house! I've updated your delivery address.",
      "cheer for her good news",
    ],
    [
      "polite-09",
      "agent email",
      "polite",
      "Three deliveries for one kettle! That's not good enough, and I'm sorry.",
      "exclamation owning our failure",
    ],
    [
      "polite-10",
      "chat",
      "polite",
      "It could be worth trying the other socket, just to rule that out; if it still won't heat, I'll replace it.",
      "troubleshooting",
    ],
    [
      "polite-11",
      "agent email",
      "polite",
      "I'm very sorry the jug shattered; at least nobody was hurt, and a new one is on its way today.",
      "decided: relief after an apology and a remedy",
    ],
  ]),
  ...rows("hindsight", [
    [
      "rude-01",
      "agent email",
      "blame",
      "Had you rung us on the first day, we could have sorted this much sooner.",
      "her timing blamed",
    ],
    [
      "rude-02",
      "agent email",
      "blame",
      "If you'd opened the box when it arrived, you'd have spotted the crack straight away.",
      "hindsight about her conduct",
    ],
    [
      "rude-03",
      "chat",
      "blame",
      "You could always have just used the spare filter in the box.",
      "what she could have done",
    ],
    [
      "rude-04",
      "agent email",
      "blame",
      "A quick look at the dispatch email would have told you it was coming Tuesday.",
      "what she could have known",
    ],
    [
      "rude-05",
      "agent email",
      "blame",
      "It would have helped if you'd mentioned the allergy when you ordered.",
      "hindsight about her ordering",
    ],
    [
      "rude-06",
      "note",
      "blame",
      "Cust could have avoided this by registering the warranty.",
      "a note: she could have avoided it",
    ],
    [
      "rude-07",
      "agent email",
      "blame",
      "Had the grinder been emptied after each use, the burrs wouldn't have clogged.",
      "passive hindsight about her care",
    ],
    [
      "rude-08",
      "chat",
      "blame",
      "You might have saved yourself the trouble by checking the size guide.",
      "what she might have done",
    ],
    [
      "rude-09",
      "agent email",
      "blame",
      "Nothing would have leaked if the lid had been clicked shut.",
      "passive hindsight, her conduct",
    ],
    [
      "rude-10",
      "learner email",
      "blame",
      "With hindsight, ordering the glass model for a busy kitchen was always going to be risky.",
      "her choice judged in hindsight",
    ],
    [
      "polite-01",
      "agent email",
      "polite",
      "If we had packed it properly, this wouldn't have happened, and I'm sorry.",
      "our hindsight",
    ],
    [
      "polite-02",
      "agent email",
      "polite",
      "You could have been badly burnt, and I'm so sorry; we're recalling the batch.",
      "concern for her",
    ],
    [
      "polite-03",
      "agent email",
      "polite",
      "You could have asked for a refund rather than a repair, and you still can: just say which.",
      "a right she still has",
    ],
    [
      "polite-04",
      "chat",
      "polite",
      "If I'd known you were away, I'd have held the parcel; I've rebooked it for Monday.",
      "our hindsight",
    ],
    [
      "polite-05",
      "agent email",
      "polite",
      "Had our courier followed your safe-place note, it would have been waiting for you.",
      "the courier's hindsight",
    ],
    [
      "polite-06",
      "agent email",
      "polite",
      "It would have helped us to know about the allergy, so thank you for telling us now; I've added it to your account.",
      "thanks for telling us now",
    ],
    [
      "polite-07",
      "agent email",
      "polite",
      "You'd have had it on Tuesday if our system hadn't lost the label.",
      "our failure in hindsight",
    ],
    [
      "polite-08",
      "agent email",
      "polite",
      "Opening it straight away was exactly right, and it means we know it arrived cracked.",
      "her conduct praised",
    ],
    [
      "polite-09",
      "note",
      "polite",
      "Cust says she'd have returned it sooner but was in hospital; extended the window.",
      "her account recorded",
    ],
    [
      "polite-10",
      "agent email",
      "polite",
      "Even if you'd checked the tracking, there was no way to know the depot had lost it.",
      "hindsight that clears her",
    ],
  ]),
];
