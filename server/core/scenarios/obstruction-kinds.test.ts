import { describe, expect, it } from "vitest";
import {
  chargedLineGiven,
  faultProofAsked,
  optOutLeftToThem,
  requestFeeAsked,
  sentToManufacturer,
} from "./obstruction-kinds";

const found = (f: (t: string) => unknown) => (t: string) => f(t) !== null;

describe("faultProofAsked: the customer asked to show the fault was not hers (CRA 2015 s.19(14)-(15); round 20 D)", () => {
  const reads = found(faultProofAsked);
  it("finds the demand as a question, a need or an instruction, in any words", () => {
    expect(
      reads(
        "Before I put that through, have you got anything from an engineer showing it wasn't limescale that caused it?",
      ),
    ).toBe(true);
    expect(
      reads("You'll need to prove it wasn't caused by limescale, so please get an engineer's report."),
    ).toBe(true);
    expect(reads("Could you send us something in writing to say it wasn't misuse?")).toBe(true);
    expect(reads("We'd need evidence from you that the damage wasn't your fault.")).toBe(true);
  });
  it("not the need negated, the shop's own inspection, or a question that asks for no proof", () => {
    expect(reads("You won't need to prove anything: it's for us to show it wasn't there at delivery.")).toBe(
      false,
    );
    expect(reads("There's no need for any proof that it wasn't limescale.")).toBe(false);
    expect(reads("We'd need our engineer's report showing it wasn't limescale before we could say no.")).toBe(
      false,
    );
    expect(reads("Have you got your order number handy?")).toBe(false);
    expect(reads('Some shops say "you need to prove it wasn\'t limescale", but not us.')).toBe(false);
  });
});

describe("faultProofAsked: her own signed word that she used it properly (CRA 2015 s.19(14)-(15); round 21 A)", () => {
  const reads = found(faultProofAsked);
  it("finds a declaration or a signature about her care of it, asked by us or a driver", () => {
    expect(
      reads(
        "The driver will just get you to sign a short declaration that the machine's been used and cleaned in line with the manual, and once that's back with us the refund's released.",
      ),
    ).toBe(true);
    expect(reads("We'll ask you to confirm in writing that it's been descaled regularly.")).toBe(true);
    expect(reads("You'll be asked to sign to say you followed the instructions.")).toBe(true);
    expect(
      reads(
        "What I'll need is for you to get it looked at by a local repair shop and get a little report off them saying it's the pump again.",
      ),
    ).toBe(true);
  });
  it("not a signature for a delivery, a choice confirmed, the need negated, or our own check", () => {
    expect(reads("The courier will get you to sign for the new machine when it arrives.")).toBe(false);
    expect(reads("I'll ask you to confirm that you'd like the refund rather than a price reduction.")).toBe(
      false,
    );
    expect(reads("We won't ask you to sign anything to say it was used properly.")).toBe(false);
    expect(reads("Our engineer will check whether it was used in line with the manual.")).toBe(false);
    expect(
      reads("Our engineer will write a short report when it's collected; your refund goes through today."),
    ).toBe(false);
  });
});

describe("sentToManufacturer: the customer sent to the maker for the remedy (CRA 2015 s.9, s.19, s.23, s.30; round 20 D)", () => {
  const reads = found(sentToManufacturer);
  it("finds her told to go to the maker, its helpline or its guarantee, however cheerfully", () => {
    expect(
      reads(
        "If you give their helpline a ring on the number in the leaflet that came with it, they'll arrange a repair for you under the guarantee.",
      ),
    ).toBe(true);
    expect(
      reads(
        "I'm afraid there's nothing more we can do, so you'll need to take it up with the manufacturer under their guarantee.",
      ),
    ).toBe(true);
    expect(reads("Your best bet is to contact the manufacturer, they'll replace it for you.")).toBe(true);
  });
  it("not her told she need not go, the shop going for her, or the guarantee named as extra", () => {
    expect(reads("You don't need to go to Aurora or their helpline, we'll sort it from here.")).toBe(false);
    expect(reads("If you'd like, we can ask the manufacturer to repair it for you.")).toBe(false);
    expect(
      reads(
        "Your kettle also has the manufacturer's two-year guarantee, which is extra to your rights with us.",
      ),
    ).toBe(false);
    expect(
      reads("Rather than contacting the manufacturer, just reply to me and I'll arrange the repair."),
    ).toBe(false);
  });
});

