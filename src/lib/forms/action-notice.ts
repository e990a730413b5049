/**
 * The confirmation of a step (issue #19, item 4). After a state-changing action the user is sent
 * (post/redirect/get, with or without JavaScript) to the page they acted on, with the success
 * message in the address: `?notice=<catalogue key>` and its values as `notice.<name>=<value>`. The
 * site's frame shows it once, at the top of the page, focused (ActionNotice). Only the keys listed
 * here are shown, so a crafted link cannot put arbitrary catalogue text on a page; a test checks
 * that every action's success message is listed.
 */

export const NOTICE_PARAM = "notice";
const VALUE_PREFIX = `${NOTICE_PARAM}.`;

export const ACTION_NOTICES = [
  "account.passwordChanged",
  "activityPlans.activityCreated",
  "activityPlans.activityRemoved",
  "activityPlans.activitySaved",
  "activityPlans.adopted",
  "activityPlans.carriedOver",
  "activityPlans.closed",
  "activityPlans.created",
  "activityPlans.proposed",
  "activityPlans.returnedToDraft",
  "activityPlans.summarySaved",
  "agreement.amendments.approved",
  "agreement.amendments.proposed",
  "agreement.amendments.rejected",
  "agreement.disputes.raised",
  "agreement.disputes.resolved",
  "agreement.disputes.stepAdded",
  "agreement.documents.removed",
  "agreement.documents.uploaded",
  "agreement.notices.registered",
  "agreement.notices.withdrawn",
  "agreement.record.saved",
  "agreement.signatories.added",
  "agreement.signatories.removed",
  "calendar.feed.created",
  "calendar.feed.revoked",
  "followUps.saved",
  "import.imported",
  "installation.created",
  "meetings.agenda.added",
  "meetings.agenda.moved",
  "meetings.agenda.removed",
  "meetings.agenda.saved",
  "meetings.attendance.saved",
  "meetings.cancelled",
  "meetings.documents.removed",
  "meetings.documents.uploadedMessage",
  "meetings.markedHeld",
  "meetings.notice.sent",
  "meetings.saved",
  "meetings.scheduled",
  "membership.added",
  "membership.ended",
  "membership.seatAdmin.added",
  "membership.seatAdmin.removed",
  "minutes.adjustersAppointed",
  "minutes.approvalRecorded",
  "minutes.chairSet",
  "partnershipChoice.chosen",
  "minutes.correctionStarted",
  "minutes.decisionAdded",
  "minutes.decisionRemoved",
  "minutes.decisionSaved",
  "minutes.entryAdded",
  "minutes.entryRemoved",
  "minutes.entrySaved",
  "minutes.returnedToDraft",
  "minutes.sentForAdjustment",
  "minutes.started",
  "people.created",
  "people.edit.saved",
  "people.invite.created",
  "people.notices.anonymised",
  "people.notices.deactivated",
  "people.roles.saved",
  "priorityAreas.closedMessage",
  "priorityAreas.continuedMessage",
  "proposals.calls.opened",
  "proposals.calls.reopenedMessage",
  "proposals.commentAdded",
  "proposals.decided",
  "proposals.putForwardDone",
  "proposals.recommendationRecorded",
  "proposals.reviewStarted",
  "proposals.saved",
  "proposals.withdrawn",
  "results.created",
  "results.updated",
] as const;

export type ActionNoticeKey = (typeof ACTION_NOTICES)[number];
export type ActionNotice = { key: ActionNoticeKey; values: Record<string, string | number> };

const KNOWN = new Set<string>(ACTION_NOTICES);
const VALUE = /^[\p{L}\p{N} ._-]{0,40}$/u;

export function isActionNotice(key: string): key is ActionNoticeKey {
  return KNOWN.has(key);
}

/** `path` (a local path, possibly with a query) with the notice added, any earlier notice replaced. */
export function withNotice(path: string, key: string, values: Record<string, string | number> = {}): string {
  const url = new URL(path, "http://samverkan.invalid");
  for (const name of [...url.searchParams.keys()]) if (name === NOTICE_PARAM || name.startsWith(VALUE_PREFIX)) url.searchParams.delete(name);
  url.searchParams.set(NOTICE_PARAM, key);
  for (const [name, value] of Object.entries(values)) url.searchParams.set(`${VALUE_PREFIX}${name}`, String(value));
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The notice in a page's query, or null when there is none or it is not one of ours. */
export function readNotice(params: Pick<URLSearchParams, "get" | "forEach">): ActionNotice | null {
  const key = params.get(NOTICE_PARAM);
  if (!key || !isActionNotice(key)) return null;
  const values: Record<string, string | number> = {};
  params.forEach((value, name) => {
    if (!name.startsWith(VALUE_PREFIX) || !VALUE.test(value)) return;
    values[name.slice(VALUE_PREFIX.length)] = /^\d{1,9}$/.test(value) ? Number(value) : value;
  });
  return { key, values };
}

/** The query without the notice: what the address bar shows once the notice has been shown. */
export function withoutNotice(search: string): string {
  const params = new URLSearchParams(search);
  for (const name of [...params.keys()]) if (name === NOTICE_PARAM || name.startsWith(VALUE_PREFIX)) params.delete(name);
  const rest = params.toString();
  return rest ? `?${rest}` : "";
}
