/**
 * The page as a screen reader is given it: checks on Playwright's accessibility-tree snapshot
 * (`ariaSnapshot`, the roles, names and states the browser exposes), not on the DOM or the pixels.
 * Not a screen reader: how NVDA, JAWS or VoiceOver speak the tree is not heard here.
 * - headings: exactly one h1, first; no level skipped on the way down (WCAG 1.3.1, 2.4.6);
 * - landmarks: one main, a banner and a contentinfo; every navigation, complementary, form and search
 *   landmark named when there is more than one of its kind or it is not the site's own (1.3.1, 2.4.1);
 * - every control named (4.1.2): a button, link, field, tab… with no accessible name is read by its
 *   role alone ("button");
 * - chips: a status chip's colour is never the only difference from a chip that reads the same (1.4.1).
 */
import { expect, type Locator, type Page } from "@playwright/test";

/** Roles a person operates or that group controls: each needs an accessible name. */
const NAMED_ROLES = [
  "button",
  "link",
  "textbox",
  "searchbox",
  "combobox",
  "listbox",
  "checkbox",
  "radio",
  "switch",
  "slider",
  "spinbutton",
  "tab",
  "tablist",
  "tabpanel",
  "menuitem",
  "option",
  "dialog",
  "alertdialog",
  "table",
  "img",
  "radiogroup",
];

export interface TreeLine {
  depth: number;
  role: string;
  name: string | null;
  attrs: string;
  /** The text after the colon ("- mark: Priya (Personalised)"), if any. */
  text: string | null;
}

/** The snapshot's lines as role, name and attributes ("- heading "Title" [level=1]"). */
export function parseTree(snapshot: string): TreeLine[] {
  const lines: TreeLine[] = [];
  for (let raw of snapshot.split("\n")) {
    // A line whose key has YAML's special characters (a name with ": ") is single-quoted as a whole.
    const quotedLine = /^(\s*)- '(.*)'(:?)$/.exec(raw);
    if (quotedLine) raw = `${quotedLine[1]}- ${quotedLine[2]!.replace(/''/g, "'")}${quotedLine[3]}`;
    const m = /^(\s*)- ([a-z]+)(?: ("(?:[^"\\]|\\.)*"))?((?: \[[^\]]*\])*):?(?: (.*))?$/.exec(raw);
    if (!m) continue;
    const [, indent, role, quoted, attrs, rest] = m;
    lines.push({
      depth: indent!.length / 2,
      role: role!,
      name: quoted ? (JSON.parse(quoted) as string) : null,
      attrs: attrs ?? "",
      text: rest ? (rest.startsWith('"') ? (JSON.parse(rest) as string) : rest) : null,
    });
  }
  return lines;
}

/** The headings in reading order, as "h2 Name". */
export function headingOutline(tree: TreeLine[]): string[] {
  return tree
    .filter((l) => l.role === "heading")
    .map((l) => `h${/\[level=(\d)\]/.exec(l.attrs)?.[1] ?? "?"} ${l.name ?? "(no name)"}`);
}

/** The landmarks, as "navigation Main"; an unnamed one is "navigation (no name)". */
export function landmarks(tree: TreeLine[]): string[] {
  const kinds = ["banner", "main", "contentinfo", "navigation", "complementary", "region", "form", "search"];
  return tree.filter((l) => kinds.includes(l.role)).map((l) => `${l.role} ${l.name ?? "(no name)"}`);
}

/**
 * Checks the accessibility tree of `scope` (the whole page by default) and returns the snapshot and
 * its outline for the record. `context` names the page state in failures. Soft checks: every problem
 * of the page is reported, and the test goes on to the next page state.
 */
