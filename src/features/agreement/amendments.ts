import { latest } from "./dates";

/**
 * Amendments (tillägg och ändringar) are valid only when a signatory of each party has approved
 * them. Pure rules over the parties and the approvals on record.
 */

export type ApprovalOnRecord = { partyId: string };

export type ApprovalState = {
  approvedPartyIds: string[];
  missingPartyIds: string[];
  /** Approved by every party (and there are at least two): the amendment is valid. */
  valid: boolean;
};

export function approvalState(partyIds: readonly string[], approvals: readonly ApprovalOnRecord[]): ApprovalState {
  const approved = new Set(approvals.map((approval) => approval.partyId));
  const approvedPartyIds = partyIds.filter((partyId) => approved.has(partyId));
  const missingPartyIds = partyIds.filter((partyId) => !approved.has(partyId));
  return { approvedPartyIds, missingPartyIds, valid: partyIds.length >= 2 && missingPartyIds.length === 0 };
}

/**
 * Why a party's approval cannot be recorded now, or null when it can: only proposed amendments are
 * approved, each party once, and only by the agreement's own parties.
 */
export function approvalRefusal(
  status: "PROPOSED" | "APPROVED" | "REJECTED",
  partyIds: readonly string[],
  approvals: readonly ApprovalOnRecord[],
  partyId: string,
): "notProposed" | "unknownParty" | "alreadyApproved" | null {
  if (status !== "PROPOSED") return "notProposed";
  if (!partyIds.includes(partyId)) return "unknownParty";
  if (approvals.some((approval) => approval.partyId === partyId)) return "alreadyApproved";
  return null;
}

/**
 * The day the new terms version takes effect once the last party approves: the proposed day, but
 * never before the approval itself nor before the newest version already made (versions follow
 * one another in time).
 */
export function effectiveDateOnApproval(proposed: Date, approvedOn: Date, newestVersionEffective: Date): Date {
  return latest(proposed, approvedOn, newestVersionEffective)!;
}
