/**
 * The production HTTP server: Next.js's request handler behind Node's own HTTP server, so the app
 * can know which address each request really came from. `next start` keeps a client's own
 * X-Forwarded-For header and only fills it in when it is missing, so behind it a client could claim
 * any address. Here every request carries the socket's address in PEER_HEADER, overwriting anything
 * the client sent under that name; server/auth/client-address.ts decides whether X-Forwarded-For
 * is believed (only with TRUST_PROXY). Plain JavaScript so it runs without a TypeScript loader.
 *
 * Usage (scripts/start.ts runs it): node scripts/serve.mjs <port> <host>
 */
import http from "node:http";
import next from "next";

export const PEER_HEADER = "x-crm-trainer-peer";

const port = Number(process.argv[2] ?? process.env.PORT ?? 3000);
const hostname = process.argv[3] ?? process.env.HOST ?? "127.0.0.1";

// Tells the app that PEER_HEADER was set by this server (it is ignored otherwise, e.g. under `next start`).
process.env.CRM_TRAINER_PEER_HEADER = PEER_HEADER;

const app = next({ dev: false, dir: process.cwd(), hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((req, res) => {
  req.headers[PEER_HEADER] = req.socket.remoteAddress ?? "";
  handle(req, res).catch((error) => {
    console.error("Request failed:", error);
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  });
});
server.on("error", (error) => {
  console.error(error);
  process.exit(1);
});
server.listen(port, hostname, () => console.log(`Serving on http://${hostname}:${port}`));
