import { describe, expect, it } from "vitest";
import { memoByText } from "./text-memo";

describe("memoByText", () => {
  it("reads each text once and gives every caller the same answer", () => {
    const seen: string[] = [];
    const words = memoByText((t: string) => {
      seen.push(t);
      return t.split(" ").map((w) => ({ w }));
    }, 10);
    const a = words("sorry about that");
    expect(words("sorry about that")).toBe(a);
    expect(words("thank you")).toEqual([{ w: "thank" }, { w: "you" }]);
    expect(seen).toEqual(["sorry about that", "thank you"]);
  });

  it("freezes the answer, so no reader can change it for the next", () => {
    const words = memoByText((t: string) => t.split(" ").map((w) => ({ w })), 10);
    const a = words("a b");
    expect(() => a.push({ w: "c" })).toThrow(TypeError);
    expect(() => {
      a[0]!.w = "z";
    }).toThrow(TypeError);
    expect(words("a b")).toEqual([{ w: "a" }, { w: "b" }]);
  });

  it("keeps at most `limit` texts: when full it starts again", () => {
    const seen: string[] = [];
    const read = memoByText((t: string) => {
      seen.push(t);
      return { t };
    }, 2);
    read("one");
    read("two");
    read("three"); // full: forgets one and two
    read("three");
    read("one");
    expect(seen).toEqual(["one", "two", "three", "one"]);
  });
});
