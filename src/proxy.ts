import { NextResponse, type NextRequest } from "next/server";
import { NOTICE_HEADER, NOTICE_PARAM } from "@/lib/forms/notice-address";
import { oversizedUploadRedirect } from "@/lib/uploads/oversized-upload";
import { SERVER_ACTION_BODY_LIMIT_BYTES } from "@/lib/uploads/upload-limits";
import { readSessionCookie, refreshSessionCookie } from "@/server/auth/session-cookie";
import { contentSecurityPolicy, createNonce } from "@/server/security/content-security-policy";
import { hasMalformedActionBody } from "@/server/security/action-body";
import { changesState, isSameOriginRequest } from "@/server/security/same-origin";

// A convenience redirect for signed-out visitors. It is not the security boundary: every page and
// action checks the session and permission itself. It also sets the per-request CSP nonce.
const PUBLIC_PATHS = ["/sign-in", "/accessibility", "/invitation", "/agreement/public", "/priority-areas/public", "/results/public", "/decisions"];
// A meeting's page and its minutes decide for themselves: public meetings are shown to visitors,
// any other sends them to sign in. (/meetings/new matches too; that page requires sign-in itself.)
// The start page is the public page for visitors and "Min översikt" for signed-in users.
const PUBLIC_PATTERNS = [/^\/$/, /^\/meetings\/[^/]+(?:\/minutes)?$/];

// Files served as they are (the icon, fonts, images): a GET for one needs no session and no policy.
const STATIC_FILE = /\.(?:svg|png|ico|woff2?|jpe?g|webp|gif|txt|xml|webmanifest)$/i;

/**
 * Runs for every path but /_next and /api (see the matcher), whatever it ends with: a server action
 * can be posted to any page path, also one that looks like a file (/meetings/x.png).
 */
export default async function proxy(request: NextRequest) {
  // Server actions and no-JavaScript form posts arrive as POSTs to pages. Next.js checks their
  // Origin only when there is one (and answers a foreign one with a 500); a post without Origin,
  // with `null` (sandboxed frames, some redirects) or from another site is refused here before
  // any action runs.
  if (changesState(request.method)) {
    if (!isSameOriginRequest(request.headers)) {
      return new NextResponse("Cross-origin request refused.", { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    }
    // Larger than any form of ours sends (a file over its limit is refused in the browser, with the
    // form's own message): refused before Next.js reads it, which would answer with a 500. A form's
    // file sent without JavaScript goes back to its page, which shows the form's own error.
    const contentLength = Number(request.headers.get("content-length"));
    if (contentLength > SERVER_ACTION_BODY_LIMIT_BYTES) {
      const back = oversizedUploadRedirect({
        pathname: request.nextUrl.pathname,
        search: request.nextUrl.search,
        contentType: request.headers.get("content-type"),
        contentLength,
        isActionCall: request.headers.has("next-action"),
      });
      if (back) return NextResponse.redirect(new URL(back, request.nextUrl), { status: 303, headers: { "Cache-Control": "no-store" } });
      return new NextResponse("Request too large.", { status: 413, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    }
    if (await hasMalformedActionBody(request)) {
      return new NextResponse("Malformed request.", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    }
  } else if (STATIC_FILE.test(request.nextUrl.pathname)) {
    return NextResponse.next();
  }
  return withSession(request);
}

/**
 * Reads the session cookie without the database (a signed, unexpired cookie is enough for a
 * convenience redirect; the page checks the account itself), and extends it while the session is
 * in use, up to its absolute end (src/lib/session-lifetime.ts). An ended session's cookie may be
 * extended too, but no page accepts it, and it is remembered as ended until that end.
 */
async function withSession(request: NextRequest): Promise<NextResponse> {
  const { pathname, search } = request.nextUrl;
  const policy = contentSecurityPolicy(createNonce(), { development: process.env.NODE_ENV === "development" });
  const session = await readSessionCookie(request.cookies.getAll());

  const isPublic = PUBLIC_PATHS.some((path) => pathname === path || pathname.startsWith(`${path}/`)) || PUBLIC_PATTERNS.some((pattern) => pattern.test(pathname));
  if (!session && !isPublic) {
    const signIn = new URL("/sign-in", request.nextUrl);
    signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
    const redirect = NextResponse.redirect(signIn);
    redirect.headers.set("Content-Security-Policy", policy);
    return redirect;
  }

  // Next.js reads the policy from the request to put the nonce on the scripts it renders.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", policy);
  // The step confirmation is rendered by the root layout, which is not given the address: the query
  // goes with the request when it carries a notice (the layout keeps only allowed keys), and a
  // header of that name from the browser never does.
  requestHeaders.delete(NOTICE_HEADER);
  if (request.nextUrl.searchParams.has(NOTICE_PARAM)) requestHeaders.set(NOTICE_HEADER, search);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  // Only on reads: a post may be signing in or out, whose own cookie must be the last word.
  const refreshed = session && !changesState(request.method) ? await refreshSessionCookie(session) : null;
  if (refreshed) {
    response.cookies.set(refreshed.name, refreshed.value, { httpOnly: true, sameSite: "lax", path: "/", secure: refreshed.secure, expires: refreshed.expires });
  }
  return response;
}

export const config = {
  // Everything under /_next (assets, images, the development server's hot reload) passes untouched;
  // route handlers under /api check what they accept themselves (next-auth its CSRF token, uploads
  // their Origin).
  matcher: ["/((?!api/|_next/).*)"],
};
