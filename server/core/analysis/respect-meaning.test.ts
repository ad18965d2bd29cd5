import { describe, expect, it } from "vitest";
import { analyseMessage, explainMessage } from "./analyse-message";
import { RESPECT_HELD_OUT } from "./corpus/respect-held-out";
import { fifteenthSplit, RESPECT_FIFTEENTH } from "./corpus/respect-fifteenth";
import {
  RESPECT_PROBE_1,
  RESPECT_PROBE_2,
  RESPECT_PROBE_3,
  RESPECT_PROBE_4,
  RESPECT_PROBE_5,
  RESPECT_PROBE_6,
  RESPECT_PROBE_7_HELD_OUT,
  RESPECT_PROBE_7_TUNE,
} from "./corpus/respect-probes";
import { RESPECT_TUNE, respectSplitForId, type RespectLine } from "./corpus/respect-tune";
import { MEANING_FRAMES } from "./respect-meaning";

const BREACHES = ["blame", "dismissive", "calm_down"];
const breaches = (text: string) => analyseMessage(text).labels.filter((l) => BREACHES.includes(l));

function score(set: RespectLine[]) {
  const rude = set.filter((l) => l.kind !== "polite");
  const polite = set.filter((l) => l.kind === "polite");
  return {
    caught: rude.filter((l) => breaches(l.text).length > 0).length,
    rude: rude.length,
    falseAlarms: polite.filter((l) => breaches(l.text).length > 0).map((l) => l.text),
    polite: polite.length,
  };
}

