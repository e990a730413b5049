import { beforeAll, describe, expect, it } from "vitest";
import { addEntry, editEntry, removeEntry, setChair, startMinutes } from "@/features/minutes/minutes-definitions";
import { executeFormAction } from "@/server/actions/form-action";
import {
  actorFor,
  ADMIN,
  createMeeting,
  expectRefused,
  expectSuccess,
  form,
  lastEvent,
  LAST_YEAR,
  minutesRow,
  prisma,
  READER,
  seed,
  steeringGroupMeeting,
  WG_MEMBER,
  WG_SECRETARY,
  WORKING_CHAIR,
  workingGroupMeeting,
  type Fixture,
} from "./minutes-fixtures";

let fixture: Fixture;

beforeAll(async () => {
  fixture = await seed();
});

describe("starting minutes", () => {
  it("is refused for a meeting that has not been held, planned or cancelled", async () => {
    const admin = await actorFor(ADMIN);
    for (const status of ["PLANNED", "CANCELLED"] as const) {
      const meeting = await createMeeting(fixture, { group: "WORKING_GROUP", title: `Möte ${status}`, date: `${LAST_YEAR}-09-10`, status });
      await expectRefused(() => executeFormAction(startMinutes, admin, form({ meetingId: meeting.id })), "minutes.refusals.notHeld");
    }
  });

  it("is refused to anyone but the group's secretary and administrators", async () => {
    const meeting = await workingGroupMeeting(fixture);
    // The working group's chair and a plain member are members, not managers; a reader is in no group.
    await expectRefused(() => executeFormAction(startMinutes, null, form({ meetingId: meeting.id })), "errors.signedOut");
    for (const email of [WORKING_CHAIR, WG_MEMBER, READER]) {
      const actor = await actorFor(email);
      await expectRefused(() => executeFormAction(startMinutes, actor, form({ meetingId: meeting.id })), "errors.forbidden");
    }
    // The working group's secretary manages the working group only.
    const steering = await steeringGroupMeeting(fixture);
    await expectRefused(() => executeFormAction(startMinutes, actorForSync.secretary!, form({ meetingId: steering.id })), "errors.forbidden");
  });

  it("refuses a chair who was not recorded present", async () => {
    const meeting = await workingGroupMeeting(fixture);
    const admin = await actorFor(ADMIN);
    // Helena was absent, Oskar excused, Anders not at the meeting at all.
    for (const name of ["helena", "oskar", "anders"]) {
      await expectRefused(
        () => executeFormAction(startMinutes, admin, form({ meetingId: meeting.id, chairPersonId: fixture.people[name]! })),
        "minutes.refusals.chairNotPresent",
        { chairPersonId: ["minutes.refusals.chairNotPresent"] },
      );
    }
  });

  it("lets the group's secretary start a draft with one entry per agenda item, once", async () => {
    const meeting = await workingGroupMeeting(fixture);
    const secretary = await actorFor(WG_SECRETARY);
    const { minutesId } = await expectSuccess(
      () => executeFormAction(startMinutes, secretary, form({ meetingId: meeting.id, chairPersonId: fixture.people.sara! })),
      "minutes.started",
    );
    const minutes = await prisma().minutes.findUniqueOrThrow({ where: { id: minutesId }, include: { entries: { orderBy: { position: "asc" } } } });
    expect(minutes).toMatchObject({ status: "DRAFT", version: 1, chairPersonId: fixture.people.sara, secretaryPersonId: fixture.people.selma, correctsId: null });
    expect(minutes.entries.map((entry) => [entry.position, entry.heading, entry.text, entry.agendaItemId])).toEqual(
      meeting.agendaItems.map((item) => [item.position, item.title, "", item.id]),
    );
    const event = await lastEvent("minutes.started");
    expect(event).toMatchObject({ entityType: "Minutes", entityId: minutesId });
    expect(event.data).toMatchObject({ meetingId: meeting.id, after: { chair: "Sara Nyström", entries: 3 } });

    await expectRefused(() => executeFormAction(startMinutes, secretary, form({ meetingId: meeting.id })), "minutes.refusals.alreadyStarted");
  });

  it("does not reach another partnership's meeting", async () => {
    await expectRefused(() => executeFormAction(startMinutes, actorForSync.admin!, form({ meetingId: "no-such-meeting" })), "errors.notFound");
  });
});

const actorForSync: { admin?: Awaited<ReturnType<typeof actorFor>>; secretary?: Awaited<ReturnType<typeof actorFor>> } = {};
beforeAll(async () => {
  actorForSync.admin = await actorFor(ADMIN);
  actorForSync.secretary = await actorFor(WG_SECRETARY);
});

async function draft() {
  const meeting = await workingGroupMeeting(fixture);
  const { minutesId } = await expectSuccess(() => executeFormAction(startMinutes, actorForSync.admin!, form({ meetingId: meeting.id })));
  return { meeting, minutesId };
}

