import { describe, expect, it } from "vitest";
import { marketingAnnounced } from "./marketing-anyway";

describe("marketingAnnounced: refused marketing said to be coming anyway (round 17 B)", () => {
  it("finds marketing on a refused channel said to come, in any words", () => {
    expect(
      marketingAnnounced(
        "About the texts: our text offers go out to everyone in their first month as a subscriber, I'm afraid, but after that you're free to switch them off in your account settings whenever you like.",
        ["sms"],
      ),
    ).toHaveLength(1);
    expect(
      marketingAnnounced("You'll still get the odd marketing text from us for a week or two.", ["sms"]),
    ).toHaveLength(1);
    expect(
      marketingAnnounced("All new subscribers receive offers by text, so look out for those.", ["sms"]),
    ).toHaveLength(1);
    expect(marketingAnnounced("You may still receive our newsletter for a few weeks.", ["all"])).toHaveLength(
      1,
    );
    expect(
      marketingAnnounced("Email promotions are switched on by default for every account.", ["email"]),
    ).toHaveLength(1);
  });

  it("leaves alone a negated clause, service messages, and marketing on a channel the customer allowed", () => {
    expect(marketingAnnounced("You won't get any marketing texts from us.", ["sms"])).toEqual([]);
    expect(marketingAnnounced("We'll never send you offers by text.", ["sms"])).toEqual([]);
    expect(marketingAnnounced("Royal Mail will send you a delivery text on the day.", ["sms"])).toEqual([]);
    expect(marketingAnnounced("Our email offers go out on Fridays, as you asked.", ["sms"])).toEqual([]);
    expect(marketingAnnounced("I've stopped all marketing texts to your number.", ["sms"])).toEqual([]);
    expect(marketingAnnounced("Our newsletter has more on the new roast.", ["all"])).toEqual([]);
    expect(marketingAnnounced("Our text offers go out to everyone.", [])).toEqual([]);
  });

  it("reads the marketing word first in a compound ('deals text', 'promo emails'), not a service message so named (round 19 B)", () => {
    expect(
      marketingAnnounced(
        "I'm afraid our monthly deals text is sent automatically to every subscription customer, but it's only the one message a month.",
        ["sms"],
      ),
    ).toHaveLength(1);
    expect(marketingAnnounced("Promo emails go out to all our members on Fridays.", ["email"])).toHaveLength(
      1,
    );
    expect(marketingAnnounced("You won't get our deals texts, as you asked.", ["sms"])).toEqual([]);
    expect(
      marketingAnnounced("The order text is sent automatically when your parcel leaves us.", ["sms"]),
    ).toEqual([]);
    expect(marketingAnnounced("Our deals emails go out on Fridays, as you asked.", ["sms"])).toEqual([]);
  });
});

describe("marketingAnnounced: the refused channel named by where it lands, or by the app (round 20 B)", () => {
  it("finds marketing said to land on his mobile, and offers by WhatsApp he was put down for", () => {
    expect(
      marketingAnnounced(
        "One more thing: members' discount codes come through to your mobile once a month, that's just how the subscription works, so keep an eye out for them!",
        ["sms"],
      ),
    ).toHaveLength(1);
    expect(
      marketingAnnounced(
        "Instead I've put you down for our WhatsApp offers, which come through once a fortnight with the new roasts.",
        ["sms"],
      ),
    ).toHaveLength(1);
    expect(
      marketingAnnounced("Our offers will land in your inbox every Friday regardless.", ["email"]),
    ).toHaveLength(1);
  });

  it("leaves alone service messages to his phone, negations, and marketing landing where he allowed it", () => {
    expect(
      marketingAnnounced("Your tracking updates come through to your mobile on the day it ships.", ["sms"]),
    ).toEqual([]);
    expect(
      marketingAnnounced("No offers will ever come through to your mobile, as you asked.", ["sms"]),
    ).toEqual([]);
    expect(marketingAnnounced("Our offers come to your inbox once a month, as you asked.", ["sms"])).toEqual(
      [],
    );
    expect(marketingAnnounced("I've put you down for email offers only, not texts.", ["sms"])).toEqual([]);
  });
});

describe("marketingAnnounced: the channel named first, what it carries after it (round 20 D)", () => {
  it("finds a refused channel said to come with the service and carry offers", () => {
    expect(
      marketingAnnounced(
        "Just a heads-up that the subscription does come with a text once a month about what's on special, hope that's OK?",
        ["sms"],
      ),
    ).toHaveLength(1);
    expect(
      marketingAnnounced("Your plan includes an email every week with our latest deals.", ["email"]),
    ).toHaveLength(1);
    expect(
      marketingAnnounced("You'll also get a text each Friday about what's on offer in the shop.", ["sms"]),
    ).toHaveLength(1);
  });

  it("leaves alone service texts the plan comes with, negations, and offers on an allowed channel", () => {
    expect(
      marketingAnnounced("The subscription comes with a text on the day your bag is dispatched.", ["sms"]),
    ).toEqual([]);
    expect(
      marketingAnnounced("The plan doesn't come with any texts about offers, as you asked.", ["sms"]),
    ).toEqual([]);
    expect(
      marketingAnnounced("Your plan includes an email every week with our latest deals.", ["sms"]),
    ).toEqual([]);
    expect(
      marketingAnnounced("We'll send a text with your tracking link, nothing about offers.", ["sms"]),
    ).toEqual([]);
  });
});

