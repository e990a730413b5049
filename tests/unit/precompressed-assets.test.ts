import fs from "node:fs";
import type http from "node:http";
import { request as httpRequest } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { acceptsBrotli, loadPrecompressedAssets, precompressStaticAssets } from "../../scripts/lib/precompressed-assets";
import { createAppServer } from "../../scripts/lib/serve";

/** Issue #16, item 1: the build's JavaScript and CSS go to the browser as Brotli, compressed once. */
let folder: string;
const script = `export const words = ${JSON.stringify(Array.from({ length: 400 }, (_, index) => `ord-${index}`))};\n`;
const style = `.card{padding:1rem}\n`.repeat(100);

beforeAll(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), "samverkan-static-"));
  fs.mkdirSync(path.join(folder, "chunks"));
  fs.mkdirSync(path.join(folder, "media"));
  fs.writeFileSync(path.join(folder, "chunks", "app-1a2b.js"), script);
  fs.writeFileSync(path.join(folder, "chunks", "tiny.js"), "export {};\n".repeat(20));
  fs.writeFileSync(path.join(folder, "chunks", "styles.css"), style);
  fs.writeFileSync(path.join(folder, "media", "font.woff2"), Buffer.alloc(4096, 7));
});

afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

describe("precompressing the build's static assets", () => {
  it("writes a Brotli file beside each script and stylesheet worth compressing, and nothing else", async () => {
    const summary = await precompressStaticAssets(folder);
    expect(summary.files).toBe(2);
    expect(fs.existsSync(path.join(folder, "chunks", "tiny.js.br"))).toBe(false);
    expect(fs.existsSync(path.join(folder, "media", "font.woff2.br"))).toBe(false);
    const compressed = fs.readFileSync(path.join(folder, "chunks", "app-1a2b.js.br"));
    expect(compressed.length).toBeLessThan(script.length / 3);
    expect(zlib.brotliDecompressSync(compressed).toString()).toBe(script);
  });

  it("loads them keyed by their address, and leaves out one whose asset was built again after it", async () => {
    await precompressStaticAssets(folder);
    const assets = loadPrecompressedAssets(folder);
    expect([...assets.keys()].sort()).toEqual(["/_next/static/chunks/app-1a2b.js", "/_next/static/chunks/styles.css"]);
    expect(assets.get("/_next/static/chunks/styles.css")!.contentType).toBe("text/css; charset=UTF-8");

    const earlier = new Date(Date.now() - 60_000);
    fs.utimesSync(path.join(folder, "chunks", "styles.css.br"), earlier, earlier);
    expect([...loadPrecompressedAssets(folder).keys()]).toEqual(["/_next/static/chunks/app-1a2b.js"]);
    await precompressStaticAssets(folder);
    expect(loadPrecompressedAssets(folder).size).toBe(2);
  });

  it("finds nothing to load when there is no build", () => {
    expect(loadPrecompressedAssets(path.join(folder, "missing")).size).toBe(0);
  });
});

describe("Accept-Encoding", () => {
  it.each([
    ["gzip, deflate, br, zstd", true],
    ["br", true],
    ["gzip;q=1.0, BR;q=0.5", true],
    ["gzip, br;q=0", false],
    ["gzip, deflate", false],
    ["brotli", false],
    ["", false],
  ])("%j admits Brotli: %s", (header, expected) => {
    expect(acceptsBrotli(header)).toBe(expected);
  });

  it("reads a header sent more than once, and its absence", () => {
    expect(acceptsBrotli(["gzip", "br"])).toBe(true);
    expect(acceptsBrotli(undefined)).toBe(false);
  });
});

describe("the application's server with precompressed assets", () => {
  let server: http.Server | undefined;
  let base = "";
  const handled: string[] = [];

  beforeAll(async () => {
    await precompressStaticAssets(folder);
    server = createAppServer(
      (request, response) => {
        handled.push(`${request.method} ${request.url}`);
        response.writeHead(200, { "Content-Type": "text/plain" });
        response.end("from Next.js");
      },
      0,
      loadPrecompressedAssets(folder),
    );
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterEach(() => void handled.splice(0));
  afterAll(() => new Promise((resolve) => server!.close(resolve)));

  /** The response as it came: node:http neither decompresses the body nor resolves dots in the path. */
  function get(pathname: string, headers: Record<string, string>, method = "GET") {
    return new Promise<{ status: number; headers: http.IncomingHttpHeaders; bytes: Buffer }>((resolve, reject) => {
      const { hostname, port } = new URL(base);
      const request = httpRequest({ hostname, port, path: pathname, method, headers }, async (response) => {
        const chunks: Buffer[] = [];
        for await (const chunk of response) chunks.push(chunk as Buffer);
        resolve({ status: response.statusCode ?? 0, headers: response.headers, bytes: Buffer.concat(chunks) });
      });
      request.on("error", reject);
      request.end();
    });
  }

  it("answers a browser that accepts Brotli from memory, with the headers Next.js gives static assets", async () => {
    const response = await get("/_next/static/chunks/app-1a2b.js?dpl=1", { "accept-encoding": "gzip, deflate, br" });
    expect(response.status).toBe(200);
    expect(response.headers["content-encoding"]).toBe("br");
    expect(response.headers["content-type"]).toBe("application/javascript; charset=UTF-8");
    expect(response.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(response.headers["vary"]).toBe("Accept-Encoding");
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    // The document policies are the page's, not the script's.
    expect(response.headers["x-frame-options"]).toBeUndefined();
    expect(Number(response.headers["content-length"])).toBe(response.bytes.length);
    expect(zlib.brotliDecompressSync(response.bytes).toString()).toBe(script);
    expect(handled).toEqual([]);
  });

  it("answers HEAD with the headers only", async () => {
    const response = await get("/_next/static/chunks/styles.css", { "accept-encoding": "br" }, "HEAD");
    expect(response.headers["content-encoding"]).toBe("br");
    expect(response.bytes.length).toBe(0);
    expect(handled).toEqual([]);
  });

  it("leaves to Next.js a client without Brotli, another method, an asset without its file, a path with dots, and any other path", async () => {
    const paths = [
      ["GET", "/_next/static/chunks/app-1a2b.js", "gzip, deflate"],
      ["GET", "/_next/static/chunks/app-1a2b.js", "gzip, br;q=0"],
      ["POST", "/_next/static/chunks/app-1a2b.js", "br"],
      ["GET", "/_next/static/chunks/tiny.js", "br"],
      ["GET", "/_next/static/chunks/../chunks/app-1a2b.js", "br"],
      ["GET", "/_next/static/chunks/app-1a2b.js.br", "br"],
      ["GET", "/meetings", "br"],
    ] as const;
    for (const [method, pathname, encoding] of paths) {
      const response = await get(pathname, { "accept-encoding": encoding }, method);
      expect(response.headers["content-encoding"], `${method} ${pathname}`).toBeUndefined();
      expect(response.bytes.toString()).toBe("from Next.js");
    }
    expect(handled).toEqual(paths.map(([method, pathname]) => `${method} ${pathname}`));
  });
});
