import { mayManageMeetings, maySeeGroupInternals, maySeeMeeting, type MeetingViewer } from "@/features/meetings/access";
import {
  approvalRefusal,
  correctionRefusal,
  editRefusal,
  openMinutes,
  returnToDraftRefusal,
  sendForAdjustmentRefusal,
  type ChainMinutes,
  type DraftState,
  type JusteringState,
} from "./justering";

/**
 * Who sees and does what with minutes (issue #4, items 6 and 8). Pure, so the page shows exactly
 * the forms the actions accept.
 *
 * - approved minutes: whoever may see the meeting (signed out only when it is public);
 * - drafts and minutes in justering: the group's members and administrators, and the chair and
 *   adjusters of those minutes (who sign them even if their membership has since ended);
 * - the meeting's managers (administrator, the group's secretary) draft, edit and send for justering;
 * - the chair appoints the adjusters (an administrator may record it for them);
 * - the chair and each adjuster approve, each only for themself.
 */

export type MeetingForMinutes = { groupId: string; isPublic: boolean; status: "PLANNED" | "HELD" | "CANCELLED" };

export type MinutesForAccess = ChainMinutes & Pick<JusteringState, "chairPersonId" | "adjusterIds">;

export function isSignatoryOf(viewer: MeetingViewer | null, minutes: Pick<JusteringState, "chairPersonId" | "adjusterIds">): boolean {
  if (!viewer) return false;
  return minutes.chairPersonId === viewer.personId || minutes.adjusterIds.includes(viewer.personId);
}

export function maySeeMinutes(viewer: MeetingViewer | null, meeting: MeetingForMinutes, minutes: MinutesForAccess): boolean {
  if (!maySeeMeeting(viewer, meeting)) return false;
  if (minutes.status === "APPROVED") return true;
  return maySeeGroupInternals(viewer, meeting.groupId) || isSignatoryOf(viewer, minutes);
}

/** The chair of the minutes, or an administrator recording the chair's choice. */
export function mayAppointAdjusters(viewer: MeetingViewer | null, minutes: Pick<JusteringState, "chairPersonId">): boolean {
  if (!viewer) return false;
  return viewer.isAdministrator || (minutes.chairPersonId !== null && minutes.chairPersonId === viewer.personId);
}

export type MinutesAbilities = {
  /** Start the first minutes of a held meeting. */
  start: boolean;
  /** Edit the draft: entries, decisions, the chair. */
  edit: boolean;
  appointAdjusters: boolean;
  sendForAdjustment: boolean;
  approve: boolean;
  returnToDraft: boolean;
  startCorrection: boolean;
};

/**
 * What the viewer may do with the shown minutes (null: the meeting has none yet). `all` are every
 * minutes of the meeting, for the correction rule.
 */
export function minutesAbilities(
  viewer: MeetingViewer | null,
  meeting: MeetingForMinutes,
  minutes: (MinutesForAccess & { approvals: JusteringState["approvals"] }) | null,
  all: readonly ChainMinutes[],
): MinutesAbilities {
  const manager = mayManageMeetings(viewer, meeting.groupId);
  if (!minutes) {
    return {
      start: manager && meeting.status === "HELD" && all.length === 0,
      edit: false,
      appointAdjusters: false,
      sendForAdjustment: false,
      approve: false,
      returnToDraft: false,
      startCorrection: false,
    };
  }
  const draft = editRefusal(minutes.status) === null;
  return {
    start: false,
    edit: manager && draft,
    appointAdjusters: draft && minutes.chairPersonId !== null && mayAppointAdjusters(viewer, minutes),
    // Shown while a draft, so the secretary sees what is missing when they try.
    sendForAdjustment: manager && draft,
    approve: viewer !== null && approvalRefusal(minutes, viewer.personId) === null,
    returnToDraft: manager && returnToDraftRefusal(minutes.status) === null,
    startCorrection: manager && openMinutes(all) === null && correctionRefusal(minutes, all) === null,
  };
}

/** Whether sending is possible now (for the hint next to the button). */
export function readyForAdjustment(minutes: DraftState, presentIds: ReadonlySet<string>) {
  return sendForAdjustmentRefusal(minutes, presentIds);
}
