/**
 * The client's address as seen by the nearest proxy. Next.js (and a reverse proxy in front of it)
 * appends to x-forwarded-for, so the last entry is the one a client cannot forge.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").map((part) => part.trim()).filter(Boolean).at(-1);
  return last || headers.get("x-real-ip") || "unknown";
}
