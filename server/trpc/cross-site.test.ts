import { describe, expect, it } from "vitest";
import { isCrossSite } from "./cross-site";

const post = (headers: Record<string, string>) =>
  new Request("http://crm.college.example/api/trpc/auth.signOutEverywhere", {
    method: "POST",
    headers: { host: "crm.college.example", ...headers },
    body: "{}",
  });
const json = { "content-type": "application/json" };

describe("isCrossSite", () => {
  it("lets the app's own requests through, and non-browser clients sending JSON", () => {
    expect(
      isCrossSite(post({ ...json, "sec-fetch-site": "same-origin", origin: "http://crm.college.example" })),
    ).toBe(false);
    expect(isCrossSite(post({ ...json, origin: "http://crm.college.example" }))).toBe(false);
    expect(isCrossSite(post({ ...json, referer: "http://crm.college.example/tutor" }))).toBe(false);
    expect(isCrossSite(post(json))).toBe(false);
    expect(isCrossSite(new Request("http://crm.college.example/api/trpc/auth.me"))).toBe(false);
  });

  it("refuses what a browser says came from another site", () => {
    expect(isCrossSite(post({ ...json, "sec-fetch-site": "cross-site" }))).toBe(true);
    expect(isCrossSite(post({ ...json, "sec-fetch-site": "same-site" }))).toBe(true);
    expect(isCrossSite(post({ ...json, origin: "https://evil.example" }))).toBe(true);
    expect(isCrossSite(post({ ...json, origin: "null" }))).toBe(true);
  });

  /**
   * Probe, session 41: a multipart form posted from another site's page, with the session cookie and
   * neither Origin nor Sec-Fetch-Site (a browser too old to send them and to honour SameSite), ran
   * auth.signOutEverywhere (200, 2 sessions ended): tRPC reads multipart/form-data as a mutation, and
   * the guard looked at nothing else. OWASP CSRF Prevention Cheat Sheet: with no Origin, check the
   * Referer; and the app only ever posts JSON, which no form can send and no other page's script can
   * send here without a preflight, which is refused.
   */
  it("refuses a foreign Referer when there is no Origin", () => {
    expect(isCrossSite(post({ ...json, referer: "https://evil.example/page" }))).toBe(true);
    expect(isCrossSite(post({ ...json, referer: "http://crm.college.example.evil.example/" }))).toBe(true);
  });

  it.each([
    "multipart/form-data; boundary=XyZ",
    "application/x-www-form-urlencoded",
    "text/plain",
    "application/octet-stream",
  ])("refuses a POST sent as %s, the kinds a form on any site can send", (type) => {
    expect(isCrossSite(post({ "content-type": type }))).toBe(true);
    expect(isCrossSite(post({ "content-type": type, origin: "http://crm.college.example" }))).toBe(true);
  });

  it("refuses a POST with no content type at all", () => {
    expect(isCrossSite(post({}))).toBe(true);
  });
});
