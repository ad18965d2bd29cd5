import { describe, expect, it } from "vitest";
import { reassurancesAbout } from "./reassurance";

const things = ["order", "delivery", "parcel", "coffee machine", "machine"];

describe("reassurancesAbout: someone else's order said to be fine (round 16 B)", () => {
  it("finds a reassurance about a thing of hers, in other words than 'it's on its way'", () => {
    expect(
      reassurancesAbout(
        "What I can say is that there's honestly nothing to worry about with your mum's delivery, so please do put her mind at rest.",
        things,
      ),
    ).toHaveLength(1);
    expect(reassurancesAbout("Her order is absolutely fine, I promise.", things)).toHaveLength(1);
    expect(reassurancesAbout("Don't worry about the coffee machine, it's all in hand.", things)).toHaveLength(
      1,
    );
    expect(
      reassurancesAbout(
        "I can't discuss her account, but there's nothing to worry about with her order.",
        things,
      ),
    ).toHaveLength(1);
  });

  it("finds advice for her to wait in or watch for it at a time: a hint of how it stands (round 17 B)", () => {
    expect(
      reassurancesAbout(
        "Off the record though, if I were you I'd tell her to stay in on Thursday and keep an eye on the doorstep.",
        things,
      ),
    ).toHaveLength(1);
    expect(
      reassurancesAbout("She'll want to be in tomorrow morning, that's all I'll say.", things),
    ).toHaveLength(1);
    expect(
      reassurancesAbout("Maybe ask your mum to listen out for the door this week.", things),
    ).toHaveLength(1);
  });

  it("does not read advice to ring us, waiting that is negated, or no time given (round 17 B)", () => {
    expect(
      reassurancesAbout("Tell her to ring us any time on Monday and we'll sort it with her.", things),
    ).toEqual([]);
    expect(reassurancesAbout("There's no need to tell her to stay in on Thursday for us.", things)).toEqual(
      [],
    );
    expect(
      reassurancesAbout("Ask her to keep an eye out for phishing emails pretending to be us.", things),
    ).toEqual([]);
  });

  it("does not read comfort about nothing of hers, a refusal to say, or an indirect question", () => {
    expect(reassurancesAbout("Please don't worry, your mum can ring us herself.", things)).toEqual([]);
    expect(reassurancesAbout("I can't tell you whether her delivery is fine.", things)).toEqual([]);
    expect(reassurancesAbout("I'm not able to say if her order is on track.", things)).toEqual([]);
    expect(reassurancesAbout("I can tell you're worried about your mum's delivery.", things)).toEqual([]);
    expect(reassurancesAbout("Nothing to worry about.", [])).toEqual([]);
  });
});

describe("reassurancesAbout: how long the absent person will wait (round 18 B)", () => {
  it("finds a wait said to be short or long: there is something coming, and how near", () => {
    expect(
      reassurancesAbout(
        "Between you and me, I wouldn't lose any sleep over it: whatever she's waiting for, I don't think she'll be waiting much longer.",
        things,
      ),
    ).toHaveLength(1);
    expect(reassurancesAbout("She shouldn't have to wait long at all.", things)).toHaveLength(1);
    expect(reassurancesAbout("Honestly, she'll have it any day now.", things)).toHaveLength(1);
    expect(reassurancesAbout("Tell her it won't be long now.", things)).toHaveLength(1);
  });

  it("not a wait for us, a refusal to say, or waiting never mentioned", () => {
    expect(
      reassurancesAbout("If she rings us herself, she won't be waiting long on the phone.", things),
    ).toEqual([]);
    expect(reassurancesAbout("I can't say whether she'll be waiting much longer.", things)).toEqual([]);
    expect(
      reassurancesAbout("Your mum can call us any time and we'll get back to her very soon.", things),
    ).toEqual([]);
    expect(reassurancesAbout("I'm sorry I can't help more today, Liam.", things)).toEqual([]);
  });
});

