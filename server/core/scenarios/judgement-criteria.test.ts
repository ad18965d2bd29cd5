import { describe, expect, it } from "vitest";
import type { LearnerAction } from "./learner-actions";
import { scoreState } from "./scoring";
import { loadScenarioFile, play, playthroughFile } from "./test-support";

const complaint = loadScenarioFile("complaint-faulty-kettle");
const email = (text: string): LearnerAction => ({
  type: "send_message",
  customerRef: "CUS-2041",
  channel: "email",
  text,
});
const refund = (
  kind: "refund" | "voucher" | "goodwill" | "replacement",
  amountPence?: number,
): LearnerAction => ({
  type: "issue_remedy",
  customerRef: "CUS-2041",
  orderRef: "ORD-10234",
  ...(kind === "refund" || kind === "replacement" ? { sku: "KET-AURORA-17" } : {}),
  kind,
  ...(amountPence ? { amountPence } : {}),
});
const GOOD =
  "Dear Priya, the light flickers and then nothing, and you've been using a saucepan: I'm so sorry. I'll refund the £44.99 to your card today. Thank you.";
const status = (actions: LearnerAction[], id: string) =>
  scoreState(complaint, play(complaint, actions).state).criteria.find((c) => c.id === id)!;

describe("judgement criteria", () => {
  it("respect reads CRM notes as well as messages, and a breach caps the band", () => {
    const polite = status(
      [email(GOOD), { type: "add_note", customerRef: "CUS-2041", text: "Refunded; customer prefers email." }],
      "respectful-language",
    );
    expect(polite.status).toBe("met");
    const blamingNote = status(
      [
        email(GOOD),
        { type: "add_note", customerRef: "CUS-2041", text: "She should have read the manual properly." },
      ],
      "respectful-language",
    );
    expect(blamingNote.status).toBe("not_met");
    expect(blamingNote.evidence[0]).toMatchObject({
      kind: "action",
      text: "She should have read the manual properly.",
    });
    expect(blamingNote.capBandIfNotMet).toBe("Pass");
  });

  it("respect: a sentence in capitals reads as shouting, so respect is at most partly, with the reason and the words", () => {
    const shouted = status(
      [email(`${GOOD} THE REFUND WILL BE BACK ON YOUR CARD IN 5 WORKING DAYS.`)],
      "respectful-language",
    );
    expect(shouted.status).toBe("partly");
    expect(shouted.detail).toMatch(/capital letters, which the customer reads as shouting/);
    expect(shouted.evidence[0]!.spans).toEqual([
      expect.objectContaining({
        label: "shouting",
        text: "THE REFUND WILL BE BACK ON YOUR CARD IN 5 WORKING DAYS",
      }),
    ]);
    // Shouting words that are also dismissive are a breach, as before.
    expect(status([email(`${GOOD} I HAVE ALREADY TOLD YOU THAT.`)], "respectful-language").status).toBe(
      "not_met",
    );
    // Acronyms, the order reference, one stressed word and a heading line are not shouting.
    const plain = status(
      [
        email(
          `YOUR REFUND FOR ORD-10234\n\n${GOOD} Under the CRA (Consumer Rights Act) you did NOT need to send it back; our PECR notice is attached.`,
        ),
      ],
      "respectful-language",
    );
    expect(plain.status).toBe("met");
  });

  it("respect: a whole message in capitals is shouting throughout, a breach (red-team round 12 A)", () => {
    const shouted = status([email(GOOD.toUpperCase())], "respectful-language");
    expect(shouted.status).toBe("not_met");
    expect(shouted.detail).toMatch(/whole message in capital letters/);
    expect(shouted.capBandIfNotMet).toBe("Pass");
    // A lower-case sign-off does not excuse it.
    expect(status([email(`${GOOD.toUpperCase()}\n\nAlex`)], "respectful-language").status).toBe("not_met");
    // One sentence in capitals stays a concern, and a short capitalised note is not a message shouted.
    expect(
      status([email(`${GOOD} THE REFUND IS ON ITS WAY TO YOUR CARD.`)], "respectful-language").status,
    ).toBe("partly");
    expect(status([email(GOOD), email("OK PRIYA, THANKS AGAIN.")], "respectful-language").status).not.toBe(
      "not_met",
    );
  });

  it("respect reads rude words disguised by stops, look-alike letters or digits, in messages and notes", () => {
    const note = (text: string): LearnerAction => ({ type: "add_note", customerRef: "CUS-2041", text });
    const disguised = status(
      [email(GOOD), note("Customer is being s.t.u.p.i.d about it.")],
      "respectful-language",
    );
    expect(disguised.status).toBe("not_met");
    expect(disguised.evidence[0]!.spans).toContainEqual(
      expect.objectContaining({ label: "dismissive", text: "Customer is being s.t.u.p.i.d" }),
    );
    // A Cyrillic "а" in "calm", and digits for letters, in a message.
    expect(status([email(`${GOOD} Please c\u0430lm down.`)], "respectful-language").status).toBe("not_met");
    expect(status([email(`${GOOD} Stop m0aning.`)], "respectful-language").status).toBe("not_met");
    // References, prices and addresses with digits and stops are not disguised words.
    const plain = status(
      [
        email(`${GOOD} Ref ORD-10234, £44.99, help@hearthandbean.co.uk.`),
        note("Refunded £44.99 on ORD-10234."),
      ],
      "respectful-language",
    );
    expect(plain.status).toBe("met");
  });

  it("'did not do X' gives no credit to a learner who never wrote to the customer", () => {
    const idle = scoreState(
      complaint,
      play(complaint, [{ type: "view_record", customerRef: "CUS-2041" }]).state,
    );
    for (const id of [
      "respectful-language",
      "no-non-apology",
      "reasonable-adjustment",
      "words-match-actions",
      "plain-english",
      "no-unneeded-actions",
    ]) {
      const c = idle.criteria.find((x) => x.id === id)!;
      expect(c.status, id).toBe("not_met");
      expect(c.detail, id).toMatch(/Nothing to credit/);
    }
    expect(idle.band).toBe("Fail");
  });

  it("words against actions: a refund promised and a voucher issued is flagged with both pieces of evidence, and the customer reacts", () => {
    const run = play(complaint, [email(GOOD), refund("voucher", 2500)]);
    const c = scoreState(complaint, run.state).criteria.find((x) => x.id === "words-match-actions")!;
    expect(c.status).toBe("not_met");
    expect(c.detail).toMatch(/promised a refund, but issued a voucher/);
    expect(c.evidence.map((e) => e.kind)).toEqual(["message", "action"]);
    expect(c.evidence[0]!.spans?.[0]).toMatchObject({ label: "promise" });
    expect(
      run.events.some(
        (e) => e.actor === "customer" && /isn't what you promised/.test(String(e.payload.text)),
      ),
    ).toBe(true);
    expect(run.state.contacts["CUS-2041"]!.flags).toContain("promise_broken");
    expect(status([email(GOOD), refund("refund")], "words-match-actions").status).toBe("met");
    expect(status([email(GOOD)], "words-match-actions").status).toBe("partly");
  });

  it("words against actions: telling the customer it has been done when nothing did it is a contradiction", () => {
    const told = "Dear Priya, the light flickers and then nothing: I'm so sorry.";
    const untrue = status(
      [email(`${told} I've issued a full refund of £44.99 to your card and noted it on your record.`)],
      "words-match-actions",
    );
    expect(untrue.status).toBe("not_met");
    expect(untrue.detail).toMatch(/had been issued, but none was/);
    expect(untrue.evidence[0]!.spans?.[0]).toMatchObject({ label: "promise" });
    // Done later in the attempt, it is true.
    expect(
      status(
        [
          email(`${told} I've issued a full refund of £44.99 to your card and noted it on your record.`),
          refund("refund"),
          { type: "add_note", customerRef: "CUS-2041", text: "Refunded £44.99." },
        ],
        "words-match-actions",
      ).status,
    ).toBe("met");
  });

  it("unneeded actions: a survey to a customer not yet served measures nothing (round 8 B)", () => {
    const winBack = loadScenarioFile("win-back-lapsed-customers");
    const survey = (customerRef: string): LearnerAction => ({
      type: "send_survey",
      customerRef,
      kind: "csat",
    });
    const offer: LearnerAction = {
      type: "send_message",
      customerRef: "CUS-4101",
      channel: "email",
      text: "Hi Helen, here's 15% off your next bag of Espresso Roast for your Crema One. Reply STOP to opt out.",
    };
    const score = (actions: LearnerAction[]) =>
      scoreState(winBack, play(winBack, actions).state).criteria.find((c) => c.id === "no-unneeded-actions")!;
    // Surveyed after being written to: served.
    expect(score([offer, survey("CUS-4101")]).status).toBe("met");
    // Surveyed before anything was done for her, or never served at all.
    const early = score([survey("CUS-4101"), offer]);
    expect(early.status).toBe("partly");
    expect(early.detail).toMatch(/had not served/);
    expect(score([offer, survey("CUS-4105"), survey("CUS-4110"), survey("CUS-4112")]).status).toBe("not_met");
  });

  it("unneeded actions: the same message sent to the same customer again counts; a follow-up does not", () => {
    const unneeded = (actions: LearnerAction[]) => status(actions, "no-unneeded-actions");
    const followUp =
      "Dear Priya, just to let you know the refund of £44.99 has now gone through to your Visa card. Thank you for your patience.";
    expect(unneeded([email(GOOD), refund("refund"), email(followUp)]).status).toBe("met");
    const twice = unneeded([email(GOOD), email(GOOD), refund("refund")]);
    expect(twice.status).toBe("partly");
    expect(twice.detail).toMatch(/The same message sent to Priya Shah again/);
    // A near-identical copy (a word changed) is still the same message; three copies of two replies
    // are four repeats, which caps the band like any three unneeded actions.
    const tweaked = GOOD.replace("today", "this morning");
    expect(unneeded([email(GOOD), email(tweaked), refund("refund")]).status).toBe("partly");
    expect(
      unneeded([
        email(GOOD),
        email(GOOD),
        email(GOOD),
        refund("refund"),
        email(followUp),
        email(followUp),
        email(followUp),
      ]).status,
    ).toBe("not_met");
  });

  it("unneeded actions: a survey to someone who asked us to remove their details, even after a reply to them (round 10 B)", () => {
    const winBack = loadScenarioFile("win-back-lapsed-customers");
    const toKeith: LearnerAction = {
      type: "send_message",
      customerRef: "CUS-4112",
      channel: "email",
      text: "Hi Keith, thanks for your email. We've taken you off our mailing list and passed your request to remove your details to our data protection team.",
    };
    const unneeded = scoreState(
      winBack,
      play(winBack, [toKeith, { type: "send_survey", customerRef: "CUS-4112", kind: "csat" }]).state,
    ).criteria.find((c) => c.id === "no-unneeded-actions")!;
    expect(unneeded.status).toBe("partly");
    expect(unneeded.detail).toMatch(
      /asked us to remove their details: it uses the data they asked us to erase \(UK GDPR Art 17\(1\)\)/,
    );
  });

  it("unneeded actions: each costs with its reason; three or more are not met", () => {
    const one = status(
      [
        email(GOOD),
        refund("refund"),
        { type: "send_survey", customerRef: "CUS-2041", kind: "csat" },
        { type: "send_survey", customerRef: "CUS-2041", kind: "nps" },
      ],
      "no-unneeded-actions",
    );
    expect(one.status).toBe("partly");
    expect(one.detail).toMatch(/More than one survey/);
    const many = status(
      [
        email(GOOD),
        refund("refund"),
        refund("goodwill", 1000),
        refund("voucher", 1000),
        { type: "escalate", customerRef: "CUS-2041", reason: "Complaint" },
        { type: "change_stage", customerRef: "CUS-2041", stage: "loyalty" },
      ],
      "no-unneeded-actions",
    );
    expect(many.status).toBe("not_met");
    expect(many.detail).toMatch(/second goodwill gesture/);
    expect(many.detail).toMatch(/Escalated Priya Shah/);
    expect(many.detail).toMatch(/loyalty stage/);
  });

  it("unneeded actions: the escalation a case needs (escalateTo) is free once; others and repeats cost", () => {
    const internal = loadScenarioFile("internal-customer-lost-parcel");
    const aisha = (text: string): LearnerAction => ({
      type: "send_message",
      customerRef: "CUS-6101",
      channel: "email",
      text,
    });
    const escalate = (toRef: string): LearnerAction => ({
      type: "escalate",
      customerRef: "CUS-6101",
      toRef,
      reason: "Lost by the courier, birthday on Saturday: next-day please.",
    });
    const unneeded = (actions: LearnerAction[]) =>
      scoreState(internal, play(internal, actions).state).criteria.find(
        (c) => c.id === "no-unneeded-actions",
      )!;
    const reply = aisha(
      "Dear Aisha, I'm so sorry the tracking is stuck; we are re-sending your grinder today.",
    );
    expect(unneeded([reply, escalate("STF-TL1")]).status).toBe("met");
    const wrongPerson = unneeded([reply, escalate("STF-TL1"), escalate("STF-MG1")]);
    expect(wrongPerson.status).toBe("partly");
    expect(wrongPerson.detail).toMatch(/Escalated Aisha Bello/);
    expect(unneeded([reply, escalate("STF-TL1"), escalate("STF-TL1")]).status).toBe("partly");
  });

  it("respect: running colleagues down is a breach in the internal scenario, even in look-alike letters", () => {
    const internal = loadScenarioFile("internal-customer-lost-parcel");
    const respect = (reason: string) =>
      scoreState(
        internal,
        play(internal, [
          {
            type: "send_message",
            customerRef: "CUS-6101",
            channel: "email",
            text: "Dear Aisha, I'm sorry the tracking has not moved; we are re-sending your grinder today.",
          },
          { type: "escalate", customerRef: "CUS-6101", toRef: "STF-TL1", reason },
        ]).state,
      ).criteria.find((c) => c.id === "respectful-language")!;
    // Cyrillic е (U+0435) and о (U+043E) inside "useless lot down".
    expect(
      respect("Warehouse mucked it up again, us\u0435less l\u043Et d\u043Ewn there. Next-day please?").status,
    ).toBe("not_met");
    expect(respect("Lost by the courier, birthday on Saturday: next-day please?").status).toBe("met");
  });

  it("plain English: a pasted wall fails, saying how long it was", () => {
    const c = status(
      [email(`Dear Priya, ${"our policy explains your rights in detail. ".repeat(45)}`)],
      "plain-english",
    );
    expect(c.status).toBe("not_met");
    expect(c.detail).toMatch(/words long/);
  });

  it("respect: a scenario's own breach phrases (alsoBreach) count in messages and notes, with the words as evidence", () => {
    const call = loadScenarioFile("complaint-repeat-fault-call");
    const phone = (text: string): LearnerAction => ({
      type: "send_message",
      customerRef: "CUS-7101",
      channel: "phone",
      text,
    });
    const respect = (actions: LearnerAction[]) =>
      scoreState(call, play(call, actions).state).criteria.find((c) => c.id === "respectful-language")!;
    const fine =
      "I'm so sorry it has stopped pumping again after our repair. You can have your money back in full.";
    expect(respect([phone(fine)]).status).toBe("met");
    // The analyser's general labels read this insinuating question as a question, not blame.
    const asked = respect([phone(`Have you actually been descaling it? ${fine}`)]);
    expect(asked.status).toBe("not_met");
    expect(asked.evidence[0]!.spans).toContainEqual(
      expect.objectContaining({ label: "blame", text: "been descaling" }),
    );
    const noted = respect([
      phone(fine),
      {
        type: "log_call",
        customerRef: "CUS-7101",
        direction: "inbound",
        summary: "Customer a bit Hysterical.",
      },
    ]);
    expect(noted.status).toBe("not_met");
    expect(noted.evidence[0]).toMatchObject({ kind: "action", text: "Customer a bit Hysterical." });
    expect(noted.evidence[0]!.spans).toContainEqual(expect.objectContaining({ text: "Hysterical" }));
  });
});

