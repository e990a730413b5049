import { describe, expect, it } from "vitest";
import type { MeetingViewer } from "@/features/meetings/access";
import type { CadenceMeeting } from "@/features/meetings/cadence";
import { complianceRows, complianceYears, missingOf, showsCompliance, type ComplianceGroup } from "./compliance";

const NOW = new Date("2027-05-01T10:00:00Z");
const CURRENT = 2027;

let sequence = 0;
function meeting(year: number, overrides: Partial<CadenceMeeting> = {}): CadenceMeeting {
  sequence += 1;
  return { id: `m${sequence}`, cycleYear: year, status: "PLANNED", isExtra: false, startsAt: new Date(`${year}-09-15T10:00:00Z`), ...overrides };
}

const steering = (meetings: CadenceMeeting[]): ComplianceGroup => ({ id: "sg", kind: "STEERING_GROUP", meetingsPerYear: 1, meetings });
const working = (meetings: CadenceMeeting[]): ComplianceGroup => ({ id: "wg", kind: "WORKING_GROUP", meetingsPerYear: 2, meetings });

const viewer = (overrides: Partial<MeetingViewer> = {}): MeetingViewer => ({
  userId: "u",
  personId: "p",
  isAdministrator: false,
  groupRoles: {},
  ...overrides,
});

describe("showsCompliance", () => {
  // Guards item 4: administrators and the groups' members see compliance; nobody else does.
  it("is for administrators and members of either group only", () => {
    expect(showsCompliance(null, ["sg", "wg"])).toBe(false);
    expect(showsCompliance(viewer(), ["sg", "wg"])).toBe(false);
    expect(showsCompliance(viewer({ isAdministrator: true }), ["sg", "wg"])).toBe(true);
    expect(showsCompliance(viewer({ groupRoles: { wg: ["MEMBER"] } }), ["sg", "wg"])).toBe(true);
    expect(showsCompliance(viewer({ groupRoles: { other: ["CHAIR"] } }), ["sg", "wg"])).toBe(false);
  });
});

describe("complianceYears", () => {
  it("covers the previous, current and next year, steering group first", () => {
    const years = complianceYears({ currentYear: CURRENT, now: NOW, groups: [working([]), steering([])], viewer: null });
    expect(years.map(({ year, relation, meetingsHref }) => ({ year, relation, meetingsHref }))).toEqual([
      { year: 2026, relation: "previous", meetingsHref: "/meetings?year=2026" },
      { year: 2027, relation: "current", meetingsHref: "/meetings?year=2027" },
      { year: 2028, relation: "next", meetingsHref: "/meetings?year=2028" },
    ]);
    expect(years[0]!.rows.map((row) => row.groupKind)).toEqual(["STEERING_GROUP", "WORKING_GROUP"]);
  });

  it("counts each year's own meetings: held, scheduled, extra and cancelled apart", () => {
    const groups = [
      steering([meeting(2026, { status: "HELD" }), meeting(2027), meeting(2027, { isExtra: true }), meeting(2028, { status: "CANCELLED" })]),
      working([meeting(2026, { status: "HELD" }), meeting(2027, { status: "HELD" }), meeting(2027, { status: "CANCELLED" })]),
    ];
    const [previous, current, next] = complianceYears({ currentYear: CURRENT, now: NOW, groups, viewer: null });

    const [sg2026, wg2026] = previous!.rows;
    expect(sg2026!.compliance).toMatchObject({ required: 1, scheduled: 1, held: 1, status: "met" });
    expect(sg2026!.missing).toEqual({ kind: "none" });
    expect(wg2026!.compliance).toMatchObject({ required: 2, held: 1, status: "missed" });
    expect(wg2026!.missing).toEqual({ kind: "notHeld", count: 1 });

    const [sg2027, wg2027] = current!.rows;
    expect(sg2027!.compliance).toMatchObject({ scheduled: 1, held: 0, extra: 1, status: "onTrack" });
    expect(sg2027!.missing).toEqual({ kind: "hold", count: 1, deadline: "2027-12-31" });
    expect(wg2027!.compliance).toMatchObject({ scheduled: 1, held: 1, cancelled: 1, toSchedule: 1, status: "toSchedule" });
    expect(wg2027!.missing).toEqual({ kind: "schedule", count: 1, deadline: "2027-12-31" });

    const [sg2028, wg2028] = next!.rows;
    expect(sg2028!.compliance).toMatchObject({ scheduled: 0, cancelled: 1, status: "toSchedule" });
    expect(sg2028!.missing).toEqual({ kind: "schedule", count: 1, deadline: "2028-12-31" });
    expect(wg2028!.missing).toEqual({ kind: "schedule", count: 2, deadline: "2028-12-31" });
  });

  it("offers the scheduling link only to those who manage the group, and not for a past year", () => {
    const groups = [steering([]), working([])];
    const secretaryOfWorkingGroup = viewer({ groupRoles: { wg: ["SECRETARY"], sg: ["MEMBER"] } });
    const years = complianceYears({ currentYear: CURRENT, now: NOW, groups, viewer: secretaryOfWorkingGroup });
    const links = years.map((year) => year.rows.map((row) => row.newMeetingHref));
    expect(links).toEqual([
      [null, null],
      [null, "/meetings/new?group=strategisk-arbetsgrupp"],
      [null, "/meetings/new?group=strategisk-arbetsgrupp"],
    ]);

    const admin = complianceRows({ year: CURRENT, currentYear: CURRENT, now: NOW, groups, viewer: viewer({ isAdministrator: true }) });
    expect(admin.map((row) => row.newMeetingHref)).toEqual(["/meetings/new?group=ledningsgrupp", "/meetings/new?group=strategisk-arbetsgrupp"]);

    const member = complianceRows({ year: CURRENT, currentYear: CURRENT, now: NOW, groups, viewer: viewer({ groupRoles: { sg: ["CHAIR"] } }) });
    expect(member.map((row) => row.newMeetingHref)).toEqual([null, null]);
  });
});

describe("missingOf", () => {
  it("says nothing is missing once enough meetings are held, even with more to come", () => {
    const rows = complianceRows({
      year: CURRENT,
      currentYear: CURRENT,
      now: NOW,
      groups: [working([meeting(2027, { status: "HELD" }), meeting(2027, { status: "HELD" })])],
      viewer: null,
    });
    expect(rows[0]!.missing).toEqual({ kind: "none" });
    expect(missingOf(rows[0]!.compliance, CURRENT)).toEqual({ kind: "none" });
  });

  it("reports planned meetings that have passed without being recorded as held", () => {
    const rows = complianceRows({
      year: CURRENT,
      currentYear: CURRENT,
      now: NOW,
      groups: [steering([meeting(2027, { startsAt: new Date("2027-03-01T10:00:00Z") })])],
      viewer: null,
    });
    expect(rows[0]!.compliance.awaitingRecord).toBe(1);
    expect(rows[0]!.missing).toEqual({ kind: "hold", count: 1, deadline: "2027-12-31" });
  });
});
