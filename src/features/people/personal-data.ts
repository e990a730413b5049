import "server-only";
import type { GroupKind, GroupRole, PartyType, Prisma, Role } from "@/generated/prisma/client";
import type { TransactionClient } from "@/server/actions/form-action";
import type { Actor } from "@/server/auth/actor";
import { db } from "@/server/db";

/**
 * Everything the application holds about one user and their person record, for the user to see
 * (/account/data) and download (/api/account/export). Secrets are never read: no password hash,
 * no invitation token hash, no session version.
 */

export type PersonalAuditEvent = {
  id: string;
  createdAt: Date;
  action: string;
  entityType: string;
  entityId: string | null;
  data: Prisma.JsonValue;
};

export type PersonalData = {
  person: {
    id: string;
    name: string;
    email: string | null;
    title: string | null;
    party: { name: string; type: PartyType } | null;
    unit: { name: string; nameEn: string | null } | null;
    active: boolean;
    anonymisedAt: Date | null;
    createdAt: Date;
    updatedAt: Date;
  };
  account: {
    id: string;
    email: string;
    roles: Role[];
    active: boolean;
    hasPassword: boolean;
    lastSignInAt: Date | null;
    createdAt: Date;
    updatedAt: Date;
  };
  memberships: {
    id: string;
    group: GroupKind;
    role: GroupRole;
    party: string;
    seat: string | null;
    startDate: Date;
    endDate: Date | null;
    thematicAreas: string[];
  }[];
  invitations: { id: string; createdAt: Date; expiresAt: Date; acceptedAt: Date | null }[];
  /** Where the person is a registered signatory of the agreement for a party. */
  agreementSignatory: { id: string; party: string; title: string; signedAgreement: boolean; registeredAt: Date; removedAt: Date | null }[];
  /** What the user did (sign-ins, changes they made), oldest first. */
  auditEventsPerformed: PersonalAuditEvent[];
  /** What others (or the system) did to the user's person, account or invitations. */
  auditEventsAboutYou: PersonalAuditEvent[];
};

const AUDIT_SELECT = { id: true, createdAt: true, action: true, entityType: true, entityId: true, data: true, actorUserId: true } as const;

export async function collectPersonalData(client: TransactionClient, userId: string): Promise<PersonalData> {
  const user = await client.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      id: true,
      roles: true,
      active: true,
      account: { select: { email: true, passwordHash: true, lastSignInAt: true } },
      createdAt: true,
      updatedAt: true,
      invitations: { orderBy: { createdAt: "asc" }, select: { id: true, createdAt: true, expiresAt: true, acceptedAt: true } },
      person: {
        select: {
          id: true,
          name: true,
          email: true,
          title: true,
          active: true,
          anonymisedAt: true,
          createdAt: true,
          updatedAt: true,
          party: { select: { name: true, type: true } },
          unit: { select: { name: true, nameEn: true } },
          memberships: {
            orderBy: { startDate: "asc" },
            select: {
              id: true,
              role: true,
              startDate: true,
              endDate: true,
              group: { select: { kind: true } },
              party: { select: { name: true } },
              seat: { select: { title: true } },
              thematicAreas: { select: { thematicArea: { select: { name: true } } } },
            },
          },
          signatories: {
            orderBy: { registeredAt: "asc" },
            select: { id: true, title: true, signedAgreement: true, registeredAt: true, removedAt: true, party: { select: { name: true } } },
          },
        },
      },
    },
  });
  const { person, invitations, account: login, ...account } = user;
  const { memberships, signatories, ...personFields } = person;

  // One after the other: the export runs inside a transaction, whose queries share one connection.
  const performed = await client.auditEvent.findMany({ where: { actorUserId: userId }, orderBy: { id: "asc" }, select: AUDIT_SELECT });
  const about = await client.auditEvent.findMany({
    where: {
      OR: [
        { entityType: "Person", entityId: person.id },
        { entityType: "User", entityId: userId },
        ...(invitations.length > 0 ? [{ entityType: "Invitation", entityId: { in: invitations.map((invitation) => invitation.id) } }] : []),
      ],
    },
    orderBy: { id: "asc" },
    select: AUDIT_SELECT,
  });
  const event = ({ actorUserId: _actor, id, ...rest }: (typeof performed)[number]): PersonalAuditEvent => ({ id: id.toString(), ...rest });

  return {
    person: personFields,
    account: { ...account, email: login?.email ?? "", lastSignInAt: login?.lastSignInAt ?? null, hasPassword: Boolean(login?.passwordHash) },
    memberships: memberships.map((membership) => ({
      id: membership.id,
      group: membership.group.kind,
      role: membership.role,
      party: membership.party.name,
      seat: membership.seat?.title ?? null,
      startDate: membership.startDate,
      endDate: membership.endDate,
      thematicAreas: membership.thematicAreas.map((link) => link.thematicArea.name),
    })),
    invitations,
    agreementSignatory: signatories.map(({ party, ...signatory }) => ({ ...signatory, party: party.name })),
    auditEventsPerformed: performed.map(event),
    auditEventsAboutYou: about.filter((entry) => entry.actorUserId !== userId).map(event),
  };
}

/** For the signed-in user's own page. Only ever the actor's own data. */
export async function getPersonalData(actor: Actor): Promise<PersonalData> {
  const prisma = await db();
  return collectPersonalData(prisma, actor.userId);
}

/**
 * The download: the same data, read and audited in one transaction (the audit entry records that
 * an export was made, not what it held).
 */
export async function exportPersonalData(actor: Actor, now: Date = new Date()): Promise<PersonalData & { exportedAt: Date }> {
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const data = await collectPersonalData(tx, actor.userId);
    await tx.auditEvent.create({
      data: {
        partnershipId: actor.partnershipId,
        actorUserId: actor.userId,
        action: "account.data_exported",
        entityType: "User",
        entityId: actor.userId,
        data: { format: "json", exportedAt: now.toISOString() },
      },
    });
    return { exportedAt: now, ...data };
  });
}

/** The download's file name, e.g. samverkan-personal-data-2026-03-01.json. */
export function exportFileName(now: Date): string {
  return `samverkan-personal-data-${now.toISOString().slice(0, 10)}.json`;
}
