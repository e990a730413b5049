import { beforeAll, describe, expect, it } from "vitest";
import { meetingViewerFor } from "@/features/meetings/viewer";
import { stockholmDay } from "@/lib/stockholm-day";
import { findSessionAccount } from "@/server/auth/verify-credentials";
import { seedDemoPartnership } from "@/server/seed/demo-partnership";
import { actorFor } from "../../support/actors";
import { testDatabase } from "../../support/test-database";

/**
 * Issue #16, item 4: the session's one statement also reads the person's group memberships of the
 * day, so that a page's meeting rules need no statement of their own. They must be exactly the
 * memberships the meeting viewer reads from the database: current ones only (the first and the
 * last day included), in this partnership only.
 */
const prisma = () => testDatabase().prisma;
const EMAIL = "ledning@huddinge.example";
const DAY = 24 * 60 * 60 * 1000;

let partnershipId: string;
let accountId: string;
let sessionVersion: number;

beforeAll(async () => {
  ({ partnershipId } = await seedDemoPartnership(prisma()));
  const account = await prisma().account.findUniqueOrThrow({ where: { email: EMAIL } });
  ({ id: accountId, sessionVersion } = account);
  const { personId } = await actorFor(EMAIL, partnershipId);
  // The party the person already represents in a group.
  const { partyId } = await prisma().membership.findFirstOrThrow({ where: { personId } });
  const working = await prisma().group.findFirstOrThrow({ where: { partnershipId, kind: "WORKING_GROUP" } });
  const today = stockholmDay(new Date());
  const seat = (role: "MEMBER" | "SECRETARY" | "VICE_CHAIR", startDate: Date, endDate: Date | null) =>
    prisma().membership.create({ data: { groupId: working.id, personId, partyId, role, startDate, endDate } });
  await seat("MEMBER", new Date(today.getTime() - 30 * DAY), new Date(today.getTime() - DAY)); // ended yesterday
  await seat("SECRETARY", new Date(today.getTime() + DAY), null); // starts tomorrow
  await seat("VICE_CHAIR", new Date(today.getTime() - 10 * DAY), today); // ends today: still today's
}, 120_000);

describe("the session's memberships of the day", () => {
  it("are the ones the meeting viewer reads from the database, and only this partnership's", async () => {
    const session = await findSessionAccount(accountId, sessionVersion, "session-memberships");
    const participation = session!.participations.find((candidate) => candidate.partnershipId === partnershipId)!;
    const fromDatabase = await meetingViewerFor(await actorFor(EMAIL, partnershipId));

    const sorted = (roles: Readonly<Record<string, readonly string[]>>) => Object.fromEntries(Object.entries(roles).map(([group, list]) => [group, [...list].sort()]));
    expect(sorted(participation.groupRolesToday)).toEqual(sorted(fromDatabase!.groupRoles));
    const working = await prisma().group.findFirstOrThrow({ where: { partnershipId, kind: "WORKING_GROUP" } });
    expect(participation.groupRolesToday[working.id]).toEqual(["VICE_CHAIR"]);
    expect(Object.keys(participation.groupRolesToday).length).toBeGreaterThanOrEqual(2);

    const groupsOfPartnership = new Set((await prisma().group.findMany({ where: { partnershipId }, select: { id: true } })).map((group) => group.id));
    expect(Object.keys(participation.groupRolesToday).every((groupId) => groupsOfPartnership.has(groupId))).toBe(true);
  });

  it("follow the calendar day: tomorrow the ended seat is gone and the new one has begun", async () => {
    const tomorrow = new Date(Date.now() + DAY);
    const session = await findSessionAccount(accountId, sessionVersion, "session-memberships", tomorrow);
    const working = await prisma().group.findFirstOrThrow({ where: { partnershipId, kind: "WORKING_GROUP" } });
    expect(session!.participations.find((candidate) => candidate.partnershipId === partnershipId)!.groupRolesToday[working.id]).toEqual(["SECRETARY"]);
  });

  it("spare the meeting viewer its own statement when the actor carries them", async () => {
    const session = await findSessionAccount(accountId, sessionVersion, "session-memberships");
    const participation = session!.participations.find((candidate) => candidate.partnershipId === partnershipId)!;
    const actor = { ...(await actorFor(EMAIL, partnershipId)), groupRolesToday: participation.groupRolesToday };
    const viewer = await meetingViewerFor(actor);
    expect(viewer!.groupRoles).toBe(participation.groupRolesToday);
    // Inside an action, the transaction is read, so the check and the change see the same memberships.
    const reads: string[] = [];
    const reader = { membership: { findMany: async () => (reads.push("membership"), []) } } as unknown as Parameters<typeof meetingViewerFor>[1];
    expect((await meetingViewerFor(actor, reader))!.groupRoles).toEqual({});
    expect(reads).toEqual(["membership"]);
  });
});
