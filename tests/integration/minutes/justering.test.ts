import { beforeAll, describe, expect, it } from "vitest";
import { addDecision } from "@/features/minutes/decision-definitions";
import { appointAdjusters, approveMinutes, returnToDraft, sendForAdjustment, startCorrection } from "@/features/minutes/justering-definitions";
import { addEntry, editEntry, setChair, startMinutes } from "@/features/minutes/minutes-definitions";
import { getMinutesPage } from "@/features/minutes/queries";
import type { Actor } from "@/server/auth/actor";
import { executeFormAction } from "@/server/actions/form-action";
import {
  actorFor,
  ADMIN,
  expectRefused,
  expectSuccess,
  form,
  lastEvent,
  minutesRow,
  prisma,
  READER,
  seed,
  WG_MEMBER,
  WG_SECRETARY,
  WORKING_CHAIR,
  workingGroupMeeting,
  type Fixture,
} from "./minutes-fixtures";
import { createUser } from "../../support/users";

let fixture: Fixture;
let admin: Actor;
let secretary: Actor;
/** Sara Nyström chairs the working group's meetings. */
let chair: Actor;
/** Mikael Berg, present, appointed adjuster below. */
let adjuster: Actor;

beforeAll(async () => {
  fixture = await seed();
  [admin, secretary, chair, adjuster] = await Promise.all([actorFor(ADMIN), actorFor(WG_SECRETARY), actorFor(WORKING_CHAIR), actorFor(WG_MEMBER)]);
});

/** A held working-group meeting with draft minutes chaired by Sara. */
async function draftWithChair() {
  const meeting = await workingGroupMeeting(fixture);
  const { minutesId } = await expectSuccess(() => executeFormAction(startMinutes, secretary, form({ meetingId: meeting.id, chairPersonId: fixture.people.sara! })));
  return { meeting, minutesId };
}

/** Draft minutes with Sara as chair and Mikael (and optionally Nadia) as adjusters, sent for justering. */
async function inAdjustment(adjusters: string[] = ["mikael"]) {
  const { meeting, minutesId } = await draftWithChair();
  await expectSuccess(() => executeFormAction(appointAdjusters, chair, form({ minutesId, version: "1", adjusterIds: adjusters.map((name) => fixture.people[name]!) })));
  await expectSuccess(() => executeFormAction(sendForAdjustment, secretary, form({ minutesId, version: "2" })));
  return { meeting, minutesId, version: "3" };
}

