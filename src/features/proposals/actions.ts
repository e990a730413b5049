"use server";

import { createFormAction } from "@/server/actions/create-form-action";
import { openCall, reopenCall } from "./call-definitions";
import { proposalPath } from "./notifications";
import { createProposal, editProposal, withdrawProposal } from "./proposal-definitions";
import { addComment, decideProposal, putForward, recordRecommendation, startReview } from "./review-definitions";

// The list, each proposal's page, the register (a decision adds to it) and the annual cycle (calls' deadlines).
const REVALIDATE = ["/proposals", "/priority-areas", "/arshjul"];

export const createProposalAction = createFormAction(createProposal, { revalidate: REVALIDATE, redirectTo: (result) => `${proposalPath(result.proposalId)}?saved=${result.status === "SUBMITTED" ? "submitted" : "draft"}` });
export const editProposalAction = createFormAction(editProposal, { revalidate: REVALIDATE, redirectTo: (result) => `${proposalPath(result.proposalId)}?saved=${result.status === "SUBMITTED" ? "submitted" : "draft"}` });
export const withdrawProposalAction = createFormAction(withdrawProposal, { revalidate: REVALIDATE });
export const startReviewAction = createFormAction(startReview, { revalidate: REVALIDATE });
export const addCommentAction = createFormAction(addComment, { revalidate: REVALIDATE });
export const recordRecommendationAction = createFormAction(recordRecommendation, { revalidate: REVALIDATE });
export const putForwardAction = createFormAction(putForward, { revalidate: REVALIDATE });
export const decideProposalAction = createFormAction(decideProposal, { revalidate: REVALIDATE });
export const openCallAction = createFormAction(openCall, { revalidate: REVALIDATE });
export const reopenCallAction = createFormAction(reopenCall, { revalidate: REVALIDATE });
