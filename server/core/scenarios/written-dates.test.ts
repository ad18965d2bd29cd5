import { describe, expect, it } from "vitest";
import { analyseMessage } from "../analysis";
import { subjectAccessDeadline } from "../data-protection";
import { caseEvidenceSchema, readMessage } from "./case-evidence";
import { londonWallTime } from "./dates";
import {
  type DateWindow,
  judgeWrittenDate,
  periodEndsTooLate,
  withTomorrowNamed,
  writtenDates,
  writtenPeriods,
} from "./written-dates";

/** The subject access window for a request received at 10:00 UK time on that day. */
const windowFrom = (y: number, m: number, d: number): DateWindow => {
  const dl = subjectAccessDeadline(londonWallTime(y, m, d, 10, 0));
  return { receivedOn: dl.receivedOn, lastDay: dl.lastDay };
};
const NOV12 = windowFrom(2026, 11, 12);
const DEC10 = windowFrom(2026, 12, 10);
const JAN31 = windowFrom(2027, 1, 31);
const NOV25 = windowFrom(2026, 11, 25);

const days = (text: string, w: DateWindow) =>
  writtenDates(text.toLowerCase(), w.receivedOn).map((d) => ("days" in d ? d.days.join("|") : d.month));
const verdicts = (text: string, w: DateWindow) =>
  writtenDates(text.toLowerCase(), w.receivedOn).map((d) => judgeWrittenDate(d, w));

describe("the subject access windows these tests use", () => {
  it("are one calendar month, moved past weekends and bank holidays", () => {
    expect(NOV12).toEqual({ receivedOn: "2026-11-12", lastDay: "2026-12-14" }); // 12 Dec is a Saturday
    expect(DEC10).toEqual({ receivedOn: "2026-12-10", lastDay: "2027-01-11" }); // 10 Jan is a Sunday
    expect(JAN31).toEqual({ receivedOn: "2027-01-31", lastDay: "2027-03-01" }); // 28 Feb is a Sunday
    // 25 Dec is a Friday; 28 Dec is the Boxing Day substitute bank holiday.
    expect(NOV25).toEqual({ receivedOn: "2026-11-25", lastDay: "2026-12-29" });
  });
});

describe("writtenDates: dates in a learner's words, relative to the day of receipt", () => {
  it("reads day-month, month-day, numeric and ISO dates, with or without weekday and year", () => {
    expect(days("by 14 December", NOV12)).toEqual(["2026-12-14"]);
    expect(days("by the 14th of December", NOV12)).toEqual(["2026-12-14"]);
    expect(days("by Monday 14th December at the latest", NOV12)).toEqual(["2026-12-14"]);
    expect(days("on December 14th, 2026", NOV12)).toEqual(["2026-12-14"]);
    expect(days("by 14 Dec.", NOV12)).toEqual(["2026-12-14"]);
    expect(days("by 14/12", NOV12)).toEqual(["2026-12-14"]);
    expect(days("by 14/12/2026 or 14.12.2026 or 2026-12-14", NOV12)).toEqual([
      "2026-12-14",
      "2026-12-14",
      "2026-12-14",
    ]);
    expect(days("by 11 January 2027", NOV12)).toEqual(["2027-01-11"]);
  });

  it("takes a date without a year as its next occurrence on or after receipt", () => {
    expect(days("by 11 January", DEC10)).toEqual(["2027-01-11"]);
    expect(days("by 10 December", DEC10)).toEqual(["2026-12-10"]);
    expect(days("by 9 December", DEC10)).toEqual(["2027-12-09"]);
  });

  it("reads 'the 14th' as this month's or next month's, and a month named alone as a month", () => {
    expect(days("by the 14th", NOV12)).toEqual(["2026-11-14|2026-12-14"]);
    expect(days("by the 11th", NOV12)).toEqual(["2026-12-11"]);
    expect(days("sometime in January", DEC10)).toEqual(["2027-01"]);
    expect(days("in February", NOV12)).toEqual(["2027-02"]);
  });

  it("does not read numbers, prices, times, round-the-clock or the verb 'may' as dates", () => {
    expect(
      days("£49.99 for 1.5 kg, open 24/7, we may call you at 10:30, December 2026 figures", NOV12),
    ).toEqual(["2026-12"]);
    expect(days("ORD-71044 and 30 days", NOV12)).toEqual([]);
    // No such day: read as the month it names.
    expect(days("31 February", NOV12)).toEqual(["2027-02"]);
  });
});

