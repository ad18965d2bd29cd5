/**
 * WCAG 2.2 AA checks for the end-to-end tests (issue 15):
 * - axe-core with the WCAG 2.0/2.1/2.2 A and AA rule tags, failing on a violation of any impact;
 * - reflow: at 320 CSS px the page itself must not scroll sideways (WCAG 1.4.10);
 * - the focus indicator: where focus is, that it is not on <body>, and the contrast of the indicator's
 *   two colours against the background they are drawn on, computed in the page (WCAG 2.4.7, 1.4.11);
 * - focus not obscured: nothing sticky or fixed covers the focused element (WCAG 2.4.11).
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, type Locator, type Page } from "@playwright/test";

export const WCAG22_AA_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

type Violation = Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"][number];

/**
 * axe as every spec runs it. In the page itself (axe.run, "legacy mode"): by default @axe-core/playwright
 * runs axe in parts (one per frame) and finishes in a blank page it opens for each check, with a second
 * copy of axe, which is for cross-origin frames; the app has no frames at all, so the results are the
 * same. Only violations are worked out in full (axe's resultTypes: passes and incomplete keep one node
 * each): nothing here reads the others. Same rules, same verdicts, half the time: the signed-out
 * sweep's 17 checks took 45.0 s before and 22.6 s after (session 43).
 */
export function axe(page: Page): AxeBuilder {
  return new AxeBuilder({ page }).setLegacyMode().options({ resultTypes: ["violations"] });
}

function describeViolation(v: Violation): string {
  const nodes = v.nodes
    .slice(0, 6)
    .map(
      (n) =>
        `    - ${n.target.join(" ")}${n.failureSummary ? `\n      ${n.failureSummary.replace(/\n/g, "\n      ")}` : ""}`,
    )
    .join("\n");
  const more = v.nodes.length > 6 ? `\n    … and ${v.nodes.length - 6} more` : "";
  return `[${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes}${more}`;
}

/** Fails on any axe violation (of any impact) of the WCAG 2.2 A/AA rules on the page as it is now. */
export async function expectNoAxeViolations(page: Page, context: string) {
  // Judge the page as it settles, not mid-way through a colour transition: a button that has just
  // become enabled fades from grey to brand colours over 150 ms, and axe caught it half-way once
  // (contrast 2.09 for a blend of the two states, each of which passes on its own).
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a instanceof CSSTransition)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  const results = await axe(page).withTags(WCAG22_AA_TAGS).analyze();
  expect(
    results.violations.map((v) => `${v.id} (${v.impact})`),
    `Accessibility violations on ${context}:\n\n${results.violations.map(describeViolation).join("\n\n")}`,
  ).toEqual([]);
}

/**
 * At the current viewport width, the document is no wider than the window (no sideways page scroll).
 * `soft`: the failure is recorded and the test goes on (a sweep then reports every page that fails).
 */
export async function expectNoSidewaysScroll(page: Page, context: string, { soft = false } = {}) {
  const { scroll, width, culprits } = await page.evaluate(() => {
    const width = window.innerWidth;
    // The widest elements sticking out, to make a failure easy to act on.
    const culprits = [...document.querySelectorAll<HTMLElement>("body *")]
      .filter(
        (el) => el.getBoundingClientRect().right > width + 0.5 && getComputedStyle(el).position !== "fixed",
      )
      .filter((el) => !el.closest("[class*='overflow-x-auto'], [class*='overflow-auto'], .sr-only"))
      .slice(0, 5)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(" ").slice(0, 4).join(".")}` : ""} (right ${Math.round(el.getBoundingClientRect().right)})`,
      );
    return { scroll: document.documentElement.scrollWidth, width, culprits };
  });
  (soft ? expect.soft : expect)(
    scroll,
    `${context} scrolls sideways at ${width} px: ${culprits.join(", ")}`,
  ).toBeLessThanOrEqual(width);
}

/**
 * With the text at 200% (the root font size doubled, as a browser's text-only zoom or a user style
 * sheet does, while the window stays the same), the page still does not scroll sideways: nothing sized
 * by the window's width in pixels squeezes text wider than the room it has (WCAG 1.4.4).
 */
