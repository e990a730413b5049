import { beforeAll, describe, expect, it } from "vitest";
import { createActivity, editActivity, removeActivity } from "@/features/activity-plans/activity-definitions";
import { getEditActivityPage, getNewActivityPage } from "@/features/activity-plans/activity-form-queries";
import { getActivityPage } from "@/features/activity-plans/activity-queries";
import { adoptPlan, createPlan, proposePlan } from "@/features/activity-plans/plan-definitions";
import { getRevisionComparison } from "@/features/activity-plans/revision-queries";
import { loadActivitySnapshot } from "@/features/activity-plans/snapshot-load";
import { fieldFingerprints } from "@/features/activity-plans/snapshot-diff";
import { getPriorityAreaPage } from "@/features/priority-areas/queries";
import type { Actor } from "@/server/auth/actor";
import { executeFormAction } from "@/server/actions/form-action";
import {
  activityFields,
  actorFor,
  ADMIN,
  expectRefused,
  expectSuccess,
  form,
  FORMER_MEMBER,
  lastEvent,
  OTHER_ADMIN,
  planRow,
  prisma,
  READER,
  RESEARCHER,
  seed,
  SG_MEMBER,
  STEERING_CHAIR,
  THIS_YEAR,
  WG_MEMBER,
  type Fixture,
  backdatePlan,
} from "./plan-fixtures";

let fixture: Fixture;
let admin: Actor, reader: Actor, researcher: Actor, wgMember: Actor, sgChair: Actor, sgMember: Actor, former: Actor, otherAdmin: Actor;
let planId: string;
let activityId: string;

beforeAll(async () => {
  fixture = await seed();
  admin = await actorFor(ADMIN);
  reader = await actorFor(READER);
  researcher = await actorFor(RESEARCHER);
  wgMember = await actorFor(WG_MEMBER);
  sgChair = await actorFor(STEERING_CHAIR);
  sgMember = await actorFor(SG_MEMBER);
  former = await actorFor(FORMER_MEMBER);
  otherAdmin = await actorFor(OTHER_ADMIN);
  ({ planId } = await expectSuccess(() => executeFormAction(createPlan, wgMember, form({ year: String(THIS_YEAR) }))));
  await backdatePlan(planId);
});

const activityRow = (id: string) => prisma().activity.findUniqueOrThrow({ where: { id }, include: { indicators: { orderBy: { sortOrder: "asc" } } } });

/** The edit form as the page renders it for the activity now, with changes on top. */
async function editFields(id: string, overrides: Record<string, string | string[]> = {}) {
  const page = await getEditActivityPage(admin, id);
  const { values } = page!;
  const indicators = Object.fromEntries(values.indicators.flatMap((indicator, row) => [
    [`indicator${row}Id`, indicator.id],
    [`indicator${row}Name`, indicator.name],
    [`indicator${row}Unit`, indicator.unit],
    [`indicator${row}Target`, indicator.target],
  ]));
  const { indicators: _, ...scalars } = values;
  return form({ activityId: id, version: String(page!.version), baseline: page!.baseline, ...scalars, ...indicators, ...overrides });
}

