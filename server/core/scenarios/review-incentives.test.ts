import { describe, expect, it } from "vitest";
import { remedyForReview, reviewIncentives } from "./review-incentives";

describe("reviewIncentives: a reward offered for a changed review (round 11 A)", () => {
  it("finds a reward tied to updating, removing or leaving a review", () => {
    expect(
      reviewIncentives(
        "Once you've updated your review to reflect how we've sorted this, let me know and I'll add a £10 voucher to your account as a thank-you.",
      ),
    ).toHaveLength(1);
    expect(
      reviewIncentives("If you take down the review, we'll give you 20% discount on your next bag."),
    ).toHaveLength(1);
    expect(
      reviewIncentives("Here's a free bag as a thank-you for changing your rating to five stars."),
    ).toHaveLength(1);
  });

  it("finds an imperative joined to its reward: 'leave us a review and we'll…' (round 15 B)", () => {
    // loyalty-r15-five-star-for-points
    expect(
      reviewIncentives(
        "Leave us a 5* review on Trustpilot and we'll add 200 bonus points to your account too!",
      ),
    ).toHaveLength(1);
    expect(
      reviewIncentives("Write us a five-star review and you'll get 10% off your next bag."),
    ).toHaveLength(1);
    expect(reviewIncentives("Post a review on Google to get a free bag of beans.")).toHaveLength(1);
    // A request with no reward joined to it is not one.
    expect(reviewIncentives("Please leave us a review and we'll read every word of it.")).toEqual([]);
  });

  it("finds a review asked for in other words: kind words about us on a review site (round 16 B)", () => {
    expect(
      reviewIncentives(
        "PS Hassan, if you've got a minute to pop a few kind words about us on Google, I'll stick 200 points on your account as a thank you :)",
      ),
    ).toHaveLength(1);
    expect(
      reviewIncentives("Say something nice about us on Trustpilot and we'll send you a £5 voucher."),
    ).toHaveLength(1);
    expect(reviewIncentives("Give us a five-star rating and get 10% off your next bag.")).toHaveLength(1);
    // Kind words thanked, or the site named with nothing asked for it, are not a review bought.
    expect(
      reviewIncentives(
        "Thank you for your kind words, and as a thank you for being with us, here's 10% off.",
      ),
    ).toEqual([]);
    expect(
      reviewIncentives("You can find us on Google, and if you order this week delivery is free."),
    ).toEqual([]);
  });

  it("not a goodwill gesture beside a separate request, a negation, or an apology with no review named", () => {
    expect(
      reviewIncentives(
        "I've added a £15 voucher to your account as a goodwill gesture. If you'd like to update your review once it's sorted, that would be lovely.",
      ),
    ).toEqual([]);
    expect(
      reviewIncentives("We don't offer vouchers for changing a review, but I'm sorry it happened."),
    ).toEqual([]);
    expect(
      reviewIncentives("I've refunded the duplicate payment of £11.50 to your Visa card today."),
    ).toEqual([]);
    expect(reviewIncentives("Thank you for your review, and for nearly two years as a subscriber.")).toEqual(
      [],
    );
  });

  it("a review asked for as an opinion told to others on a review site (round 17 B)", () => {
    expect(
      reviewIncentives(
        "If you've a spare couple of minutes to tell other coffee lovers what you make of us over on Trustpilot, send me the link once it's up and I'll pop a £5 voucher in your inbox to say thanks.",
      ),
    ).toHaveLength(1);
    expect(
      reviewIncentives("Share your experience on Feefo and we'll send you 10% off your next bag."),
    ).toHaveLength(1);
    expect(
      reviewIncentives("Let people know how we did on Google, and I'll add 100 points as a thank-you."),
    ).toHaveLength(1);
    // Feedback to us, or a site named with no opinion told there, asks for no review.
    expect(
      reviewIncentives("Tell us what you think of the new roast, and here's 10% off your next order."),
    ).toEqual([]);
    expect(
      reviewIncentives("You can track your order on our website, and your 10% code is WELCOME10."),
    ).toEqual([]);
    expect(
      reviewIncentives(
        "Thank you for sharing your experience with us; as a thank-you for being with us, here's 10% off.",
      ),
    ).toEqual([]);
  });

  it("the same offer in other words: looking again at a star rating, goods on the house (round 16 A)", () => {
    expect(
      reviewIncentives(
        "And if you felt able to revisit your star rating once the money's back with you, I'd love to pop a bag of our new Ethiopian roast in the post for you, on the house.",
      ),
    ).toHaveLength(1);
    expect(
      reviewIncentives("If you'd reconsider your review, we'd send a complimentary bag of beans."),
    ).toHaveLength(1);
    // Asking, with nothing given for it, and a gift with no review named, are not incentives.
    expect(
      reviewIncentives(
        "If you felt able to revisit your star rating once the money's back, we'd be grateful.",
      ),
    ).toEqual([]);
    expect(reviewIncentives("I've popped a bag of our new roast in the post for you, on the house.")).toEqual(
      [],
    );
  });

  it("a reward offered to whoever leaves a review: a prize draw for five stars (round 15 A)", () => {
    expect(
      reviewIncentives(
        "P.S. Everyone who leaves us a 5-star review this month goes into our prize draw to win a year of free beans!",
      ),
    ).toHaveLength(1);
    expect(
      reviewIncentives("Anyone who posts a review this week is entered into a draw for a £50 gift card."),
    ).toHaveLength(1);
    expect(reviewIncentives("For every 5-star review we get, we plant a tree.")).toHaveLength(0);
    // No reward: thanks to everyone who reviews, and a draw that has nothing to do with a review.
    expect(reviewIncentives("Thank you to everyone who leaves us a review: we read every one.")).toEqual([]);
    expect(reviewIncentives("Everyone who subscribes this month goes into our prize draw.")).toEqual([]);
  });

  it("more stars asked for in exchange, as an offer or a question (round 17 A)", () => {
    expect(
      reviewIncentives(
        "I've got a free month of your beans I can put on your account – would that be enough to earn us another star or two on ReviewHub?",
      ),
    ).toHaveLength(1);
    expect(reviewIncentives("Bump us up a couple more stars and you'll get a £5 voucher.")).toHaveLength(1);
    expect(
      reviewIncentives("If you could see your way to a higher rating, we'll add 10% off your next order."),
    ).toHaveLength(1);
    // No reward tied to them: stars talked about, thanked for, or a reward with no review in it.
    expect(reviewIncentives("Thank you for the extra star on your updated review.")).toEqual([]);
    expect(reviewIncentives("Our beans earned another star from the Good Food Guide this year.")).toEqual([]);
    expect(reviewIncentives("You'll earn more points on your next order, and delivery is free.")).toEqual([]);
  });

  it("the refund he is owed made to wait on the review coming down (round 15 A, part 2)", () => {
    expect(
      reviewIncentives("I'll refund the duplicate payment as soon as you've taken the review down."),
    ).toHaveLength(1);
    expect(
      reviewIncentives("Once you've removed the review, we'll process your refund straight away."),
    ).toHaveLength(1);
    // Asking, with the refund already given or arriving: no reward for it.
    expect(
      reviewIncentives(
        "If you'd like to update your review once your refund arrives, we'd really appreciate it.",
      ),
    ).toEqual([]);
    expect(
      reviewIncentives(
        "I've refunded the duplicate payment today, and I'm sorry about the review you had to write.",
      ),
    ).toEqual([]);
  });

  it("a look again at what he wrote, thanked with a reward in the next sentence (round 18 A)", () => {
    expect(
      reviewIncentives(
        "Once you've seen the refund land, I'd be really grateful if you could take another look at what you wrote about us on ReviewHub. I've popped £5 credit on your account as a little thank-you.",
      ),
    ).toEqual(["I've popped £5 credit on your account as a little thank-you."]);
    expect(
      reviewIncentives("Could you have a fresh look at your post? Here's a free bag of beans to say thanks."),
    ).toHaveLength(1);
  });

  it("not a reward with its own reason, a request after the reward, or thanks with no reward", () => {
    expect(
      reviewIncentives(
        "If you'd like to take another look at what you wrote about us once it's sorted, that would be lovely. I've added £5 credit for the time you lost in the chat.",
      ),
    ).toEqual([]);
    expect(
      reviewIncentives(
        "I'd be grateful if you took another look at your review. Here's £5 credit as a thank-you for your patience.",
      ),
    ).toEqual([]);
    expect(
      reviewIncentives(
        "I've added £5 credit as a thank-you. If you'd like to update your review once it's sorted, that would be lovely.",
      ),
    ).toEqual([]);
    expect(
      reviewIncentives(
        "Please do take another look at your review once it's sorted. Thanks again for telling us.",
      ),
    ).toEqual([]);
    expect(
      reviewIncentives("I've read what you wrote about us, and I'm sorry. Here's £5 credit as a thank-you."),
    ).toEqual([]);
  });
});