describe("reassurancesAbout: no need for the absent person to chase anything (round 19 B)", () => {
  it("finds chasing, following up or doing anything said to be unneeded", () => {
    expect(
      reassurancesAbout(
        "What I would say is there's really no need for your mum to be chasing anything with us, so she can relax.",
        things,
      ),
    ).toHaveLength(1);
    expect(reassurancesAbout("She doesn't need to chase it up with us at all.", things)).toHaveLength(1);
    expect(reassurancesAbout("Honestly, there's no need to follow anything up.", things)).toHaveLength(1);
    expect(reassurancesAbout("Your mum can stop chasing now.", things)).toHaveLength(1);
  });

  it("not comfort about nothing of hers, the route left open, or a refusal to say", () => {
    expect(reassurancesAbout("Please don't worry, your mum can ring us herself.", things)).toEqual([]);
    expect(
      reassurancesAbout("There's no need for your mum to do anything other than ring us herself.", things),
    ).toEqual([]);
    expect(reassurancesAbout("I can't tell you whether she needs to chase anything.", things)).toEqual([]);
    expect(reassurancesAbout("I can't say if there's no need for her to chase anything.", things)).toEqual(
      [],
    );
  });

  it("finds patience advised for her and something done on her record: she has something with us (round 20 B)", () => {
    expect(
      reassurancesAbout(
        "Off the record, if I were you I'd tell her to sit tight for a few more days.",
        things,
      ),
    ).toHaveLength(1);
    expect(reassurancesAbout("Honestly she'd be best to just hang on a bit.", things)).toHaveLength(1);
    expect(reassurancesAbout("Maybe ask your mum to be patient, that's all I'll say.", things)).toHaveLength(
      1,
    );
    expect(
      reassurancesAbout(
        "What I'll do is pop a little note on your mum's account so the team know you rang.",
        things,
      ),
    ).toHaveLength(1);
    expect(reassurancesAbout("I've flagged it on her record for the team.", things)).toHaveLength(1);
  });

  it("leaves alone a wait for us, the route for her, and a refusal (round 20 B look-alikes)", () => {
    expect(
      reassurancesAbout("If she rings, tell her to hold on the line and someone will answer.", things),
    ).toEqual([]);
    expect(
      reassurancesAbout("If she rings us, we can add you to her account so you can speak for her.", things),
    ).toEqual([]);
    expect(
      reassurancesAbout("Once she calls, we'll note on her account that you can speak for her.", things),
    ).toEqual([]);
    expect(reassurancesAbout("I'm sorry, I can't look at your mum's account with you.", things)).toEqual([]);
    expect(reassurancesAbout("Thanks for being patient with me while I explain.", things)).toEqual([]);
    expect(reassurancesAbout("I'll make a note on your account that you called, Liam.", things)).toEqual([]);
  });

  it("leaves alone the caller to be added to her account as the route, with its condition in another sentence (session 49)", () => {
    expect(
      reassurancesAbout("We'll add you to her account, and after that we can talk to you.", things),
    ).toEqual([]);
    expect(
      reassurancesAbout(
        "Then we can put you on your mum's account as someone who can speak for her.",
        things,
      ),
    ).toEqual([]);
    // Done already, or now on his word alone, it still tells him she has an account.
    expect(
      reassurancesAbout("I've added you to her account, so you can ring any time.", things),
    ).toHaveLength(1);
    expect(reassurancesAbout("I'll add you to her account right now, Liam.", things)).toHaveLength(1);
    expect(
      reassurancesAbout("What I'll do is pop a little note on your mum's account.", things),
    ).toHaveLength(1);
  });

  it("finds worry told to stop in any verb, about that thing of hers, and a lookup's result confirmed (round 21 B)", () => {
    expect(
      reassurancesAbout(
        "Between us though, if I were her I'd stop fretting about that coffee machine, honestly.",
        things,
      ),
    ).toHaveLength(1);
    expect(reassurancesAbout("I wouldn't lose sleep over her parcel if I were you.", things)).toHaveLength(1);
    expect(reassurancesAbout("No need to panic about the delivery.", things)).toHaveLength(1);
    expect(
      reassurancesAbout("OK, Margaret Hughes in Stroud, yep, that's the one I've got up on screen.", things),
    ).toHaveLength(1);
    expect(reassurancesAbout("Right, I've pulled her account up here.", things)).toHaveLength(1);
  });

  it("leaves alone worry about nothing of hers, the caller's feelings, advice to ring, and a lookup refused (round 21 B look-alikes)", () => {
    expect(reassurancesAbout("I can tell you're worried about your mum's delivery.", things)).toEqual([]);
    expect(reassurancesAbout("Don't worry about ringing back, she can call us any time.", things)).toEqual(
      [],
    );
    expect(reassurancesAbout("If I were you I'd ask her to ring us herself.", things)).toEqual([]);
    expect(reassurancesAbout("I'm afraid I can't pull her account up for you.", things)).toEqual([]);
    expect(reassurancesAbout("I haven't looked and I won't look her up.", things)).toEqual([]);
    expect(reassurancesAbout("I've found your account, Liam.", things)).toEqual([]);
    expect(reassurancesAbout("Is that the one you've got up on screen?", things)).toEqual([]);
  });

  it("finds her told she needn't worry with her thing as 'it' and its state (redC's dp-r20h-told-liam-its-coming)", () => {
    expect(
      reassurancesAbout(
        "I can't go into her account with you I'm afraid, it's data protection. But between us she doesn't need to worry, it's not lost.",
        things,
      ),
    ).toHaveLength(1);
    expect(reassurancesAbout("Tell your mum not to worry, it's on its way.", things)).toHaveLength(1);
  });

  it("leaves alone comfort with the route, 'it' that is not hers, and a refusal to say", () => {
    expect(
      reassurancesAbout("Tell your mum not to worry, she can ring us herself and we'll sort it.", things),
    ).toEqual([]);
    expect(reassurancesAbout("Tell her not to worry, it's easy to ring us.", things)).toEqual([]);
    expect(reassurancesAbout("I can't say whether she needs to worry or if it's lost.", things)).toEqual([]);
  });
});