describe("adding an activity to a draft", () => {
  it("keeps every field, the indicators in the form's order, and an audit entry", async () => {
    const result = await expectSuccess(() => executeFormAction(createActivity, wgMember, form({ planId, ...activityFields(fixture) })), "activityPlans.activityCreated");
    activityId = result.activityId;
    expect(result.revision).toBeNull();
    const activity = await activityRow(activityId);
    expect(activity).toMatchObject({
      planId,
      title: "Fler VFU-platser i förskolan",
      priorityAreaId: fixture.areaId,
      focusArea: "EDUCATION_AND_COMPETENCE",
      thematicAreaId: fixture.thematic.education,
      dimensions: ["SOCIAL", "ECONOMIC"],
      collaborationKinds: ["VFU_PLACEMENT", "COURSE"],
      municipalResponsibleId: fixture.people.municipal,
      universityResponsibleId: fixture.people.university,
      municipalUnitId: fixture.units.administration,
      universityUnitId: fixture.units.school,
      startsOn: new Date(`${THIS_YEAR}-02-01T00:00:00Z`),
      endsOn: new Date(`${THIS_YEAR}-11-30T00:00:00Z`),
      expectedResults: "Trettio nya VFU-platser.",
      status: "NOT_STARTED",
      version: 1,
    });
    expect(activity.indicators.map((indicator) => [indicator.name, indicator.unit, indicator.targetValue, indicator.sortOrder])).toEqual([
      ["VFU-platser", "platser", 30, 0],
      ["Utbildade handledare", "handledare", null, 1],
    ]);
    expect((await planRow(planId)).version).toBe(2);
    expect(await lastEvent("activity.created")).toMatchObject({ entityId: activityId, actorUserId: wgMember.userId });
  });

  it("refuses a priority area not in the register for the plan's year", async () => {
    const earlier = await prisma().priorityArea.create({
      data: {
        partnershipId: fixture.partnershipId,
        title: "Ett område från förra året",
        focusArea: "EDUCATION_AND_COMPETENCE",
        decisionId: fixture.adoptDecisionId,
        years: { create: [{ year: THIS_YEAR - 1, decisionId: fixture.adoptDecisionId }] },
      },
    });
    await expectRefused(() => executeFormAction(createActivity, wgMember, form({ planId, ...activityFields(fixture, { priorityAreaId: earlier.id }) })), "errors.validation", {
      priorityAreaId: ["activityPlans.refusals.notInRegister"],
    });
  });

  it("takes an activity outside the year's priority areas", async () => {
    const { activityId: outside } = await expectSuccess(() => executeFormAction(createActivity, wgMember, form({ planId, ...activityFields(fixture, { title: "Utanför områdena", priorityAreaId: "" }) })));
    expect((await activityRow(outside)).priorityAreaId).toBeNull();
    await expectSuccess(() => executeFormAction(removeActivity, wgMember, form({ activityId: outside, version: "1" })));
  });

  it("refuses people and units of the wrong party or kind, or of another partnership, all at once on their fields", async () => {
    const wrong = activityFields(fixture, {
      municipalResponsibleId: fixture.people.university,
      universityResponsibleId: fixture.people.municipal,
      municipalUnitId: fixture.units.school,
      universityUnitId: fixture.units.administration,
      thematicAreaId: fixture.thematic.research,
    });
    await expectRefused(() => executeFormAction(createActivity, wgMember, form({ planId, ...wrong })), "errors.validation", {
      municipalResponsibleId: ["activityPlans.refusals.wrongParty"],
      universityResponsibleId: ["activityPlans.refusals.wrongParty"],
      municipalUnitId: ["activityPlans.refusals.wrongParty"],
      universityUnitId: ["activityPlans.refusals.wrongParty"],
      thematicAreaId: ["activityPlans.refusals.thematicAreaOutsideFocus"],
    });
    const foreign = activityFields(fixture, { municipalUnitId: fixture.other.unitId, municipalResponsibleId: fixture.other.personId });
    await expectRefused(() => executeFormAction(createActivity, wgMember, form({ planId, ...foreign })), "errors.validation", {
      municipalResponsibleId: ["activityPlans.refusals.notInPartnership"],
      municipalUnitId: ["activityPlans.refusals.notInPartnership"],
    });
    await expectRefused(() => executeFormAction(createActivity, wgMember, form({ planId, ...activityFields(fixture, { municipalResponsibleId: fixture.people.inactiveMunicipal }) })), "errors.validation", {
      municipalResponsibleId: ["activityPlans.refusals.personInactive"],
    });
    const university = await prisma().organisationalUnit.findFirstOrThrow({ where: { party: { partnershipId: fixture.partnershipId, type: "UNIVERSITY" } } });
    expect(university.kind).not.toBe("ADMINISTRATION");
  });

  it("refuses a period outside the plan's year, an end before the start, and a target that is no number", async () => {
    await expectRefused(() => executeFormAction(createActivity, wgMember, form({ planId, ...activityFields(fixture, { startsOn: `${THIS_YEAR + 1}-01-10`, endsOn: `${THIS_YEAR + 1}-03-01` }) })), "errors.validation", {
      startsOn: ["activityPlans.refusals.outsideYear"],
      endsOn: ["activityPlans.refusals.outsideYear"],
    });
    await expectRefused(() => executeFormAction(createActivity, wgMember, form({ planId, ...activityFields(fixture, { endsOn: `${THIS_YEAR}-01-01`, indicator0Target: "trettio" }) })), "errors.validation", {
      endsOn: ["validation.endBeforeStart"],
      indicator0Target: ["validation.invalid"],
    });
  });

  it("is refused to those who may not edit the plan, and for a plan they cannot see or of another partnership", async () => {
    const fields = () => form({ planId, ...activityFields(fixture) });
    await expectRefused(() => executeFormAction(createActivity, reader, fields()), "errors.forbidden");
    await expectRefused(() => executeFormAction(createActivity, researcher, fields()), "errors.forbidden");
    await expectRefused(() => executeFormAction(createActivity, sgMember, fields()), "errors.forbidden");
    await expectRefused(() => executeFormAction(createActivity, former, fields()), "errors.notFound");
    await expectRefused(() => executeFormAction(createActivity, otherAdmin, fields()), "errors.notFound");
    await expectRefused(() => executeFormAction(createActivity, admin, form({ ...activityFields(fixture), planId: fixture.other.planId })), "errors.notFound");
  });
});

