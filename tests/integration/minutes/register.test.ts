import { beforeAll, describe, expect, it } from "vitest";
import { addDecision } from "@/features/minutes/decision-definitions";
import { appointAdjusters, approveMinutes, sendForAdjustment } from "@/features/minutes/justering-definitions";
import { startMinutes } from "@/features/minutes/minutes-definitions";
import { preparationRefusal } from "@/features/minutes/preparation";
import { findDecisions, findRegisterYears, getMinutesPage } from "@/features/minutes/queries";
import { seedDemoMinutes } from "@/server/seed/demo-minutes";
import type { Actor } from "@/server/auth/actor";
import { executeFormAction } from "@/server/actions/form-action";
import {
  actorFor,
  ADMIN,
  createMeeting,
  expectSuccess,
  form,
  LAST_YEAR,
  minutesRow,
  prisma,
  READER,
  seed,
  SG_MEMBER,
  steeringGroupMeeting,
  THIS_YEAR,
  WG_MEMBER,
  WORKING_CHAIR,
  workingGroupMeeting,
  type Fixture,
} from "./minutes-fixtures";

let fixture: Fixture;
let admin: Actor;
let reader: Actor;
let wgMember: Actor;
let sgMember: Actor;
let sara: Actor;

/** Approved minutes of a working-group meeting (one decision), and a draft of another (one decision). */
let approvedMeeting: { id: string };
let draftMeeting: { id: string };
let draftMinutesId: string;

beforeAll(async () => {
  fixture = await seed();
  [admin, reader, wgMember, sgMember, sara] = await Promise.all([actorFor(ADMIN), actorFor(READER), actorFor(WG_MEMBER), actorFor(SG_MEMBER), actorFor(WORKING_CHAIR)]);

  approvedMeeting = await workingGroupMeeting(fixture, { title: "Arbetsgruppen, justerat", isPublic: true });
  const { minutesId } = await expectSuccess(() => executeFormAction(startMinutes, admin, form({ meetingId: approvedMeeting.id, chairPersonId: fixture.people.sara! })));
  await expectSuccess(() =>
    executeFormAction(addDecision, admin, form({ minutesId, version: "1", decisionTitle: "Satsning på VFU-platser", decisionText: "Fler platser i förskolan.", subject: "GENERAL" })),
  );
  await expectSuccess(() => executeFormAction(appointAdjusters, sara, form({ minutesId, version: "2", adjusterIds: fixture.people.mikael! })));
  await expectSuccess(() => executeFormAction(sendForAdjustment, admin, form({ minutesId, version: "3" })));
  await expectSuccess(() => executeFormAction(approveMinutes, sara, form({ minutesId, version: "4" })));
  await expectSuccess(() => executeFormAction(approveMinutes, wgMember, form({ minutesId, version: "4" })));

  draftMeeting = await workingGroupMeeting(fixture, { title: "Arbetsgruppen, utkast", date: `${THIS_YEAR}-02-10`, isPublic: true });
  ({ minutesId: draftMinutesId } = await expectSuccess(() => executeFormAction(startMinutes, admin, form({ meetingId: draftMeeting.id, chairPersonId: fixture.people.sara! }))));
  await expectSuccess(() =>
    executeFormAction(addDecision, admin, form({ minutesId: draftMinutesId, version: "1", decisionTitle: "Hemligt utkast om budget", decisionText: "Ej justerat.", subject: "FOLLOW_UP" })),
  );
});

const titles = async (actor: Actor, filter = {}) => (await findDecisions(actor, filter)).rows.map((row) => `${row.title} [${row.state}]`);

