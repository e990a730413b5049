import "server-only";
import { findDecision } from "@/features/minutes/find-decision";
import type { FormActionDefinition } from "@/server/actions/form-action";
import { appOrigin } from "@/server/public-origin";
import { decidingRefusal, offeredYears, prioritisedYearsRefusal, putForwardRefusal } from "./decision-rules";
import { notifyAuthor } from "./notifications";
import { proposalForChange, refuse, requireTransition, updateGuarded } from "./proposal-context";
import { commentSchema, decideSchema, putForwardSchema, recommendSchema, transitionSchema } from "./schemas";

type TransitionResult = { proposalId: string; status: string };

/** The cycle a proposal belongs to: its call's. Submitted proposals always have a call. */
function cycleOf(context: { proposal: { call: { cycleYear: number } | null } }): number {
  if (!context.proposal.call) refuse("noCall");
  return context.proposal.call.cycleYear;
}

/** A working-group member (or an administrator) takes a submitted proposal up for review. */
export const startReview: FormActionDefinition<typeof transitionSchema, TransitionResult> = {
  schema: transitionSchema,
  permission: "proposal:review",
  successMessage: "proposals.reviewStarted",
  async run({ input, actor, tx }) {
    const context = await proposalForChange(tx, actor, input.proposalId);
    requireTransition(context, "startReview", input.version);
    await updateGuarded(tx, input.proposalId, input.version, { status: "UNDER_REVIEW" });
    await notifyAuthor(tx, { partnershipId: actor.partnershipId, proposal: context.proposal, status: "UNDER_REVIEW", origin: await appOrigin() });
    return {
      audit: { action: "proposal.review_started", entityType: "Proposal", entityId: input.proposalId, data: { before: { status: "SUBMITTED" }, after: { status: "UNDER_REVIEW" } } },
      result: { proposalId: input.proposalId, status: "UNDER_REVIEW" },
    };
  },
};

/** A working-group member's comment while the proposal is under review. The version moves, so comments are in order. */
export const addComment: FormActionDefinition<typeof commentSchema, { commentId: string }> = {
  schema: commentSchema,
  permission: "proposal:review",
  successMessage: "proposals.commentAdded",
  async run({ input, actor, tx }) {
    const context = await proposalForChange(tx, actor, input.proposalId);
    requireTransition(context, "comment", input.version);
    const comment = await tx.proposalComment.create({ data: { proposalId: input.proposalId, authorId: actor.userId, text: input.comment } });
    await updateGuarded(tx, input.proposalId, input.version, {});
    return {
      audit: { action: "proposal.commented", entityType: "ProposalComment", entityId: comment.id, data: { proposalId: input.proposalId, after: { text: input.comment } } },
      result: { commentId: comment.id },
    };
  },
};

/** The working group's recommendation with its reasoning; it may be changed until the proposal is put forward. */
export const recordRecommendation: FormActionDefinition<typeof recommendSchema, TransitionResult> = {
  schema: recommendSchema,
  permission: "proposal:review",
  successMessage: "proposals.recommendationRecorded",
  async run({ input, actor, tx }) {
    const context = await proposalForChange(tx, actor, input.proposalId);
    requireTransition(context, "recommend", input.version);
    const before = { recommendation: context.proposal.recommendation, recommendationReason: context.proposal.recommendationReason };
    await updateGuarded(tx, input.proposalId, input.version, {
      recommendation: input.recommendation,
      recommendationReason: input.recommendationReason,
      recommendedAt: new Date(),
    });
    return {
      audit: {
        action: "proposal.recommended",
        entityType: "Proposal",
        entityId: input.proposalId,
        data: { before, after: { recommendation: input.recommendation, recommendationReason: input.recommendationReason } },
      },
      result: { proposalId: input.proposalId, status: context.proposal.status },
    };
  },
};

/**
 * Put forward to the steering group by the working group's decision on priority areas, recorded in
 * the minutes of a held working-group meeting of the call's cycle.
 */
