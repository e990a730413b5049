/**
 * Whether a request comes from a page of this site. Browsers send Origin with every POST, so a
 * missing, `null` or foreign Origin on a state-changing request is a forged or sandboxed one. The
 * host is the one the browser used: X-Forwarded-Host behind a reverse proxy, else Host.
 */
export function isSameOriginRequest(headers: Headers): boolean {
  const origin = headers.get("origin");
  if (!origin || origin === "null") return false;
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  if (!host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function changesState(method: string): boolean {
  return !SAFE_METHODS.has(method.toUpperCase());
}
