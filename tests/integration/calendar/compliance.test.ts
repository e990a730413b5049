import { beforeAll, describe, expect, it } from "vitest";
import type { MeetingEvent } from "@/features/calendar/annual-cycle";
import { findAnnualCycle, findComplianceGroups, findHomeCompliance } from "@/features/calendar/queries";
import { ADMIN, CONTRIBUTOR, READER, STEERING_CHAIR, WORKING_CHAIR, actorFor, createMeeting, seed } from "./calendar-fixtures";

// A fixed "now" in the middle of 2027 (Stockholm), so the previous, current and next years are 2026–2028.
const NOW = new Date("2027-05-01T10:00:00Z");

let partnershipId: string;
let groups: Awaited<ReturnType<typeof seed>>["groups"];

beforeAll(async () => {
  ({ partnershipId, groups } = await seed());
  const sg = groups.STEERING_GROUP;
  const wg = groups.WORKING_GROUP;
  // 2025: outside the three years shown.
  await createMeeting({ groupId: sg, title: "SG 2025", startsAt: new Date("2025-10-01T08:00:00Z"), status: "HELD" });
  // 2026: the steering group met; the working group held one of two.
  await createMeeting({ groupId: sg, title: "SG 2026", startsAt: new Date("2026-10-01T08:00:00Z"), status: "HELD" });
  await createMeeting({ groupId: wg, title: "AG vår 2026", startsAt: new Date("2026-03-01T08:00:00Z"), status: "HELD" });
  await createMeeting({ groupId: wg, title: "AG höst 2026", startsAt: new Date("2026-09-01T08:00:00Z"), status: "CANCELLED" });
  // 2027: the working group held its spring meeting and has an extra one; the steering group's is planned.
  await createMeeting({ groupId: wg, title: "AG vår 2027", startsAt: new Date("2027-03-01T08:00:00Z"), status: "HELD" });
  await createMeeting({ groupId: wg, title: "AG extra 2027", startsAt: new Date("2027-04-01T08:00:00Z"), extraReason: "Remiss" });
  await createMeeting({ groupId: sg, title: "SG extra 2027", startsAt: new Date("2027-02-01T08:00:00Z"), extraReason: "Brådskande", status: "HELD" });
  await createMeeting({ groupId: sg, title: "SG 2027", startsAt: new Date("2027-10-05T08:00:00Z") });
  // Stockholm's New Year: 31 December 23:30 UTC is 2028 in Stockholm.
  await createMeeting({ groupId: wg, title: "AG nyår", startsAt: new Date("2027-12-31T23:30:00Z") });
  // 2029: outside.
  await createMeeting({ groupId: sg, title: "SG 2029", startsAt: new Date("2029-10-01T08:00:00Z") });
});

describe("cadence compliance on the home page", () => {
  // Guards item 4's audience: administrators and the groups' members, nobody else.
  it("is shown to administrators and to members of either group, and to nobody else", async () => {
    for (const email of [ADMIN, STEERING_CHAIR, WORKING_CHAIR]) {
      expect(await findHomeCompliance(await actorFor(email), NOW), email).not.toBeNull();
    }
    for (const email of [CONTRIBUTOR, READER]) {
      expect(await findHomeCompliance(await actorFor(email), NOW), email).toBeNull();
    }
  });

  it("counts the previous, current and next Stockholm year from the groups' meetings", async () => {
    const years = (await findHomeCompliance(await actorFor(ADMIN), NOW))!;
    expect(years.map((year) => [year.year, year.relation])).toEqual([
      [2026, "previous"],
      [2027, "current"],
      [2028, "next"],
    ]);
    const table = years.map((year) =>
      year.rows.map((row) => {
        const { required, scheduled, held, extra, cancelled, status } = row.compliance;
        return [row.groupKind, required, scheduled, held, extra, cancelled, status, row.missing.kind];
      }),
    );
    expect(table).toEqual([
      [
        ["STEERING_GROUP", 1, 1, 1, 0, 0, "met", "none"],
        ["WORKING_GROUP", 2, 1, 1, 0, 1, "missed", "notHeld"],
      ],
      [
        ["STEERING_GROUP", 1, 1, 0, 1, 0, "onTrack", "hold"],
        ["WORKING_GROUP", 2, 1, 1, 1, 0, "toSchedule", "schedule"],
      ],
      [
        ["STEERING_GROUP", 1, 0, 0, 0, 0, "toSchedule", "schedule"],
        ["WORKING_GROUP", 2, 1, 0, 0, 0, "toSchedule", "schedule"],
      ],
    ]);
    expect(years[1]!.rows[1]!.missing).toEqual({ kind: "schedule", count: 1, deadline: "2027-12-31" });
  });

  it("links scheduling for those who manage the group only", async () => {
    // Maria Lindqvist (admin) is secretary of both groups; Sara Nyström chairs the working group.
    const admin = (await findHomeCompliance(await actorFor(ADMIN), NOW))!;
    expect(admin[1]!.rows.map((row) => row.newMeetingHref)).toEqual(["/meetings/new?group=ledningsgrupp", "/meetings/new?group=strategisk-arbetsgrupp"]);
    const chair = (await findHomeCompliance(await actorFor(WORKING_CHAIR), NOW))!;
    expect(chair.flatMap((year) => year.rows.map((row) => row.newMeetingHref))).toEqual([null, null, null, null, null, null]);
  });

  it("loads only the years asked for, for every group of the partnership", async () => {
    const loaded = await findComplianceGroups(partnershipId, [2026, 2027, 2028]);
    expect(loaded.map((group) => group.kind).sort()).toEqual(["STEERING_GROUP", "WORKING_GROUP"]);
    const years = new Set(loaded.flatMap((group) => group.meetings.map((meeting) => meeting.cycleYear)));
    expect([...years].sort()).toEqual([2026, 2027, 2028]);
  });
});

describe("the årshjul", () => {
  it("lists the year's meetings by month and marks the steering group's follow-up and plan adoption", async () => {
    const cycle = await findAnnualCycle(await actorFor(READER), 2027, NOW);
    const byMonth = cycle.months.map((month) => month.events.map((event) => (event as MeetingEvent).title));
    expect(byMonth).toEqual([[], ["SG extra 2027"], ["AG vår 2027"], ["AG extra 2027"], [], [], [], [], [], ["SG 2027"], [], []]);
    const events = cycle.months.flatMap((month) => month.events) as MeetingEvent[];
    expect(events.filter((event) => event.milestone === "followUpAndPlan").map((event) => event.title)).toEqual(["SG 2027"]);
    expect(events.find((event) => event.title === "AG extra 2027")).toMatchObject({ isExtra: true, status: "PLANNED", groupKind: "WORKING_GROUP" });
    expect(cycle.compliance.map((row) => row.compliance.status)).toEqual(["onTrack", "toSchedule"]);
    expect(cycle.relation).toBe("current");
  });

  it("puts a meeting at Stockholm's New Year into January of the next year", async () => {
    const cycle = await findAnnualCycle(await actorFor(READER), 2028, NOW);
    expect(cycle.months[0]!.events.map((event) => (event as MeetingEvent).title)).toEqual(["AG nyår"]);
    expect(cycle.relation).toBe("next");
  });

  it("shows only the actor's own partnership", async () => {
    const reader = await actorFor(READER);
    const cycle = await findAnnualCycle({ ...reader, partnershipId: "another-partnership" }, 2027, NOW);
    expect(cycle.months.flatMap((month) => month.events)).toEqual([]);
    expect(cycle.compliance).toEqual([]);
  });
});