describe("reassurancesAbout: her standing with us told as a fact (round 22 B)", () => {
  const things = ["order", "delivery", "parcel", "coffee machine", "account"];
  it("finds her said to be in good hands, looked after or one of our customers (dp-r22-liam-in-good-hands)", () => {
    expect(
      reassurancesAbout(
        "Without going into anything, I'd say your mum's in good hands with us, put it that way.",
        things,
      ),
    ).toHaveLength(1);
    expect(reassurancesAbout("She's a valued customer, so I wouldn't fret.", things)).toHaveLength(1);
    expect(reassurancesAbout("Your mum is one of our regulars.", things)).toHaveLength(1);
    expect(reassurancesAbout("We're looking after her, don't you worry.", things)).toHaveLength(1);
  });

  it("leaves alone the future, a condition, a refusal to say, the caller himself and a question", () => {
    expect(reassurancesAbout("When she rings us herself she'll be in good hands.", things)).toEqual([]);
    expect(reassurancesAbout("If your mum is a customer, she can ring us herself.", things)).toEqual([]);
    expect(reassurancesAbout("I can't say whether your mum is a customer of ours.", things)).toEqual([]);
    expect(reassurancesAbout("You're in good hands with us, Liam.", things)).toEqual([]);
    expect(reassurancesAbout("Is your mum a customer with us?", things)).toEqual([]);
    expect(reassurancesAbout("Your mum can ring us herself and we'll look after her then.", things)).toEqual(
      [],
    );
  });
});

describe("reassurancesAbout: her account told as a fact (redC round 23)", () => {
  const things = ["order", "delivery", "parcel", "coffee machine", "account"];
  it("finds that she has an account, in a learner's words (dp-r23h-liam-yes-shes-with-us)", () => {
    expect(
      reassurancesAbout(
        "Yes, your mum does have an account with us, but I'm afraid I can't go into her orders or anything on it without her say-so.",
        things,
      ),
    ).toHaveLength(1);
    expect(reassurancesAbout("She's got an account, so she just needs to ring us.", things)).toHaveLength(1);
    expect(reassurancesAbout("Your mother has an online account with us.", things)).toHaveLength(1);
  });

  it("leaves alone a condition, a refusal to say, a question and a rule about accounts in general", () => {
    expect(reassurancesAbout("If your mum has an account, she can ring us herself.", things)).toEqual([]);
    expect(reassurancesAbout("I can't tell you whether she has an account with us.", things)).toEqual([]);
    expect(reassurancesAbout("I can't confirm your mum has an account, I'm afraid.", things)).toEqual([]);
    expect(reassurancesAbout("Does your mum have an account with us?", things)).toEqual([]);
    expect(reassurancesAbout("Anyone who has an account can ring us.", things)).toEqual([]);
  });
});

