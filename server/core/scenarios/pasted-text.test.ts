import { describe, expect, it } from "vitest";
import { copiedRanges, ECHO_RUN_WORDS, type Echo, echoIn, isEcho, RULE_RUN_WORDS } from "./pasted-text";
import { renderText } from "./text-templates";
import { START, loadScenarioFile } from "./test-support";

const complaint = loadScenarioFile("complaint-faulty-kettle");

describe("words copied from what the learner was shown", () => {
  it("finds the customer's own sentences pasted back, with their place in the reply", () => {
    const text =
      'So you\'re saying: "The blue light flickers when I switch it on, and then nothing. I have checked the socket and the fuse in the plug and they are fine." I apologise for this.';
    const echo = echoIn(complaint, text);
    expect(echo.ranges).toHaveLength(1);
    const copied = text.slice(echo.ranges[0]!.start, echo.ranges[0]!.end);
    expect(copied.startsWith("The blue light flickers")).toBe(true);
    expect(copied.endsWith("they are fine")).toBe(true);
    expect(isEcho(echo)).toBe(true);
  });

  it("does not mistake a restatement in the learner's own words, or a short quotation, for copying", () => {
    const own =
      "The blue light flickers and then nothing happens, even after you checked the fuse, and you've been using a saucepan since.";
    expect(echoIn(complaint, own).ranges).toEqual([]);
    // A few of her words quoted inside the learner's own sentence are not a pasted sentence.
    const short = 'You told us "the blue light flickers" and then nothing happens.';
    expect(ECHO_RUN_WORDS).toBe(8);
    expect(echoIn(complaint, short).echoedWords).toBeLessThan(ECHO_RUN_WORDS);
  });

  it("finds her words pasted back with invisible characters inside them, and quotes what was written", () => {
    // Round 8 A (returns-r8-zero-width-echo): zero-width spaces split "fl\u200Bickers" into two words
    // for a character comparison, while the customer reads her own sentence.
    const text =
      'You said: "The blue light fl\u200Bickers when I sw\u200Bitch it on, and then no\u200Bthing. I have che\u2060cked the so\u00ADcket and the fuse in the plug and they are fine." I apologise for this.';
    const echo = echoIn(complaint, text);
    expect(isEcho(echo)).toBe(true);
    const copied = text.slice(echo.ranges[0]!.start, echo.ranges[0]!.end);
    expect(copied.startsWith("The blue light fl\u200Bickers")).toBe(true);
    expect(copied.endsWith("they are fine")).toBe(true);
    expect(text.slice(echo.ranges.at(-1)!.end)).toBe('." I apologise for this.');
  });

  it("reads what was shown with the attempt's dates filled in, so a pasted date is copied too", () => {
    // Round 8 A (returns-r8-zero-width-echo): Ravi's "It was delivered on {{delivered ORD-52011}}, so
    // I'm still within the 30 days" reaches the learner with the date written out.
    const returns = loadScenarioFile("complaint-returns-desk");
    const shown = returns.contacts.find((k) => k.customerRef === "CUS-5201")!.opening[0]!.text;
    const sentence = renderText(returns, shown, START).match(
      /It was delivered on [^,]+, so I'm still within the 30 days/,
    )![0];
    expect(sentence).toMatch(/^It was delivered on \d+ \w+ \d{4},/);
    const text = `You said: "${sentence}." Noted, replacement on its way.`;
    const copied = (e: Echo) => e.ranges.map((r) => text.slice(r.start, r.end));
    expect(copied(echoIn(returns, text, START.toISOString()))).toEqual([sentence]);
    // Without the attempt's start only the words around the date are compared: pasted bare they are
    // too few; inside quotation marks they are hers (round 10 A), but the date is not.
    const bare = `${sentence}. Noted, replacement on its way.`;
    expect(echoIn(returns, bare).ranges).toEqual([]);
    expect(copied(echoIn(returns, text))).toEqual(["It was delivered on", "so I'm still within the 30 days"]);
  });

  it("finds a short sentence of hers copied whole, but not the learner's own short sentence", () => {
    const text = "Yesterday morning it simply stopped working. I'm so sorry about that.";
    const echo = echoIn(complaint, text);
    expect(echo.ranges.map((r) => text.slice(r.start, r.end))).toEqual([
      "Yesterday morning it simply stopped working",
    ]);
    expect(echoIn(complaint, "It stopped working yesterday morning, which is awful.").ranges).toEqual([]);
  });

  it("finds the scenario's brief or policy pasted as a reply", () => {
    const onboarding = loadScenarioFile("onboarding-new-subscriber");
    const text =
      "Subscription beans are roasted on Mondays and dispatched within 2 working days of roasting by Royal Mail Tracked 48.";
    expect(isEcho(echoIn(onboarding, text))).toBe(true);
  });

  it("does not count the shop's rule said in its plain phrase as copied; a longer run of the policy is (round 10 B)", () => {
    // dp-r10-over-formal: the policy says "Requests for a copy of the personal data we hold are
    // logged…"; telling Helen what she will get in the same eight words is not pasting the policy.
    const dp = loadScenarioFile("data-protection-access-request");
    const text =
      "You will receive a copy of the personal data we hold about you, together with the source from which it was obtained.";
    expect(echoIn(dp, text).ranges).toEqual([]);
    expect(RULE_RUN_WORDS).toBe(12);
    const pasted =
      "As our policy says, requests for a copy of the personal data we hold are logged as a data_protection case.";
    const copied = echoIn(dp, pasted).ranges.map((r) => pasted.slice(r.start, r.end));
    expect(copied.join(" ")).toContain("copy of the personal data we hold are logged");
    // Eight of a customer's own words are still copied.
    const helen = "You wrote: I'd like to know exactly what personal information you hold about me.";
    expect(echoIn(dp, helen).ranges.length).toBeGreaterThan(0);
  });

  it("reads a message read back with the pronouns turned round as copied", () => {
    const onboarding = loadScenarioFile("onboarding-new-subscriber");
    const text =
      "So you've just signed up for the monthly House Blend subscription (500g) and you're really looking forward to it! Do the beans come whole or ground? You only have the cafetière you bought from us last year, no grinder. When will your first bag arrive? Also, you're happy to hear about new coffees and offers by email, but please don't send you text messages. We'll send them coarse ground and your first bag will arrive by Friday next week.";
    const echo = echoIn(onboarding, text);
    expect(isEcho(echo)).toBe(true);
    // In a mostly copied reply, the turned-round words earn nothing; the learner's own line does.
    const copied = copiedRanges(echo).map((r) => text.slice(r.start, r.end));
    expect(copied.some((c) => c.includes("bought from us last year"))).toBe(true);
    expect(copied.some((c) => c.includes("coarse ground"))).toBe(false);
    // Compared word for word, most of it would have passed as the learner's own.
    const chars = (rs: { start: number; end: number }[]) => rs.reduce((n, r) => n + r.end - r.start, 0);
    expect(chars(echo.ranges)).toBeLessThan(text.length / 2);
  });

  it("does not treat one sentence reflected back inside an own-words reply as copying", () => {
    const dp = loadScenarioFile("data-protection-access-request");
    const text =
      "Hi Helen, thanks for getting in touch. You'd like to know what personal information we hold about you and where we got it, and I can set that up for you. To protect your information, I first need to check it's you: please could you tell me your postcode and the order number of your most recent order?";
    const echo = echoIn(dp, text);
    expect(echo.personRanges.length).toBeGreaterThan(0);
    expect(isEcho(echo)).toBe(false);
    // Only words copied exactly earn nothing, and there are none here.
    expect(copiedRanges(echo)).toEqual(echo.ranges);
    expect(echo.ranges).toEqual([]);
  });

  it("finds a customer's survey comment from their record pasted back (round 8 B)", () => {
    const review = loadScenarioFile("monthly-service-review");
    const text =
      "Dear Aisha, You said: \"Beans arrived five days late again. SwiftParcel's tracking said 'delayed' all week. Third time since the summer, and I've been with you three years.\" I'm sorry about this and we are looking into it.";
    const echo = echoIn(review, text);
    expect(echo.ranges.map((r) => text.slice(r.start, r.end)).join(" | ")).toContain(
      "Third time since the summer",
    );
    // Her case in the learner's own words is not copied.
    const own =
      "Dear Aisha, I'm sorry your subscription beans came five days late again, and after three years with us.";
    expect(echoIn(review, own).ranges).toEqual([]);
    // The record's facts as staff wrote them, reused in a reply, are the case restated, not an echo.
    const facts =
      "Dear Mei, I'm so sorry your kettle, a birthday present, was delivered a day late by SwiftParcel, two days after the promised date.";
    expect(echoIn(review, facts).ranges).toEqual([]);
  });
});

