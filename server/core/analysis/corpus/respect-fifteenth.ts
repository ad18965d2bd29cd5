/**
 * Respect, fifteenth pass (issue 8 item 5, session 43): a probe in LEARNERS' register (text-speak, second-language
 * English, chatty replies, terse CRM notes), written by session 43's respect helper BEFORE any code or training of the
 * learned respect model, for the kinds a new writer's sneer still slips through in: cheer or jokes about her trouble,
 * unasked advice on her conduct, hindsight about what she could have done, her habits, taste, worries or reasons
 * judged, her account doubted, and in third-person records sneering asides, scare-quote doubt, patronising endearments
 * and "as usual" digs. Each kind has honest look-alikes with the same structure (her feelings named plainly, advice she
 * asked for, care tips for the replacement, "no need to worry", our own fault owned, her words quoted faithfully, a
 * neutral record of a repeat contact).
 *
 * Each line carries its decided label (`kind`; "polite" means no breach) and a one-line reason, decided before anything
 * was run on it. No line is a sentence the lead's README section quotes.
 *
 * Split decided before anything was counted: FNV-1a of "respect-fifteenth:" + id, even = held out (counted only, never
 * read while training or choosing features or the threshold), odd = tune (the model may train on these).
 */
import type { ProbeLine } from "./respect-thirteenth";
import type { RespectKind } from "./respect-tune";
import { fnv1a32 } from "./split";

export function fifteenthSplit(id: string): "tune" | "held-out" {
  return fnv1a32(`respect-fifteenth:${id}`) % 2 === 0 ? "held-out" : "tune";
}

type Row = [n: string, voice: string, kind: RespectKind, text: string, reason: string];
const rows = (group: string, list: Row[]): ProbeLine[] =>
  list.map(([n, voice, kind, text, reason]) => ({ id: `s15-${group}-${n}`, voice, kind, text, reason }));

