import { randomUUID } from "node:crypto";
import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { cookies } from "next/headers";
import { clientAddress } from "./client-address";
import { cookieFrom, DEVICE_COOKIE_MAX_AGE_SECONDS, DEVICE_COOKIE_NAME, deviceNonceFor, withDeviceToken } from "./device-cookie";
import { OIDC_PROVIDER_ID, oidcProviderFromEnv } from "./oidc";
import { absoluteSessionEnd, isWithinSessionLifetime, SESSION_IDLE_SECONDS } from "@/lib/session-lifetime";
import { sessionSecret } from "./session-cookie";
import {
  credentialsSchema,
  findActiveAccountByEmail,
  findSessionAccount,
  normaliseEmail,
  recordSignIn,
  recordSignOut,
  verifyCredentials,
} from "./verify-credentials";

/** Refusals carry a code that the sign-in form turns into a message; it never says which part was wrong. */
export class InvalidCredentials extends CredentialsSignin {
  code = "invalid";
}
export class SignInRateLimited extends CredentialsSignin {
  code = "rate_limited";
  constructor(readonly retryAfterMinutes: number) {
    super();
  }
}

// Device cookies are signed with a key derived from the session secret (never the secret itself).
const DEVICE_SECRET = process.env.AUTH_SECRET ? `device-cookie:${process.env.AUTH_SECRET}` : "";

/** Sign-in runs as a server action (src/features/auth/actions.ts), which may set cookies. */
async function rememberDevice(value: string, overHttps: boolean): Promise<void> {
  (await cookies()).set(DEVICE_COOKIE_NAME, value, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: overHttps || process.env.AUTH_URL?.startsWith("https:") === true,
    maxAge: DEVICE_COOKIE_MAX_AGE_SECONDS,
  });
}
const oidc = oidcProviderFromEnv();

// Pages, actions and route handlers read the session through ./read-session.ts (the same cookie,
// without next-auth's request round trip); next-auth signs in and out and serves its own routes.
export { auth } from "./read-session";

export const { handlers, signIn, signOut } = NextAuth({
  trustHost: true,
  secret: sessionSecret(),
  session: { strategy: "jwt", maxAge: SESSION_IDLE_SECONDS },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    Credentials({
      id: "credentials",
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) throw new InvalidCredentials();
        const email = normaliseEmail(parsed.data.email);
        const deviceCookie = cookieFrom(request.headers.get("cookie"), DEVICE_COOKIE_NAME);
        const deviceNonce = DEVICE_SECRET ? deviceNonceFor(deviceCookie, email, DEVICE_SECRET) : null;
        const result = await verifyCredentials({ ...parsed.data, ip: clientAddress(request.headers), deviceNonce });
        if (!result.ok) {
          throw result.reason === "rate_limited" ? new SignInRateLimited(result.retryAfterMinutes) : new InvalidCredentials();
        }
        if (DEVICE_SECRET) await rememberDevice(withDeviceToken(deviceCookie, email, DEVICE_SECRET), new URL(request.url).protocol === "https:");
        return { id: result.accountId, sessionVersion: result.sessionVersion } as { id: string };
      },
    }),
    ...(oidc ? [oidc] : []),
  ],
  callbacks: {
    async signIn({ account, user }) {
      if (account?.provider !== OIDC_PROVIDER_ID) return true;
      // Only people who were invited (an account with this e-mail that may sign in) may sign in this way.
      return Boolean(user.email && (await findActiveAccountByEmail(user.email)));
    },
    async jwt({ token, user, account }) {
      const now = Math.floor(Date.now() / 1000);
      if (user && account?.provider === OIDC_PROVIDER_ID) {
        const local = user.email ? await findActiveAccountByEmail(user.email) : null;
        if (!local) return null;
        await recordSignIn(local.id, "oidc");
        return { aid: local.id, sv: local.sessionVersion, sid: randomUUID(), authTime: now };
      }
      if (user) return { aid: user.id, sv: (user as { sessionVersion?: number }).sessionVersion ?? 0, sid: randomUUID(), authTime: now };
      // next-auth's own routes (its session endpoint, signing out) check the session as pages do:
      // deactivation, a bump of the account's sessionVersion or signing out ends it at once.
      if (!token.aid || !token.sid || !isWithinSessionLifetime(token, now)) return null;
      return (await findSessionAccount(token.aid, token.sv ?? 0, token.sid)) ? token : null;
    },
    // The app does not read next-auth's session endpoint; it answers with the account's id only.
    session({ session, token }) {
      return { expires: session.expires, user: token.aid ? { id: token.aid } : undefined } as never;
    },
  },
  events: {
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      // Remembered until the session could no longer be used anyway.
      const end = token ? absoluteSessionEnd(token) : null;
      if (token?.aid) await recordSignOut(token.aid, token.sid ?? null, end ? new Date(end * 1000) : null);
    },
  },
  logger: {
    // A refused sign-in is expected, not an incident: log one line instead of a stack trace.
    error(error) {
      if (error instanceof CredentialsSignin) return;
      console.error(`[auth] ${error.name}: ${error.message}`);
    },
    warn() {},
  },
});