describe("editing an activity of a draft", () => {
  it("saves every field and the indicators: changed, added and emptied rows", async () => {
    const fields = await editFields(activityId, {
      title: "Fler VFU-platser i förskola och fritidshem",
      collaborationKinds: ["VFU_PLACEMENT"],
      indicator0Target: "40",
      indicator1Name: "",
      indicator1Unit: "",
      indicator1Target: "",
      indicator2Name: "Nöjda studenter",
      indicator2Unit: "%",
      indicator2Target: "85,5",
    });
    await expectSuccess(() => executeFormAction(editActivity, wgMember, fields), "activityPlans.activitySaved");
    const activity = await activityRow(activityId);
    expect(activity).toMatchObject({ title: "Fler VFU-platser i förskola och fritidshem", collaborationKinds: ["VFU_PLACEMENT"], version: 2 });
    expect(activity.indicators.map((indicator) => [indicator.name, indicator.targetValue])).toEqual([
      ["VFU-platser", 40],
      ["Nöjda studenter", 85.5],
    ]);
    expect((await lastEvent("activity.edited")).data).toMatchObject({ changes: ["title", "collaborationKinds", "indicators"], revision: null });
  });

  it("refuses a stale save and marks the fields someone else changed meanwhile", async () => {
    const stale = await editFields(activityId, { description: "Min ändring" });
    await expectSuccess(async () => executeFormAction(editActivity, admin, await editFields(activityId, { title: "Någon annans titel", endsOn: `${THIS_YEAR}-12-15` })));
    await expectRefused(() => executeFormAction(editActivity, wgMember, stale), "activityPlans.refusals.activityChanged", {
      title: ["activityPlans.refusals.changedByOther"],
      endsOn: ["activityPlans.refusals.changedByOther"],
    });
    // A form without a baseline is refused the same way, with nothing marked.
    stale.set("baseline", "");
    await expectRefused(() => executeFormAction(editActivity, wgMember, stale), "activityPlans.refusals.activityStale", {});
  });

  it("refuses indicator ids of another activity, and the same checks as adding", async () => {
    const other = await expectSuccess(() => executeFormAction(createActivity, admin, form({ planId, ...activityFields(fixture, { title: "Annan aktivitet" }) })));
    const foreignIndicator = (await activityRow(other.activityId)).indicators[0]!.id;
    await expectRefused(async () => executeFormAction(editActivity, wgMember, await editFields(activityId, { indicator0Id: foreignIndicator })), "errors.validation", {
      indicator0Name: ["validation.invalid"],
    });
    await expectRefused(async () => executeFormAction(editActivity, wgMember, await editFields(activityId, { universityUnitId: fixture.units.administration })), "errors.validation", {
      universityUnitId: ["activityPlans.refusals.wrongParty"],
    });
    await expectRefused(async () => executeFormAction(editActivity, reader, await editFields(activityId)), "errors.forbidden");
    await expectRefused(async () => executeFormAction(editActivity, former, await editFields(activityId)), "errors.notFound");
    await expectRefused(async () => executeFormAction(editActivity, otherAdmin, await editFields(activityId)), "errors.notFound");
  });

  it("deletes an activity from a draft when nothing refers to it", async () => {
    const { activityId: doomed } = await expectSuccess(() => executeFormAction(createActivity, admin, form({ planId, ...activityFields(fixture, { title: "Tas bort" }) })));
    await expectRefused(() => executeFormAction(removeActivity, wgMember, form({ activityId: doomed, version: "7" })), "activityPlans.refusals.activityStale");
    await expectRefused(() => executeFormAction(removeActivity, reader, form({ activityId: doomed, version: "1" })), "errors.forbidden");
    const { deleted } = await expectSuccess(() => executeFormAction(removeActivity, wgMember, form({ activityId: doomed, version: "1" })), "activityPlans.activityRemoved");
    expect(deleted).toBe(true);
    expect(await prisma().activity.findUnique({ where: { id: doomed } })).toBeNull();
    expect(await lastEvent("activity.deleted")).toMatchObject({ entityId: doomed });
  });
});

