import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { rolesByGroup } from "@/lib/group-roles";
import { stockholmDay } from "@/lib/stockholm-day";
import type { Actor } from "@/server/auth/actor";
import { db } from "@/server/db";
import type { MeetingViewer } from "./access";

type Reader = Pick<Prisma.TransactionClient, "membership">;

/**
 * The actor as meeting access sees them: administrator or not, and their roles today in each group.
 * In a request the session's own statement has read the roles (Actor.groupRolesToday). Pass the
 * transaction inside actions so the check and the change see the same memberships; an actor made
 * without the session's roles (tests) has them read here.
 */
export async function meetingViewerFor(actor: Actor | null, reader?: Reader): Promise<MeetingViewer | null> {
  if (!actor) return null;
  const isAdministrator = actor.roles.includes("ADMINISTRATOR");
  if (!reader && actor.groupRolesToday) return { userId: actor.userId, personId: actor.personId, isAdministrator, groupRoles: actor.groupRolesToday };
  const memberships = await membershipsToday(reader ?? (await db()), actor, stockholmDay(new Date()));
  return { userId: actor.userId, personId: actor.personId, isAdministrator, groupRoles: rolesByGroup(memberships) };
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
