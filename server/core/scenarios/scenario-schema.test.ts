import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseDocument, stringify } from "yaml";
import { formatScenarioError } from "./scenario-file-errors";
import { parseScenario } from "./scenario-parser";
import { renderText } from "./text-templates";
import { scenarioDataset } from "./scenario-dataset";
import { SCENARIOS_DIR, loadScenarioFile } from "./test-support";

const COMPLAINT_FILE = "scenarios/complaint-faulty-kettle.yaml";
const complaintText = fs.readFileSync(path.join(SCENARIOS_DIR, "complaint-faulty-kettle.yaml"), "utf8");

/** The complaint scenario as plain data, to break in one place per test. */
function complaintData(): Record<string, any> {
  return parseDocument(complaintText).toJS();
}

function errorsFor(data: unknown, file = COMPLAINT_FILE): string[] {
  const r = parseScenario(file, stringify(data));
  if (r.ok) return [];
  return r.errors.map(formatScenarioError);
}

describe("parseScenario", () => {
  it("accepts every shipped scenario", () => {
    for (const f of fs.readdirSync(SCENARIOS_DIR).filter((n) => n.endsWith(".yaml"))) {
      const r = parseScenario(`scenarios/${f}`, fs.readFileSync(path.join(SCENARIOS_DIR, f), "utf8"));
      expect(r.ok ? [] : r.errors.map(formatScenarioError), f).toEqual([]);
    }
  });

  it("reports bad YAML with the file and line", () => {
    const r = parseScenario("scenarios/broken.yaml", "id: broken\ntitle: [unclosed\n");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(1);
    expect(formatScenarioError(r.errors[0]!)).toMatch(
      /^scenarios\/broken\.yaml: line \d+, column \d+: invalid YAML/,
    );
  });

  it("reports a file that is not a mapping", () => {
    const r = parseScenario("scenarios/list.yaml", "- a\n- b\n");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]!.message).toMatch(/mapping/);
  });

  it("reports a missing field by its path", () => {
    const d = complaintData();
    delete d.title;
    expect(errorsFor(d)).toEqual([`${COMPLAINT_FILE}: title: is required (expected string)`]);
  });

  it("reports a wrong type by its path", () => {
    const d = complaintData();
    d.customers[0].orders[1].items[0].quantity = "two";
    expect(errorsFor(d)).toEqual([
      `${COMPLAINT_FILE}: customers[0].orders[1].items[0].quantity: expected number, received string`,
    ]);
  });

  it("reports an unknown SKU naming the file and the field", () => {
    const d = complaintData();
    d.customers[0].orders[1].items[0].sku = "KET-X";
    expect(errorsFor(d)).toEqual([
      `${COMPLAINT_FILE}: customers[0].orders[1].items[0].sku: unknown SKU "KET-X"`,
    ]);
  });

  it("reports a misspelt field", () => {
    const d = complaintData();
    d.customers[0].fristName = "Priya";
    expect(errorsFor(d)).toEqual([
      `${COMPLAINT_FILE}: customers[0].fristName: unknown field (check the spelling)`,
    ]);
  });

  it("reports unknown references: customer, order, label, flag, reaction, syllabus code", () => {
    const cases: [(d: Record<string, any>) => void, string][] = [
      [
        (d) => (d.contacts[0].customerRef = "CUS-9999"),
        `contacts[0].customerRef: unknown customer "CUS-9999"`,
      ],
      [
        (d) => (d.faults[0].orderRef = "ORD-00001"),
        `faults[0].orderRef: unknown order "ORD-00001" for CUS-2041`,
      ],
      [(d) => (d.faults[0].sku = "TST-HALO-2"), `faults[0].sku: SKU "TST-HALO-2" is not on order ORD-10234`],
      [
        (d) => (d.rubric[5].match.labels.any = ["listen", "listening"]),
        `rubric[5].match.labels.any[1]: unknown message label "listening"`,
      ],
      [
        (d) => (d.contacts[0].reactions[0].when.flags = { all: ["resolvd"] }),
        `contacts[0].reactions[0].when.flags.all[0]: unknown flag "resolvd"`,
      ],
      [
        (d) => (d.contacts[0].evidence.choices = [{ id: "refund", say: ["refund"], flags: ["chose_refnd"] }]),
        `contacts[0].evidence.choices[0].flags[0]: unknown flag "chose_refnd"`,
      ],
      [(d) => (d.rubric[0].customerRef = "CUS-0001"), `rubric[0].customerRef: unknown customer "CUS-0001"`],
      [
        (d) => (d.learningOutcomes[0].syllabus = ["XX-9"]),
        `learningOutcomes[0].syllabus[0]: unknown syllabus criterion "XX-9"`,
      ],
      [
        (d) => (d.customers[0].feedback[1].orderRef = "ORD-77777"),
        `customers[0].feedback[1].orderRef: unknown order "ORD-77777" for CUS-2041`,
      ],
      [
        (d) => (d.rubric[1].id = d.rubric[0].id),
        `rubric[1].id: duplicate criterion id "first-response-time"`,
      ],
    ];
    for (const [breakIt, expected] of cases) {
      const d = complaintData();
      breakIt(d);
      const errors = errorsFor(d);
      // The first error is the clear one; a broken reference can make a dependent check fail too.
      expect(errors.length, expected).toBeGreaterThanOrEqual(1);
      expect(errors[0]).toContain(`${COMPLAINT_FILE}: ${expected}`);
    }
  });

  it("rejects a learning outcome citing a syllabus code that no criterion assesses", () => {
    const d = complaintData();
    // The case record is the only criterion here that assesses CR-1 (the follow-up cited CR-3 and
    // FA-3 until issue 12's review found that one survey neither evaluates methods nor reads metrics).
    const caseRecorded = d.rubric.find((c: { id: string }) => c.id === "case-recorded");
    expect(caseRecorded.syllabus).toEqual(["CR-1", "REL-3"]);
    delete caseRecorded.syllabus;
    expect(errorsFor(d)).toEqual([
      `${COMPLAINT_FILE}: learningOutcomes[3].syllabus[0]: cites "CR-1" but no rubric criterion assesses it: add "CR-1" to the syllabus list of the criterion that marks it, or stop citing it`,
    ]);
    const unknown = complaintData();
    unknown.rubric[0].syllabus = ["XX-1"];
    expect(errorsFor(unknown)).toEqual([
      `${COMPLAINT_FILE}: rubric[0].syllabus[0]: unknown syllabus criterion "XX-1" (see server/core/scenarios/syllabus.ts)`,
    ]);
  });

  it("rejects an unknown criterion kind and an id that does not match the file name", () => {
    const d = complaintData();
    d.rubric[0].kind = "vibes";
    expect(errorsFor(d)[0]).toMatch(/^scenarios\/complaint-faulty-kettle\.yaml: rubric\[0\]\.kind: /);
    expect(errorsFor(complaintData(), "scenarios/other-name.yaml")).toEqual([
      'scenarios/other-name.yaml: id: "complaint-faulty-kettle" must match the file name ("other-name")',
    ]);
  });

  it("requires a confidentiality gate where one customer's data could reach another", () => {
    const file = "scenarios/complaint-returns-desk.yaml";
    const data = parseDocument(
      fs.readFileSync(path.join(SCENARIOS_DIR, "complaint-returns-desk.yaml"), "utf8"),
    ).toJS();
    expect(errorsFor(data, file)).toEqual([]);
    data.rubric = data.rubric.filter((c: { kind: string }) => c.kind !== "confidentiality");
    expect(errorsFor(data, file)).toEqual([
      expect.stringMatching(
        /^scenarios\/complaint-returns-desk\.yaml: rubric: needs a "confidentiality" criterion/,
      ),
    ]);
    // One customer on the CRM: no other record's data to give away, so the gate is not required (the
    // kettle has one anyway, for people named from outside the records: named-others.ts).
    const single = complaintData();
    expect(single.rubric.some((c: { kind: string }) => c.kind === "confidentiality")).toBe(true);
    single.rubric = single.rubric.filter((c: { kind: string }) => c.kind !== "confidentiality");
    expect(errorsFor(single)).toEqual([]);
  });

  it("reports an unknown template token in customer text", () => {
    const d = complaintData();
    d.contacts[0].opening[0].text = "Delivered on {{delivered ORD-1}}";
    expect(errorsFor(d)).toEqual([
      `${COMPLAINT_FILE}: contacts[0].opening[0].text: {{delivered ORD-1}}: unknown order`,
    ]);
  });
});

