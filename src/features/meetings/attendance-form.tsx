"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState } from "@/lib/forms/form-state";
import { recordAttendanceAction } from "./actions";
import { ATTENDANCE_FIELD_PREFIX, ATTENDANCE_STATUSES, type AttendanceStatus } from "./schemas";

type Row = { personId: string; name: string; roleLabel: string; partyName: string; status: AttendanceStatus | null };

const CHOICES = [...ATTENDANCE_STATUSES, "none"] as const;

/** One form for everyone who was a member on the meeting's day: a row of radio buttons each. */
export function AttendanceForm({ meetingId, rows }: { meetingId: string; rows: Row[] }) {
  const t = useTranslations("meetings.attendance");
  const [state, formAction] = useActionState(recordAttendanceAction, initialFormState());
  // After a failed save the choices come back as they were sent.
  const chosen = (row: Row) => {
    const sent = state.status === "error" ? state.values[`${ATTENDANCE_FIELD_PREFIX}${row.personId}`] : undefined;
    return sent !== undefined ? sent || "none" : (row.status ?? "none");
  };
  return (
    <form action={formAction} noValidate aria-label={t("caption")}>
      <ErrorSummary state={state} fields={[]} />
      <input type="hidden" name="meetingId" value={meetingId} />
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left">
          <caption className="mb-1 text-left text-lg font-semibold">{t("caption")}</caption>
          <thead>
            <tr className="border-b-2 border-slate-700">
              <th scope="col" className="py-1 pr-3">{t("name")}</th>
              <th scope="col" className="py-1 pr-3">{t("role")}</th>
              {CHOICES.map((choice) => (
                <th key={choice} scope="col" className="px-2 py-1 text-center">
                  {t(`statuses.${choice}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.personId} className="border-b border-slate-300">
                <th scope="row" className="py-1 pr-3 font-semibold">
                  {row.name}
                  <span className="block text-sm font-normal text-slate-700">{row.partyName}</span>
                </th>
                <td className="py-1 pr-3">{row.roleLabel}</td>
                {CHOICES.map((choice) => {
                  const id = `attendance-${row.personId}-${choice}`;
                  return (
                    <td key={choice} className="px-2 py-1 text-center">
                      <label htmlFor={id} className="sr-only">
                        {t("choice", { status: t(`statuses.${choice}`), name: row.name })}
                      </label>
                      <input
                        id={id}
                        type="radio"
                        name={`${ATTENDANCE_FIELD_PREFIX}${row.personId}`}
                        value={choice === "none" ? "" : choice}
                        defaultChecked={chosen(row) === choice}
                        className="h-5 w-5"
                      />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="mt-3">
        <SubmitButton>{t("submit")}</SubmitButton>
      </div>
    </form>
  );
}
