import { randomUUID } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import type { DecisionSubject, GroupKind } from "@/generated/prisma/enums";
import { loadPlanSnapshot } from "@/features/activity-plans/snapshot-load";
import { instantFromStockholm } from "@/features/meetings/meeting-time";
import { BASE_ACTORS, isForeign, isoToday, prisma, unique, type ActorKey, type Fixture, type Row, type World } from "./action-table";

/**
 * Issue #8's table (action-table.ts), the rows of issue #6: activity plans, activities, carry-over,
 * follow-ups and results.
 *
 * Who may call:
 * - the plan's drafting steps (plan:edit) — administrators and the working group's current members;
 *   every other role is refused by the permission; another partnership's plan does not exist;
 * - adopting and closing (decision:make) — administrators and the steering group's members;
 * - following up an activity and recording or editing its results — administrators, the working
 *   group's current members and the activity's responsible people, whatever their role (the reader
 *   and the contributor below); the steering group reads but does not follow up; to those who may
 *   not read the activity at all (a draft plan's, outside the groups) it does not exist.
 *
 * The fixtures make their own plans, in years far from today (2120 and on, one plan per partnership
 * and year), so the demo plans of this year and next stay as seeded; each step's decision is fresh,
 * in the draft minutes of a held meeting of the plan's year, since a decision speaks for one plan.
 * The rows come from a function (`activityRows`), not a constant: this module and action-table.ts
 * import each other, and the rows can only be built once both are loaded.
 */

const PLAN_EDITORS: readonly ActorKey[] = ["workingGroupMember", "administrator", "workingGroupSecretary"];
// Functions: BASE_ACTORS is not there yet while this module loads (see above).
const planActors = (): readonly ActorKey[] => [...BASE_ACTORS, "workingGroupSecretary"];
const followUpActors = (): readonly ActorKey[] => [...BASE_ACTORS, "workingGroupSecretary", "otherContributor"];

let planYears = 0;
/** A plan year no other plan of the partnership has (the database takes 2000–2200). */
const unusedPlanYear = () => 2120 + ++planYears;

/** A decision in the draft minutes of a meeting of `group` held in `cycleYear` (an extra meeting: no cadence slot is taken). */
async function decisionAt(w: World, group: GroupKind, subject: DecisionSubject, cycleYear: number, preparedByMeetingId: string | null = null) {
  const p = prisma();
  const n = unique();
  // In the order of the year (time order): the working group proposes in March, the steering group adopts in May and follows up in November.
  const month = group === "WORKING_GROUP" ? "03" : subject === "FOLLOW_UP" ? "11" : "05";
  const date = `${cycleYear}-${month}-${String((n % 28) + 1).padStart(2, "0")}`;
  const meeting = await p.meeting.create({
    data: {
      groupId: w.groups[group],
      title: `Planmöte ${n}`,
      startsAt: instantFromStockholm(date, "10:00")!,
      endsAt: instantFromStockholm(date, "12:00")!,
      cycleYear,
      location: "Huddinge kommunhus",
      status: "HELD",
      isExtra: true,
      extraReason: "Prövning av behörigheter",
    },
  });
  const minutes = await p.minutes.create({ data: { meetingId: meeting.id, secretaryPersonId: w.people.maria! } });
  const decision = await p.decision.create({
    data: { minutesId: minutes.id, meetingId: meeting.id, number: 1, subject, title: `Verksamhetsplan ${cycleYear}`, text: "Gruppen beslutar.", preparedByMeetingId },
  });
  return { decisionId: decision.id, meetingId: meeting.id };
}

type PlanStatus = "DRAFT" | "PROPOSED" | "ADOPTED";

/**
 * A fresh plan of this partnership in a year of its own, with the decisions that took it to
 * `status`: proposed by the working group, adopted by the steering group prepared by that meeting.
 */
