import "server-only";
import { ActionError } from "@/server/actions/action-error";
import type { FormActionDefinition } from "@/server/actions/form-action";
import { callDatesRefusal, deadlineInstant, openingInstant, reopenRefusal } from "./deadline";
import { refuse } from "./proposal-context";
import { openCallSchema, reopenCallSchema } from "./schemas";

/** Calls are the administrators' (issue #5, item 2). */
function requireAdministrator(actor: { roles: readonly string[] }): void {
  if (!actor.roles.includes("ADMINISTRATOR")) throw new ActionError("errors.forbidden");
}

/** A call for proposals for one cycle, open from a day to the end of its deadline day (Stockholm). One per cycle. */
export const openCall: FormActionDefinition<typeof openCallSchema, { callId: string }> = {
  schema: openCallSchema,
  permission: "proposal:review",
  successMessage: "proposals.calls.opened",
  onConflict: { field: "cycleYear", message: "proposals.refusals.callExists" },
  async run({ input, actor, tx }) {
    requireAdministrator(actor);
    const opensAt = openingInstant(input.opensOn);
    const deadline = deadlineInstant(input.deadlineOn);
    if (!opensAt) throw new ActionError("errors.validation", { opensOn: ["validation.date"] });
    if (!deadline) throw new ActionError("errors.validation", { deadlineOn: ["validation.date"] });
    const refusal = callDatesRefusal(opensAt, deadline, new Date());
    if (refusal) refuse(refusal, "deadlineOn");
    const existing = await tx.proposalCall.findFirst({ where: { partnershipId: actor.partnershipId, cycleYear: input.cycleYear }, select: { id: true } });
    if (existing) refuse("callExists", "cycleYear");
    const call = await tx.proposalCall.create({
      data: {
        partnershipId: actor.partnershipId,
        cycleYear: input.cycleYear,
        title: input.callTitle,
        description: input.callDescription,
        opensAt,
        deadline,
        createdById: actor.userId,
      },
    });
    return {
      audit: {
        action: "proposal_call.opened",
        entityType: "ProposalCall",
        entityId: call.id,
        data: { after: { cycleYear: call.cycleYear, title: call.title, opensAt: opensAt.toISOString(), deadline: deadline.toISOString() } },
      },
      result: { callId: call.id },
    };
  },
};

/**
 * A new deadline, with the reason: proposals are taken again until it passes, and the working group
 * is told again when it does.
 */
export const reopenCall: FormActionDefinition<typeof reopenCallSchema, { callId: string }> = {
  schema: reopenCallSchema,
  permission: "proposal:review",
  successMessage: "proposals.calls.reopenedMessage",
  async run({ input, actor, tx }) {
    requireAdministrator(actor);
    const call = await tx.proposalCall.findFirst({ where: { id: input.callId, partnershipId: actor.partnershipId } });
    if (!call) throw new ActionError("errors.notFound");
    const deadline = deadlineInstant(input.deadlineOn);
    if (!deadline) throw new ActionError("errors.validation", { deadlineOn: ["validation.date"] });
    const refusal = reopenRefusal(call, deadline, new Date());
    if (refusal) refuse(refusal, "deadlineOn");
    const reopenedAt = new Date();
    const { count } = await tx.proposalCall.updateMany({
      where: { id: call.id, version: input.version },
      data: { deadline, reopenedAt, reopenReason: input.reopenReason, deadlineNotifiedAt: null, version: { increment: 1 } },
    });
    if (count === 0) refuse("stale");
    return {
      audit: {
        action: "proposal_call.reopened",
        entityType: "ProposalCall",
        entityId: call.id,
        data: {
          before: { deadline: call.deadline.toISOString(), reopenReason: call.reopenReason },
          after: { deadline: deadline.toISOString(), reopenReason: input.reopenReason },
        },
      },
      result: { callId: call.id },
    };
  },
};
