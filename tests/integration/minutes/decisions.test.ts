import { beforeAll, describe, expect, it } from "vitest";
import { addDecision, editDecision, removeDecision } from "@/features/minutes/decision-definitions";
import { findDecision } from "@/features/minutes/find-decision";
import { approveMinutes, appointAdjusters, sendForAdjustment, startCorrection } from "@/features/minutes/justering-definitions";
import { startMinutes } from "@/features/minutes/minutes-definitions";
import type { Actor } from "@/server/auth/actor";
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
  seed,
  SG_MEMBER,
  STEERING_CHAIR,
  steeringGroupMeeting,
  THIS_YEAR,
  WG_MEMBER,
  WORKING_CHAIR,
  workingGroupMeeting,
  type Fixture,
} from "./minutes-fixtures";

let fixture: Fixture;
let admin: Actor;

beforeAll(async () => {
  fixture = await seed();
  admin = await actorFor(ADMIN);
});

async function startDraft(meetingId: string, chair: string) {
  const { minutesId } = await expectSuccess(() => executeFormAction(startMinutes, admin, form({ meetingId, chairPersonId: fixture.people[chair]! })));
  return minutesId;
}

const decision = (minutesId: string, version: number, fields: Record<string, string> = {}) =>
  form({ minutesId, version: String(version), decisionTitle: "Beslut", decisionText: "Gruppen beslutade enligt förslaget.", subject: "GENERAL", ...fields });

/** Takes draft minutes through justering (chair + one adjuster), with the given actors. */
async function approve(minutesId: string, chair: Actor, adjusterName: string, adjuster: Actor) {
  let { version } = await minutesRow(minutesId);
  await expectSuccess(() => executeFormAction(appointAdjusters, chair, form({ minutesId, version: String(version), adjusterIds: fixture.people[adjusterName]! })));
  await expectSuccess(() => executeFormAction(sendForAdjustment, admin, form({ minutesId, version: String(version + 1) })));
  version += 2;
  await expectSuccess(() => executeFormAction(approveMinutes, chair, form({ minutesId, version: String(version) })));
  await expectSuccess(() => executeFormAction(approveMinutes, adjuster, form({ minutesId, version: String(version) })));
}

