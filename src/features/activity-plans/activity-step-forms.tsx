"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextareaField } from "@/components/forms/textarea-field";
import { initialFormState } from "@/lib/forms/form-state";
import { carryOverActivityAction, removeActivityAction } from "./actions";

const BOX = "mb-6 rounded border border-slate-300 p-4";

/** Takes the activity out of the plan; from an adopted plan as a revision with a reason. */
export function RemoveActivityForm({ activityId, version, needsReason }: { activityId: string; version: number; needsReason: boolean }) {
  const t = useTranslations("activityPlans.remove");
  const [state, formAction] = useActionState(removeActivityAction, initialFormState());
  return (
    <details open={state.status === "error" || undefined} className="mb-6">
      <summary className="cursor-pointer font-semibold text-blue-900 underline">{t("summary")}</summary>
      <form action={formAction} noValidate className={`mt-2 ${BOX}`} aria-label={t("summary")}>
        <ErrorSummary state={state} fields={[{ name: "reason", label: t("reason") }]} scope="remove" />
        <input type="hidden" name="activityId" value={activityId} />
        <input type="hidden" name="version" value={String(version)} />
        <p className="mb-3">{needsReason ? t("introAdopted") : t("introDraft")}</p>
        {needsReason ? <TextareaField name="reason" label={t("reason")} hint={t("reasonHint")} state={state} rows={2} required scope="remove" /> : null}
        <SubmitButton>{t("submit")}</SubmitButton>
      </form>
    </details>
  );
}

/** Continues the unfinished activity in next year's plan. */
export function CarryOverForm({ activityId, year, needsReason }: { activityId: string; year: number; needsReason: boolean }) {
  const t = useTranslations("activityPlans.carryOver");
  const [state, formAction] = useActionState(carryOverActivityAction, initialFormState());
  return (
    <form action={formAction} noValidate className={BOX} aria-labelledby="carry-over-heading">
      <h3 id="carry-over-heading" className="mb-2 text-xl font-bold">
        {t("heading", { year })}
      </h3>
      <ErrorSummary state={state} fields={[{ name: "reason", label: t("reason") }]} scope="carry-over" />
      <input type="hidden" name="activityId" value={activityId} />
      <p className="mb-3">{t(needsReason ? "introAdopted" : "intro", { year })}</p>
      {needsReason ? <TextareaField name="reason" label={t("reason")} hint={t("reasonHint")} state={state} rows={2} required scope="carry-over" /> : null}
      <SubmitButton>{t("submit", { year })}</SubmitButton>
    </form>
  );
}
