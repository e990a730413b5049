import "server-only";
import { ActionError } from "@/server/actions/action-error";
import type { FieldErrors } from "@/lib/forms/form-checks";
import type { FormActionDefinition, TransactionClient } from "@/server/actions/form-action";
import type { Actor } from "@/server/auth/actor";
import { callDatesRefusal, deadlineInstant, openingInstant, reopenRefusal } from "./deadline";
import { refuse } from "./proposal-context";
import { openCallSchema, reopenCallSchema } from "./schemas";

/** Calls are the administrators' (issue #5, item 2). */
function requireAdministrator(actor: { roles: readonly string[] }): void {
  if (!actor.roles.includes("ADMINISTRATOR")) throw new ActionError("errors.forbidden");
}

/**
 * A call form's errors, all of them, refused with the first refusal's message when there is one (it
 * says more than "check the form"): a deadline before the opening or already past, a taken cycle.
 */
function reportCallErrors(errors: FieldErrors): FieldErrors {
  const refusal = Object.values(errors).flat().find((key) => key?.startsWith("proposals.refusals."));
  if (refusal) throw new ActionError(refusal, errors as Record<string, string[]>);
  return errors;
}

/**
 * The days as instants: null for a day that does not exist (30 February), undefined when the field
 * did not parse (it has its own error).
 */
const instantOf = (day: string | undefined, instant: (day: string) => Date | null) => (day === undefined ? undefined : instant(day));

/** A call for proposals for one cycle, open from a day to the end of its deadline day (Stockholm). One per cycle. */
export const openCall: FormActionDefinition<typeof openCallSchema, { callId: string }> = {
  schema: openCallSchema,
  permission: "proposal:review",
  successMessage: "proposals.calls.opened",
  onConflict: { field: "cycleYear", message: "proposals.refusals.callExists" },
  /** The days and the cycle against the calls there are; also when other fields failed, on the fields that parsed. */
  async check({ input, actor, tx }) {
    requireAdministrator(actor);
    const errors: FieldErrors = {};
    const opensAt = instantOf(input.opensOn, openingInstant);
    const deadline = instantOf(input.deadlineOn, deadlineInstant);
    if (opensAt === null) errors.opensOn = ["validation.date"];
    if (deadline === null) errors.deadlineOn = ["validation.date"];
    const refusal = opensAt && deadline ? callDatesRefusal(opensAt, deadline, new Date()) : null;
    if (refusal) errors.deadlineOn = [`proposals.refusals.${refusal}`];
    if (input.cycleYear !== undefined && (await tx.proposalCall.findFirst({ where: { partnershipId: actor.partnershipId, cycleYear: input.cycleYear }, select: { id: true } }))) {
      errors.cycleYear = ["proposals.refusals.callExists"];
    }
    return reportCallErrors(errors);
  },
  // After the check: the days exist and are in order, and the cycle has no call.
  async run({ input, actor, tx }) {
    requireAdministrator(actor);
    const opensAt = openingInstant(input.opensOn)!;
    const deadline = deadlineInstant(input.deadlineOn)!;
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

async function callToReopen(tx: TransactionClient, actor: Actor, callId: string) {
  const call = await tx.proposalCall.findFirst({ where: { id: callId, partnershipId: actor.partnershipId } });
  if (!call) throw new ActionError("errors.notFound");
  return call;
}

/**
 * A new deadline, with the reason: proposals are taken again until it passes, and the working group
 * is told again when it does.
 */
export const reopenCall: FormActionDefinition<typeof reopenCallSchema, { callId: string }> = {
  schema: reopenCallSchema,
  permission: "proposal:review",
  successMessage: "proposals.calls.reopenedMessage",
  /** The new deadline against the call's opening and today; also when other fields failed. */
  async check({ input, actor, tx }) {
    requireAdministrator(actor);
    if (input.callId === undefined) return {};
    const call = await callToReopen(tx, actor, input.callId);
    const deadline = instantOf(input.deadlineOn, deadlineInstant);
    if (deadline === null) return { deadlineOn: ["validation.date"] };
    const refusal = deadline ? reopenRefusal(call, deadline, new Date()) : null;
    return reportCallErrors(refusal ? { deadlineOn: [`proposals.refusals.${refusal}`] } : {});
  },
  // After the check: the call is there and the new deadline is ahead.
  async run({ input, actor, tx }) {
    requireAdministrator(actor);
    const call = await callToReopen(tx, actor, input.callId);
    const deadline = deadlineInstant(input.deadlineOn)!;
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
