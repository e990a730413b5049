import "server-only";
import { z } from "zod";
import { db } from "@/server/db";
import { isRole, type Role } from "@/lib/roles";
import { verifyAgainstDecoy, verifyPassword } from "./passwords";
import { bilingualMail } from "@/server/mail/bilingual";
import { queueMail } from "@/server/mail/outbox";
import { evaluateSignInThrottle, limitsTheAccount, SIGN_IN_LIMITS, windowStart, type RecentFailures } from "./sign-in-limits";

export const credentialsSchema = z.object({
  email: z.email({ error: "validation.email" }).max(254, { error: "validation.tooLong" }),
  password: z.string().min(1, { error: "validation.required" }).max(512, { error: "validation.tooLong" }),
});

export type CredentialsCheck =
  | { ok: true; userId: string; sessionVersion: number }
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

      const user = await tx.user.findUnique({
        where: { email },
        select: { id: true, passwordHash: true, active: true, sessionVersion: true, person: { select: { active: true, partnershipId: true } } },
      });
      const usable = Boolean(user?.passwordHash && user.active && user.person.active);
      const matches = usable && user?.passwordHash ? await verifyPassword(user.passwordHash, input.password) : await verifyAgainstDecoy(input.password);

      if (!matches || !user) {
        await tx.signInFailure.create({ data: { email, ip: input.ip, deviceNonce, createdAt: now } });
        // Rows older than the window no longer count; drop this account's and this address's.
        await tx.signInFailure.deleteMany({ where: { OR: [{ email }, { ip: input.ip }], createdAt: { lt: since } } });
        if (failures.client === "other" && limitsTheAccount(failures.accountFailures) && user && usable) {
          await queueLimitedMail(tx, { userId: user.id, partnershipId: user.person.partnershipId, email }, now);
        }
        return { ok: false, reason: "invalid" } as const;
      }

      // The owner's own browser clears only its own failures: others' failures on the account still
      // count, or each sign-in of the owner would give a guesser five more tries.
      await tx.signInFailure.deleteMany({ where: deviceNonce ? { email, deviceNonce } : { email } });
      // In the same transaction: a second one would wait for a connection (or, on PGlite, for the
      // queue of attempts) while others hold theirs.
      await writeSignIn(tx, user.id, "password", now);
      return { ok: true, userId: user.id, sessionVersion: user.sessionVersion } as const;
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
async function queueLimitedMail(tx: Transaction, owner: { userId: string; partnershipId: string; email: string }, now: Date): Promise<void> {
  const windowMs = SIGN_IN_LIMITS.windowMinutes * 60_000;
  const mail = bilingualMail((t) => ({
    subject: t("signIn.limitMail.subject"),
    text: t("signIn.limitMail.body", { email: owner.email, count: SIGN_IN_LIMITS.maxFailuresPerAccount, minutes: SIGN_IN_LIMITS.windowMinutes }),
  }));
  await queueMail(tx, [
    {
      partnershipId: owner.partnershipId,
      to: owner.email,
      subject: mail.subject,
      text: mail.text,
      dedupeKey: `sign-in-limited:${owner.userId}:${Math.floor(now.getTime() / windowMs)}`,
    },
  ]);
}

export async function recordSignIn(userId: string, method: "password" | "oidc", now: Date = new Date()): Promise<void> {
  const prisma = await db();
  await prisma.$transaction((tx) => writeSignIn(tx, userId, method, now));
}

async function writeSignIn(tx: Transaction, userId: string, method: "password" | "oidc", now: Date): Promise<void> {
  const user = await tx.user.update({
    where: { id: userId },
    data: { lastSignInAt: now },
    select: { person: { select: { partnershipId: true } } },
  });
  await tx.auditEvent.create({
    data: {
      partnershipId: user.person.partnershipId,
      actorUserId: userId,
      action: "auth.signed_in",
      entityType: "User",
      entityId: userId,
      data: { method },
    },
  });
}

/** Longest a session can live; an ended session is remembered at most this long. */
const SESSION_LIFETIME_MS = 8 * 60 * 60 * 1000;

/**
 * Signing out ends the session on the server too: its id is remembered until the session would have
 * expired, and findSessionUser refuses it from then on.
 */
export async function recordSignOut(userId: string, sessionId: string | null, expiresAt: Date | null): Promise<void> {
  const prisma = await db();
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { person: { select: { partnershipId: true } } } });
  if (!user) return;
  await prisma.$transaction(async (tx) => {
    if (sessionId) {
      await tx.endedSession.upsert({
        where: { sessionId },
        create: { sessionId, userId, expiresAt: expiresAt ?? new Date(Date.now() + SESSION_LIFETIME_MS) },
        update: {},
      });
    }
    await tx.auditEvent.create({
      data: { partnershipId: user.person.partnershipId, actorUserId: userId, action: "auth.signed_out", entityType: "User", entityId: userId },
    });
  });
}

/** Ended sessions past their expiry can no longer be used anyway; the background jobs forget them. */
export async function forgetExpiredEndedSessions(now = new Date()): Promise<number> {
  const prisma = await db();
  const { count } = await prisma.endedSession.deleteMany({ where: { expiresAt: { lt: now } } });
  return count;
}

export type SessionUser = {
  id: string;
  personId: string;
  partnershipId: string;
  name: string;
  email: string;
  roles: Role[];
  sessionVersion: number;
};

/** The account behind a session, or null when it no longer may be signed in. */
export async function findSessionUser(userId: string, sessionVersion: number, sessionId: string): Promise<SessionUser | null> {
  const prisma = await db();
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      roles: true,
      active: true,
      sessionVersion: true,
      person: { select: { id: true, name: true, partnershipId: true, active: true } },
      endedSessions: { where: { sessionId }, select: { sessionId: true }, take: 1 },
    },
  });
  if (!user || !user.active || !user.person.active || user.sessionVersion !== sessionVersion) return null;
  if (user.endedSessions.length > 0) return null;
  return {
    id: user.id,
    personId: user.person.id,
    partnershipId: user.person.partnershipId,
    name: user.person.name,
    email: user.email,
    roles: user.roles.filter(isRole),
    sessionVersion: user.sessionVersion,
  };
}

/** For sign-in through the organisation's identity provider: only invited, active accounts. */
export async function findActiveUserByEmail(email: string): Promise<{ id: string; sessionVersion: number } | null> {
  const prisma = await db();
  const user = await prisma.user.findUnique({
    where: { email: normaliseEmail(email) },
    select: { id: true, sessionVersion: true, active: true, person: { select: { active: true } } },
  });
  return user && user.active && user.person.active ? { id: user.id, sessionVersion: user.sessionVersion } : null;
}
