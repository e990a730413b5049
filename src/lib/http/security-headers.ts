/**
 * The headers that hold the application's security policy. next.config.ts sends all of them with
 * every response Next.js makes; the application's own server (scripts/lib/serve.ts) sends the
 * build's static assets itself and gives them the part that applies to a script or a stylesheet.
 */
export type Header = { key: string; value: string };

/** What protects any response: no type sniffing, and HTTPS from now on. */
function forEveryResponse(production: boolean): Header[] {
  return [
    { key: "X-Content-Type-Options", value: "nosniff" },
    // Browsers ignore HSTS over plain http, so it is safe to send whenever we run in production.
    ...(production ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
  ];
}

/** Policies a browser applies to the document that carries them (framing, referrers, features). */
const FOR_DOCUMENTS: Header[] = [
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
];

export function securityHeaders(production: boolean): Header[] {
  return [...forEveryResponse(production), ...FOR_DOCUMENTS];
}

/**
 * For the build's scripts and stylesheets: the document policies would only add bytes to every
 * asset (about 150 each), since a browser reads them from the page. (Referrer-Policy is the
 * browser's default, strict-origin-when-cross-origin, for what a stylesheet loads.)
 */
export function staticAssetSecurityHeaders(production: boolean): Header[] {
  return forEveryResponse(production);
}
