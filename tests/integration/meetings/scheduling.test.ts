import { beforeAll, describe, expect, it } from "vitest";
import { cancelMeeting, editMeeting, markMeetingHeld, scheduleMeeting } from "@/features/meetings/meeting-definitions";
import { instantFromStockholm, stockholmParts } from "@/features/meetings/meeting-time";
import { executeFormAction } from "@/server/actions/form-action";
import {
  ADMIN,
  actorFor,
  auditCount,
  CONTRIBUTOR,
  createMeeting,
  form,
  FUTURE_YEAR,
  lastEvent,
  makeWorkingGroupSecretary,
  meetingFields,
  prisma,
  READER,
  schedule,
  seed,
  STEERING_CHAIR,
  WORKING_CHAIR,
  type Fixture,
} from "./meeting-fixtures";

let fixture: Fixture;

beforeAll(async () => {
  fixture = await seed();
  await makeWorkingGroupSecretary(fixture);
});

const meetingCount = () => prisma().meeting.count();
/** The edit form as it is shown for a stored meeting, with a test's changes. */
const editFields = (
  meeting: { id: string; version: number; startsAt?: Date; endsAt?: Date; title?: string; location?: string },
  overrides: Record<string, string> = {},
): Record<string, string> => {
  const { groupId: _groupId, ...fields } = meetingFields("");
  const start = meeting.startsAt ? stockholmParts(meeting.startsAt) : null;
  const stored: Record<string, string> = start
    ? { meetingDate: start.date, startTime: start.time, endTime: stockholmParts(meeting.endsAt!).time, meetingTitle: meeting.title!, location: meeting.location! }
    : {};
  return { meetingId: meeting.id, version: String(meeting.version), ...fields, ...stored, ...overrides };
};
const meeting = (id: string) => prisma().meeting.findUniqueOrThrow({ where: { id } });

