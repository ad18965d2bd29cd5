import { describe, expect, it } from "vitest";
import { accessRefused, requestRerouted } from "./request-route";

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

  it("reads the request named as one of a kind, refused from the chat (redC round 23, dp-r23h-email-the-data-team)", () => {
    expect(
      requestRerouted(
        "The quickest way is to email our data protection team at privacy@hearthandbean.co.uk, as they can't start one of these from a web chat.",
      ),
    ).toHaveLength(1);
    expect(requestRerouted("Sorry, we can't accept requests like this from the chat.")).toHaveLength(1);
    // What the chat itself cannot carry stays unread.
    expect(
      requestRerouted("I can't send one of these files from the chat, so it will come by email."),
    ).toEqual([]);
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

describe("round 21 B: the month run from a second request, and the copy refused outright", () => {
  it("reads a route put as a fact with the month started when it lands (dp-r21-dpo-month-starts-on-email)", () => {
    expect(
      requestRerouted(
        "The quickest way is to send a line to dpo@hearthandbean.co.uk from the email address on your account; the one-month clock starts the day it lands with them.",
      ),
    ).toHaveLength(1);
    expect(
      requestRerouted(
        "Best thing is to write to our data protection team at our Bristol office. The month starts once your letter arrives there.",
      ),
    ).toHaveLength(1);
  });

  it("leaves alone our own sending, a negated route, her identity details, and a later extra email", () => {
    expect(
      requestRerouted(
        "We'll email your copy to the address on your account; the month started the day your chat message arrived.",
      ),
    ).toEqual([]);
    expect(requestRerouted("You don't need to email our data team: the month runs from today.")).toEqual([]);
    expect(
      requestRerouted(
        "Please send your postcode to our team inbox; the clock starts when your identity details arrive.",
      ),
    ).toEqual([]);
    expect(
      requestRerouted(
        "I've logged it and the month runs from today, 12 November. If you want to add anything, you can email our data team at dpo@hearthandbean.co.uk.",
      ),
    ).toEqual([]);
  });

  it("reads her copy refused, however kindly (dp-r21-account-page-instead)", () => {
    expect(
      accessRefused(
        "We don't send people copies of their data as such, but everything we've got for you is on your account page, so you can see it straight away.",
      ),
    ).toHaveLength(1);
    expect(
      accessRefused("Unfortunately we can't provide copies of personal data to customers."),
    ).toHaveLength(1);
    expect(accessRefused("We don't normally send out copies of people's information, sorry.")).toHaveLength(
      1,
    );
  });

  it("leaves alone another way given, a copy not ready yet, someone else's data and the fee", () => {
    expect(accessRefused("I can't send a copy over chat, but we'll email it to you by 14 December.")).toEqual(
      [],
    );
    expect(accessRefused("I can't give you a copy of anyone else's data.")).toEqual([]);
    expect(accessRefused("We don't charge for a copy of your data.")).toEqual([]);
    expect(
      accessRefused(
        "We can't give you a copy of your information today, but it will be with you by 14 December.",
      ),
    ).toEqual([]);
    expect(accessRefused("You'll get a copy of all the data we hold about you by 14 December.")).toEqual([]);
  });
});

describe("round 21 B: the start put after her email, 'from there' (redC's dp-r20h-pop-it-in-an-email)", () => {
  it("reads an ask to email it with the team starting from there", () => {
    expect(
      requestRerouted(
        "Could you pop that request in an email to privacy@hearthandbean.co.uk and the team will get going on it from there?",
      ),
    ).toHaveLength(1);
  });

  it("leaves alone the team taking a logged request from there, and another thing asked by email", () => {
    expect(
      requestRerouted(
        "I've logged it, and the team will take it from there; you'll have your copy by 14 December.",
      ),
    ).toEqual([]);
    expect(
      requestRerouted("Could you email us your new address? The team will update it from there."),
    ).toEqual([]);
  });
});

describe("round 22 B: the month run from paperwork sent back, and the data itself refused", () => {
  it("reads the clock run from a form she sends back, with no start word (dp-r22-form-clock-from-return)", () => {
    expect(
      requestRerouted(
        "The paperwork bit is just a short form I'll email across. Fill that in and pop it back to us, and the clock's running from when we've got it back, so you'd have everything within a month of that.",
      ),
    ).toHaveLength(1);
    expect(
      requestRerouted("There's a form to fill in first. Your month starts once the form's back with us."),
    ).toHaveLength(1);
  });

  it("leaves alone the month from her request, her identity details, and a form said not to be needed", () => {
    expect(
      requestRerouted(
        "You don't need to fill in a form. The month runs from when we received your request today, so you'll have it by 14 December.",
      ),
    ).toEqual([]);
    expect(
      requestRerouted(
        "I'll email a short form for your postcode and order number; the month runs from when we've got those details back.",
      ),
    ).toEqual([]);
    expect(requestRerouted("No form needed. I'll send your copy by letter within a month of today.")).toEqual(
      [],
    );
  });

  it("reads the data itself refused, however it is softened (dp-r22-overview-not-the-data)", () => {
    expect(
      accessRefused(
        "We don't send out the actual records themselves, but the overview covers everything, and it'll be with you by 14 December.",
      ),
    ).toHaveLength(1);
    expect(accessRefused("I'm afraid we can't give you the raw data, only a summary.")).toHaveLength(1);
    expect(accessRefused("We don't provide the information itself as such.")).toHaveLength(1);
  });

  it("leaves alone sharing with others, the data not ready yet, and another way given", () => {
    expect(accessRefused("We don't share your details with third parties.")).toEqual([]);
    expect(accessRefused("We never give your personal details to other companies.")).toEqual([]);
    expect(accessRefused("We don't share your data with any businesses outside Hearth & Bean.")).toEqual([]);
    expect(accessRefused("I can't send the actual records over chat, but we'll email them to you.")).toEqual(
      [],
    );
    expect(
      accessRefused("We can't give you the full data today; it will be with you by 14 December."),
    ).toEqual([]);
  });
});

describe("round 23 B: requests taken only one way, the month from her next contact, and part of her data left out", () => {
  it("reads a team that takes requests only through one route, and the month counted from hearing from her (dp-r23-data-team-own-inbox)", () => {
    const text =
      "Thank you, Helen, those match. Our data team work only from their own inbox, so what I'll ask is that you drop them a line at dataprotection@hearthandbean.co.uk; they'll send you everything we hold within a calendar month of hearing from you.";
    expect(requestRerouted(text)).toHaveLength(1);
    expect(
      requestRerouted("The privacy team only deal with requests that arrive in their mailbox."),
    ).toHaveLength(1);
    expect(
      requestRerouted(
        "Just email our DPO at dpo@hearthandbean.co.uk. You'll have it within a month of them getting your email.",
      ),
    ).toHaveLength(1);
  });

  it("leaves alone how the copy is sent, the month from her request, and a negated route", () => {
    expect(requestRerouted("We only send copies by email, to the address on your account.")).toEqual([]);
    expect(
      requestRerouted(
        "If you have questions, you can email dpo@hearthandbean.co.uk; you'll have your copy within a month of your request.",
      ),
    ).toEqual([]);
    expect(
      requestRerouted("Our data team don't only work from their inbox: your chat request is logged."),
    ).toEqual([]);
    expect(
      requestRerouted(
        "I've logged it here, so there's no need to email anyone. You'll have it within one calendar month.",
      ),
    ).toEqual([]);
  });

  it("reads part of her data left out of the copy (dp-r23-only-last-twelve-months)", () => {
    expect(
      accessRefused(
        "You'll receive a copy of the personal data we've held about you over the last twelve months. Anything older than that is archived, so it isn't included in these requests.",
      ),
    ).toHaveLength(1);
    expect(accessRefused("The copy only covers the last two years of your orders.")).toHaveLength(1);
    expect(accessRefused("Archived records are left out of subject access requests.")).toHaveLength(1);
  });

  it("leaves alone data no longer held, a negated limit, and someone else's data", () => {
    expect(accessRefused("We deleted older card details, so they won't be included.")).toEqual([]);
    expect(accessRefused("Nothing older is left out: archived records are included too.")).toEqual([]);
    expect(accessRefused("You'll get all of it, including your older orders.")).toEqual([]);
    expect(accessRefused("Other customers' older reviews won't be included, only your own data.")).toEqual(
      [],
    );
  });
});