describe("appointing adjusters", () => {
  it("is done by the chair of the minutes, or an administrator, not by the secretary or a member", async () => {
    const { minutesId } = await draftWithChair();
    const adjusterIds = [fixture.people.mikael!];
    await expectRefused(() => executeFormAction(appointAdjusters, secretary, form({ minutesId, version: "1", adjusterIds })), "errors.forbidden");
    await expectRefused(() => executeFormAction(appointAdjusters, adjuster, form({ minutesId, version: "1", adjusterIds })), "errors.forbidden");
    await expectSuccess(() => executeFormAction(appointAdjusters, chair, form({ minutesId, version: "1", adjusterIds })), "minutes.adjustersAppointed");
    expect((await lastEvent("minutes.adjusters_appointed")).data).toMatchObject({ after: { adjusters: ["Mikael Berg"] }, onBehalfOfChair: false });
    // An administrator records the chair's choice on their behalf.
    await expectSuccess(() => executeFormAction(appointAdjusters, admin, form({ minutesId, version: "2", adjusterIds: [fixture.people.mikael!, fixture.people.nadia!] })));
    const appointed = await prisma().minutesAdjuster.findMany({ where: { minutesId } });
    expect(appointed.map((row) => row.personId).sort()).toEqual([fixture.people.mikael, fixture.people.nadia].sort());
    expect((await lastEvent("minutes.adjusters_appointed")).data).toMatchObject({ before: { adjusters: ["Mikael Berg"] }, onBehalfOfChair: true });
  });

  it("takes one or two people present, never the chair nor the minutes' secretary", async () => {
    const { minutesId } = await draftWithChair();
    const appoint = (names: string[]) => () => executeFormAction(appointAdjusters, chair, form({ minutesId, version: "1", adjusterIds: names.map((name) => fixture.people[name]!) }));
    await expectRefused(appoint(["helena"]), "minutes.refusals.adjusterNotPresent", { adjusterIds: ["minutes.refusals.adjusterNotPresent"] });
    await expectRefused(appoint(["anders"]), "minutes.refusals.adjusterNotPresent");
    await expectRefused(appoint(["sara"]), "minutes.refusals.adjusterIsChair");
    // Selma started the minutes and is their secretary (protokollförare): she does not adjust them.
    expect(await prisma().minutes.findUniqueOrThrow({ where: { id: minutesId } })).toMatchObject({ secretaryPersonId: fixture.people.selma });
    await expectRefused(appoint(["selma"]), "minutes.refusals.adjusterIsSecretary", { adjusterIds: ["minutes.refusals.adjusterIsSecretary"] });
    await expectRefused(appoint(["mikael", "selma"]), "minutes.refusals.adjusterIsSecretary");
    expect(await prisma().minutesAdjuster.count({ where: { minutesId } })).toBe(0);
    await expectRefused(appoint([]), "minutes.refusals.adjustersMissing");
    await expectRefused(appoint(["mikael", "nadia", "selma"]), "minutes.refusals.tooManyAdjusters");
  });

  it("needs a chair first", async () => {
    const meeting = await workingGroupMeeting(fixture);
    const { minutesId } = await expectSuccess(() => executeFormAction(startMinutes, admin, form({ meetingId: meeting.id })));
    await expectRefused(() => executeFormAction(appointAdjusters, admin, form({ minutesId, version: "1", adjusterIds: fixture.people.mikael! })), "minutes.refusals.chairMissing");
  });
});

describe("sending for justering", () => {
  it("needs the adjusters, and is for managers only", async () => {
    const { minutesId } = await draftWithChair();
    await expectRefused(() => executeFormAction(sendForAdjustment, secretary, form({ minutesId, version: "1" })), "minutes.refusals.adjustersMissing");
    await expectSuccess(() => executeFormAction(appointAdjusters, chair, form({ minutesId, version: "1", adjusterIds: fixture.people.mikael! })));
    await expectRefused(() => executeFormAction(sendForAdjustment, chair, form({ minutesId, version: "2" })), "errors.forbidden");
    await expectRefused(() => executeFormAction(sendForAdjustment, secretary, form({ minutesId, version: "1" })), "minutes.refusals.stale");
  });

  it("refuses a chair who is no longer recorded present", async () => {
    const { meeting, minutesId } = await draftWithChair();
    await expectSuccess(() => executeFormAction(appointAdjusters, chair, form({ minutesId, version: "1", adjusterIds: fixture.people.mikael! })));
    // Attendance corrected afterwards: Sara was in fact absent.
    await prisma().attendance.update({ where: { meetingId_personId: { meetingId: meeting.id, personId: fixture.people.sara! } }, data: { status: "ABSENT" } });
    await expectRefused(() => executeFormAction(sendForAdjustment, secretary, form({ minutesId, version: "2" })), "minutes.refusals.chairNotPresent");
  });

  it("locks the draft and mails the chair and each adjuster a link, once per version", async () => {
    const { meeting, minutesId } = await inAdjustment(["mikael", "nadia"]);
    expect(await minutesRow(minutesId)).toMatchObject({ status: "IN_ADJUSTMENT", version: 3 });
    const mail = await prisma().outboxMessage.findMany({ where: { dedupeKey: { startsWith: `minutes-justering:${minutesId}:` } }, orderBy: { toAddress: "asc" } });
    // Sara has an account e-mail, Mikael and Nadia their own.
    expect(mail.map((message) => message.toAddress).sort()).toEqual(["arbetsgrupp@sh.example", "mikael.berg@huddinge.example", "nadia.haddad@sh.example"]);
    for (const message of mail) {
      expect(message.text).toContain(`https://samverkan.test/meetings/${meeting.id}/minutes`);
      expect(message.subject).toContain(meeting.title);
      expect(message.dedupeKey).toMatch(new RegExp(`^minutes-justering:${minutesId}:3:`));
    }
    expect(mail.find((message) => message.toAddress === "arbetsgrupp@sh.example")!.text).toContain("som ordförande");
    expect((await lastEvent("minutes.sent_for_adjustment")).data).toMatchObject({ before: { status: "DRAFT" }, after: { status: "IN_ADJUSTMENT" }, mailed: 3 });

    // In justering, the draft is no longer edited.
    const entry = await prisma().minutesEntry.findFirstOrThrow({ where: { minutesId } });
    await expectRefused(() => executeFormAction(editEntry, secretary, form({ minutesId, version: "3", entryId: entry.id, heading: "X", text: "Y" })), "minutes.refusals.notDraft");
    await expectRefused(() => executeFormAction(sendForAdjustment, secretary, form({ minutesId, version: "3" })), "minutes.refusals.notDraft");
  });
});