describe("respect by meaning (5 December 2026, morning)", () => {
  it("the sets are split by id hash and each id is in the half its hash says", () => {
    for (const l of RESPECT_TUNE) expect(respectSplitForId(l.id)).toBe("tune");
    for (const l of RESPECT_HELD_OUT) expect(respectSplitForId(l.id)).toBe("held-out");
    const ids = [...RESPECT_TUNE, ...RESPECT_HELD_OUT].map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(RESPECT_TUNE.length + RESPECT_HELD_OUT.length).toBe(257);
  });

  it("tune half: no polite look-alike is accused; most disrespectful lines are caught", () => {
    const s = score(RESPECT_TUNE);
    console.log(
      `respect tune: caught ${s.caught}/${s.rude}, false alarms ${s.falseAlarms.length}/${s.polite}`,
    );
    expect(s.falseAlarms).toEqual([]);
    expect(s.caught / s.rude).toBeGreaterThanOrEqual(0.9);
  });

  it("held-out half (never tuned on): reported, with floors well below the measured figures", () => {
    const s = score(RESPECT_HELD_OUT);
    console.log(
      `respect held-out: caught ${s.caught}/${s.rude}, false alarms ${s.falseAlarms.length}/${s.polite}`,
    );
    // Measured 74/79 and 1/51 when written (README, "Respect by meaning"); floors, not targets.
    expect(s.caught / s.rude).toBeGreaterThanOrEqual(0.75);
    expect(s.falseAlarms.length).toBeLessThanOrEqual(3);
  });

  it("the lead's polite look-alikes keep no respect label", () => {
    for (const t of [
      "It's not difficult to set up: just hold the button for five seconds.",
      "Please don't worry about the capital letters: I'd be frustrated too.",
      "Honestly, it was a pleasure to help.",
      "It's our problem to sort out, not yours.",
      "This isn't something you should have to deal with.",
      "We've changed couriers, so you can follow it to the door.",
      "Customers like you are the reason we love what we do, and we're so lucky to have you.",
      "You chose express delivery, so it should arrive tomorrow.",
      "Comments are only from people who bothered to write, so I checked them against the cases.",
    ])
      expect(breaches(t), t).toEqual([]);
  });

  it("each kind is read in wordings no single phrase covers, with its words as evidence", () => {
    const cases: [string, string][] = [
      ["I'll go through it again, very slowly this time, so you can keep up.", "dismissive"],
      ["Funny how it only broke after you'd had it for a week.", "blame"],
      ["It's a coffee order, not a matter of life and death.", "dismissive"],
      ["Oh yes, because we deliberately send broken kettles to everyone.", "dismissive"],
      ["Your bank, your problem.", "dismissive"],
      ["We'll let you off this time, but don't expect it again.", "dismissive"],
      ["Customer clearly mishandled the unit and now wants a freebie.", "blame"],
    ];
    for (const [text, label] of cases) {
      const a = explainMessage(text);
      expect(a.labels, text).toContain(label);
      const span = a.spans.find((s) => s.label === label && s.rules.some((r) => r.startsWith("meaning.")));
      expect(span, text).toBeDefined();
      expect(text.slice(span!.start, span!.end)).toBe(span!.text);
      expect(span!.text.length).toBeLessThan(text.length + 1);
    }
  });

  it("a record of the customer's feeling and its cause is not a sneer; shrinking the cause is (session 47)", () => {
    for (const honest of [
      "Customer was very angry about a late delivery.",
      "Cust very upset about a missing parcel, wants a call back.",
      "She was stressed about a delay to her refund.",
      "Mr Okafor complained about a cracked lid on arrival; replacement sent.",
    ])
      expect(breaches(honest), honest).toEqual([]);
    for (const rude of [
      "Customer getting really angry about one late parcel.",
      "He's complaining about just a bag of decaf.",
      "She was upset about nothing, honestly.",
      "Cust moaning about a scuffed box again.",
      "You're getting very worked up over a bag of beans.",
    ])
      expect(breaches(rude), rude).toContain("dismissive");
  });

  it("a warm sentence is not accused, and explainMessage says why", () => {
    expect(explainMessage("You're right to be upset over a two-week delay.").labels).not.toContain(
      "dismissive",
    );
    // the frame reads "get upset over a…" and its exception ("right to") lets it go, and says so
    const warm = explainMessage("You're right to get upset over a two-week delay.");
    expect(warm.labels).not.toContain("dismissive");
    expect(warm.suppressed.some((m) => m.rule.startsWith("meaning."))).toBe(true);
    expect(breaches("Don't worry if you ignored our first email; it was confusing.")).toEqual([]);
    expect(explainMessage("You're getting very worked up over a bag of beans.").labels).toContain(
      "dismissive",
    );
  });

  it("redA's ask (round 15): the customer lumped with a group put down for age or ability", () => {
    for (const t of [
      "Bean Bot loops when a customer asks for a person. Mostly older subscribers who can't cope with a chatbot and type the same thing over and over, like this one.",
      "Typical boomer who can't work a chatbot.",
      "Customer is one of those older subscribers who can't cope with a chatbot.",
      "He can't cope with a chatbot, like most of our older customers.",
    ])
      expect(analyseMessage(t).labels, t).toContain("dismissive");
    for (const t of [
      "Older subscribers may find a chatbot harder to use, so a hand-off to a person matters.",
      "Some customers can't reach a person through the bot.",
      "He couldn't get through to a person.",
      "Customers of all ages should be able to reach a person.",
    ])
      expect(breaches(t), t).toEqual([]);
  });

  it("redB's ask (round 15): a right the customer used, held against them in polite words", () => {
    for (const t of [
      "I do note that you returned both of the items you bought from us, so perhaps we simply weren't the right fit for you.",
      "I see you've returned everything you ever bought, so maybe we're just not for you.",
      "Given you sent both items back, it's probably for the best that you won't be ordering again.",
    ])
      expect(analyseMessage(t).labels, t).toContain("dismissive");
    expect(
      analyseMessage("I note that you returned both items; the refunds went back to your card in March.")
        .labels,
    ).toEqual(["listen", "solve"]);
    expect(analyseMessage("I'm sorry we weren't the right fit for you this time.").labels).toEqual([
      "apologise",
    ]);
    for (const t of [
      "Perhaps we simply weren't the right fit for you.",
      "As per your email, you have been removed from our mailing list.",
    ])
      expect(breaches(t), t).toEqual([]);
  });

  it("second pass: shapes from two probes written after the first frames, both ways", () => {
    for (const t of [
      "Let's be honest, you probably dropped it.",
      "It's a grinder, it grinds. Not complicated.",
      "We're a coffee shop, not a miracle worker.",
      "Try turning your brain on before the machine.",
      "I hope you're happy now you've wasted everyone's time.",
      "Thanks for the essay.",
      "We'll refund you, just to make you go away.",
      "Your constant emails are clogging up our inbox.",
      "I'm not sure why you thought a glass kettle could survive being dropped.",
      "Please try to keep your emails to the point in future.",
      "Maybe get your facts straight before accusing us.",
      "Another day, another complaint from Mrs Shah.",
    ])
      expect(breaches(t), t).not.toEqual([]);
    for (const t of [
      "Let's be honest, we should have caught this.",
      "You're not our only customer to see this, so we've changed courier.",
      "It's a simple fix and I'll talk you through it.",
      "Thanks for the detailed email; it really helped.",
      "If it's not too much trouble, could you send a photo of the base?",
      "I'm not sure what you thought of the new roast, so do tell me.",
      "Please keep any emails from us about the recall, just in case.",
      "If it's important to arrive by Friday, I've upgraded you to express at no cost.",
    ])
      expect(breaches(t), t).toEqual([]);
  });

  it("the probes: 1 and 2 were tuned on; 3 (written after the last frame) is reported, not a target", () => {
    const [p1, p2, p3] = [score(RESPECT_PROBE_1), score(RESPECT_PROBE_2), score(RESPECT_PROBE_3)];
    for (const [name, s] of [
      ["1", p1],
      ["2", p2],
      ["3", p3],
    ] as const)
      console.log(
        `respect probe ${name}: caught ${s.caught}/${s.rude}, false alarms ${s.falseAlarms.length}/${s.polite}`,
      );
    // Measured 28/30 and 20/20 after the second pass; probe 1's one false alarm (an older rule, "it happens to the best
    // of us") is mended since the fourth pass.
    expect(p1.caught / p1.rude).toBeGreaterThanOrEqual(0.8);
    expect(p2.caught / p2.rude).toBeGreaterThanOrEqual(0.8);
    expect([...p1.falseAlarms, ...p2.falseAlarms]).toEqual([]);
    // Probe 3 measured 1/20 and 0/10 once, 2/20 and 0/10 after the third pass; the fourth pass studied its misses
    // (17/20 after, tuning data now): no floor on what it catches, and polite lines stay unaccused.
    expect(p3.falseAlarms).toEqual([]);
  });

  it("third pass: meaning classes read in my own wordings, both ways (none is a probe line)", () => {
    // Each line is a different wording of a frame's class (README, "Respect by meaning: third pass").
    for (const t of [
      "Customer has form for moaning about every delivery.",
      "He's prone to overreacting, so bear that in mind.",
      "She insists the box was empty, which sounds rather convenient.",
      "Cust says it arrived broken (yeah, right).",
      "Treat anything he says with a grain of salt.",
      "Thanks for your evidence, or what passes for it.",
      "Great, so the code was in your spam folder all along.",
      "A late bag of beans is hardly an ordeal.",
      "Mrs Hale seems rather scatty.",
      "Note: customer is a bit of a drama queen.",
      "He needs his hand held for every order.",
      "I can't spoon-feed you through every step.",
      "Things move fast for someone of your generation.",
      "Pensioner, doddery on the phone, speak slowly.",
      "Here it is again, nice and clear for you this time.",
      "Ask if any of the big words are too much.",
      "The grinder was perfect before she took it apart.",
      "The label reads 140 degrees max, which you'd have thought was enough.",
      "I guess the tracking emails were easy to miss.",
      "Presumably you didn't read the label.",
      "Pity you never registered the warranty.",
      "Funny how you only noticed after the return window closed.",
      "Oddly, he's the only customer who has had trouble with it.",
      "A little rich coming from someone who never paid the invoice.",
      "If you can't work a plug, I'm not sure what we can do.",
      "If you're that skint, perhaps cancel.",
      "That email tells us more about her than about the order.",
      "Someone has a lot of spare time.",
      "I'm sure this is far too technical for you.",
      "Cust livid about a 40p postage difference.",
      "Poor lamb, a whole morning without a latte.",
      "Sure, though the question is rather obvious.",
      "You left it two months before reporting it.",
      "It's one button, which nearly all our users manage.",
      "Not everyone is cut out for a manual grinder.",
      "For future reference, please don't send the same question to three addresses.",
      "Your so-called emergency was a loose lid.",
      "I already told you the refund takes five days.",
      "You're simply wrong about the date.",
      "Whatever passes for a complaint these days.",
    ])
      expect(breaches(t), t).not.toEqual([]);
    for (const t of [
      "Customer is elderly and hard of hearing; please write rather than ring.",
      "Older customers sometimes find the app confusing, so I've sent a printed guide.",
      "Customer says the courier claims it was delivered, which seems unlikely as she was in all day.",
      "The courier claims it was delivered, which seems unlikely, so I've opened a claim.",
      "Customer says she never got the email; resent it.",
      "Great, so the refund has gone through and you'll see it in 3-5 days.",
      "Lovely, so your new kettle arrived safely. Enjoy!",
      "It's hardly a hardship for us to send another one.",
      "It's not really a problem, I'll sort it now.",
      "Happy to hold your hand through the set-up if you like.",
      "I've made it simple for you: just tap Pause.",
      "I've made the returns process extra easy for you this time with a prepaid label.",
      "It worked fine until Tuesday, you said?",
      "So it was fine until you descaled it, is that right?",
      "I'd have hoped our courier would ring first, and I'm sorry they didn't.",
      "I take it you didn't receive our email, so I've resent it.",
      "Presumably you didn't get the code, so here it is again.",
      "Shame you didn't get to try the Colombian; I'll send a sample.",
      "It's a shame you've had to wait so long.",
      "Funny, I've got the same grinder at home!",
      "Strange that it didn't arrive; I've chased the courier.",
      "You're the only customer who has reported this so far, so thank you.",
      "Nobody else has reported this fault, but I'm treating it seriously and have sent a replacement.",
      "If you can't find the code, I'll send it again.",
      "If you can't make the Tuesday slot, just reply and we'll rebook.",
      "If money is tight at the moment, I can pause your subscription for free.",
      "That's on us, and I'm sorry.",
      "It's not true that you need the receipt: a bank statement will do.",
      "I've already sent you a returns label, but here it is again in case it went astray.",
      "I've already told the courier to collect it tomorrow.",
      "What would you like us to do?",
      "Poor thing, she'd been without heating all week.",
      "Although the fix is simple, I'll send an engineer so you don't have to do it yourself.",
      "Even if the answer is on the box, it's easy to miss, so here it is.",
      "It's not too late to change your mind.",
      "Most customers find the medium grind suits a cafetière.",
      "This grinder isn't cut out for espresso, so the Pro would suit you better.",
      "For future reference, you can pause in the app at any time.",
      "For your reference, your case number is 4471.",
      "I'm sure it's very frustrating for you.",
      "No doubt you've had a long week, so I'll keep this short.",
      "As a freebie, I've added a sample bag to your box.",
      "I'll give you the benefit of the doubt.",
      "Bless you for your patience.",
      "Customer has a history of late deliveries to her address; flagged with courier.",
      "The clue's in the tracking: it went to the Leeds depot by mistake, which is our error.",
      "Customer is very emotional, her late husband bought her this grinder.",
      "He is very particular about his grind size, so I've set it to 12.",
      "She tends to get confused by our emails, so please keep them short and clear.",
    ])
      expect(breaches(t), t).toEqual([]);
  });

  it("the lead's ask (10:53): a warning that complaining, chasing or returning will cost the customer", () => {
    for (const t of [
      "Customers who keep returning items may find we stop accepting their orders.",
      "I've noted on your file that this is your third complaint.",
      "Any further complaints could result in your account being reviewed.",
      "Keep this up and we'll have to close your account.",
      "If you carry on chasing us like this we may have to suspend your account.",
      "Continued complaints will be flagged and your details passed to our fraud team.",
    ])
      expect(analyseMessage(t).labels, t).toContain("dismissive");
    for (const t of [
      "If you're still unhappy, you can take this to the Ombudsman.",
      "I've noted on your file that you prefer email.",
      "We'll close the case once your refund arrives.",
      "You can close your account at any time from Settings.",
      "We review every complaint so it doesn't happen again.",
      "Making a complaint won't affect your account in any way.",
      "I've logged your complaint on your file so the team can see it.",
    ])
      expect(breaches(t), t).toEqual([]);
  });

  it("the lead's ask (12:14): the same threat stated as a rule about customers who complain, return or chase", () => {
    for (const t of [
      "Please be aware that customers who complain repeatedly may have their accounts closed.",
      "We reserve the right to close the accounts of customers who keep returning items.",
      "Anyone who chases us more than twice a week may find their orders refused.",
      "People who keep complaining tend to get their accounts suspended.",
      "Customers who make repeated complaints can have their membership withdrawn.",
      "Please note that accounts with frequent returns may be reviewed and closed.",
    ])
      expect(analyseMessage(t).labels, t).toContain("dismissive");
    for (const t of [
      "Customers who complain are entitled to a full response within 8 weeks.",
      "People who return items get a refund within 14 days.",
      "Anyone who contacts us gets a reply within a day.",
      "Customers who close their accounts can reopen them within 30 days.",
      "Please be aware that we close the case once your refund arrives.",
      "Customers who return items within 30 days get a full refund, and their account is not affected.",
    ])
      expect(breaches(t), t).toEqual([]);
  });

  it("redA's asks (round 16 A): handling-damage questions, 'simple maths', scare quotes, running down a team", () => {
    const blame = [
      "Just so I can put it on the notes, it hasn't been knocked or dropped at all, and no water's got into the electrics when you've been filling it? Sometimes that's what it turns out to be.",
      "It hasn't had a knock at all, has it?",
      "You've not got it wet by any chance?",
      "I do have to ask whether it's been dropped.",
      "Nothing's been spilt on it at all?",
    ];
    for (const t of blame) expect(analyseMessage(t).labels, t).toContain("blame");
    for (const t of [
      "I know it feels close, but a quick look at a calendar will show you it's simple maths: 31 days is more than 30, I'm afraid.",
      "If you count the days you'll see you're past 30.",
      "Basic maths tells you it's day 31.",
      "A glance at the calendar would have shown you.",
      "It's simple arithmetic.",
      'I\'ve sent a replacement out today, and the courier will collect your "faulty" kettle at the same time. Our technicians will look at the "fault" when it comes back.',
      "I'm sorry about your “broken” frother.",
      'We\'ve found the "missing" parcel.',
      'I\'ve looked into the "damage" you mention.',
      "Dev's lot in the warehouse have made a right pig's ear of this one as per usual, so can we at least upgrade the re-send to next-day?",
      "The warehouse have made a mess of it again.",
      "Typical of that lot.",
      "As usual they've botched it.",
      "The packing team can never get it right.",
    ])
      expect(analyseMessage(t).labels, t).toContain("dismissive");
    for (const t of [
      "Is it doing exactly the same as before the repair?",
      "Did it arrive damaged?",
      "Has the courier dropped it off yet?",
      "The driver said he dropped it.",
      "I've checked the calendar: day 30 ended at midnight last night.",
      "The 30 days run from the day after delivery, so today is day 31.",
      "It's easy to return: just use the label.",
      'Press "Descale" and hold for three seconds.',
      'It\'s on the "Returns" page.',
      'Select "Refund" in the app.',
      'Try our "Bean Bot" chat.',
      'You said it "just stopped" on Monday.',
      "The courier lost it at their Leeds depot.",
      "We got this wrong and I'm sorry.",
      "The warehouse needs the case reference first.",
      "For your security, we may suspend your account if we see suspicious payments.",
      "Could you check whether any water has got into the base? Sometimes the seal fails, and that's our fault, not yours.",
      'The parcel was marked "damaged in transit" by the courier.',
    ])
      expect(breaches(t), t).toEqual([]);
  });

  it("redB's ask (round 16 B): a customer's complaints called habitual, so to be discounted", () => {
    for (const t of [
      "Followed up re late delivery. FYI she always finds something to grumble about, so take her emails with a pinch of salt.",
      "He moans about everything, don't take it too seriously.",
      "One of those who's never happy.",
      "She'll find fault with anything.",
      "Treat anything he says with caution, he exaggerates.",
      "Serial complainer.",
    ])
      expect(analyseMessage(t).labels, t).toContain("dismissive");
    for (const t of [
      "She has had three late deliveries since the summer; please check her next one.",
      "Take care with her address: she moved in May.",
      "Grumbled about the courier (fair: five days late).",
      "Handle with care: fragile items.",
      "We're never happy when a parcel is late, so I've chased it.",
      "Please don't take this as a refusal: I've asked the team to look again.",
    ])
      expect(breaches(t), t).toEqual([]);
  });

  it("third pass: 'you dropped it' is not an accusation inside a condition, a restating or a reassurance", () => {
    for (const t of [
      "If you dropped it, don't worry, it's still covered.",
      "You said you dropped it, which happens to all of us.",
    ])
      expect(breaches(t), t).toEqual([]);
    for (const t of ["You dropped it, didn't you?", "You broke it.", "Maybe you dropped it."])
      expect(analyseMessage(t).labels, t).toContain("blame");
  });

  it("probe 4 (written before the third pass, never read for frames) is reported; polite lines stay at most as accused as before", () => {
    const p4 = score(RESPECT_PROBE_4);
    console.log(
      `respect probe 4: caught ${p4.caught}/${p4.rude}, false alarms ${p4.falseAlarms.length}/${p4.polite}`,
    );
    // First run, before the third pass: 0/30 caught, 1/20 polite accused (by an older rule). After it: 28/30, 1/20, but the
    // same hand wrote the probe and the frames, so that figure is optimistic (README, "Respect by meaning: third pass").
    // No floor on what it catches. Its one polite line accused (a note of an upset customer, with the cause and the
    // refund) is mended since the fourth pass.
    expect(p4.falseAlarms).toEqual([]);
  });

  it("fourth pass: three older rules no longer accuse polite lines, and their rude neighbours are still read", () => {
    for (const t of [
      "Setting up the grinder is easy: no hand-holding needed, it's very simple.",
      "The app is easy to use: it's really quite simple.",
      "Customer very upset about a \u00a36 bag of coffee that arrived split; refunded.",
      "Customer angry about a parcel that arrived damaged; replaced and apologised.",
      "Don't worry, it happens to the best of us, and I'll send a new lid.",
      "It happens to the best of us.",
      "Don't worry; accidents happen!",
    ])
      expect(breaches(t), t).toEqual([]);
    for (const t of [
      "I don't know why you're struggling, it's very simple.",
      "It's very simple.",
      "Not everyone needs hand-holding, but clearly you do.",
      "We're not here to hold your hand.",
      "Customer very emotional about a \u00a36 bag of coffee, handled.",
      "Customer very upset about a \u00a36 bag of coffee. Refunded to shut her up.",
      "You're getting very worked up over a bag of beans.",
      "These things happen.",
      "Don't worry, these things happen, it's only a parcel.",
    ])
      expect(breaches(t).length, t).toBeGreaterThan(0);
  });

  it("fourth pass: frames built from the kinds, in my own wordings, both ways (none is a probe line)", () => {
    for (const t of [
      "You're the one who spotted the fault, so thank you.",
      "You picked express delivery, so it should come tomorrow.",
      "We've made it difficult to find the returns page, and I'm sorry.",
      "You've made it really easy for us by sending the photo.",
      "What an interesting idea for a new blend; I'll pass it to the roasters.",
      "For what it's worth, I think you're completely right.",
      "I'll pass your concerns on to our quality team and reply by Friday.",
      "Yeah, right away, I'll send it now.",
      "Sure, I'll get that sorted today.",
      "Another customer had the same fault, so we know the fix.",
      "It's not that serious a fault, and the engineer can fix it on Monday.",
      "I know it feels like the world has ended when your coffee doesn't arrive.",
      "Sorry for all the fuss with your order.",
      "There's no need to send the box back.",
      "No need for a receipt: your bank statement is fine.",
      "Please stop using the kettle until the engineer has looked at it.",
      "Stop worrying, it's all sorted.",
      "You can stop the emails at any time from your account page.",
      "It's all on the website, but I'll summarise it below.",
      "If you take a moment to check the label, you'll find the batch number there.",
      "Check the label before first use for the right grind setting.",
      "Give the guide a quick read before first use: it has some good tips.",
      "It didn't break on its own: the courier crushed it, so I've sent another.",
      "It seems to have cracked by itself, which is a known fault, so it's covered.",
      "Try your luck in our prize draw this month!",
      "We should have sent the right size in the first place.",
      "You shouldn't have had to contact us in the first place.",
      "If you'd like to look at the tracking, here's the link.",
      "I hope it lasts you many years.",
      "It was working when it left us, so the courier must have damaged it; I'm sorry, a new one is on its way.",
      "I suspect something happened to it in transit.",
      "You can expect a refund within five days.",
      "Lovely to hear from you again, Mrs Shah!",
      "This is the third time you've had to ask, and I'm sorry.",
      "Customer knows the machine better than we do and spotted the fault.",
      "I think you know better than me what suits your kitchen.",
      "I'm not sure what went wrong, so I'll find out today.",
      "Thanks for your patience.",
      "It should do everything you'd expect from a £200 grinder, so I'll replace it.",
      "Customer rang for the third time about the same parcel; escalated and apologised.",
      "The parcel was supposedly delivered at 3pm, but the photo shows another door, so I've reopened it.",
      "Apparently the courier left it at the depot.",
      "I'm not saying you're lying; I just need the photo for the courier.",
      "It's hard to believe it's been a year already!",
      "I don't believe it! Your parcel went to Leeds?",
      "We don't buy used machines back, but here's a recycling link.",
      "You'll need to learn the new app, so here's a guide.",
      "Of course, I'll check that for you.",
      "That's a fair question.",
      "You're not being silly at all.",
      "Customer has a lot on at the moment, so please keep calls short.",
      "I can see from the tracking that it's stuck at the depot.",
      "Do you realise you can pause deliveries in the app? It's handy when you're away.",
      "Or so I thought: the tracking now says Friday, so I've chased it.",
      "The courier says it was delivered, or so they claim, so I've opened an investigation.",
      "You did the right thing, of course you did.",
      "Of course you did, and thank you for checking first.",
      "Sure, I did that this morning.",
      "Yes, you were right about the grind.",
      "Of course you have: I can see two emails from you, and I'm sorry we missed them.",
      "That's a great question.",
      "It's a common question, so here's the answer.",
      "That was a really good question about the grind.",
      "You're not overthinking it; it's a fair worry.",
      "I don't believe we've sent you the right size, so I'll swap it.",
      "We can't believe how quickly the limited roast sold out!",
      "I found it hard to believe we'd sent the wrong colour, but the photo shows we did; sorry.",
      "You're the one who knows your kitchen, so pick whichever suits.",
      "You chose the 1.7L model, which is the right size for a family.",
      "If you had ordered before noon, it would have gone today; I've upgraded it to next day.",
      "If you'd like a replacement rather than a refund, just say.",
      "Hope the new one gives you years of good coffee.",
      "It arrived with you broken, so something happened in transit; I'm sorry.",
      "We're in the habit of double-checking every kettle, and this one slipped through; sorry.",
      "Please make a habit of descaling monthly; it keeps the element working.",
      "Thanks for your complaint; it helps us improve.",
      "I'm not sure why this happened, so I've asked the warehouse.",
      "Why we didn't spot it sooner is beyond me; I'm sorry.",
      "Don't bother sending it back; keep it and I'll refund you.",
      "This is the second time we've had to ask the courier, and I'm sorry for the wait.",
      "Customer knows best what suits her routine; she chose the medium roast.",
      "Your attitude to sustainability is why we launched the refill scheme.",
      "Your behaviour on the app shows you mostly order on Mondays.",
      "No need for the receipt: your bank statement is enough.",
      "There's no need for you to do anything else.",
      "Please stop the subscription from next month.",
      "Stop by the shop any time.",
      "If you care to look at the new range, here's the link.",
      "Please check the fuse before deciding whether to send it back: if it's fine, I'll book a collection.",
      "It didn't just break on its own, of course: it's a known fault with that batch, and it's covered.",
      "Kettles don't break by themselves, which is why we're testing the batch; I'm sorry.",
      "We don't make a habit of this, and I'm sorry it happened to you.",
      "You've made this so easy for me, thank you.",
      "What an interesting way of using the frother; I'll share it with the team!",
      "Quite the adventure your parcel had, but it's with you tomorrow.",
      "I'm sorry for all this fuss over a simple exchange.",
      "The world hasn't ended, but your morning coffee matters, so I've sent it today.",
    ])
      expect(breaches(t), t).toEqual([]);
    for (const t of [
      "You're the one who picked the slowest delivery.",
      "She's the one who ordered the wrong size, not us.",
      "It was you who decided to skip the descaling.",
      "You've made it very difficult for anyone to help you.",
      "Honestly, you've made this impossible.",
      "You have a very creative way of using a grinder.",
      "What an unusual approach to making tea you must have.",
      "I'll note your concerns, for what it's worth.",
      "Customer claims she never got the email. Yeah, right.",
      "Sure you did.",
      "Oh great, another one who can't follow a setup guide.",
      "Another customer who can't read a returns label.",
      "It's really not that deep, it's a lid.",
      "Nobody's world has ended over a late parcel.",
      "Quite the drama over a scratched mug.",
      "Such a fuss about a few pence.",
      "There's no need for the sarcasm.",
      "No need for all the shouting and dramatics.",
      "Stop emailing us every hour.",
      "Please stop ringing the shop about this.",
      "Stop expecting us to read your mind.",
      "It's all on the website if you could be bothered to look.",
      "The answer is in the manual if you care to read it.",
      "Check the label before deciding it's faulty.",
      "Please read the guide properly before assuming the grinder is broken.",
      "Kettles don't just break on their own.",
      "That lid didn't crack by itself.",
      "Between us, he's trying it on for a free one.",
      "If you had bought the larger size in the first place, this wouldn't have happened.",
      "If you'd looked at your emails, you'd have known it was coming.",
      "Let's hope this one lasts longer in your care.",
      "It left our warehouse in perfect condition, so draw your own conclusions.",
      "Something clearly happened to it after it reached you.",
      "We don't make a habit of selling faulty grinders.",
      "You can't expect a refund just for complaining.",
      "Why you even bother emailing us is beyond me.",
      "Oh lovely, hearing from you yet again.",
      "This is the fourth time you've asked me that.",
      "Customer thinks he knows better than our technicians.",
      "A voucher won't cure your impatience.",
      "Your attitude is not helping.",
      "I'm not sure what you were expecting from a £15 grinder.",
      "You're being ridiculous.",
      "Customer is being silly about a delay of one day.",
      "Frankly that's a silly question.",
      "Customer apparently received it broken, or so she says.",
      "The parcel supposedly never arrived.",
      "He conveniently lost the receipt.",
      "Of course you did.",
      "A likely story.",
      "You need to learn to read the tracking page.",
      "She's making it up to get a refund.",
      "Customer is lying about the delivery date.",
      "I find that very hard to believe.",
      "I don't believe you.",
      "Not buying it, she's had three refunds this year.",
      "Other customers have real problems to deal with.",
      "That's a bit rich.",
      "You're overthinking this.",
      "Calm yourself.",
      "Honestly, what did you think would happen?",
      "Not the brightest customer we've had.",
      "You clearly have too much time on your hands.",
      "You do realise it needs plugging in?",
      "I can see reading isn't your thing.",
    ])
      expect(breaches(t).length, t).toBeGreaterThan(0);
  });

  it("fourth pass: the lead's and the red teams' session-32 asks, as families, both ways", () => {
    for (const t of [
      "And your friend, bless her, that's not right: you've had it less than six months so we can't knock anything off for you using it.",
      "Your mum, bless her, was right to ring.",
      "My colleague, bless him, sent the wrong one.",
      "The poor courier, bless him.",
      "Done: you're off our mailing list, and I've passed your request to have your details removed to our data protection team, who will confirm within a month.",
      "Your account has been closed as you asked.",
      "I've asked the team to remove your details, as you requested.",
      "Your subscription is cancelled and your card details removed.",
      "Customer worried it won't arrive by Saturday.",
      "It's a present, so the date matters to her.",
      "The booklet says to run a cleaning programme monthly; you don't need to do anything before the courier comes.",
      "Is it the same fault as before?",
      "Have you had a chance to read the collection email?",
      "The vast majority of your order arrived.",
      "Most of the refund has already gone through.",
      "This should never happen, and I'm sorry it did.",
      "The vast majority of orders arrive within two days, so yours should be with you tomorrow.",
      "The dial numbers confused him: not his fault, raised with product.",
      "Not a delivery issue, a separate product point.",
      "He got there in the end with the manual and is happy now.",
      "You'll get the hang of it in no time!",
      "It took him two weeks to get a reply from us, which isn't good enough.",
      "No loss of data: his order records are kept for the accounts.",
      "Returned both items; refunds complete.",
      "We're sorry to lose him as a customer.",
      "It's not worth the bother of sending it back: keep it.",
      "She's the most loyal customer we have.",
      "One of our longest-standing customers.",
      "Our worst-affected customers get a call first.",
      "She's entitled to a full refund.",
      "We'll send it free of charge.",
      "Free delivery for three months.",
      "Want something for free? Try our sample box.",
      "It was the worst delivery week we've had, and I'm sorry.",
    ])
      expect(breaches(t), t).toEqual([]);
    for (const t of [
      "Customer in a bit of a flap about a birthday present. Bit of a drama over nothing really – it's a hand grinder and it'll turn up.",
      "She got herself in a state over a parcel.",
      "can I just check a couple of things for the form – you've been using filtered water in it like the booklet recommends, and running the cleaning programme every month or so?",
      "You have been following the care instructions, haven't you?",
      "Just to confirm you've been cleaning it as per the manual?",
      "You've only been using our own tablets in it, yes?",
      "I assume you've been looking after it as the leaflet says.",
      "To give it its due, Bean Bot sorts out the vast majority of questions first time, so what happened to you is unusual",
      "The overwhelming majority of our subscribers never have an issue with it.",
      "It works perfectly well for almost everyone.",
      "Yours is a rare case.",
      "NPS 6 only because he couldn't get his head round the numbers on the grinder dial. Not a real issue, he'll get there eventually - point him at the manual if he rings.",
      "He'll figure it out in the end.",
      "Took him a week to work out a dial.",
      "Not a genuine complaint, just user error.",
      "Nothing wrong with the grinder, just him.",
      "Sent back both things he ever bought from us, so honestly more hassle than he was worth - no great loss.",
      "More trouble than she's worth.",
      "Good riddance.",
      "We're better off without him.",
      "Serial returner, glad to see the back of him.",
      "Honestly the most demanding customer I've had this week.",
      "Easily our worst customer.",
      "One of the most clueless people I've spoken to.",
      "She expects something for nothing.",
      "Wants everything handed to him on a plate.",
      "Wants the moon on a stick, as usual.",
      "He thinks he's entitled to a free one.",
    ])
      expect(breaches(t).length, t).toBeGreaterThan(0);
  });

  it("probe 5 (written by the fourth pass's helper before any change, never studied) is reported", () => {
    const p5 = score(RESPECT_PROBE_5);
    console.log(
      `respect probe 5: caught ${p5.caught}/${p5.rude}, false alarms ${p5.falseAlarms.length}/${p5.polite}`,
    );
    // Before the fourth pass: 6/30 caught, 2/20 polite accused; after it 14/30, 1/20 (README, "Respect by meaning:
    // fourth pass": the same hand wrote the probe and the frames, so the catch is optimistic). No floor on what it
    // catches; polite lines stay at most as accused as after the fourth pass.
    expect(p5.falseAlarms.length).toBeLessThanOrEqual(1);
  });

  it("fifth pass: the clause reader (who did what to whom), in my own wordings, both ways (none is a probe line)", () => {
    // The customer as the agent of a fault, complaining verbs in notes, motive, comparison with others, hedged and
    // concessive digs (README, "Respect by meaning: fifth pass").
    for (const t of [
      "You've clearly knocked it off the worktop at some point.",
      "Cust spilled coffee into the base and now blames us.",
      "Mr Okafor bent the prongs himself and wants a new plug.",
      "She misread the dates and is now claiming we sent it late.",
      "You fitted the seal back to front, which is why it leaks.",
      "You entered the discount code wrong.",
      "You should've checked the voltage before plugging it in.",
      "You could easily have measured the cupboard first.",
      "You were supposed to register it within 28 days.",
      "Pity you never bothered to read the care card.",
      "He's complaining because he didn't check the delivery slot he picked.",
      "She keeps losing her login and blaming the app.",
      "Moaning about the postage again.",
      "He kicked off at the driver over a dent.",
      "Customer banging on about compensation for a late parcel.",
      "Caller made a huge fuss over a missing spoon.",
      "Had a meltdown on the phone about the colour.",
      "Clearly just after a freebie.",
      "Adamant it's our fault. It isn't.",
      "Most owners manage to descale theirs without ringing us.",
      "Everybody else seems to get it right first time.",
      "No other customer has had any trouble with the app.",
      "You're not the first to mix up the two models, and I doubt you'll be the last.",
      "No offence, but it's a kettle, it boils water.",
      "Not to be rude, but you could have just read the email.",
      "Bless her, she'd got the order numbers mixed up.",
      "Even though it's all on the order page, you obviously skipped it.",
      "It's explained on the box if you bothered to read it.",
      "That's your own fault for leaving it on the step.",
      "You just need to actually press the button.",
    ])
      expect(breaches(t).length, t).toBeGreaterThan(0);
    // The same words with the firm, the courier or the product as the agent, her experience validated, a condition,
    // a restating, a denial, a maybe, a question, or a note recording what happened.
    for (const t of [
      "The driver knocked the box off the van, so we'll send another.",
      "You said it was dropped in transit: I've claimed on the courier for you.",
      "If you've spilled water into the base, don't worry: unplug it and we'll collect it.",
      "Your parcel was damaged by the courier and I'm sorry.",
      "The seal may have gone in back to front at the factory; here's a new one.",
      "We entered your postcode wrong, which is our mistake.",
      "You should have received a confirmation email by now.",
      "You shouldn't have had to measure anything: our size guide was wrong.",
      "There's nothing you could have done differently.",
      "You didn't receive the care card, so I've attached it.",
      "I know you didn't get the email, so here it is again.",
      "Please keep ignoring the old reminder: the new code replaces it.",
      "She kicked off the call by thanking us for the quick refund.",
      "Customer went on to order the larger grinder.",
      "Customer rang about compensation for a late parcel; £5 credit applied.",
      "Customer after a refund rather than a replacement; issued today.",
      "Customer thinks it's our fault, and it is: we sent the wrong size.",
      "Most owners don't realise it needs descaling, so I've added a reminder.",
      "Nobody else has had to wait this long, and I'm sorry you did.",
      "No other customer has reported it yet, so thank you for telling us.",
      "You're not the first to tell us the instructions are unclear, and we're rewriting them.",
      "No offence taken, and thank you for the feedback.",
      "Bless you, what a lovely message.",
      "Even though it was on the order page, it's easy to miss, so here it is again.",
      "Thanks for taking the time to read our guide.",
      "Through no fault of your own, the order was cancelled.",
      "It's not your own fault that the box split.",
      "You broke nothing: the element was faulty.",
      "We dropped the ball on this one.",
      "Did the parcel arrive damaged, or did it happen later?",
    ])
      expect(breaches(t), t).toEqual([]);
  });

  it("asks of session 33 (the lead, red teams 18 A, B and C), both ways", () => {
    for (const t of [
      "One tip: it's worth descaling a lot more often than you probably have been.",
      "No one told you to put it in the dishwasher.",
      "Nobody made you order it.",
      "Hope that's finally enough to keep you happy.",
      "That should keep you quiet for a while.",
      "Satisfied now?",
      "My colleague who dealt with you last time clearly didn't have a clue, so apologies for him.",
      "The warehouse lot are useless, honestly.",
      "The courier isn't going to lose sleep over your parcel and neither am I.",
    ])
      expect(breaches(t).length, t).toBeGreaterThan(0);
    for (const t of [
      "I've refunded your full £49.99 and nothing has been knocked off for the use you've had.",
      "We won't knock anything off for use.",
      "Descaling every month or so helps any machine last longer.",
      "Hard water can be tough on machines, but that's not what caused this: it's a pump fault we should have fixed first time.",
      "I'm sorry nobody told you what was going on.",
      "No one asked you what you wanted, and that was wrong of us.",
      "I'm sorry no one made you aware of the delay.",
      "Between you and me, I wouldn't lose any sleep over it: whatever she's waiting for, I don't think she'll be waiting much longer.",
      "I hope that's a good outcome for you.",
      "Finally, here's your refund reference.",
      "We want to keep you happy as a customer.",
      "Is that enough information for you?",
      "My colleague should have told you about the refund, and I'm sorry they didn't.",
      "The previous advice you were given was wrong, and I'm sorry.",
    ])
      expect(breaches(t), t).toEqual([]);
  });

  it("probe 6 (written by session 33's respect helper before the clause reader, never studied) is reported", () => {
    const p6 = score(RESPECT_PROBE_6);
    console.log(
      `respect probe 6: caught ${p6.caught}/${p6.rude}, false alarms ${p6.falseAlarms.length}/${p6.polite}`,
    );
    // Before the clause reader (main at 7b22afb): 17/30 caught, 4/20 polite accused (by older rules; the lines were not
    // read). After it: 27/30, 1/20 (the same hand wrote the probe and the reader: optimistic). No floor on what it
    // catches; polite lines stay at most as accused as after the fifth pass.
    expect(p6.falseAlarms.length).toBeLessThanOrEqual(1);
  });

  it("sixth pass: a subject carried over, a name, tone with no act, and brush-offs, in my own wordings, both ways", () => {
    // Each line is my own wording of a kind (README, "Respect by meaning: sixth pass"); none is a probe line.
    for (const t of [
      "Snapped the handle. Now expects a new one free.",
      "She dropped the carafe. Now wants us to pay for it.",
      "Tom overfilled it and is now blaming the thermostat.",
      "They obviously didn't read the care card, and now they're complaining.",
      "Hasn't even opened the setup guide, clearly.",
      "Rang again. Same old story.",
      "High maintenance.",
      "Here we go again.",
      "Let's pay attention this time, shall we?",
      "We're a bit cross today, aren't we?",
      "I'll say it again, slowly.",
      "What bit of 'no returns on opened beans' don't you understand?",
      "Refund sorted. Are we done here?",
      "That's between you and Royal Mail now.",
      "You'll need to take it up with the courier.",
      "Honestly, that's not my department.",
      "I haven't got time for this.",
      "Thanks for finally sending the photo.",
      "We're talking about a £2 scoop.",
      "Customer wants £50 for a dented box. We're talking about a £3 box.",
      "One more call like that and we'll block the number.",
      "Hopefully we won't be hearing from you again.",
      "As I've said several times, the part is on order.",
      "Check your junk folder yourself before complaining.",
      "If you'd taken the time to measure the cupboard, none of this would have happened.",
      "You'll live.",
      "Strange how it only goes wrong when you use it.",
      "Fourth refund request, apparently.",
      "Phoned in a state about a late teabag order, of all things.",
      "With all due respect, you clearly don't understand how descaling works.",
      "Please try actually reading the email.",
    ])
      expect(breaches(t).length, t).toBeGreaterThan(0);
    for (const t of [
      "Cracked in transit. Now wants a replacement, which is covered.",
      "Dropped it at the depot for her. Now waiting on the courier.",
      "Tom rang about the leak; engineer booked for Friday.",
      "They didn't receive the code, so I've resent it.",
      "Thanks again for your patience.",
      "Again, I'm sorry for the delay.",
      "Hard work from the warehouse team got it out today.",
      "Let's get this sorted for you, shall we?",
      "We're confused too, so I've asked the product team.",
      "Pour the water in slowly, then press start.",
      "I'll go through it again slowly with you on the phone if that helps.",
      "What part of the setup guide was confusing? I'd like to improve it.",
      "Can we move on to your second order?",
      "Between you and me, this is the best grinder we sell.",
      "We'll take it up with the courier for you.",
      "It's not my department, but I've passed it to the billing team.",
      "I don't have time today, so I've booked a call for tomorrow at ten.",
      "I'm glad your refund has finally arrived.",
      "Great job getting the serial number; that helps.",
      "It's a £4 bag of beans, so I've refunded it in full.",
      "Lol, I love your dog's name!",
      "One more email will follow with your returns label.",
      "That's the last you'll hear from us about this, I promise.",
      "As per your request, the card on file is removed.",
      "As you asked in your last email, the refund went to your card.",
      "Check the tracking page before you travel to the depot.",
      "If you'd like a replacement instead, just say.",
      "If we'd checked the address, you wouldn't be in this position, and I'm sorry.",
      "You won't be without a kettle: a loan one is on its way.",
      "It's odd that it only happens with your machine, so I've booked an engineer.",
      "Third delivery problem this month, so I've added a £10 credit.",
      "And on your birthday, of all days. I'm so sorry.",
      "With respect to your order, the refund is done.",
      "Could you send the photo? It actually helps a lot.",
      "Mr Shah knocked on the depot door and nobody answered, so we'll redeliver.",
      "Jane dropped the box and the glass cracked, so accidental damage cover applies.",
      "Gary dropped it off at the post office this morning.",
      "Priya registered it herself, which was really helpful.",
      "Thank you again for the kind review.",
      "You'll be fine to use it after descaling.",
    ])
      expect(breaches(t), t).toEqual([]);
  });

  it("sixth pass, asks of session 34: the fault laid on her (the lead) and neglect as the usual cause (round 19 A)", () => {
    for (const t of [
      "The courier's notes say you weren't in, so technically this part is on you.",
      "That one's really on you, I'm afraid.",
      "The damage falls on you, not us.",
      "The fault lies with you here.",
      "These grinders clog in no time when they're not cleaned regularly, and that's usually what's behind a jam like yours.",
      "Kettles that aren't descaled do tend to fail, and lack of descaling is usually the reason for a cut-out like this.",
    ])
      expect(breaches(t).length, t).toBeGreaterThan(0);
    for (const t of [
      "The next step is on us.",
      "It's on us, not you.",
      "The cost of return is on us.",
      "That's down to us.",
      "Which model you keep is down to you.",
      "Is this on you or on the courier?",
      "Hard water can be hard on any machine, but this is the same fault we repaired, so it's on us, not you.",
      "These machines do struggle with a worn pump seal, which is what our repair should have fixed.",
      "Some customers in hard-water areas find a filter jug helps, though that's not what caused this.",
      "Pump failures are usually a worn seal, not how a machine is looked after.",
      "If a kettle isn't descaled, a slow boil is usually what follows, but yours is an element fault we'll replace.",
      "The return postage is on you for a change of mind, and the refund follows within 14 days.",
    ])
      expect(breaches(t), t).toEqual([]);
  });

  it("probe 7 (session 34, written before the sixth pass) is split by id hash into halves, and reported", () => {
    for (const l of RESPECT_PROBE_7_TUNE) expect(respectSplitForId(l.id)).toBe("tune");
    for (const l of RESPECT_PROBE_7_HELD_OUT) expect(respectSplitForId(l.id)).toBe("held-out");
    const all = [...RESPECT_PROBE_7_TUNE, ...RESPECT_PROBE_7_HELD_OUT];
    expect(new Set(all.map((l) => l.id)).size).toBe(50);
    expect(all.filter((l) => l.kind === "rude").length).toBe(30);
    for (const [name, set] of [
      ["tune", RESPECT_PROBE_7_TUNE],
      ["held-out", RESPECT_PROBE_7_HELD_OUT],
    ] as const) {
      const s = score(set);
      console.log(
        `respect probe 7 ${name}: caught ${s.caught}/${s.rude}, false alarms ${s.falseAlarms.length}/${s.polite}`,
      );
    }
  });

  it("every frame has a unique id under meaning.", () => {
    const ids = MEANING_FRAMES.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id.startsWith("meaning.")).toBe(true);
  });
});

