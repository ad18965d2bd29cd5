import { describe, expect, it } from "vitest";
import { refundSaidUnavailable } from "./remedy-refusals";
import { refundMovedToScheme } from "./scheme-transfer";

describe("refundMovedToScheme: the refund taken away by a repairs-only scheme (CRA 2015 s.20, s.24(5), s.31)", () => {
  it.each([
    "Once an item is past its first month it moves from our returns team into our aftercare programme, which looks after it with repairs and like-for-like exchanges.",
    "After the first month it becomes a job for our repairs team, who can fix it or swap it for you.",
    "As it's been used, it's an aftercare matter rather than a return, so our aftercare team will send you a replacement.",
    "Once the returns period is over, the machine passes to after-sales, and after-sales look after it with repairs.",
    "Your frother's no longer with the returns team; the tech desk handles it now, and they offer a repair or a like-for-like swap.",
    "Anything over 30 days old falls under our warranty department, which does repairs and exchanges.",
  ])("reads %s", (text) => {
    expect(refundMovedToScheme(text)).toHaveLength(1);
    expect(refundSaidUnavailable(text)).toHaveLength(1);
  });

  it.each([
    // A team that does the refund, the refund beside the replacement, the law told rightly, a future plan.
    "I've passed it to our aftercare team to arrange the collection, and your full refund is already done.",
    "If you'd prefer a replacement, our aftercare team can send one; otherwise the refund is yours.",
    "After 30 days the law gives us a repair first, which we did; as that failed, our repairs team will refund you in full.",
    "If you buy another machine, our service plan covers repairs for three years.",
    // No reason that closes the refund route, or nothing offered in its place.
    "Our repairs team will collect it tomorrow.",
    "Our aftercare team is lovely and will be in touch.",
    // Quoted: what another shop said.
    'Another shop told you "after a month it goes to our repairs team, who fix or swap it", but we refund.',
  ])("leaves alone %s", (text) => {
    expect(refundMovedToScheme(text)).toEqual([]);
  });
});

describe("refundMovedToScheme, session 41: 'now' closes the route only when the goods have moved", () => {
  it("still reads the goods moved now", () => {
    expect(
      refundMovedToScheme("It's on the warranty side now, so our warranty team will repair it for you."),
    ).toHaveLength(1);
  });
  it.each([
    // A remedy's progress told with "now": her replacement with the exchanges team (a replacement she accepts).
    "Your replacement is now being handled by our exchanges team and goes out today.",
    "Your repair is now handled by our repairs team, as you asked, and they'll collect it tomorrow.",
  ])("leaves alone %s", (text) => {
    expect(refundMovedToScheme(text)).toEqual([]);
  });
});
