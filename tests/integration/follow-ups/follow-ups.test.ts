import { beforeAll, describe, expect, it } from "vitest";
import { getActivityPage } from "@/features/activity-plans/activity-queries";
import { recordFollowUp } from "@/features/follow-ups/definitions";
import { getActivityFollowUps } from "@/features/follow-ups/queries";
import type { Actor } from "@/server/auth/actor";
import { executeFormAction } from "@/server/actions/form-action";
import {
  activityRow,
  expectRefused,
  expectSuccess,
  form,
  lastEvent,
  prisma,
  seedActivitiesAndActors,
  YEARS,
  type ActivityFixture,
} from "./activity-fixtures";

let fixture: ActivityFixture;
let researcher: Actor, municipal: Actor, reader: Actor, sgMember: Actor, wgMember: Actor, admin: Actor, otherAdmin: Actor;

beforeAll(async () => {
  ({ fixture, researcher, municipal, reader, sgMember, wgMember, admin, otherAdmin } = await seedActivitiesAndActors());
});

/** The form as the page renders it for the activity as it stands now, with `fields` typed in. */
async function followUpForm(activityId: string, fields: Record<string, string> = {}) {
  const activity = await activityRow(activityId);
  const latest = await prisma().activityFollowUp.findFirst({ where: { activityId }, orderBy: { createdAt: "desc" } });
  return form({ activityId, version: String(activity.version), seenFollowUpId: latest?.id ?? "", status: "ON_TRACK", progress: "40", narrative: "", results: "", ...fields });
}

const outcome = (indicatorId: string) => `outcome-${indicatorId}`;

