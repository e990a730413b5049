import "server-only";
import { z } from "zod";
import { db } from "@/server/db";
import { isRole, type Role } from "@/lib/roles";
import type { GroupRole, Prisma } from "@/generated/prisma/client";
import { rolesByGroup } from "@/lib/group-roles";
import { stockholmDay } from "@/lib/stockholm-day";
import { verifyAgainstDecoy, verifyPassword } from "./passwords";
import { bilingualMail } from "@/server/mail/bilingual";
import { queueMail } from "@/server/mail/outbox";
import { evaluateSignInThrottle, limitsTheAccount, SIGN_IN_LIMITS, windowStart, type RecentFailures } from "./sign-in-limits";

export const credentialsSchema = z.object({
  email: z.email({ error: "validation.email" }).max(254, { error: "validation.tooLong" }),
  password: z.string().min(1, { error: "validation.required" }).max(512, { error: "validation.tooLong" }),
});

export type CredentialsCheck =
  | { ok: true; accountId: string; sessionVersion: number }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "rate_limited"; retryAfterMinutes: number };

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** How long an attempt may wait for its turn (attempts on one account take turns) and run. */
const TURN_TIMEOUT_MS = 30_000;

/**
 * Checks an e-mail and password against the sign-in limits (./sign-in-limits.ts), counting failures
 * in the database.
 *
 * Attempts on one account take their turn, and so do attempts from one address by clients without
 * a device cookie: each holds a PostgreSQL advisory lock (pg_advisory_xact_lock) for its transaction,
 * through any app instance. So every attempt sees all finished failures before its password is
 * checked, no more passwords are checked than the limit allows however many arrive at once, and an
 * attempt still in progress is never counted as a failure: simultaneous sign-ins with the right
 * password all succeed. (PGlite runs one transaction at a time anyway.)
 *
 * `deviceNonce` is the nonce of a verified device cookie for this account (./device-cookie.ts).
 */
export async function verifyCredentials(
  input: { email: string; password: string; ip: string; deviceNonce?: string | null },
  now: Date = new Date(),
): Promise<CredentialsCheck> {
  const prisma = await db();
  const email = normaliseEmail(input.email);
  const since = windowStart(now);
  const deviceNonce = input.deviceNonce ?? null;

  const outcome = await prisma.$transaction(
    async (tx) => {
      // Always in this order (address, then account), so two attempts never wait for each other.
      if (!deviceNonce) await takeTurn(tx, `sign-in:address:${input.ip}`);
      await takeTurn(tx, `sign-in:account:${email}`);

      const failures = deviceNonce ? await deviceFailures(tx, email, deviceNonce, since) : await otherFailures(tx, email, input.ip, since);
      const throttle = evaluateSignInThrottle(failures, now);
      if (throttle.blocked) return { ok: false, reason: "rate_limited", retryAfterMinutes: throttle.retryAfterMinutes } as const;

      const account = await tx.account.findUnique({
        where: { email },
        select: { id: true, passwordHash: true, sessionVersion: true, ...MAY_SIGN_IN },
      });
      const usable = Boolean(account?.passwordHash && account && maySignIn(account));
      const matches = usable && account?.passwordHash ? await verifyPassword(account.passwordHash, input.password) : await verifyAgainstDecoy(input.password);

      if (!matches || !account) {
        await tx.signInFailure.create({ data: { email, ip: input.ip, deviceNonce, createdAt: now } });
        // Rows older than the window no longer count; drop this account's and this address's.
        await tx.signInFailure.deleteMany({ where: { OR: [{ email }, { ip: input.ip }], createdAt: { lt: since } } });
        if (failures.client === "other" && limitsTheAccount(failures.accountFailures) && account && usable) {
          await queueLimitedMail(tx, { accountId: account.id, email }, now);
        }
        return { ok: false, reason: "invalid" } as const;
      }

      // The owner's own browser clears only its own failures: others' failures on the account still
      // count, or each sign-in of the owner would give a guesser five more tries.
      await tx.signInFailure.deleteMany({ where: deviceNonce ? { email, deviceNonce } : { email } });
      // In the same transaction: a second one would wait for a connection (or, on PGlite, for the
      // queue of attempts) while others hold theirs.
      await writeSignIn(tx, account.id, "password", now);
      return { ok: true, accountId: account.id, sessionVersion: account.sessionVersion } as const;
    },
    { maxWait: TURN_TIMEOUT_MS, timeout: TURN_TIMEOUT_MS },
  );

  return outcome;
}

type Transaction = Parameters<Parameters<Awaited<ReturnType<typeof db>>["$transaction"]>[0]>[0];