async function plan(w: World, status: PlanStatus, year = unusedPlanYear()) {
  const proposed = status === "DRAFT" ? null : await decisionAt(w, "WORKING_GROUP", "ACTIVITY_PLAN", year);
  const adopted = status === "ADOPTED" ? await decisionAt(w, "STEERING_GROUP", "ACTIVITY_PLAN", year, proposed!.meetingId) : null;
  const created = await prisma().activityPlan.create({
    data: {
      partnershipId: w.partnershipId,
      year,
      status,
      ...(proposed ? { proposedByDecisionId: proposed.decisionId, proposedAt: new Date() } : {}),
      ...(adopted ? { adoptedByDecisionId: adopted.decisionId, adoptedAt: new Date() } : {}),
    },
  });
  // The plan as adopted is its revision 0, as adoptPlan keeps it; later changes are revisions with a reason.
  if (adopted) {
    const snapshot = (await loadPlanSnapshot(prisma(), created.id)) as unknown as Prisma.InputJsonObject;
    await prisma().activityPlanRevision.create({ data: { planId: created.id, number: 0, reason: "", snapshot } });
  }
  return { ...created, proposingMeetingId: proposed?.meetingId ?? null };
}

/**
 * The plans the activity rows share, one set per world: a draft (new, changed and removed
 * activities), an adopted plan (follow-ups, results, the activities carried over) and the draft of
 * the year after it (where carried-over activities go).
 */
const shared = new WeakMap<World, Promise<{ draft: { id: string; year: number }; adopted: { id: string; year: number } }>>();
function sharedPlans(w: World) {
  let plans = shared.get(w);
  if (!plans) {
    plans = (async () => {
      const draft = await plan(w, "DRAFT");
      const [adoptedYear, nextYear] = [unusedPlanYear(), unusedPlanYear()];
      const adopted = await plan(w, "ADOPTED", adoptedYear);
      await plan(w, "DRAFT", nextYear);
      return { draft: { id: draft.id, year: draft.year }, adopted: { id: adopted.id, year: adopted.year } };
    })();
    shared.set(w, plans);
  }
  return plans;
}

type Responsible = { municipalResponsibleId?: string; universityResponsibleId?: string };

/** A fresh activity of the shared draft or adopted plan, with one indicator; `responsible` names its responsible people. */
async function activity(w: World, which: "draft" | "adopted", responsible: Responsible = {}) {
  const target = (await sharedPlans(w))[which];
  return prisma().activity.create({
    data: {
      planId: target.id,
      title: `Aktivitet ${unique()}`,
      focusArea: "EDUCATION_AND_COMPETENCE",
      startsOn: new Date(`${target.year}-02-01T00:00:00Z`),
      endsOn: new Date(`${target.year}-11-30T00:00:00Z`),
      ...responsible,
      indicators: { create: [{ name: "Deltagare", unit: "personer", targetValue: 20, sortOrder: 0 }] },
    },
    include: { indicators: true, plan: { select: { year: true } } },
  });
}

/** The reader's, the contributor's own person as an activity's municipal or university responsible. */
const responsibleFor = (w: World, who: "reader" | "contributor"): Responsible =>
  who === "reader" ? { municipalResponsibleId: w.actors.reader!.personId } : { universityResponsibleId: w.actors.contributor!.personId };

/** The activity form's fields, valid for a plan of `year`. */
function activityFields(year: number) {
  return { title: `Ny aktivitet ${unique()}`, description: "", focusArea: "EDUCATION_AND_COMPETENCE", startsOn: `${year}-03-01`, endsOn: `${year}-10-31`, expectedResults: "", reason: "" };
}

async function followUpFields(w: World, which: "draft" | "adopted", responsible: Responsible = {}): Promise<Fixture> {
  const target = await activity(w, which, responsible);
  return {
    fields: {
      activityId: target.id,
      version: String(target.version),
      seenFollowUpId: "",
      status: "ON_TRACK",
      progress: "40",
      narrative: "Arbetet går enligt plan.",
      results: "",
      [`outcome-${target.indicators[0]!.id}`]: "8",
    },
  };
}

const resultContent = () => ({ kind: "REPORT", title: `Rapport ${unique()}`, authors: "Karin Sjöberg", date: isoToday(), identifier: "", url: "", description: "", mayPublish: "yes" });

async function createResultFields(w: World, which: "draft" | "adopted", responsible: Responsible = {}): Promise<Fixture> {
  const target = await activity(w, which, responsible);
  return { fields: { activityId: target.id, ...resultContent(), submissionKey: randomUUID() } };
}

/** A result of a fresh activity of the adopted plan, and the edit form for it (moved to `moveTo` when given). */
async function editResultFields(w: World, responsible: Responsible, moveTo?: Responsible): Promise<Fixture> {
  const source = await activity(w, "adopted", responsible);
  const result = await prisma().result.create({
    data: { partnershipId: w.partnershipId, activityId: source.id, kind: "REPORT", title: `Resultat ${unique()}`, date: new Date(`${isoToday()}T00:00:00Z`) },
  });
  const activityId = moveTo ? (await activity(w, "adopted", moveTo)).id : source.id;
  return { fields: { resultId: result.id, version: String(result.version), activityId, ...resultContent() } };
}

