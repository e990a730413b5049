/**
 * The agreement's rhythm: a group holds `meetingsPerYear` regular meetings per calendar year
 * (the steering group one, the working group two). Extra meetings (extrainsatt möte) and cancelled
 * meetings do not take a regular slot. Pure functions, so the server actions and the views apply
 * the same rule.
 */

export type MeetingStatus = "PLANNED" | "HELD" | "CANCELLED";

export type CadenceMeeting = {
  id: string;
  cycleYear: number;
  status: MeetingStatus;
  isExtra: boolean;
  startsAt: Date;
};

/** Meetings that count towards the regular cadence of their year. */
export function takesRegularSlot(meeting: Pick<CadenceMeeting, "status" | "isExtra">): boolean {
  return !meeting.isExtra && meeting.status !== "CANCELLED";
}

export type SlotRequest = {
  meetingsPerYear: number;
  /** The Stockholm calendar year the meeting would be in. */
  year: number;
  isExtra: boolean;
  /** The group's other meetings (any year); the meeting being edited is left out by `ignoreMeetingId`. */
  existing: readonly CadenceMeeting[];
  ignoreMeetingId?: string;
};

/**
 * Why a regular meeting cannot be placed in a year, or null when it can. An extra meeting is never
 * refused by the cadence; it carries its reason instead (checked by the schema and the database).
 */
export function regularSlotRefusal(request: SlotRequest): "cadenceFull" | null {
  if (request.isExtra) return null;
  const taken = request.existing.filter(
    (meeting) => meeting.id !== request.ignoreMeetingId && meeting.cycleYear === request.year && takesRegularSlot(meeting),
  ).length;
  return taken >= request.meetingsPerYear ? "cadenceFull" : null;
}

export type ComplianceStatus =
  /** Every required meeting held. */
  | "met"
  /** Enough regular meetings planned, not all held yet. */
  | "onTrack"
  /** The year is under way or ahead and meetings are still to be scheduled. */
  | "toSchedule"
  /** The year is over and fewer meetings were held than required. */
  | "missed";

export type CadenceCompliance = {
  year: number;
  required: number;
  /** Regular meetings planned or held (not cancelled). */
  scheduled: number;
  /** Regular meetings held. */
  held: number;
  extra: number;
  cancelled: number;
  /** Regular meetings still to schedule this year. */
  toSchedule: number;
  /** Planned meetings whose time has passed but that are not yet marked held. */
  awaitingRecord: number;
  /** The last day (Stockholm) by which the year's meetings must be held: 31 December. */
  deadline: string;
  status: ComplianceStatus;
};

/**
 * A group's compliance with its cadence in one year, as of `now`. `currentYear` is the Stockholm
 * year of `now`, passed in so that callers decide the time zone once.
 */
export function cadenceCompliance(input: {
  year: number;
  currentYear: number;
  now: Date;
  meetingsPerYear: number;
  meetings: readonly CadenceMeeting[];
}): CadenceCompliance {
  const ofYear = input.meetings.filter((meeting) => meeting.cycleYear === input.year);
  const regular = ofYear.filter(takesRegularSlot);
  const held = regular.filter((meeting) => meeting.status === "HELD").length;
  const scheduled = regular.length;
  const required = input.meetingsPerYear;
  const awaitingRecord = regular.filter((meeting) => meeting.status === "PLANNED" && meeting.startsAt < input.now).length;

  let status: ComplianceStatus;
  if (held >= required) status = "met";
  else if (input.year < input.currentYear) status = "missed";
  else if (scheduled >= required) status = "onTrack";
  else status = "toSchedule";

  return {
    year: input.year,
    required,
    scheduled,
    held,
    extra: ofYear.filter((meeting) => meeting.isExtra && meeting.status !== "CANCELLED").length,
    cancelled: ofYear.filter((meeting) => meeting.status === "CANCELLED").length,
    toSchedule: Math.max(0, required - scheduled),
    awaitingRecord,
    deadline: `${input.year}-12-31`,
    status,
  };
}