describe("judgeWrittenDate: a date as the answer to 'how long will it take?'", () => {
  it("a request received on Thursday 12 November 2026: last day Monday 14 December", () => {
    expect(verdicts("by Monday 14 December", NOV12)).toEqual(["right"]);
    expect(verdicts("by 10 December", NOV12)).toEqual(["right"]); // four weeks
    expect(verdicts("by the 14th", NOV12)).toEqual(["right"]);
    expect(verdicts("by 15 December", NOV12)).toEqual(["wrong"]);
    expect(verdicts("by Monday 11 January", NOV12)).toEqual(["wrong"]);
    expect(verdicts("by 20 November", NOV12)).toEqual([null]); // a promise, not the month
    expect(verdicts("by 10/11/2026", NOV12)).toEqual([null]); // before receipt
    expect(verdicts("in December", NOV12)).toEqual([null]); // the last day's month alone
    expect(verdicts("in January", NOV12)).toEqual(["wrong"]);
  });

  it("a request received on Thursday 10 December 2026: last day Monday 11 January 2027", () => {
    expect(verdicts("by Monday 11 January at the latest", DEC10)).toEqual(["right"]);
    expect(verdicts("by 11/01/2027", DEC10)).toEqual(["right"]);
    expect(verdicts("by 7 January", DEC10)).toEqual(["right"]);
    expect(verdicts("by 14 December", DEC10)).toEqual([null]);
    expect(verdicts("by 12 January", DEC10)).toEqual(["wrong"]);
    expect(verdicts("by 31st December", DEC10)).toEqual([null]);
    expect(verdicts("by 10 December 2025", DEC10)).toEqual([null]); // before receipt
    expect(verdicts("in January", DEC10)).toEqual([null]);
    expect(verdicts("in February", DEC10)).toEqual(["wrong"]);
  });

  it("a request received on Sunday 31 January 2027: 28 February is a Sunday, so Monday 1 March", () => {
    expect(verdicts("by 28 February", JAN31)).toEqual(["right"]);
    expect(verdicts("by Monday 1 March", JAN31)).toEqual(["right"]);
    expect(verdicts("by 2 March", JAN31)).toEqual(["wrong"]);
    expect(verdicts("by 3 February", JAN31)).toEqual([null]);
    expect(verdicts("in March", JAN31)).toEqual([null]);
    expect(verdicts("in April", JAN31)).toEqual(["wrong"]);
  });

  it("a request received on Wednesday 25 November 2026: Christmas and Boxing Day move it to Tuesday 29 December", () => {
    expect(verdicts("by 25 December", NOV25)).toEqual(["right"]);
    expect(verdicts("by Tuesday 29 December", NOV25)).toEqual(["right"]);
    expect(verdicts("by 30 December", NOV25)).toEqual(["wrong"]);
  });
});

describe("readMessage with a question whose dates are judged", () => {
  const evidence = caseEvidenceSchema.parse({
    questions: [
      {
        id: "how-long",
        asks: "How long will that take?",
        dates: { onOrBefore: "subjectAccessLastDay" },
        answers: ["within + month"],
        wrong: ["two extra months"],
      },
    ],
  });
  const read = (text: string, w?: DateWindow) =>
    readMessage(text, analyseMessage(text), evidence, "chat", undefined, w);
  const judged = (text: string, w?: DateWindow) => {
    const r = read(text, w);
    return { right: r.hits.map((h) => h.text), wrong: r.wrongAnswers.map((x) => x.text) };
  };
  const jan11 = "Thanks Helen, you'll have a copy of your data by Monday 11 January at the latest.";
  const dec14 = "Thanks Helen, you'll have a copy of your data by 14 December.";

  it("judges the same message against the attempt's own deadline", () => {
    expect(judged(jan11, NOV12)).toEqual({ right: [], wrong: ["11 January"] });
    expect(judged(jan11, DEC10)).toEqual({ right: ["11 January"], wrong: [] });
    expect(judged(dec14, NOV12)).toEqual({ right: ["14 December"], wrong: [] });
    expect(judged(dec14, DEC10)).toEqual({ right: [], wrong: [] });
    expect(judged("You'll have it by 2 March.", JAN31)).toEqual({ right: [], wrong: ["2 March"] });
    expect(judged("You'll have it by 1/3.", JAN31)).toEqual({ right: ["1/3"], wrong: [] });
  });

  it("reads no dates without a window, and none that are negated, in a condition or in a keyword list", () => {
    expect(judged(jan11)).toEqual({ right: [], wrong: [] });
    expect(judged("We can't promise it by 11 January, sorry.", DEC10)).toEqual({ right: [], wrong: [] });
    expect(
      judged("Only if it were complex could it be extended, to 10 March at the latest.", DEC10).wrong,
    ).toEqual([]);
    expect(judged("Copy, data, 11 January, chat.", DEC10)).toEqual({ right: [], wrong: [] });
  });

  it("words around a day sooner than the month answer nothing; the day of receipt named is no promise", () => {
    expect(judged("You'll have it by 14 December at the latest.", DEC10)).toEqual({ right: [], wrong: [] });
    expect(judged("You'll have it by 14 December at the latest.", NOV12)).toEqual({
      right: ["14 December"],
      wrong: [],
    });
    expect(judged("We received it today, 10 December, and you'll have it within one month.", DEC10)).toEqual({
      right: ["within"],
      wrong: [],
    });
  });

  it("a period that runs past the last day is a wrong answer, and outweighs a right date (round 11 B)", () => {
    expect(
      judged("You'll have it by 14 December.\n\nData requests are answered within 40 working days", NOV12),
    ).toEqual({ right: [], wrong: ["within 40 working days"] });
    expect(judged("You'll have it within 30 days.", NOV12).wrong).toEqual([]);
    expect(judged("It won't take up to 40 days, you'll have it by 14 December.", NOV12).wrong).toEqual([]);
  });

  it("a wrong date outweighs a right phrase in the same message", () => {
    expect(judged("It's within a month, so by 12 January.", DEC10)).toEqual({
      right: [],
      wrong: ["12 January"],
    });
  });
});