describe("marketingAnnounced: the channel said to come with the service, its marketing named after it (round 21 C)", () => {
  it("finds the texts said to be part of being a subscriber, with the deals they carry", () => {
    expect(
      marketingAnnounced(
        "Just so you know, the texts are part of being a subscriber, that's how we send everyone the monthly deals and new coffees.",
        ["sms"],
      ),
    ).toHaveLength(1);
    expect(
      marketingAnnounced("Our texts come with the subscription and carry the weekly offers.", ["sms"]),
    ).toHaveLength(1);
  });

  it("leaves alone service texts, a negation, and the marketing tied to a channel he allowed", () => {
    expect(
      marketingAnnounced("The texts are part of the subscription: you get one when your bag is dispatched.", [
        "sms",
      ]),
    ).toEqual([]);
    expect(
      marketingAnnounced(
        "The texts are part of the subscription for delivery updates, and our offers come by email.",
        ["sms"],
      ),
    ).toEqual([]);
    expect(
      marketingAnnounced("None of the texts are part of the subscription, so no deals by text.", ["sms"]),
    ).toEqual([]);
  });
});

describe("marketingAnnounced: a few messages said to get through after the objection (round 22 C)", () => {
  it("finds messages still to come said as stragglers, already lined up or before the change takes effect", () => {
    expect(
      marketingAnnounced(
        "I've taken you off our mailing list now. There might be one or two emails already lined up that slip through over the next week or so, sorry, just ignore them.",
        ["all"],
      ),
    ).toHaveLength(1);
    expect(
      marketingAnnounced("A couple of texts may still come through before the change kicks in.", ["sms"]),
    ).toHaveLength(1);
    expect(
      marketingAnnounced("You might see the odd newsletter sneak through this week.", ["all"]),
    ).toHaveLength(1);
    expect(
      marketingAnnounced("There may be a mailing already scheduled, please ignore it.", ["all"]),
    ).toHaveLength(1);
  });

  it("leaves alone his own email getting through, a denial, a removal confirmation and service texts", () => {
    expect(
      marketingAnnounced("Your email got through to me and I've removed you straight away.", ["all"]),
    ).toEqual([]);
    expect(marketingAnnounced("No emails will slip through, you're off the list.", ["all"])).toEqual([]);
    expect(marketingAnnounced("You'll get one email to confirm it's done.", ["all"])).toEqual([]);
    expect(marketingAnnounced("Nothing already lined up will reach you.", ["all"])).toEqual([]);
    expect(
      marketingAnnounced("Your first bag is already booked in and you'll get a delivery text on the day.", [
        "sms",
      ]),
    ).toEqual([]);
    expect(
      marketingAnnounced("A couple of texts may still come through before the change kicks in.", ["email"]),
    ).toEqual([]);
  });
});

describe("marketingAnnounced: news of new coffees said to reach him on the refused channel (round 22 B)", () => {
  it("reads new-roast alerts as the odd SMS, and our new coffees sent by text (onboarding-r22-roast-alerts-by-sms)", () => {
    expect(
      marketingAnnounced(
        "Our new-roast alerts will reach you as the odd SMS instead, as they're only a line or two long and easy to ignore, and everything else will come by email.",
        ["sms"],
      ),
    ).toHaveLength(1);
    expect(
      marketingAnnounced("We'll just send you our new coffee news by a quick text now and then.", ["sms"]),
    ).toHaveLength(1);
  });

  it("leaves alone service messages, a negation and the allowed channel", () => {
    expect(
      marketingAnnounced("Your delivery updates will reach you by text on the day it's sent.", ["sms"]),
    ).toEqual([]);
    expect(
      marketingAnnounced("Our new-roast alerts won't reach you by text, only by email.", ["sms"]),
    ).toEqual([]);
    expect(marketingAnnounced("Our new-roast alerts will reach you by email.", ["sms"])).toEqual([]);
  });
});

describe("marketingAnnounced: an alert about what we sell said to go to his mobile under any name (round 23 B)", () => {
  it("finds limited-roast alerts sent to his mobile as a short message (onboarding-r23-limited-roast-to-your-mobile)", () => {
    expect(
      marketingAnnounced(
        "The one exception is our limited-roast alerts: those go to your mobile number as a short message, because they sell out before most people open an email.",
        ["sms"],
      ),
    ).toHaveLength(1);
    expect(
      marketingAnnounced("Flash sale heads-ups will come to your phone as a quick text.", ["sms"]),
    ).toHaveLength(1);
    expect(marketingAnnounced("Restock pings go straight to your mobile.", ["sms"])).toHaveLength(1);
  });

  it("leaves alone delivery alerts, a negated clause, and alerts by email", () => {
    expect(
      marketingAnnounced(
        "Delivery alerts go to your mobile as a short message so you know when it's coming.",
        ["sms"],
      ),
    ).toEqual([]);
    expect(
      marketingAnnounced(
        "I've set your account so delivery updates (dispatch and tracking) come to your mobile by text, as those aren't marketing.",
        ["sms"],
      ),
    ).toEqual([]);
    expect(marketingAnnounced("Our roast alerts won't go to your mobile, only by email.", ["sms"])).toEqual(
      [],
    );
    expect(marketingAnnounced("Our limited-roast alerts go to your inbox by email.", ["sms"])).toEqual([]);
  });
});
