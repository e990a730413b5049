import "server-only";
import { ActionError } from "@/server/actions/action-error";
import type { FormActionDefinition, TransactionClient } from "@/server/actions/form-action";
import { checkActivityContent } from "./activity-checks";
import { writeIndicators } from "./indicator-writes";
import { activityChangeMode, activityChangeRefusal, mayEditPlan, type PlanStatus } from "./lifecycle";
import { activityForChange, bumpPlanVersion, planForChange, refuse } from "./plan-context";
import { loadActivitySnapshot, writeRevision } from "./revisions";
import { createActivitySchema, editActivitySchema, removeActivitySchema, type ActivityContent } from "./schemas";
import { changedFields, fieldsChangedSince, type ActivityField } from "./snapshot-diff";

type ActivityResult = { activityId: string; planId: string; year: number; revision: number | null };

/** The activity's own columns from the form's content. */
function activityData(content: ActivityContent) {
  return {
    title: content.title,
    description: content.description,
    priorityAreaId: content.priorityAreaId,
    focusArea: content.focusArea,
    thematicAreaId: content.thematicAreaId,
    dimensions: content.dimensions,
    collaborationKinds: content.collaborationKinds,
    municipalResponsibleId: content.municipalResponsibleId,
    universityResponsibleId: content.universityResponsibleId,
    municipalUnitId: content.municipalUnitId,
    universityUnitId: content.universityUnitId,
    startsOn: content.startsOn,
    endsOn: content.endsOn,
    expectedResults: content.expectedResults,
  };
}

/** Refuses a change to the plan's activities that its state does not allow, or one without the reason a revision needs. */
function requireActivityChange(standing: Parameters<typeof mayEditPlan>[0], status: PlanStatus, reason: string): void {
  if (!mayEditPlan(standing)) throw new ActionError("errors.forbidden");
  const refusal = activityChangeRefusal(status, reason);
  if (refusal) refuse(refusal, refusal === "reasonRequired" ? "reason" : undefined);
}

/** After a change to an adopted plan: the plan as it now stands is its next revision. */
async function afterChange(tx: TransactionClient, plan: { id: string; status: PlanStatus }, reason: string, userId: string): Promise<number | null> {
  await bumpPlanVersion(tx, plan.id);
  return activityChangeMode(plan.status) === "revision" ? writeRevision(tx, plan.id, reason, userId) : null;
}

/** The form field that shows each field of the activity. */
const FORM_FIELD: Record<ActivityField, string> = {
  title: "title",
  description: "description",
  priorityArea: "priorityAreaId",
  focusArea: "focusArea",
  thematicArea: "thematicAreaId",
  dimensions: "dimensions",
  collaborationKinds: "collaborationKinds",
  municipalResponsible: "municipalResponsibleId",
  universityResponsible: "universityResponsibleId",
  municipalUnit: "municipalUnitId",
  universityUnit: "universityUnitId",
  startsOn: "startsOn",
  endsOn: "endsOn",
  expectedResults: "expectedResults",
  indicators: "indicators",
};

/** A new activity in a draft, or in an adopted plan by a revision with a reason. */
export const createActivity: FormActionDefinition<typeof createActivitySchema, ActivityResult> = {
  schema: createActivitySchema,
  permission: "plan:edit",
  successMessage: "activityPlans.activityCreated",
  async run({ input, actor, tx }) {
    const { plan, standing } = await planForChange(tx, actor, input.planId);
    requireActivityChange(standing, plan.status, input.reason);
    await checkActivityContent(tx, actor.partnershipId, plan.year, input, null);
    const activity = await tx.activity.create({ data: { planId: plan.id, ...activityData(input) } });
    await writeIndicators(tx, activity.id, input.indicators, input.clearedIndicators, []);
    const revision = await afterChange(tx, plan, input.reason, actor.userId);
    return {
      audit: {
        action: "activity.created",
        entityType: "Activity",
        entityId: activity.id,
        data: { planId: plan.id, year: plan.year, revision, reason: input.reason || null, after: await loadActivitySnapshot(tx, activity.id) },
      },
      result: { activityId: activity.id, planId: plan.id, year: plan.year, revision },
    };
  },
};

