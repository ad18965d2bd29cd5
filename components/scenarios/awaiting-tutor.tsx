/**
 * A reasoning answer the tutor has not marked yet. Its stored status is "not met" (it earns nothing
 * until marked), so screens show this instead: its own symbol and words, never colour alone.
 */
// A clock face (U+25F7, Geometric Shapes), drawn by the fonts college machines have. It was an
// hourglass (U+29D7), which neither DejaVu nor the Linux test browser's fonts have: an empty box.
export const AWAITING_ICON = "◷";
export const AWAITING_TEXT = "Awaiting the tutor";

/** "◷ 1 answer awaiting the tutor": the band beside it is provisional until the tutor marks it. */
export function AwaitingTutorNote({ count }: { count: number }) {
  if (count <= 0) return null;
  return (
    <span className="mt-1 block whitespace-normal text-xs text-slate-800" data-testid="awaiting-tutor">
      <span aria-hidden>{AWAITING_ICON} </span>
      {count === 1 ? "1 answer" : `${count} answers`} awaiting the tutor (band provisional)
    </span>
  );
}