describe("the decision register", () => {
  it("shows decisions of minutes in force to every signed-in user, drafts only to the group's members and administrators", async () => {
    expect(await titles(reader)).toEqual(["Satsning på VFU-platser [IN_FORCE]"]);
    // A steering-group member is signed in but not in the working group.
    expect(await titles(sgMember)).toEqual(["Satsning på VFU-platser [IN_FORCE]"]);
    expect(await titles(wgMember)).toEqual(["Hemligt utkast om budget [DRAFT]", "Satsning på VFU-platser [IN_FORCE]"]);
    expect(await titles(admin)).toEqual(["Hemligt utkast om budget [DRAFT]", "Satsning på VFU-platser [IN_FORCE]"]);
  });

  it("searches free text case-insensitively in title and text, and by group, year and subject", async () => {
    expect(await titles(admin, { q: "vfu" })).toEqual(["Satsning på VFU-platser [IN_FORCE]"]);
    expect(await titles(admin, { q: "FÖRSKOLAN" })).toEqual(["Satsning på VFU-platser [IN_FORCE]"]);
    expect(await titles(admin, { q: "finns inte" })).toEqual([]);
    expect(await titles(admin, { group: "STEERING_GROUP" })).toEqual([]);
    expect(await titles(admin, { group: "WORKING_GROUP", year: LAST_YEAR })).toEqual(["Satsning på VFU-platser [IN_FORCE]"]);
    expect(await titles(admin, { subject: "FOLLOW_UP" })).toEqual(["Hemligt utkast om budget [DRAFT]"]);
    // Free text never reveals a draft to someone who may not see it.
    expect(await titles(reader, { q: "budget" })).toEqual([]);
    expect(await findRegisterYears(fixture.partnershipId)).toEqual([THIS_YEAR, LAST_YEAR]);
  });

  it("pages through many decisions with a bounded page", async () => {
    const meeting = await workingGroupMeeting(fixture, { title: "Många beslut", date: `${LAST_YEAR}-05-05` });
    const { minutesId } = await expectSuccess(() => executeFormAction(startMinutes, admin, form({ meetingId: meeting.id })));
    const { meetingId } = await minutesRow(minutesId);
    await prisma().decision.createMany({ data: Array.from({ length: 55 }, (_, index) => ({ minutesId, meetingId, number: index + 1, title: `Beslut ${index + 1}`, text: "Text" })) });
    const first = await findDecisions(admin, { q: "Beslut " }, 1);
    const second = await findDecisions(admin, { q: "Beslut " }, 2);
    expect(first.rows).toHaveLength(50);
    expect(first.hasMore).toBe(true);
    expect(second.rows).toHaveLength(5);
    expect(second.hasMore).toBe(false);
    expect(first.rows.slice(0, 2).map((row) => row.number)).toEqual([1, 2]);
  });
});

describe("the minutes page", () => {
  it("shows a draft to the group and administrators, but not to other signed-in users or the public", async () => {
    expect((await getMinutesPage(wgMember, draftMeeting.id))!.selected).toMatchObject({ id: draftMinutesId, status: "DRAFT" });
    expect((await getMinutesPage(admin, draftMeeting.id))!.selected!.id).toBe(draftMinutesId);
    for (const viewer of [reader, sgMember, null]) {
      const page = await getMinutesPage(viewer, draftMeeting.id);
      expect(page!.selected).toBeNull();
      expect(page!.chain).toEqual([]);
      expect(page!.hiddenOpen).toBe(true);
      // Asking for the draft by id does not show it either.
      expect((await getMinutesPage(viewer, draftMeeting.id, draftMinutesId))!.selected).toBeNull();
    }
  });

  it("shows approved minutes to every signed-in user, and to the public only when the meeting is public", async () => {
    const page = await getMinutesPage(reader, approvedMeeting.id);
    expect(page!.selected).toMatchObject({ status: "APPROVED", inForce: true });
    expect(page!.selected!.decisions.map((decision) => [decision.number, decision.title])).toEqual([[1, "Satsning på VFU-platser"]]);
    expect(page!.selected!.approvals.map((approval) => [approval.person.name, approval.role])).toEqual([
      ["Sara Nyström", "CHAIR"],
      ["Mikael Berg", "ADJUSTER"],
    ]);
    expect(page!.present.map((person) => person.name)).toContain("Sara Nyström");
    expect(page!.abilities).toMatchObject({ edit: false, approve: false, startCorrection: false });
    expect((await getMinutesPage(admin, approvedMeeting.id))!.abilities.startCorrection).toBe(true);
    expect((await getMinutesPage(null, approvedMeeting.id))!.selected!.status).toBe("APPROVED");

    const privateMeeting = await workingGroupMeeting(fixture, { title: "Inte offentligt" });
    expect(await getMinutesPage(null, privateMeeting.id)).toBeNull();
    expect(await getMinutesPage(reader, privateMeeting.id)).not.toBeNull();
  });

  it("offers managers to start minutes of a held meeting, suggesting the group's chair when present", async () => {
    const meeting = await workingGroupMeeting(fixture, { title: "Utan protokoll" });
    const page = await getMinutesPage(admin, meeting.id);
    expect(page!.abilities.start).toBe(true);
    expect(page!.suggestedChairId).toBe(fixture.people.sara);
    expect((await getMinutesPage(wgMember, meeting.id))!.abilities.start).toBe(false);
    const planned = await createMeeting(fixture, { group: "WORKING_GROUP", title: "Planerat", date: `${THIS_YEAR}-12-01`, status: "PLANNED" });
    expect((await getMinutesPage(admin, planned.id))!.abilities.start).toBe(false);
  });
});

