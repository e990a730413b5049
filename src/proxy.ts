import { NextResponse } from "next/server";
import { auth } from "@/server/auth";
import { contentSecurityPolicy, createNonce } from "@/server/security/content-security-policy";
import { changesState, isSameOriginRequest } from "@/server/security/same-origin";

// A convenience redirect for signed-out visitors. It is not the security boundary: every page and
// action checks the session and permission itself. It also sets the per-request CSP nonce.
const PUBLIC_PATHS = ["/sign-in", "/accessibility", "/invitation", "/agreement/public", "/priority-areas/public", "/results/public", "/decisions"];
// A meeting's page and its minutes decide for themselves: public meetings are shown to visitors,
// any other sends them to sign in. (/meetings/new matches too; that page requires sign-in itself.)
// The start page is the public page for visitors and "Min översikt" for signed-in users.
const PUBLIC_PATTERNS = [/^\/$/, /^\/meetings\/[^/]+(?:\/minutes)?$/];

export default auth((request) => {
  // Server actions and no-JavaScript form posts arrive as POSTs to pages. Next.js checks their
  // Origin only when there is one; a post without Origin, with `null` (sandboxed frames, some
  // redirects) or from another site is refused here before any action runs.
  if (changesState(request.method) && !isSameOriginRequest(request.headers)) {
    return new NextResponse("Cross-origin request refused.", { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const { pathname, search } = request.nextUrl;
  const policy = contentSecurityPolicy(createNonce(), { development: process.env.NODE_ENV === "development" });

  const isPublic = PUBLIC_PATHS.some((path) => pathname === path || pathname.startsWith(`${path}/`)) || PUBLIC_PATTERNS.some((pattern) => pattern.test(pathname));
  if (!request.auth?.user && !isPublic) {
    const signIn = new URL("/sign-in", request.nextUrl);
    signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
    const redirect = NextResponse.redirect(signIn);
    redirect.headers.set("Content-Security-Policy", policy);
    return redirect;
  }

  // Next.js reads the policy from the request to put the nonce on the scripts it renders.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
});

export const config = {
  // Everything under /_next (assets, images, the development server's hot reload) passes untouched.
  matcher: ["/((?!api/|_next/|favicon.ico|.*\\.(?:svg|png|ico|woff2?)$).*)"],
};
