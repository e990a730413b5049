import { instantFromStockholm, stockholmParts } from "@/features/meetings/meeting-time";

/**
 * The call's deadline (issue #5, item 2). People name a day ("last day 30 September"); the call
 * stores the instant that day ends in Stockholm — the start of the next day there — and a proposal
 * submitted at or after that instant is refused. Reopening the call sets a new deadline (with a
 * reason), so the same rule then lets submissions in again. Pure.
 */

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day after a YYYY-MM-DD date, as YYYY-MM-DD (calendar arithmetic, no time zone involved). */
function nextDay(date: string): string | null {
  const match = DATE_PATTERN.exec(date);
  if (!match) return null;
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (day.toISOString().slice(0, 10) !== date) return null;
  return new Date(day.getTime() + 86_400_000).toISOString().slice(0, 10);
}

/** The instant a deadline day ends in Stockholm (its next midnight, summer or winter time), or null for a non-date. */
export function deadlineInstant(date: string): Date | null {
  const after = nextDay(date);
  if (!after || !instantFromStockholm(date, "00:00")) return null;
  return instantFromStockholm(after, "00:00");
}

/** The Stockholm day a deadline instant ends: the last day proposals are accepted. */
export function deadlineDay(deadline: Date): string {
  return stockholmParts(new Date(deadline.getTime() - 1)).date;
}

/** The instant a call opens: the start of its first day in Stockholm. */
export function openingInstant(date: string): Date | null {
  return instantFromStockholm(date, "00:00");
}

export type CallWindow = { opensAt: Date; deadline: Date };

/** Catalogue keys under "proposals.refusals". */
export type SubmissionRefusal = "noOpenCall" | "callNotOpenYet" | "deadlinePassed";

/** Why a proposal may not be submitted to this call now, or null. */
export function submissionRefusal(call: CallWindow | null, now: Date): SubmissionRefusal | null {
  if (!call) return "noOpenCall";
  if (now.getTime() < call.opensAt.getTime()) return "callNotOpenYet";
  if (now.getTime() >= call.deadline.getTime()) return "deadlinePassed";
  return null;
}

export function isCallOpen(call: CallWindow, now: Date): boolean {
  return submissionRefusal(call, now) === null;
}

/** Catalogue keys under "proposals.refusals". */
export type CallRefusal = "deadlineBeforeOpening" | "deadlineInPast";

/** A new call's dates: the deadline after the opening and not already past. */
export function callDatesRefusal(opensAt: Date, deadline: Date, now: Date): CallRefusal | null {
  if (deadline.getTime() <= opensAt.getTime()) return "deadlineBeforeOpening";
  if (deadline.getTime() <= now.getTime()) return "deadlineInPast";
  return null;
}

/** A reopened call's new deadline: later than now (and than the opening). */
export function reopenRefusal(call: CallWindow, newDeadline: Date, now: Date): CallRefusal | null {
  if (newDeadline.getTime() <= now.getTime()) return "deadlineInPast";
  if (newDeadline.getTime() <= call.opensAt.getTime()) return "deadlineBeforeOpening";
  return null;
}

/** Deadlines that passed and of which the working group has not been told (the job's selection). */
export function deadlinePassedUnnoticed(call: { deadline: Date; deadlineNotifiedAt: Date | null }, now: Date): boolean {
  return call.deadlineNotifiedAt === null && now.getTime() >= call.deadline.getTime();
}