export const putForward: FormActionDefinition<typeof putForwardSchema, TransitionResult> = {
  schema: putForwardSchema,
  permission: "proposal:review",
  successMessage: "proposals.putForwardDone",
  async run({ input, actor, tx }) {
    const context = await proposalForChange(tx, actor, input.proposalId);
    requireTransition(context, "putForward", input.version);
    const cycleYear = cycleOf(context);
    const decision = await findDecision(input.putForwardDecisionId, tx);
    const refusal = putForwardRefusal(decision, { partnershipId: actor.partnershipId, cycleYear, submittedAt: context.proposal.submittedAt });
    if (refusal) refuse(refusal, "putForwardDecisionId", { year: cycleYear });
    await updateGuarded(tx, input.proposalId, input.version, {
      status: "PUT_FORWARD",
      putForwardMeetingId: decision!.meeting.id,
      putForwardDecisionId: decision!.id,
    });
    await notifyAuthor(tx, {
      partnershipId: actor.partnershipId,
      proposal: context.proposal,
      status: "PUT_FORWARD",
      origin: await appOrigin(),
      decision: { number: decision!.number, meetingTitle: decision!.meeting.title, date: decision!.meeting.startsAt },
    });
    return {
      audit: {
        action: "proposal.put_forward",
        entityType: "Proposal",
        entityId: input.proposalId,
        data: {
          before: { status: "UNDER_REVIEW" },
          after: { status: "PUT_FORWARD", meetingId: decision!.meeting.id, decisionId: decision!.id, number: decision!.number },
        },
      },
      result: { proposalId: input.proposalId, status: "PUT_FORWARD" },
    };
  },
};

/**
 * The steering group's decision: accepted as a priority area for the chosen year(s), or rejected,
 * by a decision on priority areas at a held steering-group meeting of the cycle that names the
 * working-group meeting that put the proposal forward. Accepting creates the priority area.
 */
export const decideProposal: FormActionDefinition<typeof decideSchema, TransitionResult & { priorityAreaId: string | null }> = {
  schema: decideSchema,
  permission: "decision:make",
  successMessage: "proposals.decided",
  async run({ input, actor, tx }) {
    const context = await proposalForChange(tx, actor, input.proposalId);
    requireTransition(context, "decide", input.version);
    const { proposal } = context;
    const cycleYear = cycleOf(context);
    const decision = await findDecision(input.decisionId, tx);
    const refusal = decidingRefusal(decision, {
      partnershipId: actor.partnershipId,
      cycleYear,
      putForwardMeetingId: proposal.putForwardMeetingId,
      putForwardAt: proposal.putForwardMeeting?.startsAt ?? null,
    });
    if (refusal) refuse(refusal, "decisionId", { year: cycleYear });
    const years = input.outcome === "ACCEPTED" ? [...input.years].sort((a, b) => a - b) : [];
    if (input.outcome === "ACCEPTED") {
      const yearsRefusal = prioritisedYearsRefusal(years, cycleYear);
      if (yearsRefusal) refuse(yearsRefusal, "years", { from: offeredYears(cycleYear).years[0]!, to: cycleYear + 5 });
    }

    const decidedAt = new Date();
    await updateGuarded(tx, proposal.id, input.version, { status: input.outcome, decisionId: decision!.id, decidedAt });
    let priorityAreaId: string | null = null;
    if (input.outcome === "ACCEPTED") {
      const area = await tx.priorityArea.create({
        data: {
          partnershipId: actor.partnershipId,
          proposalId: proposal.id,
          title: proposal.title,
          description: proposal.problem,
          focusArea: proposal.focusArea!,
          dimensions: proposal.dimensions,
          decisionId: decision!.id,
          years: { create: years.map((year) => ({ year, decisionId: decision!.id })) },
          thematicAreas: { create: proposal.thematicAreas.map((row) => ({ thematicAreaId: row.thematicAreaId })) },
        },
      });
      priorityAreaId = area.id;
    }
    await notifyAuthor(tx, {
      partnershipId: actor.partnershipId,
      proposal,
      status: input.outcome,
      origin: await appOrigin(),
      decision: { number: decision!.number, meetingTitle: decision!.meeting.title, date: decision!.meeting.startsAt },
    });
    return {
      audit: {
        action: input.outcome === "ACCEPTED" ? "proposal.accepted" : "proposal.rejected",
        entityType: "Proposal",
        entityId: proposal.id,
        data: {
          before: { status: "PUT_FORWARD" },
          after: { status: input.outcome, decisionId: decision!.id, number: decision!.number, meetingId: decision!.meeting.id, years, priorityAreaId },
        },
      },
      result: { proposalId: proposal.id, status: input.outcome, priorityAreaId },
    };
  },
};