/** The follow-up rows of one definition: for the reader's activity, the contributor's, and a draft plan's (with and without the reader responsible). */
function followUpRows(definition: "recordFollowUp" | "createResult", fields: (w: World, which: "draft" | "adopted", responsible?: Responsible) => Promise<Fixture>, notAdopted: string): Row[] {
  const FOLLOW_UP_ACTORS = followUpActors();
  return [
    {
      name: `${definition} (an activity the reader is responsible for: they, the working group and administrators)`,
      definition,
      actors: FOLLOW_UP_ACTORS,
      allow: ["reader", ...PLAN_EDITORS],
      fixture: (w) => fields(w, "adopted", responsibleFor(w, "reader")),
    },
    {
      name: `${definition} (an activity the contributor is responsible for: not another contributor)`,
      definition,
      actors: FOLLOW_UP_ACTORS,
      allow: ["contributor", ...PLAN_EDITORS],
      fixture: (w) => fields(w, "adopted", responsibleFor(w, "contributor")),
    },
    {
      name: `${definition} (a draft plan's activity: not found outside the groups, not followed up by anyone)`,
      definition,
      actors: FOLLOW_UP_ACTORS,
      allow: [],
      refusal: notAdopted,
      refusalFor: { reader: "errors.notFound", contributor: "errors.notFound", otherContributor: "errors.notFound", steeringGroupMember: "errors.forbidden" },
      noValidFixture: "Only an adopted plan's activities are followed up and have results.",
      fixture: (w) => fields(w, "draft"),
    },
    {
      name: `${definition} (a draft plan's activity the reader is responsible for: not found for them either, as its page says)`,
      definition,
      actors: FOLLOW_UP_ACTORS,
      allow: [],
      refusal: notAdopted,
      refusalFor: { reader: "errors.notFound", contributor: "errors.notFound", otherContributor: "errors.notFound", steeringGroupMember: "errors.forbidden" },
      noValidFixture: "Only an adopted plan's activities are followed up and have results.",
      fixture: (w) => fields(w, "draft", responsibleFor(w, "reader")),
    },
  ];
}