export const RESPECT_FIFTEENTH: ProbeLine[] = [
  // cheer or jokes about her trouble
  ...rows("cheer", [
    [
      "rude-01",
      "text-speak",
      "sarcasm",
      "lol ur kettle really said nope 😂 anyway new one coming thurs",
      "laughs at her broken kettle",
    ],
    [
      "rude-02",
      "chatty",
      "sarcasm",
      "Ha, sounds like the courier enjoyed your biscuits more than you did! Refund is on its way.",
      "a joke at her lost parcel",
    ],
    [
      "rude-03",
      "ESL",
      "minimise",
      "well now you have good excuse for buy a nicer one haha",
      "her loss turned into a joke and a silver lining",
    ],
    [
      "rude-04",
      "CRM note",
      "sarcasm",
      "Cust's grinder died mid dinner party, bit of a comedy moment by the sound of it.",
      "her trouble recorded as comedy",
    ],
    [
      "rude-05",
      "text-speak",
      "sarcasm",
      "3 broken jugs in 1 month, honestly thats impressive going 😅",
      "mock praise for her run of bad luck",
    ],
    [
      "rude-06",
      "chatty",
      "minimise",
      "Not the best start to your Monday haha, but these things happen!",
      "laughs off her trouble and shrugs",
    ],
    [
      "polite-01",
      "chatty",
      "polite",
      "Good news, your refund has gone through today! 🎉",
      "cheer about the remedy, no loss laughed at",
    ],
    [
      "polite-02",
      "text-speak",
      "polite",
      "haha no worries at all, glad the new one works!!",
      "cheer at the fix, her joke returned",
    ],
    [
      "polite-03",
      "ESL",
      "polite",
      "Happy to say the replacement is out for delivery today 🙂",
      "good news about the remedy",
    ],
    [
      "polite-04",
      "CRM note",
      "polite",
      "Cust laughed it off on the call, said the dog enjoyed the packaging; replacement sent.",
      "her own laugh recorded, not ours at her",
    ],
  ]),
  // unasked advice on her conduct
  ...rows("advice", [
    [
      "rude-01",
      "text-speak",
      "blame",
      "pls read the instructions b4 using next time, saves everyone hassle",
      "unasked lecture implying misuse",
    ],
    [
      "rude-02",
      "ESL",
      "blame",
      "Maybe try to be more gentle with the lid, it is not made for strong hands.",
      "implies she broke it by force",
    ],
    [
      "rude-03",
      "chatty",
      "blame",
      "Tip from me: don't leave it till the last minute to order a gift 😉",
      "our late parcel turned into her lateness",
    ],
    [
      "rude-04",
      "CRM note",
      "blame",
      "Advised cust to actually check her emails before phoning in.",
      "a note lecturing her on contacting us",
    ],
    [
      "rude-05",
      "agent email",
      "blame",
      "Going forward it would help if you kept an eye on your own letterbox.",
      "our lost parcel made her job",
    ],
    [
      "rude-06",
      "text-speak",
      "blame",
      "maybe dont overfill it next time and it wont leak 👍",
      "leak blamed on her use, unasked",
    ],
    [
      "polite-01",
      "agent email",
      "polite",
      "You asked how to stop the scale building up: a descale every month with our tablets keeps it right.",
      "advice she asked for",
    ],
    [
      "polite-02",
      "text-speak",
      "polite",
      "as u asked, best grind for a cafetiere is coarse 👍",
      "asked-for advice",
    ],
    [
      "polite-03",
      "CRM note",
      "polite",
      "Cust asked for tips on milk frothing, sent her the guide.",
      "her request recorded",
    ],
    [
      "polite-04",
      "chatty",
      "polite",
      "For the new one, give it a rinse before first use and it's good to go.",
      "care tip for the replacement",
    ],
    [
      "polite-05",
      "agent email",
      "polite",
      "Tip: keep the receipt with the new grinder in case you ever need it.",
      "advice for her records",
    ],
    [
      "polite-06",
      "chatty",
      "polite",
      "Next time anything arrives damaged, just snap a photo and we'll sort it the same day.",
      "an easier route offered, no fault implied",
    ],
  ]),
  // hindsight about what she could have done
  ...rows("hindsight", [
    [
      "rude-01",
      "text-speak",
      "blame",
      "if u had opened the box when it came we cud of sorted it weeks ago",
      "her delay blamed for our fault",
    ],
    [
      "rude-02",
      "ESL",
      "blame",
      "Shame you did not tell us before you throw away the packaging, it would be more easy now.",
      "hindsight on her conduct",
    ],
    [
      "rude-03",
      "chatty",
      "blame",
      "Honestly a 2 min look at the size chart would of saved all this",
      "what she could have done, blamed",
    ],
    [
      "rude-04",
      "CRM note",
      "blame",
      "Cust never registered the warranty, would've been covered otherwise.",
      "a false hindsight: her statutory rights need no registration",
    ],
    [
      "rude-05",
      "CRM note",
      "blame",
      "Had she bothered to read the confirmation email she'd have seen the date.",
      "contemptuous hindsight in a note",
    ],
    [
      "rude-06",
      "agent email",
      "blame",
      "You could have saved yourself a lot of stress by ringing us first.",
      "her stress made her own doing",
    ],
    [
      "polite-01",
      "chatty",
      "polite",
      "If we had packed it better it wouldn't have cracked, sorry about that.",
      "our hindsight, owned",
    ],
    [
      "polite-02",
      "text-speak",
      "polite",
      "we should of checked the address before it left, thats on us",
      "our fault owned",
    ],
    [
      "polite-03",
      "agent email",
      "polite",
      "Had our driver knocked, you'd have had it on Tuesday. I'm sorry.",
      "the courier's hindsight, apologised for",
    ],
    [
      "polite-04",
      "ESL",
      "polite",
      "You could have been burned by that handle, I am so sorry.",
      "concern for her safety",
    ],
  ]),
  // her habits, taste, worries or reasons judged
  ...rows("evaluate", [
    [
      "rude-01",
      "text-speak",
      "blame",
      "4 coffees a day will kill any machine tbh",
      "her habit blamed for the fault",
    ],
    [
      "rude-02",
      "text-speak",
      "minimise",
      "u do worry a lot about a tiny dent x",
      "her worry belittled, with a kiss",
    ],
    [
      "rude-03",
      "chatty",
      "belittle",
      "Interesting choice to put decaf in an espresso machine but ok",
      "her taste mocked",
    ],
    [
      "rude-04",
      "agent email",
      "minimise",
      "That's quite a lot of fuss over a £6 mug, if I'm honest.",
      "her complaint called fuss",
    ],
    [
      "rude-05",
      "CRM note",
      "belittle",
      "She is very particular about her milk foam, to put it kindly.",
      "her taste sneered at on the record",
    ],
    [
      "rude-06",
      "agent email",
      "dismiss",
      "The reason you give for the return doesn't really add up, but fine.",
      "her reason judged and doubted",
    ],
    [
      "rude-07",
      "ESL",
      "minimise",
      "Most people would not even see such small mark, but ok we change it.",
      "others held against her",
    ],
    [
      "polite-01",
      "agent email",
      "polite",
      "You're right to be annoyed, a £6 mug should still arrive in one piece.",
      "her feeling upheld",
    ],
    [
      "polite-02",
      "chatty",
      "polite",
      "Your reason for returning it makes total sense.",
      "her reason agreed with",
    ],
    [
      "polite-03",
      "text-speak",
      "polite",
      "lots of ppl would be upset by a mark like that, totally fair",
      "others who would feel as she does",
    ],
    [
      "polite-04",
      "chatty",
      "polite",
      "Decaf works great in that machine btw, loads of our customers use it.",
      "her choice supported",
    ],
    [
      "polite-05",
      "CRM note",
      "polite",
      "Cust prefers extra-hot milk foam; noted on her profile for the next order.",
      "her taste recorded neutrally",
    ],
  ]),
  // her account doubted
  ...rows("doubt", [
    [
      "rude-01",
      "text-speak",
      "dismiss",
      "if it really came broken like u say, send a pic",
      "her account doubted",
    ],
    [
      "rude-02",
      "ESL",
      "blame",
      "You are sure you did not drop it? Because this crack look like from a fall.",
      "she is accused of dropping it",
    ],
    [
      "rude-03",
      "agent email",
      "dismiss",
      "I find it hard to believe the seal just 'fell out' on its own.",
      "scare quotes and disbelief",
    ],
    [
      "rude-04",
      "CRM note",
      "dismiss",
      "Customer 'definitely' descaled it every month, she tells us.",
      "scare quotes doubt her care",
    ],
    [
      "rude-05",
      "CRM note",
      "dismiss",
      "Cust claims parcel never came. Neighbours saw nothing either, supposedly.",
      "her account and her neighbours' doubted",
    ],
    [
      "polite-01",
      "agent email",
      "polite",
      "You said the seal 'just fell out', which is a known fault, so a replacement is on the way.",
      "her words quoted faithfully and believed",
    ],
    [
      "polite-02",
      "chatty",
      "polite",
      "Could you send a photo of the crack so I can add it to the claim?",
      "a photo asked for the claim",
    ],
    [
      "polite-03",
      "ESL",
      "polite",
      "Just to check, was the box damaged when it came? Either way we replace it.",
      "a real question, the remedy not conditional",
    ],
    [
      "polite-04",
      "CRM note",
      "polite",
      "Customer says parcel never arrived. Tracking shows left in porch; claim opened with courier.",
      "her account recorded plainly",
    ],
    [
      "polite-05",
      "CRM note",
      "polite",
      "Customer descales monthly (her words); fault logged as element failure.",
      "her words recorded, believed",
    ],
  ]),
  // third-person records: sneers, endearments, "as usual"
  ...rows("record", [
    [
      "rude-01",
      "CRM note",
      "complain",
      "Rang again re the toaster. Third time this week, what a treat.",
      "sarcastic aside about her calls",
    ],
    [
      "rude-02",
      "CRM note",
      "belittle",
      "Cust sweet but clueless, walked her through plugging it in.",
      "patronising characterisation",
    ],
    [
      "rude-03",
      "CRM note",
      "belittle",
      "Lovely old dear, got herself in a muddle with the app again.",
      "patronising endearment and a dig",
    ],
    [
      "rude-04",
      "CRM note",
      "complain",
      "Emailed to complain as per usual, this time it's the colour.",
      "an 'as usual' dig",
    ],
    [
      "rude-05",
      "CRM note",
      "complain",
      "Our regular moaner is back, now the lid is 'too stiff'.",
      "name-calling and scare quotes",
    ],
    [
      "rude-06",
      "CRM note",
      "belittle",
      "Explained the return form for the 2nd time, slowly.",
      "a sneer at her understanding",
    ],
    [
      "rude-07",
      "CRM note",
      "belittle",
      "Apparently the 'awful smell' is just fresh beans. Educated her.",
      "scare quotes and condescension",
    ],
    [
      "polite-01",
      "CRM note",
      "polite",
      "Called re toaster, 3rd contact this week, still not fixed, escalated to team lead.",
      "a repeat contact recorded plainly",
    ],
    [
      "polite-02",
      "CRM note",
      "polite",
      "Cust emailed again about beans, wants a lighter roast; switched her plan.",
      "a repeat contact, neutral",
    ],
    [
      "polite-03",
      "CRM note",
      "polite",
      "Older customer, prefers phone, found the app confusing: talked her through it step by step.",
      "her need recorded plainly",
    ],
    [
      "polite-04",
      "CRM note",
      "polite",
      "Complained before about the lid colour, this time the handle; both logged.",
      "a previous complaint noted without a dig",
    ],
    [
      "polite-05",
      "CRM note",
      "polite",
      "Explained the return form again as cust couldn't find the email; resent it.",
      "a repeat explanation recorded neutrally",
    ],
    [
      "polite-06",
      "CRM note",
      "polite",
      "Cust had a stressful week and the kettle was the last straw; gave £10 goodwill.",
      "her feelings named plainly",
    ],
  ]),
  // replies: endearments, feelings, "no need to worry"
  ...rows("reply", [
    [
      "rude-01",
      "chatty",
      "belittle",
      "No worries petal, kettle's on its way, try not to break this one x",
      "patronising endearment and implied blame",
    ],
    [
      "rude-02",
      "chatty",
      "belittle",
      "Aw you gave it a good go with the setup 🙂 we'll take it from here",
      "patronising about her competence",
    ],
    [
      "rude-03",
      "agent email",
      "dismiss",
      "You seem very stressed about this, maybe have a nice cup of tea first and then we sort it?",
      "her feelings treated as the problem",
    ],
    [
      "rude-04",
      "text-speak",
      "dismiss",
      "k the box was left at ur door like u asked, not rly our problem if it walked off",
      "brushed off",
    ],
    [
      "polite-01",
      "text-speak",
      "polite",
      "no need to worry abt sending it back, keep it",
      "'no need to worry' about the remedy",
    ],
    [
      "polite-02",
      "agent email",
      "polite",
      "Please don't worry, you did nothing wrong here.",
      "reassurance that clears her",
    ],
    [
      "polite-03",
      "text-speak",
      "polite",
      "understand ur really fed up, 3rd late parcel is not ok. refund done",
      "her feeling named plainly",
    ],
    [
      "polite-04",
      "ESL",
      "polite",
      "I understand you were worried the gift won't arrive for the birthday, I will call you tomorrow.",
      "her worry named plainly",
    ],
    [
      "polite-05",
      "CRM note",
      "polite",
      "Customer angry about the double charge, and rightly so: refunded £24.99 today.",
      "her anger upheld",
    ],
    [
      "polite-06",
      "chatty",
      "polite",
      "Thanks for trying the reset steps, that really helps; engineer booked for Weds.",
      "her effort thanked",
    ],
  ]),
];