export async function expectSoundTree(page: Page, context: string, scope: Locator = page.locator("body")) {
  const snapshot = await scope.ariaSnapshot();
  const tree = parseTree(snapshot);

  const headings = headingOutline(tree);
  const levels = headings.map((h) => Number(h[1]));
  expect
    .soft(levels.filter((l) => l === 1).length, `${context}: one h1 (outline:\n  ${headings.join("\n  ")})`)
    .toBe(1);
  expect.soft(levels[0], `${context}: the h1 is the first heading`).toBe(1);
  const skips = levels
    .map((l, i) => (i > 0 && l > levels[i - 1]! + 1 ? `${headings[i - 1]} → ${headings[i]}` : null))
    .filter(Boolean);
  expect.soft(skips, `${context}: heading levels skipped`).toEqual([]);

  const marks = landmarks(tree);
  expect
    .soft(
      marks.filter((m) => m.startsWith("main ")),
      `${context}: one main`,
    )
    .toHaveLength(1);
  expect
    .soft(
      marks.some((m) => m.startsWith("banner ")),
      `${context}: a banner`,
    )
    .toBe(true);
  expect
    .soft(
      marks.some((m) => m.startsWith("contentinfo ")),
      `${context}: a contentinfo`,
    )
    .toBe(true);
  // Two of a kind must be told apart by name; a complementary, form or search is always named here.
  const unnamed = marks.filter(
    (m) =>
      m.endsWith("(no name)") &&
      (["complementary", "form", "search"].includes(m.split(" ")[0]!) ||
        marks.filter((o) => o.split(" ")[0] === m.split(" ")[0]).length > 1) &&
      !["banner", "main", "contentinfo"].includes(m.split(" ")[0]!),
  );
  expect.soft(unnamed, `${context}: landmarks without a name (landmarks: ${marks.join("; ")})`).toEqual([]);

  // Markup with no space between a clock and its words ("09:09First reply") is read as one word.
  const glued = snapshot.match(/\b\d{1,2}:\d{2}(?::\d{2})?[A-Za-z]/g) ?? [];
  expect.soft(glued, `${context}: a time run into the next word`).toEqual([]);

  const nameless = tree
    .filter((l) => NAMED_ROLES.includes(l.role) && (l.name === null || l.name.trim() === ""))
    .map((l) => `${l.role}${l.attrs}`);
  expect.soft(nameless, `${context}: controls with no accessible name`).toEqual([]);
  return {
    snapshot,
    tree,
    headings,
    landmarks: marks,
    controls: tree.filter((l) => NAMED_ROLES.includes(l.role)).length,
  };
}

interface Spoken {
  /** Visible text and sr-only text, not what is aria-hidden, spaces collapsed. */
  text: string;
  /** Background / text colour as drawn. */
  colour: string;
  /** Drawn, with some text, and not inside something hidden from screen readers. */
  shown: boolean;
}

/** What a screen reader gets from each element `locator` matches, with how it is drawn. */
async function spokenOf(locator: Locator): Promise<Spoken[]> {
  return locator.evaluateAll((els) => {
    const spoken = (el: Element): string => {
      if (el.getAttribute("aria-hidden") === "true") return "";
      let out = "";
      for (const n of el.childNodes) {
        if (n.nodeType === Node.TEXT_NODE) out += n.textContent;
        else if (n instanceof Element) out += spoken(n);
      }
      return out;
    };
    return els.map((el) => {
      const s = getComputedStyle(el);
      return {
        text: spoken(el).replace(/\s+/g, " ").trim(),
        colour: `${s.backgroundColor} / ${s.color}`,
        shown:
          el.checkVisibility() && (el.textContent ?? "").trim() !== "" && !el.closest("[aria-hidden=true]"),
      };
    });
  });
}

/**
 * What a screen reader gets as the text of each element `locator` matches: its text and sr-only text,
 * without what is aria-hidden (a ✓ or a dash drawn for the eye), spaces collapsed.
 */
export async function spokenTexts(locator: Locator): Promise<string[]> {
  return (await spokenOf(locator)).map((s) => s.text);
}

/**
 * Status chips (the pill-shaped badges: a criterion's status, a learner's, a band, a LASS step) say
 * their meaning in words a screen reader reads, and colour is never the only difference between two
 * chips (WCAG 1.4.1, 1.3.1): every chip has letters in its accessible text, and chips that read the
 * same are drawn in the same colours. A decorative mark hidden from screen readers (the results grid's
 * ✎) carries its meaning in its control's name, checked elsewhere. Returns the chips for the record.
 */
export async function expectChipsNotByColourAlone(page: Page, context: string) {
  const chips = (await spokenOf(page.locator("main .rounded-full"))).filter((c) => c.shown);
  const wordless = chips
    .filter((c) => !/[A-Za-z]{2,}|\d/.test(c.text))
    .map((c) => `"${c.text}" (${c.colour})`);
  expect.soft(wordless, `${context}: chips whose meaning is not in words`).toEqual([]);
  const byText = new Map<string, Set<string>>();
  for (const c of chips) byText.set(c.text, (byText.get(c.text) ?? new Set()).add(c.colour));
  const colourOnly = [...byText]
    .filter(([, colours]) => colours.size > 1)
    .map(([t, c]) => `"${t}": ${[...c].join(" | ")}`);
  expect.soft(colourOnly, `${context}: chips that read the same but differ in colour`).toEqual([]);
  return chips;
}
