/**
 * Word classes for the model (features.ts, `wordClasses`): a few hand-made lists of what the guide's
 * Solve and Blame are about, so that a fix or a customer-fault claim in words the training data never
 * used still shares evidence with the ones it did ("reboot" with "restart", "smashed" with "dropped").
 * The lists come from the labelling guide (../README.md) and everyday support vocabulary, not from any
 * dev-set sentence. Pure, no dependencies; a word is matched in its own form or after stripping a
 * regular ending (-s, -es, -ed, -ing, -d), so "reinstalling" and "reinstalled" find "reinstall".
 */

/** Things an agent does or tells the customer to do that fix a problem (the guide's Solve). */
const FIX_VERBS = [
  "refund",
  "reimburse",
  "replace",
  "repair",
  "exchange",
  "swap",
  "credit",
  "waive",
  "reverse",
  "reinstate",
  "rebook",
  "cancel",
  "pause",
  "restart",
  "reboot",
  "reinstall",
  "install",
  "uninstall",
  "reset",
  "clear",
  "update",
  "upgrade",
  "downgrade",
  "restore",
  "delete",
  "remove",
  "disable",
  "enable",
  "refresh",
  "sync",
  "resync",
  "reconnect",
  "unplug",
  "plug",
  "relog",
  "retry",
  "rebuild",
  "recover",
  "reactivate",
  "deactivate",
  "unlink",
  "relink",
  "re-add",
  "reapply",
  "realign",
  "align",
  "clean",
  "descale",
  "toggle",
  "switch",
  "adjust",
  "fix",
  "resolve",
  "resend",
  "reship",
  "dispatch",
  "ship",
  "send",
  "post",
  "arrange",
  "book",
  "schedule",
  "collect",
  "courier",
  "zero",
  "unlock",
  "unblock",
  "unfreeze",
  "verify",
  "re-enter",
  "re-enable",
  "rename",
  "move",
  "force",
  "quit",
  "close",
  "relaunch",
  "launch",
  "download",
  "apply",
  "add",
  "activate",
  "turn",
  "power",
  "hold",
  "press",
  "tap",
  "select",
  "change",
  "correct",
  "amend",
  "adjust",
  "process",
];
/** What a fix gives the customer (the guide's remedies). */
const REMEDY_NOUNS = [
  "refund",
  "replacement",
  "repair",
  "exchange",
  "credit",
  "reimbursement",
  "compensation",
  "engineer",
  "technician",
  "courier",
  "collection",
  "label",
  "backup",
  "cache",
  "cookies",
  "settings",
  "driver",
  "firmware",
  "update",
  "version",
  "password",
  "app",
  "browser",
  "router",
  "cable",
  "battery",
  "filter",
];
/** What a customer is said to have done to cause the fault (the guide's Blame). */
const FAULT_VERBS = [
  "drop",
  "dropped",
  "smash",
  "smashed",
  "break",
  "broke",
  "broken",
  "misuse",
  "misused",
  "damage",
  "damaged",
  "overtighten",
  "overtightened",
  "spill",
  "spilt",
  "spilled",
  "wet",
  "soak",
  "ignore",
  "ignored",
  "forget",
  "forgot",
  "forgotten",
  "sign",
  "signed",
  "agree",
  "agreed",
  "choose",
  "chose",
  "chosen",
  "order",
  "ordered",
  "buy",
  "bought",
  "fit",
  "fitted",
  "install",
  "installed",
  "use",
  "used",
  "leave",
  "left",
  "remove",
  "removed",
  "tamper",
  "tampered",
  "open",
  "opened",
  "mishandle",
  "mishandled",
  "neglect",
  "neglected",
  "fail",
  "failed",
  "miss",
  "missed",
  "read",
  "throw",
  "threw",
  "thrown",
  "put",
  "plug",
  "plugged",
  "unplug",
  "unplugged",
  "force",
  "forced",
  "bend",
  "bent",
  "scratch",
  "scratched",
  "crack",
  "cracked",
  "lose",
  "lost",
  "click",
  "clicked",
  "enter",
  "entered",
  "type",
  "typed",
  "set",
  "wash",
  "washed",
  "descale",
  "follow",
  "followed",
];
/** Words that say something was clear, stated or known beforehand (pointing at the customer). */
const TOLD_WORDS = [
  "clearly",
  "obviously",
  "stated",
  "states",
  "explained",
  "told",
  "warned",
  "informed",
  "advised",
  "terms",
  "contract",
  "receipt",
  "instructions",
  "manual",
  "policy",
  "agreed",
  "signed",
  "responsibility",
  "responsible",
  "fault",
  "misuse",
  "negligence",
  "accidental",
  "physical",
  "liquid",
  "water",
];
const NEGATORS = new Set([
  "not",
  "no",
  "never",
  "cannot",
  "unable",
  "can't",
  "won't",
  "don't",
  "doesn't",
  "didn't",
  "isn't",
  "aren't",
  "wasn't",
  "weren't",
  "haven't",
  "hasn't",
  "couldn't",
  "wouldn't",
  "shouldn't",
  "nothing",
]);
const AGENT = new Set(["i", "we", "i'll", "we'll", "i've", "we've", "i'd", "we'd", "i'm", "we're", "let's"]);
const AGENT_AUX = new Set([
  "will",
  "can",
  "could",
  "have",
  "has",
  "had",
  "would",
  "shall",
  "am",
  "are",
  "just",
  "also",
  "already",
  "now",
  "go",
  "gonna",
  "need",
  "want",
  "to",
  "be",
  "been",
  "get",
  "got",
  "happy",
  "able",
  "going",
  "'ll",
  "ll",
]);
const YOU_AUX = new Set([
  "did",
  "didn't",
  "have",
  "had",
  "haven't",
  "hadn't",
  "must",
  "should",
  "could",
  "might",
  "may",
  "clearly",
  "obviously",
  "actually",
  "probably",
  "evidently",
  "apparently",
  "just",
  "never",
  "then",
  "already",
  "yourself",
  "'ve",
  "ve",
  "must've",
  "should've",
  "could've",
  "might've",
  "have",
  "not",
  "been",
]);
const IMPERATIVE_LEAD = new Set([
  "please",
  "just",
  "simply",
  "then",
  "now",
  "first",
  "so",
  "ok",
  "okay",
  "also",
  "try",
  "kindly",
  "next",
]);
const PASSIVE_AUX = new Set([
  "was",
  "were",
  "has",
  "have",
  "had",
  "been",
  "is",
  "be",
  "being",
  "clearly",
  "obviously",
  "probably",
  "definitely",
]);

