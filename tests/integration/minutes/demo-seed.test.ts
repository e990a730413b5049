import { beforeAll, describe, expect, it } from "vitest";
import { findDecision } from "@/features/minutes/find-decision";
import { findDecisions, getMinutesPage } from "@/features/minutes/queries";
import { seedDemoPartnership } from "@/server/seed/demo-partnership";
import { seedDemoMeetings } from "@/server/seed/demo-meetings";
import { seedDemoMinutes } from "@/server/seed/demo-minutes";
import { actorFor } from "../../support/actors";
import { testDatabase } from "../../support/test-database";

/**
 * The demo partnership as `npm run db:seed` makes it: the meetings seed's held meetings get
 * approved minutes from the minutes seed, and last year's steering-group meeting adopts what the
 * working group put forward.
 */
const prisma = () => testDatabase().prisma;
let partnershipId: string;

beforeAll(async () => {
  ({ partnershipId } = await seedDemoPartnership(prisma()));
  // The meetings and their minutes, as seedDemoWork makes them before it adds the proposals.
  await prisma().$transaction(async (tx) => {
    await seedDemoMeetings(tx, { partnershipId });
    await seedDemoMinutes(tx, { partnershipId });
  });
});

describe("the demo minutes", () => {
  it("are approved for every held meeting, chaired and checked by people present, and none for planned ones", async () => {
    const meetings = await prisma().meeting.findMany({
      where: { group: { partnershipId } },
      include: {
        group: { select: { kind: true } },
        attendance: true,
        minutes: { include: { approvals: true, adjusters: true, decisions: { orderBy: { number: "asc" } }, entries: true } },
      },
    });
    const held = meetings.filter((meeting) => meeting.status === "HELD");
    expect(held.length).toBeGreaterThan(0);
    for (const meeting of meetings.filter((candidate) => candidate.status !== "HELD")) expect(meeting.minutes).toEqual([]);
    for (const meeting of held) {
      expect(meeting.minutes, meeting.title).toHaveLength(1);
      const [minutes] = meeting.minutes;
      const present = new Set(meeting.attendance.filter((row) => row.status === "PRESENT").map((row) => row.personId));
      expect(minutes!.status).toBe("APPROVED");
      expect(present.has(minutes!.chairPersonId!)).toBe(true);
      expect(minutes!.adjusters).toHaveLength(1);
      expect(present.has(minutes!.adjusters[0]!.personId)).toBe(true);
      expect(minutes!.adjusters[0]!.personId).not.toBe(minutes!.chairPersonId);
      expect(minutes!.approvals.map((approval) => approval.role).sort()).toEqual(["ADJUSTER", "CHAIR"]);
      expect(minutes!.decisions.length).toBeGreaterThan(0);
      expect(minutes!.decisions.map((decision) => decision.number)).toEqual(minutes!.decisions.map((_, index) => index + 1));
      expect(minutes!.entries.length).toBeGreaterThan(0);
      expect(minutes!.approvedAt!.getTime()).toBeLessThanOrEqual(Date.now());
    }
  });

  it("let the steering group adopt priority areas and the activity plan prepared by a held working-group meeting of its year", async () => {
    const adoptions = await prisma().decision.findMany({
      where: { meeting: { group: { partnershipId, kind: "STEERING_GROUP" } }, subject: { in: ["PRIORITY_AREAS", "ACTIVITY_PLAN"] } },
      select: { id: true },
    });
    expect(adoptions.length).toBeGreaterThanOrEqual(2);
    for (const { id } of adoptions) {
      const decision = (await findDecision(id))!;
      expect(decision.minutes.inForce).toBe(true);
      expect(decision.preparedByMeeting).toMatchObject({ groupKind: "WORKING_GROUP", cycleYear: decision.cycleYear });
      const preparingDecisions = await prisma().decision.findMany({ where: { meetingId: decision.preparedByMeeting!.id }, select: { subject: true } });
      expect(preparingDecisions.map((row) => row.subject)).toContain(decision.subject);
    }
  });

  it("show in the register and on the public steering-group meeting's minutes page", async () => {
    const reader = await actorFor("lasare@huddinge.example");
    const { rows } = await findDecisions(reader, { subject: "PRIORITY_AREAS", group: "STEERING_GROUP" });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.state === "IN_FORCE" && row.preparedBy !== null)).toBe(true);
    const publicMeeting = await prisma().meeting.findFirst({ where: { group: { partnershipId }, status: "HELD", isPublic: true } });
    if (publicMeeting) expect((await getMinutesPage(null, publicMeeting.id))!.selected).toMatchObject({ status: "APPROVED", inForce: true });
  });
});
