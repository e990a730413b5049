import { beforeAll, describe, expect, it } from "vitest";
import { regularSlotRefusal } from "@/features/meetings/cadence";
import { stockholmYear } from "@/features/meetings/meeting-time";
import { getMeetingPage, groupMeetings, listMeetings } from "@/features/meetings/queries";
import { meetingViewerFor } from "@/features/meetings/viewer";
import { demoMeetingPlan, seedDemoMeetings } from "@/server/seed/demo-meetings";
import { DEMO_HISTORY_YEARS, demoSchedule } from "@/server/seed/demo-schedule";
import { actorFor, ADMIN, prisma, READER, seed, type Fixture } from "./meeting-fixtures";

let fixture: Fixture;
const year = stockholmYear(new Date());

beforeAll(async () => {
  fixture = await seed();
  await prisma().$transaction((tx) => seedDemoMeetings(tx, { partnershipId: fixture.partnershipId }));
});

describe("the demo meetings", () => {
  it("hold the past years' three meetings each, this year's as far as their time has passed, and plan the rest ahead of today", async () => {
    const meetings = await prisma().meeting.findMany({ orderBy: { startsAt: "asc" }, include: { group: true } });
    const expected = demoSchedule(new Date());
    expect(meetings.map((meeting) => [meeting.cycleYear, meeting.group.kind, meeting.status])).toEqual(
      expected.map((slot) => [slot.year, slot.kind === "steering" ? "STEERING_GROUP" : "WORKING_GROUP", slot.held ? "HELD" : "PLANNED"]),
    );
    expect(new Set(meetings.map((meeting) => meeting.cycleYear)).size).toBe(DEMO_HISTORY_YEARS + 1);
    expect(meetings.filter((meeting) => meeting.cycleYear < year).every((meeting) => meeting.status === "HELD")).toBe(true);
    for (const planned of meetings.filter((meeting) => meeting.status === "PLANNED")) expect(planned.startsAt.getTime()).toBeGreaterThan(Date.now());
    expect(await prisma().agendaItem.count({ where: { meetingId: { in: meetings.map((meeting) => meeting.id) } } })).toBeGreaterThan(20);
  });

  it("never breaks the cadence: every regular meeting had a free slot", async () => {
    for (const groupId of [fixture.steeringGroupId, fixture.workingGroupId]) {
      const group = await prisma().group.findUniqueOrThrow({ where: { id: groupId } });
      const meetings = await groupMeetings(groupId);
      for (const meeting of meetings) {
        expect(regularSlotRefusal({ meetingsPerYear: group.meetingsPerYear, year: meeting.cycleYear, isExtra: false, existing: meetings, ignoreMeetingId: meeting.id })).toBeNull();
      }
    }
    const [steering] = await listMeetings(fixture.partnershipId, year - 1);
    expect(steering!.compliance.status).toBe("met");
  });

  it("records attendance at held meetings for the members on the day, the chair and the secretary present", async () => {
    const held = await prisma().meeting.findMany({ where: { status: "HELD" }, select: { id: true } });
    const admin = await actorFor(ADMIN);
    for (const { id } of held) {
      const page = await getMeetingPage(id, { viewer: await meetingViewerFor(admin), partnershipId: admin.partnershipId });
      expect(page!.attendance!.length).toBeGreaterThan(3);
      expect(page!.attendance!.every((row) => row.status !== null)).toBe(true);
      expect(page!.otherAttendance).toEqual([]);
      for (const row of page!.attendance!.filter((row) => row.roles.includes("CHAIR") || row.roles.includes("SECRETARY"))) expect(row.status).toBe("PRESENT");
      expect(page!.attendance!.filter((row) => row.status === "PRESENT").length).toBeGreaterThanOrEqual(3);
    }
    // Underlag of the working group is for its members: a reader sees none.
    const reader = await actorFor(READER);
    const withDocument = await prisma().meeting.findFirstOrThrow({ where: { documents: { some: {} } } });
    expect((await getMeetingPage(withDocument.id, { viewer: await meetingViewerFor(reader), partnershipId: reader.partnershipId }))!.documents).toBeNull();
  });

  it("plans the steering group after the working group, in the same year, late in the year too", () => {
    for (const now of [new Date("2026-06-01T10:00:00Z"), new Date("2026-11-27T10:00:00Z"), new Date("2026-12-17T10:00:00Z"), new Date("2026-12-28T10:00:00Z")]) {
      const [autumn, steering] = demoMeetingPlan(now).slice(-2);
      expect(autumn!.date > now.toISOString().slice(0, 10)).toBe(true);
      expect(steering!.date >= autumn!.date && `${steering!.date} ${steering!.start}` > `${autumn!.date} ${autumn!.start}`).toBe(true);
      expect(steering!.date.startsWith("2026-")).toBe(true);
    }
    expect(demoMeetingPlan(new Date("2026-06-01T10:00:00Z")).at(-2)!.date).toBe("2026-10-14");
  });
});
