import { beforeAll, describe, expect, it } from "vitest";
import { addAgendaItem, editAgendaItem, moveAgendaItem, removeAgendaItem } from "@/features/meetings/agenda-definitions";
import { getMeetingPage } from "@/features/meetings/queries";
import { meetingViewerFor } from "@/features/meetings/viewer";
import { executeFormAction } from "@/server/actions/form-action";
import { ADMIN, actorFor, auditCount, CONTRIBUTOR, createMeeting, form, FUTURE_YEAR, lastEvent, makeWorkingGroupSecretary, prisma, READER, schedule, seed, STEERING_CHAIR, type Fixture } from "./meeting-fixtures";

let fixture: Fixture;
let meetingId: string;

beforeAll(async () => {
  fixture = await seed();
  await makeWorkingGroupSecretary(fixture);
  meetingId = await schedule(fixture.steeringGroupId, { meetingDate: `${FUTURE_YEAR}-05-12`, startTime: "13:00", endTime: "15:00" });
});

const item = (fields: Record<string, string>) => ({ meetingId, itemDescription: "", presenter: "", durationMinutes: "", itemType: "INFORMATION", ...fields });
const agenda = async () =>
  (await prisma().agendaItem.findMany({ where: { meetingId }, orderBy: { position: "asc" }, select: { title: true, position: true } })).map((row) => `${row.position}:${row.title}`);
const version = async () => (await prisma().meeting.findUniqueOrThrow({ where: { id: meetingId } })).version;
const itemId = async (title: string) => (await prisma().agendaItem.findFirstOrThrow({ where: { meetingId, title } })).id;

