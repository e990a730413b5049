"use server";

import { createFormAction } from "@/server/actions/create-form-action";
import { addEscalationStep, raiseDispute, resolveDispute } from "./dispute-definitions";
import { removeDocument } from "./document-definitions";
import { approveAmendment, proposeAmendment, rejectAmendment } from "./amendment-definitions";
import { registerNotice, withdrawNotice } from "./notice-definitions";
import { addSignatory, editRecord, removeSignatory } from "./record-definitions";

// The agreement page and its public summary (revalidated as a layout, so both).
const REVALIDATE = ["/agreement"];

export const registerNoticeAction = createFormAction(registerNotice, { revalidate: REVALIDATE });
export const withdrawNoticeAction = createFormAction(withdrawNotice, { revalidate: REVALIDATE });
export const proposeAmendmentAction = createFormAction(proposeAmendment, { revalidate: REVALIDATE });
export const approveAmendmentAction = createFormAction(approveAmendment, { revalidate: REVALIDATE });
export const rejectAmendmentAction = createFormAction(rejectAmendment, { revalidate: REVALIDATE });
export const raiseDisputeAction = createFormAction(raiseDispute, { revalidate: REVALIDATE });
export const addEscalationStepAction = createFormAction(addEscalationStep, { revalidate: REVALIDATE });
export const resolveDisputeAction = createFormAction(resolveDispute, { revalidate: REVALIDATE });
export const removeDocumentAction = createFormAction(removeDocument, { revalidate: REVALIDATE });
export const editRecordAction = createFormAction(editRecord, { revalidate: REVALIDATE });
export const addSignatoryAction = createFormAction(addSignatory, { revalidate: REVALIDATE });
export const removeSignatoryAction = createFormAction(removeSignatory, { revalidate: REVALIDATE });