describe("twelfth pass: blame denied is not blame (redA's round-25 look-alike, in my words)", () => {
  it("'not down to you' is reassurance; 'down to you' about her act still blames", () => {
    for (const text of [
      "It failed again after the repair, and that isn't down to you.",
      "None of this is down to you; the part was faulty.",
      "It's not at all down to you that it leaked.",
    ])
      expect(breaches(text), text).toEqual([]);
    for (const text of ["That one's down to you, I'm afraid.", "Honestly, the dent is down to you."])
      expect(breaches(text), text).toContain("blame");
  });
});

describe("probe 15 (session 43, learners' register; README 'Respect, fifteenth pass')", () => {
  it("is counted, not tuned on: the readers' figures on its held-out half (floors at the measured figures)", () => {
    const c = { breaches: 0, caught: 0, honest: 0, flagged: 0 };
    for (const l of RESPECT_FIFTEENTH) {
      if (fifteenthSplit(l.id) !== "held-out") continue;
      const hit = analyseMessage(l.text).labels.some(
        (x) => x === "blame" || x === "dismissive" || x === "calm_down",
      );
      if (l.kind === "polite") {
        c.honest++;
        if (hit) c.flagged++;
      } else {
        c.breaches++;
        if (hit) c.caught++;
      }
    }
    expect([c.breaches, c.honest]).toEqual([20, 18]);
    expect(c.caught).toBeGreaterThanOrEqual(7);
    expect(c.flagged).toBe(0);
  });
});