describe("the agenda", () => {
  it("adds items in order, each change bumping the meeting's version", async () => {
    const admin = await actorFor(ADMIN);
    const first = await executeFormAction(addAgendaItem, admin, form(item({ itemTitle: "Mötets öppnande", durationMinutes: "5", presenter: "Anders Holmberg" })));
    expect(first.state).toMatchObject({ status: "success", message: "meetings.agenda.added" });
    await executeFormAction(addAgendaItem, admin, form(item({ itemTitle: "Uppföljning av verksamhetsplanen", durationMinutes: "45", itemType: "DISCUSSION" })));
    await executeFormAction(addAgendaItem, admin, form(item({ itemTitle: "Beslut om prioriterade områden", durationMinutes: "30", itemType: "DECISION", itemDescription: "Förslag från arbetsgruppen" })));
    expect(await agenda()).toEqual(["1:Mötets öppnande", "2:Uppföljning av verksamhetsplanen", "3:Beslut om prioriterade områden"]);
    expect(await version()).toBe(4);
    expect((await lastEvent("meeting.agenda_item_added")).data).toMatchObject({ meetingId, after: { position: 3, type: "DECISION", durationMinutes: 30 } });
  });

  it("shows each item's start time from the meeting's start and the durations before it", async () => {
    const actor = await actorFor(READER);
    const page = await getMeetingPage(meetingId, { viewer: await meetingViewerFor(actor), partnershipId: actor.partnershipId });
    expect(page!.agenda.items.map((row) => row.startsAt?.toISOString())).toEqual([
      `${FUTURE_YEAR}-05-12T11:00:00.000Z`,
      `${FUTURE_YEAR}-05-12T11:05:00.000Z`,
      `${FUTURE_YEAR}-05-12T11:50:00.000Z`,
    ]);
    expect(page!.agenda).toMatchObject({ totalMinutes: 80, complete: true, overrunMinutes: 0 });
  });

  it("moves items up and down, refusing to move past either end", async () => {
    const admin = await actorFor(ADMIN);
    const decision = await itemId("Beslut om prioriterade områden");
    expect((await executeFormAction(moveAgendaItem, admin, form({ itemId: decision, direction: "up" }))).state.status).toBe("success");
    expect(await agenda()).toEqual(["1:Mötets öppnande", "2:Beslut om prioriterade områden", "3:Uppföljning av verksamhetsplanen"]);
    expect((await lastEvent("meeting.agenda_item_moved")).data).toMatchObject({ before: { position: 3 }, after: { position: 2 } });

    const opening = await itemId("Mötets öppnande");
    const events = await auditCount();
    expect((await executeFormAction(moveAgendaItem, admin, form({ itemId: opening, direction: "up" }))).state.message).toBe("meetings.refusals.cannotMove");
    const last = await itemId("Uppföljning av verksamhetsplanen");
    expect((await executeFormAction(moveAgendaItem, admin, form({ itemId: last, direction: "down" }))).state.message).toBe("meetings.refusals.cannotMove");
    expect((await executeFormAction(moveAgendaItem, admin, form({ itemId: last, direction: "sideways" }))).state.fieldErrors).toEqual({ direction: ["validation.invalid"] });
    expect(await auditCount()).toBe(events);
    expect((await executeFormAction(moveAgendaItem, admin, form({ itemId: opening, direction: "down" }))).state.status).toBe("success");
    expect(await agenda()).toEqual(["1:Beslut om prioriterade områden", "2:Mötets öppnande", "3:Uppföljning av verksamhetsplanen"]);
  });

  it("edits an item, recording before and after, and checks the duration", async () => {
    const admin = await actorFor(ADMIN);
    const id = await itemId("Mötets öppnande");
    const bad = await executeFormAction(editAgendaItem, admin, form({ ...item({ itemTitle: "Öppnande", durationMinutes: "0" }), itemId: id }));
    expect(bad.state.fieldErrors).toEqual({ durationMinutes: ["validation.invalid"] });
    const { state } = await executeFormAction(editAgendaItem, admin, form({ ...item({ itemTitle: "Öppnande och val av justerare", durationMinutes: "10", presenter: "Ordföranden" }), itemId: id }));
    expect(state.status).toBe("success");
    expect((await lastEvent("meeting.agenda_item_edited")).data).toMatchObject({
      before: { title: "Mötets öppnande", durationMinutes: 5 },
      after: { title: "Öppnande och val av justerare", durationMinutes: 10, presenter: "Ordföranden" },
    });
  });

  it("removes an item and renumbers the rest", async () => {
    const admin = await actorFor(ADMIN);
    const { state } = await executeFormAction(removeAgendaItem, admin, form({ itemId: await itemId("Beslut om prioriterade områden") }));
    expect(state.status).toBe("success");
    expect(await agenda()).toEqual(["1:Öppnande och val av justerare", "2:Uppföljning av verksamhetsplanen"]);
    expect((await lastEvent("meeting.agenda_item_removed")).data).toMatchObject({ before: { title: "Beslut om prioriterade områden" } });
  });

  // Guards the agenda: only the group's managers change it; nothing is written for anyone else.
  it("refuses members, readers and another group's secretary", async () => {
    const id = await itemId("Uppföljning av verksamhetsplanen");
    const [before, events, currentVersion] = [await agenda(), await auditCount(), await version()];
    for (const email of [STEERING_CHAIR, READER, CONTRIBUTOR]) {
      const actor = await actorFor(email);
      expect((await executeFormAction(addAgendaItem, actor, form(item({ itemTitle: "Övrigt" })))).state.message, email).toBe("errors.forbidden");
      expect((await executeFormAction(editAgendaItem, actor, form({ ...item({ itemTitle: "Ändrat" }), itemId: id }))).state.message, email).toBe("errors.forbidden");
      expect((await executeFormAction(moveAgendaItem, actor, form({ itemId: id, direction: "up" }))).state.message, email).toBe("errors.forbidden");
      expect((await executeFormAction(removeAgendaItem, actor, form({ itemId: id }))).state.message, email).toBe("errors.forbidden");
    }
    expect([await agenda(), await auditCount(), await version()]).toEqual([before, events, currentVersion]);
  });

  it("is closed once the meeting is held or cancelled", async () => {
    const admin = await actorFor(ADMIN);
    const held = await createMeeting(fixture.workingGroupId, "2019-03-10", { status: "HELD" });
    const { state } = await executeFormAction(addAgendaItem, admin, form(item({ meetingId: held.id, itemTitle: "Efterhand" })));
    expect(state.message).toBe("meetings.refusals.agendaLocked");
    expect(await prisma().agendaItem.count({ where: { meetingId: held.id } })).toBe(0);
  });
});
