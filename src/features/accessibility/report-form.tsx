"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { TextareaField } from "@/components/forms/textarea-field";
import { initialFormState } from "@/lib/forms/form-state";
import { reportAccessibilityProblemAction } from "./actions";

/** The statement's form for reporting a problem: public, and usable without JavaScript. */
export function AccessibilityReportForm() {
  const t = useTranslations("accessibilityReport.form");
  const [state, formAction] = useActionState(reportAccessibilityProblemAction, initialFormState());
  const fields = [
    { name: "description", label: t("description") },
    { name: "pageUrl", label: t("pageUrl") },
    { name: "contactName", label: t("contactName") },
    { name: "contactEmail", label: t("contactEmail") },
  ];
  return (
    <form action={formAction} noValidate aria-labelledby="report-form-heading" className="rounded border border-slate-300 p-4">
      <h3 id="report-form-heading" className="mb-2 text-xl font-bold">
        {t("heading")}
      </h3>
      <ErrorSummary state={state} fields={fields} />
      <TextareaField name="description" label={t("description")} hint={t("descriptionHint")} state={state} rows={5} required />
      <TextField name="pageUrl" label={t("pageUrl")} hint={t("optional")} state={state} />
      <TextField name="contactName" label={t("contactName")} hint={t("optional")} state={state} autoComplete="name" />
      <TextField name="contactEmail" label={t("contactEmail")} hint={t("contactEmailHint")} type="email" state={state} autoComplete="email" />
      {/* Left empty by people; bots fill every field. Hidden from everyone, assistive technology included. */}
      <div hidden>
        <label htmlFor="report-website">{t("website")}</label>
        <input id="report-website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}