describe("recording a follow-up", () => {
  it("lets a responsible person follow up their activity: history, activity, indicators and audit in one go", async () => {
    const [first, second] = fixture.indicatorIds;
    const before = await activityRow(fixture.activityId);
    const fields = await followUpForm(fixture.activityId, {
      status: "ON_TRACK",
      progress: "40 %",
      narrative: "Tolv platser är klara.",
      results: "Ett seminarium.",
      [outcome(first)]: "12,5",
      [outcome(second)]: "",
    });
    const { followUpId } = await expectSuccess(() => executeFormAction(recordFollowUp, researcher, fields), "followUps.saved");

    const row = await prisma().activityFollowUp.findUniqueOrThrow({ where: { id: followUpId }, include: { outcomes: true } });
    expect(row).toMatchObject({ activityId: fixture.activityId, status: "ON_TRACK", progress: 40, narrative: "Tolv platser är klara.", results: "Ett seminarium.", authorId: researcher.userId });
    expect(row.outcomes).toEqual([{ followUpId, indicatorId: first, value: 12.5 }]);
    const after = await activityRow(fixture.activityId);
    expect(after).toMatchObject({ status: "ON_TRACK", progress: 40, version: before.version + 1 });
    expect(after.followedUpAt?.getTime()).toBe(row.createdAt.getTime());
    expect((await prisma().activityIndicator.findUniqueOrThrow({ where: { id: first } })).outcomeValue).toBe(12.5);
    // Blank is "not reported": the indicator keeps what it had (nothing).
    expect((await prisma().activityIndicator.findUniqueOrThrow({ where: { id: second } })).outcomeValue).toBeNull();

    const event = await lastEvent("activity.followed_up");
    expect(event).toMatchObject({ entityType: "Activity", entityId: fixture.activityId, actorUserId: researcher.userId, partnershipId: fixture.partnershipId });
    expect(event.data).toMatchObject({ followUpId, before: { status: "NOT_STARTED", progress: 0 }, after: { status: "ON_TRACK", progress: 40, outcomes: { [first]: 12.5 } } });
  });

  it("lets the other responsible person, working-group members and administrators follow up too", async () => {
    const [first] = fixture.indicatorIds;
    await expectSuccess(() => followUpForm(fixture.activityId, { status: "AT_RISK", progress: "45", narrative: "Handledare saknas.", [outcome(first)]: "14" }).then((fields) => executeFormAction(recordFollowUp, municipal, fields)));
    await expectSuccess(() => followUpForm(fixture.otherActivityId, { status: "DELAYED", progress: "10", narrative: "Startar i höst." }).then((fields) => executeFormAction(recordFollowUp, wgMember, fields)));
    await expectSuccess(() => followUpForm(fixture.otherActivityId, { status: "DONE", progress: "100" }).then((fields) => executeFormAction(recordFollowUp, admin, fields)));
    expect(await activityRow(fixture.otherActivityId)).toMatchObject({ status: "DONE", progress: 100 });
    // A later report of an indicator replaces the latest outcome; the earlier one stays in the history.
    expect((await prisma().activityIndicator.findUniqueOrThrow({ where: { id: first } })).outcomeValue).toBe(14);
    expect((await prisma().indicatorOutcome.findMany({ where: { indicatorId: first }, orderBy: { value: "asc" } })).map((row) => row.value)).toEqual([12.5, 14]);
  });

  it("shows the latest follow-up and the history, newest first, to every reader of the adopted plan", async () => {
    const page = await getActivityFollowUps(reader, fixture.activityId);
    expect(page).not.toBeNull();
    expect(page!.followUps.map((row) => row.status)).toEqual(["AT_RISK", "ON_TRACK"]);
    expect(page!.followUps[0]).toMatchObject({ progress: 45, narrative: "Handledare saknas.", authorName: "Gunnar Ek", outcomes: { [fixture.indicatorIds[0]]: 14 } });
    expect(page!.followUps[1]!.authorName).toBe("Johan Ekberg");
    expect(page).toMatchObject({ mayFollowUp: false, refusal: null, activity: { status: "AT_RISK", progress: 45, planYear: YEARS.adopted } });
    expect(page!.indicators.map((row) => [row.name, row.targetValue, row.outcomeValue])).toEqual([
      ["VFU-platser", 30, 14],
      ["Nöjda studenter", 80, null],
    ]);
    expect((await getActivityFollowUps(researcher, fixture.activityId))!.mayFollowUp).toBe(true);
    expect((await getActivityFollowUps(sgMember, fixture.activityId))!.mayFollowUp).toBe(false);
  });

  it("keeps drafts from readers, and another partnership's activities from everyone else", async () => {
    expect(await getActivityFollowUps(reader, fixture.draftActivityId)).toBeNull();
    expect(await getActivityFollowUps(researcher, fixture.draftActivityId)).toBeNull();
    expect(await getActivityFollowUps(sgMember, fixture.draftActivityId)).toMatchObject({ mayFollowUp: false, refusal: "planNotAdopted" });
    expect(await getActivityFollowUps(wgMember, fixture.draftActivityId)).toMatchObject({ mayFollowUp: true, refusal: "planNotAdopted" });
    expect(await getActivityFollowUps(admin, fixture.otherPartnership.activityId)).toBeNull();
    expect(await getActivityFollowUps(otherAdmin, fixture.activityId)).toBeNull();
    expect(await getActivityFollowUps(admin, "x".repeat(65))).toBeNull();
  });
});