describe("report wording (issue 8)", () => {
  it("consistency shows broken and unkept promises together, each with its evidence, naming the customer", () => {
    const c = status(
      [
        email(
          "Dear Priya, I've noted this on your account, and I'll check in with you next week. Thank you.",
        ),
      ],
      "words-match-actions",
    );
    expect(c.status).toBe("not_met");
    expect(c.detail).toContain("Broken promises: You told Priya their record was updated");
    expect(c.detail).toContain("Promises not kept: You promised Priya you would be in touch again");
    expect(c.evidence.map((e) => e.summary.split(":")[0])).toEqual(["Broken promise", "Promise not kept"]);
  });

  it("respect evidence is titled by where the words were written", () => {
    const internal = loadScenarioFile("internal-customer-lost-parcel");
    const report = scoreState(
      internal,
      play(internal, [
        {
          type: "send_message",
          customerRef: "CUS-6101",
          channel: "email",
          text: "Dear Aisha, I'm sorry your grinder has not arrived. I'm on it now.",
        },
        {
          type: "message_person",
          personRef: "STF-WH1",
          channel: "internal",
          customerRef: "CUS-6101",
          text: "Another moaning customer, Dev. Can you re-send ORD-61011?",
        },
        { type: "add_note", customerRef: "CUS-6101", text: "Moaning customer, making a fuss." },
      ]).state,
    );
    const respect = report.criteria.find((c) => c.kind === "respect")!;
    const titles = respect.evidence.map((e) => e.summary);
    expect(
      titles.some((t) =>
        t.startsWith("Disrespectful words in your message to Dev Malik (Warehouse, Daventry)"),
      ),
    ).toBe(true);
    expect(titles.some((t) => t.startsWith("Disrespectful words on Aisha"))).toBe(true);
    expect(titles.some((t) => t.includes("on the customer's record"))).toBe(false);
  });

  it("a criterion found on a phone call says so, not 'message n'", () => {
    const call = loadScenarioFile("complaint-repeat-fault-call");
    const report = scoreState(
      call,
      play(call, [
        {
          type: "send_message",
          customerRef: "CUS-7101",
          channel: "phone",
          text: "Oh no, so the Crema Duo has stopped pumping again after we repaired it? I'm so sorry, Linda.",
        },
      ]).state,
    );
    const found = report.criteria.filter((c) => c.kind === "message" && c.detail.startsWith("Found in"));
    expect(found.length).toBeGreaterThan(0);
    for (const c of found)
      expect(c.detail).toMatch(/^Found in what you said to Linda \S+ on the call \(turn 1\)\.$/);
  });
});

