import { describe, expect, it } from "vitest";
import { requestRerouted } from "./request-route";

describe("requestRerouted: a subject access request held until it is made another way (round 19 B)", () => {
  it("finds a hold until a letter, email or form comes from her, and an ask to resend with that as the start", () => {
    expect(
      requestRerouted(
        "You have the right to a free copy of all the personal data we hold about you, and we have one calendar month to send it. In practice though, our data team won't start on it until they've had a signed letter from you, so if you could post one to our Bristol office that gets things moving.",
      ),
    ).toHaveLength(1);
    expect(
      requestRerouted(
        "Would you mind popping your request into an email to our privacy team at privacy@hearthandbean.co.uk? That's how these requests get started on our side, and they then have a month from the day it lands to send you a copy.",
      ),
    ).toHaveLength(1);
    expect(
      requestRerouted("We can't process it until you've filled in the request form on our website."),
    ).toHaveLength(1);
    expect(requestRerouted("The team can only start once you email it to them directly.")).toHaveLength(1);
    expect(
      requestRerouted(
        "I'll email you our subject access form, once you send it back filled in we can start your request, and then it's one month from when we get it.",
      ),
    ).toHaveLength(1);
    expect(
      requestRerouted(
        "Could you put your request in writing for me? The month runs from when your letter arrives.",
      ),
    ).toHaveLength(1);
  });

  it("leaves alone the identity check, other things asked by email, negated or optional routes, and how the copy is sent", () => {
    expect(
      requestRerouted(
        "Once you've sent me your postcode and last order number by email, we can start on it straight away.",
      ),
    ).toEqual([]);
    expect(requestRerouted("We won't start until you've confirmed your postcode and last order.")).toEqual(
      [],
    );
    expect(
      requestRerouted(
        "Could you email us your new address so I can update it? Your request is logged and the month runs from today.",
      ),
    ).toEqual([]);
    expect(
      requestRerouted(
        "You don't need to send a letter or fill in a form: your chat message is your request, and that's how it gets started.",
      ),
    ).toEqual([]);
    expect(
      requestRerouted("We'll email your copy to you once it's ready, by 14 December at the latest."),
    ).toEqual([]);
    expect(
      requestRerouted(
        "I've logged it now. If you'd like, you can also send it by email for your own records, but there's no need.",
      ),
    ).toEqual([]);
  });

  it("reads a start held on more from her with no route named, and the request refused in the chat she used (round 20 B)", () => {
    expect(
      requestRerouted(
        "Just so you know, our data folk won't get the ball rolling until one of them has had a proper chat with you about what you're after, so expect a call in the next week or so.",
      ),
    ).toHaveLength(1);
    expect(requestRerouted("The team won't start on it until we've had a chat.")).toHaveLength(1);
    expect(
      requestRerouted("I'm afraid they can't make a start before you've rung them to talk it through."),
    ).toHaveLength(1);
    expect(
      requestRerouted(
        "Unfortunately I can't take this one on through chat. The thing to do is fire a quick message over to our data officer.",
      ),
    ).toHaveLength(1);
    expect(requestRerouted("We aren't able to accept requests over live chat, sorry.")).toHaveLength(1);
  });

  it("leaves alone a start held on her identity or a day, polite look-alikes, and what the chat itself cannot carry (round 20 B)", () => {
    expect(
      requestRerouted("The team won't get the ball rolling until you've confirmed it's really you."),
    ).toEqual([]);
    expect(requestRerouted("We can't start on it until your postcode and order number are checked.")).toEqual(
      [],
    );
    expect(
      requestRerouted("The data team won't start on it until Monday, and you'll have it by 14 December."),
    ).toEqual([]);
    expect(
      requestRerouted("I can't read your data out over chat, so it will come to you as a secure file."),
    ).toEqual([]);
    expect(requestRerouted("We don't process your data without your consent for marketing.")).toEqual([]);
    expect(
      requestRerouted("I've started it already, so nobody will need to chat with you before it's done."),
    ).toEqual([]);
  });
});
