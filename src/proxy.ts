import { NextResponse } from "next/server";
import { auth } from "@/server/auth";

// A convenience redirect for signed-out visitors. It is not the security boundary: every page and
// action checks the session and permission itself.
const PUBLIC_PATHS = ["/sign-in", "/accessibility", "/invitation"];

export default auth((request) => {
  const { pathname, search } = request.nextUrl;
  if (request.auth?.user || PUBLIC_PATHS.some((path) => pathname === path || pathname.startsWith(`${path}/`))) {
    return NextResponse.next();
  }
  const signIn = new URL("/sign-in", request.nextUrl);
  signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
  return NextResponse.redirect(signIn);
});

export const config = {
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico|.*\\.(?:svg|png|ico|woff2?)$).*)"],
};
