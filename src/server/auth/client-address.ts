import { isIPv4 } from "node:net";

/**
 * The client's address for sign-in throttling. The application's own HTTP server (scripts/lib/serve.ts,
 * used by `npm start` and the end-to-end tests) replaces X-Forwarded-For with the one address that
 * resolveClientAddress chose from the socket and the trusted-proxy setting, so by the time a request
 * reaches Next.js the header holds exactly that address and nothing the client wrote.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").map((part) => part.trim()).filter(Boolean).at(-1);
  return last || "unknown";
}

/** The name of the setting: how many proxies that the operator runs stand in front of the app. */
export const TRUSTED_PROXY_HOPS_SETTING = "TRUSTED_PROXY_HOPS";
const MAX_TRUSTED_PROXY_HOPS = 10;

/** Reads TRUSTED_PROXY_HOPS (default 0: no proxy, the socket's peer is the client). */
export function trustedProxyHopsFrom(env: Record<string, string | undefined>): number {
  const raw = env[TRUSTED_PROXY_HOPS_SETTING]?.trim();
  if (!raw) return 0;
  const hops = Number(raw);
  if (!Number.isInteger(hops) || hops < 0 || hops > MAX_TRUSTED_PROXY_HOPS) {
    throw new Error(`${TRUSTED_PROXY_HOPS_SETTING} must be a whole number from 0 to ${MAX_TRUSTED_PROXY_HOPS}, not "${raw}".`);
  }
  return hops;
}

/**
 * Who sent the request. Each proxy appends the address it received the request from to
 * X-Forwarded-For, so the chain [...X-Forwarded-For, socket peer] ends with the entries our own
 * proxies wrote; `trustedHops` of them are trusted, and the entry before them is the client.
 * Everything further left was written by the client and is ignored. With 0 hops the socket's peer
 * is the client, whatever the header says.
 */
export function resolveClientAddress(forwardedFor: string | string[] | undefined, socketAddress: string | undefined, trustedHops: number): string {
  const socket = normaliseAddress(socketAddress ?? "") || "unknown";
  if (trustedHops === 0) return socket;
  const forwarded = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map((entry) => normaliseAddress(entry))
    .filter(Boolean);
  const chain = [...forwarded, socket];
  // Fewer entries than trusted proxies: the request bypassed one of them; the oldest entry we have
  // is still better than one the client may have written further left (there is none).
  return chain[Math.max(0, chain.length - 1 - trustedHops)] ?? socket;
}

/** IPv4 clients of a dual-stack socket appear as ::ffff:a.b.c.d; one client, one spelling. */
function normaliseAddress(address: string): string {
  const trimmed = address.trim();
  const mapped = trimmed.toLowerCase().startsWith("::ffff:") ? trimmed.slice("::ffff:".length) : "";
  return (isIPv4(mapped) ? mapped : trimmed).slice(0, 64);
}