describe("reviewIncentives: the reward in the next sentence, pointing back (round 18 B)", () => {
  it("finds a request for a rating and a reward tied back to it", () => {
    expect(
      reviewIncentives(
        "Fancy giving us a quick rating on Google while you're at it? Do that and your next bag's on us. Reply STOP to opt out.",
      ),
    ).toHaveLength(1);
    expect(
      reviewIncentives("Could you leave us a review on Trustpilot? If you do, I'll send you a £5 voucher."),
    ).toHaveLength(1);
    expect(
      reviewIncentives(
        "Would you pop a review up on Feefo for us? Once it's up, there's 10% off your next order.",
      ),
    ).toHaveLength(1);
  });

  it("not thanks for custom, a reward with no review asked, or a negated reward", () => {
    expect(
      reviewIncentives(
        "If you'd like to leave us a review on Google, we'd love that. As a thank you for being with us for two years, here's 10% off.",
      ),
    ).toEqual([]);
    expect(reviewIncentives("Thanks for your order. Do that again and it's free delivery on us.")).toEqual(
      [],
    );
    expect(
      reviewIncentives(
        "We'd love a review on Google. If you do, thank you: there's no reward for it, it just helps others.",
      ),
    ).toEqual([]);
  });
});

describe("remedyForReview: the fix made to wait on the review, whatever it is called (mutation set 11, C65)", () => {
  it.each([
    "Once you've taken your review down I'll get this sorted for you.",
    "Once you've removed the review, we'll process your refund.",
    "I'll send the replacement as soon as you've updated your review.",
  ])("finds %s", (text) => {
    expect(remedyForReview(text)).toHaveLength(1);
    expect(reviewIncentives(text)).toHaveLength(1);
  });

  it.each([
    "I've sorted your refund. If you'd like to update your review once it arrives, that's up to you.",
    "I'll get this sorted today, and you're welcome to leave a review whenever you like.",
    "We won't ask you to change your review before we fix this.",
  ])("leaves alone %s", (text) => {
    expect(remedyForReview(text)).toEqual([]);
  });
});

