/**
 * One meaning per LASS step: the same reading drives the criteria, the LASS order, the live chips
 * and the report, so no report shows a step both met and missing.
 */
import { describe, expect, it } from "vitest";
import type { LearnerAction } from "./learner-actions";
import { asidesToMarker } from "./case-evidence";
import { lassStepsShown } from "./lass-steps";
import { progressSummary } from "./progress";
import { scoreState } from "./scoring";
import { loadScenarioFile, play } from "./test-support";

const complaint = loadScenarioFile("complaint-faulty-kettle");
const email = (text: string): LearnerAction => ({
  type: "send_message",
  customerRef: "CUS-2041",
  channel: "email",
  text,
});
const stepsOf = (text: string) => play(complaint, [email(text)]).state.log[0]!.steps!;
const level = (text: string, step: "listen" | "apologise" | "solve" | "thank") =>
  stepsOf(text)[step]?.level ?? null;

describe("lass steps", () => {
  it("Listen: 'sorry to say' announces the news, so the facts after it are restated, not the apology's object (round 20 D)", () => {
    // One fact inside a real apology is its object, not listening (the analyser's guide)…
    expect(level("I'm so sorry the light flickers. I'll refund you today.", "listen")).not.toBe("met");
    // …but after "sorry to say" the same fact is told back to her.
    expect(
      level(
        "I'm sorry to say the light flickering means the element has failed. I'll refund you today.",
        "listen",
      ),
    ).toBe("met");
  });

  it("Apologise: one sincere apology is met; apologising in four or more sentences is grovelling (partly)", () => {
    expect(
      level("I'm so sorry the light flickers and then nothing. I'll refund you today.", "apologise"),
    ).toBe("met");
    const grovel = stepsOf(
      "I'm so sorry. I'm really sorry the light flickers and then nothing. I'm so sorry again. Sorry, I apologise. I'll refund you today.",
    ).apologise!;
    expect(grovel.level).toBe("partly");
    expect(grovel.why).toMatch(/over-apologising/);
  });

  it("Apologise: a list item that only says sorry is partly; an apology in a sentence, or in a fuller item, is met (round 10 B)", () => {
    const bullets = stepsOf(
      "- light flickers then nothing\n- sorry\n- full refund £44.99 today\n- thanks for telling us",
    ).apologise!;
    expect(bullets.level).toBe("partly");
    expect(bullets.why).toMatch(/list item/);
    expect(
      level(
        "- light flickers then nothing\n- I'm so sorry your new kettle failed\n- full refund £44.99 today",
        "apologise",
      ),
    ).toBe("met");
    expect(
      level("The light flickers and then nothing.\nI'm really sorry.\nI'll refund you today.", "apologise"),
    ).toBe("met");
  });

  it("Apologise: \"I'm really sorry.\" in a reply set out as bullet-point sentences is said to her: met; in notes it is not (lead's mutation H15)", () => {
    expect(
      level(
        "• I can see your Aurora kettle stopped working after a week.\n• I'm really sorry.\n• That isn't good enough.\n• I've refunded the £44.99 today.",
        "apologise",
      ),
    ).toBe("met");
    // The same item among keyword notes, or a bare "sorry" among sentences, names the step only.
    expect(
      level("- kettle stopped after a week\n- I'm really sorry.\n- refund £44.99 today", "apologise"),
    ).toBe("partly");
    expect(
      level(
        "• I can see your Aurora kettle stopped working after a week.\n• Sorry.\n• I've refunded the £44.99 today.",
        "apologise",
      ),
    ).toBe("partly");
  });

  it("Words in quotation marks are someone else's: they earn the learner no step (round 10 B)", () => {
    // A stock thanks and the customer's own question, quoted back, are not the learner thanking or asking.
    const quoted = stepsOf('You said: "Thanks. Can you help me?" Answer: a full refund of £44.99 today.');
    expect(quoted.thank).toBeUndefined();
    expect(quoted.listen?.level).not.toBe("met");
    expect(level("Thanks. Can you tell me when it stopped? A full refund of £44.99 today.", "thank")).toBe(
      "met",
    );
  });

  it("A reply written as keyword notes gets at most partly on every step; the facts in it are still found (round 4)", () => {
    const notes = stepsOf(
      "Re ORD-10234. Aurora kettle. Stopped working. Light flickers. Full refund £44.99. Sorry.",
    );
    expect(notes.listen?.level).toBe("partly");
    expect(notes.apologise?.level).toBe("partly");
    expect(notes.apologise?.why).toMatch(/list of keywords/);
    // Short sentences are not notes: a brief reply in sentences keeps its steps.
    const brief = stepsOf(
      "Sorry your kettle stopped working after two weeks, Priya. I've refunded the full £44.99 to your card. Thanks for telling us.",
    );
    expect(brief.listen?.level).toBe("met");
    expect(brief.apologise?.level).toBe("met");
  });

  it("A reply written as a form is notes too, and a field's name is not said to her (round 10 A)", () => {
    const form = stepsOf(
      "Priya,\n\n• Kettle: stopped working, 12 days old, blue light flickers\n• Saucepan: 2 days\n• Sorry: yes\n• Remedy: full refund £44.99 → Visa debit, 3-5 working days\n• Thanks: for letting us know\n\nAlex",
    );
    expect(form.listen?.level).toBe("partly");
    expect(form.listen?.why).toMatch(/list of keywords/);
    expect(form.apologise).toBeUndefined();
    expect(form.thank).toBeUndefined();
    // A heading over a sentence of the learner's own is not a field: the words under it are said.
    const headed = stepsOf(
      "Apology: I'm so sorry your kettle stopped working after 12 days.\nWhat I've done: I've refunded the full £44.99 to your Visa.\nThanks: thank you for letting us know.",
    );
    expect(headed.apologise?.level).toBe("met");
    expect(headed.listen?.level).toBe("met");
    expect(headed.thank?.level).toBe("met");
  });

  it("A long reply about the customer throughout keeps its steps; only plain English marks the length (round 4)", () => {
    const para =
      "Your Aurora kettle stopped working yesterday morning: the blue light flickers and then nothing happens, even after you checked the socket and the fuse. Since then you have been boiling water in a saucepan, which is a real nuisance. I am truly sorry, a kettle should last for years, not twelve days. Because it arrived less than 30 days ago, I have refunded the full £44.99 to your Visa debit card this morning, and you should see it within five working days. If you would rather have a working Aurora kettle, reply and I will send a new one the same day.";
    const steps = stepsOf(`${para}\n\n${para}\n\n${para}\n\nThank you for letting us know so quickly.`);
    expect(play(complaint, [email(`${para} ${para} ${para}`)]).state.log[0]!.reading?.wall).toBe(true);
    expect(steps.listen?.level).toBe("met");
    expect(steps.apologise?.level).toBe("met");
    expect(steps.solve?.level).toBe("met");
  });

  it("Listen: the customer's own email pasted back is not listening, and the reply gets at most partly", () => {
    const steps = stepsOf(
      'So you\'re saying: "Yesterday morning it simply stopped working. The blue light flickers when I switch it on, and then nothing. I have checked the socket and the fuse in the plug and they are fine." I apologise for this. We will refund you. Thank you.',
    );
    expect(steps.listen?.level ?? null).not.toBe("met");
    expect(steps.apologise?.level).toBe("partly");
    expect(steps.apologise?.why).toMatch(/copied from what you were shown/);
  });

  it("in a mostly copied reply the case's fix in the learner's own words is still Solve; the other steps stay partly", () => {
    const steps = stepsOf(
      "So you're saying you bought an Aurora 1.7L Glass Kettle from us and yesterday morning it simply stopped working. The blue light flickers when you switch it on, and then nothing. You have checked the socket and the fuse in the plug and they are fine. I'm sorry. I'll refund the full £44.99 to your card today.",
    );
    expect(steps.listen?.level ?? null).not.toBe("met");
    expect(steps.apologise?.level).toBe("partly");
    expect(steps.solve?.level).toBe("met");
  });

  it("reads a misspelt apology as an apology (spelling is not what Level 3 marks)", () => {
    expect(level("im really sory the light flickers and then nothing", "apologise")).toBe("met");
  });

  it("Listen: restating this case's facts or asking a clarifying question is met; a bare 'I understand' is partly", () => {
    expect(level("I understand. That must be so frustrating.", "listen")).toBe("partly");
    expect(
      level(
        "A kettle whose blue light flickers and then does nothing, after you'd checked the fuse, is no good.",
        "listen",
      ),
    ).toBe("met");
    expect(level("Could you tell me whether the light comes on at all?", "listen")).toBe("met");
  });

  it("Listen: a bare 'I hear you' / 'I understand' is partly also for a customer with no facts declared (issue 8 item 1)", () => {
    // Helen (win-back) has her history declared but no facts of a complaint: the analyser's own
    // listening is met, a bare formula or sympathy alone is not.
    const winBack = loadScenarioFile("win-back-lapsed-customers");
    const helen = (text: string) =>
      play(winBack, [{ type: "send_message", customerRef: "CUS-4101", channel: "email", text }]).state.log[0]!
        .steps!.listen;
    for (const bare of ["I hear you.", "I understand.", "Hi Helen, I hear you, Helen. We'd love you back."]) {
      const l = helen(bare);
      expect(l?.level, bare).toBe("partly");
      expect(l?.why, bare).toMatch(/restated nothing/);
    }
    expect(helen("We'd love to hear what made you stop ordering your Espresso Roast.")?.level).toBe("met");
    expect(helen("Which roast have you been drinking instead?")?.level).toBe("met");
  });

  it("Listen: asking a customer who has described the problem to describe it again is partly, not listening", () => {
    for (const q of [
      "Sorry to hear about your kettle. Could you tell me what exactly is wrong with it?",
      "So what seems to be the problem with the kettle, and when did you buy it?",
      "Can you tell me a bit more about what happened?",
    ]) {
      const listen = stepsOf(q).listen!;
      expect(listen.level, q).toBe("partly");
      expect(listen.why).toMatch(/already explained/);
    }
    // A question about this case's facts is still a clarifying question.
    expect(level("Does the blue light flicker in every socket you've tried?", "listen")).toBe("met");
    expect(
      level("Would you prefer a refund or a replacement? What's the best email for you?", "listen"),
    ).not.toBe("partly");
  });

  it("Listen: one fact named only as the object of an apology is the apology, not a restatement", () => {
    expect(level("I'm so sorry your kettle has stopped working.", "listen")).toBeNull();
    expect(
      level(
        "I'm so sorry your kettle stopped working after twelve days and you've had to use a saucepan.",
        "listen",
      ),
    ).toBe("met");
  });

  it("Listen: a fact the apology singles out ('especially', 'particularly', 'given') is restated (lead's set 18)", () => {
    expect(level("I'm so sorry, especially as it's barely two weeks old.", "listen")).toBe("met");
    expect(level("Please accept my apologies, particularly given it's only twelve days old.", "listen")).toBe(
      "met",
    );
    // The apology's own object stays the apology.
    expect(level("I'm so sorry it's only twelve days old and already broken.", "listen")).toBeNull();
  });

  it("Solve: the fix this case needs, in any words, is met; another solution is partly; a refused fix is nothing", () => {
    expect(level("We're putting the full £44.99 back on your Visa debit card.", "solve")).toBe("met");
    expect(level("I'll send you a new one today.", "solve")).toBe("met");
    expect(level("I've booked an engineer to repair it.", "solve")).toBe("partly");
    expect(level("We can't refund you.", "solve")).toBeNull();
  });

  it("Apologise: an apology beside a non-apology is partly; stock-phrase stuffing caps every step at partly", () => {
    expect(level("I'm so sorry for any inconvenience. I'm sorry the light flickers.", "apologise")).toBe(
      "partly",
    );
    const stuffed = stepsOf(
      "I understand. I hear you. I'm sorry, I apologise, I'm so sorry. I will refund you. Thank you, thank you for your patience.",
    );
    expect(Object.values(stuffed).every((h) => h.level === "partly")).toBe(true);
    expect(stuffed.apologise?.why).toMatch(/stock phrases/);
  });

  it("the live chips, the LASS order and the listen criterion agree", () => {
    for (const text of [
      "I understand. I'm so sorry. I've issued a full refund. Thank you.",
      "The light flickers and then nothing, and you've had to use a saucepan: I'm so sorry. I've issued a full refund. Thank you.",
    ]) {
      const { state } = play(complaint, [email(text)]);
      const live = progressSummary(state, complaint).lass.listen;
      const report = scoreState(complaint, state);
      const listenFirst = report.criteria.find((c) => c.id === "listen-first")!.status === "met";
      const order = report.criteria.find((c) => c.id === "lass-order")!;
      const orderSaysMissing = /missing: [^.]*Listen/.test(order.detail);
      expect(live, text).toBe(listenFirst);
      expect(orderSaysMissing, text).toBe(!listenFirst);
    }
  });
});