describe("her difficulty set against others who find it easy, behind 'sorry you found…' (round 29)", () => {
  it.each([
    // review-r29-most-subscribers-find-it-easy
    "We're sorry you found Bean Bot tricky: most of our subscribers find it quick and easy to use, but it isn't for everyone.",
    "Sorry you found the app confusing – most customers find it simple enough.",
    "Most of our subscribers find it intuitive.",
    "Everyone else seems to get the hang of it.",
    "I'm sorry you struggled; most people find the menu easy to use.",
    // fresh probes read once (3 of 6 caught, 0 of 6 accused; README, session 44), tuning since
    "I'm sorry you had trouble with the returns page; most customers find it perfectly straightforward.",
    "Sorry you felt the app was hard to use – the vast majority of our users find it a breeze.",
    "Most of our regulars get the hang of the grind dial within a week.",
    "Sorry you struggled with the lid, most owners find it simple and quick to fit.",
    "Everyone else seems to find the tracking page easy enough.",
  ])("reads %s as dismissive", (text) => {
    expect(analyseMessage(text).labels).toContain("dismissive");
  });

  it.each([
    "Sorry it was so fiddly – most people find it easy, but clearly our menu didn't work for you, so I've passed it to the team.",
    "We're sorry: the chat is meant to be quick and easy, and it wasn't.",
    "Most customers find it quick and easy to switch to a smaller bag, so just reply and I'll do it for you.",
    "I'm sorry you were charged twice; the refund is on its way.",
    "Sorry you had to chase us, Tom – that's on us.",
    "Most customers find the smaller bag easier to get through, so I've switched yours to 500g.",
    "Sorry, our returns page should be simple and it clearly wasn't for you – I've booked the collection myself.",
    "Most people find the Burr Pro dial confusing at first, so here's a quick guide and I'm happy to talk you through it.",
    "Most of our subscribers find every six weeks suits them better, if you'd like to try that.",
    "I'm sorry the bot went round in circles; it should hand you to a person, and we're fixing that.",
  ])("leaves %s without a respect label", (text) => {
    expect(breaches(text)).toEqual([]);
  });
});