describe("templates: the copy that fits its customer is not the template (red-team round 5)", () => {
  const desk = loadScenarioFile("complaint-returns-desk");
  const to = (customerRef: string, text: string): LearnerAction => ({
    type: "send_message",
    customerRef,
    channel: "email",
    text,
  });
  const JOANNE =
    "I'm so sorry the frother has failed again after our repair. You've given us our one chance to fix it, so you are entitled to a full refund, and I've refunded the full £49.99 to your card today. Thank you for your patience.";
  const criterion = (actions: LearnerAction[], id: string) =>
    scoreState(desk, play(desk, actions).state).criteria.find((c) => c.id === id)!;

  it("Joanne's own reply, reused for Ravi, still listens to Joanne; Ravi's copy does not listen to him", () => {
    const actions = [to("CUS-5201", `Dear Ravi, ${JOANNE}`), to("CUS-5202", `Dear Joanne, ${JOANNE}`)];
    expect(criterion(actions, "listen-first").status).toBe("met");
    expect(criterion(actions, "listen-ravi").status).toBe("not_met");
  });

  it("a stock reply sent to both with only the name changed stays a template for both", () => {
    const stock = "I'm so sorry about the problem with your order. I've sorted it out for you. Thank you.";
    const actions = [to("CUS-5201", `Dear Ravi, ${stock}`), to("CUS-5202", `Dear Joanne, ${stock}`)];
    expect(criterion(actions, "listen-first").status).not.toBe("met");
    expect(criterion(actions, "sincere-apology").status).toBe("partly");
  });
});