/** Waits until no other transaction holds `key`'s advisory lock, and holds it until this one ends. */
async function takeTurn(tx: Transaction, key: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 AS turn FROM (SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))) AS waited`;
}

async function otherFailures(tx: Transaction, email: string, ip: string, since: Date): Promise<RecentFailures> {
  const counted = { deviceNonce: null, createdAt: { gte: since } };
  const [accountFailures, ipFailures, oldest] = await Promise.all([
    tx.signInFailure.count({ where: { email, ...counted } }),
    tx.signInFailure.count({ where: { ip, ...counted } }),
    tx.signInFailure.findFirst({ where: { OR: [{ email }, { ip }], ...counted }, orderBy: { createdAt: "asc" }, select: { createdAt: true } }),
  ]);
  return { client: "other", accountFailures, ipFailures, oldestCountedAt: oldest?.createdAt ?? null };
}

async function deviceFailures(tx: Transaction, email: string, deviceNonce: string, since: Date): Promise<RecentFailures> {
  const where = { email, deviceNonce, createdAt: { gte: since } };
  const [count, oldest] = await Promise.all([
    tx.signInFailure.count({ where }),
    tx.signInFailure.findFirst({ where, orderBy: { createdAt: "asc" }, select: { createdAt: true } }),
  ]);
  return { client: "device", deviceFailures: count, oldestCountedAt: oldest?.createdAt ?? null };
}

/** Tells the owner, once per window, that their account now refuses sign-ins from unknown browsers. */
async function queueLimitedMail(tx: Transaction, owner: { accountId: string; email: string }, now: Date): Promise<void> {
  const windowMs = SIGN_IN_LIMITS.windowMinutes * 60_000;
  const mail = bilingualMail((t) => ({
    subject: t("signIn.limitMail.subject"),
    text: t("signIn.limitMail.body", { email: owner.email, count: SIGN_IN_LIMITS.maxFailuresPerAccount, minutes: SIGN_IN_LIMITS.windowMinutes }),
  }));
  await queueMail(tx, [
    {
      // The account's, not one partnership's: no partnership's mail log shows it.
      partnershipId: null,
      to: owner.email,
      subject: mail.subject,
      text: mail.text,
      dedupeKey: `sign-in-limited:${owner.accountId}:${Math.floor(now.getTime() / windowMs)}`,
    },
  ]);
}

export async function recordSignIn(accountId: string, method: "password" | "oidc", now: Date = new Date()): Promise<void> {
  const prisma = await db();
  await prisma.$transaction((tx) => writeSignIn(tx, accountId, method, now));
}

async function writeSignIn(tx: Transaction, accountId: string, method: "password" | "oidc", now: Date): Promise<void> {
  await tx.account.update({ where: { id: accountId }, data: { lastSignInAt: now } });
  await writeAccountEvent(tx, accountId, "auth.signed_in", { method });
}

/**
 * Signing in and out is the account's, whatever partnership is chosen: each partnership the account
 * takes part in gets the event in its own audit log (as its own user), so no partnership's log shows
 * another partnership; an account in none (the installation administrator) gets one event of its own.
 */
async function writeAccountEvent(tx: Transaction, accountId: string, action: string, data: Prisma.InputJsonObject = {}): Promise<void> {
  const users = await tx.user.findMany({ where: { accountId, ...ACTIVE_PARTICIPATION }, select: { id: true, partnershipId: true } });
  const events = users.length > 0 ? users.map((user) => ({ partnershipId: user.partnershipId, actorUserId: user.id })) : [{ partnershipId: null, actorUserId: null }];
  await tx.auditEvent.createMany({
    data: events.map((event) => ({ ...event, actorAccountId: accountId, action, entityType: "Account", entityId: accountId, data })),
  });
}

/** Longest a session can live; an ended session is remembered at most this long. */
const SESSION_LIFETIME_MS = 8 * 60 * 60 * 1000;

/**
 * Signing out ends the session on the server too: its id is remembered until the session would have
 * expired, and findSessionAccount refuses it from then on.
 */
export async function recordSignOut(accountId: string, sessionId: string | null, expiresAt: Date | null): Promise<void> {
  const prisma = await db();
  const account = await prisma.account.findUnique({ where: { id: accountId }, select: { id: true } });
  if (!account) return;
  await prisma.$transaction(async (tx) => {
    if (sessionId) {
      await tx.endedSession.upsert({
        where: { sessionId },
        create: { sessionId, accountId, expiresAt: expiresAt ?? new Date(Date.now() + SESSION_LIFETIME_MS) },
        update: {},
      });
    }
    await writeAccountEvent(tx, accountId, "auth.signed_out");
  });
}

/** Ended sessions past their expiry can no longer be used anyway; the background jobs forget them. */
export async function forgetExpiredEndedSessions(now = new Date()): Promise<number> {
  const prisma = await db();
  const { count } = await prisma.endedSession.deleteMany({ where: { expiresAt: { lt: now } } });
  return count;
}

/** An account's access to one partnership, as a session carries it. */
export type Participation = {
  userId: string;
  personId: string;
  partnershipId: string;
  partnershipSlug: string;
  partnershipName: string;
  partnershipNameEn: string | null;
  /** The person's name in this partnership. */
  name: string;
  roles: Role[];
  /** The person's roles today (Stockholm's day) in each group of this partnership, by group id. */
  groupRolesToday: Record<string, GroupRole[]>;
};

export type SessionAccount = {
  accountId: string;
  name: string;
  email: string;
  installationAdministrator: boolean;
  sessionVersion: number;
  /** Oldest partnership first. */
  participations: Participation[];
};

/** A user that gives access: active, with an active person. */
const ACTIVE_PARTICIPATION = { active: true, person: { active: true } } satisfies Prisma.UserWhereInput;

/** What decides whether an account may sign in at all: a partnership to work in, or the installation's administration. */
const MAY_SIGN_IN = {
  installationAdministrator: true,
  users: { where: ACTIVE_PARTICIPATION, select: { id: true }, take: 1 },
} satisfies Prisma.AccountSelect;

function maySignIn(account: { installationAdministrator: boolean; users: unknown[] }): boolean {
  return account.installationAdministrator || account.users.length > 0;
}

type SessionRow = {
  id: string;
  email: string;
  name: string;
  installationAdministrator: boolean;
  sessionVersion: number;
  ended: boolean;
  userId: string | null;
  roles: string[] | null;
  personId: string | null;
  personName: string | null;
  partnershipId: string | null;
  partnershipSlug: string | null;
  partnershipName: string | null;
  partnershipNameEn: string | null;
  groupRolesToday: { groupId: string; role: GroupRole }[] | null;
};

/**
 * The account behind a session with its partnerships, or null when it no longer may be signed in.
 * Every request asks this, so it is one statement: the account, whether this session was ended,
 * and one row per active participation (an active user whose person is active), oldest partnership
 * first, with the person's group memberships of the day, which most pages need for the meeting
 * rules (features/meetings/viewer.ts) and would otherwise read with a statement of their own.
 */
export async function findSessionAccount(accountId: string, sessionVersion: number, sessionId: string, now = new Date()): Promise<SessionAccount | null> {
  const prisma = await db();
  const today = stockholmDay(now).toISOString().slice(0, 10);
  const rows = await prisma.$queryRaw<SessionRow[]>`
    SELECT a."id", a."email", a."name", a."installationAdministrator", a."sessionVersion",
           EXISTS (SELECT 1 FROM "EndedSession" e WHERE e."sessionId" = ${sessionId} AND e."accountId" = a."id") AS "ended",
           u."id" AS "userId", u."roles"::text[] AS "roles",
           p."id" AS "personId", p."name" AS "personName",
           pa."id" AS "partnershipId", pa."slug" AS "partnershipSlug", pa."name" AS "partnershipName", pa."nameEn" AS "partnershipNameEn",
           (SELECT json_agg(json_build_object('groupId', m."groupId", 'role', m."role"))
              FROM "Membership" m JOIN "Group" g ON g."id" = m."groupId"
             WHERE m."personId" = p."id" AND g."partnershipId" = pa."id"
               AND m."startDate" <= ${today}::date AND (m."endDate" IS NULL OR m."endDate" >= ${today}::date)) AS "groupRolesToday"
    FROM "Account" a
    LEFT JOIN ("User" u
      JOIN "Person" p ON p."id" = u."personId" AND p."active"
      JOIN "Partnership" pa ON pa."id" = p."partnershipId")
      ON u."accountId" = a."id" AND u."active"
    WHERE a."id" = ${accountId}
    ORDER BY pa."createdAt" ASC, pa."id" ASC`;
  const account = rows[0];
  if (!account || account.sessionVersion !== sessionVersion || account.ended) return null;
  const participations: Participation[] = rows.flatMap((row) =>
    row.userId && row.personId && row.partnershipId
      ? [
          {
            userId: row.userId,
            personId: row.personId,
            partnershipId: row.partnershipId,
            partnershipSlug: row.partnershipSlug ?? "",
            partnershipName: row.partnershipName ?? "",
            partnershipNameEn: row.partnershipNameEn,
            name: row.personName ?? "",
            roles: (row.roles ?? []).filter(isRole),
            groupRolesToday: rolesByGroup(row.groupRolesToday ?? []),
          },
        ]
      : [],
  );
  if (!maySignIn({ installationAdministrator: account.installationAdministrator, users: participations })) return null;
  return {
    accountId: account.id,
    name: account.name,
    email: account.email,
    installationAdministrator: account.installationAdministrator,
    sessionVersion: account.sessionVersion,
    participations,
  };
}

/** For sign-in through the organisation's identity provider: only invited accounts that may sign in. */
export async function findActiveAccountByEmail(email: string): Promise<{ id: string; sessionVersion: number } | null> {
  const prisma = await db();
  const account = await prisma.account.findUnique({
    where: { email: normaliseEmail(email) },
    select: { id: true, sessionVersion: true, ...MAY_SIGN_IN },
  });
  return account && maySignIn(account) ? { id: account.id, sessionVersion: account.sessionVersion } : null;
}