export function activityRows(): Row[] {
  const PLAN_ACTORS = planActors();
  const FOLLOW_UP_ACTORS = followUpActors();
  return [
    // The plan's drafting steps: administrators and the working group's members.
    {
      name: "createPlan (a plan of the actor's own partnership)",
      definition: "createPlan",
      actors: PLAN_ACTORS,
      allow: PLAN_EDITORS,
      // The other partnership's administrator starts a plan of their own partnership.
      foreign: "own",
      fixture: async (w, as) => {
        // Plans are one per partnership and year, and may only be started up to two years ahead:
        // the year is made free again for each call (the demo plans hold this year and next).
        const year = w.year + 2;
        const partnershipId = isForeign(as) ? w.otherPartnershipId : w.partnershipId;
        await prisma().activityPlan.deleteMany({ where: { partnershipId, year } });
        return { fields: { year: String(year) } };
      },
    },
    {
      name: "editPlanSummary",
      definition: "editPlanSummary",
      actors: PLAN_ACTORS,
      allow: PLAN_EDITORS,
      fixture: async (w) => {
        const draft = await plan(w, "DRAFT");
        return { fields: { planId: draft.id, version: String(draft.version), summary: `Sammanfattning ${unique()}`, baseline: "" } };
      },
    },
    {
      name: "proposePlan (by the working group's decision on the plan)",
      definition: "proposePlan",
      actors: PLAN_ACTORS,
      allow: PLAN_EDITORS,
      fixture: async (w) => {
        const draft = await plan(w, "DRAFT");
        const { decisionId } = await decisionAt(w, "WORKING_GROUP", "ACTIVITY_PLAN", draft.year);
        return { fields: { planId: draft.id, version: String(draft.version), decisionId } };
      },
    },
    {
      name: "returnPlanToDraft",
      definition: "returnPlanToDraft",
      actors: PLAN_ACTORS,
      allow: PLAN_EDITORS,
      fixture: async (w) => {
        const proposed = await plan(w, "PROPOSED");
        return { fields: { planId: proposed.id, version: String(proposed.version) } };
      },
    },
    // Adopting and closing: administrators and the steering group's members.
    {
      name: "adoptPlan (by the steering group's decision prepared by the proposing meeting)",
      definition: "adoptPlan",
      actors: PLAN_ACTORS,
      allow: ["steeringGroupMember", "administrator"],
      fixture: async (w) => {
        const proposed = await plan(w, "PROPOSED");
        const { decisionId } = await decisionAt(w, "STEERING_GROUP", "ACTIVITY_PLAN", proposed.year, proposed.proposingMeetingId);
        return { fields: { planId: proposed.id, version: String(proposed.version), decisionId } };
      },
    },
    {
      name: "closePlan (by the steering group's decision on the follow-up)",
      definition: "closePlan",
      actors: PLAN_ACTORS,
      allow: ["steeringGroupMember", "administrator"],
      fixture: async (w) => {
        const adopted = await plan(w, "ADOPTED");
        const { decisionId } = await decisionAt(w, "STEERING_GROUP", "FOLLOW_UP", adopted.year);
        return { fields: { planId: adopted.id, version: String(adopted.version), decisionId } };
      },
    },

    // The plan's activities: as the plan's drafting steps.
    {
      name: "createActivity (in a draft plan)",
      definition: "createActivity",
      actors: PLAN_ACTORS,
      allow: PLAN_EDITORS,
      fixture: async (w) => {
        const { draft } = await sharedPlans(w);
        return { fields: { planId: draft.id, ...activityFields(draft.year) } };
      },
    },
    {
      name: "editActivity (in a draft plan)",
      definition: "editActivity",
      actors: PLAN_ACTORS,
      allow: PLAN_EDITORS,
      fixture: async (w) => {
        const target = await activity(w, "draft");
        return {
          fields: {
            activityId: target.id,
            version: String(target.version),
            baseline: "",
            ...activityFields(target.plan.year),
            indicator0Id: target.indicators[0]!.id,
            indicator0Name: "Deltagare",
            indicator0Unit: "personer",
            indicator0Target: "25",
          },
        };
      },
    },
    {
      name: "removeActivity (from a draft plan)",
      definition: "removeActivity",
      actors: PLAN_ACTORS,
      allow: PLAN_EDITORS,
      fixture: async (w) => {
        const target = await activity(w, "draft");
        return { fields: { activityId: target.id, version: String(target.version), reason: "" } };
      },
    },
    {
      name: "removeActivity (from an adopted plan: kept, marked removed, by a revision with a reason)",
      definition: "removeActivity",
      actors: PLAN_ACTORS,
      allow: PLAN_EDITORS,
      fixture: async (w) => {
        const target = await activity(w, "adopted");
        return { fields: { activityId: target.id, version: String(target.version), reason: "Genomförs inte i år" } };
      },
    },
    {
      name: "carryOverActivity (an unfinished activity of an adopted plan, to next year's draft)",
      definition: "carryOverActivity",
      actors: PLAN_ACTORS,
      allow: PLAN_EDITORS,
      fixture: async (w) => ({ fields: { activityId: (await activity(w, "adopted")).id, reason: "" } }),
    },

    // Following up and results: the activity's responsible people too, whatever their role.
    ...followUpRows("recordFollowUp", followUpFields, "followUps.refusals.planNotAdopted"),
    ...followUpRows("createResult", createResultFields, "results.refusals.planNotAdopted"),
    {
      name: "editResult (of an activity the reader is responsible for)",
      definition: "editResult",
      actors: FOLLOW_UP_ACTORS,
      allow: ["reader", ...PLAN_EDITORS],
      fixture: (w) => editResultFields(w, responsibleFor(w, "reader")),
    },
    {
      name: "editResult (of an activity the contributor is responsible for: not another contributor)",
      definition: "editResult",
      actors: FOLLOW_UP_ACTORS,
      allow: ["contributor", ...PLAN_EDITORS],
      fixture: (w) => editResultFields(w, responsibleFor(w, "contributor")),
    },
    {
      name: "editResult (the reader's, moved to an activity they are not responsible for)",
      definition: "editResult",
      actors: ["reader", "contributor", "workingGroupMember", "administrator"],
      allow: ["workingGroupMember", "administrator"],
      fixture: (w) => editResultFields(w, responsibleFor(w, "reader"), responsibleFor(w, "contributor")),
    },
  ];
}