describe("scheduling a meeting", () => {
  it("stores the Stockholm date and times as instants and counts the meeting towards its Stockholm year", async () => {
    const year = FUTURE_YEAR - 1;
    const { state, result } = await executeFormAction(
      scheduleMeeting,
      await actorFor(ADMIN),
      form(meetingFields(fixture.steeringGroupId, { meetingDate: `${year}-05-12`, meetingTitle: "Ledningsgruppens årsmöte", onlineUrl: "https://meet.example/abc", isPublic: "yes" })),
    );
    expect(state).toMatchObject({ status: "success", message: "meetings.scheduled" });
    const stored = await meeting(result!.meetingId);
    expect(stored).toMatchObject({ title: "Ledningsgruppens årsmöte", cycleYear: year, status: "PLANNED", isExtra: false, isPublic: true, onlineUrl: "https://meet.example/abc", version: 1 });
    // 13:00 in May is summer time: 11:00 UTC.
    expect(stored.startsAt.toISOString()).toBe(`${year}-05-12T11:00:00.000Z`);
    expect(stored.endsAt.toISOString()).toBe(`${year}-05-12T13:00:00.000Z`);
    const event = await lastEvent("meeting.scheduled");
    expect(event.entityId).toBe(stored.id);
    expect(event.data).toMatchObject({ group: "STEERING_GROUP", after: { title: "Ledningsgruppens årsmöte", start: `${year}-05-12 13:00`, cycleYear: year } });
  });

  it("counts a meeting late on New Year's Eve towards the old year, and one just after midnight towards the new", async () => {
    const year = FUTURE_YEAR + 5;
    const late = await schedule(fixture.workingGroupId, { meetingDate: `${year}-12-31`, startTime: "22:30", endTime: "23:30", isExtra: "yes", extraReason: "Årsskifte" });
    const early = await schedule(fixture.workingGroupId, { meetingDate: `${year + 1}-01-01`, startTime: "00:30", endTime: "01:30", isExtra: "yes", extraReason: "Årsskifte" });
    expect((await meeting(late)).cycleYear).toBe(year);
    // 00:30 on 1 January in Stockholm is still 31 December in UTC.
    expect((await meeting(early)).startsAt.toISOString()).toBe(`${year}-12-31T23:30:00.000Z`);
    expect((await meeting(early)).cycleYear).toBe(year + 1);
  });

  it("refuses a second regular steering-group meeting in a year, naming the year and the existing meeting's date", async () => {
    await schedule(fixture.steeringGroupId);
    const [count, events] = [await meetingCount(), await auditCount()];
    const { state } = await executeFormAction(scheduleMeeting, await actorFor(ADMIN), form(meetingFields(fixture.steeringGroupId, { meetingDate: `${FUTURE_YEAR}-10-01` })));
    expect(state).toMatchObject({
      status: "error",
      message: "meetings.refusals.cadenceFull",
      messageValues: { group: "STEERING_GROUP", year: String(FUTURE_YEAR), count: 1, first: instantFromStockholm(`${FUTURE_YEAR}-05-12`, "13:00")!.getTime() },
      fieldErrors: { meetingDate: ["meetings.refusals.cadenceFullField"] },
    });
    // What was typed is kept for the next try.
    expect(state.values).toMatchObject({ meetingDate: `${FUTURE_YEAR}-10-01` });
    expect([await meetingCount(), await auditCount()]).toEqual([count, events]);
  });

  it("accepts one more steering-group meeting as an extra meeting with its reason, and refuses it without one", async () => {
    const admin = await actorFor(ADMIN);
    const [count, events] = [await meetingCount(), await auditCount()];
    const without = await executeFormAction(scheduleMeeting, admin, form(meetingFields(fixture.steeringGroupId, { meetingDate: `${FUTURE_YEAR}-09-01`, isExtra: "yes", extraReason: "  " })));
    expect(without.state).toMatchObject({ status: "error", fieldErrors: { extraReason: ["meetings.validation.extraReason"] } });
    expect([await meetingCount(), await auditCount()]).toEqual([count, events]);

    const { state, result } = await executeFormAction(
      scheduleMeeting,
      admin,
      form(meetingFields(fixture.steeringGroupId, { meetingDate: `${FUTURE_YEAR}-09-01`, isExtra: "yes", extraReason: "Beslut om ny verksamhetsplan efter omorganisation" })),
    );
    expect(state.status).toBe("success");
    expect(await meeting(result!.meetingId)).toMatchObject({ isExtra: true, extraReason: "Beslut om ny verksamhetsplan efter omorganisation", cycleYear: FUTURE_YEAR });
  });

  it("gives the working group two regular meetings a year and refuses a third", async () => {
    await schedule(fixture.workingGroupId, { meetingDate: `${FUTURE_YEAR}-03-10` });
    await schedule(fixture.workingGroupId, { meetingDate: `${FUTURE_YEAR}-10-06` });
    const count = await meetingCount();
    const { state } = await executeFormAction(scheduleMeeting, await actorFor(ADMIN), form(meetingFields(fixture.workingGroupId, { meetingDate: `${FUTURE_YEAR}-11-20` })));
    expect(state).toMatchObject({ message: "meetings.refusals.cadenceFull", messageValues: { group: "WORKING_GROUP", count: 2 } });
    expect(await meetingCount()).toBe(count);
  });

  it("checks the time, the place or link, and the link's form", async () => {
    const admin = await actorFor(ADMIN);
    const refused = async (overrides: Record<string, string>) =>
      (await executeFormAction(scheduleMeeting, admin, form(meetingFields(fixture.workingGroupId, { meetingDate: `${FUTURE_YEAR + 1}-03-10`, ...overrides })))).state.fieldErrors;
    expect(await refused({ endTime: "12:00" })).toEqual({ endTime: ["meetings.validation.endBeforeStart"] });
    expect(await refused({ meetingDate: `${FUTURE_YEAR + 1}-02-30` })).toEqual({ meetingDate: ["validation.date"] });
    expect(await refused({ startTime: "25:00" })).toEqual({ startTime: ["meetings.validation.time"] });
    expect(await refused({ location: "", onlineUrl: "" })).toEqual({ location: ["meetings.validation.placeOrLink"] });
    expect(await refused({ onlineUrl: "http://meet.example/x" })).toEqual({ onlineUrl: ["meetings.validation.onlineUrl"] });
    expect(await refused({ onlineUrl: "javascript:alert(1)" })).toEqual({ onlineUrl: ["meetings.validation.onlineUrl"] });
    expect(await refused({ meetingTitle: " " })).toEqual({ meetingTitle: ["validation.required"] });
    // An online meeting needs no place.
    expect((await executeFormAction(scheduleMeeting, admin, form(meetingFields(fixture.workingGroupId, { meetingDate: `${FUTURE_YEAR + 1}-03-10`, location: "", onlineUrl: "https://meet.example/wg" })))).state.status).toBe("success");
  });

  // Guards who schedules: administrators and the group's secretary only; nothing is written for anyone else.
  it("refuses plain members, readers and another group's secretary; lets a group's secretary schedule for their group", async () => {
    const year = FUTURE_YEAR + 2;
    const [count, events] = [await meetingCount(), await auditCount()];
    for (const email of [STEERING_CHAIR, WORKING_CHAIR, READER, CONTRIBUTOR]) {
      const { state } = await executeFormAction(scheduleMeeting, await actorFor(email), form(meetingFields(fixture.steeringGroupId, { meetingDate: `${year}-05-12` })));
      expect(state.message, email).toBe("errors.forbidden");
    }
    for (const email of [WORKING_CHAIR, READER]) {
      const { state } = await executeFormAction(scheduleMeeting, await actorFor(email), form(meetingFields(fixture.workingGroupId, { meetingDate: `${year}-05-12` })));
      expect(state.message, email).toBe("errors.forbidden");
    }
    expect([await meetingCount(), await auditCount()]).toEqual([count, events]);

    const { state } = await executeFormAction(scheduleMeeting, await actorFor(CONTRIBUTOR), form(meetingFields(fixture.workingGroupId, { meetingDate: `${year}-05-12` })));
    expect(state.status).toBe("success");
  });

  it("refuses a group of another partnership as invalid", async () => {
    const { state } = await executeFormAction(scheduleMeeting, await actorFor(ADMIN), form(meetingFields("not-a-group")));
    expect(state.fieldErrors).toEqual({ groupId: ["validation.invalid"] });
  });
});

