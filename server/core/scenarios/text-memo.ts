/**
 * Remembers a pure reading of one text. Scoring replays every message through some forty readers,
 * and many of them split the same text into sentences or read its spelling again (docs/benchmarks.md,
 * (d)): remembering the answer by the text itself gives every reader the same result at once.
 *
 * Only for functions whose answer depends on nothing but the text. The answer is frozen (an array
 * and the objects in it), so a caller that tried to change a shared answer would throw rather than
 * change it for the next reader. At most `limit` texts are kept; when full the memory starts again,
 * so it cannot grow without bound, and nothing else is kept between calls.
 */
export function memoByText<T>(read: (text: string) => T, limit: number): (text: string) => T {
  const memo = new Map<string, T>();
  return (text) => {
    const hit = memo.get(text);
    if (hit !== undefined) return hit;
    const answer = read(text);
    if (Array.isArray(answer)) for (const item of answer) Object.freeze(item);
    if (typeof answer === "object" && answer !== null) Object.freeze(answer);
    if (memo.size >= limit) memo.clear();
    memo.set(text, answer);
    return answer;
  };
}