describe("session 45: kinds the lead's held-out sets missed (fresh sentences, not set 25's)", () => {
  it.each([
    // an apology refused to her face
    "I'm not going to apologise for a delay that was in the small print.",
    "We won't say sorry for something the courier did.",
    // her upset called a fuss about nothing
    "Honestly, I can't see what all the drama is about.",
    "What's all the fuss about? It arrived a day late.",
    // her complaint denied its name
    "I wouldn't call a loose handle a real problem.",
    "A bit of steam from the lid is hardly a defect.",
    // her handling implied by not being surprised at the fault
    "No wonder the jug cracked if it went in the dishwasher every day.",
    "I'm not surprised it stopped working, to be honest.",
    // her handling named as the cause
    "The way you've been storing the beans, of course they went stale and the grinder broke.",
    // care advice as an accusation
    "The grinder would work fine if you cleaned the burrs now and then.",
    "That's what happens when you don't rinse the milk frother.",
    // a motive imputed, and a note whose verb is the sneer
    "Spoke to cust again, he obviously wants something for nothing.",
    "Customer banging on about the delivery charge for twenty minutes.",
  ])("reads %s as a respect breach", (text) => {
    expect(breaches(text).length).toBeGreaterThan(0);
  });

  it.each([
    "I'm not going to just apologise: I've booked the engineer for Thursday.",
    "I won't apologise without putting it right, so a new jug is on its way.",
    "I can see why a late parcel on your birthday is a big deal.",
    "No fuss needed: I'll send the new filter today.",
    "I'd call that a fault, so you're entitled to a free repair.",
    "It's hardly a surprise you're fed up after three calls.",
    "No wonder it stopped: that batch had a faulty seal, and I'm sorry.",
    "I'm not surprised you're annoyed, it's the second time.",
    "The crack has nothing to do with the way you used it.",
    "Here's the way to store the beans so they stay fresh longer.",
    "It'll be fine once the new seal is in; I've posted one today.",
    "The grinder works best if you clean the burrs now and then; I've put a brush in the box.",
    "If you'd like something free to try, we can send a sample of the new roast.",
    "Customer wants a refund for the second kettle; processed today.",
    "Customer called about the delivery charge; refunded the £4.95.",
  ])("leaves %s without a respect label", (text) => {
    expect(breaches(text)).toEqual([]);
  });
});