describe("refusals, each changing nothing and writing no audit event", () => {
  it("refuses those who are neither responsible, in the working group nor administrators", async () => {
    for (const actor of [reader, sgMember]) {
      await expectRefused(async () => executeFormAction(recordFollowUp, actor, await followUpForm(fixture.activityId)), "errors.forbidden");
    }
    // Responsible for one activity is not responsible for another; a former working-group member is no longer one.
    await expectRefused(async () => executeFormAction(recordFollowUp, researcher, await followUpForm(fixture.otherActivityId)), "errors.forbidden");
    await expectRefused(async () => executeFormAction(recordFollowUp, municipal, await followUpForm(fixture.otherActivityId)), "errors.forbidden");
  });

  it("refuses the signed-out", async () => {
    await expectRefused(async () => executeFormAction(recordFollowUp, null, await followUpForm(fixture.activityId)), "errors.signedOut");
  });

  it("answers 'not found' for another partnership's activity, a missing one, and a draft the actor may not read", async () => {
    await expectRefused(async () => executeFormAction(recordFollowUp, admin, await followUpForm(fixture.otherPartnership.activityId)), "errors.notFound");
    await expectRefused(async () => executeFormAction(recordFollowUp, otherAdmin, await followUpForm(fixture.activityId)), "errors.notFound");
    await expectRefused(() => executeFormAction(recordFollowUp, admin, form({ activityId: "missing", version: "1", status: "ON_TRACK", progress: "10" })), "errors.notFound");
    await expectRefused(async () => executeFormAction(recordFollowUp, reader, await followUpForm(fixture.draftActivityId)), "errors.notFound");
  });

  it("answers a responsible person outside the groups 'not found' for a draft's or a proposed plan's activity, as its page does", async () => {
    for (const activityId of [fixture.draftActivityId, fixture.proposedActivityId]) {
      // Johan is responsible for it, but sees neither the activity's page nor its follow-up page.
      expect((await activityRow(activityId)).universityResponsibleId).toBe(researcher.personId);
      expect(await getActivityPage(researcher, activityId)).toBeNull();
      expect(await getActivityFollowUps(researcher, activityId)).toBeNull();
      const state = await expectRefused(async () => executeFormAction(recordFollowUp, researcher, await followUpForm(activityId)), "errors.notFound");
      expect(state.fieldErrors ?? {}).toEqual({});
      expect(state.messageValues ?? {}).toEqual({});
      expect(await prisma().activityFollowUp.count({ where: { activityId } })).toBe(0);
      expect(await prisma().auditEvent.count({ where: { entityId: activityId } })).toBe(0);
    }
  });

  it("refuses activities of plans that are not adopted, with a clear message, to those who may see the plan", async () => {
    // The working group sees the draft's activity, and may follow it up once the plan is adopted: it learns why not.
    expect(await getActivityPage(wgMember, fixture.draftActivityId)).not.toBeNull();
    const state = await expectRefused(async () => executeFormAction(recordFollowUp, wgMember, await followUpForm(fixture.draftActivityId)), "followUps.refusals.planNotAdopted");
    expect(state.messageValues).toMatchObject({ year: YEARS.draft });
    expect(await prisma().activityFollowUp.count({ where: { activityId: fixture.draftActivityId } })).toBe(0);
    await expectRefused(async () => executeFormAction(recordFollowUp, admin, await followUpForm(fixture.proposedActivityId)), "followUps.refusals.planNotAdopted");
    await expectRefused(async () => executeFormAction(recordFollowUp, researcher, await followUpForm(fixture.closedActivityId)), "followUps.refusals.planClosed");
  });

  it("refuses an activity taken out of the plan", async () => {
    await expectRefused(async () => executeFormAction(recordFollowUp, researcher, await followUpForm(fixture.removedActivityId)), "followUps.refusals.removed");
  });

  it("refuses a stale form and names the follow-up saved since", async () => {
    const stale = await followUpForm(fixture.activityId, { status: "DONE", progress: "100" });
    await expectSuccess(() => followUpForm(fixture.activityId, { status: "DELAYED", progress: "50", narrative: "Väntar på avtal." }).then((fields) => executeFormAction(recordFollowUp, wgMember, fields)));
    const state = await expectRefused(() => executeFormAction(recordFollowUp, researcher, stale), "followUps.refusals.staleFollowUp");
    expect(state.messageValues).toMatchObject({ status: "DELAYED", progress: 50, author: "Mikael Berg" });
    expect(String(state.messageValues?.when)).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    // What was typed comes back.
    expect(state.values).toMatchObject({ status: "DONE", progress: "100" });
    expect(await activityRow(fixture.activityId)).toMatchObject({ status: "DELAYED", progress: 50 });
  });

  it("refuses a stale form after the activity itself changed, saying so", async () => {
    const fields = await followUpForm(fixture.activityId);
    await prisma().activity.update({ where: { id: fixture.activityId }, data: { version: { increment: 1 } } });
    await expectRefused(() => executeFormAction(recordFollowUp, researcher, fields), "followUps.refusals.stale");
  });

  it("refuses an inconsistent follow-up with an error on each field, keeping the input", async () => {
    const [first] = fixture.indicatorIds;
    const state = await expectRefused(
      async () => executeFormAction(recordFollowUp, researcher, await followUpForm(fixture.activityId, { status: "DONE", progress: "90", [outcome(first)]: "tolv" })),
      "errors.validation",
      { progress: ["followUps.validation.doneNeedsFull"], [outcome(first)]: ["followUps.validation.outcomeNumber"] },
    );
    expect(state.values).toMatchObject({ progress: "90", [outcome(first)]: "tolv" });
    await expectRefused(async () => executeFormAction(recordFollowUp, researcher, await followUpForm(fixture.activityId, { status: "NOT_STARTED", progress: "5" })), "errors.validation", {
      progress: ["followUps.validation.notStartedNeedsZero"],
    });
    await expectRefused(async () => executeFormAction(recordFollowUp, researcher, await followUpForm(fixture.activityId, { status: "CANCELLED", progress: "5", narrative: "" })), "errors.validation", {
      narrative: ["followUps.validation.narrativeRequiredCancelled"],
    });
    await expectRefused(async () => executeFormAction(recordFollowUp, researcher, await followUpForm(fixture.activityId, { progress: "101" })), "errors.validation", {
      progress: ["followUps.validation.progressRange"],
    });
    await expectRefused(async () => executeFormAction(recordFollowUp, researcher, await followUpForm(fixture.activityId, { status: "SOMEWHERE" })), "errors.validation", {
      status: ["validation.required"],
    });
  });

  // Issue #18, item 6: the follow-up's consistency is not held back until the required fields are given.
  it("reports a missing status together with the inconsistent progress and outcomes, in one submit", async () => {
    const [first, second] = fixture.indicatorIds;
    const before = await activityRow(fixture.activityId);
    const state = await expectRefused(
      async () => executeFormAction(recordFollowUp, researcher, await followUpForm(fixture.activityId, { status: "", progress: "150", results: "x".repeat(8001), [outcome(first)]: "tolv", [outcome(second)]: "3" })),
      "errors.validation",
      {
        status: ["validation.required"],
        progress: ["followUps.validation.progressRange"],
        results: ["validation.tooLong"],
        [outcome(first)]: ["followUps.validation.outcomeNumber"],
      },
    );
    expect(state.values).toMatchObject({ progress: "150", [outcome(first)]: "tolv" });
    // What depends on the missing status (a narrative for a delay) waits for it; the rest does not.
    await expectRefused(async () => executeFormAction(recordFollowUp, researcher, await followUpForm(fixture.activityId, { version: "x", status: "DELAYED", progress: "" })), "errors.validation", {
      version: ["validation.invalid"],
      progress: ["followUps.validation.progressRequired"],
      narrative: ["followUps.validation.narrativeRequiredDelayed"],
    });
    expect((await activityRow(fixture.activityId)).version).toBe(before.version);
  });

  it("refuses an outcome for an indicator of another activity", async () => {
    const foreign = await prisma().activityIndicator.create({ data: { activityId: fixture.otherActivityId, name: "Deltagare" } });
    await expectRefused(async () => executeFormAction(recordFollowUp, admin, await followUpForm(fixture.activityId, { [outcome(foreign.id)]: "3" })), "followUps.refusals.unknownIndicator");
    await prisma().activityIndicator.delete({ where: { id: foreign.id } });
  });
});

describe("two saves of one form at once", () => {
  it("takes one and refuses the other as stale: no follow-up is lost or saved over", async () => {
    const before = await prisma().activityFollowUp.count({ where: { activityId: fixture.activityId } });
    const fields = await followUpForm(fixture.activityId, { status: "ON_TRACK", progress: "60" });
    const again = await followUpForm(fixture.activityId, { status: "ON_TRACK", progress: "61" });
    const states = (await Promise.all([executeFormAction(recordFollowUp, researcher, fields), executeFormAction(recordFollowUp, municipal, again)])).map((run) => run.state);
    expect(states.map((state) => state.status).sort()).toEqual(["error", "success"]);
    expect(states.find((state) => state.status === "error")!.message).toBe("followUps.refusals.staleFollowUp");
    expect(await prisma().activityFollowUp.count({ where: { activityId: fixture.activityId } })).toBe(before + 1);
  });
});
