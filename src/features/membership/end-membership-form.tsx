"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState } from "@/lib/forms/form-state";
import { endMembershipAction } from "./actions";
import type { GroupRole } from "./composition";

type Props = {
  membershipId: string;
  name: string;
  role: GroupRole;
  today: string;
  /** The group's other current members, who can take over a chair's or secretary's role. */
  successors: { membershipId: string; name: string }[];
};

/**
 * One per member row, folded in a <details> so the table stays readable. Field ids carry the
 * membership id, so several of these forms can share a page.
 */
export function EndMembershipForm({ membershipId, name, role, today, successors }: Props) {
  const t = useTranslations("membership.end");
  const tRole = useTranslations("groupRoles");
  const [state, formAction] = useActionState(endMembershipAction, initialFormState());
  const endDateId = `end-${membershipId}-date`;
  const successorId = `end-${membershipId}-successor`;
  const endDateError = state.fieldErrors.endDate?.length ? `${endDateId}-error` : undefined;
  const tAll = useTranslations();
  const needsSuccessor = role !== "MEMBER";

  return (
    <details open={state.status === "error" || undefined}>
      <summary className="cursor-pointer font-semibold text-blue-900 underline">{t("summary", { name })}</summary>
      <form action={formAction} noValidate className="mt-2 space-y-2">
        <ErrorSummary state={state} fields={[]} />
        <input type="hidden" name="membershipId" value={membershipId} />
        <div>
          <label htmlFor={endDateId} className="block font-semibold">
            {t("endDate")}
          </label>
          {endDateError ? (
            <p id={endDateError} className="font-semibold text-red-800">
              {state.fieldErrors.endDate!.map((key) => tAll(key)).join(" ")}
            </p>
          ) : null}
          <input
            id={endDateId}
            name="endDate"
            type="date"
            defaultValue={state.values.endDate ?? today}
            aria-invalid={endDateError ? true : undefined}
            aria-describedby={endDateError}
            className="rounded border-2 border-slate-700 px-2 py-1"
          />
        </div>
        {needsSuccessor ? (
          <div>
            <label htmlFor={successorId} className="block font-semibold">
              {t("successor", { role: tRole(role) })}
            </label>
            <p id={`${successorId}-hint`} className="text-sm text-slate-700">
              {t("successorHint")}
            </p>
            <select
              id={successorId}
              name="successorMembershipId"
              defaultValue={state.values.successorMembershipId ?? ""}
              aria-describedby={`${successorId}-hint`}
              className="rounded border-2 border-slate-700 bg-white px-2 py-1"
            >
              <option value="">{t("noSuccessor")}</option>
              {successors.map((successor) => (
                <option key={successor.membershipId} value={successor.membershipId}>
                  {successor.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <SubmitButton>{t("submit")}</SubmitButton>
      </form>
    </details>
  );
}