describe("an adopted plan", () => {
  beforeAll(async () => {
    await expectSuccess(async () => executeFormAction(proposePlan, admin, form({ planId, version: String((await planRow(planId)).version), decisionId: fixture.proposeDecisionId })));
    await expectSuccess(async () => executeFormAction(adoptPlan, sgChair, form({ planId, version: String((await planRow(planId)).version), decisionId: fixture.adoptDecisionId })));
  });

  it("refuses a change without a reason", async () => {
    await expectRefused(() => executeFormAction(createActivity, wgMember, form({ planId, ...activityFields(fixture) })), "activityPlans.refusals.reasonRequired", {
      reason: ["activityPlans.refusals.reasonRequired"],
    });
    await expectRefused(async () => executeFormAction(editActivity, wgMember, await editFields(activityId, { title: "Utan skäl" })), "activityPlans.refusals.reasonRequired");
    const { version } = await activityRow(activityId);
    await expectRefused(() => executeFormAction(removeActivity, wgMember, form({ activityId, version: String(version) })), "activityPlans.refusals.reasonRequired");
  });

  it("with a reason, writes revision 1, whose comparison shows the change old → new", async () => {
    const before = await activityRow(activityId);
    const { revision } = await expectSuccess(
      async () => executeFormAction(editActivity, wgMember, await editFields(activityId, { title: "VFU i hela förskolan", endsOn: `${THIS_YEAR}-12-20`, reason: "Utökad efter dialog med förvaltningen" })),
      "activityPlans.activitySaved",
    );
    expect(revision).toBe(1);
    const stored = await prisma().activityPlanRevision.findUniqueOrThrow({ where: { planId_number: { planId, number: 1 } } });
    expect(stored).toMatchObject({ reason: "Utökad efter dialog med förvaltningen", createdById: wgMember.userId });
    const comparison = await getRevisionComparison(reader, THIS_YEAR, 1);
    expect(comparison).toMatchObject({ previous: 0, latest: 1 });
    expect(comparison!.diff.added).toEqual([]);
    expect(comparison!.diff.removed).toEqual([]);
    expect(comparison!.diff.changed).toEqual([
      {
        id: activityId,
        title: "VFU i hela förskolan",
        changes: [
          { field: "title", before: before.title, after: "VFU i hela förskolan" },
          { field: "endsOn", before: before.endsOn.toISOString().slice(0, 10), after: `${THIS_YEAR}-12-20` },
        ],
      },
    ]);
    expect((await lastEvent("activity.edited")).data).toMatchObject({ revision: 1, reason: "Utökad efter dialog med förvaltningen" });
  });

  it("refuses a save that changes nothing, as it would be an empty revision", async () => {
    await expectRefused(async () => executeFormAction(editActivity, wgMember, await editFields(activityId, { reason: "Inget" })), "activityPlans.refusals.noChange");
  });

  it("adds with a reason as a revision, and keeps an indicator with reported outcomes", async () => {
    const { activityId: added, revision } = await expectSuccess(() =>
      executeFormAction(createActivity, admin, form({ planId, ...activityFields(fixture, { title: "Examensarbeten om klimat", reason: "Ny möjlighet under året" }) })),
    );
    expect(revision).toBe(2);
    expect((await getRevisionComparison(reader, THIS_YEAR, 2))!.diff.added.map((activity) => activity.id)).toEqual([added]);

    const indicator = (await activityRow(added)).indicators[0]!;
    const followUp = await prisma().activityFollowUp.create({ data: { activityId: added, status: "ON_TRACK", progress: 20, outcomes: { create: [{ indicatorId: indicator.id, value: 5 }] } } });
    expect(followUp.id).toBeTruthy();
    await expectRefused(async () => executeFormAction(editActivity, admin, await editFields(added, { indicator0Name: "", indicator0Unit: "", indicator0Target: "", reason: "Mät annat" })), "errors.validation", {
      indicator0Name: ["activityPlans.refusals.indicatorHasOutcomes"],
    });
  });

  it("removes with a reason: kept and marked removed, as a revision that shows it removed", async () => {
    const { version } = await activityRow(activityId);
    const { deleted, revision } = await expectSuccess(() => executeFormAction(removeActivity, wgMember, form({ activityId, version: String(version), reason: "Genomförs inom annat projekt" })));
    expect({ deleted, revision }).toEqual({ deleted: false, revision: 3 });
    const activity = await activityRow(activityId);
    expect(activity.removedAt).not.toBeNull();
    expect((await getRevisionComparison(reader, THIS_YEAR, 3))!.diff.removed.map((row) => row.id)).toEqual([activityId]);
    expect(await lastEvent("activity.removed")).toMatchObject({ entityId: activityId });
    await expectRefused(() => executeFormAction(removeActivity, wgMember, form({ activityId, version: String(activity.version), reason: "Igen" })), "activityPlans.refusals.activityRemoved");
    await expectRefused(async () => executeFormAction(editActivity, wgMember, await editFields(activityId, { title: "x", reason: "x" })), "activityPlans.refusals.activityRemoved");
  });
});

