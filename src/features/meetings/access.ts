/**
 * Who may do what with meetings (issue #4, item 8). Pure, so actions, queries and views apply the
 * same rule; the viewer is loaded once per request by `meetingViewerFor`.
 *
 * - administrators and the group's secretary schedule and edit the group's meetings;
 * - the group's members see everything of their group (drafts of minutes, underlag);
 * - other signed-in users see meetings, agendas, attendance and approved minutes;
 * - people who are not signed in see only meetings marked public.
 */

export type GroupRole = "CHAIR" | "VICE_CHAIR" | "SECRETARY" | "MEMBER";

export type MeetingViewer = {
  userId: string;
  personId: string;
  isAdministrator: boolean;
  /** The roles the viewer holds today in each group they are a current member of, by group id. */
  groupRoles: Readonly<Record<string, readonly GroupRole[]>>;
};

export function isGroupMember(viewer: MeetingViewer | null, groupId: string): boolean {
  return (viewer?.groupRoles[groupId]?.length ?? 0) > 0;
}

export function mayManageMeetings(viewer: MeetingViewer | null, groupId: string): boolean {
  if (!viewer) return false;
  return viewer.isAdministrator || (viewer.groupRoles[groupId]?.includes("SECRETARY") ?? false);
}

/** Drafts of minutes, minutes in justering and underlag: the group's members (and administrators). */
export function maySeeGroupInternals(viewer: MeetingViewer | null, groupId: string): boolean {
  if (!viewer) return false;
  return viewer.isAdministrator || isGroupMember(viewer, groupId);
}

export function maySeeMeeting(viewer: MeetingViewer | null, meeting: { isPublic: boolean }): boolean {
  return viewer !== null || meeting.isPublic;
}