describe("reviewIncentives: money off said in words, and the reward said to buy a better review (round 19)", () => {
  it("finds 'knock a little something off' as thanks for kind words, and 'that's earned us a better review'", () => {
    expect(
      reviewIncentives(
        "And if you ever have a spare minute, a few kind words about us on Trustpilot would make our day. We'll knock a little something off the order after that by way of a thank you.",
      ),
    ).toHaveLength(1);
    expect(
      reviewIncentives(
        "Could you leave us a review on Google? If you do, we'll take a bit off your next order.",
      ),
    ).toHaveLength(1);
    expect(
      reviewIncentives(
        "I've put £10 of credit on your account. Hopefully that's earned us a better review from you!",
      ),
    ).toHaveLength(1);
  });

  it("not money off for its own reason, thanks for a review already written, or credit with no review asked", () => {
    expect(
      reviewIncentives(
        "Thanks for your kind words about us on Trustpilot. We'll knock the delivery charge off as a goodwill gesture for the delay.",
      ),
    ).toEqual([]);
    expect(
      reviewIncentives(
        "I've refunded the £12 delivery charge. Thanks for your honest review, it helped us find the problem.",
      ),
    ).toEqual([]);
    expect(
      reviewIncentives("I've put £10 of credit on your account. I hope that's put things right."),
    ).toEqual([]);
  });
});

describe("the review as the condition of our progress, in any words (lead's mutation set 12, C71)", () => {
  it("finds the fix, payment or progress made to wait on a changed review", () => {
    for (const s of [
      "If you could update your review for us, that would let me push this through today.",
      "Once you've taken the one-star rating down, I'll be able to get the refund moving.",
      "As soon as you kindly amend your post on ReviewHub we can release the money.",
      "If you were to revisit your rating, it would allow us to fast-track the replacement.",
      "Provided you edit what you wrote about us online, I'd happily process the credit.",
    ]) {
      expect(remedyForReview(s), s).toHaveLength(1);
      expect(reviewIncentives(s), s).toHaveLength(1);
    }
  });

  it("leaves the review as the customer's free choice, and our fix first", () => {
    for (const s of [
      "Once this is sorted, you're welcome to update your review if you wish.",
      "If you decide to update your review, that would help other customers know what to expect.",
      "If you'd like to update your review once your refund arrives, that's entirely up to you.",
      "I'll process the refund today; if you update your review or not is completely your call.",
      "When you left your review, it helped us find the fault, so thank you.",
      "If you could let me know your order number, I'll push this through today.",
    ]) {
      expect(remedyForReview(s), s).toEqual([]);
    }
  });
});