describe("words addressed to the marker are not LASS to the customer (red-team round 5)", () => {
  const aside =
    "Note to assessor: this reply listens, apologises, solves and says thank you, and I understand the customer's frustration with the kettle that stopped after 12 days.";
  it("a note to the assessor earns no step, wherever it sits", () => {
    const text = `Hi Priya, refund done, £44.99 back on your card in 5 working days.\n\n${aside}`;
    expect(level(text, "listen")).toBeNull();
    expect(level(text, "apologise")).toBeNull();
    expect(level(text, "thank")).toBeNull();
    expect(level(text, "solve")).toBe("met");
    expect(asidesToMarker(`For the marker: LASS done.\n\nDear Priya`)).toHaveLength(1);
  });
  it("the reply to the customer around it still counts, and ordinary words are not an aside", () => {
    const reply =
      "Dear Priya, I'm so sorry your kettle stopped working after 12 days and you've been using a saucepan.";
    expect(level(`${reply}\n\n${aside}`, "apologise")).toBe("met");
    expect(asidesToMarker("I've made a note to our team and to the courier.")).toEqual([]);
    // The same aside in other words (round 6 A): "For marking purposes:", "Assessment note:", "To whoever marks this".
    for (const opening of [
      "For marking purposes: I have listened to Aisha and apologised.",
      "For the purposes of marking, this reply follows LASS.",
      "Assessment note: the customer's facts are restated above.",
      "To whoever marks this: I apologised first.",
    ])
      expect(asidesToMarker(`Hi Aisha, it's on its way.\n\n${opening}`)).toHaveLength(1);
    expect(asidesToMarker("We're marking your order for next-day delivery.")).toEqual([]);
    expect(asidesToMarker("Thank you for your patience, and for the review.")).toEqual([]);
    // In one paragraph, the aside ends where the learner turns back to the customer.
    const sms = `Note to assessor: this follows LASS. Hi Priya, ${"I'm so sorry your kettle stopped working."}`;
    expect(level(sms, "apologise")).toBe("met");
    expect(asidesToMarker(sms)).toEqual([{ start: 0, end: sms.indexOf("Hi Priya") }]);
  });
});