describe("sentToManufacturer: the maker recommended, its guarantee with a length (round 21 A)", () => {
  const reads = found(sentToManufacturer);
  it("finds the maker put forward as the ones to contact, with their own guarantee", () => {
    expect(
      reads(
        "Once you're past the first month, faults pass over to Aurora under their own two-year guarantee, so they're really the best people to get in touch with – in my experience they're very quick to send out a repair.",
      ),
    ).toBe(true);
    expect(reads("You'll need to claim under their own 2-year warranty, they'll repair it for you.")).toBe(
      true,
    );
  });
  it("not our own team as the best people, nor the maker's guarantee named as extra", () => {
    expect(
      reads(
        "Our returns team are the best people to speak to, and the manufacturer's guarantee doesn't change that: we'll replace it.",
      ),
    ).toBe(false);
    expect(
      reads(
        "Aurora's own two-year guarantee is extra to your rights with us, and I've sent you a replacement today.",
      ),
    ).toBe(false);
    expect(reads("The best people to get in touch with are us: just reply and we'll sort a repair.")).toBe(
      false,
    );
  });
});

describe("sentToManufacturer: the maker named by its guarantee, then sent to as 'them' (redC round 23)", () => {
  const reads = found(sentToManufacturer);
  it("finds the brand's guarantee put forward and her told to ring them for the remedy", () => {
    expect(
      reads(
        "Your best bet now is the Aurora guarantee, they give a year on all their kettles, so if you ring them on the number in the instructions they'll sort you out with a repair or a new one.",
      ),
    ).toBe(true);
    expect(
      reads("It's still under Breville's warranty, so you can just call them and they'll replace it."),
    ).toBe(true);
  });
  it("not the guarantee as extra, us going to them, or no remedy from them", () => {
    expect(
      reads(
        "The Aurora guarantee is extra to your rights with us, and if you ring them they'll also register it, but I've sent you a new kettle today.",
      ),
    ).toBe(false);
    expect(reads("The Aurora guarantee covers it, so we'll send it to them and they'll repair it.")).toBe(
      false,
    );
    expect(reads("The Aurora guarantee lasts a year, so if you ring them they can tell you more.")).toBe(
      false,
    );
  });
});

describe("requestFeeAsked: a payment asked for a subject access request (UK GDPR Art 12(5), Art 15(3); round 20 D)", () => {
  const reads = found(requestFeeAsked);
  it("finds a fee in slang, softened, or as a payment link", () => {
    expect(
      reads(
        "theres just a small charge of a tenner to cover the admin and postage im afraid, ill send a payment link over and the team can crack on once its come through.",
      ),
    ).toBe(true);
    expect(
      reads("There's a £10 admin fee for subject access requests, which you can pay by card over the phone."),
    ).toBe(true);
    expect(reads("It costs five pounds to process, I'm afraid.")).toBe(true);
  });
  it("not a free copy, no charge, or a fee for further copies only", () => {
    expect(reads("There's no charge for this, and you'll get it by 14 December.")).toBe(false);
    expect(reads("It's completely free.")).toBe(false);
    expect(reads("Your first copy is free; there's a small fee only for further copies.")).toBe(false);
    expect(reads("You won't need to pay anything.")).toBe(false);
  });
});

describe("optOutLeftToThem: told to stop the marketing themselves, with nothing done (UK GDPR Art 7(3), 12(2), 21(3); round 20 D)", () => {
  const reads = found(optOutLeftToThem);
  it("finds the link, STOP or settings put to them as the way", () => {
    expect(
      reads(
        "Sorry to see you go! The easiest way is the unsubscribe link right at the bottom of any of our emails: one click and you're off the list for good.",
      ),
    ).toBe(true);
    expect(reads("To unsubscribe, just log in and untick the newsletter box in your preferences.")).toBe(
      true,
    );
    expect(reads("You can reply STOP to any of our texts and they'll stop.")).toBe(true);
  });
  it("not when it is said to be done, the route negated, or the words are about something else", () => {
    expect(
      reads(
        "I've taken you off our mailing list today. (For what it's worth, every email we send also has an unsubscribe link at the bottom.)",
      ),
    ).toBe(false);
    expect(reads("You don't need to click any unsubscribe link: your email was enough.")).toBe(false);
    expect(reads("You can change the grind for any future delivery on your account page.")).toBe(false);
    expect(
      reads("If you ever get an email from us again, you can reply STOP or tell me and I'll remove you."),
    ).toBe(false);
    expect(
      reads("You've been removed from our list; you can also use the unsubscribe link if you ever get one."),
    ).toBe(false);
  });
});

describe("optOutLeftToThem: a control named by its label or where it sits (redC round 23)", () => {
  const reads = found(optOutLeftToThem);
  it("finds 'manage preferences' at the bottom of our emails put to him as the way", () => {
    expect(
      reads(
        'Sorry about that! If you click "manage preferences" at the bottom of any of our emails you can switch them all off there, and it\'ll stop them straight away.',
      ),
    ).toBe(true);
    expect(
      reads("You can turn the emails off using the options at the bottom of any of our newsletters."),
    ).toBe(true);
  });
  it("not when it is done for him, or kept for the future", () => {
    expect(
      reads(
        "I've switched off all our marketing emails for you. If you ever want them back, click manage preferences at the bottom of any email.",
      ),
    ).toBe(false);
    expect(
      reads("If you ever get another email from us, you can click manage preferences at the bottom of it."),
    ).toBe(false);
  });
});