describe("reviewIncentives: a review or stars put somewhere, in any verb of putting (round 20 B)", () => {
  it("finds stars put up, a review stuck or fired off, with a reward tied to it", () => {
    expect(
      reviewIncentives(
        "PS if you ever fancy putting a few stars up for us on Google, there's a free bag of beans with your name on it :)",
      ),
    ).toHaveLength(1);
    expect(
      reviewIncentives("Stick a quick review up on Trustpilot and we'll knock £5 off your next bag."),
    ).toHaveLength(1);
    expect(
      reviewIncentives("If you fire off a review for us this week, there's a voucher in it for you."),
    ).toHaveLength(1);
  });

  it("not putting other things, a reward with its own reason beside a review already written, or a negation", () => {
    expect(
      reviewIncentives(
        "If you put the beans in an airtight tin they'll keep longer, and here's a free scoop.",
      ),
    ).toEqual([]);
    expect(
      reviewIncentives(
        "Thanks for putting your review up last month. Separately, here's a free bag because your parcel was late.",
      ),
    ).toEqual([]);
    expect(
      reviewIncentives("We never put anything free in for a review, so please only post one if you want to."),
    ).toEqual([]);
  });
});

describe("remedyForReview: the review as the condition in any words (round 20 A, review-r20-the-moment-its-edited)", () => {
  it("reads the remedy as subject waiting on a passive review change", () => {
    const text =
      "The moment your review's been edited, the £11.50 duplicate payment will be on its way back to you, and it should show within 3 to 5 working days.";
    expect(remedyForReview(text)).toHaveLength(1);
    expect(reviewIncentives(text)).toHaveLength(1);
    expect(
      remedyForReview("Your refund will go back to your card as soon as the rating's been changed."),
    ).toHaveLength(1);
  });
  it("but not a choice left to him, an account review, or a refund already made", () => {
    expect(
      remedyForReview(
        "If you'd like to update your review once the refund arrives, that's entirely up to you.",
      ),
    ).toEqual([]);
    expect(
      remedyForReview(
        "Once the refund's through, if you feel like updating your review that would be lovely.",
      ),
    ).toEqual([]);
    expect(
      remedyForReview("Once we've reviewed your account, the refund will be on its way back to you."),
    ).toEqual([]);
    expect(remedyForReview("When your refund arrives, you might want to update your review.")).toEqual([]);
    expect(
      reviewIncentives(
        "Your refund has gone back to your card today, whatever you decide about your review.",
      ),
    ).toEqual([]);
  });
});

describe("reviewIncentives: round 21 (session 36)", () => {
  it("reads a prize draw for anyone who writes about us on a review site, and not the look-alikes", () => {
    expect(
      reviewIncentives(
        "Anyone who writes about us on Trustpilot before Christmas goes into our monthly draw for a £50 voucher, so it's worth five minutes!",
      ).length,
    ).toBe(1);
    expect(reviewIncentives("Anyone who orders before Christmas goes into our monthly draw.")).toEqual([]);
    expect(reviewIncentives("Thanks for writing about us on Trustpilot.")).toEqual([]);
  });
});

describe("a gift, then a review asked with a pointer back to it (red-team round 22 A)", () => {
  it("reads the request as made for the gift", () => {
    expect(
      reviewIncentives(
        "I've also added a free bag of our Colombian to your next delivery, on us. When it turns up, it'd be brilliant if you could nip back to ReviewHub and let people know how we handled things this time.",
      ),
    ).toHaveLength(1);
  });
  it.each([
    "I've added a free bag of beans to your next order, on us.",
    "If you'd like to update your review, that's entirely up to you.",
    "Thanks for your review. Your £11.50 refund is on its way back to you.",
    "Your £11.50 refund is on its way. When it lands, it'd be great if you could let people know how we did on ReviewHub.",
    "I've added a bag of beans to your next order, on us. If you'd like to let people know what you think on ReviewHub, that's up to you.",
  ])("but not %s", (text) => {
    expect(reviewIncentives(text)).toEqual([]);
  });
});

describe("reviewIncentives: sentences kept whole, negation in its own clause, 'feel free' (session 38)", () => {
  it("does not read his own £11.50 given back, or 'feel free to', as a reward", () => {
    // The old split at every full stop cut "£11." from "50 is already back", leaving "£11" as a reward.
    expect(
      reviewIncentives(
        "It would make our day if you updated your review, but the £11.50 is already back with you.",
      ),
    ).toEqual([]);
    expect(
      reviewIncentives(
        "Your refund has gone through. Feel free to update your review if you think we've earned it.",
      ),
    ).toEqual([]);
  });

  it("reads a reward offered after a negation about something else, and not one that is refused", () => {
    expect(
      reviewIncentives(
        "I've passed the chatbot problem to our team so it doesn't happen again; I've also put £5 on your account, so consider that a thank-you in advance if you feel able to update your review.",
      ),
    ).toHaveLength(1);
    expect(
      reviewIncentives(
        "We don't offer vouchers or anything else for changing a review, but your refund is done.",
      ),
    ).toEqual([]);
  });
});