describe("reading activities and their trace", () => {
  it("shows an adopted plan's activity to every signed-in user with the trace back to area, proposal, decisions and meetings", async () => {
    const [kept] = await prisma().activity.findMany({ where: { planId, removedAt: null }, orderBy: { createdAt: "asc" } });
    const page = await getActivityPage(reader, kept!.id);
    expect(page).not.toBeNull();
    expect(page!.mayChange).toBe(false);
    const area = await prisma().priorityArea.findUniqueOrThrow({ where: { id: fixture.areaId }, include: { proposal: true } });
    expect(page!.trace.priorityArea).toMatchObject({ id: area.id, decision: { id: area.decisionId } });
    expect(page!.trace.priorityArea!.decision.meeting.groupKind).toBe("STEERING_GROUP");
    expect(page!.trace.proposal).toMatchObject({ id: area.proposalId, putForward: { id: area.proposal!.putForwardDecisionId } });
    expect(page!.trace.proposal!.putForward!.meeting.groupKind).toBe("WORKING_GROUP");
    expect(page!.trace.planProposedBy).toMatchObject({ id: fixture.proposeDecisionId, meeting: { id: fixture.proposingMeetingId } });
    expect(page!.trace.planAdoptedBy).toMatchObject({ id: fixture.adoptDecisionId, inForce: true });
    expect(page!.indicators.length).toBeGreaterThan(0);
    expect((await getActivityPage(wgMember, kept!.id))!.mayChange).toBe(true);
    expect(await getActivityPage(otherAdmin, kept!.id)).toBeNull();
  });

  it("lists the area's activities on its page (the trace forward), hiding drafts from readers", async () => {
    const { planId: draft } = await expectSuccess(() => executeFormAction(createPlan, admin, form({ year: String(THIS_YEAR + 1) })));
    const nextYear = activityFields(fixture, { title: "Utkast nästa år", startsOn: `${THIS_YEAR + 1}-01-10`, endsOn: `${THIS_YEAR + 1}-05-01` });
    // The area is in the register for this year only, until a decision continues it.
    await expectRefused(() => executeFormAction(createActivity, admin, form({ planId: draft, ...nextYear })), "errors.validation", {
      priorityAreaId: ["activityPlans.refusals.notInRegister"],
    });
    await prisma().priorityAreaYear.create({ data: { priorityAreaId: fixture.areaId, year: THIS_YEAR + 1, decisionId: fixture.adoptDecisionId } });
    const { activityId: next } = await expectSuccess(() => executeFormAction(createActivity, admin, form({ planId: draft, ...nextYear })));
    const titles = async (actor: Actor) => (await getPriorityAreaPage(actor, fixture.areaId))!.area.activities.map((activity) => activity.id);
    const adopted = (await prisma().activity.findMany({ where: { planId, removedAt: null, priorityAreaId: fixture.areaId } })).map((row) => row.id);
    expect((await titles(reader)).sort()).toEqual(adopted.sort());
    expect(await titles(wgMember)).toContain(next);
    expect(await titles(reader)).not.toContain(next);
    expect(await getActivityPage(reader, next)).toBeNull();
    expect(await getEditActivityPage(reader, next)).toBeNull();
    expect(await getActivityPage(sgMember, next)).not.toBeNull();
  });

  it("offers the new-activity form to those who may add, with the register's areas for the year", async () => {
    const page = await getNewActivityPage(wgMember, THIS_YEAR);
    expect(page).toMatchObject({ refusal: null, needsReason: true });
    // The register's areas for the plan's year: the demo's four of this year, none of earlier years.
    const ofYear = await prisma().priorityArea.findMany({ where: { partnershipId: fixture.partnershipId, years: { some: { year: THIS_YEAR } } }, select: { id: true } });
    expect(ofYear).toHaveLength(4);
    expect(page!.options.priorityAreas.map((area) => area.id).sort()).toEqual(ofYear.map((area) => area.id).sort());
    expect(page!.options.priorityAreas.map((area) => area.id)).toContain(fixture.areaId);
    expect(page!.options.municipalPeople.map((person) => person.id)).toContain(fixture.people.municipal);
    expect(page!.options.municipalPeople.map((person) => person.id)).not.toContain(fixture.people.inactiveMunicipal);
    expect(page!.options.universityPeople.map((person) => person.id)).toContain(fixture.people.university);
    expect(page!.options.municipalUnits.map((unit) => unit.id)).toEqual(expect.arrayContaining([fixture.units.administration]));
    expect(page!.options.universityUnits.map((unit) => unit.id)).toEqual(expect.arrayContaining([fixture.units.school, fixture.units.department]));
    expect(page!.options.universityUnits.map((unit) => unit.id)).not.toContain(fixture.units.administration);
    expect((await getNewActivityPage(reader, THIS_YEAR))!.refusal).toBe("forbidden");
    expect(await getNewActivityPage(reader, THIS_YEAR + 1)).toBeNull();
    expect(await getNewActivityPage(otherAdmin, THIS_YEAR + 1)).toBeNull();
  });

  it("keeps the snapshot's fingerprints stable for an unchanged activity", async () => {
    const [kept] = await prisma().activity.findMany({ where: { planId, removedAt: null } });
    const first = fieldFingerprints(await loadActivitySnapshot(prisma(), kept!.id));
    expect(fieldFingerprints(await loadActivitySnapshot(prisma(), kept!.id))).toBe(first);
  });
});