describe("the customer's sentences quoted back (red-team round 10 A)", () => {
  const parcel = loadScenarioFile("internal-customer-lost-parcel");
  it("counts a quotation of her sentences as copied, though no eight-word run is", () => {
    // Her email: "…and the tracking hasn't moved since the weekend. It's a birthday present for Saturday."
    const text =
      "You said: \"the tracking hasn't moved since the weekend. It's a birthday present for Saturday.\" Sorry. New one tomorrow.";
    const echo = echoIn(parcel, text);
    expect(echo.ranges.map((r) => text.slice(r.start, r.end))).toEqual([
      "the tracking hasn't moved since the weekend. It's a birthday present for Saturday",
    ]);
    expect(text.slice(echo.ranges.at(-1)!.end)).toBe('." Sorry. New one tomorrow.');
  });

  it("leaves the same words alone outside quotation marks, and a short quotation inside the learner's sentence", () => {
    expect(
      echoIn(parcel, "I can see the tracking hasn't moved since the weekend, and it's for a birthday.")
        .ranges,
    ).toEqual([]);
    expect(echoIn(parcel, "I can see \"the tracking hasn't moved\" and I'm sorry.").ranges).toEqual([]);
    // Apostrophes are not quotation marks.
    expect(
      echoIn(parcel, "The tracking hasn't moved since the weekend, I know; it's the courier's fault.").ranges,
    ).toEqual([]);
  });
});