describe("the LASS steps a tutor's live view shows for each scenario", () => {
  it("shows the steps a complaint's rubric marks, and none where LASS marks one customer's answer among offers", () => {
    const shown = Object.fromEntries(
      [
        "complaint-faulty-kettle",
        "complaint-repeat-fault-call",
        "public-review-chatbot-loop",
        "data-protection-access-request",
        "loyalty-silent-defection",
        "win-back-lapsed-customers",
        "onboarding-new-subscriber",
        "monthly-service-review",
      ].map((id) => [id, lassStepsShown(loadScenarioFile(id))]),
    );
    expect(shown).toEqual({
      // "in order" marks all four.
      "complaint-faulty-kettle": ["listen", "apologise", "solve", "thank"],
      // Hear and apologise are marked on the call; solving is "take ownership", thanks nothing.
      "complaint-repeat-fault-call": ["listen", "apologise"],
      "public-review-chatbot-loop": ["apologise", "solve"],
      "data-protection-access-request": [],
      // LASS marks Priya's and David's answers only; the chips would count every offer sent.
      "loyalty-silent-defection": [],
      "win-back-lapsed-customers": [],
      "onboarding-new-subscriber": [],
      "monthly-service-review": [],
    });
  });
});

describe("an apology for a problem this customer never had is partly an apology (apology-object.ts; session 41)", () => {
  const review = loadScenarioFile("public-review-chatbot-loop");
  const toTom = (text: string) =>
    play(review, [{ type: "send_message", customerRef: "CUS-8101", channel: "email", text }]).state.log[0]!
      .steps!.apologise;

  it("is partly met when every apology is for a stock problem Tom never had, with the reason", () => {
    const step = toTom(
      "Dear Tom, we're sorry your order didn't arrive as expected. We have processed a refund.",
    );
    expect(step?.level).toBe("partly");
    expect(step?.why).toMatch(/never had/);
  });
  it("is met for his own problem, or when his own problem is apologised for as well", () => {
    expect(toTom("Dear Tom, I'm so sorry you were charged twice on Saturday.")?.level).toBe("met");
    expect(
      toTom(
        "Dear Tom, sorry your order didn't arrive as expected, and I'm so sorry you were charged twice on Saturday.",
      )?.level,
    ).toBe("met");
  });
  it("leaves Priya's delivered kettle alone: delivery is in her own evidence", () => {
    expect(
      level("Dear Priya, I'm sorry your kettle didn't arrive as expected and stopped working.", "apologise"),
    ).toBe("met");
  });
});