describe("session 46: set 26's kinds (its misses read afterwards; fresh sentences here, not set 26's)", () => {
  it.each([
    // her use called wrong with "not … right"
    "Nothing wrong with the grinder, it's simply you not setting it up properly.",
    "You're obviously not fitting the lid correctly.",
    // her failure told with "all you had to do was"
    "All you needed to do was tick the box at checkout.",
    // the emphatic "it did say" as the whole answer
    "Well, it does say in the manual to descale it monthly.",
    // her mistake as why we can do nothing
    "We can't help it if customers type the postcode wrong.",
    // accused of not reading
    "You've clearly not read the email we sent, or you wouldn't need to ask.",
    // snide about her demands on our time
    "Some of us are trying to do our jobs here.",
    // laughing at her temper, and informal pejoratives in a note
    "Cust kicked off about the voucher haha",
    "Mrs Hale was really gobby with the driver.",
    "Customer is always so mardy on the phone.",
  ])("reads %s as a respect breach", (text) => {
    expect(breaches(text).length).toBeGreaterThan(0);
  });

  it.each([
    "If you're not setting it up properly the grinder can jam, so here's a short video.",
    "Make sure you're not fitting the lid upside down; if it still leaks I'll replace it.",
    "All you need to do is tick the box at checkout next time, and I've added the points for you now.",
    "It does say in the manual to descale monthly, but this crack is a fault, so I'll replace it.",
    "We can help even if you typed the postcode wrong: I've corrected it and rebooked the courier.",
    "You obviously haven't had our email, so I've sent it again.",
    "We're really busy today, sorry for the wait; your refund is done.",
    "Lol, I've got the same grinder at home and love it!",
    "Customer was upset about the voucher; apologised and sent a new code.",
    "Customer raised her voice on the phone; I apologised and booked the collection.",
    "I don't make the rules on refunds, but I've asked my manager to make an exception for you.",
    "I don't set the prices, but let me see what I can do about the postage.",
  ])("leaves %s without a respect label", (text) => {
    expect(breaches(text)).toEqual([]);
  });
});

describe("session 46: sets 27 and 28's kinds (misses read after each was measured once; fresh sentences here)", () => {
  it.each([
    "You need to be a bit more careful with the postcode in future.",
    "We do not consider this a valid reason to complain.",
    "A two-day delay is within acceptable limits.",
    "Grinders don't simply break on their own, so tell me what you did to it.",
    "You typed it in a way no one could make sense of. Perhaps try proper English?",
    "The description was perfectly clear about the size.",
    "It plainly states the cut-off is 2pm.",
    "Hundreds of these out there and not a single complaint.",
    "I seriously doubt it's the kettle.",
    "You surely understand we can't control the post.",
    "I honestly don't see what you expected us to do.",
    "A whole 20 minutes on hold, how did you cope.",
    "Totally get how that's wrecked your weekend.",
    "It'll arrive whenever the driver gets round to it.",
  ])("reads %s as a respect breach", (text) => {
    expect(breaches(text).length).toBeGreaterThan(0);
  });

  it.each([
    "We'll be more careful packing the glass jugs from now on.",
    "Please be careful: the base gets hot.",
    "We consider your complaint fully justified, and I've refunded you.",
    "A kettle shouldn't stop working by itself after two weeks, so this is a fault and I'll replace it.",
    "Could you tell me what happened when it stopped?",
    "Our old returns page was something no one could make sense of, so we've rewritten it in plain English.",
    "The policy is clear that you're entitled to a full refund.",
    "The instructions weren't clear enough, and I'm sorry.",
    "Thousands sold and this is the first report of it, so thank you for telling us.",
    "Did you know you can return it free at any shop?",
    "What would you like us to do: a refund or a replacement?",
    "I'm not sure what to tell you yet, but I'll find out by three.",
    "A whole week without a kettle: I'm so sorry, a new one goes out today.",
    "I can see why that spoilt your birthday, and I'm sorry.",
    "You'll get a whole month free on us.",
  ])("leaves %s without a respect label", (text) => {
    expect(breaches(text)).toEqual([]);
  });
});

describe("session 46: set 30's kinds (an independent writer's, misses read after it was measured once; fresh sentences)", () => {
  it.each([
    "I can't see why you're still moaning about the lid.",
    "The hold-up is on your end, not ours.",
    "If you'd given us the right house number it would have arrived.",
    "All this fuss over a two-pound voucher.",
    "I will not repeat myself again.",
    "You have again failed to send the photo.",
    "Any further complaints will be filed and not answered.",
    "If you keep chasing us daily we may have to close your account.",
    "Of course, I'll ask the managing director to bring it round himself.",
    "Perhaps this shop isn't really for you.",
    "There are customers with real problems waiting, so can we move this along?",
    "Your points will clear when they clear.",
    "Asking for all your data over a late parcel? A bit excessive, don't you think?",
    "Not gonna happen.",
    "Kettles only tend to fail when people boil them dry.",
    "We'll treasure your review.",
    "It's your tap water, not our coffee.",
    "Fobbed her off with a voucher code.",
    "Low-value account, recommend minimal engagement.",
    "Customer seemed tipsy on the call.",
    // round 32's held-out miss, by kind: an adjective between the act and the word
    "The client threw a five-minute tantrum at the till.",
    "He doesn't understand the simple returns process.",
  ])("reads %s as a respect breach", (text) => {
    expect(breaches(text).length).toBeGreaterThan(0);
  });

  it.each([
    "I can see why you're upset about the lid, and a new one is on its way.",
    "I don't know why you're still being charged, so I'll find out today.",
    "Nothing more is needed from your side: I've rebooked it.",
    "If you'd given us the right house number it would have arrived, but our form should have checked it, so sorry.",
    "No fuss: I'll post the voucher today.",
    "Sorry to repeat myself, but the refund went out on Monday.",
    "If you continue to have problems with it, we'll replace it free of charge.",
    "I've asked our managing director to call you this afternoon.",
    "Perhaps this grinder isn't right for a French press, so I can swap it for the Burr Pro.",
    "Shall we wrap this up with a full refund for you?",
    "It's a bit much to expect you to wait, so I've sent it by next-day post.",
    "No, there's no charge for the return.",
    "Thank you for the one-star review; I'm sorry we let you down.",
    "Maybe it's your water: hard water can make coffee bitter, so here's a tip.",
    "Older customer, prefers phone contact; talked her through the app.",
    "I'd throw a tantrum too if my kettle leaked, so a new one is on its way.",
    "Not worth you posting it back: keep it and I'll refund you.",
    "She couldn't follow the simple steps because our guide skipped one, sorry.",
    "Most customers haven't had trouble with this roast, but that doesn't matter if yours tastes odd: a fresh bag is on its way.",
    "The discount didn't apply because the code was entered after payment. No worries, I've added it now.",
  ])("leaves %s without a respect label", (text) => {
    expect(breaches(text)).toEqual([]);
  });
});

describe("session 46: set 29's kinds (independent writer 2, measured once as held out, then read; fresh sentences)", () => {
  it.each([
    "Thanks for the two-star review, Dan.",
    "Don't worry, we'll gladly take the blame again.",
    "Old bloke, couldn't find the on switch.",
    "She's obviously not good with apps.",
    "He probably shouldn't be using a burr grinder.",
    "You are simply not listening.",
    "Let's put this in perspective: it's one bag of beans.",
    "We don't think any further response is warranted.",
    "Most of our subscribers seem able to manage the app just fine.",
  ])("reads %s as a respect breach", (text) => {
    expect(breaches(text).length).toBeGreaterThan(0);
  });

  it.each([
    "Thank you for the two-star review, Dan; I'm sorry the grinder let you down.",
    "That was our mistake, and we take the blame for it.",
    "If you're not great with apps, I'm happy to talk you through it on the phone.",
    "I'm listening, and I've read your last email twice.",
    "To put the timing in perspective, your refund will arrive before your next order.",
    "No further action is needed from you: the return is booked.",
    "Most customers are able to get a refund online, but I'll do it for you now.",
  ])("leaves %s without a respect label", (text) => {
    expect(breaches(text)).toEqual([]);
  });
});