describe("decisions in the minutes", () => {
  it("are numbered § 1, § 2 … per minutes in order of creation, by managers only", async () => {
    const meeting = await workingGroupMeeting(fixture);
    const minutesId = await startDraft(meeting.id, "sara");
    const member = await actorFor(WG_MEMBER);
    await expectRefused(() => executeFormAction(addDecision, member, decision(minutesId, 1)), "errors.forbidden");

    for (const [index, title] of ["Första", "Andra", "Tredje"].entries()) {
      const result = await expectSuccess(
        () => executeFormAction(addDecision, admin, decision(minutesId, index + 1, { decisionTitle: title, agendaItemId: meeting.agendaItems[1]!.id })),
        "minutes.decisionAdded",
      );
      expect(result.number).toBe(index + 1);
    }
    const rows = await prisma().decision.findMany({ where: { minutesId }, orderBy: { number: "asc" } });
    expect(rows.map((row) => [row.number, row.title, row.meetingId, row.agendaItemId])).toEqual([
      [1, "Första", meeting.id, meeting.agendaItems[1]!.id],
      [2, "Andra", meeting.id, meeting.agendaItems[1]!.id],
      [3, "Tredje", meeting.id, meeting.agendaItems[1]!.id],
    ]);
    expect((await lastEvent("minutes.decision_added")).data).toMatchObject({ after: { number: 3, title: "Tredje", subject: "GENERAL" } });

    // Another meeting's minutes start at § 1 again.
    const other = await startDraft((await workingGroupMeeting(fixture)).id, "sara");
    expect((await expectSuccess(() => executeFormAction(addDecision, admin, decision(other, 1)))).number).toBe(1);
  });

  it("gives two simultaneous additions distinct numbers or refuses the stale one", async () => {
    const minutesId = await startDraft((await workingGroupMeeting(fixture)).id, "sara");
    const outcomes = await Promise.all([
      executeFormAction(addDecision, admin, decision(minutesId, 1, { decisionTitle: "A" })),
      executeFormAction(addDecision, admin, decision(minutesId, 1, { decisionTitle: "B" })),
    ]);
    expect(outcomes.map((outcome) => outcome.state.status).sort()).toEqual(["error", "success"]);
    expect(outcomes.find((outcome) => outcome.state.status === "error")!.state.message).toBe("minutes.refusals.stale");
    expect(await prisma().decision.count({ where: { minutesId } })).toBe(1);
  });

  it("are guarded by the database's unique number per minutes", async () => {
    const minutesId = await startDraft((await workingGroupMeeting(fixture)).id, "sara");
    await expectSuccess(() => executeFormAction(addDecision, admin, decision(minutesId, 1)));
    const { meetingId } = await minutesRow(minutesId);
    await expect(prisma().decision.create({ data: { minutesId, meetingId, number: 1, title: "Dubblett", text: "X" } })).rejects.toThrow();
  });

  it("are edited keeping their number, and removed with the later ones moving up", async () => {
    const minutesId = await startDraft((await workingGroupMeeting(fixture)).id, "sara");
    for (const [index, title] of ["Ett", "Två", "Tre"].entries()) await expectSuccess(() => executeFormAction(addDecision, admin, decision(minutesId, index + 1, { decisionTitle: title })));
    const [first, second] = await prisma().decision.findMany({ where: { minutesId }, orderBy: { number: "asc" } });

    await expectRefused(() => executeFormAction(editDecision, admin, form({ minutesId, version: "4", decisionId: first!.id, decisionTitle: "", decisionText: "x", subject: "GENERAL" })), "errors.validation", {
      decisionTitle: ["validation.required"],
    });
    await expectSuccess(
      () => executeFormAction(editDecision, admin, form({ minutesId, version: "4", decisionId: first!.id, decisionTitle: "Ett (ändrat)", decisionText: "Ny text.", subject: "FOLLOW_UP" })),
      "minutes.decisionSaved",
    );
    expect(await prisma().decision.findUniqueOrThrow({ where: { id: first!.id } })).toMatchObject({ number: 1, title: "Ett (ändrat)", subject: "FOLLOW_UP" });
    expect((await lastEvent("minutes.decision_edited")).data).toMatchObject({ before: { title: "Ett", subject: "GENERAL" }, after: { title: "Ett (ändrat)", subject: "FOLLOW_UP" } });

    await expectRefused(() => executeFormAction(removeDecision, admin, form({ minutesId, version: "4", decisionId: second!.id })), "minutes.refusals.stale");
    await expectSuccess(() => executeFormAction(removeDecision, admin, form({ minutesId, version: "5", decisionId: second!.id })), "minutes.decisionRemoved");
    const rows = await prisma().decision.findMany({ where: { minutesId }, orderBy: { number: "asc" } });
    expect(rows.map((row) => [row.number, row.title])).toEqual([
      [1, "Ett (ändrat)"],
      [2, "Tre"],
    ]);
    // The next one follows on.
    expect((await expectSuccess(() => executeFormAction(addDecision, admin, decision(minutesId, 6)))).number).toBe(3);
  });

  it("refuses an agenda item of another meeting", async () => {
    const minutesId = await startDraft((await workingGroupMeeting(fixture)).id, "sara");
    const other = await workingGroupMeeting(fixture);
    await expectRefused(() => executeFormAction(addDecision, admin, decision(minutesId, 1, { agendaItemId: other.agendaItems[0]!.id })), "errors.validation", {
      agendaItemId: ["validation.invalid"],
    });
  });
});

