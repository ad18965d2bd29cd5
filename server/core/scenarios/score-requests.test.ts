import { describe, expect, it } from "vitest";
import { scoreRequests } from "./score-requests";

describe("scoreRequests: a follow-up that asks the customer to raise their score (round 16 B)", () => {
  it("finds a change of score, or a high score, asked for", () => {
    expect(
      scoreRequests(
        "I'll keep an eye on your next delivery myself. Once it has arrived on time, would you mind going back into the survey and bumping your score up to a 9 or 10? It really helps our team's figures.",
      ),
    ).toHaveLength(1);
    expect(
      scoreRequests(
        "If you feel we've put it right, it would mean a lot if you could update your rating to a 9 or 10.",
      ),
    ).toHaveLength(1);
    expect(scoreRequests("Please could you change your score now that it's sorted?")).toHaveLength(1);
    expect(scoreRequests("We'd love it if you gave us five stars next time.")).toHaveLength(1);
    expect(scoreRequests("We'd love it if you gave us a five-star rating next time.")).toHaveLength(1);
  });

  it("does not read thanks for a score, a question about it, or a promise not to ask", () => {
    expect(scoreRequests("Thank you for your score; it helped us find the problem.")).toEqual([]);
    expect(
      scoreRequests("You gave us 2 out of 10, and could you tell me more about what went wrong?"),
    ).toEqual([]);
    expect(scoreRequests("Your rating helped us improve how we choose couriers.")).toEqual([]);
    expect(scoreRequests("We'd never ask you to change your score: it's yours.")).toEqual([]);
    expect(scoreRequests("Could you tell me more about your rating?")).toEqual([]);
    expect(scoreRequests("Please allow up to 10 days for the refund to reach your card.")).toEqual([]);
  });
});

describe("scoreRequests: the survey named, thinking again, the top end of the scale (round 20 B)", () => {
  it("finds another chance in the survey, a rating thought about again, and the top end hoped for", () => {
    expect(
      scoreRequests(
        "Once it turns up on time, I'd love it if you gave us another chance when the survey email comes round; hopefully we'll earn something nearer the top end this time!",
      ),
    ).toHaveLength(1);
    expect(
      scoreRequests(
        "When next month's survey lands, it would mean a lot to the team if you'd think again about your rating once you've seen the difference.",
      ),
    ).toHaveLength(1);
  });

  it("not thanks for another chance, a survey mentioned with nothing asked, or our own aim for the score", () => {
    expect(scoreRequests("Thank you for giving us another chance, and for your survey comment.")).toEqual([]);
    expect(scoreRequests("I'd love to hear more about your survey answer if you have a minute.")).toEqual([]);
    expect(scoreRequests("We'd love to get our NPS nearer the top end by fixing the deliveries.")).toEqual(
      [],
    );
  });
});

describe("scoreRequests: a better score asked for as what it would do for us (round 21 B)", () => {
  it("reads a higher or kinder score said to cheer the team or mean the world", () => {
    expect(
      scoreRequests(
        "When next month's survey lands in your inbox, I'd be so grateful if you'd let us know how we're doing now this is sorted - a higher mark would really cheer the team up after a tough month.",
      ),
    ).toHaveLength(1);
    expect(
      scoreRequests(
        "If you do hear from us with a feedback form, a kinder score would mean the world to the team.",
      ),
    ).toHaveLength(1);
  });

  it("leaves alone thanks for a score, our own aim, and a survey with no better score asked", () => {
    expect(
      scoreRequests("Thank you for your score; it would mean a lot to hear more about what went wrong."),
    ).toEqual([]);
    expect(
      scoreRequests("A higher score from our customers would cheer us all up, so we're fixing the courier."),
    ).toEqual([]);
    expect(
      scoreRequests(
        "If you get our survey next month, I'd be grateful for your honest view, whatever it is.",
      ),
    ).toEqual([]);
  });
});

describe("scoreRequests: a better score said as a hope that she will give it (round 22 B)", () => {
  it("reads a hope that she'll bump us up or rate us higher (service-review-r22-aisha-bump-us-up)", () => {
    expect(
      scoreRequests(
        "When the next survey pops into your inbox, I hope you'll feel able to bump us up a notch or two.",
      ),
    ).toHaveLength(1);
    expect(scoreRequests("Hopefully you'll give us a better rating next time.")).toHaveLength(1);
    expect(scoreRequests("Fingers crossed you can raise your score once it arrives on time.")).toHaveLength(
      1,
    );
  });

  it("leaves alone a hope about her coffee or her honest view", () => {
    expect(
      scoreRequests("I hope you'll enjoy your next bag; your score helped us find the problem."),
    ).toEqual([]);
    expect(scoreRequests("I hope you'll fill in the next survey with your honest view.")).toEqual([]);
    expect(
      scoreRequests("Hopefully you'll see the deliveries improve, and we'll keep an eye on it."),
    ).toEqual([]);
  });
});