export async function expectNoSidewaysScrollWithLargeText(page: Page, context: string) {
  const style = await page.addStyleTag({ content: "html { font-size: 200% !important; }" });
  try {
    await expectNoSidewaysScroll(page, `${context} with 200% text`);
  } finally {
    await style.evaluate((el) => (el as HTMLElement).remove());
  }
}

export interface FocusReport {
  onBody: boolean;
  element: string;
  outline: string;
  /** Contrast of the outer outline and the inner ring against each background colour behind them. */
  contrasts: { background: string; outer: number; inner: number }[];
  /** Contrast between the two colours of the indicator. */
  between: number;
  outlineWidth: number;
  ringWidth: number;
  /** Sticky or fixed elements covering the focused element's centre, if any. */
  coveredBy: string | null;
  /** Whether an ancestor that clips its overflow cuts the indicator off. */
  clippedBy: string | null;
}

/**
 * Puts colour tools on `window.__colour` in the page: any CSS colour (Tailwind 4 writes oklch) to
 * sRGB through a canvas, alpha compositing, and the WCAG 2 contrast ratio.
 */
function installColourTools() {
  type Rgba = [number, number, number, number];
  const canvas = document.createElement("canvas");
  canvas.width = canvas.height = 1;
  const ctx = canvas.getContext("2d", { willReadFrequently: true })!;
  const toRgba = (css: string): Rgba | null => {
    if (!css || css === "transparent") return [0, 0, 0, 0];
    ctx.clearRect(0, 0, 1, 1);
    ctx.fillStyle = "#000";
    ctx.fillStyle = css;
    ctx.fillRect(0, 0, 1, 1);
    const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data as unknown as number[];
    return [r!, g!, b!, a! / 255];
  };
  const over = (top: Rgba, bottom: Rgba): Rgba => {
    const a = top[3];
    return [
      top[0] * a + bottom[0] * (1 - a),
      top[1] * a + bottom[1] * (1 - a),
      top[2] * a + bottom[2] * (1 - a),
      1,
    ];
  };
  const luminance = ([r, g, b]: Rgba) => {
    const lin = (c: number) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  };
  const contrast = (a: Rgba, b: Rgba) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
    return Math.round(((hi + 0.05) / (lo + 0.05)) * 100) / 100;
  };
  // Colour functions inside a gradient or a shadow value.
  const coloursIn = (value: string) =>
    [
      ...value.matchAll(
        /(?:rgba?|oklch|oklab|lab|lch|hsla?|color)\((?:[^()]|\([^()]*\))*\)|#[0-9a-f]{3,8}\b/gi,
      ),
    ].map((m) => m[0]);
  (window as unknown as { __colour: unknown }).__colour = { toRgba, over, contrast, coloursIn };
}

type ColourTools = {
  toRgba: (css: string) => [number, number, number, number] | null;
  over: (top: number[], bottom: number[]) => [number, number, number, number];
  contrast: (a: number[], b: number[]) => number;
  coloursIn: (value: string) => string[];
};

/** The WCAG contrast ratio between two CSS colours, computed in the page. */
export async function cssContrast(page: Page, a: string, b: string): Promise<number> {
  await page.evaluate(installColourTools);
  return page.evaluate(
    ([x, y]) => {
      const c = (window as unknown as { __colour: ColourTools }).__colour;
      return c.contrast(c.toRgba(x!)!, c.toRgba(y!)!);
    },
    [a, b],
  );
}

/**
 * Measures the focus indicator of the focused element, in the page, in one round trip (a Tab walk
 * checks hundreds of stops; it was three round trips to a busy browser each): the colour tools are
 * installed if the page has none yet, and the indicator is read once it has settled (buttons fade
 * colours: Tailwind's transition-colors includes outline-color).
 */
export async function focusReport(page: Page): Promise<FocusReport> {
  return page.evaluate(FOCUS_REPORT) as Promise<FocusReport>;
}