describe('periods of days or weeks (round 11 B: a stale signature\'s "within 40 working days")', () => {
  const periods = (text: string) => writtenPeriods(text.toLowerCase()).map((p) => `${p.count} ${p.unit}`);
  it("reads a number of days, working days or weeks after within, up to, take or allow", () => {
    expect(periods("Data requests are answered within 40 working days")).toEqual(["40 working days"]);
    expect(periods("It can take up to forty days.")).toEqual(["40 days"]);
    expect(periods("Please allow twenty-eight days.")).toEqual(["28 days"]);
    expect(periods("You'll have it in 3 weeks.")).toEqual(["3 weeks"]);
    expect(periods("Your last order was 45 days ago; delivery takes 2 business days.")).toEqual([
      "2 working days",
    ]);
  });
  it("is too late only if it ends after the last lawful day, counted from receipt", () => {
    const late = (text: string, w: DateWindow) => writtenPeriods(text).map((p) => periodEndsTooLate(p, w));
    expect(late("within 40 working days", NOV12)).toEqual([true]);
    expect(late("within 40 days", NOV12)).toEqual([true]);
    expect(late("within 30 days", NOV12)).toEqual([false]);
    expect(late("within 32 days", NOV12)).toEqual([false]); // 14 December itself
    expect(late("within 33 days", NOV12)).toEqual([true]);
    expect(late("within 22 working days", NOV12)).toEqual([false]); // 14 December
    expect(late("within 23 working days", NOV12)).toEqual([true]);
    expect(late("within 5 weeks", NOV12)).toEqual([true]);
    expect(late("within 4 weeks", NOV12)).toEqual([false]);
  });
});

describe("withTomorrowNamed: the next day named by its weekday (round 9 B)", () => {
  const thursday = londonWallTime(2026, 11, 12, 9, 30);
  it("reads the day after the message as tomorrow, and leaves later days alone", () => {
    expect(withTomorrowNamed("it will be with you on friday.", thursday)).toBe(
      "it will be with you on friday tomorrow.",
    );
    expect(withTomorrowNamed("it will be with you next friday", thursday)).toBe(
      "it will be with you next friday",
    );
    expect(withTomorrowNamed("by friday week, or the friday after", thursday)).toBe(
      "by friday week, or the friday after",
    );
    expect(withTomorrowNamed("on saturday", thursday)).toBe("on saturday");
  });
  it("leaves a past Friday alone", () => {
    expect(withTomorrowNamed("your order from last friday", thursday)).toBe("your order from last friday");
  });
  it("leaves a Friday told in the past tense alone, and still reads a future one", () => {
    for (const past of [
      "we dispatched it on friday and the courier lost it.",
      "it was meant to arrive on friday.",
      "you ordered it on friday, didn't you?",
      "the tracking stopped on friday.",
    ])
      expect(withTomorrowNamed(past, thursday), past).toBe(past);
    for (const future of [
      "it will be delivered on friday.",
      "it'll be with you on friday.",
      "it's arriving on friday.",
      "we've booked it for friday.",
    ])
      expect(withTomorrowNamed(future, thursday), future).toContain("friday tomorrow");
  });
  it("counts from the UK day the message is sent (a Saturday's tomorrow is Sunday)", () => {
    expect(withTomorrowNamed("see you sunday", londonWallTime(2026, 11, 14, 23, 30))).toBe(
      "see you sunday tomorrow",
    );
  });
});
