import "server-only";
import type { Session } from "next-auth";
import { cookies } from "next/headers";
import { readSessionCookie } from "./session-cookie";
import { findSessionAccount } from "./verify-credentials";

/**
 * The signed-in session for a page, an action or a route handler, or null.
 *
 * next-auth's own `auth()` does the same through a detour that costs on every request: it builds a
 * Request, runs its session endpoint (decrypt, callbacks, encrypt a new cookie that a page cannot set
 * anyway) and parses the JSON it answers. Here the cookie is decrypted in next-auth's token format
 * (./session-token.ts, the key derived once) and the account checked in one query (findSessionAccount): the account may still sign
 * in, its session version is the cookie's, and this session was not ended.
 */
export async function auth(): Promise<Session | null> {
  const session = await readSessionCookie((await cookies()).getAll());
  if (!session) return null;
  const { aid, sv, sid, exp } = session.token;
  if (!aid || !sid) return null;
  const account = await findSessionAccount(aid, sv ?? 0, sid);
  if (!account) return null;
  return {
    expires: new Date((exp ?? 0) * 1000).toISOString(),
    user: {
      id: account.accountId,
      name: account.name,
      email: account.email,
      installationAdministrator: account.installationAdministrator,
      participations: account.participations,
    },
  };
}