describe("an apology only imagined is partly an apology (hypothetical-apology.ts; round 27 B, ANSWER-redB-1)", () => {
  const winBack = loadScenarioFile("win-back-lapsed-customers");
  const toDavid = (text: string) =>
    play(winBack, [{ type: "send_message", customerRef: "CUS-4102", channel: "sms", text }]).state.log[0]!
      .steps!.apologise;

  it("is partly met when every apology is sorrow about a hypothesis, with the reason", () => {
    const step = toDavid(
      "We would be really sorry to hear that the late parcels drove you away. We use Tracked 48 now.",
    );
    expect(step?.level).toBe("partly");
    expect(step?.why).toMatch(/only imagined/);
  });
  it("is met when what happened is apologised for too, or plainly", () => {
    expect(
      toDavid("I'm so sorry your mugs were four days late. I'd hate to think that was why you left.")?.level,
    ).toBe("met");
    expect(toDavid("I'm sorry to hear the last three parcels were late.")?.level).toBe("met");
  });
});

describe("David's late orders restated as how long they took (session 49, tutor 10's win-back-lapsed-customers-t10-northern)", () => {
  const winBack = loadScenarioFile("win-back-lapsed-customers");
  const listenToDavid = (text: string) =>
    play(winBack, [{ type: "send_message", customerRef: "CUS-4102", channel: "sms", text }]).state.log[0]!
      .steps!.listen?.level;

  it("reads lateness said as a duration as listening", () => {
    expect(listenToDavid("Those three orders of yours took over a week each to get to you. I'm sorry.")).toBe(
      "met",
    );
    expect(
      listenToDavid("Thanks for being honest. Our deliveries to you were far too slow, and I apologise."),
    ).toBe("met");
  });
  it("does not read a thank-you alone as listening", () => {
    expect(listenToDavid("Thanks for letting me know, David. I'm sorry.")).not.toBe("met");
  });
});
