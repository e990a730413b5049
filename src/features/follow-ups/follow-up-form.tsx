"use client";

import { useActionState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { ScopedInput } from "@/components/forms/scoped-fields";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextareaField } from "@/components/forms/textarea-field";
import { initialFormState } from "@/lib/forms/form-state";
import { recordFollowUpAction } from "./actions";
import { ACTIVITY_STATUSES, outcomeField } from "./rules";

export type FollowUpFormIndicator = { id: string; name: string; unit: string; targetValue: number | null; outcomeValue: number | null };

type Props = {
  activityId: string;
  /** The activity's version the form was rendered from: a save on an older one is refused. */
  version: number;
  /** The latest follow-up the page showed, so a stale save can name the one that came after it. */
  seenFollowUpId: string;
  indicators: FollowUpFormIndicator[];
  /** The activity's current status and progress, as the starting point. */
  defaults: { status: string; progress: number };
};

/**
 * The follow-up form (issue #6, item 3). Without JavaScript it posts like any form; the server
 * checks everything again, and a refused save comes back with what was typed and an error summary
 * that links each error to its field.
 */
export function FollowUpForm({ activityId, version, seenFollowUpId, indicators, defaults }: Props) {
  const t = useTranslations("followUps");
  const tStatus = useTranslations("statuses.activity");
  const format = useFormatter();
  const [state, formAction] = useActionState(recordFollowUpAction, initialFormState());
  const value = (number: number, unit: string) => (unit ? `${format.number(number)} ${unit}` : format.number(number));
  const latestOf = (indicator: FollowUpFormIndicator) => (indicator.outcomeValue === null ? t("form.noOutcomeYet") : value(indicator.outcomeValue, indicator.unit));
  const outcomeLabel = (indicator: FollowUpFormIndicator) =>
    indicator.unit ? t("form.outcomeLabel", { name: indicator.name, unit: indicator.unit }) : t("form.outcomeLabelNoUnit", { name: indicator.name });
  const fields = [
    { name: "status", label: t("form.status") },
    { name: "progress", label: t("form.progress") },
    { name: "narrative", label: t("form.narrative") },
    { name: "results", label: t("form.results") },
    ...indicators.map((indicator) => ({ name: outcomeField(indicator.id), label: outcomeLabel(indicator) })),
  ];

  return (
    <form action={formAction} noValidate aria-labelledby="follow-up-form-heading" className="max-w-3xl">
      <h2 id="follow-up-form-heading" className="mb-4 text-2xl font-bold">
        {t("form.heading")}
      </h2>
      <ErrorSummary state={state} fields={fields} />
      <input type="hidden" name="activityId" value={activityId} />
      <input type="hidden" name="version" value={String(version)} />
      <input type="hidden" name="seenFollowUpId" value={seenFollowUpId} />

      <SelectField
        name="status"
        label={t("form.status")}
        hint={t("form.statusHint")}
        state={state}
        emptyOption={t("form.chooseStatus")}
        options={ACTIVITY_STATUSES.map((status) => ({ value: status, label: tStatus(status) }))}
        defaultValue={defaults.status}
        required
      />
      <ScopedInput name="progress" label={t("form.progress")} hint={t("form.progressHint")} type="number" min={0} max={100} width="short" state={state} defaultValue={String(defaults.progress)} required />
      <TextareaField name="narrative" label={t("form.narrative")} hint={t("form.narrativeHint")} state={state} rows={6} />
      <TextareaField name="results" label={t("form.results")} hint={t("form.resultsHint")} state={state} rows={4} />

      <fieldset className="mb-5 rounded border-2 border-slate-300 p-4">
        <legend className="px-1 text-lg font-bold">{t("form.outcomes")}</legend>
        {indicators.length === 0 ? (
          <p>{t("form.noIndicators")}</p>
        ) : (
          <>
            <p className="mb-3 text-sm text-slate-700">{t("form.outcomesHint")}</p>
            {indicators.map((indicator) => (
              <ScopedInput
                key={indicator.id}
                name={outcomeField(indicator.id)}
                label={outcomeLabel(indicator)}
                hint={
                  indicator.targetValue === null
                    ? t("form.outcomeHintNoTarget", { latest: latestOf(indicator) })
                    : t("form.outcomeHint", { target: value(indicator.targetValue, indicator.unit), latest: latestOf(indicator) })
                }
                width="short"
                autoComplete="off"
                state={state}
                compact
              />
            ))}
          </>
        )}
      </fieldset>

      <SubmitButton>{t("form.submit")}</SubmitButton>
    </form>
  );
}
