/**
 * Where learners' own devices can reach the join page, for the tutor to put on the projector. The
 * tutor's browser often shows the server as localhost, which means nothing on a learner's laptop.
 * Pure apart from its defaults (the environment, the machine's network interfaces), which tests replace.
 */
import os from "node:os";
import { env as readEnv } from "./env";

type Interfaces = ReturnType<typeof os.networkInterfaces>;
/** The settings this reads (typed from ./env, or raw strings in tests). */
type Env = { HOST?: string; PORT?: string | number; PUBLIC_URL?: string };

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|::1|\[::1\])$/i;
// A Host header as browsers send it; anything else is ignored rather than echoed.
const HOST_HEADER = /^[A-Za-z0-9.\-[\]:]{1,255}$/;

/** PUBLIC_URL as a URL, "invalid" when it is set but not an http(s) address, undefined when unset. */
function publicUrl(env: Env): URL | "invalid" | undefined {
  const value = env.PUBLIC_URL?.trim();
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url : "invalid";
  } catch {
    return "invalid";
  }
}

/** True when PUBLIC_URL is set but is not an http(s) address. */
export function publicUrlIsInvalid(env: Env = readEnv()): boolean {
  return publicUrl(env) === "invalid";
}

function listenHost(env: Env): string {
  return (env.HOST ?? "127.0.0.1").trim();
}

/** Addresses as a learner types them ("192.168.1.20:3000/join"), best first; empty when only this computer can connect. */
export function joinAddresses(
  env: Env = readEnv(),
  interfaces: Interfaces = os.networkInterfaces(),
): string[] {
  const url = publicUrl(env);
  if (url instanceof URL)
    return [
      `${url.protocol === "https:" ? "https://" : ""}${url.host}${url.pathname.replace(/\/+$/, "")}/join`,
    ];
  const host = listenHost(env);
  const port = String(env.PORT ?? "3000").trim();
  if (LOOPBACK.test(host)) return [];
  if (host !== "0.0.0.0" && host !== "::") return [`${host.includes(":") ? `[${host}]` : host}:${port}/join`];
  const found: string[] = [];
  for (const entries of Object.values(interfaces)) {
    for (const entry of entries ?? []) {
      if (entry.internal || entry.family !== "IPv4") continue;
      found.push(`${entry.address}:${port}/join`);
    }
  }
  // Home and school Wi-Fi (192.168/16) first, then 10/8, then 172.16/12 (often a container bridge), then the rest.
  const rank = (a: string) =>
    a.startsWith("192.168.") ? 0 : a.startsWith("10.") ? 1 : /^172\.(1[6-9]|2\d|3[01])\./.test(a) ? 2 : 3;
  return found
    .map((a, i) => ({ a, i }))
    .sort((x, y) => rank(x.a) - rank(y.a) || x.i - y.i)
    .map((x) => x.a);
}

/** A full URL for an address as `joinAddresses` writes it (for links and the start-up message). */
export function joinUrl(address: string): string {
  return address.startsWith("https://") ? address : `http://${address}`;
}

export interface JoinAddress {
  /** The address to put on the projector. */
  shown: string;
  /** Other addresses of this computer, if the shown one does not open on learners' devices. */
  alternatives: string[];
  /** The app only listens on this computer, so no learner's device can reach it. */
  onlyThisComputer: boolean;
}

/**
 * What the class page shows, given the Host the tutor's browser used: PUBLIC_URL if set; else the
 * tutor's own address unless it is localhost (learners on the same network reach it the same way);
 * else this computer's network addresses; else the local address, with a warning.
 */
export function joinAddressFor(
  requestHost: string | undefined,
  env: Env = readEnv(),
  interfaces: Interfaces = os.networkInterfaces(),
): JoinAddress {
  const addresses = joinAddresses(env, interfaces);
  if (publicUrl(env) instanceof URL)
    return { shown: addresses[0]!, alternatives: [], onlyThisComputer: false };
  const host = requestHost && HOST_HEADER.test(requestHost) ? requestHost : undefined;
  const hostname = host?.replace(/:\d+$/, "");
  if (host && hostname && !LOOPBACK.test(hostname)) {
    const shown = `${host}/join`;
    return { shown, alternatives: addresses.filter((a) => a !== shown), onlyThisComputer: false };
  }
  if (addresses.length > 0)
    return { shown: addresses[0]!, alternatives: addresses.slice(1), onlyThisComputer: false };
  const local = host ?? `localhost:${String(env.PORT ?? "3000").trim()}`;
  return { shown: `${local}/join`, alternatives: [], onlyThisComputer: LOOPBACK.test(listenHost(env)) };
}
