import "server-only";
import { z } from "zod";
import { db } from "@/server/db";
import { isRole, type Role } from "@/lib/roles";
import { verifyAgainstDecoy, verifyPassword } from "./passwords";
import { evaluateSignInThrottle, windowStart } from "./sign-in-limits";

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

/**
 * Checks an e-mail and password, counting failures per account and per IP in the database.
 * While the limit is reached, even a correct password is refused.
 *
 * The attempt is written before the failures are counted, and counts as a failure until the
 * password proves right: attempts made at the same moment (through any app instance) see each
 * other, so no more passwords are checked than the limit allows, however many arrive at once.
 */
export async function verifyCredentials(
  input: { email: string; password: string; ip: string },
  now: Date = new Date(),
): Promise<CredentialsCheck> {
  const prisma = await db();
  const email = normaliseEmail(input.email);
  const since = windowStart(now);

  const attempt = await prisma.signInFailure.create({ data: { email, ip: input.ip, createdAt: now }, select: { id: true } });
  const others = { id: { not: attempt.id }, createdAt: { gte: since } };
  const [accountFailures, ipFailures, oldest] = await Promise.all([
    prisma.signInFailure.count({ where: { email, ...others } }),
    prisma.signInFailure.count({ where: { ip: input.ip, ...others } }),
    prisma.signInFailure.findFirst({
      where: { OR: [{ email }, { ip: input.ip }], ...others },
      orderBy: { createdAt: "asc" },
      select: { createdAt: true },
    }),
  ]);
  const throttle = evaluateSignInThrottle({ accountFailures, ipFailures, oldestCountedAt: oldest?.createdAt ?? null }, now);
  if (throttle.blocked) {
    // A refused attempt checked nothing: it does not prolong the lock.
    await prisma.signInFailure.deleteMany({ where: { id: attempt.id } });
    return { ok: false, reason: "rate_limited", retryAfterMinutes: throttle.retryAfterMinutes };
  }

  const user = await prisma.user.findUnique({
    where: { email },
    select: { id: true, passwordHash: true, active: true, sessionVersion: true, person: { select: { active: true } } },
  });
  const matches =
    user?.passwordHash && user.active && user.person.active
      ? await verifyPassword(user.passwordHash, input.password)
      : await verifyAgainstDecoy(input.password);

  if (!matches || !user) {
    // The attempt's row stays as the failure. Rows older than the window no longer count; drop this account's and this address's.
    await prisma.signInFailure.deleteMany({ where: { OR: [{ email }, { ip: input.ip }], createdAt: { lt: since } } });
    return { ok: false, reason: "invalid" };
  }

  await prisma.signInFailure.deleteMany({ where: { email } });
  await recordSignIn(user.id, "password", now);
  return { ok: true, userId: user.id, sessionVersion: user.sessionVersion };
}

export async function recordSignIn(userId: string, method: "password" | "oidc", now: Date = new Date()): Promise<void> {
  const prisma = await db();
  await prisma.$transaction(async (tx) => {
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
