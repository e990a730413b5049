import type http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createAppServer } from "../../../scripts/lib/serve";
import { clientAddress } from "@/server/auth/client-address";
import { SIGN_IN_LIMITS } from "@/server/auth/sign-in-limits";
import { verifyCredentials } from "@/server/auth/verify-credentials";
import { seedDemoPartnership } from "@/server/seed/demo-partnership";
import { testDatabase } from "../../support/test-database";

/**
 * Issue #18, item 1: the address that sign-in throttling counts comes from the socket and the
 * trusted-proxy setting, never from what the client writes in X-Forwarded-For. The application's
 * own HTTP server (scripts/lib/serve.ts, as `npm start` runs it) sits in front of a stand-in for
 * Next.js that signs in the way the credentials provider does: with clientAddress(headers).
 */
const prisma = () => testDatabase().prisma;
let server: http.Server | undefined;

beforeAll(async () => {
  await seedDemoPartnership(prisma());
});

beforeEach(async () => {
  await prisma().signInFailure.deleteMany();
});

afterEach(async () => {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  server = undefined;
});

async function start(trustedProxyHops: number): Promise<string> {
  server = createAppServer(async (request, response) => {
    const headers = new Headers(Object.entries(request.headers).flatMap(([name, value]) => (typeof value === "string" ? [[name, value] as [string, string]] : [])));
    const url = new URL(request.url ?? "/", "http://localhost");
    const result = await verifyCredentials({ email: url.searchParams.get("email") ?? "", password: "wrong-password", ip: clientAddress(headers) });
    response.writeHead(200, { "Content-Type": "application/json" });
    response.end(JSON.stringify({ result, address: clientAddress(headers) }));
  }, trustedProxyHops);
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
}

async function attempt(base: string, email: string, forwardedFor: string) {
  const response = await fetch(`${base}/sign-in?email=${encodeURIComponent(email)}`, { headers: { "x-forwarded-for": forwardedFor } });
  return (await response.json()) as { result: { ok: boolean; reason?: string }; address: string };
}

describe("the client address behind the application's server", () => {
  it("with the default setting, a different forged X-Forwarded-For on each attempt still counts them for one address", async () => {
    const base = await start(0);
    const answers = [];
    for (let n = 0; n <= SIGN_IN_LIMITS.maxFailuresPerIp; n++) answers.push(await attempt(base, `guess${n}@example.se`, `203.0.113.${n + 1}`));
    expect(new Set(answers.map((answer) => answer.address))).toEqual(new Set(["127.0.0.1"]));
    expect(answers.slice(0, SIGN_IN_LIMITS.maxFailuresPerIp).every((answer) => answer.result.reason === "invalid")).toBe(true);
    expect(answers.at(-1)!.result).toMatchObject({ ok: false, reason: "rate_limited" });
  });

  it("with one trusted proxy hop, the entry that proxy appended (the header's last) is the client", async () => {
    const base = await start(1);
    expect((await attempt(base, "guess@example.se", "6.6.6.6, 198.51.100.23")).address).toBe("198.51.100.23");
    expect(await prisma().signInFailure.count({ where: { ip: "198.51.100.23" } })).toBe(1);
  });

  it("answers a path that cannot be decoded, or decodes to NUL, with 400 before it reaches the application", async () => {
    const base = await start(0);
    for (const path of ["/api/calendar/meetings/%00", "/api/calendar/meetings/%ZZ", "/meetings/%E0%A4%A"]) {
      expect((await fetch(`${base}${path}`)).status, path).toBe(400);
    }
    expect(await prisma().signInFailure.count()).toBe(0);
  });
});
