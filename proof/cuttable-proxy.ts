/**
 * A TCP relay between an app server and its PostgreSQL, for fault tests: `cut()` ends every open
 * connection and refuses new ones (as when the database server stops or the network to it fails),
 * `restore()` accepts connections again on the same port. Test support only.
 */
import net from "node:net";
import { freePort } from "./prod-server";

export interface CuttableProxy {
  /** The same database URL, through the relay. */
  url: string;
  cut(): Promise<void>;
  restore(): Promise<void>;
  close(): Promise<void>;
}

export async function cuttableProxy(databaseUrl: string): Promise<CuttableProxy> {
  const target = new URL(databaseUrl);
  const port = await freePort();
  const open = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port), target.hostname);
    for (const s of [client, upstream]) {
      open.add(s);
      s.on("close", () => open.delete(s));
      s.on("error", () => undefined);
    }
    client.pipe(upstream).pipe(client);
    client.on("close", () => upstream.destroy());
    upstream.on("close", () => client.destroy());
  });
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => {
        server.off("error", reject);
        resolve();
      });
    });
  const stopListening = () =>
    new Promise<void>((resolve) => {
      if (!server.listening) return resolve();
      server.close(() => resolve());
      for (const s of open) s.destroy();
    });
  await listen();
  const url = new URL(databaseUrl);
  url.port = String(port);
  return { url: url.toString(), cut: stopListening, restore: listen, close: stopListening };
}