describe("scenarioDataset", () => {
  it("turns relative dates into absolute ones from the scenario's start (UK day at the start time)", () => {
    const s = loadScenarioFile("complaint-faulty-kettle");
    const ds = scenarioDataset(s, new Date("2026-11-12T15:30:00Z"));
    expect(ds.asOf.toISOString()).toBe("2026-11-12T09:00:00.000Z");
    const priya = ds.customers[0]!;
    const kettleOrder = priya.orders.find((o) => o.ref === "ORD-10234")!;
    expect(kettleOrder.deliveredAt?.toISOString()).toBe("2026-10-31T10:15:00.000Z");
    expect(kettleOrder.placedAt.toISOString()).toBe("2026-10-29T20:47:00.000Z");
    expect(kettleOrder.items[0]).toMatchObject({ sku: "KET-AURORA-17", quantity: 1, unitPricePence: 4499 });
    expect(priya.consents.find((c) => c.channel === "email")?.granted).toBe(true);
  });

  it("uses UK summer time for dates in British Summer Time", () => {
    const s = loadScenarioFile("complaint-faulty-kettle");
    const ds = scenarioDataset(s, new Date("2026-07-01T12:00:00Z"));
    expect(ds.asOf.toISOString()).toBe("2026-07-01T08:00:00.000Z"); // 09:00 BST
  });

  it("renders template tokens as UK dates and catalogue prices", () => {
    const s = loadScenarioFile("complaint-faulty-kettle");
    const origin = new Date("2026-11-12T09:00:00Z");
    expect(
      renderText(s, "{{delivered ORD-10234}} / {{paid ORD-10234 KET-AURORA-17}} / {{shop}}", origin),
    ).toBe("31 October 2026 / £44.99 / Hearth & Bean");
    expect(renderText(s, "{{date -1}} {{weekday 0}}", origin)).toBe("11 November 2026 Thursday");
    expect(renderText(s, "{{delivered ORD-10234}}")).toBe("12 days ago");
  });
});
