import { addDays, addMonths, earliest, yearEnd } from "./dates";

/**
 * The termination clause as pure functions. The clause's parameters belong to the agreement's
 * terms: the Huddinge–Södertörn agreement ends at "the nearest calendar year-end, with notice given
 * six months in advance" (notice received by 30 June ends it on 31 December that year; later
 * notice on 31 December the next year), i.e. noticePeriodMonths 6, endsAtYearEnd true.
 */

export type NoticeTerms = {
  noticePeriodMonths: number;
  /** The end falls on the nearest calendar year-end at least the notice period after notice. */
  endsAtYearEnd: boolean;
  /** A fixed end of the agreement period; null when it runs until further notice. */
  endDate: Date | null;
};

export type TerminationEnd = {
  /** The day the agreement ends (its last day). */
  endDate: Date;
  /** What the notice alone gives, before a fixed end date is taken into account. */
  byNotice: Date;
  /** True when the fixed end date comes first, so the notice changes nothing. */
  fixedEndFirst: boolean;
};

function checkPeriod(months: number): void {
  if (!Number.isInteger(months) || months < 1) throw new RangeError(`The notice period must be a whole number of months, at least 1: ${months}`);
}

/**
 * The day notice received on `receivedOn` ends the agreement: the notice period runs out on the
 * same date `noticePeriodMonths` later (the last day of the month when there is no such date);
 * with the year-end rule, the agreement ends at the first 31 December on or after that day. A fixed
 * end date that comes earlier wins.
 */
export function terminationEndDate(receivedOn: Date, terms: NoticeTerms): TerminationEnd {
  checkPeriod(terms.noticePeriodMonths);
  const periodEnds = addMonths(receivedOn, terms.noticePeriodMonths);
  const byNotice = terms.endsAtYearEnd ? yearEnd(periodEnds.getUTCFullYear()) : periodEnds;
  const fixedEndFirst = terms.endDate !== null && terms.endDate <= byNotice;
  return { endDate: fixedEndFirst ? terms.endDate! : byNotice, byNotice, fixedEndFirst };
}

export type NoticeDeadline = {
  /** The last day notice can be received for the agreement to end on `endDate`. */
  lastDay: Date;
  /** The year-end that notice received by `lastDay` reaches. */
  endDate: Date;
};

/**
 * The last day to give notice for the coming year-end: the first year-end that notice received
 * today can still reach, and the last day notice may be received to reach it. Null when the
 * agreement has no year-end rule, or when its fixed end date comes at or before that year-end
 * (notice would change nothing).
 */
export function lastNoticeDay(today: Date, terms: NoticeTerms): NoticeDeadline | null {
  if (!terms.endsAtYearEnd) return null;
  const { byNotice: target } = terminationEndDate(today, terms);
  if (terms.endDate !== null && terms.endDate <= target) return null;
  // addMonths never decreases as the day increases, so step from a day at or before the answer.
  let candidate = addMonths(target, -terms.noticePeriodMonths);
  while (addMonths(candidate, terms.noticePeriodMonths) > target) candidate = addDays(candidate, -1);
  while (addMonths(addDays(candidate, 1), terms.noticePeriodMonths) <= target) candidate = addDays(candidate, 1);
  return { lastDay: candidate, endDate: target };
}

export type NoticeOnRecord = { endDate: Date; withdrawn: boolean };

export type AgreementEnd = {
  /** The day the agreement ends, or null while it runs until further notice. */
  endDate: Date | null;
  reason: "FIXED_END" | "NOTICE" | null;
  /** Past its last day: the agreement is read-only. */
  ended: boolean;
};

/**
 * When the agreement ends, on the terms in force and the notices not withdrawn: the earliest of
 * its fixed end date and the notices' end dates. After that day it is ended and read-only.
 */
export function agreementEnd(today: Date, terms: Pick<NoticeTerms, "endDate">, notices: NoticeOnRecord[]): AgreementEnd {
  const byNotice = earliest(...notices.filter((notice) => !notice.withdrawn).map((notice) => notice.endDate));
  const endDate = earliest(terms.endDate, byNotice);
  if (!endDate) return { endDate: null, reason: null, ended: false };
  const reason = terms.endDate && terms.endDate.getTime() === endDate.getTime() ? "FIXED_END" : "NOTICE";
  return { endDate, reason, ended: today > endDate };
}
