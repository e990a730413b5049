"use server";

import { createFormAction } from "@/server/actions/create-form-action";
import { addAgendaItem, editAgendaItem, moveAgendaItem, removeAgendaItem } from "./agenda-definitions";
import { recordAttendance } from "./attendance-definitions";
import { removeMeetingDocument } from "./document-definitions";
import { cancelMeeting, editMeeting, markMeetingHeld, scheduleMeeting } from "./meeting-definitions";
import { sendNotice } from "./notice-definitions";

// Meetings show on their own pages, the home page's cadence, the annual cycle and the decision
// register: revalidated from the root layout, so every page is refreshed.
const REVALIDATE = ["/"];

export const scheduleMeetingAction = createFormAction(scheduleMeeting, { revalidate: REVALIDATE, redirectTo: (result) => `/meetings/${result.meetingId}?saved=scheduled` });
export const editMeetingAction = createFormAction(editMeeting, { revalidate: REVALIDATE, redirectTo: (result) => `/meetings/${result.meetingId}?saved=edited` });
export const cancelMeetingAction = createFormAction(cancelMeeting, { revalidate: REVALIDATE });
export const markMeetingHeldAction = createFormAction(markMeetingHeld, { revalidate: REVALIDATE });
export const sendNoticeAction = createFormAction(sendNotice, { revalidate: REVALIDATE });
export const addAgendaItemAction = createFormAction(addAgendaItem, { revalidate: REVALIDATE });
export const editAgendaItemAction = createFormAction(editAgendaItem, { revalidate: REVALIDATE });
export const removeAgendaItemAction = createFormAction(removeAgendaItem, { revalidate: REVALIDATE });
export const moveAgendaItemAction = createFormAction(moveAgendaItem, { revalidate: REVALIDATE });
export const removeMeetingDocumentAction = createFormAction(removeMeetingDocument, { revalidate: REVALIDATE });
export const recordAttendanceAction = createFormAction(recordAttendance, { revalidate: REVALIDATE });
