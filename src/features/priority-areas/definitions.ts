import "server-only";
import { findDecision } from "@/features/minutes/find-decision";
import { laterDecisionRefusal } from "@/features/proposals/decision-rules";
import { proposalViewerFor } from "@/features/proposals/proposal-context";
import { ActionError } from "@/server/actions/action-error";
import type { FormActionDefinition, TransactionClient } from "@/server/actions/form-action";
import type { Actor } from "@/server/auth/actor";
import { nextYearOf } from "./register";
import { laterDecisionSchema } from "./schemas";

function refuse(key: string, field?: string, values?: Record<string, string | number>): never {
  const message = `priorityAreas.refusals.${key}`;
  throw new ActionError(message, field ? { [field]: [message] } : {}, values);
}

/** The area, locked; the steering group's members and administrators decide on it. */
async function areaForDecision(tx: TransactionClient, actor: Actor, priorityAreaId: string, decisionId: string) {
  await tx.$queryRaw`SELECT "id" FROM "PriorityArea" WHERE "id" = ${priorityAreaId} FOR UPDATE`;
  const area = await tx.priorityArea.findFirst({
    where: { id: priorityAreaId, partnershipId: actor.partnershipId },
    include: { years: { select: { year: true } }, decision: { select: { meeting: { select: { startsAt: true } } } } },
  });
  if (!area) throw new ActionError("errors.notFound");
  const viewer = await proposalViewerFor(actor, tx);
  if (!viewer.isAdministrator && !viewer.isSteeringGroupMember) throw new ActionError("errors.forbidden");
  if (area.closedAt) refuse("closed");
  const decision = await findDecision(decisionId, tx);
  const refusal = laterDecisionRefusal(decision, { partnershipId: actor.partnershipId, after: area.decision.meeting.startsAt });
  if (refusal) refuse(refusal, "decisionId");
  return { area, decision: decision! };
}

/** A later decision continues the area into the year after its last. */
export const continuePriorityArea: FormActionDefinition<typeof laterDecisionSchema, { priorityAreaId: string; year: number }> = {
  schema: laterDecisionSchema,
  permission: "decision:make",
  successMessage: "priorityAreas.continuedMessage",
  onConflict: { field: "decisionId", message: "priorityAreas.refusals.yearExists" },
  async run({ input, actor, tx }) {
    const { area, decision } = await areaForDecision(tx, actor, input.priorityAreaId, input.decisionId);
    const year = nextYearOf(area)!;
    if (year > 2200) refuse("yearOutOfRange", "decisionId");
    // The decision is made in a year for the next: continuing an area into a year long gone is a mistake.
    if (year < decision.cycleYear) refuse("yearPassed", "decisionId", { year });
    await tx.priorityAreaYear.create({ data: { priorityAreaId: area.id, year, decisionId: decision.id } });
    return {
      audit: {
        action: "priority_area.continued",
        entityType: "PriorityArea",
        entityId: area.id,
        data: { before: { years: area.years.map((row) => row.year) }, after: { year, decisionId: decision.id, number: decision.number, meetingId: decision.meeting.id } },
      },
      result: { priorityAreaId: area.id, year },
    };
  },
};

/** A later decision closes the area: it is prioritised for no further year. */
export const closePriorityArea: FormActionDefinition<typeof laterDecisionSchema, { priorityAreaId: string }> = {
  schema: laterDecisionSchema,
  permission: "decision:make",
  successMessage: "priorityAreas.closedMessage",
  async run({ input, actor, tx }) {
    const { area, decision } = await areaForDecision(tx, actor, input.priorityAreaId, input.decisionId);
    const { count } = await tx.priorityArea.updateMany({ where: { id: area.id, closedAt: null }, data: { closedByDecisionId: decision.id, closedAt: new Date() } });
    if (count === 0) refuse("closed");
    return {
      audit: {
        action: "priority_area.closed",
        entityType: "PriorityArea",
        entityId: area.id,
        data: { after: { closedByDecisionId: decision.id, number: decision.number, meetingId: decision.meeting.id } },
      },
      result: { priorityAreaId: area.id },
    };
  },
};
