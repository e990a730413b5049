import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { meetingViewerFor } from "@/features/meetings/viewer";
import { ActionError } from "@/server/actions/action-error";
import type { TransactionClient } from "@/server/actions/form-action";
import type { Actor } from "@/server/auth/actor";
import { maySeeProposal, transitionRefusal, type ProposalAction, type ProposalStanding } from "./workflow";

/** The actor as the proposal rules see them, apart from authorship (which is per proposal). */
export type ProposalViewer = {
  userId: string;
  partnershipId: string;
  isAdministrator: boolean;
  isWorkingGroupMember: boolean;
  isSteeringGroupMember: boolean;
};

type Reader = Pick<Prisma.TransactionClient, "membership" | "group">;

/**
 * Loads the actor's standing: administrator or not, and whether they are today a member of the
 * partnership's working group and steering group. Pass the transaction inside actions.
 */
export async function proposalViewerFor(actor: Actor, reader: Reader): Promise<ProposalViewer> {
  const viewer = await meetingViewerFor(actor, reader);
  const groups = await reader.group.findMany({ where: { partnershipId: actor.partnershipId }, select: { id: true, kind: true } });
  const memberOf = (kind: "WORKING_GROUP" | "STEERING_GROUP") => groups.some((group) => group.kind === kind && (viewer?.groupRoles[group.id]?.length ?? 0) > 0);
  return {
    userId: actor.userId,
    partnershipId: actor.partnershipId,
    isAdministrator: actor.roles.includes("ADMINISTRATOR"),
    isWorkingGroupMember: memberOf("WORKING_GROUP"),
    isSteeringGroupMember: memberOf("STEERING_GROUP"),
  };
}

export function standingOf(viewer: ProposalViewer, proposal: { authorId: string | null }): ProposalStanding {
  return {
    isAuthor: proposal.authorId !== null && proposal.authorId === viewer.userId,
    isAdministrator: viewer.isAdministrator,
    isWorkingGroupMember: viewer.isWorkingGroupMember,
    isSteeringGroupMember: viewer.isSteeringGroupMember,
  };
}

/** A refusal by the proposal rules, shown as `proposals.refusals.<key>` (on a field when named). */
export function refuse(key: string, field?: string, values?: Record<string, string | number>): never {
  const message = `proposals.refusals.${key}`;
  throw new ActionError(message, field ? { [field]: [message] } : {}, values);
}

export const PROPOSAL_INCLUDE = {
  call: true,
  author: { select: { id: true, active: true, person: { select: { name: true } }, account: { select: { email: true } } } },
  thematicAreas: { select: { thematicAreaId: true } },
  units: { select: { unitId: true } },
  // The meeting that put the proposal forward: the steering group decides at that meeting or later.
  putForwardMeeting: { select: { startsAt: true } },
} as const;

/**
 * The proposal an action changes, locked until the transaction ends so that two transitions of one
 * proposal happen one after another; with the actor's standing. Someone who may not see the
 * proposal (another partnership's, or someone else's draft) is told it does not exist: the same
 * refusal as for an unknown id, before any rule could reveal its state.
 */
export async function proposalForChange(tx: TransactionClient, actor: Actor, proposalId: string) {
  await tx.$queryRaw`SELECT "id" FROM "Proposal" WHERE "id" = ${proposalId} FOR UPDATE`;
  const proposal = await tx.proposal.findFirst({ where: { id: proposalId, partnershipId: actor.partnershipId }, include: PROPOSAL_INCLUDE });
  if (!proposal) throw new ActionError("errors.notFound");
  const viewer = await proposalViewerFor(actor, tx);
  const standing = standingOf(viewer, proposal);
  if (!maySeeProposal(proposal, standing)) throw new ActionError("errors.notFound");
  return { proposal, viewer, standing };
}

export type ProposalForChange = Awaited<ReturnType<typeof proposalForChange>>;

/** Refuses the action unless the rules allow it to this actor in the proposal's state, and the form is current. */
export function requireTransition(context: ProposalForChange, action: ProposalAction, version: number): void {
  const refusal = transitionRefusal(action, context.proposal, context.standing);
  if (refusal === "forbidden") throw new ActionError("errors.forbidden");
  if (refusal) refuse(refusal, undefined, { status: context.proposal.status });
  if (context.proposal.version !== version) refuse("stale");
}

/** Writes a change guarded by the version the form carried, and bumps it. */
export async function updateGuarded(tx: TransactionClient, proposalId: string, version: number, data: Prisma.ProposalUncheckedUpdateManyInput): Promise<void> {
  const { count } = await tx.proposal.updateMany({ where: { id: proposalId, version }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) refuse("stale");
}
