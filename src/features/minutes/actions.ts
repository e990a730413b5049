"use server";

import { withNotice } from "@/lib/forms/action-notice";
import { createFormAction } from "@/server/actions/create-form-action";
import { addDecision, editDecision, removeDecision } from "./decision-definitions";
import { appointAdjusters, approveMinutes, returnToDraft, sendForAdjustment, startCorrection } from "./justering-definitions";
import { addEntry, editEntry, removeEntry, setChair, startMinutes } from "./minutes-definitions";

// The meetings (whose pages link the minutes) and the decision register (revalidated as layouts,
// so every meeting's minutes page is refreshed too).
const REVALIDATE = ["/meetings", "/decisions"];

export const startMinutesAction = createFormAction(startMinutes, { revalidate: REVALIDATE });
export const setChairAction = createFormAction(setChair, { revalidate: REVALIDATE });
export const addEntryAction = createFormAction(addEntry, { revalidate: REVALIDATE });
export const editEntryAction = createFormAction(editEntry, { revalidate: REVALIDATE });
export const removeEntryAction = createFormAction(removeEntry, { revalidate: REVALIDATE });
export const addDecisionAction = createFormAction(addDecision, { revalidate: REVALIDATE });
export const editDecisionAction = createFormAction(editDecision, { revalidate: REVALIDATE });
export const removeDecisionAction = createFormAction(removeDecision, { revalidate: REVALIDATE });
export const appointAdjustersAction = createFormAction(appointAdjusters, { revalidate: REVALIDATE });
export const sendForAdjustmentAction = createFormAction(sendForAdjustment, { revalidate: REVALIDATE });
export const approveMinutesAction = createFormAction(approveMinutes, { revalidate: REVALIDATE });
export const returnToDraftAction = createFormAction(returnToDraft, { revalidate: REVALIDATE });
export const startCorrectionAction = createFormAction(startCorrection, {
  revalidate: REVALIDATE,
  redirectTo: (result) => withNotice(`/meetings/${result.meetingId}/minutes?minutes=${result.minutesId}`, startCorrection.successMessage),
});
