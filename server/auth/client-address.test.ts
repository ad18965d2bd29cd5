import { describe, expect, it } from "vitest";
import { clientAddress, clientNetwork, parseTrustProxy, rateLimitClient } from "./client-address";

describe("client address", () => {
  const none = parseTrustProxy(undefined);

  it("is the connection's address by default, whatever X-Forwarded-For says", () => {
    expect(clientAddress("203.0.113.7", null, none)).toBe("203.0.113.7");
    expect(clientAddress("203.0.113.7", "10.0.0.1", none)).toBe("203.0.113.7");
    expect(clientAddress("::ffff:203.0.113.7", "10.0.0.1", none)).toBe("203.0.113.7");
    for (const off of ["", "false", "0", "no"])
      expect(clientAddress("203.0.113.7", "10.0.0.1", parseTrustProxy(off))).toBe("203.0.113.7");
    expect(clientAddress(undefined, "10.0.0.1", none)).toBe("unknown");
  });

  it("with a hop count, reads that many entries from the right, so what a client prepends is ignored", () => {
    const one = parseTrustProxy("1");
    // nginx on the same machine appends the client's address: "whatever the client sent, real client".
    expect(clientAddress("127.0.0.1", "6.6.6.6, 198.51.100.9", one)).toBe("198.51.100.9");
    expect(clientAddress("127.0.0.1", "198.51.100.9", one)).toBe("198.51.100.9");
    expect(clientAddress("10.0.0.2", "6.6.6.6, 198.51.100.9, 10.0.0.1", parseTrustProxy("2"))).toBe(
      "198.51.100.9",
    );
    expect(clientAddress("127.0.0.1", null, one)).toBe("127.0.0.1");
    // More hops than the chain has: the leftmost address.
    expect(clientAddress("127.0.0.1", "198.51.100.9", parseTrustProxy("5"))).toBe("198.51.100.9");
  });

  it("with proxy addresses, the first address from the right that is not a trusted proxy", () => {
    const trusted = parseTrustProxy("loopback, 10.0.0.0/8, fd00::/8");
    expect(clientAddress("127.0.0.1", "6.6.6.6, 198.51.100.9, 10.1.2.3", trusted)).toBe("198.51.100.9");
    expect(clientAddress("::1", "2001:db8::5", trusted)).toBe("2001:db8::5");
    // A client talking straight to the app is not a proxy: its own header is ignored.
    expect(clientAddress("198.51.100.20", "10.9.9.9", trusted)).toBe("198.51.100.20");
    expect(clientAddress("127.0.0.1", "garbage, 198.51.100.9", trusted)).toBe("198.51.100.9");
  });

  it("counts an IPv6 client by its /64 network, as one machine can rotate through all of it", () => {
    for (const a of [
      "2001:db8:1:2::1",
      "2001:db8:1:2:ffff:ffff:ffff:ffff",
      "2001:0db8:0001:0002:0000:0000:0000:0007",
      "2001:DB8:1:2:a:b:c:d",
      "2001:db8:1:2::192.0.2.1",
      "2001:db8:1:2::1%eth0",
    ])
      expect(rateLimitClient(a), a).toBe("2001:db8:1:2::/64");
    expect(rateLimitClient("2001:db8:1:3::1")).toBe("2001:db8:1:3::/64");
    expect(rateLimitClient("::1")).toBe("0:0:0:0::/64");
    expect(rateLimitClient("2001:db8::")).toBe("2001:db8:0:0::/64");
    // IPv4 (and what is not an address) as it is.
    expect(rateLimitClient("203.0.113.7")).toBe("203.0.113.7");
    expect(rateLimitClient("unknown")).toBe("unknown");
  });

  it("puts an IPv6 client's /64 in its /56 for guessing codes; IPv4 and the rest as they are", () => {
    expect(clientNetwork(rateLimitClient("2001:db8:1:2::1"))).toBe("2001:db8:1:0::/56");
    expect(clientNetwork(rateLimitClient("2001:db8:1:ff::1"))).toBe("2001:db8:1:0::/56");
    expect(clientNetwork(rateLimitClient("2001:db8:1:1ab::1"))).toBe("2001:db8:1:100::/56");
    expect(clientNetwork(rateLimitClient("2001:db8:1:abcd::1"))).toBe("2001:db8:1:ab00::/56");
    expect(clientNetwork("203.0.113.7")).toBe("203.0.113.7");
    expect(clientNetwork("unknown")).toBe("unknown");
  });

  it("refuses a setting it cannot read", () => {
    expect(() => parseTrustProxy("my-proxy.local")).toThrow(/TRUST_PROXY/);
  });
});
