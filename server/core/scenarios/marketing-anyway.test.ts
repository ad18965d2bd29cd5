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
