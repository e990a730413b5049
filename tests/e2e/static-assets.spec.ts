import { expect, test } from "@playwright/test";

/**
 * Issue #16, item 1: the server `npm start` runs sends the build's scripts and stylesheets as
 * Brotli, compressed once at build time, to a browser that accepts it, and as gzip (Next.js's
 * own answer) to one that does not; either way the same file, with the same headers as before.
 */
test("the start page's scripts and stylesheets arrive as Brotli, and as gzip to a client without it", async ({ request }) => {
  const page = await request.get("/");
  const html = await page.text();
  const assets = [...new Set([...html.matchAll(/(?:src|href)="(\/_next\/static\/[^"?]+\.(?:js|css))/g)].map((match) => match[1]!))];
  expect(assets.filter((asset) => asset.endsWith(".js")).length).toBeGreaterThan(3);
  expect(assets.some((asset) => asset.endsWith(".css"))).toBe(true);

  for (const asset of assets) {
    const brotli = await request.get(asset, { headers: { "accept-encoding": "br" } });
    const gzip = await request.get(asset, { headers: { "accept-encoding": "gzip" } });
    expect(brotli.status(), asset).toBe(200);
    expect(gzip.status(), asset).toBe(200);
    const body = await gzip.body();
    expect((await brotli.body()).equals(body), `${asset}: the same file either way`).toBe(true);
    // The build's Brotli step leaves out files under 256 bytes, Next.js's gzip those under 1 KiB.
    if (body.length >= 256) expect(brotli.headers()["content-encoding"], asset).toBe("br");
    if (body.length >= 1024) expect(gzip.headers()["content-encoding"], asset).toBe("gzip");
    for (const header of ["content-type", "cache-control", "x-content-type-options", "strict-transport-security"]) {
      expect(brotli.headers()[header], `${asset}: ${header}`).toBe(gzip.headers()[header]);
    }
    expect(brotli.headers()["x-content-type-options"]).toBe("nosniff");
  }
});