describe("the chair", () => {
  it("is set by the managers among those present, bumping the version", async () => {
    const { minutesId } = await draft();
    await expectRefused(
      () => executeFormAction(setChair, actorForSync.admin!, form({ minutesId, version: "1", chairPersonId: fixture.people.helena! })),
      "minutes.refusals.chairNotPresent",
    );
    const member = await actorFor(WG_MEMBER);
    await expectRefused(() => executeFormAction(setChair, member, form({ minutesId, version: "1", chairPersonId: fixture.people.sara! })), "errors.forbidden");
    await expectSuccess(() => executeFormAction(setChair, actorForSync.secretary!, form({ minutesId, version: "1", chairPersonId: fixture.people.sara! })), "minutes.chairSet");
    expect(await minutesRow(minutesId)).toMatchObject({ chairPersonId: fixture.people.sara, version: 2 });
    expect((await lastEvent("minutes.chair_set")).data).toMatchObject({ before: { chair: null }, after: { chair: "Sara Nyström" } });
  });

  it("starts the adjusters over when changed: the chair appoints them", async () => {
    const { minutesId } = await draft();
    await expectSuccess(() => executeFormAction(setChair, actorForSync.admin!, form({ minutesId, version: "1", chairPersonId: fixture.people.sara! })));
    await prisma().minutesAdjuster.create({ data: { minutesId, personId: fixture.people.nadia! } });
    await expectSuccess(() => executeFormAction(setChair, actorForSync.admin!, form({ minutesId, version: "2", chairPersonId: fixture.people.mikael! })));
    expect(await prisma().minutesAdjuster.count({ where: { minutesId } })).toBe(0);
    expect((await lastEvent("minutes.chair_set")).data).toMatchObject({ adjustersCleared: 1 });
  });
});

describe("entries", () => {
  it("are edited with optimistic concurrency: a stale save overwrites nothing", async () => {
    const { minutesId } = await draft();
    const entry = await prisma().minutesEntry.findFirstOrThrow({ where: { minutesId, position: 2 } });
    await expectSuccess(
      () => executeFormAction(editEntry, actorForSync.admin!, form({ minutesId, version: "1", entryId: entry.id, heading: entry.heading, text: "Gruppen diskuterade VFU." })),
      "minutes.entrySaved",
    );
    expect(await prisma().minutesEntry.findUniqueOrThrow({ where: { id: entry.id } })).toMatchObject({ text: "Gruppen diskuterade VFU." });
    expect((await minutesRow(minutesId)).version).toBe(2);
    const event = await lastEvent("minutes.entry_edited");
    expect(event.data).toMatchObject({ before: { text: "" }, after: { text: "Gruppen diskuterade VFU." } });

    // A second secretary saved from the page as it was before: refused, the first save stands.
    const secretary = await actorFor(WG_SECRETARY);
    await expectRefused(
      () => executeFormAction(editEntry, secretary, form({ minutesId, version: "1", entryId: entry.id, heading: entry.heading, text: "Något annat." })),
      "minutes.refusals.stale",
    );
    expect(await prisma().minutesEntry.findUniqueOrThrow({ where: { id: entry.id } })).toMatchObject({ text: "Gruppen diskuterade VFU." });
  });

  it("are added after the others and removed, by managers only", async () => {
    const { minutesId } = await draft();
    const member = await actorFor(WG_MEMBER);
    await expectRefused(() => executeFormAction(addEntry, member, form({ minutesId, version: "1", heading: "Övrigt", text: "" })), "errors.forbidden");
    await expectRefused(() => executeFormAction(addEntry, actorForSync.admin!, form({ minutesId, version: "1", heading: "  ", text: "x" })), "errors.validation", {
      heading: ["validation.required"],
    });
    const { entryId } = await expectSuccess(
      () => executeFormAction(addEntry, actorForSync.admin!, form({ minutesId, version: "1", heading: "Mötets avslutande", text: "Ordföranden avslutade mötet." })),
      "minutes.entryAdded",
    );
    expect(await prisma().minutesEntry.findUniqueOrThrow({ where: { id: entryId } })).toMatchObject({ position: 4, agendaItemId: null });

    await expectRefused(() => executeFormAction(removeEntry, member, form({ minutesId, version: "2", entryId })), "errors.forbidden");
    await expectSuccess(() => executeFormAction(removeEntry, actorForSync.admin!, form({ minutesId, version: "2", entryId })), "minutes.entryRemoved");
    expect(await prisma().minutesEntry.count({ where: { minutesId } })).toBe(3);
    expect((await minutesRow(minutesId)).version).toBe(3);
  });

  it("of other minutes are not reached through these", async () => {
    const first = await draft();
    const second = await draft();
    const foreign = await prisma().minutesEntry.findFirstOrThrow({ where: { minutesId: second.minutesId } });
    await expectRefused(
      () => executeFormAction(editEntry, actorForSync.admin!, form({ minutesId: first.minutesId, version: "1", entryId: foreign.id, heading: "X", text: "Y" })),
      "errors.notFound",
    );
  });
});