/**
 * Every field of an activity. The form carries the version it was rendered from and fingerprints
 * of what it showed: a stale save is refused, with the fields someone else changed marked.
 */
export const editActivity: FormActionDefinition<typeof editActivitySchema, ActivityResult> = {
  schema: editActivitySchema,
  permission: "plan:edit",
  successMessage: "activityPlans.activitySaved",
  async run({ input, actor, tx }) {
    const { plan, standing, activity } = await activityForChange(tx, actor, input.activityId);
    requireActivityChange(standing, plan.status, input.reason);
    if (activity.removedAt) refuse("activityRemoved");
    const before = await loadActivitySnapshot(tx, activity.id);
    if (activity.version !== input.version) {
      // The form's baseline says which fields someone else changed; a change elsewhere (a follow-up) marks none.
      const fields = input.baseline === "" ? [] : fieldsChangedSince(input.baseline, before);
      if (fields.length === 0) refuse("activityStale");
      throw new ActionError("activityPlans.refusals.activityChanged", Object.fromEntries(fields.map((field) => [FORM_FIELD[field], ["activityPlans.refusals.changedByOther"]])));
    }
    await checkActivityContent(tx, actor.partnershipId, plan.year, input, activity);
    const { count } = await tx.activity.updateMany({ where: { id: activity.id, version: input.version }, data: { ...activityData(input), version: { increment: 1 } } });
    if (count === 0) refuse("activityStale");
    await writeIndicators(tx, activity.id, input.indicators, input.clearedIndicators, activity.indicators);
    const after = await loadActivitySnapshot(tx, activity.id);
    const changes = changedFields(before, after);
    // A revision records a change: an adopted plan saved unchanged would only add noise to its history.
    if (changes.length === 0 && activityChangeMode(plan.status) === "revision") refuse("noChange");
    const revision = await afterChange(tx, plan, input.reason, actor.userId);
    return {
      audit: {
        action: "activity.edited",
        entityType: "Activity",
        entityId: activity.id,
        data: { planId: plan.id, year: plan.year, revision, reason: input.reason || null, changes: changes.map((change) => change.field), before, after },
      },
      result: { activityId: activity.id, planId: plan.id, year: plan.year, revision },
    };
  },
};

/**
 * Takes an activity out of the plan. From an adopted plan it is kept, marked removed, with its
 * follow-ups and results (a revision with a reason); from a draft it is deleted when nothing refers
 * to it (follow-ups, results, a continuation), and marked removed otherwise.
 */
export const removeActivity: FormActionDefinition<typeof removeActivitySchema, ActivityResult & { deleted: boolean }> = {
  schema: removeActivitySchema,
  permission: "plan:edit",
  successMessage: "activityPlans.activityRemoved",
  async run({ input, actor, tx }) {
    const { plan, standing, activity } = await activityForChange(tx, actor, input.activityId);
    requireActivityChange(standing, plan.status, input.reason);
    if (activity.removedAt) refuse("activityRemoved");
    if (activity.version !== input.version) refuse("activityStale");
    const before = await loadActivitySnapshot(tx, activity.id);
    const referenced = activity._count.followUps > 0 || activity._count.results > 0 || activity.carriedOverTo !== null;
    const deleted = activityChangeMode(plan.status) === "free" && !referenced;
    if (deleted) await tx.activity.delete({ where: { id: activity.id } });
    else await tx.activity.update({ where: { id: activity.id }, data: { removedAt: new Date(), version: { increment: 1 } } });
    const revision = await afterChange(tx, plan, input.reason, actor.userId);
    return {
      audit: {
        action: deleted ? "activity.deleted" : "activity.removed",
        entityType: "Activity",
        entityId: activity.id,
        data: { planId: plan.id, year: plan.year, revision, reason: input.reason || null, before },
      },
      result: { activityId: activity.id, planId: plan.id, year: plan.year, revision, deleted },
    };
  },
};
