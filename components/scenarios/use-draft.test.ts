import { describe, expect, it } from "vitest";
import { afterSending } from "./use-draft";

describe("afterSending: what stays in the box once a message is stored", () => {
  it("empties a box that still holds just what was sent", () => {
    expect(afterSending("Dear Priya, refund done.", "Dear Priya, refund done.")).toBe("");
  });

  it("keeps words typed after it while it was sending (a slow or dropped connection)", () => {
    expect(afterSending("Dear Priya, refund done.\n\nP.S. One more thing", "Dear Priya, refund done.")).toBe(
      "P.S. One more thing",
    );
  });

  it("keeps everything when the words were changed in the meantime", () => {
    expect(afterSending("Dear Priya, refund issued today.", "Dear Priya, refund done.")).toBe(
      "Dear Priya, refund issued today.",
    );
    expect(afterSending("", "Dear Priya")).toBe("");
  });
});