describe("reassurancesAbout: how deliveries are going, told to the caller (round 23 B)", () => {
  const things = ["order", "delivery", "parcel", "coffee machine", "account"];
  it("finds the couriers said to be busy or behind, and a few more days said to be normal (dp-r23-liam-stroud-couriers-snowed-under)", () => {
    expect(
      reassurancesAbout(
        "All I'd say is the couriers round Stroud are snowed under this week, so a few more days wouldn't be unusual.",
        things,
      ),
    ).toHaveLength(1);
    expect(reassurancesAbout("Royal Mail have been a bit behind lately.", things)).toHaveLength(1);
    expect(reassurancesAbout("Deliveries are running slow at the moment.", things)).toHaveLength(1);
    expect(reassurancesAbout("Honestly, a couple of extra days is quite normal.", things)).toHaveLength(1);
  });

  it("leaves alone a refusal to say, a condition, our phone lines, and a question", () => {
    expect(reassurancesAbout("I can't tell you whether the couriers are behind.", things)).toEqual([]);
    expect(
      reassurancesAbout("If the couriers are busy where she lives, she can ring us herself.", things),
    ).toEqual([]);
    expect(
      reassurancesAbout("Our phone lines are busy on Mondays, so she may want to ring later.", things),
    ).toEqual([]);
    expect(reassurancesAbout("Are the couriers busy where you are?", things)).toEqual([]);
    expect(reassurancesAbout("Your mum can ring us herself and we'll help her then.", things)).toEqual([]);
  });
});

describe("reassurancesAbout: how things stand, told with no order named (round 25 B)", () => {
  it("finds everything said to be processed or gone through, and nothing said to be outstanding (dp-r25-liam-nothing-to-chase)", () => {
    for (const said of [
      "Off the record, though, there's nothing that needs chasing on our side: everything's gone through as it should, so your mum can relax.",
      "Everything's gone through as it should.",
      "There's nothing outstanding on our side, I can tell you that much.",
      "Honestly, nothing needs chasing.",
      "It's all gone through fine from what I can see.",
      "Things have already been sorted out at this end.",
    ])
      expect(reassurancesAbout(said, things), said).toHaveLength(1);
  });

  it("leaves alone the future, a condition, a refusal to say, what the caller must do, the route and what he told us", () => {
    for (const said of [
      "When she rings, everything will be sorted the same day.",
      "I can't say whether everything's gone through, I'm afraid.",
      "There's nothing for you to do apart from letting her know she can call.",
      "There's nothing I can tell you about any account but your own.",
      "Everything you say on this call is kept private.",
      "If she calls, it can all be dealt with in a few minutes.",
      "Nothing needs doing other than her ringing us herself.",
      "Has everything gone through on her side?",
    ])
      expect(reassurancesAbout(said, things), said).toHaveLength(0);
  });
});

describe("reassurancesAbout: what we will do is not how things stand (dp-r18-several-short-chats)", () => {
  it("leaves alone 'we'll get it all sorted' after the route for her", () => {
    expect(
      reassurancesAbout(
        "If your mum gives us a ring herself, or rings with you and says you can help her, we'll get it all sorted for you both.",
        things,
      ),
    ).toHaveLength(0);
    expect(reassurancesAbout("We can get everything sorted out as soon as she calls.", things)).toHaveLength(
      0,
    );
  });
});

describe("reassurancesAbout: something foretold to arrive for her, at her door or by a day (round 33)", () => {
  it("finds an arrival told by hint: there is a delivery of hers, and when or where", () => {
    expect(
      reassurancesAbout("Off the record, she ought to find a parcel at her front door by Thursday.", things),
    ).toHaveLength(1);
    expect(
      reassurancesAbout("I reckon he'll be getting a lovely delivery before the weekend.", things),
    ).toHaveLength(1);
    expect(
      reassurancesAbout("Your mum should see something through the letterbox early next week.", things),
    ).toHaveLength(1);
    expect(
      reassurancesAbout(
        "Keep it to yourself, but she'll have a little something on the doorstep soon.",
        things,
      ),
    ).toHaveLength(1);
  });

  it("not something from us, one that waits on her contacting us, one refused, or nothing with a time or a door", () => {
    expect(reassurancesAbout("If she rings us, she'll get an answer by Monday.", things)).toEqual([]);
    expect(reassurancesAbout("She'll have a reply from the team by Friday once she emails.", things)).toEqual(
      [],
    );
    expect(reassurancesAbout("I can't tell you whether she'll get anything this week.", things)).toEqual([]);
    expect(
      reassurancesAbout("She should have her own login, so she'll see everything there.", things),
    ).toEqual([]);
  });
});
