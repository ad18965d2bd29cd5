import { describe, expect, it } from "vitest";
import { analyseMessage } from "../analysis";
import type { LearnerAction } from "./learner-actions";
import { promotes } from "./promotion";
import { playthroughFile } from "./test-support";

const reads = (text: string) => promotes(text, analyseMessage(text));

describe("promotes: marketing inside a service message (DPA 2018 s.122(5); ICO direct marketing guidance)", () => {
  it("reads a sale, money off future orders or new products as promotion", () => {
    expect(
      reads("PS. Don't miss our Black Friday sale: 30% off all coffee machines this weekend only!"),
    ).toBe(true);
    expect(reads("PS. Our new winter roast is out now, have a look!")).toBe(true);
    expect(reads("Why not try our Colombian single origin next time?")).toBe(true);
    expect(reads("Here's 15% off your next order with code HELLO15.")).toBe(true);
  });

  it("reads new stock of ours in other words, and not a new courier or a replacement on its way (round 21 B)", () => {
    expect(
      reads(
        "If you ever need a replacement down the line, we've had a whole load of new models in since you last looked, so you know where to find us.",
      ),
    ).toBe(true);
    expect(reads("There are some brand new machines in the shop this month.")).toBe(true);
    expect(reads("There's a new courier on your route now, so your next parcel should be on time.")).toBe(
      false,
    );
    expect(reads("We've sent a new one out to you today by Royal Mail Tracked 48.")).toBe(false);
  });

  it("reads our products announced as back or as gifts, and a message wanting a lapsed customer back (round 16 B)", () => {
    expect(
      reads(
        "Sorry to see you go! If you ever fancy treating someone, our Christmas gift boxes are back for the season.",
      ),
    ).toBe(true);
    expect(reads("Our Colombian is back by popular demand.")).toBe(true);
    expect(
      reads(
        "I know you asked us not to send you any marketing, so this isn't a sales email. I just noticed we haven't seen an order from you for quite a while, and I wanted to check everything is all right.",
      ),
    ).toBe(true);
    expect(reads("We've missed you, Tom! How are the filter papers holding up?")).toBe(true);
    expect(reads("We'd love to have you back.")).toBe(true);
  });

  it("reads our product as new or worth a look, and an open invitation to buy again, in any words (round 17 B)", () => {
    expect(
      reads(
        "Sorry Keith, one last thing I forgot: our new Ethiopian single origin has just come in and it's lovely in a cafetière, so do have a look on the website if you're passing.",
      ),
    ).toBe(true);
    expect(
      reads(
        "Hope the Aurora kettle is still treating you well, and if you ever fancy a few new bits for the kitchen, you know where we are.",
      ),
    ).toBe(true);
    expect(reads("The Guatemalan has just come in, if you're interested.")).toBe(true);
    expect(reads("Do take a look at our online shop when you get a minute.")).toBe(true);
    expect(reads("If you're running low, just order through the app as usual.")).toBe(true);
  });

  it("does not read service in the same words: a new courier, the tracking page, a chat or help offered (round 17 B)", () => {
    expect(reads("We've moved to our new courier, so your next parcel will be tracked.")).toBe(false);
    expect(reads("You can have a look at the website's tracking page for your parcel.")).toBe(false);
    expect(reads("Have a look at the tracking page on our website for your parcel.")).toBe(false);
    expect(reads("If you fancy a chat about the grind, give us a ring.")).toBe(false);
    expect(reads("If you need any more help with your order, you know where we are.")).toBe(false);
  });

  it("does not read service news, a greeting to a returning customer or someone else's gift as promotion", () => {
    expect(reads("The courier is back on schedule, so your next parcel will arrive on time.")).toBe(false);
    expect(reads("I'm so sorry the mugs for your sister's Christmas gift arrived late.")).toBe(false);
    expect(reads("Lovely to have you back with us after your cafetière last year!")).toBe(false);
    expect(reads("Your first bag will be roasted on Monday and sent by Royal Mail Tracked 48.")).toBe(false);
    expect(
      reads("I've taken you off our mailing list and passed on your request to remove your details."),
    ).toBe(false);
  });

  it("does not read the remedy or a goodwill gesture for the complaint as promotion", () => {
    expect(reads("As a goodwill gesture for the trouble, I've added a £10 voucher to your account.")).toBe(
      false,
    );
    expect(reads("To say sorry, here is a £10 voucher.")).toBe(false);
    expect(reads("I've sent you a new kettle today, and refunded the £3.99 delivery charge.")).toBe(false);
    expect(reads("Sale items and gift cards cannot be returned.")).toBe(false);
    expect(reads("I've refunded £49.99 to your Mastercard today.")).toBe(false);
    // An offer in a reply that apologises, with nothing that sells, is the gesture for what went wrong.
    expect(reads("I'm sorry your grinder was four days late. Here's 15% off your next order.")).toBe(false);
    expect(reads("I'm sorry it was late. PS. Our new winter roast is out now!")).toBe(true);
  });
});