describe("session 47: set 31's kinds (independent writer 4, measured once on main, then read; fresh sentences)", () => {
  it.each([
    "Any further emails about this may affect our willingness to trade with you.",
    "Continued complaints will make us reconsider whether we continue to trade with you.",
    "Can you check you're actually descaling it every month like it says?",
    "If you'd actually read the leaflet you'd know the filter comes out.",
    "Maybe if you read the terms properly you'd see the window is 30 days.",
    "I'll reply when I get round to it.",
    "We'll sort it when we can be bothered, tbh.",
    "We have bigger fish to fry than one late bag of beans.",
    "Sorry but there are more important things to deal with today than a voucher code.",
    "Thought you of all people had better taste.",
    "Fair enough if you think instant is good enough these days!",
    "Refund done, so that's the last we'll hear of her.",
    "Caller seemed a bit dodgy and kept changing his story.",
    "Cust turned on the waterworks to get a refund.",
    "Usual sob story about the grinder being a present.",
    "Bloke forgets his password every week, reset it again.",
    "It's only a tiny mark, that's no reason for a full refund.",
  ])("reads %s as a respect breach", (text) => {
    expect(breaches(text).length).toBeGreaterThan(0);
  });

  it.each([
    "This won't affect your statutory rights, and your refund is already on its way.",
    "Could you check you're actually getting power at the socket? Try another plug first.",
    "Perhaps if you check your spam folder you'll find the code; if not, I'll send it again.",
    "I'll call you when I have news from the courier, by Friday at the latest.",
    "We found a bigger problem with that batch, so I've replaced your grinder.",
    "If you found a better price elsewhere, tell us and we'll try to match it.",
    "I hope this is the last time you have to contact us about it: I'm sorry it took three calls.",
    "The plug seemed dodgy, so the engineer replaced it.",
    "Customer in tears about the cost; refund approved under the 30-day right.",
    "The app loses her basket every time she logs in: bug reported to the web team.",
    "A scuffed box is not a reason to refuse your refund, so I've processed it.",
  ])("leaves %s without a respect label", (text) => {
    expect(breaches(text)).toEqual([]);
  });
});

describe("session 47: round 33's asks (rules helper; fresh sentences of each kind)", () => {
  it.each([
    "Honestly, eight times out of ten it's because folk don't clean the steam wand, but go on then.",
    "More often than not customers just haven't read the quick-start card.",
    "Well, if you say so, I'll book it in.",
    "Okay, I'll take your word for it.",
    "We'll replace it, but only because I'll have to believe you.",
    "Putting milk and sugar in your coffee is a waste of good beans, but each to their own.",
  ])("reads %s as a respect breach", (text) => {
    expect(breaches(text).length).toBeGreaterThan(0);
  });

  it.each([
    "Nine times out of ten this pump fault is a part failure, so it's not something you've done.",
    "Usually people don't realise the app has a pause button, so here's where it is.",
    "I'll take your word for it: you don't need to send photos or a receipt.",
    "If you say so in writing, we can close the account for you.",
    "A big bag going stale halfway through is such a waste of lovely coffee, so let's switch you to 500g.",
    "Beans you end up binning are a waste of your good money, so I've halved the bag size.",
  ])("leaves %s without a respect label", (text) => {
    expect(breaches(text)).toEqual([]);
  });
});

describe("session 47: set 33's look-alikes (independent writer 6, held out to the end, then read; fresh sentences)", () => {
  it.each([
    "The inspection report shows the grinder has been dropped, so the guarantee doesn't cover it; I can quote a repair.",
    "Our engineer found the kettle had been exposed to water, which the warranty excludes. I'm sorry it's not better news.",
    "Ordered decaf by mistake, her error, she said so herself. Swapped free as goodwill.",
    "Wrong address given at checkout, by his own account. Re-sent to the right one at no charge.",
  ])("leaves %s without a respect label", (text) => {
    expect(breaches(text)).toEqual([]);
  });

  it.each([
    "The grinder has obviously been dropped, so no.",
    "Her own fault for ordering the wrong grind. Refused.",
  ])("still reads %s as blame", (text) => {
    expect(breaches(text)).toContain("blame");
  });
});

describe("session 47: round 33's second ask (rules helper; fresh sentences of each kind)", () => {
  it.each([
    [
      "Sorry you had a bad time, but typing the same question again and again was never going to get you a human.",
      "blame",
    ],
    ["Ringing the shop line at midnight was never going to reach anyone, Sam.", "blame"],
    ["Apologies for the wait, but the form is a form: it can't read minds.", "non_apology"],
    ["Sorry about that, but the kettle does exactly what it says on the box.", "non_apology"],
  ])("reads %s as %s", (text, label) => {
    expect(analyseMessage(text).labels).toContain(label);
  });

  it.each([
    "Sorry it went badly: asking our chat for a person should have reached one, and it never did.",
    "The old menu was never going to get you to a person, and that's our fault, not yours.",
    "I'm sorry, but I've already refunded the second payment, so please check your inbox.",
    "Sorry it went badly, but the good news is the refund has gone back to your card today.",
    "Sorry for the wait, but the courier is a new one and I've chased them twice.",
  ])("leaves %s a sincere apology with no blame", (text) => {
    const labels = analyseMessage(text).labels;
    expect(labels).not.toContain("blame");
    expect(labels).not.toContain("non_apology");
  });
});

describe("session 48: set 34's kinds (independent writer 7, measured once on main, then read; fresh sentences)", () => {
  it.each([
    "The grinder was only a week late so no idea what you expect me to do about it.",
    "A kettle that gets limescale in a hard-water area, who would have thought!",
    "Surprise, surprise, the parcel turned up the day after you emailed.",
    "One bent lid is not exactly a tragedy, is it.",
    "The app is perfectly capable of cancelling a subscription if you tap the right buttons properly.",
    "There's no point ringing us every morning about it.",
    "I've logged it, but don't hold your breath.",
    "I'll raise it, though I doubt much will come of this.",
    "Gent in his 70s, not really with it, asked the same thing four times.",
    "Another hissy fit about the subscription price. Nothing done.",
    "Handing over, I've had enough of this customer.",
    "Suggest we humour him with a £5 code and close it.",
    "Left a voicemail. Not worth the effort chasing any further.",
    "Says the parcel never came. They all say that.",
    "He thinks he's some kind of barista now, moaning about the grind size.",
    "Perhaps you're not used to proper espresso yet.",
    "Most customers would just look at the tracking page before emailing us twice.",
  ])("reads %s as a respect breach", (text) => {
    expect(breaches(text).length).toBeGreaterThan(0);
  });

  it.each([
    "I'm not sure what you'd like us to do next: would a refund or a replacement suit you better?",
    "Who'd have thought a little kettle could cause so much bother? I'm so sorry, Jo.",
    "A leaking kettle is a safety issue, so please unplug it until the new one arrives.",
    "It'll work properly again once you've descaled it; I've sent the steps.",
    "There's no point you chasing the courier: I've done it for you and they deliver Friday.",
    "I don't think it will make any difference to your refund, which has already gone through.",
    "Parcel not all there: two of the three bags missing. Resent both today.",
    "Customer very upset about the delay; she says they always say that on the phone and nothing happens, so I've booked a call-back for 10 am.",
    "She thinks the Aurora is a lovely kettle and wants the same again.",
    "If you're used to a darker roast, our Hearth blend may suit you better.",
    "Most people check the tracking page first, but you don't need to: I've checked it for you.",
    "Kettle returned for testing: element failed, no sign of misuse. Refund approved.",
    "She admitted she overfilled it, so I've talked her through the max line; replacement sent as goodwill.",
    "Customer error, he admitted it. Swapped the grind free of charge anyway.",
  ])("leaves %s without a respect label", (text) => {
    expect(breaches(text)).toEqual([]);
  });

  it.each([
    "Customer clearly mishandled the unit.",
    "Your error, you said so yourself.",
    "The casing shows signs of a drop, and that's on you.",
  ])("still reads %s as blame", (text) => {
    expect(breaches(text)).toContain("blame");
  });
});

describe("session 48: a period of the law counted out is not mock size (words helper's ask; fresh sentences)", () => {
  it.each([
    "Your right to reject counts 30 whole days from the day after it was delivered, so you're still inside it.",
    "The cooling-off period is 14 whole days, starting the day after your beans arrived.",
  ])("leaves %s without a respect label", (text) => {
    expect(breaches(text)).toEqual([]);
  });

  it.each(["Two whole days without your grinder, poor you.", "Four whole days late. Shocking, I know."])(
    "still reads %s as dismissive",
    (text) => {
      expect(breaches(text)).toContain("dismissive");
    },
  );
});

describe("session 48: set 35's kinds (independent writer 8, held out to the end, then read; fresh sentences)", () => {
  it.each([
    "Funny how your kettle always stops working right after the guarantee runs out.",
    "Oh, you actually looked at the tracking page this time. Great.",
    "So you've finally noticed the charges on your statement.",
    "What exactly do you want us to do, send a courier round at midnight?",
    "The delay is the warehouse's problem, not ours.",
    "Honestly you're fortunate we're even replacing it.",
    "A thank you wouldn't hurt, maybe be a bit more grateful next time.",
    "Carry on like this and we may be forced to close your account.",
    "Rang again about the lid. Get her off the phone quickly next time.",
    "Says it won't grind. Obviously can't use a burr grinder.",
  ])("reads %s as a respect breach", (text) => {
    expect(breaches(text).length).toBeGreaterThan(0);
  });

  it.each([
    "Funny how things work out: your replacement and your original parcel arrived on the same day, so keep both with our compliments.",
    "Well done for spotting the batch number, that helped us find the fault quickly.",
    "You've finally got your parcel, and I'm sorry it took a fortnight.",
    "The mistake was our fault, not yours, and I've refunded the delivery charge.",
    "We're lucky to have customers who tell us when something goes wrong.",
    "We had no choice but to cancel the order when the card payment failed, so I've placed it again for you.",
    "Couldn't get him off hold: the line dropped, so I called him back at 11.",
    "Customer was rude throughout (called me 'a robot reading a script'). Replacement sent, tracking emailed.",
    "Customer shouted at first and hung up once; called back calmer. Refund issued.",
  ])("leaves %s without a respect label", (text) => {
    expect(breaches(text)).toEqual([]);
  });

  it("still reads a bare label in a note as disparaging", () => {
    expect(breaches("Customer was rude and demanding, as usual.")).toContain("dismissive");
  });
});

