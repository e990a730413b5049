/**
 * The proposal's way from draft to decision (issue #5, item 3), as pure rules: which transitions
 * exist, from which states, and who may make them. Actions load the proposal and the actor's
 * standing, ask these rules, and refuse with the returned key before anything is written.
 *
 *   DRAFT ──submit──▶ SUBMITTED ──startReview──▶ UNDER_REVIEW ──putForward──▶ PUT_FORWARD ──decide──▶ ACCEPTED | REJECTED
 *     └──────────────────┴──────────────withdraw (the author, before the decision)──────────┴──▶ WITHDRAWN
 *
 * While under review the working group comments and records its recommendation (which may be
 * changed until the proposal is put forward); putting forward needs a recommendation.
 */

export const PROPOSAL_STATUSES = ["DRAFT", "SUBMITTED", "UNDER_REVIEW", "PUT_FORWARD", "ACCEPTED", "REJECTED", "WITHDRAWN"] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

export const RECOMMENDATIONS = ["RECOMMEND", "RECOMMEND_WITH_CHANGES", "DO_NOT_RECOMMEND"] as const;
export type Recommendation = (typeof RECOMMENDATIONS)[number];

export const OUTCOMES = ["ACCEPTED", "REJECTED"] as const;
export type Outcome = (typeof OUTCOMES)[number];

export type ProposalAction = "edit" | "submit" | "startReview" | "comment" | "recommend" | "putForward" | "decide" | "withdraw";

/** Who the actor is in relation to one proposal. */
export type ProposalStanding = {
  isAuthor: boolean;
  isAdministrator: boolean;
  /** A current member (any role) of the partnership's working group. */
  isWorkingGroupMember: boolean;
  /** A current member (any role, the chair included) of the partnership's steering group. */
  isSteeringGroupMember: boolean;
};

/** "forbidden" is shown as errors.forbidden; the others as proposals.refusals.<key>. */
export type TransitionRefusal = "forbidden" | "wrongState" | "recommendationMissing";

const FROM: Record<ProposalAction, readonly ProposalStatus[]> = {
  edit: ["DRAFT"],
  submit: ["DRAFT"],
  startReview: ["SUBMITTED"],
  comment: ["UNDER_REVIEW"],
  recommend: ["UNDER_REVIEW"],
  putForward: ["UNDER_REVIEW"],
  decide: ["PUT_FORWARD"],
  withdraw: ["DRAFT", "SUBMITTED", "UNDER_REVIEW", "PUT_FORWARD"],
};

/** The state a transition leads to; comments and recommendations keep the state. */
export function nextStatus(action: ProposalAction, current: ProposalStatus, outcome?: Outcome): ProposalStatus {
  switch (action) {
    case "submit":
      return "SUBMITTED";
    case "startReview":
      return "UNDER_REVIEW";
    case "putForward":
      return "PUT_FORWARD";
    case "decide":
      return outcome ?? "ACCEPTED";
    case "withdraw":
      return "WITHDRAWN";
    default:
      return current;
  }
}

export function mayAct(action: ProposalAction, standing: ProposalStanding): boolean {
  switch (action) {
    case "edit":
    case "submit":
    case "withdraw":
      // The author's own proposal: nobody else writes or withdraws it, administrators neither.
      return standing.isAuthor;
    case "startReview":
    case "comment":
    case "recommend":
    case "putForward":
      return standing.isWorkingGroupMember || standing.isAdministrator;
    case "decide":
      return standing.isSteeringGroupMember || standing.isAdministrator;
  }
}

/**
 * Why the actor may not take this action on a proposal in this state, or null. Who comes first:
 * someone without the standing learns nothing about the state.
 */
export function transitionRefusal(
  action: ProposalAction,
  proposal: { status: ProposalStatus; recommendation: Recommendation | null },
  standing: ProposalStanding,
): TransitionRefusal | null {
  if (!mayAct(action, standing)) return "forbidden";
  if (!FROM[action].includes(proposal.status)) return "wrongState";
  if (action === "putForward" && proposal.recommendation === null) return "recommendationMissing";
  return null;
}

/** The actions the actor can take now, for the page to offer just those forms. */
export function availableActions(
  proposal: { status: ProposalStatus; recommendation: Recommendation | null },
  standing: ProposalStanding,
): ProposalAction[] {
  return (Object.keys(FROM) as ProposalAction[]).filter((action) => transitionRefusal(action, proposal, standing) === null);
}

/** Decided proposals are final: accepted or rejected by the steering group. */
export function isDecided(status: ProposalStatus): boolean {
  return status === "ACCEPTED" || status === "REJECTED";
}

/**
 * Who sees a proposal (issue #5, item 5): its author always; working- and steering-group members
 * and administrators every proposal that was submitted (also if later withdrawn); every signed-in
 * user of the partnership a decided one. A draft, or a draft withdrawn unsent, is the author's alone.
 */
export function maySeeProposal(proposal: { status: ProposalStatus; submittedAt: Date | null }, standing: ProposalStanding): boolean {
  if (standing.isAuthor) return true;
  if (isDecided(proposal.status)) return true;
  const submitted = proposal.status !== "DRAFT" && proposal.submittedAt !== null;
  return submitted && (standing.isAdministrator || standing.isWorkingGroupMember || standing.isSteeringGroupMember);
}

/** The working group's comments are its preparation: members and administrators read them. */
export function maySeeReview(standing: ProposalStanding): boolean {
  return standing.isAdministrator || standing.isWorkingGroupMember || standing.isSteeringGroupMember;
}
