/**
 * Pure rules about people and their accounts: no database, no Next. The server definitions and the
 * pages use them; person-rules.test.ts pins them down.
 */
import { createHash, randomBytes } from "node:crypto";

/** How long an invitation link can be used. */
export const INVITATION_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

/** E-mail addresses are compared and stored in lower case (the database checks it). */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** A short, stable part of an id, to tell anonymised people apart without saying who they were. */
export function shortId(id: string): string {
  return id.slice(-8);
}

/**
 * The name an anonymised person keeps. Stored data rather than interface text, so it is in Swedish,
 * the language of the records.
 */
export function anonymisedName(personId: string): string {
  return `Anonymiserad person ${shortId(personId)}`;
}

/** A unique address that can never receive mail (.invalid is reserved, RFC 2606). */
export function anonymisedEmail(userId: string): string {
  return `anonymised-${userId}@invalid.invalid`.toLowerCase();
}

export function invitationExpiry(now: Date): Date {
  return new Date(now.getTime() + INVITATION_DAYS * DAY_MS);
}

/** A new one-time invitation token (256 random bits, URL-safe). Only its hash is stored. */
export function newInvitationToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** What an account looks like to an administrator. */
export type AccountStatus = "NONE" | "INVITED" | "INVITATION_EXPIRED" | "ACTIVE" | "INACTIVE";

export type AccountFacts = {
  active: boolean;
  hasPassword: boolean;
  lastSignInAt: Date | null;
  invitations: { expiresAt: Date; acceptedAt: Date | null }[];
} | null;

export function accountStatus(account: AccountFacts, now: Date): AccountStatus {
  if (!account) return "NONE";
  if (!account.active) return "INACTIVE";
  // A password, or a sign-in through the organisation's identity provider, makes the account usable.
  if (account.hasPassword || account.lastSignInAt) return "ACTIVE";
  return account.invitations.some((invitation) => invitationState(invitation, now) === "valid") ? "INVITED" : "INVITATION_EXPIRED";
}

export type InvitationState = "valid" | "expired" | "used" | "unknown";

/** Whether an invitation can still be accepted. A missing invitation is "unknown". */
export function invitationState(invitation: { expiresAt: Date; acceptedAt: Date | null } | null, now: Date): InvitationState {
  if (!invitation) return "unknown";
  if (invitation.acceptedAt) return "used";
  if (invitation.expiresAt.getTime() <= now.getTime()) return "expired";
  return "valid";
}

export type InvitationForCheck = {
  expiresAt: Date;
  acceptedAt: Date | null;
  user: { active: boolean; account: { hasPassword: boolean } | null; person: { active: boolean; anonymisedAt: Date | null } };
} | null;

/**
 * Why an invitation cannot be accepted, as a catalogue key ("people.invitation.invalid.<reason>"),
 * or null when it can: it must exist, be unused and unexpired, its user and person active, and its
 * account still without a password.
 */
export function invitationRefusal(invitation: InvitationForCheck, now: Date): string | null {
  const state = invitationState(invitation, now);
  if (state !== "valid") return `people.invitation.invalid.${state}`;
  const { user } = invitation!;
  if (!user.active || !user.account || !user.person.active || user.person.anonymisedAt) return "people.invitation.invalid.inactive";
  // The account set a password meanwhile (through another partnership's invitation): a link must
  // never replace a password, or whoever holds it could take the account over.
  if (user.account.hasPassword) return "people.invitation.invalid.used";
  return null;
}

export type MembershipPeriod = { id: string; startDate: Date; endDate: Date | null };

/**
 * What deactivating a person does to each of their memberships on `today` (a whole UTC day, end
 * dates inclusive): ongoing ones (and ones planned to end later) end today; ones that have not
 * started yet are removed, since they never took effect; ended ones are history and stay as they are.
 */
export function planMembershipEnds<M extends MembershipPeriod>(memberships: M[], today: Date): { end: M[]; remove: M[]; keep: M[] } {
  const plan = { end: [] as M[], remove: [] as M[], keep: [] as M[] };
  for (const membership of memberships) {
    if (membership.endDate !== null && membership.endDate.getTime() <= today.getTime()) plan.keep.push(membership);
    else if (membership.startDate.getTime() > today.getTime()) plan.remove.push(membership);
    else plan.end.push(membership);
  }
  return plan;
}

/** Whether two role lists hold the same roles, whatever their order. */
export function sameRoles(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((role) => right.has(role));
}

/** A date as the day it names (membership dates are whole days at UTC midnight). */
export function isoDay(date: Date | null): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}

/** Notices a redirect after an action may ask the person page to show. */
export const PERSON_NOTICES = ["created", "deactivated", "anonymised"] as const;
export type PersonNotice = (typeof PERSON_NOTICES)[number];
export const PERSON_STEPS = ["deactivate", "anonymise"] as const;
export type PersonStep = (typeof PERSON_STEPS)[number];

/** The person page's query: a confirmation step and a notice, each only from its known list. */
export function personPageParams(params: { step?: string | string[]; notice?: string | string[] }): {
  step: PersonStep | null;
  notice: PersonNotice | null;
} {
  const pick = <T extends string>(value: string | string[] | undefined, allowed: readonly T[]): T | null =>
    typeof value === "string" && (allowed as readonly string[]).includes(value) ? (value as T) : null;
  return { step: pick(params.step, PERSON_STEPS), notice: pick(params.notice, PERSON_NOTICES) };
}