describe("the order of the year (a steering-group decision names the working group's preparing meeting)", () => {
  let sara: Actor;
  let mikael: Actor;
  let anders: Actor;
  let eva: Actor;
  /** Held in spring last year; its approved minutes put priority areas forward. */
  let preparing: { id: string };
  let steeringMinutesId: string;

  beforeAll(async () => {
    [sara, mikael, anders, eva] = await Promise.all([actorFor(WORKING_CHAIR), actorFor(WG_MEMBER), actorFor(STEERING_CHAIR), actorFor(SG_MEMBER)]);
    preparing = await workingGroupMeeting(fixture, { title: "Arbetsgruppen våren" });
    const minutesId = await startDraft(preparing.id, "sara");
    await expectSuccess(() => executeFormAction(addDecision, admin, decision(minutesId, 1, { decisionTitle: "Förslag till prioriterade områden", subject: "PRIORITY_AREAS" })));
    await approve(minutesId, sara, "mikael", mikael);
    steeringMinutesId = await startDraft((await steeringGroupMeeting(fixture)).id, "anders");
  });

  const adopt = (fields: Record<string, string>) => () =>
    executeFormAction(addDecision, admin, decision(steeringMinutesId, 0, { decisionTitle: "Prioriterade områden", subject: "PRIORITY_AREAS", ...fields }));
  const withVersion = async (fields: Record<string, string>) => {
    const { version } = await minutesRow(steeringMinutesId);
    return adopt({ version: String(version), ...fields });
  };
  const field = (key: string) => ({ preparedByMeetingId: [`minutes.refusals.preparation.${key}`] });

  it("refuses priority areas or an activity plan without the preparing meeting", async () => {
    await expectRefused(await withVersion({}), "minutes.refusals.preparation.required", field("required"));
    await expectRefused(await withVersion({ subject: "ACTIVITY_PLAN" }), "minutes.refusals.preparation.required");
  });

  it("refuses a working-group meeting of another year, across the year boundary", async () => {
    // Held on New Year's Eve the year before: Stockholm time puts it in the previous cycle.
    const december = await workingGroupMeeting(fixture, { title: "Arbetsgruppen nyårsafton", date: `${LAST_YEAR - 1}-12-31`, time: "23:30" });
    expect(december.cycleYear).toBe(LAST_YEAR - 1);
    const minutesId = await startDraft(december.id, "sara");
    await expectSuccess(() => executeFormAction(addDecision, admin, decision(minutesId, 1, { subject: "PRIORITY_AREAS" })));
    await expectRefused(await withVersion({ preparedByMeetingId: december.id }), "minutes.refusals.preparation.otherCycle", field("otherCycle"));
    const nextYear = await workingGroupMeeting(fixture, { title: "Arbetsgruppen i år", date: `${THIS_YEAR}-01-15` });
    await expectRefused(await withVersion({ preparedByMeetingId: nextYear.id }), "minutes.refusals.preparation.otherCycle");
  });

  it("refuses a planned or cancelled working-group meeting", async () => {
    for (const status of ["PLANNED", "CANCELLED"] as const) {
      const meeting = await createMeeting(fixture, { group: "WORKING_GROUP", title: `Arbetsgruppen ${status}`, date: `${LAST_YEAR}-09-20`, status });
      await expectRefused(await withVersion({ preparedByMeetingId: meeting.id }), "minutes.refusals.preparation.notHeld", field("notHeld"));
    }
  });

  it("refuses a meeting whose minutes put forward another subject, or have none", async () => {
    await expectRefused(await withVersion({ subject: "ACTIVITY_PLAN", preparedByMeetingId: preparing.id }), "minutes.refusals.preparation.subjectMissing", field("subjectMissing"));
    const withoutMinutes = await workingGroupMeeting(fixture, { title: "Arbetsgruppen utan protokoll" });
    await expectRefused(await withVersion({ preparedByMeetingId: withoutMinutes.id }), "minutes.refusals.preparation.subjectMissing");
  });

  it("refuses a steering-group meeting, another partnership's meeting or an unknown one", async () => {
    const steering = await steeringGroupMeeting(fixture, { title: "Ledningsgruppen extra", date: `${LAST_YEAR}-06-01` });
    await expectRefused(await withVersion({ preparedByMeetingId: steering.id }), "minutes.refusals.preparation.notWorkingGroup");

    const otherPartnership = await prisma().partnership.create({ data: { slug: "annat", name: "Annat partnerskap" } });
    const otherGroup = await prisma().group.create({ data: { partnershipId: otherPartnership.id, kind: "WORKING_GROUP", meetingsPerYear: 2 } });
    const startsAt = new Date(`${LAST_YEAR}-04-01T10:00:00Z`);
    const foreign = await prisma().meeting.create({
      data: { groupId: otherGroup.id, title: "Annat möte", startsAt, endsAt: new Date(startsAt.getTime() + 3600_000), cycleYear: LAST_YEAR, status: "HELD" },
    });
    await expectRefused(await withVersion({ preparedByMeetingId: foreign.id }), "minutes.refusals.preparation.notFound");
    await expectRefused(await withVersion({ preparedByMeetingId: "no-such-meeting" }), "minutes.refusals.preparation.notFound");
  });

  it("refuses a preparing meeting on any other decision", async () => {
    await expectRefused(await withVersion({ subject: "FOLLOW_UP", preparedByMeetingId: preparing.id }), "minutes.refusals.preparation.notExpected");
    const workingDraft = await startDraft((await workingGroupMeeting(fixture, { date: `${LAST_YEAR}-10-01` })).id, "sara");
    await expectRefused(
      () => executeFormAction(addDecision, admin, decision(workingDraft, 1, { subject: "PRIORITY_AREAS", preparedByMeetingId: preparing.id })),
      "minutes.refusals.preparation.notExpected",
    );
  });

  it("accepts the held working-group meeting of the same cycle that put the subject forward; findDecision reports it", async () => {
    const { decisionId } = await expectSuccess(await withVersion({ preparedByMeetingId: preparing.id }), "minutes.decisionAdded");
    expect((await prisma().decision.findUniqueOrThrow({ where: { id: decisionId } })).preparedByMeetingId).toBe(preparing.id);
    // The rule holds on edits too.
    const { version } = await minutesRow(steeringMinutesId);
    await expectRefused(
      () => executeFormAction(editDecision, admin, form({ minutesId: steeringMinutesId, version: String(version), decisionId, decisionTitle: "P", decisionText: "X", subject: "ACTIVITY_PLAN", preparedByMeetingId: preparing.id })),
      "minutes.refusals.preparation.subjectMissing",
    );

    let found = await findDecision(decisionId);
    expect(found).toMatchObject({
      id: decisionId,
      number: 1,
      subject: "PRIORITY_AREAS",
      groupKind: "STEERING_GROUP",
      cycleYear: LAST_YEAR,
      meeting: { groupKind: "STEERING_GROUP", status: "HELD", partnershipId: fixture.partnershipId },
      minutes: { id: steeringMinutesId, status: "DRAFT", inForce: false },
      preparedByMeeting: { id: preparing.id, groupKind: "WORKING_GROUP", cycleYear: LAST_YEAR },
    });
    await approve(steeringMinutesId, anders, "eva", eva);
    found = await findDecision(decisionId);
    expect(found!.minutes).toMatchObject({ status: "APPROVED", inForce: true });
    expect(await findDecision("no-such-decision")).toBeNull();

    // Once a correction is approved, the original's decision no longer stands; the copy does.
    const approvedVersion = String((await minutesRow(steeringMinutesId)).version);
    const { minutesId: correctionId } = await expectSuccess(() =>
      executeFormAction(startCorrection, admin, form({ minutesId: steeringMinutesId, version: approvedVersion, correctionReason: "Rättelse" })),
    );
    await approve(correctionId, anders, "eva", eva);
    expect((await findDecision(decisionId))!.minutes.inForce).toBe(false);
    const copy = await prisma().decision.findFirstOrThrow({ where: { minutesId: correctionId } });
    expect(await findDecision(copy.id)).toMatchObject({ number: 1, preparedByMeeting: { id: preparing.id }, minutes: { inForce: true, correctsId: steeringMinutesId } });
  });
});
