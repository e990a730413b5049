const BASE = "http://samverkan.invalid";

/**
 * Reduces a URL to a path on this site. The proxy's redirect carries an absolute URL built from the
 * request's host, so an absolute http(s) URL keeps only its path and query; anything else that
 * would lead off the site (protocol-relative, backslashes, other schemes) becomes the home page.
 */
export function safeLocalPath(value: string | null | undefined): string {
  if (!value) return "/";
  try {
    const url = new URL(value, BASE);
    const absolute = /^https?:\/\//i.test(value);
    if (url.origin !== BASE && !absolute) return "/";
    const path = `${url.pathname}${url.search}`;
    return path.startsWith("/") && !path.startsWith("//") ? path : "/";
  } catch {
    return "/";
  }
}

/** Where to go after signing in: a local path, never back to the sign-in page itself. */
export function safeCallbackPath(value: string | null | undefined): string {
  const path = safeLocalPath(value);
  return path === "/sign-in" || path.startsWith("/sign-in?") || path.startsWith("/api/") ? "/" : path;
}
