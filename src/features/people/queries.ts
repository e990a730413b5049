import "server-only";
import type { GroupKind, GroupRole, PartyType, Role } from "@/generated/prisma/enums";
import { db } from "@/server/db";
import { accountStatus, hashInvitationToken, invitationRefusal, type AccountStatus } from "./person-rules";

/** Reads for the people pages. Every read is scoped to the actor's partnership by its id. */

export type PersonRow = {
  id: string;
  name: string;
  email: string | null;
  title: string | null;
  partyName: string | null;
  unit: { name: string; nameEn: string | null } | null;
  active: boolean;
  anonymisedAt: Date | null;
  accountStatus: AccountStatus;
};

const ACCOUNT_FACTS = {
  select: {
    active: true,
    account: { select: { email: true, passwordHash: true, lastSignInAt: true } },
    invitations: { select: { expiresAt: true, acceptedAt: true } },
  },
} as const;

type AccountRecord = {
  active: boolean;
  account: { email: string; passwordHash: string | null; lastSignInAt: Date | null } | null;
  invitations: { expiresAt: Date; acceptedAt: Date | null }[];
} | null;

// The hash itself never leaves this file: only whether there is one. A user without an account
// (anonymised) is switched off.
const statusOf = (user: AccountRecord, now: Date) =>
  accountStatus(
    user && {
      active: user.active && user.account !== null,
      hasPassword: Boolean(user.account?.passwordHash),
      lastSignInAt: user.account?.lastSignInAt ?? null,
      invitations: user.invitations,
    },
    now,
  );

/** Everyone in the partnership, current and former, by name. */
export async function listPeople(partnershipId: string, now: Date = new Date()): Promise<PersonRow[]> {
  const prisma = await db();
  const people = await prisma.person.findMany({
    where: { partnershipId },
    select: {
      id: true,
      name: true,
      email: true,
      title: true,
      active: true,
      anonymisedAt: true,
      party: { select: { name: true } },
      unit: { select: { name: true, nameEn: true } },
      user: ACCOUNT_FACTS,
    },
  });
  return people
    .map((person) => ({
      id: person.id,
      name: person.name,
      email: person.email,
      title: person.title,
      partyName: person.party?.name ?? null,
      unit: person.unit,
      active: person.active,
      anonymisedAt: person.anonymisedAt,
      accountStatus: statusOf(person.user, now),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, "sv"));
}

export type PersonMembership = {
  id: string;
  groupKind: GroupKind;
  role: GroupRole;
  partyName: string;
  seatTitle: string | null;
  startDate: Date;
  endDate: Date | null;
  thematicAreas: { name: string; nameEn: string | null }[];
};

export type PersonDetail = {
  id: string;
  name: string;
  email: string | null;
  title: string | null;
  partyId: string | null;
  unitId: string | null;
  active: boolean;
  anonymisedAt: Date | null;
  /** The edit form sends it back, so a concurrent edit is noticed. */
  version: string;
  account: {
    status: AccountStatus;
    email: string | null;
    roles: Role[];
    lastSignInAt: Date | null;
    /** When the newest usable invitation link expires, if there is one. */
    invitationExpiresAt: Date | null;
  } | null;
  memberships: PersonMembership[];
};

export async function getPersonDetail(partnershipId: string, personId: string, now: Date = new Date()): Promise<PersonDetail | null> {
  const prisma = await db();
  const person = await prisma.person.findFirst({
    where: { id: personId, partnershipId },
    select: {
      id: true,
      name: true,
      email: true,
      title: true,
      partyId: true,
      unitId: true,
      active: true,
      anonymisedAt: true,
      updatedAt: true,
      user: { select: { ...ACCOUNT_FACTS.select, roles: true } },
      memberships: {
        orderBy: [{ startDate: "desc" }],
        select: {
          id: true,
          role: true,
          startDate: true,
          endDate: true,
          group: { select: { kind: true } },
          party: { select: { name: true } },
          seat: { select: { title: true } },
          thematicAreas: { select: { thematicArea: { select: { name: true, nameEn: true, sortOrder: true } } } },
        },
      },
    },
  });
  if (!person) return null;
  const usable = person.user?.invitations
    .filter((invitation) => !invitation.acceptedAt && invitation.expiresAt > now)
    .sort((a, b) => b.expiresAt.getTime() - a.expiresAt.getTime())[0];
  return {
    id: person.id,
    name: person.name,
    email: person.email,
    title: person.title,
    partyId: person.partyId,
    unitId: person.unitId,
    active: person.active,
    anonymisedAt: person.anonymisedAt,
    version: person.updatedAt.toISOString(),
    account: person.user
      ? {
          status: statusOf(person.user, now),
          email: person.user.account?.email ?? null,
          roles: person.user.roles,
          lastSignInAt: person.user.account?.lastSignInAt ?? null,
          invitationExpiresAt: usable?.expiresAt ?? null,
        }
      : null,
    memberships: person.memberships.map((membership) => ({
      id: membership.id,
      groupKind: membership.group.kind,
      role: membership.role,
      partyName: membership.party.name,
      seatTitle: membership.seat?.title ?? null,
      startDate: membership.startDate,
      endDate: membership.endDate,
      thematicAreas: membership.thematicAreas
        .map((link) => link.thematicArea)
        .sort((a, b) => a.sortOrder - b.sortOrder)
        .map(({ name, nameEn }) => ({ name, nameEn })),
    })),
  };
}

export type PersonFormOptions = {
  parties: { id: string; name: string; type: PartyType }[];
  units: { id: string; name: string; nameEn: string | null; partyId: string; partyName: string }[];
};

/** The parties and units a person can belong to. */
export async function getPersonFormOptions(partnershipId: string): Promise<PersonFormOptions> {
  const prisma = await db();
  const parties = await prisma.party.findMany({
    where: { partnershipId },
    orderBy: { type: "asc" },
    select: { id: true, name: true, type: true, units: { orderBy: { name: "asc" }, select: { id: true, name: true, nameEn: true } } },
  });
  return {
    parties: parties.map(({ id, name, type }) => ({ id, name, type })),
    units: parties.flatMap((party) => party.units.map((unit) => ({ ...unit, partyId: party.id, partyName: party.name }))),
  };
}

export type InvitationForPage = { usable: true; name: string } | { usable: false; reason: string };

/**
 * What the public invitation page may show for a token: whether it can be used and, if so, the
 * invited person's name (never their e-mail address: the visitor is not signed in).
 */
export async function getInvitationForPage(token: string, now: Date = new Date()): Promise<InvitationForPage> {
  const prisma = await db();
  const invitation =
    token.length > 0 && token.length <= 200
      ? await prisma.invitation.findUnique({
          where: { tokenHash: hashInvitationToken(token) },
          select: {
            expiresAt: true,
            acceptedAt: true,
            user: {
              select: { active: true, account: { select: { passwordHash: true } }, person: { select: { name: true, active: true, anonymisedAt: true } } },
            },
          },
        })
      : null;
  const refusal = invitationRefusal(
    invitation && { ...invitation, user: { ...invitation.user, account: invitation.user.account && { hasPassword: invitation.user.account.passwordHash !== null } } },
    now,
  );
  return refusal ? { usable: false, reason: refusal } : { usable: true, name: invitation!.user.person.name };
}