describe("a list of the customer's words in quotation marks (red-team round 18 A)", () => {
  it("counts quotations strung together with only commas or 'and' between them as copied, however short", () => {
    const text =
      'Just to confirm the details from your email: "stopped working yesterday", "less than two weeks", "boiling water in a saucepan".';
    const echo = echoIn(complaint, text);
    expect(echo.echoedWords).toBe(12);
    expect(echo.ranges.map((r) => text.slice(r.start, r.end))).toEqual([
      'stopped working yesterday", "less than two weeks", "boiling water in a saucepan',
    ]);
    const bullets = 'Noted:\n• "light flickers"\n• "fuse is fine"';
    expect(echoIn(complaint, bullets).echoedWords).toBe(5);
    expect(echoIn(complaint, 'You said "it stopped working" and "the fuse is fine".').echoedWords).toBe(7);
  });

  it("leaves one short quotation in the learner's sentence, or quotations with the learner's words between them", () => {
    expect(
      echoIn(complaint, 'You told us "the blue light flickers" and then nothing happens.').ranges,
    ).toEqual([]);
    expect(
      echoIn(complaint, 'The light "flickers", then "nothing", even though you checked the fuse.').ranges,
    ).toEqual([]);
    expect(
      echoIn(
        complaint,
        'I know it "simply stopped working", and that you have been "boiling water in a saucepan".',
      ).ranges,
    ).toEqual([]);
  });
});
