/**
 * The application's HTTP server: Next.js's request handler (its custom-server API) behind a plain
 * Node server that we own, for the three things `next start` cannot do for us:
 *
 * - the client's address: X-Forwarded-For is replaced with the one address chosen from the socket
 *   and the trusted-proxy setting (src/server/auth/client-address.ts), so a forged header changes
 *   nothing; with no trusted proxy, the forwarded host and protocol are the client's words too and
 *   are dropped;
 * - Brotli for the build's static assets, compressed once at build time
 *   (scripts/lib/precompressed-assets.ts); Next.js compresses with gzip only;
 * - one process: the server runs inside `npm start`'s own process, so there is nothing to leave
 *   behind when it stops (see scripts/lib/parent-watch.ts for when its parent is killed).
 *
 * A request whose path cannot be decoded, or decodes to a NUL, is answered 400 here: no route of
 * ours has a use for it, and Next.js would answer some of them with a 500.
 */
import http from "node:http";
import { resolveClientAddress } from "../../src/server/auth/client-address";
import { loadPrecompressedAssets, servePrecompressed, staticFolder, type PrecompressedAssets } from "./precompressed-assets";

export type ServeOptions = { dir: string; port: number; hostname?: string; trustedProxyHops: number };
export type RequestHandler = (request: http.IncomingMessage, response: http.ServerResponse) => Promise<void> | void;

/** Starts Next.js in this process (production mode) and listens; resolves once it accepts requests. */
export async function serveApp(options: ServeOptions): Promise<http.Server> {
  const { default: next } = await import("next");
  const app = next({ dev: false, dir: options.dir, port: options.port, hostname: options.hostname ?? "localhost" });
  await app.prepare();
  const handle = app.getRequestHandler();
  const assets = loadPrecompressedAssets(staticFolder(options.dir));
  return listen(createAppServer((request, response) => handle(request, response), options.trustedProxyHops, assets), options.port, options.hostname);
}

/** The Node server in front of a request handler (exported for tests with a stand-in handler). */
export function createAppServer(handle: RequestHandler, trustedProxyHops: number, assets: PrecompressedAssets = new Map()): http.Server {
  const production = process.env.NODE_ENV === "production";
  return http.createServer((request, response) => {
    if (!hasDecodablePath(request.url ?? "/")) {
      response.writeHead(400, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" });
      response.end("Bad request: the address cannot be decoded.");
      return;
    }
    if (servePrecompressed(assets, request, response, production)) return;
    request.headers["x-forwarded-for"] = resolveClientAddress(request.headers["x-forwarded-for"], request.socket.remoteAddress, trustedProxyHops);
    delete request.headers["x-real-ip"];
    if (trustedProxyHops === 0) {
      delete request.headers["x-forwarded-host"];
      delete request.headers["x-forwarded-proto"];
      delete request.headers["x-forwarded-port"];
    }
    Promise.resolve(handle(request, response)).catch((error: unknown) => {
      console.error("[server] unhandled request error", error);
      if (!response.headersSent) response.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
      response.end();
    });
  });
}

export function hasDecodablePath(url: string): boolean {
  const path = url.split(/[?#]/, 1)[0] ?? "";
  try {
    return !decodeURIComponent(path).includes("\0");
  } catch {
    return false;
  }
}

function listen(server: http.Server, port: number, hostname: string | undefined): Promise<http.Server> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, hostname, () => {
      server.off("error", reject);
      resolve(server);
    });
  });
}
