import "server-only";
import { headers } from "next/headers";

/**
 * The origin (scheme://host[:port]) set in AUTH_URL, or null when it is unset or not a URL. Jobs that
 * run outside a request (reminder mail) can only build links from this.
 */
export function configuredOrigin(): string | null {
  const configured = process.env.AUTH_URL?.trim();
  if (!configured) return null;
  try {
    return new URL(configured).origin;
  } catch {
    return null;
  }
}

/**
 * The address people reach the application at, for links in mail and one-time links: AUTH_URL
 * behind a proxy, else the request's own (forwarded headers first). Needs a request when AUTH_URL
 * is unset.
 */
export async function appOrigin(): Promise<string> {
  const configured = configuredOrigin();
  if (configured) return configured;
  const requestHeaders = await headers();
  const host = firstValue(requestHeaders.get("x-forwarded-host")) ?? firstValue(requestHeaders.get("host")) ?? "localhost:3000";
  const protocol =
    firstValue(requestHeaders.get("x-forwarded-proto")) ??
    (host.startsWith("localhost") || host.startsWith("127.") || host.startsWith("[::1]") ? "http" : "https");
  return `${protocol}://${host}`;
}

/** Proxies may append: "a, b" — the first is the client-facing value. */
function firstValue(header: string | null): string | null {
  const value = header?.split(",")[0]?.trim();
  return value ? value : null;
}