describe("sentToManufacturer: the fault said to be the maker's to deal with, their line given (round 22 A)", () => {
  const reads = found(sentToManufacturer);
  it("finds faults looked after, handled or covered by the maker, or their job, with their way in", () => {
    expect(
      reads(
        "Once the first month's gone, anything that goes wrong with an Aurora kettle is looked after by Aurora themselves. Their support line is 0345 600 2217 and they're normally very quick to send a new one out.",
      ),
    ).toBe(true);
    expect(reads("Faults after 30 days are handled by the manufacturer directly.")).toBe(true);
    expect(
      reads(
        "After the first month, repairs are Aurora's responsibility. You can reach them on 0800 123 4567.",
      ),
    ).toBe(true);
    expect(
      reads("Aurora themselves look after any faults from here on, and their helpline is open until 8pm."),
    ).toBe(true);
    expect(reads("From day 31 it's Aurora who deal with faults. You can find them at aurora.co.uk.")).toBe(
      true,
    );
    expect(reads("Faults after the first month go straight to Aurora, their number is 0345 600 2217.")).toBe(
      true,
    );
    expect(
      reads(
        "Past the 30 days, a broken kettle becomes Aurora's problem rather than ours, so give them a ring.",
      ),
    ).toBe(true);
  });
  it("not the shop arranging it with them, the guarantee as extra, a denial, or no way to them given", () => {
    expect(
      reads("We'll send it to Aurora, whose repairs are handled by Aurora directly, and get it back to you."),
    ).toBe(false);
    expect(
      reads(
        "Faults are also covered by Aurora's own two-year guarantee, which is extra to your rights with us. I've sent you a replacement today.",
      ),
    ).toBe(false);
    expect(
      reads(
        "Any faults aren't handled by the manufacturer: they're ours to put right. I've sent a new kettle.",
      ),
    ).toBe(false);
    expect(reads("Repairs on our side are handled by our returns team, who'll be in touch today.")).toBe(
      false,
    );
    expect(
      reads("Anything that goes wrong is looked after by Hearth & Bean, so just reply to this email."),
    ).toBe(false);
    expect(
      reads("The faulty one goes back to Aurora for testing, and we've sent you a new kettle today."),
    ).toBe(false);
    expect(reads("If anything goes wrong with the new one, just reply to me and I'll sort it.")).toBe(false);
  });
});

describe("a phone line charged above the basic rate given for the remedy (round 23 A, repeat-fault-r23-aftercare-line-0871)", () => {
  const reads = (t: string) => chargedLineGiven(t)?.text ?? null;
  it("a service-charge or premium number, or a charge by the minute, given as the line to ring", () => {
    expect(
      reads(
        "To get the machine collected, just give our aftercare team a ring on 0871 220 3300 and they'll book a slot.",
      ),
    ).toBe("0871 220 3300");
    expect(reads("Calls are 13p a minute plus your phone company's access charge.")).toBe("13p a minute");
    expect(reads("Our returns line is 09061 234567 if you want to arrange the refund.")).toBe("09061 234567");
    expect(reads("You can book the courier on 0844-555-0199.")).toBe("0844-555-0199");
    expect(reads("It's a premium rate number, but the team there can sort the collection.")).toBe(
      "premium rate",
    );
  });
  it("not a free or basic-rate number, a number out of use or not to be rung, or no line at all", () => {
    expect(reads("Give our returns team a ring on 0800 123 4567, it's free.")).toBeNull();
    expect(reads("Our returns line is 0345 600 2217, the same as a normal landline call.")).toBeNull();
    expect(
      reads("Please don't ring the 0871 220 3300 number on the box, just reply to this email."),
    ).toBeNull();
    expect(reads("The old 0871 220 3300 number is no longer in use.")).toBeNull();
    expect(reads("Your refund reference is 0871 220 3300.")).toBeNull();
    expect(reads("It came to 13p a minute on the electricity, if you're curious.")).toBeNull();
  });
});

describe("sentToManufacturer, session 41: the goods passed to the maker after her remedy is done", () => {
  const reads = found(sentToManufacturer);
  it("is not her sent to them when the refund or replacement is said done in the sentence", () => {
    expect(
      reads(
        "I've refunded you today; the kettle will go to the makers' service centre afterwards so they can learn from the fault.",
      ),
    ).toBe(false);
    expect(
      reads(
        "Your refund has already gone through, and faulty kettles go straight to Aurora, on 0345 600 2217.",
      ),
    ).toBe(false);
  });
  it("still reads the fault sent to them when nothing is done", () => {
    expect(reads("Faults after the first month go straight to Aurora, their number is 0345 600 2217.")).toBe(
      true,
    );
  });
});
