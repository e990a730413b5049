import { errorState, initialFormState, type FormState } from "@/lib/forms/form-state";
import { validateSubmission } from "@/lib/forms/validate-submission";
import { yearEnd } from "./dates";
import { noticeQuestionSchema } from "./schemas";
import { lastNoticeDay, terminationEndDate, type NoticeTerms, type TerminationEnd } from "./termination";
import { versionInForce } from "./terms";

/**
 * The notice calculator: "if a party's notice arrives on this day, when does the agreement end?"
 * It answers with the same rule that registering a notice uses (terminationEndDate, on the terms in
 * force on the day notice is received) and says the rule in words. It only calculates. Pure.
 */

/** The rule in words, with the dates that matter for the day asked about. */
export type NoticeRule =
  /** Notice received on or before `lastDay` ends the agreement on `endDate`; later notice on `laterEndDate`. */
  | { kind: "yearEnd"; months: number; lastDay: Date; endDate: Date; laterEndDate: Date }
  /** The agreement ends `months` months after notice is received. */
  | { kind: "plain"; months: number };

export type NoticeAnswer = TerminationEnd & { receivedOn: Date; fixedEndDate: Date | null; rule: NoticeRule };

/** When notice received on `receivedOn` ends an agreement on these terms, and the rule that says so. */
export function answerNoticeQuestion(receivedOn: Date, terms: NoticeTerms): NoticeAnswer {
  const end = terminationEndDate(receivedOn, terms);
  // The year-end rule's last day for the year-end this notice reaches, leaving a fixed end aside.
  const deadline = terms.endsAtYearEnd ? lastNoticeDay(receivedOn, { ...terms, endDate: null }) : null;
  const rule: NoticeRule = deadline
    ? { kind: "yearEnd", months: terms.noticePeriodMonths, lastDay: deadline.lastDay, endDate: deadline.endDate, laterEndDate: yearEnd(deadline.endDate.getUTCFullYear() + 1) }
    : { kind: "plain", months: terms.noticePeriodMonths };
  return { ...end, receivedOn, fixedEndDate: terms.endDate, rule };
}

export type NoticeCalculation = {
  /** The form's state: its values and, for a bad question, its errors. */
  state: FormState;
  answer: (NoticeAnswer & { partyId: string }) | null;
};

type AgreementForCalculation = {
  partyIds: readonly string[];
  versions: { number: number; effectiveDate: Date; terms: NoticeTerms }[];
};

/**
 * The calculator's query parameters, checked as a form (bad dates get the form's error summary),
 * and the answer when they hold. Nothing asked: an empty form.
 */
export function calculateNotice(params: { noticeFrom?: string | string[]; noticeOn?: string | string[] }, agreement: AgreementForCalculation): NoticeCalculation {
  const input = Object.fromEntries(Object.entries({ noticeFrom: params.noticeFrom, noticeOn: params.noticeOn }).filter((entry): entry is [string, string | string[]] => entry[1] !== undefined));
  if (Object.keys(input).length === 0) return { state: initialFormState(), answer: null };
  const values = Object.fromEntries(Object.entries(input).map(([field, value]) => [field, ([] as string[]).concat(value).join("\n")]));

  const validated = validateSubmission(noticeQuestionSchema, input);
  const fieldErrors = validated.ok ? {} : { ...validated.fieldErrors };
  if (validated.ok && !agreement.partyIds.includes(validated.data.noticeFrom)) fieldErrors.noticeFrom = ["validation.invalid"];
  if (!validated.ok || Object.keys(fieldErrors).length > 0) return { state: errorState("errors.validation", values, fieldErrors), answer: null };

  const { noticeFrom, noticeOn } = validated.data;
  const terms = (versionInForce(agreement.versions, noticeOn) ?? agreement.versions[0]!).terms;
  return { state: { ...initialFormState(), values }, answer: { ...answerNoticeQuestion(noticeOn, terms), partyId: noticeFrom } };
}
