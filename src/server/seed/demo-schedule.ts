import { stockholmParts, stockholmYear } from "@/features/meetings/meeting-time";
import { addDays, lastWorkingDayOf, slotInstants, workingDayOnOrAfter, workingDayOnOrBefore, type MeetingSlot } from "./demo-dates";

/**
 * When the demo partnership met, relative to the date of seeding: every year since
 * DEMO_HISTORY_YEARS ago the working group's spring and autumn meetings and the steering group's
 * meeting after them, all held; this year the same three, held when their time has passed and
 * planned when it is still ahead. Planned meetings stay in this year however late in it the seed
 * runs (they move closer together in December rather than slide into January). Every meeting is on
 * a working day within office hours.
 */

export const DEMO_HISTORY_YEARS = 4;

export type DemoMeetingKind = "spring" | "autumn" | "steering";
export type ScheduledMeeting = { kind: DemoMeetingKind; year: number; slot: MeetingSlot; held: boolean };

const SPRING_HOURS = { start: "13:00", end: "16:00" };
const AUTUMN_HOURS = { start: "13:00", end: "16:00" };
const STEERING_HOURS = { start: "09:00", end: "11:00" };

const later = (a: string, b: string) => (a > b ? a : b);

/** A past year's three meetings, near the same dates every year. */
function pastYear(year: number): ScheduledMeeting[] {
  return [
    { kind: "spring", year, slot: { date: workingDayOnOrBefore(`${year}-03-12`), ...SPRING_HOURS }, held: true },
    { kind: "autumn", year, slot: { date: workingDayOnOrBefore(`${year}-09-17`), ...AUTUMN_HOURS }, held: true },
    { kind: "steering", year, slot: { date: workingDayOnOrBefore(`${year}-11-05`), ...STEERING_HOURS }, held: true },
  ];
}

/** This year's autumn and steering meetings, still ahead of now and within the year; null when the year has no working day left. */
function plannedAutumnAndSteering(year: number, today: string): [MeetingSlot, MeetingSlot] | null {
  const last = lastWorkingDayOf(year);
  // Preferably in the autumn, a fortnight from now at the soonest, with a week between them.
  const autumn = workingDayOnOrAfter(later(`${year}-10-14`, addDays(today, 14)));
  const steering = workingDayOnOrAfter(later(`${year}-11-18`, addDays(autumn, 7)));
  if (steering <= last) return [{ date: autumn, ...AUTUMN_HOURS }, { date: steering, ...STEERING_HOURS }];
  // Late in the year: the next working days.
  const soonest = workingDayOnOrAfter(addDays(today, 1));
  const next = workingDayOnOrAfter(addDays(soonest, 1));
  if (next <= last) return [{ date: soonest, ...AUTUMN_HOURS }, { date: next, ...STEERING_HOURS }];
  // Only one working day left: both on it, the working group first.
  if (soonest <= last) return [{ date: soonest, start: "09:00", end: "11:00" }, { date: soonest, start: "13:00", end: "15:00" }];
  return null;
}

export function demoSchedule(now: Date): ScheduledMeeting[] {
  const year = stockholmYear(now);
  const today = stockholmParts(now).date;
  const meetings: ScheduledMeeting[] = [];
  for (let past = year - DEMO_HISTORY_YEARS; past < year; past += 1) meetings.push(...pastYear(past));

  const [spring, autumn, steering] = pastYear(year);
  const springHeld = slotInstants(spring!.slot).endsAt.getTime() < now.getTime();
  if (!springHeld) {
    // Early in the year: all three ahead, the spring meeting no sooner than tomorrow.
    const springDate = workingDayOnOrAfter(later(spring!.slot.date, addDays(today, 1)));
    return [
      ...meetings,
      { ...spring!, slot: { ...spring!.slot, date: springDate }, held: false },
      { ...autumn!, held: false },
      { ...steering!, held: false },
    ];
  }
  const planned = plannedAutumnAndSteering(year, today);
  if (!planned) return [...meetings, spring!, autumn!, steering!];
  return [
    ...meetings,
    spring!,
    { kind: "autumn", year, slot: planned[0], held: false },
    { kind: "steering", year, slot: planned[1], held: false },
  ];
}

/**
 * The day of an extra steering-group meeting held shortly before now and after a given meeting
 * (the one that prepared its matter): the last working day before today that is after `after`,
 * 09:00–10:00; null when there is none.
 */
export function recentExtraMeetingSlot(now: Date, after: Date): MeetingSlot | null {
  const today = stockholmParts(now).date;
  const date = workingDayOnOrBefore(addDays(today, -1));
  const slot = { date, start: "09:00", end: "10:00" };
  if (date.slice(0, 4) !== today.slice(0, 4)) return null;
  return slotInstants(slot).startsAt.getTime() > after.getTime() ? slot : null;
}
