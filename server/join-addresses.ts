/**
 * Where learners' own devices can reach the join page, for the tutor to put on the projector. The
 * tutor's browser often shows the server as localhost, which means nothing on a learner's laptop.
 */
import os from "node:os";

type Interfaces = ReturnType<typeof os.networkInterfaces>;
type Env = Record<string, string | undefined>;

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|::1|\[::1\])$/i;

/** Addresses as a learner types them ("192.168.1.20:3000/join"), best first; empty when only this computer can connect. */
export function joinAddresses(env: Env = process.env, interfaces: Interfaces = os.networkInterfaces()): string[] {
  const publicUrl = env.PUBLIC_URL?.trim();
  if (publicUrl) {
    try {
      const url = new URL(publicUrl);
      if (url.protocol === "http:" || url.protocol === "https:") {
        const base = `${url.protocol === "https:" ? "https://" : ""}${url.host}${url.pathname.replace(/\/+$/, "")}`;
        return [`${base}/join`];
      }
    } catch {
      // An unusable PUBLIC_URL falls back to what the server listens on (start.ts warns about it).
    }
  }
  const host = (env.HOST ?? "127.0.0.1").trim();
  const port = (env.PORT ?? "3000").trim();
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
  const rank = (a: string) => (a.startsWith("192.168.") ? 0 : a.startsWith("10.") ? 1 : /^172\.(1[6-9]|2\d|3[01])\./.test(a) ? 2 : 3);
  return found.map((a, i) => ({ a, i })).sort((x, y) => rank(x.a) - rank(y.a) || x.i - y.i).map((x) => x.a);
}

/** True when PUBLIC_URL is set but is not an http(s) address. */
export function publicUrlIsInvalid(env: Env = process.env): boolean {
  const value = env.PUBLIC_URL?.trim();
  if (!value) return false;
  try {
    const url = new URL(value);
    return url.protocol !== "http:" && url.protocol !== "https:";
  } catch {
    return true;
  }
}
