import { randomUUID } from "node:crypto";
import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { cookies } from "next/headers";
import { clientAddress } from "./client-address";
import { cookieFrom, DEVICE_COOKIE_MAX_AGE_SECONDS, DEVICE_COOKIE_NAME, deviceNonceFor, withDeviceToken } from "./device-cookie";
import { OIDC_PROVIDER_ID, oidcProviderFromEnv } from "./oidc";
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

const SESSION_HOURS = 8;
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

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_HOURS * 60 * 60 },
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
      if (user && account?.provider === OIDC_PROVIDER_ID) {
        const local = user.email ? await findActiveAccountByEmail(user.email) : null;
        if (!local) return null;
        await recordSignIn(local.id, "oidc");
        token.aid = local.id;
        token.sv = local.sessionVersion;
        token.sid = randomUUID();
      } else if (user) {
        token.aid = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
        token.sid = randomUUID();
      }
      if (!token.aid || !token.sid) return null;
      // Checked on every request: deactivation, a role change or "sign out everywhere" bumps the
      // account's sessionVersion, which ends this session at once, on every instance; signing out
      // ends this one session (its id), whatever copies of its cookie are still around. The
      // account's partnerships and roles are read afresh, so a change applies on the next request.
      const current = await findSessionAccount(token.aid, token.sv ?? 0, token.sid);
      if (!current) return null;
      token.name = current.name;
      token.email = current.email;
      token.account = { installationAdministrator: current.installationAdministrator, participations: current.participations };
      return token;
    },
    // Reads only what the jwt callback (which runs first, on every request) just checked.
    session({ session, token }) {
      if (!token.aid || !token.account) return { ...session, user: undefined } as never;
      session.user = {
        ...session.user,
        id: token.aid,
        name: token.name ?? "",
        email: token.email ?? "",
        ...token.account,
      };
      return session;
    },
  },
  events: {
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      if (token?.aid) await recordSignOut(token.aid, token.sid ?? null, token.exp ? new Date(token.exp * 1000) : null);
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