describe("approving (justering)", () => {
  it("is refused to anyone but the chair and the adjusters, and cannot be given for someone else", async () => {
    const { minutesId, version } = await inAdjustment();
    // The administrator (also the secretary) is neither chair nor adjuster; naming the chair in the form changes nothing.
    await expectRefused(() => executeFormAction(approveMinutes, admin, form({ minutesId, version, personId: fixture.people.sara! })), "minutes.refusals.notSignatory");
    // Outside the group, minutes in justering do not exist.
    const reader = await actorFor(READER);
    await expectRefused(() => executeFormAction(approveMinutes, reader, form({ minutesId, version })), "errors.notFound");
    await expectRefused(() => executeFormAction(approveMinutes, secretary, form({ minutesId, version })), "minutes.refusals.notSignatory");
  });

  it("is refused on a draft", async () => {
    const { minutesId } = await draftWithChair();
    await expectRefused(() => executeFormAction(approveMinutes, chair, form({ minutesId, version: "1" })), "minutes.refusals.notInAdjustment");
  });

  it("tells someone who does not sign the minutes nothing about their state: the group's members get the same refusal for a draft, minutes in justering and approved minutes; to those outside the group, minutes not yet approved do not exist", async () => {
    const reader = await actorFor(READER);
    const { minutesId: draftId } = await draftWithChair();
    const { minutesId: inAdjustmentId, version } = await inAdjustment();
    for (const [minutesId, formVersion] of [
      [draftId, "1"],
      [inAdjustmentId, version],
    ] as const) {
      for (const member of [admin, secretary]) {
        await expectRefused(() => executeFormAction(approveMinutes, member, form({ minutesId, version: formVersion })), "minutes.refusals.notSignatory");
      }
      await expectRefused(() => executeFormAction(approveMinutes, reader, form({ minutesId, version: formVersion })), "errors.notFound");
    }
    // Once approved, still the same refusal for them (not "locked"); the chair is told it is locked.
    await expectSuccess(() => executeFormAction(approveMinutes, adjuster, form({ minutesId: inAdjustmentId, version })));
    await expectSuccess(() => executeFormAction(approveMinutes, chair, form({ minutesId: inAdjustmentId, version })));
    expect((await minutesRow(inAdjustmentId)).status).toBe("APPROVED");
    await expectRefused(() => executeFormAction(approveMinutes, reader, form({ minutesId: inAdjustmentId, version })), "minutes.refusals.notSignatory");
    await expectRefused(() => executeFormAction(approveMinutes, chair, form({ minutesId: inAdjustmentId, version })), "minutes.refusals.locked");
  });

  it("records who and when; the last signature approves and locks the minutes in the same transaction", async () => {
    const { minutesId, version } = await inAdjustment(["mikael", "nadia"]);
    await createUser(prisma(), { personId: fixture.people.nadia!, email: "nadia.haddad@sh.example", roles: ["WORKING_GROUP_MEMBER"] });
    const nadiaActor: Actor = await actorFor("nadia.haddad@sh.example");

    const first = await expectSuccess(() => executeFormAction(approveMinutes, adjuster, form({ minutesId, version })), "minutes.approvalRecorded");
    expect(first.completed).toBe(false);
    expect((await lastEvent("minutes.signed")).data).toMatchObject({ signature: { person: "Mikael Berg", role: "ADJUSTER" } });
    await expectRefused(() => executeFormAction(approveMinutes, adjuster, form({ minutesId, version })), "minutes.refusals.alreadyApproved");

    await expectSuccess(() => executeFormAction(approveMinutes, chair, form({ minutesId, version })));
    expect((await minutesRow(minutesId)).status).toBe("IN_ADJUSTMENT");
    const last = await expectSuccess(() => executeFormAction(approveMinutes, nadiaActor, form({ minutesId, version })));
    expect(last.completed).toBe(true);

    const minutes = await prisma().minutes.findUniqueOrThrow({ where: { id: minutesId }, include: { approvals: true } });
    expect(minutes.status).toBe("APPROVED");
    expect(minutes.approvedAt).not.toBeNull();
    expect(minutes.approvals.map((approval) => [approval.personId, approval.role, approval.userId]).sort()).toEqual(
      [
        [fixture.people.mikael, "ADJUSTER", adjuster.userId],
        [fixture.people.sara, "CHAIR", chair.userId],
        [fixture.people.nadia, "ADJUSTER", nadiaActor.userId],
      ].sort(),
    );
    // The last approval's time is the minutes' approval time.
    expect(minutes.approvedAt!.getTime()).toBe(Math.max(...minutes.approvals.map((approval) => approval.approvedAt.getTime())));
    expect((await lastEvent("minutes.approved")).data).toMatchObject({ before: { status: "IN_ADJUSTMENT" }, after: { status: "APPROVED" } });

    await expectRefused(() => executeFormAction(approveMinutes, chair, form({ minutesId, version })), "minutes.refusals.locked");
  });

  // Meaningful on PostgreSQL (TEST_DATABASE_URL): without the lock on the minutes' row each would
  // see only its own signature and neither would approve the minutes.
  it("approves the minutes exactly once when the last two sign at the same moment", async () => {
    const { minutesId, version } = await inAdjustment();
    const outcomes = await Promise.all([
      executeFormAction(approveMinutes, chair, form({ minutesId, version })),
      executeFormAction(approveMinutes, adjuster, form({ minutesId, version })),
    ]);
    expect(outcomes.map((outcome) => outcome.state.status)).toEqual(["success", "success"]);
    expect(outcomes.map((outcome) => outcome.result!.completed).sort()).toEqual([false, true]);
    expect((await minutesRow(minutesId)).status).toBe("APPROVED");
    expect(await prisma().minutesApproval.count({ where: { minutesId } })).toBe(2);
    expect(await prisma().auditEvent.count({ where: { action: "minutes.approved", entityId: minutesId } })).toBe(1);
  });

  it("refuses an approval from a page showing an earlier version", async () => {
    const { minutesId } = await inAdjustment();
    await expectRefused(() => executeFormAction(approveMinutes, chair, form({ minutesId, version: "2" })), "minutes.refusals.stale");
  });
});

