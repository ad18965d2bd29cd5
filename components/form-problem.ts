/**
 * What is wrong with a field the browser's own checks refused (`required`, `minLength`, `type="email"`,
 * `min`/`max`), in the app's words rather than the browser's "Please fill in this field" bubble,
 * which fades after a few seconds, is worded by the browser and cannot be styled or linked to its field
 * (WCAG 3.3.1, 3.3.3). Pure, so the wording is tested without a browser.
 */

export type FormProblem =
  | { kind: "missing"; choice: boolean }
  | { kind: "too-short"; minLength: number }
  | { kind: "email" }
  | { kind: "too-low"; min: string }
  | { kind: "too-high"; max: string }
  | { kind: "other"; browserMessage: string };

/** The part of a field's validity state the problem is read from (a subset of the DOM's ValidityState). */
export interface ValiditySnapshot {
  valueMissing: boolean;
  tooShort: boolean;
  typeMismatch: boolean;
  rangeUnderflow: boolean;
  rangeOverflow: boolean;
}

export function problemFrom(
  validity: ValiditySnapshot,
  field: {
    tagName: string;
    type: string;
    minLength?: number;
    min?: string;
    max?: string;
    validationMessage: string;
  },
): FormProblem {
  if (validity.valueMissing)
    return {
      kind: "missing",
      choice: field.tagName === "SELECT" || field.type === "radio" || field.type === "checkbox",
    };
  if (validity.tooShort) return { kind: "too-short", minLength: field.minLength ?? 0 };
  if (validity.typeMismatch && field.type === "email") return { kind: "email" };
  if (validity.rangeUnderflow) return { kind: "too-low", min: field.min ?? "" };
  if (validity.rangeOverflow) return { kind: "too-high", max: field.max ?? "" };
  return { kind: "other", browserMessage: field.validationMessage };
}

/**
 * The label as it reads inside a sentence: without its parenthetical note ("Reason (the learner sees
 * this)" → "reason"), first letter lower-case unless it starts an abbreviation ("CRM note"), and with
 * "the" in front unless it already says whose it is ("your display name").
 */
export function labelInSentence(label: string): string {
  const bare = label.replace(/\s*\([^)]*\)/g, "").trim();
  const lowered = /^[A-Z][A-Z]/.test(bare) ? bare : lowerFirst(bare);
  return /^(your|the|a|an)\b/i.test(lowered) ? lowered : `the ${lowered}`;
}

/** The message shown beside the field, worded from its label. */
export function problemMessage(label: string, problem: FormProblem): string {
  const what = labelInSentence(label);
  switch (problem.kind) {
    case "missing":
      // A label that is a question, or a clause ("What you say on the call"), is not a noun to "enter".
      if (/\?\s*$/.test(label)) return "Answer the question: the answer is empty.";
      if (/^(what|why|how|when|who|which)\b/i.test(label)) return `Write ${lowerFirst(label)}: it is empty.`;
      return problem.choice ? `Choose ${what}.` : `Enter ${what}: it is empty.`;
    case "too-short":
      return `${capitalise(what)} must be at least ${problem.minLength} characters long.`;
    case "email":
      return `Enter ${what} as an email address, like name@college.ac.uk.`;
    case "too-low":
      return `${capitalise(what)} must be ${problem.min} or more.`;
    case "too-high":
      return `${capitalise(what)} must be ${problem.max} or less.`;
    case "other":
      return problem.browserMessage || `Check ${what}.`;
  }
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
