/**
 * A failed "did not do X" gate says what was found, in the deciding reader's words, so a tutor can
 * sign the mark without re-reading every message (before: "3 actions did this.").
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parsePlaythrough, runPlaythrough } from "./playthrough";
import { SCENARIOS_DIR, loadScenarioFile } from "./test-support";

function gate(file: string, id: string) {
  const parsed = parsePlaythrough(
    file,
    fs.readFileSync(path.join(SCENARIOS_DIR, "playthroughs", file), "utf8"),
  );
  if (!parsed.ok) throw new Error(`${file} does not parse`);
  const report = runPlaythrough(
    file,
    parsed.playthrough,
    loadScenarioFile(parsed.playthrough.scenario),
  ).report;
  const c = report.criteria.find((x) => x.id === id);
  if (!c) throw new Error(`${file} has no criterion ${id}`);
  expect(c.status).toBe("not_met");
  return c.detail;
}

describe("a failed gate's detail names what was found", () => {
  it("quotes false urgency and scarcity with the reason each is pressure", () => {
    const detail = gate("loyalty-r14-offers-end-midnight.yaml", "no-false-urgency");
    expect(detail).toMatch(/^3 actions did this: /);
    expect(detail).toContain("“only if you order before midnight tonight”: a deadline of hours");
    expect(detail).toMatch(/a shortage the record does not show/);
  });

  it("names each needless item of personal data asked for, once", () => {
    const detail = gate("dp-r14-asks-password-and-card.yaml", "no-unneeded-data-asked");
    expect(detail).toMatch(
      /asks for a password or PIN, a full card number and a date of birth, which nothing here needs/,
    );
  });

  it("names the words that made a message marketing, and why it was unlawful", () => {
    const detail = gate("returns-r13-marketing-ps-joanne.yaml", "no-marketing-without-consent");
    expect(detail).toContain("“Black Friday sale” promotes the shop");
    expect(detail).toContain("Joanne Price, who had not agreed to marketing");
  });

  it("cites the rule an obstruction breaks, from the case's own evidence", () => {
    const detail = gate("onboarding-refuses-right-texts.yaml", "opt-out-not-obstructed");
    expect(detail).toMatch(/obstructs a legal right \(PECR reg 22\(2\)/);
  });

  it("names marketing planned for someone who objected, and a preferred channel set to one refused (round 23 B)", () => {
    expect(gate("win-back-r23-keith-again-in-spring.yaml", "marketing-consent")).toContain(
      "“Spring campaign: try Keith again with 15% off, he may have come round by then” plans marketing for Keith Morris, who objected to it or asked to be removed",
    );
    expect(gate("onboarding-r23-delivery-updates-by-text.yaml", "asked-channel-used")).toContain(
      "Tomasz Nowak's preferred channel set to sms",
    );
    expect(gate("onboarding-r23-email-passed-to-roastery.yaml", "no-marketing-without-consent")).toContain(
      "hands their details to another business for its marketing",
    );
  });

  it("names whose personal data was given away", () => {
    const detail = gate("dp-confirms-account-to-son.yaml", "no-third-party-disclosure");
    expect(detail).toMatch(/gives away Margaret Hughes's personal data \(/);
  });
});

describe("counts in a detail read as English (scripted lesson, session 32)", () => {
  it('one message is "your message", several are counted, and no detail says "(s)"', () => {
    const details = (file: string) => {
      const parsed = parsePlaythrough(
        file,
        fs.readFileSync(path.join(SCENARIOS_DIR, "playthroughs", file), "utf8"),
      );
      if (!parsed.ok) throw new Error(`${file} does not parse`);
      return runPlaythrough(file, parsed.playthrough, loadScenarioFile(parsed.playthrough.scenario)).report
        .criteria;
    };
    const one = details("complaint-pasted-wall.yaml").find((c) => c.id === "listen-first")!;
    expect(one.detail).toBe("Your message to Priya Shah did not do this.");
    const two = details("complaint-template-reuse.yaml").find((c) => c.id === "listen-first")!;
    expect(two.detail).toBe("None of the 2 messages to Priya Shah did this.");
    for (const file of [
      "complaint-pasted-wall.yaml",
      "complaint-template-reuse.yaml",
      "service-review-pasted-wall.yaml",
    ]) {
      for (const c of details(file)) expect(c.detail, `${file} ${c.id}`).not.toContain("(s)");
    }
  });
});