describe("returning to draft", () => {
  it("is done by the managers with a reason; approvals are cleared and the reason is in the audit", async () => {
    const { minutesId, version } = await inAdjustment();
    await expectSuccess(() => executeFormAction(approveMinutes, chair, form({ minutesId, version })));
    await expectRefused(() => executeFormAction(returnToDraft, chair, form({ minutesId, version, reason: "Fel" })), "errors.forbidden");
    await expectRefused(() => executeFormAction(returnToDraft, secretary, form({ minutesId, version, reason: " " })), "errors.validation", {
      reason: ["validation.required"],
    });
    await expectSuccess(
      () => executeFormAction(returnToDraft, secretary, form({ minutesId, version, reason: "Beslutet i § 1 saknade datum." })),
      "minutes.returnedToDraft",
    );
    expect(await minutesRow(minutesId)).toMatchObject({ status: "DRAFT", version: 4 });
    expect(await prisma().minutesApproval.count({ where: { minutesId } })).toBe(0);
    expect((await lastEvent("minutes.returned_to_draft")).data).toMatchObject({ reason: "Beslutet i § 1 saknade datum.", approvalsCleared: 1 });
    await expectRefused(() => executeFormAction(returnToDraft, secretary, form({ minutesId, version: "4", reason: "Igen" })), "minutes.refusals.notInAdjustment");

    // The chair's page still shows the version they approved before: that approval is not taken again.
    await expectRefused(() => executeFormAction(approveMinutes, chair, form({ minutesId, version })), "minutes.refusals.notInAdjustment");
    // Sent again, it is mailed anew (a new version), and approved again from the start.
    await expectSuccess(() => executeFormAction(sendForAdjustment, secretary, form({ minutesId, version: "4" })));
    expect(await prisma().outboxMessage.count({ where: { dedupeKey: { startsWith: `minutes-justering:${minutesId}:5:` } } })).toBe(2);
  });
});

