import "server-only";
import { ActionError } from "@/server/actions/action-error";
import type { FormActionDefinition } from "@/server/actions/form-action";
import { carriedPeriod, carryOverRefusal } from "./carry-over";
import { activityChangeMode, mayEditPlan, maySeePlan } from "./lifecycle";
import { bumpPlanVersion, planForChange, planStandingFor, refuse } from "./plan-context";
import { loadActivitySnapshot, writeRevision } from "./revisions";
import { carryOverSchema } from "./schemas";

type CarryOverResult = { activityId: string; fromActivityId: string; year: number; revision: number | null };

/**
 * An unfinished activity of an adopted plan continues in next year's plan: a new activity with the
 * same content and indicators (targets, not outcomes) that names the one it continues. Next year's
 * plan must be a draft, or adopted (then it is a revision with a reason). Once per activity.
 */
export const carryOverActivity: FormActionDefinition<typeof carryOverSchema, CarryOverResult> = {
  schema: carryOverSchema,
  permission: "plan:edit",
  successMessage: "activityPlans.carriedOver",
  async run({ input, actor, tx }) {
    const found = await tx.activity.findFirst({
      where: { id: input.activityId, plan: { partnershipId: actor.partnershipId } },
      select: { plan: { select: { year: true, status: true } } },
    });
    if (!found) throw new ActionError("errors.notFound");
    const standing = await planStandingFor(actor, tx);
    if (!maySeePlan(found.plan.status, standing)) throw new ActionError("errors.notFound");
    if (!mayEditPlan(standing)) throw new ActionError("errors.forbidden");
    const year = found.plan.year + 1;

    // Next year's plan is the one changed: its lock first, then the activity's.
    const targetRow = await tx.activityPlan.findFirst({ where: { partnershipId: actor.partnershipId, year }, select: { id: true } });
    const target = targetRow ? (await planForChange(tx, actor, targetRow.id)).plan : null;
    await tx.$queryRaw`SELECT "id" FROM "Activity" WHERE "id" = ${input.activityId} FOR UPDATE`;
    const source = await tx.activity.findUniqueOrThrow({
      where: { id: input.activityId },
      include: { plan: { select: { status: true } }, carriedOverTo: { select: { id: true } }, indicators: { orderBy: [{ sortOrder: "asc" }, { id: "asc" }] } },
    });
    const refusal = carryOverRefusal({
      activity: { status: source.status, removedAt: source.removedAt, carriedOverToId: source.carriedOverTo?.id ?? null },
      sourcePlanStatus: source.plan.status,
      target,
      reason: input.reason,
    });
    if (refusal) refuse(refusal, refusal === "reasonRequired" ? "reason" : undefined, { year });
    const plan = target!;

    // The priority area goes along only if the register has it for the new year too.
    const keepsArea = source.priorityAreaId !== null && (await tx.priorityAreaYear.findFirst({ where: { priorityAreaId: source.priorityAreaId, year }, select: { year: true } })) !== null;
    const period = carriedPeriod(source, year);
    const activity = await tx.activity.create({
      data: {
        planId: plan.id,
        carriedOverFromId: source.id,
        title: source.title,
        description: source.description,
        priorityAreaId: keepsArea ? source.priorityAreaId : null,
        focusArea: source.focusArea,
        thematicAreaId: source.thematicAreaId,
        dimensions: source.dimensions,
        collaborationKinds: source.collaborationKinds,
        municipalResponsibleId: source.municipalResponsibleId,
        universityResponsibleId: source.universityResponsibleId,
        municipalUnitId: source.municipalUnitId,
        universityUnitId: source.universityUnitId,
        startsOn: period.startsOn,
        endsOn: period.endsOn,
        expectedResults: source.expectedResults,
        indicators: { create: source.indicators.map((indicator, position) => ({ name: indicator.name, unit: indicator.unit, targetValue: indicator.targetValue, sortOrder: position })) },
      },
    });
    await bumpPlanVersion(tx, plan.id);
    const revision = activityChangeMode(plan.status) === "revision" ? await writeRevision(tx, plan.id, input.reason, actor.userId) : null;
    return {
      audit: {
        action: "activity.carried_over",
        entityType: "Activity",
        entityId: activity.id,
        data: { fromActivityId: source.id, planId: plan.id, year, revision, reason: input.reason || null, after: await loadActivitySnapshot(tx, activity.id) },
      },
      result: { activityId: activity.id, fromActivityId: source.id, year, revision },
    };
  },
};