/** The returns desk's model answer, with words added to Joanne's reply and actions before it. */
function returnsDesk(extra: string, before: LearnerAction[] = []) {
  return modelWith("returns-model.yaml", "CUS-5202", extra, before);
}

/** A model playthrough with words added to its last message to one customer, and actions before it. */
function modelWith(file: string, customerRef: string, extra: string, before: LearnerAction[] = []) {
  const model = playthroughFile(file);
  const actions = [...model.actions];
  const at = actions.findLastIndex((a) => a.type === "send_message" && a.customerRef === customerRef);
  const reply = actions[at] as Extract<LearnerAction, { type: "send_message" }>;
  actions.splice(at, 1, ...before, { ...reply, text: `${reply.text}\n\n${extra}` });
  const report = model.run(actions);
  const gate = (id: string) => report.criteria.find((c) => c.id === id)!;
  return { band: report.band, gate };
}

const voucher: LearnerAction = {
  type: "issue_remedy",
  customerRef: "CUS-5202",
  orderRef: "ORD-52021",
  sku: "FRT-MILK-CLOUD",
  kind: "voucher",
  amountPence: 1000,
};

describe("the returns desk's marketing gate reads promotion, not every offer", () => {
  it("lets Joanne, who refused marketing, have a goodwill voucher for her twice-failed frother", () => {
    const r = returnsDesk(
      "As a goodwill gesture for the trouble, I've added a £10 voucher to your account.",
      [voucher],
    );
    expect(r.gate("no-marketing-without-consent").status).toBe("met");
    // The account change is the voucher itself: the record claim is kept by issuing it.
    expect(r.gate("words-match-actions").status).toBe("met");
    expect(r.band).toBe("Distinction");
  });

  it("still caps a sale or new products in her reply at Pass", () => {
    for (const ps of [
      "PS. Our Black Friday sale starts tomorrow: 25% off all frothers!",
      "PS. Our new winter roast is out now, have a look!",
    ]) {
      const r = returnsDesk(ps);
      expect(r.gate("no-marketing-without-consent").status).toBe("not_met");
      expect(r.band).toBe("Pass");
    }
  });
});

describe("the service review's detractors, who never agreed to marketing", () => {
  it("caps a sale in a follow-up at Pass, and lets an apology carry a gesture", () => {
    const sale = modelWith(
      "service-review-model.yaml",
      "CUS-8702",
      "PS. Don't miss our Black Friday sale: 30% off all grinders this weekend only!",
    );
    expect(sale.gate("no-marketing-without-consent").status).toBe("not_met");
    expect(sale.band).toBe("Pass");
    const gesture = modelWith(
      "service-review-model.yaml",
      "CUS-8702",
      "I'm sorry again for the wait. Here's 15% off your next order, with my apologies.",
    );
    expect(gesture.gate("no-marketing-without-consent").status).toBe("met");
  });
});

describe("a reward tied to buying, or a good time to buy, is promotion (red-team round 20 D)", () => {
  it("reads 'anything you buy… earns twice the usual points' and 'a lovely time to use them'", () => {
    expect(
      reads(
        "We're writing to all our longstanding customers simply to keep you in the loop about your account. There are 1,480 points sitting on it at the moment, and anything you buy from us before Christmas earns twice the usual points, so it's a lovely time to use them.",
      ),
    ).toBe(true);
    expect(reads("Every order this month comes with double points.")).toBe(true);
  });
  it("not a balance told, a good time to call, or points as goodwill for a complaint", () => {
    expect(reads("You have 1,480 points on your account.")).toBe(false);
    expect(reads("Let me know a good time to call you back.")).toBe(false);
    expect(reads("Your order earns points as usual.")).toBe(false);
  });
});

describe("promotes: our sales literature sent or enclosed (round 25 B; DPA 2018 s.122(5), UK GDPR Art 21(3))", () => {
  it("reads a brochure, catalogue or leaflet sent, enclosed or attached, with or without an offer", () => {
    for (const text of [
      "I've tucked our new printed brochure in with this letter: there's a page of bits for the Crisp 55 air fryer you bought from us.",
      "Please find our latest brochure attached.",
      "We're sending you our Christmas catalogue in the post this week.",
      "Our spring price list is enclosed.",
    ])
      expect(reads(text), text).toBe(true);
  });

  it("does not read literature stopped, a reference to what it says, a returns label or a service leaflet", () => {
    for (const text of [
      "We've stopped sending you our brochure, as you asked.",
      "I've taken you off the mailing list for our brochure.",
      "Our catalogue lists the Burr Pro at £89, and that's what you paid.",
      "I've enclosed the returns label for your kettle.",
      "I've attached our care leaflet for the kettle, with the descaling steps.",
      "I've enclosed our returns leaflet so you know what to do next time.",
    ])
      expect(reads(text), text).toBe(false);
  });
});
