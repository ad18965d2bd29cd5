/**
 * Free-text names a tutor or learner sets, which other people then read as one line: class names, tutors'
 * and learners' names, task titles, an email's subject (session 47). Control characters (C0, U+0000-U+001F:
 * a tab, a line break, an escape, the bell; DEL, U+007F; C1, U+0080-U+009F) and the bidi embeddings,
 * overrides and isolates (U+202A-U+202E, U+2066-U+2069) are refused with a message saying so, rather than
 * stored or quietly dropped: no keyboard types them into a one-line field, an escape can rewrite a terminal
 * showing the server's log or a CSV opened there, and a bidi control prints the rest of the name backwards
 * on everyone else's screen (Unicode TR #36 §2.1, CVE-2021-42574; OWASP ASVS 4.0.3 V5.1.4, structured input
 * checked against what the field may hold). What is already stored is left as it is: only new names are read.
 */
import { z } from "zod";

const CONTROLS = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/u;

/** Keys whose strings are names: trpc/init.ts leaves their direction controls for the schema to refuse. */
export const NAME_KEYS: ReadonlySet<string> = new Set(["name", "displayName", "title", "subject"]);

export function holdsNameControls(text: string): boolean {
  return CONTROLS.test(text);
}

/** What the person is told, naming the field ("Class names", "Task titles"). */
export function nameControlsMessage(what: string): string {
  return `${what} cannot hold control characters (such as a tab, a line break or an escape) or hidden marks that change the direction of text. Type it again without them.`;
}

/**
 * A string field of such a name: the check runs on the text as sent, before any trimming, so a tab or line
 * break at either end is refused too. `required` is the message for a missing value.
 */
export function nameText(what: string, required?: string) {
  return z
    .string(required ? { error: required } : undefined)
    .refine((text) => !holdsNameControls(text), { message: nameControlsMessage(what) });
}
