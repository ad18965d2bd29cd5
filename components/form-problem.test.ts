import { describe, expect, it } from "vitest";
import { labelInSentence, problemFrom, problemMessage } from "./form-problem";

const valid = {
  valueMissing: false,
  tooShort: false,
  typeMismatch: false,
  rangeUnderflow: false,
  rangeOverflow: false,
};
const field = {
  tagName: "TEXTAREA",
  type: "textarea",
  minLength: -1,
  min: "",
  max: "",
  validationMessage: "x",
};

describe("form problems in the app's words", () => {
  it("words an empty field from its label", () => {
    const missing = problemFrom({ ...valid, valueMissing: true }, field);
    expect(problemMessage("Note", missing)).toBe("Enter the note: it is empty.");
    expect(problemMessage("Your display name", missing)).toBe("Enter your display name: it is empty.");
    expect(problemMessage("Reason (the learner sees this)", missing)).toBe("Enter the reason: it is empty.");
    expect(problemMessage("What you say to Ffion on the call", missing)).toBe(
      "Write what you say to Ffion on the call: it is empty.",
    );
    expect(problemMessage("Why did the order arrive late?", missing)).toBe(
      "Answer the question: the answer is empty.",
    );
    const choice = problemFrom(
      { ...valid, valueMissing: true },
      { ...field, tagName: "SELECT", type: "select-one" },
    );
    expect(problemMessage("Attempt", choice)).toBe("Choose the attempt.");
  });

  it("says how long, which form and which range", () => {
    expect(
      problemMessage("New password", problemFrom({ ...valid, tooShort: true }, { ...field, minLength: 10 })),
    ).toBe("The new password must be at least 10 characters long.");
    expect(
      problemMessage("Email", problemFrom({ ...valid, typeMismatch: true }, { ...field, type: "email" })),
    ).toBe("Enter the email as an email address, like name@college.ac.uk.");
    expect(
      problemMessage("Days", problemFrom({ ...valid, rangeOverflow: true }, { ...field, max: "365" })),
    ).toBe("The days must be 365 or less.");
  });

  it("keeps an abbreviation's capitals", () => {
    expect(labelInSentence("CRM note")).toBe("the CRM note");
  });
});