// Session 49: the paraphrases below were written BEFORE the mends they test (same kind, new words, each line's group
// decided first), from an independent tutor's attempts (tutors 10 and 11) and independent writer 9's set 36.
describe("session 49: kinds from the independent tutors and set 36 (fresh sentences, written before the mends)", () => {
  it.each([
    // a sarcastic "I'm sure" that her stop-gap coped (tutor 10, the saucepan)
    "I'm sure the microwave did the trick in the meantime!",
    "I'm sure you coped just fine with a saucepan for a few days.",
    "I'm sure you'll survive a week without your espresso.",
    // her seriousness or taste made the condition (tutor 10, "if you're serious about coffee")
    "If you really care about flavour, you'd be grinding your own beans.",
    "Any real coffee lover uses freshly ground beans, but pre-ground will do for now.",
    "If you're serious about espresso you'll need a better machine than that.",
    // a consent refusal made to cost her (tutor 10, "you will miss out")
    "We've stopped the texts as you asked, though you'll be missing out on our best offers.",
    "Unsubscribed, as requested - shame, as you'll miss out on member-only discounts.",
    // an internal label used at her (tutor 11, "one of our detractors")
    "As one of our detractors, you're getting this email from me personally.",
    "Our survey put you down as a detractor, so I'm following up.",
    // advice for next time that says she caused it (set 36)
    "In future it's best to order well ahead of a birthday, but I've sent another by next-day delivery.",
    "Going forward, maybe leave a bit more time before the big day.",
    "Next time, perhaps give yourself more than a day's margin when ordering gifts.",
    // a concession that carries an accusation (set 36)
    "We've replaced it as a gesture of goodwill, even though the marks clearly show it's been dropped.",
    "Refund issued, despite it being obvious from the photos that it was misused.",
    "Customer upset, but to be fair he did pick the cheapest courier.",
    "Very unhappy - although, in fairness, she chose not to pay for tracking.",
    // her channel or length of writing criticised (set 36)
    "Sorry you felt the need to post on Facebook rather than just emailing us.",
    "Thanks for your rather lengthy message; I've tried to find the actual question.",
    "It would have been quicker to ring us than to write a review.",
    "Clearly has plenty of free time, going by the size of her email.",
    // her action called pointless (set 36)
    "Ringing every hour won't get the parcel to you any sooner.",
    "Emailing three times a day won't speed the refund up, I'm afraid.",
    // the work she causes complained of (set 36)
    "That's a fair amount of effort for one small descaling tablet, but we'll send it.",
    "It's a lot of admin over a £5 mug, but I've processed the refund.",
    "Quite a job digging all this out for a single bag of beans.",
    // labels and motives in notes (set 36)
    "Another one of these customers who wants everything for free.",
    "Cust is a discount chaser, only buys with codes.",
    "Probably angling for a freebie; do the bare minimum.",
    "SAR likely a fishing trip for compensation. Minimum effort.",
  ])("reads %s as a respect breach", (text) => {
    expect(breaches(text).length).toBeGreaterThan(0);
  });

  it.each([
    // what she deserved, in a learner's English (tutor 10)
    "After three years as a subscriber you should have better from us.",
    "Honestly, you should have better service than a chatbot going round in circles.",
    "You should have had better from us, and I'm sorry.",
    "I'm sure the saucepan hasn't been much fun in the meantime - sorry.",
    "I'm sure you'll love the replacement.",
    "I'm sure the new one will do the job.",
    "If you're keen to try grinding your own, our Burr Pro is 10% off with WELCOME10.",
    "If you'd like a fuller flavour, whole beans keep fresher for longer.",
    "We take coffee seriously, so every bag is roasted to order.",
    "We've stopped the texts as you asked, and you won't miss out: the same offers come by email.",
    "I'm sorry you missed out on the launch offer; I've applied it anyway.",
    "Aisha is a detractor (scored 2): late SwiftParcel delivery.",
    "You told us you wouldn't recommend us, and I'd like to put that right.",
    "As one of our longest-standing subscribers, you deserve better.",
    "In future you can order by 2pm for next-day delivery.",
    "Next time you order, the free delivery code will apply automatically.",
    "Going forward, we'll make sure gifts go by tracked next-day post.",
    "For future reference, you can pause in the app.",
    "We've refunded it in full, even though the courier says it was delivered, because you've told us it wasn't.",
    "In fairness to the courier, the address label was damaged in our warehouse.",
    "Customer chose standard delivery; parcel lost by courier; replacement sent next day.",
    "To be fair, you did tell us about the fault in March, and we should have acted then.",
    "Thank you for your detailed email, it helped me find the fault quickly.",
    "I'm sorry you had to leave a review to get our attention.",
    "Thanks for the long email - it's clear this has been a rotten week, so I'll take each point in turn.",
    "Email is usually the quickest way to reach us, and I've added my direct address below.",
    "You don't need to ring again: I'll call you at 4pm with an update.",
    "Calling us twice won't cost you anything extra, and I'm sorry you had to.",
    "Re-ordering won't be needed, as the replacement is already on its way.",
    "It's a lot to deal with when a kettle fails, so I've sent a replacement today.",
    "Pulling your records together takes a little time, and we'll send them within the month.",
    "It's a lot of work for you to repack the machine, so I'll send a courier with a box.",
    "Customer asked whether a discount code applies; sent WELCOME10.",
    "Cust only buys in the sale; sent the sale preview email as she asked.",
    "One of those orders that fell between two couriers - my fault, chasing both.",
  ])("leaves %s without a respect label", (text) => {
    expect(breaches(text)).toEqual([]);
  });

  it("still reads hindsight about what she should have known as blame", () => {
    expect(breaches("You should have known better than to run it dry.")).toContain("blame");
  });
});

describe("session 49: more of set 36's kinds (fresh sentences, written before the mends)", () => {
  it.each([
    // told to look properly, as if she had not (set 36)
    "Have a proper look round the garden before we raise a claim.",
    "Please have a good look in your porch first before contacting us again.",
    // talked down to (set 36)
    "I'll keep this nice and simple for you: the money is coming back.",
    "Let me put this in really simple terms so you can follow.",
    // her effort asked for with a sneer (set 36)
    "It would help if you could manage to empty the drip tray now and then.",
    "If your staff could manage to descale it once in a while, it wouldn't keep breaking.",
    // her cheaper choice sneered at (set 36)
    "Guessing you've gone somewhere cheaper? Come back when you miss the good stuff.",
    "Here's a code in case you fancy coming back to real coffee.",
    // a bargain-hunting label and "not worth it" in a note (set 36)
    "Cust only buys with codes, total freebie hunter. Not worth the voucher.",
  ])("reads %s as a respect breach", (text) => {
    expect(breaches(text).length).toBeGreaterThan(0);
  });

  it.each([
    "I'll have a proper look at your account and ring you back.",
    "Could you have a look at the base for a batch number? It helps us trace the fault.",
    "I'll keep this short: your refund went through today.",
    "To keep it simple, I've put everything in one refund of £42.",
    "If you could manage to send the photos by Friday, I'll book the engineer for Monday.",
    "It would help us if you could send a photo of the label.",
    "If you've found a better price elsewhere, tell us and we'll match it.",
    "We'd love you back: here's 15% off your next bag of our single-origin.",
    "It's not worth the bother of sending it back: keep it, and I've refunded you.",
    "We won't just do the minimum required: here's a full refund and a voucher.",
  ])("leaves %s without a respect label", (text) => {
    expect(breaches(text)).toEqual([]);
  });
});

describe("session 49: set 36's listed and unread kinds (fresh sentences, written before the mends)", () => {
  it.each([
    // the sign was big enough, she missed it (set 36)
    "The button is labelled in big bold letters, but I appreciate not everyone sees it.",
    "It does say 'descale' in quite large print on the front.",
    // listening for show, in a record (set 36)
    "Let her vent, we smiled and nodded, nothing to action.",
    // doubt of her account in a record (set 36)
    "Cust says, not very convincingly, that it was only used twice.",
    // understood at last after many tellings (set 36)
    "Mr Okafor eventually got it after the fourth explanation.",
    // suspicion that she is trying it on (set 36)
    "Refunded, but noting it in case he tries it again.",
    // a record's subject-less guess that she did not switch it on (set 36)
    "Older gent, probably hadn't switched it on at the wall.",
  ])("reads %s as a respect breach", (text) => {
    expect(breaches(text).length).toBeGreaterThan(0);
  });

  it.each([
    "We've now made 'speak to an agent' appear in large letters on the first screen.",
    "The large-print guide is in the post.",
    "It does say 'dishwasher safe' on the box, so you were right to use it, and I'm sorry it cracked.",
    "She nodded along as I showed her the descaling steps on video.",
    "Customer explained clearly and convincingly what happened; replacement sent.",
    "Got it working after the second reset; customer happy.",
    "Noting the fault code in case it comes back, so the engineer has it.",
    "Typical fault for this batch: replaced under warranty.",
    "Probably didn't arrive because of the storm; courier chasing.",
  ])("leaves %s without a respect label", (text) => {
    expect(breaches(text)).toEqual([]);
  });
});

describe("session 49: told to check before complaining (set 36; fresh sentences, written before the mend)", () => {
  it.each([
    "Please check the fuse first before complaining.",
    "Kindly check the settings before you make complaint.",
    "Check it is switched on at the wall before sending a complaint.",
  ])("reads %s as a respect breach", (text) => {
    expect(breaches(text).length).toBeGreaterThan(0);
  });

  it.each([
    "Before you complain to the Ombudsman, we need to send you our final response.",
    "Please check the tracking first; if it still shows nothing by Friday, I'll raise a claim.",
    "If you'd like to complain formally, please check our complaints page first.",
    "Please check your order number before you contact us so we can find it quickly.",
  ])("leaves %s without a respect label", (text) => {
    expect(breaches(text)).toEqual([]);
  });
});
