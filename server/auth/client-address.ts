/**
 * Which client a request came from, for rate limits. By default the address of the connection
 * itself (scripts/serve.mjs passes it in PEER_HEADER): a client cannot change it, so one client
 * cannot spend another's allowance, and rotating a forged X-Forwarded-For gains nothing.
 *
 * Behind a reverse proxy (nginx, Caddy, a load balancer) every connection comes from the proxy, so
 * TRUST_PROXY says which proxies to believe; the client is then read from X-Forwarded-For:
 * - TRUST_PROXY=1 (a hop count): trust that many proxies in front of the app; the client is the
 *   address that many entries from the right of the chain (the connection itself counts as the
 *   last entry), so entries a client put in at the left are ignored.
 * - TRUST_PROXY=127.0.0.1,10.0.0.0/8,::1 (addresses and IPv4/IPv6 ranges; "loopback" for
 *   127.0.0.0/8 and ::1): walking the chain from the right, the first address that is not one of
 *   these is the client.
 * Unset, empty, "false" or "0": X-Forwarded-For is ignored.
 */
import net from "node:net";
import { env } from "@/server/env";

export type TrustProxy =
  | { kind: "none" }
  | { kind: "hops"; hops: number }
  | { kind: "addresses"; list: net.BlockList };

export function parseTrustProxy(value: string | undefined): TrustProxy {
  const text = value?.trim().toLowerCase() ?? "";
  if (text === "" || text === "false" || text === "0" || text === "no") return { kind: "none" };
  if (/^\d+$/.test(text)) return { kind: "hops", hops: Number(text) };
  if (text === "true") return { kind: "hops", hops: 1 };
  const list = new net.BlockList();
  for (const raw of text
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)) {
    if (raw === "loopback") {
      list.addSubnet("127.0.0.0", 8, "ipv4");
      list.addAddress("::1", "ipv6");
      continue;
    }
    const [address, bits] = raw.split("/");
    const family = net.isIPv6(address!) ? "ipv6" : net.isIPv4(address!) ? "ipv4" : undefined;
    if (!family)
      throw new Error(
        `TRUST_PROXY: "${raw}" is not an IP address, a range like 10.0.0.0/8, "loopback" or a hop count.`,
      );
    if (bits === undefined) list.addAddress(address!, family);
    else list.addSubnet(address!, Number(bits), family);
  }
  return { kind: "addresses", list };
}

/** "::ffff:10.0.0.1" → "10.0.0.1"; brackets and ports dropped; "" for what is not an address. */
function normalise(address: string): string {
  let a = address.trim();
  if (a.startsWith("[")) a = a.slice(1, a.indexOf("]"));
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(a)) a = a.slice(0, a.lastIndexOf(":"));
  if (a.toLowerCase().startsWith("::ffff:") && net.isIPv4(a.slice(7))) a = a.slice(7);
  return net.isIP(a) ? a : "";
}

function isTrusted(list: net.BlockList, address: string): boolean {
  return list.check(address, net.isIPv6(address) ? "ipv6" : "ipv4");
}

/**
 * The client's address. `peer` is the connection's address (undefined when the app does not know it,
 * e.g. under plain `next start`); `forwardedFor` is the X-Forwarded-For header.
 */
export function clientAddress(
  peer: string | undefined,
  forwardedFor: string | null,
  trust: TrustProxy,
): string {
  const socket = peer === undefined ? "" : normalise(peer);
  if (trust.kind === "none" || !forwardedFor) return socket || "unknown";
  // The chain as the last proxy saw it: client, proxies…, then the connection itself.
  const chain = [...forwardedFor.split(",").map(normalise), socket].filter(
    (a, i, all) => a !== "" || i === all.length - 1,
  );
  if (trust.kind === "hops") {
    const index = Math.max(0, chain.length - 1 - trust.hops);
    return chain[index] || "unknown";
  }
  for (let i = chain.length - 1; i >= 0; i--) {
    const address = chain[i]!;
    if (!address || !isTrusted(trust.list, address)) return address || "unknown";
  }
  return chain[0] || "unknown";
}

/** The eight 16-bit groups of an IPv6 address ("2001:db8::1" → [0x2001, 0xdb8, 0, …, 1]). */
function ipv6Groups(address: string): number[] {
  let text = address.split("%")[0]!.toLowerCase();
  // An IPv4 tail ("64:ff9b::192.0.2.1") is the last two groups.
  const tail = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (tail) {
    const [a, b, c, d] = tail.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, tail.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, rest] = text.split("::") as [string, string | undefined];
  const left = head ? head.split(":") : [];
  const right = rest ? rest.split(":") : [];
  const zeros = rest === undefined ? [] : Array(8 - left.length - right.length).fill("0");
  return [...left, ...zeros, ...right].map((g) => Number.parseInt(g, 16));
}

/**
 * Who a rate limit counts: an IPv4 address as it is, an IPv6 address by its /64 network. One home
 * line or one rented server is given a whole /64 (2^64 addresses), so counting each IPv6 address on
 * its own would let one machine rotate through fresh allowances without end; a /64 is one network
 * (one household, one college subnet), as an IPv4 address behind NAT is.
 */
export function rateLimitClient(address: string): string {
  if (!net.isIPv6(address)) return address;
  const groups = ipv6Groups(address);
  return `${groups
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(":")}::/64`;
}

/**
 * The wider network a client (rateLimitClient's answer) is on, for the limits on guessing codes and on
 * making things (learners, attempts, demo CRM notes): an IPv6 /64 by its /56, anything else as it is. Home broadband is given a /56 (256 /64s) or a /48, not
 * a single /64 (RIPE-690, "Best Current Operational Practice for Operators: IPv6 prefix assignment for
 * end-users", section 4.2), and a /64 of its own for each network behind the router is a setting away,
 * so one household could otherwise guess with 256 allowances, each with its own tries in flight.
 */
export function clientNetwork(client: string): string {
  const slash64 = /^([0-9a-f]{1,4}):([0-9a-f]{1,4}):([0-9a-f]{1,4}):([0-9a-f]{1,4})::\/64$/.exec(client);
  if (!slash64) return client;
  const [a, b, c, d] = slash64.slice(1) as [string, string, string, string];
  return `${a}:${b}:${c}:${(Number.parseInt(d, 16) & 0xff00).toString(16)}::/56`;
}

let configured: TrustProxy | undefined;

/**
 * The client of an HTTP request for rate limits, by this server's TRUST_PROXY setting: its address,
 * or for IPv6 its /64 network (rateLimitClient).
 */
export function requestClientAddress(req: Request): string {
  const { TRUST_PROXY, CRM_TRAINER_PEER_HEADER: peerHeader } = env();
  configured ??= parseTrustProxy(TRUST_PROXY);
  const peer = peerHeader ? (req.headers.get(peerHeader) ?? undefined) : undefined;
  return rateLimitClient(clientAddress(peer, req.headers.get("x-forwarded-for"), configured));
}
