"use server";

import { createFormAction } from "@/server/actions/create-form-action";
import { recordFollowUp } from "./definitions";

// A follow-up changes the activity's page and its plan, the yearly follow-up report and the
// priority areas' pages (which list their activities): everything under the root is refreshed.
export const recordFollowUpAction = createFormAction(recordFollowUp, {
  revalidate: ["/"],
  redirectTo: (result) => `/activities/${encodeURIComponent(result.activityId)}/follow-up?saved=1`,
});