/** What focusReport reads, in the page (with window.__colour installed). */
function measureFocus(): FocusReport {
  type Rgba = [number, number, number, number];
  const { toRgba, over, contrast, coloursIn } = (window as unknown as { __colour: ColourTools }).__colour;
  const parse = (css: string): Rgba | null => toRgba(css);
  const show = (c: Rgba) => `rgb(${c.slice(0, 3).map(Math.round).join(", ")})`;
  const describe = (el: Element) =>
    `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${el.getAttribute("role") ? `[role=${el.getAttribute("role")}]` : ""} "${(el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 40)}"`;

  /** The colours behind an element (several for a gradient), compositing translucent layers. */
  const backgroundsBehind = (el: Element): Rgba[] => {
    const layers: Rgba[] = [];
    let base: Rgba[] = [[255, 255, 255, 1]];
    for (let node: Element | null = el; node; node = node.parentElement) {
      const style = getComputedStyle(node);
      const image = style.backgroundImage;
      if (image && image !== "none") {
        const stops = coloursIn(image)
          .map((m) => parse(m)!)
          .filter(Boolean);
        if (stops.length) {
          const colour = parse(style.backgroundColor);
          base = stops.map((s) => (colour && colour[3] > 0 ? over(s, colour) : s));
          break;
        }
      }
      const colour = parse(style.backgroundColor);
      if (colour && colour[3] >= 1) {
        base = [colour];
        break;
      }
      if (colour && colour[3] > 0) layers.unshift(colour);
    }
    // Apply translucent layers from the bottom up.
    return base.map((b) => layers.reduceRight((acc, layer) => over(layer, acc), b));
  };

  const active = document.activeElement;
  if (!active || active === document.body || active === document.documentElement) {
    return {
      onBody: true,
      element: "body",
      outline: "",
      contrasts: [],
      between: 0,
      outlineWidth: 0,
      ringWidth: 0,
      coveredBy: null,
      clippedBy: null,
    };
  }
  const style = getComputedStyle(active);
  const outer = parse(style.outlineColor) ?? [0, 0, 0, 0];
  const outlineWidth = style.outlineStyle === "none" ? 0 : parseFloat(style.outlineWidth);
  // The ring is the box-shadow "colour 0 0 0 2px" (Chromium puts the colour first).
  const shadowColour = style.boxShadow === "none" ? null : coloursIn(style.boxShadow)[0];
  const spread = /0px 0px 0px ([\d.]+)px/.exec(style.boxShadow);
  const inner = shadowColour ? parse(shadowColour)! : ([0, 0, 0, 0] as Rgba);
  const ringWidth = spread ? parseFloat(spread[1]!) : 0;
  // The indicator is drawn outside the element, over its parent's background.
  const backgrounds = backgroundsBehind(active.parentElement ?? document.body);
  const rect = active.getBoundingClientRect();

  let coveredBy: string | null = null;
  const x = Math.min(Math.max(rect.left + rect.width / 2, 0), window.innerWidth - 1);
  const y = Math.min(Math.max(rect.top + Math.min(rect.height / 2, 12), 0), window.innerHeight - 1);
  const hit = document.elementFromPoint(x, y);
  if (hit && hit !== active && !active.contains(hit) && !hit.contains(active)) {
    for (let n: Element | null = hit; n; n = n.parentElement) {
      const position = getComputedStyle(n).position;
      if (position === "sticky" || position === "fixed") {
        coveredBy = describe(n);
        break;
      }
    }
  }

  let clippedBy: string | null = null;
  const reach = outlineWidth + parseFloat(style.outlineOffset || "0");
  for (let n = active.parentElement; n && n !== document.body; n = n.parentElement) {
    const s = getComputedStyle(n);
    if (s.overflowX === "visible" && s.overflowY === "visible") continue;
    const box = n.getBoundingClientRect();
    const clipX =
      s.overflowX !== "visible" &&
      (rect.left - reach < box.left - 0.5 || rect.right + reach > box.right + 0.5);
    const clipY =
      s.overflowY !== "visible" &&
      (rect.top - reach < box.top - 0.5 || rect.bottom + reach > box.bottom + 0.5);
    // A scrolled-away part is fine (the browser scrolls focus into view); only a clipped edge in view counts.
    const inView =
      rect.top >= box.top && rect.bottom <= box.bottom && rect.left >= box.left && rect.right <= box.right;
    if ((clipX || clipY) && inView) {
      clippedBy = describe(n);
      break;
    }
  }

  return {
    onBody: false,
    element: describe(active),
    outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}; ring ${style.boxShadow}`,
    contrasts: backgrounds.map((b) => ({
      background: show(b),
      outer: contrast(outer, b),
      inner: contrast(inner, b),
    })),
    between: contrast(outer, inner),
    outlineWidth,
    ringWidth,
    coveredBy,
    clippedBy,
  };
}

const FOCUS_REPORT = `(async () => {
  if (!window.__colour) (${installColourTools})();
  await Promise.all((document.activeElement?.getAnimations() ?? []).map((a) => a.finished.catch(() => undefined)));
  return (${measureFocus})();
})()`;

/**
 * The focused element has a visible indicator: an outline at least 2 px wide, whose outer or inner
 * colour has at least 3:1 against every colour behind it, the two colours 3:1 apart, not clipped, and
 * not covered by anything sticky. Returns the report for the caller's records.
 */
export async function expectFocusVisible(page: Page, context: string): Promise<FocusReport> {
  const report = await focusReport(page);
  const where = `${context}: focus on ${report.element} (${report.outline})`;
  expect(report.onBody, `${context}: focus fell to <body>`).toBe(false);
  expect(report.outlineWidth, `${where}: no outline`).toBeGreaterThanOrEqual(2);
  expect(report.between, `${where}: the indicator's two colours are too alike`).toBeGreaterThanOrEqual(3);
  for (const c of report.contrasts) {
    expect(
      Math.max(c.outer, c.inner),
      `${where}: indicator contrast against ${c.background} is ${c.outer}:1 / ${c.inner}:1`,
    ).toBeGreaterThanOrEqual(3);
  }
  expect(report.coveredBy, `${where}: covered by ${report.coveredBy}`).toBeNull();
  expect(report.clippedBy, `${where}: clipped by ${report.clippedBy}`).toBeNull();
  return report;
}