describe("approved minutes", () => {
  async function approved() {
    const { meeting, minutesId, version } = await inAdjustment();
    await expectSuccess(() => executeFormAction(approveMinutes, chair, form({ minutesId, version })));
    await expectSuccess(() => executeFormAction(approveMinutes, adjuster, form({ minutesId, version })));
    return { meeting, minutesId };
  }

  it("are refused every edit by the actions", async () => {
    const { minutesId } = await approved();
    const version = String((await minutesRow(minutesId)).version);
    const entry = await prisma().minutesEntry.findFirstOrThrow({ where: { minutesId } });
    await expectRefused(() => executeFormAction(editEntry, admin, form({ minutesId, version, entryId: entry.id, heading: "X", text: "Ändrat" })), "minutes.refusals.locked");
    await expectRefused(() => executeFormAction(addEntry, admin, form({ minutesId, version, heading: "X", text: "" })), "minutes.refusals.locked");
    await expectRefused(() => executeFormAction(setChair, admin, form({ minutesId, version, chairPersonId: fixture.people.mikael! })), "minutes.refusals.locked");
    await expectRefused(
      () => executeFormAction(addDecision, admin, form({ minutesId, version, decisionTitle: "T", decisionText: "X", subject: "GENERAL" })),
      "minutes.refusals.locked",
    );
    await expectRefused(() => executeFormAction(appointAdjusters, admin, form({ minutesId, version, adjusterIds: fixture.people.nadia! })), "minutes.refusals.locked");
    await expectRefused(() => executeFormAction(returnToDraft, admin, form({ minutesId, version, reason: "x" })), "minutes.refusals.locked");
  });

  it("are refused every edit by the database itself", async () => {
    const { minutesId } = await approved();
    const entry = await prisma().minutesEntry.findFirstOrThrow({ where: { minutesId } });
    const locked = /Approved minutes are locked/;
    await expect(prisma().minutes.update({ where: { id: minutesId }, data: { chairPersonId: fixture.people.mikael! } })).rejects.toThrow(locked);
    await expect(prisma().minutes.update({ where: { id: minutesId }, data: { status: "DRAFT", approvedAt: null } })).rejects.toThrow(locked);
    await expect(prisma().minutesEntry.update({ where: { id: entry.id }, data: { text: "Ändrat i efterhand" } })).rejects.toThrow(locked);
    await expect(prisma().minutesEntry.create({ data: { minutesId, position: 99, heading: "Tillägg" } })).rejects.toThrow(locked);
    await expect(prisma().minutesEntry.delete({ where: { id: entry.id } })).rejects.toThrow(locked);
    const { meetingId } = await minutesRow(minutesId);
    await expect(prisma().decision.create({ data: { minutesId, meetingId, number: 1, title: "T", text: "X" } })).rejects.toThrow(locked);
    await expect(prisma().minutesApproval.deleteMany({ where: { minutesId } })).rejects.toThrow(locked);
    await expect(prisma().minutesAdjuster.deleteMany({ where: { minutesId } })).rejects.toThrow(locked);
    expect(await prisma().minutesEntry.findUniqueOrThrow({ where: { id: entry.id } })).toMatchObject({ text: entry.text });
    expect(await prisma().minutesApproval.count({ where: { minutesId } })).toBe(2);
  });

  it("are corrected by new minutes: a draft copy, linked, approved again, then in force", async () => {
    const { meeting, minutesId } = await approved();
    const original = await prisma().minutes.findUniqueOrThrow({ where: { id: minutesId }, include: { entries: { orderBy: { position: "asc" } } } });
    const version = String(original.version);

    await expectRefused(() => executeFormAction(startCorrection, chair, form({ minutesId, version, correctionReason: "Fel namn" })), "errors.forbidden");
    await expectRefused(() => executeFormAction(startCorrection, secretary, form({ minutesId, version, correctionReason: "" })), "errors.validation", {
      correctionReason: ["validation.required"],
    });
    const { minutesId: correctionId } = await expectSuccess(
      () => executeFormAction(startCorrection, secretary, form({ minutesId, version, correctionReason: "Fel stavning av ett namn i § 2." })),
      "minutes.correctionStarted",
    );
    const correction = await prisma().minutes.findUniqueOrThrow({ where: { id: correctionId }, include: { entries: { orderBy: { position: "asc" } }, adjusters: true } });
    expect(correction).toMatchObject({ status: "DRAFT", correctsId: minutesId, correctionReason: "Fel stavning av ett namn i § 2.", chairPersonId: fixture.people.sara });
    expect(correction.entries.map((entry) => [entry.position, entry.heading, entry.text])).toEqual(original.entries.map((entry) => [entry.position, entry.heading, entry.text]));
    expect(correction.adjusters.map((row) => row.personId)).toEqual([fixture.people.mikael]);
    expect((await lastEvent("minutes.correction_started")).data).toMatchObject({ corrects: minutesId, reason: "Fel stavning av ett namn i § 2." });

    // One correction at a time, and never of the original a second time.
    await expectRefused(() => executeFormAction(startCorrection, secretary, form({ minutesId, version, correctionReason: "Igen" })), "minutes.refusals.openMinutesExist");

    // While the correction is drafted, the original stays in force.
    let page = await getMinutesPage(await actorFor(READER), meeting.id);
    expect(page!.chain.map((link) => [link.id, link.inForce])).toEqual([[minutesId, true]]);
    expect(page!.selected!.id).toBe(minutesId);

    const entry = correction.entries[1]!;
    await expectSuccess(() => executeFormAction(editEntry, secretary, form({ minutesId: correctionId, version: "1", entryId: entry.id, heading: entry.heading, text: "Rättad text." })));
    await expectSuccess(() => executeFormAction(sendForAdjustment, secretary, form({ minutesId: correctionId, version: "2" })));
    await expectSuccess(() => executeFormAction(approveMinutes, chair, form({ minutesId: correctionId, version: "3" })));
    await expectSuccess(() => executeFormAction(approveMinutes, adjuster, form({ minutesId: correctionId, version: "3" })));

    // The original is untouched; the correction is in force; the page shows the chain both ways.
    expect(await prisma().minutesEntry.findFirstOrThrow({ where: { minutesId, position: 2 } })).toMatchObject({ text: original.entries[1]!.text });
    page = await getMinutesPage(await actorFor(READER), meeting.id);
    expect(page!.chain.map((link) => [link.id, link.correctsId, link.inForce])).toEqual([
      [minutesId, null, false],
      [correctionId, minutesId, true],
    ]);
    expect(page!.selected).toMatchObject({ id: correctionId, inForce: true });
    const old = await getMinutesPage(await actorFor(READER), meeting.id, minutesId);
    expect(old!.selected).toMatchObject({ id: minutesId, inForce: false, supersededBy: correctionId });

    // Only the minutes in force are corrected further.
    await expectRefused(() => executeFormAction(startCorrection, secretary, form({ minutesId, version, correctionReason: "Äldre" })), "minutes.refusals.notInForce");
  });
});