describe("the demo minutes seed", () => {
  it("approves minutes for every held meeting without them, with the year's order kept", async () => {
    const wg = await workingGroupMeeting(fixture, { title: "Demo: arbetsgruppen våren", date: `${LAST_YEAR - 1}-03-10` });
    const wgAutumn = await workingGroupMeeting(fixture, {
      title: "Demo: arbetsgruppen hösten",
      date: `${LAST_YEAR - 1}-09-15`,
      agenda: ["Mötets öppnande", `Utkast till verksamhetsplan ${LAST_YEAR}`, "Övriga frågor"],
    });
    const sg = await steeringGroupMeeting(fixture, { title: "Demo: ledningsgruppen", date: `${LAST_YEAR - 1}-10-20` });
    const noAttendance = await createMeeting(fixture, { group: "WORKING_GROUP", title: "Demo: utan närvaro", date: `${LAST_YEAR - 1}-06-01`, agenda: ["A"] });
    await createMeeting(fixture, { group: "WORKING_GROUP", title: "Demo: planerat", date: `${THIS_YEAR}-11-01`, status: "PLANNED" });
    const before = await prisma().minutes.count();

    await prisma().$transaction((tx) => seedDemoMinutes(tx, { partnershipId: fixture.partnershipId }));

    const seeded = await prisma().minutes.findMany({
      where: { meetingId: { in: [wg.id, wgAutumn.id, sg.id, noAttendance.id] } },
      include: { approvals: true, adjusters: true, decisions: { orderBy: { number: "asc" } }, entries: true, meeting: { include: { attendance: true } } },
    });
    expect(seeded.map((minutes) => minutes.meetingId).sort()).toEqual([wg.id, wgAutumn.id, sg.id].sort());
    for (const minutes of seeded) {
      const present = new Set(minutes.meeting.attendance.filter((row) => row.status === "PRESENT").map((row) => row.personId));
      expect(minutes.status).toBe("APPROVED");
      expect(present.has(minutes.chairPersonId!)).toBe(true);
      expect(minutes.adjusters.every((adjuster) => present.has(adjuster.personId) && adjuster.personId !== minutes.chairPersonId)).toBe(true);
      expect(minutes.approvals.map((approval) => approval.role).sort()).toEqual(["ADJUSTER", "CHAIR"]);
      expect(minutes.decisions.map((decision) => decision.number)).toEqual(minutes.decisions.map((_, index) => index + 1));
      expect(minutes.entries.length).toBeGreaterThan(0);
    }
    const sgMinutes = seeded.find((minutes) => minutes.meetingId === sg.id)!;
    expect(sgMinutes.chairPersonId).toBe(fixture.people.anders);
    const adopted = sgMinutes.decisions.filter((decision) => decision.subject === "PRIORITY_AREAS" || decision.subject === "ACTIVITY_PLAN");
    // The spring meeting put the priority areas forward, the autumn meeting the activity plan.
    expect(adopted.map((decision) => [decision.subject, decision.preparedByMeetingId])).toEqual([
      ["PRIORITY_AREAS", wg.id],
      ["ACTIVITY_PLAN", wgAutumn.id],
    ]);
    for (const decision of adopted) {
      const preparing = seeded.find((minutes) => minutes.meetingId === decision.preparedByMeetingId)!;
      expect(
        preparationRefusal(
          { partnershipId: fixture.partnershipId, meetingId: sg.id, groupKind: "STEERING_GROUP", cycleYear: LAST_YEAR - 1, subject: decision.subject },
          preparing.meetingId,
          {
            id: preparing.meetingId,
            partnershipId: fixture.partnershipId,
            groupKind: "WORKING_GROUP",
            cycleYear: LAST_YEAR - 1,
            status: "HELD",
            latestMinutesSubjects: preparing.decisions.map((row) => row.subject),
          },
        ),
      ).toBeNull();
    }
    // Seeded minutes appear in the register, and the steering group's adoption names its preparation.
    const rows = (await findDecisions(reader, { year: LAST_YEAR - 1, group: "STEERING_GROUP", subject: "PRIORITY_AREAS" })).rows;
    expect(rows.map((row) => [row.meeting.id, row.preparedBy?.id])).toEqual([[sg.id, wg.id]]);

    // Running it again adds nothing.
    const after = await prisma().minutes.count();
    await prisma().$transaction((tx) => seedDemoMinutes(tx, { partnershipId: fixture.partnershipId }));
    expect(await prisma().minutes.count()).toBe(after);
    expect(after).toBeGreaterThan(before);
  });
});