/** Waits (briefly) until focus has settled somewhere other than <body>, then checks it is visible. */
export async function expectFocusSettledAndVisible(page: Page, context: string): Promise<FocusReport> {
  await expect
    .poll(
      () => page.evaluate(() => document.activeElement !== null && document.activeElement !== document.body),
      {
        message: `${context}: focus should not be left on <body>`,
        timeout: 10_000,
      },
    )
    .toBe(true);
  return expectFocusVisible(page, context);
}

/**
 * Presses Tab (or Shift+Tab) until `isTarget` matches the focused element, checking the focus
 * indicator at every stop on the way. Fails after `max` presses.
 */
export async function tabTo(
  page: Page,
  isTarget: (el: { tag: string; name: string; role: string | null; type: string | null }) => boolean,
  context: string,
  options: { backwards?: boolean; max?: number; stops?: FocusReport[] } = {},
) {
  const max = options.max ?? 80;
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(options.backwards ? "Shift+Tab" : "Tab");
    const report = await expectFocusVisible(page, `${context} (Tab stop ${i + 1})`);
    options.stops?.push(report);
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement;
      const labelled = a.getAttribute("aria-labelledby");
      const name =
        a.getAttribute("aria-label") ??
        (labelled
          ? labelled
              .split(" ")
              .map((id) => document.getElementById(id)?.textContent ?? "")
              .join(" ")
          : null) ??
        (a as HTMLInputElement).labels?.[0]?.textContent ??
        a.textContent ??
        "";
      return {
        tag: a.tagName.toLowerCase(),
        name: name.replace(/\s+/g, " ").trim(),
        role: a.getAttribute("role"),
        type: a.getAttribute("type"),
      };
    });
    if (isTarget(el)) return;
  }
  throw new Error(`${context}: the target was not reached in ${max} presses of Tab`);
}

/** A target smaller than 24 × 24 CSS px whose 24 px circle meets another target (WCAG 2.5.8). */
export interface SmallTarget {
  target: string;
  width: number;
  height: number;
  /** The target its 24 px circle meets. */
  near: string;
}

