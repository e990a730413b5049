import { addDays, daysBetween, isoDay } from "./dates";

/**
 * Reminders to administrators before the last day to give notice for the coming year-end and
 * before a fixed end date. This computes which are due; reminder-mail.ts queues them as mail, once each, from the background jobs.
 * Each reminder has a stable key, so a sender can send each once however often it runs.
 */

export type ReminderKind = "NOTICE_DEADLINE" | "FIXED_END";

/** Days before the deadline at which a reminder becomes due, earliest first. */
export const REMINDER_LEAD_DAYS: Record<ReminderKind, readonly number[]> = {
  NOTICE_DEADLINE: [60, 30, 7],
  FIXED_END: [180, 90, 30],
};

export type Reminder = {
  kind: ReminderKind;
  /** The last notice day, or the fixed end date. */
  deadline: Date;
  /** The stage reached: the reminder was due this many days before the deadline. */
  leadDays: number;
  /** The day this stage became due. */
  dueOn: Date;
  daysLeft: number;
  /** e.g. "NOTICE_DEADLINE:2026-06-30:30". */
  key: string;
};

export type ReminderDeadlines = {
  lastNoticeDay: Date | null;
  fixedEndDate: Date | null;
  /** An ended agreement, or one already under notice, needs no reminders. */
  ended: boolean;
};

/**
 * The reminders due today: for each deadline still ahead (or today), the latest stage whose day
 * has come. Nothing before the first stage, and nothing after the deadline.
 */
export function dueReminders(today: Date, deadlines: ReminderDeadlines, leadDays: Record<ReminderKind, readonly number[]> = REMINDER_LEAD_DAYS): Reminder[] {
  if (deadlines.ended) return [];
  const candidates: [ReminderKind, Date | null][] = [
    ["NOTICE_DEADLINE", deadlines.lastNoticeDay],
    ["FIXED_END", deadlines.fixedEndDate],
  ];
  const reminders: Reminder[] = [];
  for (const [kind, deadline] of candidates) {
    if (!deadline) continue;
    const daysLeft = daysBetween(today, deadline);
    if (daysLeft < 0) continue;
    const stages = [...leadDays[kind]].filter((lead) => lead >= daysLeft).sort((a, b) => a - b);
    const leadDaysReached = stages[0];
    if (leadDaysReached === undefined) continue;
    reminders.push({
      kind,
      deadline,
      leadDays: leadDaysReached,
      dueOn: addDays(deadline, -leadDaysReached),
      daysLeft,
      key: `${kind}:${isoDay(deadline)}:${leadDaysReached}`,
    });
  }
  return reminders.sort((a, b) => a.deadline.getTime() - b.deadline.getTime());
}
