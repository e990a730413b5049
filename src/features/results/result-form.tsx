"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { ScopedCheckbox, ScopedInput } from "@/components/forms/scoped-fields";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextareaField } from "@/components/forms/textarea-field";
import { initialFormState } from "@/lib/forms/form-state";
import { createResultAction, editResultAction } from "./actions";
import { RESULT_KINDS } from "./rules";

export type ResultFormValues = {
  activityId: string;
  kind: string;
  title: string;
  authors: string;
  /** YYYY-MM-DD or empty. */
  date: string;
  identifier: string;
  url: string;
  description: string;
  mayPublish: boolean;
};

type Props = {
  mode: { kind: "create"; submissionKey: string } | { kind: "edit"; resultId: string; version: number };
  values: ResultFormValues;
  activities: { id: string; title: string; planYear: number }[];
};

/**
 * The result form (issue #6, item 4), for a new result and for editing one. Without JavaScript it
 * posts like any form; the server checks everything again, and a refused save comes back with what
 * was typed and an error summary.
 */
export function ResultForm({ mode, values, activities }: Props) {
  const t = useTranslations("results");
  const [state, formAction] = useActionState(mode.kind === "create" ? createResultAction : editResultAction, initialFormState());
  const fields = [
    { name: "activityId", label: t("form.activity") },
    { name: "kind", label: t("form.kind") },
    { name: "title", label: t("form.title") },
    { name: "authors", label: t("form.authors") },
    { name: "date", label: t("form.date") },
    { name: "identifier", label: t("form.identifier") },
    { name: "url", label: t("form.url") },
    { name: "description", label: t("form.description") },
    { name: "mayPublish", label: t("form.mayPublish") },
  ];
  return (
    <form action={formAction} noValidate aria-labelledby="result-form-heading" className="max-w-3xl">
      <h2 id="result-form-heading" className="sr-only">
        {mode.kind === "create" ? t("form.newTitle") : t("form.editTitle")}
      </h2>
      <ErrorSummary state={state} fields={fields} />
      {mode.kind === "create" ? (
        <input type="hidden" name="submissionKey" value={mode.submissionKey} />
      ) : (
        <>
          <input type="hidden" name="resultId" value={mode.resultId} />
          <input type="hidden" name="version" value={String(mode.version)} />
        </>
      )}
      <SelectField
        name="activityId"
        label={t("form.activity")}
        hint={t("form.activityHint")}
        state={state}
        emptyOption={t("form.chooseActivity")}
        options={activities.map((activity) => ({ value: activity.id, label: t("form.activityOption", { year: activity.planYear, title: activity.title }) }))}
        defaultValue={values.activityId}
        required
      />
      <SelectField
        name="kind"
        label={t("form.kind")}
        state={state}
        emptyOption={t("form.chooseKind")}
        options={RESULT_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
        defaultValue={values.kind}
        required
      />
      <ScopedInput name="title" label={t("form.title")} state={state} defaultValue={values.title} width="long" required />
      <ScopedInput name="authors" label={t("form.authors")} hint={t("form.authorsHint")} state={state} defaultValue={values.authors} width="long" />
      <ScopedInput name="date" label={t("form.date")} hint={t("form.dateHint")} type="date" state={state} defaultValue={values.date} width="short" required />
      <ScopedInput name="identifier" label={t("form.identifier")} hint={t("form.identifierHint")} state={state} defaultValue={values.identifier} width="long" autoComplete="off" />
      <ScopedInput name="url" label={t("form.url")} hint={t("form.urlHint")} type="url" state={state} defaultValue={values.url} width="long" autoComplete="url" />
      <TextareaField name="description" label={t("form.description")} state={state} defaultValue={values.description} rows={5} />
      <ScopedCheckbox name="mayPublish" label={t("form.mayPublish")} hint={t("form.mayPublishHint")} state={state} defaultChecked={values.mayPublish} />
      <SubmitButton>{t("form.save")}</SubmitButton>
    </form>
  );
}
