"use server";

import { withNotice } from "@/lib/forms/action-notice";
import { createFormAction } from "@/server/actions/create-form-action";
import { createActivity, editActivity, removeActivity } from "./activity-definitions";
import { carryOverActivity } from "./carry-over-definitions";
import { adoptPlan, closePlan, createPlan, editPlanSummary, proposePlan, returnPlanToDraft } from "./plan-definitions";

// Plans, their activities, the priority areas' trace and the follow-up report all read plans.
const REVALIDATE = ["/plans", "/activities", "/priority-areas", "/follow-up"];

export const createPlanAction = createFormAction(createPlan, { revalidate: REVALIDATE, redirectTo: (result) => withNotice(`/plans/${result.year}`, createPlan.successMessage) });
export const editPlanSummaryAction = createFormAction(editPlanSummary, { revalidate: REVALIDATE });
export const proposePlanAction = createFormAction(proposePlan, { revalidate: REVALIDATE });
export const returnPlanToDraftAction = createFormAction(returnPlanToDraft, { revalidate: REVALIDATE });
export const adoptPlanAction = createFormAction(adoptPlan, { revalidate: REVALIDATE });
export const closePlanAction = createFormAction(closePlan, { revalidate: REVALIDATE });

export const createActivityAction = createFormAction(createActivity, { revalidate: REVALIDATE, redirectTo: (result) => `/activities/${result.activityId}?saved=created` });
export const editActivityAction = createFormAction(editActivity, { revalidate: REVALIDATE, redirectTo: (result) => `/activities/${result.activityId}?saved=edited` });
export const removeActivityAction = createFormAction(removeActivity, { revalidate: REVALIDATE, redirectTo: (result) => `/plans/${result.year}?removed=1` });
export const carryOverActivityAction = createFormAction(carryOverActivity, { revalidate: REVALIDATE, redirectTo: (result) => `/activities/${result.activityId}?saved=carried` });