describe("plain English: text-speak in writing (register.ts)", () => {
  const plain = (actions: LearnerAction[]) => status(actions, "plain-english");
  const textSpeak =
    "hi priya soz ur kettle stopped working, the light flickers then nothing. ill refund u the £44.99 today, thx for telling us";

  it("is partly, with the words as evidence and feedback about register, when a reply is in text-speak", () => {
    const c = plain([email(textSpeak), refund("refund")]);
    expect(c.status).toBe("partly");
    expect(c.detail).toMatch(/text-speak \("soz", "ur", "u", "thx"\)/);
    expect(c.evidence[0]!.spans!.map((s) => s.text)).toEqual(["soz", "ur", "u", "thx"]);
    expect(c.feedback).toMatch(/Spell words out/);
  });

  it("stays met for misspellings and for one abbreviation", () => {
    expect(
      plain([email("Dear Priya, im realy sory your kettel stoped. I will refund u today.")]).status,
    ).toBe("met");
  });

  it("counts sign-off kisses, and emoji in a reply that apologises (red-team round 13 A)", () => {
    const c = plain([
      email(
        "Hi Priya, your kettle stopped working after 12 days. So so sorry 🙏🙏 I've refunded the £44.99 today.\nTake care, Alex xx",
      ),
      refund("refund"),
    ]);
    expect(c.status).toBe("partly");
    expect(c.detail).toMatch(/emoji and sign-off kisses/);
    expect(c.evidence[0]!.spans!.map((s) => [s.label, s.text])).toEqual([
      ["emoji", "🙏"],
      ["emoji", "🙏"],
      ["kisses", "xx"],
    ]);
    expect(c.feedback).toMatch(/Keep the warmth in words/);
  });

  it("counts one sympathetic endearment in writing as a register point, not a respect breach (session 38 decision)", () => {
    const c = plain([
      email("Oh no, Priya, love, not again. I've refunded the full £44.99 to your card today."),
      refund("refund"),
    ]);
    expect(c.status).toBe("partly");
    expect(c.detail).toMatch(/an endearment/);
    expect(c.evidence[0]!.spans!.map((s) => [s.label, s.text])).toEqual([["endearment", "love"]]);
    expect(c.feedback).toMatch(/endearments \("love", "hun"\)/);
    // Her own words quoted back, and "love" as a verb, are not an endearment of ours.
    expect(
      plain([
        email(
          'You wrote "oh no, love, not again" to your sister, I expect. I\'ve refunded the £44.99 today.',
        ),
      ]).status,
    ).toBe("met");
    expect(
      plain([
        email("I'm so sorry, Priya. We'd love you to enjoy a kettle that works: I've refunded the £44.99."),
      ]).status,
    ).toBe("met");
  });

  it("does not count emoji in a message that apologises for nothing", () => {
    expect(
      plain([email("Hi Priya, your refund of £44.99 is on its way ☕✨ Thanks for shopping with us!")])
        .status,
    ).toBe("met");
  });

  it("is not met when a message reads the law out provision by provision (red-team round 13 A)", () => {
    const c = plain([
      email(
        "Under section 22 the short-term right to reject lasts 30 days. Under section 20 you may reject the goods, and under s.20(15) the refund is paid to the original payment method. I've refunded the £44.99.",
      ),
      refund("refund"),
    ]);
    expect(c.status).toBe("not_met");
    expect(c.detail).toMatch(/cites the law 3 times/);
    const cited = c.evidence.flatMap((e) => e.spans ?? []).filter((s) => s.label === "citation");
    expect(cited.map((s) => s.text)).toEqual(["section 22", "section 20", "s.20(15)"]);
    // One reference a customer can look up is plain English.
    expect(
      plain([
        email(
          "You can reject it for a full refund (Consumer Rights Act 2015, section 22). I've refunded the £44.99.",
        ),
      ]).status,
    ).toBe("met");
  });

  it("does not read what was said on a phone call", () => {
    const call = loadScenarioFile("complaint-repeat-fault-call");
    const c = scoreState(
      call,
      play(call, [
        {
          type: "send_message",
          customerRef: "CUS-7101",
          channel: "phone",
          text: "soz its broke again, ur gonna get a full refund of £449.99, thx",
        },
      ]).state,
    ).criteria.find((x) => x.id === "plain-english")!;
    expect(c.status).toBe("met");
  });
});

describe("respect reads a recommendation's words too (red-team round 15 A)", () => {
  it("a put-down of the customer in a recommendation breaks the gate; the model's recommendation does not", () => {
    const { actions, run } = playthroughFile("review-model.yaml");
    const respect = (r: ReturnType<typeof run>) => r.criteria.find((c) => c.id === "respectful-language")!;
    expect(respect(run(actions)).status).toBe("met");
    const sneered: LearnerAction[] = actions.map((a) =>
      a.type === "make_recommendation"
        ? { ...a, cause: `${a.cause} Customer was rude and demanding in the chat.` }
        : a,
    );
    const report = run(sneered);
    expect(respect(report).status).toBe("not_met");
    expect(respect(report).evidence.some((e) => e.summary.includes("in your recommendation"))).toBe(true);
    expect(report.band).toBe("Pass");
  });
});