const list = (words: readonly string[]) => new Set(words);
const FIX = list(FIX_VERBS);
const REMEDY = list(REMEDY_NOUNS);
const FAULT = list(FAULT_VERBS);
const TOLD = list(TOLD_WORDS);

/** The word, or its stem once a regular ending is taken off, if that is in the list. */
function inClass(set: ReadonlySet<string>, t: string): boolean {
  if (set.has(t)) return true;
  for (const end of ["ing", "ed", "es", "s", "d"]) {
    if (t.length > end.length + 2 && t.endsWith(end)) {
      const stem = t.slice(0, -end.length);
      if (set.has(stem) || set.has(`${stem}e`)) return true;
      // "dropped" -> "drop", "stopping" -> "stop"
      if (stem.length > 3 && stem.at(-1) === stem.at(-2) && set.has(stem.slice(0, -1))) return true;
    }
  }
  return false;
}

const looksPast = (t: string) => t.length > 4 && t.endsWith("ed");

/**
 * Word-class features of one sentence's tokens (features.ts tokenise): class markers ("c:fix"), the
 * agent promising or doing a fix ("c:agent~fix"), an imperative fix opening the sentence
 * ("c:imperative~fix"), a fix word near a negation ("c:neg~fix"), "you (did/must have/clearly…)"
 * followed by a fault verb or any past-tense verb ("c:you~fault", "c:you~past"), and a passive
 * "it/this was … -ed" claim ("c:it~passive"). Each once, in a fixed order.
 */
export function wordClassFeatures(tokens: readonly string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (f: string) => {
    if (!seen.has(f)) {
      seen.add(f);
      out.push(f);
    }
  };
  let start = 0;
  while (start < tokens.length - 1 && IMPERATIVE_LEAD.has(tokens[start]!)) start++;
  const first = tokens[start];
  if (first !== undefined && inClass(FIX, first) && !AGENT.has(first)) add("c:imperative~fix");
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const fix = inClass(FIX, t);
    if (fix) add("c:fix");
    if (inClass(REMEDY, t)) add("c:remedy");
    if (TOLD.has(t)) add("c:told");
    if (fix) {
      for (let k = Math.max(0, i - 4); k < i; k++) if (NEGATORS.has(tokens[k]!)) add("c:neg~fix");
      // "I'll / we've / I can / let me ... restart"
      let k = i - 1;
      while (k >= 0 && i - k <= 3 && AGENT_AUX.has(tokens[k]!)) k--;
      if (k >= 0 && (AGENT.has(tokens[k]!) || (tokens[k] === "me" && tokens[k - 1] === "let")))
        add("c:agent~fix");
    }
    if (t === "you" || t === "you've" || t === "you'd") {
      let k = i + 1;
      while (k < tokens.length && k - i <= 3 && YOU_AUX.has(tokens[k]!)) k++;
      const v = tokens[k];
      if (v !== undefined) {
        if (inClass(FAULT, v)) add("c:you~fault");
        if (looksPast(v)) add("c:you~past");
      }
    }
    if ((t === "it" || t === "this" || t === "that" || t === "they") && i + 1 < tokens.length) {
      let k = i + 1;
      let aux = 0;
      while (k < tokens.length && k - i <= 3 && PASSIVE_AUX.has(tokens[k]!)) {
        k++;
        aux++;
      }
      const v = tokens[k];
      if (aux > 0 && v !== undefined && (looksPast(v) || inClass(FAULT, v))) add("c:it~passive");
    }
  }
  return out;
}