describe("changing a meeting", () => {
  it("edits details and moves within the year, bumping the version and recording before and after", async () => {
    const id = await schedule(fixture.steeringGroupId, { meetingDate: `${FUTURE_YEAR + 3}-05-12` });
    const { state } = await executeFormAction(
      editMeeting,
      await actorFor(ADMIN),
      form(editFields(await meeting(id), { meetingDate: `${FUTURE_YEAR + 3}-05-19`, meetingTitle: "Flyttat möte", startTime: "09:00", endTime: "11:30" })),
    );
    expect(state).toMatchObject({ status: "success", message: "meetings.saved" });
    expect(await meeting(id)).toMatchObject({ title: "Flyttat möte", version: 2, cycleYear: FUTURE_YEAR + 3 });
    expect((await lastEvent("meeting.moved")).data).toMatchObject({
      before: { start: `${FUTURE_YEAR + 3}-05-12 13:00`, title: "Ordinarie möte", version: 1 },
      after: { start: `${FUTURE_YEAR + 3}-05-19 09:00`, end: `${FUTURE_YEAR + 3}-05-19 11:30`, title: "Flyttat möte", version: 2 },
    });
  });

  it("refuses a move into a year whose regular slot is taken, and allows it as an extra meeting", async () => {
    const year = FUTURE_YEAR + 4;
    await schedule(fixture.steeringGroupId, { meetingDate: `${year}-05-12` });
    const other = await schedule(fixture.steeringGroupId, { meetingDate: `${year + 1}-05-12` });
    const before = await meeting(other);
    const events = await auditCount();
    const admin = await actorFor(ADMIN);
    const { state } = await executeFormAction(editMeeting, admin, form(editFields(before, { meetingDate: `${year}-11-12` })));
    expect(state).toMatchObject({ message: "meetings.refusals.cadenceFull", messageValues: { year: String(year), count: 1 }, fieldErrors: { meetingDate: ["meetings.refusals.cadenceFullField"] } });
    expect(await meeting(other)).toEqual(before);
    expect(await auditCount()).toBe(events);

    const extra = await executeFormAction(editMeeting, admin, form(editFields(before, { meetingDate: `${year}-11-12`, isExtra: "yes", extraReason: "Extra uppföljning" })));
    expect(extra.state.status).toBe("success");
    // Back to a regular meeting in the full year: refused the same way.
    const again = await executeFormAction(editMeeting, admin, form(editFields(await meeting(other), { meetingDate: `${year}-11-12` })));
    expect(again.state.message).toBe("meetings.refusals.cadenceFull");
    expect(await meeting(other)).toMatchObject({ isExtra: true, extraReason: "Extra uppföljning" });
  });

  it("refuses a stale version, changing nothing", async () => {
    const id = await schedule(fixture.workingGroupId, { meetingDate: `${FUTURE_YEAR + 6}-03-10` });
    const shown = await meeting(id);
    const admin = await actorFor(ADMIN);
    expect((await executeFormAction(editMeeting, admin, form(editFields(shown, { meetingTitle: "Första ändringen" })))).state.status).toBe("success");
    const events = await auditCount();
    const { state } = await executeFormAction(editMeeting, admin, form(editFields(shown, { meetingTitle: "Andra ändringen" })));
    expect(state.message).toBe("meetings.refusals.stale");
    expect(await meeting(id)).toMatchObject({ title: "Första ändringen", version: 2 });
    expect(await auditCount()).toBe(events);
    const cancel = await executeFormAction(cancelMeeting, admin, form({ meetingId: id, version: "1", cancellationReason: "Krock" }));
    expect(cancel.state.message).toBe("meetings.refusals.stale");
  });

  it("cancels a planned meeting with its reason, which frees the regular slot", async () => {
    const year = FUTURE_YEAR + 7;
    const id = await schedule(fixture.steeringGroupId, { meetingDate: `${year}-05-12` });
    const admin = await actorFor(ADMIN);
    const missing = await executeFormAction(cancelMeeting, admin, form({ meetingId: id, version: "1", cancellationReason: "" }));
    expect(missing.state.fieldErrors).toEqual({ cancellationReason: ["validation.required"] });

    const { state } = await executeFormAction(cancelMeeting, admin, form({ meetingId: id, version: "1", cancellationReason: "Ordföranden sjuk" }));
    expect(state).toMatchObject({ status: "success", message: "meetings.cancelled" });
    const cancelled = await meeting(id);
    expect(cancelled).toMatchObject({ status: "CANCELLED", cancellationReason: "Ordföranden sjuk", version: 2 });
    expect(cancelled.cancelledAt).toBeInstanceOf(Date);
    expect((await lastEvent("meeting.cancelled")).data).toMatchObject({ reason: "Ordföranden sjuk", before: { status: "PLANNED" }, after: { status: "CANCELLED" } });

    await schedule(fixture.steeringGroupId, { meetingDate: `${year}-06-02` });
    // A cancelled meeting is neither cancelled again nor changed.
    expect((await executeFormAction(cancelMeeting, admin, form({ meetingId: id, version: "2", cancellationReason: "Igen" }))).state.message).toBe("meetings.refusals.notPlanned");
    expect((await executeFormAction(editMeeting, admin, form(editFields(cancelled, { meetingDate: `${year}-06-09` })))).state.message).toBe("meetings.refusals.cancelled");
  });

  it("marks a meeting held only once it has started, and never moves a held meeting", async () => {
    const admin = await actorFor(ADMIN);
    const future = await schedule(fixture.workingGroupId, { meetingDate: `${FUTURE_YEAR + 8}-03-10` });
    expect((await executeFormAction(markMeetingHeld, admin, form({ meetingId: future, version: "1" }))).state.message).toBe("meetings.refusals.notStarted");
    expect((await meeting(future)).status).toBe("PLANNED");

    const past = await createMeeting(fixture.workingGroupId, "2019-03-10");
    const { state } = await executeFormAction(markMeetingHeld, admin, form({ meetingId: past.id, version: "1" }));
    expect(state).toMatchObject({ status: "success", message: "meetings.markedHeld" });
    const held = await meeting(past.id);
    expect(held).toMatchObject({ status: "HELD", version: 2 });
    expect((await lastEvent("meeting.held")).data).toMatchObject({ before: { status: "PLANNED" }, after: { status: "HELD" } });

    expect((await executeFormAction(markMeetingHeld, admin, form({ meetingId: past.id, version: "2" }))).state.message).toBe("meetings.refusals.notPlanned");
    const moved = await executeFormAction(editMeeting, admin, form(editFields(held, { meetingDate: "2019-03-11", startTime: "10:00", endTime: "12:00" })));
    expect(moved.state).toMatchObject({ message: "meetings.refusals.heldNotMoved", fieldErrors: { meetingDate: ["meetings.refusals.heldNotMoved"] } });
    // Its title can still be corrected.
    const renamed = await executeFormAction(editMeeting, admin, form(editFields(held, { meetingDate: "2019-03-10", startTime: "10:00", endTime: "12:00", meetingTitle: "Vårmöte" })));
    expect(renamed.state.status).toBe("success");
    expect((await executeFormAction(cancelMeeting, admin, form({ meetingId: past.id, version: "3", cancellationReason: "x" }))).state.message).toBe("meetings.refusals.notPlanned");
  });

  // Guards changes: only managers of the meeting's group; nothing is written for anyone else.
  it("refuses changes by members, readers and another group's secretary", async () => {
    const id = await schedule(fixture.steeringGroupId, { meetingDate: `${FUTURE_YEAR + 9}-05-12` });
    const shown = await meeting(id);
    const events = await auditCount();
    for (const email of [STEERING_CHAIR, READER, CONTRIBUTOR]) {
      const actor = await actorFor(email);
      expect((await executeFormAction(editMeeting, actor, form(editFields(shown, { meetingTitle: "Kapat" })))).state.message, email).toBe("errors.forbidden");
      expect((await executeFormAction(cancelMeeting, actor, form({ meetingId: id, version: "1", cancellationReason: "x" }))).state.message, email).toBe("errors.forbidden");
      expect((await executeFormAction(markMeetingHeld, actor, form({ meetingId: id, version: "1" }))).state.message, email).toBe("errors.forbidden");
    }
    expect(await meeting(id)).toEqual(shown);
    expect(await auditCount()).toBe(events);
    expect((await executeFormAction(editMeeting, await actorFor(ADMIN), form(editFields({ id: "unknown", version: 1 })))).state.message).toBe("errors.notFound");
  });
});
