import "server-only";
import { cache } from "react";
import type { Prisma } from "@/generated/prisma/client";
import { stockholmDay } from "@/lib/stockholm-day";
import type { Actor } from "@/server/auth/actor";
import { db } from "@/server/db";
import type { GroupRole, MeetingViewer } from "./access";

type Reader = Pick<Prisma.TransactionClient, "membership">;

/**
 * The actor as meeting access sees them: administrator or not, and their roles today in each group.
 * Pass the transaction inside actions so the check and the change see the same memberships.
 */
export async function meetingViewerFor(actor: Actor | null, reader?: Reader): Promise<MeetingViewer | null> {
  if (!actor) return null;
  const isAdministrator = actor.roles.includes("ADMINISTRATOR");
  // Outside an action, the session's own statement has read them for this request.
  if (!reader && actor.groupRolesToday) return { userId: actor.userId, personId: actor.personId, isAdministrator, groupRoles: actor.groupRolesToday };
  const today = stockholmDay(new Date());
  const memberships = reader ? await membershipsToday(reader, actor, today) : await requestMembershipsToday(actor.personId, actor.partnershipId, today.toISOString());
  const groupRoles: Record<string, GroupRole[]> = {};
  for (const membership of memberships) (groupRoles[membership.groupId] ??= []).push(membership.role);
  return { userId: actor.userId, personId: actor.personId, isAdministrator, groupRoles };
}

function membershipsToday(client: Reader, actor: Pick<Actor, "personId" | "partnershipId">, today: Date) {
  return client.membership.findMany({
    where: {
      personId: actor.personId,
      startDate: { lte: today },
      OR: [{ endDate: null }, { endDate: { gte: today } }],
      group: { partnershipId: actor.partnershipId },
    },
    select: { groupId: true, role: true },
  });
}

/**
 * Outside a transaction, read once per request: a page's parts (the start page has several) each
 * ask for the viewer, and the memberships cannot change while one page is rendered.
 */
const requestMembershipsToday = cache(async (personId: string, partnershipId: string, todayIso: string) =>
  membershipsToday(await db(), { personId, partnershipId }, new Date(todayIso)),
);
