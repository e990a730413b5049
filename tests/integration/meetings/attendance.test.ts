import { beforeAll, describe, expect, it } from "vitest";
import { recordAttendance } from "@/features/meetings/attendance-definitions";
import { getMeetingPage } from "@/features/meetings/queries";
import { meetingViewerFor } from "@/features/meetings/viewer";
import { executeFormAction } from "@/server/actions/form-action";
import { ADMIN, actorFor, auditCount, CONTRIBUTOR, createMeeting, form, FUTURE_YEAR, lastEvent, makeWorkingGroupSecretary, prisma, READER, seed, WORKING_CHAIR, type Fixture } from "./meeting-fixtures";

let fixture: Fixture;
let meetingId: string;
const people = new Map<string, string>();

beforeAll(async () => {
  fixture = await seed();
  await makeWorkingGroupSecretary(fixture);
  // Gunnar Ek left the working group on 30 June 2025 and Tomas Wikström joined on 1 July 2025.
  meetingId = (await createMeeting(fixture.workingGroupId, "2025-05-14", { status: "HELD" })).id;
  for (const person of await prisma().person.findMany({ where: { partnershipId: fixture.partnershipId } })) people.set(person.name, person.id);
});

const field = (name: string) => `attendance_${people.get(name)}`;
const statuses = async (id = meetingId) =>
  Object.fromEntries((await prisma().attendance.findMany({ where: { meetingId: id }, include: { person: true } })).map((row) => [row.person.name, row.status]));

describe("attendance", () => {
  it("lists the people who were members on the meeting's day, whatever has changed since", async () => {
    const actor = await actorFor(READER);
    const page = await getMeetingPage(meetingId, { viewer: await meetingViewerFor(actor), partnershipId: actor.partnershipId });
    const names = page!.attendance!.map((row) => row.name);
    expect(names).toContain("Gunnar Ek");
    expect(names).not.toContain("Tomas Wikström");
    // Made secretary only today: not a member on that day.
    expect(names).not.toContain("Johan Ekberg");
    expect(names[0]).toBe("Sara Nyström");
    expect(page!.attendance!.find((row) => row.name === "Maria Lindqvist")).toMatchObject({ roles: ["SECRETARY"], status: null });
    // Visitors (a public meeting) see no attendance.
    await prisma().meeting.update({ where: { id: meetingId }, data: { isPublic: true } });
    expect((await getMeetingPage(meetingId, { viewer: null, partnershipId: null }))!.attendance).toBeNull();
  });

  it("records present, absent and excused for everyone in one form, and removes what is set back to not recorded", async () => {
    const admin = await actorFor(ADMIN);
    const { state } = await executeFormAction(
      recordAttendance,
      admin,
      form({ meetingId, [field("Sara Nyström")]: "PRESENT", [field("Maria Lindqvist")]: "PRESENT", [field("Gunnar Ek")]: "EXCUSED", [field("Mikael Berg")]: "ABSENT", [field("Nadia Haddad")]: "" }),
    );
    expect(state).toMatchObject({ status: "success", message: "meetings.attendance.saved" });
    expect(await statuses()).toEqual({ "Sara Nyström": "PRESENT", "Maria Lindqvist": "PRESENT", "Gunnar Ek": "EXCUSED", "Mikael Berg": "ABSENT" });
    expect((await lastEvent("meeting.attendance_recorded")).data).toEqual({
      before: { "Sara Nyström": null, "Maria Lindqvist": null, "Gunnar Ek": null, "Mikael Berg": null },
      after: { "Sara Nyström": "PRESENT", "Maria Lindqvist": "PRESENT", "Gunnar Ek": "EXCUSED", "Mikael Berg": "ABSENT" },
    });

    await executeFormAction(recordAttendance, admin, form({ meetingId, [field("Mikael Berg")]: "", [field("Gunnar Ek")]: "PRESENT" }));
    expect(await statuses()).toEqual({ "Sara Nyström": "PRESENT", "Maria Lindqvist": "PRESENT", "Gunnar Ek": "PRESENT" });
  });

  // Guards who is recorded: members on the meeting's day only; a refused form writes nothing.
  it("refuses people who were not members on the meeting's day, and unknown statuses", async () => {
    const admin = await actorFor(ADMIN);
    const [before, events] = [await statuses(), await auditCount()];
    const refused = await executeFormAction(recordAttendance, admin, form({ meetingId, [field("Sara Nyström")]: "ABSENT", [field("Tomas Wikström")]: "PRESENT" }));
    expect(refused.state.message).toBe("meetings.attendance.refusals.notMember");
    const reader = await executeFormAction(recordAttendance, admin, form({ meetingId, [field("Karin Sjöberg")]: "PRESENT" }));
    expect(reader.state.message).toBe("meetings.attendance.refusals.notMember");
    const status = await executeFormAction(recordAttendance, admin, form({ meetingId, [field("Sara Nyström")]: "LATE" }));
    expect(status.state.message).toBe("errors.validation");
    expect((await executeFormAction(recordAttendance, admin, form({ meetingId }))).state.message).toBe("meetings.attendance.refusals.nothing");
    expect([await statuses(), await auditCount()]).toEqual([before, events]);
  });

  it("is recorded once the meeting has started, never for a cancelled one", async () => {
    const admin = await actorFor(ADMIN);
    const future = await createMeeting(fixture.workingGroupId, `${FUTURE_YEAR}-03-10`);
    expect((await executeFormAction(recordAttendance, admin, form({ meetingId: future.id, [field("Sara Nyström")]: "PRESENT" }))).state.message).toBe(
      "meetings.attendance.refusals.notStarted",
    );
    const cancelled = await createMeeting(fixture.workingGroupId, "2025-09-10", { status: "CANCELLED" });
    expect((await executeFormAction(recordAttendance, admin, form({ meetingId: cancelled.id, [field("Sara Nyström")]: "PRESENT" }))).state.message).toBe("meetings.refusals.cancelled");
    expect(await statuses(future.id)).toEqual({});
  });

  // Guards recording: the group's managers only (members, readers and the other group's people are refused).
  it("refuses members and readers, and lets the group's secretary record", async () => {
    const [before, events] = [await statuses(), await auditCount()];
    for (const email of [WORKING_CHAIR, READER]) {
      const { state } = await executeFormAction(recordAttendance, await actorFor(email), form({ meetingId, [field("Sara Nyström")]: "ABSENT" }));
      expect(state.message, email).toBe("errors.forbidden");
    }
    expect([await statuses(), await auditCount()]).toEqual([before, events]);
    const { state } = await executeFormAction(recordAttendance, await actorFor(CONTRIBUTOR), form({ meetingId, [field("Nadia Haddad")]: "PRESENT" }));
    expect(state.status).toBe("success");
  });
});