/**
 * Every visible pointer target on the page that fails WCAG 2.5.8 Target Size (Minimum): smaller than
 * 24 × 24 CSS px and not spaced (a 24 px circle centred on it meets another target or that target's
 * circle). Exempt, as the criterion allows: links inside a sentence (inline) and controls whose size
 * the browser sets and the page has not changed (a native radio or checkbox inside its label counts
 * with its label). Judged in the page as it is now, at the current window size.
 */
export async function smallTargets(page: Page): Promise<SmallTarget[]> {
  return page.evaluate(() => {
    const selector = [
      "a[href]",
      "button",
      "input:not([type=hidden])",
      "select",
      "textarea",
      "summary",
      "[role=button]",
      "[role=tab]",
      "[role=link]",
      "[role=checkbox]",
      "[role=radio]",
      "[role=switch]",
      "[role=menuitem]",
      "[tabindex]:not([tabindex='-1'])",
    ].join(",");
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""} "${(el.getAttribute("aria-label") ?? el.textContent ?? el.getAttribute("value") ?? "").replace(/\s+/g, " ").trim().slice(0, 40)}"`;
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) return false;
      // Not rendered: inside a closed <details>, display: none, visibility: hidden.
      if (!el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true })) return false;
      return !el.closest(".sr-only, [aria-hidden=true], [inert]");
    };
    /** A link or button sitting inside a line of text (the inline exception). */
    const inline = (el: Element) => {
      if (getComputedStyle(el).display !== "inline") return false;
      const block = el.parentElement;
      if (!block) return false;
      const own = (el.textContent ?? "").trim().length;
      return (block.textContent ?? "").trim().length > own + 1;
    };
    /** The box a pointer can use: a native radio or checkbox counts with the label wrapped round it. */
    const boxOf = (el: Element): DOMRect => {
      if (el instanceof HTMLInputElement && (el.type === "radio" || el.type === "checkbox")) {
        const label = el.closest("label") ?? el.labels?.[0];
        if (label) {
          const a = el.getBoundingClientRect();
          const b = label.getBoundingClientRect();
          const left = Math.min(a.left, b.left);
          const top = Math.min(a.top, b.top);
          return new DOMRect(
            left,
            top,
            Math.max(a.right, b.right) - left,
            Math.max(a.bottom, b.bottom) - top,
          );
        }
      }
      return el.getBoundingClientRect();
    };
    // While a modal dialog is open the rest of the page is inert: only the dialog's targets count.
    const scope: ParentNode = document.querySelector("dialog:modal") ?? document;
    const all = [...scope.querySelectorAll(selector)].filter(visible);
    // A label's own text is part of its control's target, not a target of its own.
    const targets = all.filter(
      (el) => !all.some((other) => other !== el && other.contains(el) && other.tagName !== "LABEL"),
    );
    const boxes = targets.map((el) => ({ el, box: boxOf(el) }));
    const small = boxes.filter(({ el, box }) => (box.width < 23.5 || box.height < 23.5) && !inline(el));
    const distanceToBox = (x: number, y: number, b: DOMRect) => {
      const dx = Math.max(b.left - x, 0, x - b.right);
      const dy = Math.max(b.top - y, 0, y - b.bottom);
      return Math.hypot(dx, dy);
    };
    const failures: { target: string; width: number; height: number; near: string }[] = [];
    for (const { el, box } of small) {
      const cx = box.left + box.width / 2;
      const cy = box.top + box.height / 2;
      for (const other of boxes) {
        if (other.el === el || other.el.contains(el) || el.contains(other.el)) continue;
        const o = other.box;
        const otherSmall = small.some((s) => s.el === other.el);
        const gap = otherSmall
          ? Math.hypot(cx - (o.left + o.width / 2), cy - (o.top + o.height / 2)) - 24
          : distanceToBox(cx, cy, o) - 12;
        if (gap < -0.5) {
          failures.push({
            target: describe(el),
            width: Math.round(box.width * 10) / 10,
            height: Math.round(box.height * 10) / 10,
            near: describe(other.el),
          });
          break;
        }
      }
    }
    return failures;
  });
}

/** Fails if any target on the page is under 24 × 24 CSS px without the spacing WCAG 2.5.8 allows. */
export async function expectTargetsLargeOrSpaced(page: Page, context: string) {
  const failures = await smallTargets(page);
  expect(
    failures,
    `${context}: targets under 24 × 24 px and not spaced (WCAG 2.5.8):\n${failures
      .map((f) => `  ${f.target} ${f.width} × ${f.height}, meets ${f.near}`)
      .join("\n")}`,
  ).toEqual([]);
}

/** The WCAG 1.4.12 text-spacing styles (the W3C bookmarklet's values), with !important. */
export const TEXT_SPACING_CSS = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }
`;

/**
 * With the WCAG 1.4.12 text spacing applied, text that is cut off: a box that hides or clips its
 * overflow (or ends in an ellipsis) whose text no longer fits it, when it fitted without the spacing.
 * Scrollable boxes are fine (the text can be scrolled to), so only `hidden` and `clip` count.
 */
export async function textClippedBySpacing(page: Page): Promise<string[]> {
  const measure = () =>
    page.evaluate(() => {
      const out: Record<string, string> = {};
      const els = [...document.querySelectorAll<HTMLElement>("body *")];
      els.forEach((el, i) => {
        if (!el.textContent?.trim()) return;
        const s = getComputedStyle(el);
        const hidesX = s.overflowX === "hidden" || s.overflowX === "clip" || s.textOverflow === "ellipsis";
        const hidesY = s.overflowY === "hidden" || s.overflowY === "clip" || s.webkitLineClamp !== "none";
        if (!hidesX && !hidesY) return;
        if (el.closest(".sr-only") || el.classList.contains("sr-only")) return;
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) return;
        const overX = hidesX && el.scrollWidth > el.clientWidth + 1;
        const overY = hidesY && el.scrollHeight > el.clientHeight + 1;
        if (overX || overY)
          out[String(i)] =
            `${el.tagName.toLowerCase()}.${String(el.className).split(" ").slice(0, 5).join(".")} "${(el.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 50)}" (${overX ? `${el.scrollWidth} > ${el.clientWidth} wide` : ""}${overY ? `${el.scrollHeight} > ${el.clientHeight} tall` : ""})`;
      });
      return out;
    });
  const before = await measure();
  const style = await page.addStyleTag({ content: TEXT_SPACING_CSS });
  const after = await measure();
  await style.evaluate((el) => (el as HTMLElement).remove());
  return Object.entries(after)
    .filter(([i]) => !(i in before))
    .map(([, d]) => d);
}

/** Fails if the WCAG 1.4.12 text-spacing styles cut any text off that was whole before. */
export async function expectNoClippingWithTextSpacing(page: Page, context: string) {
  const clipped = await textClippedBySpacing(page);
  expect(
    clipped,
    `${context}: text cut off with WCAG 1.4.12 text spacing:\n  ${clipped.join("\n  ")}`,
  ).toEqual([]);
}

const LIVE_REGIONS = "[aria-live]:not([aria-live=off]), [role=status], [role=alert], [role=log]";

/** Marks every live region in the page now, so a later message can be checked to arrive in one of them. */
export async function markLiveRegions(page: Page) {
  await page.evaluate((selector) => {
    for (const el of document.querySelectorAll(selector)) el.setAttribute("data-live-before", "");
  }, LIVE_REGIONS);
}

/**
 * The message is shown inside a live region that was already in the page when `markLiveRegions` ran
 * (WCAG 4.1.3 Status Messages). A region that arrives together with its words is not announced by
 * every screen reader, so a message in a brand-new `role="status"` fails here.
 */
export async function expectAnnouncedInExistingRegion(message: Locator, context: string) {
  await expect(message, `${context}: the message shows`).toBeVisible();
  const where = await message.evaluate((el) => {
    const region = el.closest("[data-live-before]");
    const nearest = el.closest("[aria-live], [role=status], [role=alert], [role=log]");
    const describe = (n: Element | null) =>
      n
        ? `<${n.tagName.toLowerCase()} ${[...n.attributes].map((a) => `${a.name}="${a.value}"`).join(" ")}>`
        : "none";
    return { ok: region !== null && region.getAttribute("aria-live") !== "off", nearest: describe(nearest) };
  });
  expect(
    where.ok,
    `${context}: "${await message.textContent()}" is not inside a live region that was in the page before it (nearest live region: ${where.nearest})`,
  ).toBe(true);
}
