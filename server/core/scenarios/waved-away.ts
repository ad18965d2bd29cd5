/**
 * A cause waved away as passing by itself: "That's the Christmas rush starting early though: couriers
 * always struggle at this time of year, so it should right itself by January" (red-team round 19 B,
 * service-review-r19-christmas-rush-rights-itself), as round 5's "will sort itself out" was. A
 * recommendation whose cause is said to go away on its own gives nobody anything to act on, however
 * accurately it names the courier.
 *
 * Read a sentence at a time: the problem said to pass by itself ("right itself", "sort themselves out",
 * "settle down", "ease off", "blow over", "go back to normal", "improve on its own"), or the season or a
 * blip given as the reason ("just the Christmas rush", "that's the time of year", "only a blip",
 * "couriers always struggle at this time of year"). Not read: the same said to be false ("it won't sort
 * itself out", "this isn't just the Christmas rush"), or the season named as a reason to act ("the
 * Christmas rush will make it worse, so trial another courier now").
 */

const PASSES =
  /\b(?:(?:right|rights|righting|sort|sorts|sorting|fix|fixes|fixing|correct|corrects|resolve|resolves|resolving|iron|irons)\s+(?:itself|themselves)(?:\s+out)?|sort\s+(?:itself|themselves)\s+out|(?:settle|settles|settling|calm|calms|calming|die|dies|dying|quieten|quietens|ease|eases|easing)\s+(?:back\s+)?(?:down|off)|blow(?:s|ing)?\s+over|(?:go|goes|get|gets|come|comes)\s+back\s+to\s+normal|return(?:s)?\s+to\s+normal|(?:improve|improves|get\s+better|gets\s+better|pick\s+up|picks\s+up)\s+(?:by\s+itself|by\s+themselves|on\s+(?:its|their)\s+own|naturally))\b/i;
const SEASON =
  /\b(?:(?:pre-?)?(?:christmas|xmas|festive|holiday|peak|busy|seasonal|black\s+friday)\s+(?:rush|period|season|peak|time|spike|surge|crunch)|(?:this|that|the)\s+time\s+of\s+(?:the\s+)?year|(?:a|one)\s+(?:blip|bad\s+patch|one-off\s+blip)|teething\s+(?:problems|troubles))\b/i;
/** The season offered as the whole story: "just", "only", "that's", "it's", "always", "normal", "expected". */
const EXCUSE =
  /\b(?:just|only|that['\u2019]s|that\s+is|it['\u2019]s|it\s+is|always|normal|usual|expected|to\s+be\s+expected|though)\b/i;
const DENIED =
  /\b(?:not|never|no|won['\u2019]t|isn['\u2019]t|aren['\u2019]t|wasn['\u2019]t|can['\u2019]t|cannot|unlikely\s+to)\b|n['\u2019]t\b/i;

function clauseBefore(s: string, at: number): string {
  return (
    s
      .slice(0, at)
      .split(/[,;:]|\bbut\b|\bso\b/i)
      .pop() ?? ""
  );
}

/** The sentences of a text that wave its cause away as passing by itself. */
export function causeWavedAway(text: string): string[] {
  return (text.match(/[^.!?\n]+[.!?]?/g) ?? [])
    .map((s) => s.trim())
    .filter((s) => {
      const passes = PASSES.exec(s);
      if (passes && !DENIED.test(clauseBefore(s, passes.index))) return true;
      const season = SEASON.exec(s);
      if (!season) return false;
      const before = clauseBefore(s, season.index);
      return (
        !DENIED.test(before) && (EXCUSE.test(before) || EXCUSE.test(s.slice(season.index, season.index + 80)))
      );
    });
}
