"use client";

import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { CheckboxGroup } from "@/components/forms/checkbox-group";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FieldHintAndErrors, useFieldProps } from "@/components/forms/field-frame";
import { ScopedInput } from "@/components/forms/scoped-fields";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextareaField } from "@/components/forms/textarea-field";
import { TextField } from "@/components/forms/text-field";
import { initialFormState, type FormState } from "@/lib/forms/form-state";
import type { ActivityFormOptions, ActivityFormValues } from "./activity-form-queries";
import { createActivityAction, editActivityAction } from "./actions";
import { COLLABORATION_KINDS, DIMENSIONS, FOCUS_AREAS, indicatorField, MAX_INDICATOR_ROWS } from "./schemas";

type Props = {
  mode: { kind: "create"; planId: string } | { kind: "edit"; activityId: string; version: number; baseline: string };
  values: ActivityFormValues;
  options: ActivityFormOptions;
  /** The plan is adopted: the change is a revision and needs a reason. */
  needsReason: boolean;
  year: number;
};

export const EMPTY_ACTIVITY: ActivityFormValues = {
  title: "",
  description: "",
  priorityAreaId: "",
  focusArea: "",
  thematicAreaId: "",
  dimensions: [],
  collaborationKinds: [],
  municipalResponsibleId: "",
  universityResponsibleId: "",
  municipalUnitId: "",
  universityUnitId: "",
  startsOn: "",
  endsOn: "",
  expectedResults: "",
  indicators: [],
};

/** Existing indicators plus three empty rows, or as many rows as a refused submit sent. */
function rowCount(values: ActivityFormValues, state: FormState): number {
  const sent = Object.keys(state.values)
    .map((key) => /^indicator(\d+)(?:Id|Name|Unit|Target)$/.exec(key))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => Number(match[1]) + 1);
  return Math.min(MAX_INDICATOR_ROWS, Math.max(values.indicators.length + 3, ...sent));
}

/**
 * Every field of an activity (issue #6, item 2). Works without JavaScript: it posts like any form,
 * with three empty indicator rows to fill in; a refused submit comes back with what was typed and
 * an error summary linking each problem to its field.
 */
export function ActivityForm({ mode, values, options, needsReason, year }: Props) {
  const t = useTranslations("activityPlans.form");
  const tActivity = useTranslations("activityPlans");
  const tFocus = useTranslations("focusAreas");
  const tProposals = useTranslations("proposals");
  const locale = useLocale();
  const [state, formAction] = useActionState(mode.kind === "create" ? createActivityAction : editActivityAction, initialFormState());
  const name = (item: { name: string; nameEn?: string | null }) => (locale === "en" && item.nameEn ? item.nameEn : item.name);
  const none = t("noneOption");
  const rows = rowCount(values, state);

  const fields = [
    { name: "title", label: t("title") },
    { name: "description", label: t("description") },
    { name: "priorityAreaId", label: t("priorityArea") },
    { name: "focusArea", label: t("focusArea") },
    { name: "thematicAreaId", label: t("thematicArea") },
    { name: "dimensions", label: t("dimensions") },
    { name: "collaborationKinds", label: t("collaborationKinds") },
    { name: "municipalResponsibleId", label: t("municipalResponsible") },
    { name: "universityResponsibleId", label: t("universityResponsible") },
    { name: "municipalUnitId", label: t("municipalUnit") },
    { name: "universityUnitId", label: t("universityUnit") },
    { name: "startsOn", label: t("startsOn") },
    { name: "endsOn", label: t("endsOn") },
    { name: "expectedResults", label: t("expectedResults") },
    { name: "indicators", label: t("indicators") },
    ...Array.from({ length: rows }, (_, row) => [
      { name: indicatorField(row, "Name"), label: `${t("indicatorRow", { number: row + 1 })}: ${t("indicatorName")}` },
      { name: indicatorField(row, "Unit"), label: `${t("indicatorRow", { number: row + 1 })}: ${t("indicatorUnit")}` },
      { name: indicatorField(row, "Target"), label: `${t("indicatorRow", { number: row + 1 })}: ${t("indicatorTarget")}` },
    ]).flat(),
    { name: "reason", label: t("reason") },
  ];

  return (
    <form action={formAction} noValidate aria-labelledby="activity-form-heading" className="max-w-3xl">
      <h2 id="activity-form-heading" className="sr-only">
        {mode.kind === "create" ? t("newTitle", { year }) : t("editTitle")}
      </h2>
      <ErrorSummary state={state} fields={fields} />
      {mode.kind === "create" ? (
        <input type="hidden" name="planId" value={mode.planId} />
      ) : (
        <>
          <input type="hidden" name="activityId" value={mode.activityId} />
          <input type="hidden" name="version" value={String(mode.version)} />
          <input type="hidden" name="baseline" value={mode.baseline} />
        </>
      )}
      {needsReason ? <p className="mb-6 rounded border-l-4 border-blue-800 bg-blue-50 p-4">{t("revisionNotice")}</p> : null}

      <TextField name="title" label={t("title")} state={state} defaultValue={values.title} required />
      <TextareaField name="description" label={t("description")} state={state} defaultValue={values.description} rows={5} />
      <SelectField
        name="priorityAreaId"
        label={t("priorityArea")}
        hint={options.priorityAreas.length === 0 ? t("noAreas", { year }) : t("priorityAreaHint", { year })}
        state={state}
        emptyOption={t("noArea")}
        options={options.priorityAreas.map((area) => ({ value: area.id, label: area.title }))}
        defaultValue={values.priorityAreaId}
      />
      <SelectField name="focusArea" label={t("focusArea")} state={state} emptyOption={t("chooseFocus")} options={FOCUS_AREAS.map((focus) => ({ value: focus, label: tFocus(focus) }))} defaultValue={values.focusArea} required />
      <SelectField
        name="thematicAreaId"
        label={t("thematicArea")}
        hint={t("thematicAreaHint")}
        state={state}
        emptyOption={none}
        options={options.thematicAreas.map((area) => ({ value: area.id, label: `${name(area)} (${tFocus(area.focusArea)})` }))}
        defaultValue={values.thematicAreaId}
      />
      <CheckboxGroup name="dimensions" legend={t("dimensions")} state={state} options={DIMENSIONS.map((value) => ({ value, label: tProposals(`dimensions.${value}`) }))} defaultValues={values.dimensions} />
      <CheckboxGroup
        name="collaborationKinds"
        legend={t("collaborationKinds")}
        state={state}
        options={COLLABORATION_KINDS.map((value) => ({ value, label: tActivity(`collaborationKinds.${value}`) }))}
        defaultValues={values.collaborationKinds}
      />
      <SelectField name="municipalResponsibleId" label={t("municipalResponsible")} state={state} emptyOption={none} options={options.municipalPeople.map((person) => ({ value: person.id, label: person.name }))} defaultValue={values.municipalResponsibleId} />
      <SelectField name="universityResponsibleId" label={t("universityResponsible")} state={state} emptyOption={none} options={options.universityPeople.map((person) => ({ value: person.id, label: person.name }))} defaultValue={values.universityResponsibleId} />
      <SelectField name="municipalUnitId" label={t("municipalUnit")} state={state} emptyOption={none} options={options.municipalUnits.map((unit) => ({ value: unit.id, label: name(unit) }))} defaultValue={values.municipalUnitId} />
      <SelectField name="universityUnitId" label={t("universityUnit")} state={state} emptyOption={none} options={options.universityUnits.map((unit) => ({ value: unit.id, label: name(unit) }))} defaultValue={values.universityUnitId} />
      <fieldset className="mb-5">
        <legend className="font-semibold">{t("period")}</legend>
        <p className="text-sm text-slate-700">{t("periodHint", { year })}</p>
        <div className="mt-2 grid gap-4 sm:grid-cols-2">
          <TextField name="startsOn" label={t("startsOn")} type="date" state={state} defaultValue={values.startsOn} required />
          <TextField name="endsOn" label={t("endsOn")} type="date" state={state} defaultValue={values.endsOn} required />
        </div>
      </fieldset>
      <TextareaField name="expectedResults" label={t("expectedResults")} state={state} defaultValue={values.expectedResults} rows={4} />
      <IndicatorRows rows={rows} values={values} state={state} />
      {needsReason ? <TextareaField name="reason" label={t("reason")} hint={t("reasonHint")} state={state} rows={3} required /> : null}
      <SubmitButton>{mode.kind === "create" ? t("submitCreate") : t("submitEdit")}</SubmitButton>
    </form>
  );
}

/** The indicator rows: name, unit and an optional numeric target each; an emptied row removes its indicator. */
function IndicatorRows({ rows, values, state }: { rows: number; values: ActivityFormValues; state: FormState }) {
  const t = useTranslations("activityPlans.form");
  const field = useFieldProps("indicators", state, t("indicatorsHint"));
  return (
    <fieldset id={field.id} tabIndex={-1} className={`mb-5 ${field.invalid ? "border-l-4 border-red-700 pl-3" : ""}`} aria-describedby={field.describedBy}>
      <legend className="font-semibold">{t("indicators")}</legend>
      <FieldHintAndErrors hint={t("indicatorsHint")} hintId={field.hintId} errors={field.errors} errorId={field.errorId} />
      {Array.from({ length: rows }, (_, row) => {
        const existing = values.indicators[row];
        return (
          <fieldset key={row} className="mt-3 rounded border border-slate-300 p-3">
            <legend className="px-1 font-semibold">{t("indicatorRow", { number: row + 1 })}</legend>
            {existing ? <input type="hidden" name={indicatorField(row, "Id")} value={existing.id} /> : null}
            <div className="grid gap-x-4 sm:grid-cols-3">
              <ScopedInput name={indicatorField(row, "Name")} label={t("indicatorName")} state={state} defaultValue={existing?.name ?? ""} compact />
              <ScopedInput name={indicatorField(row, "Unit")} label={t("indicatorUnit")} state={state} defaultValue={existing?.unit ?? ""} width="short" compact />
              <ScopedInput name={indicatorField(row, "Target")} label={t("indicatorTarget")} hint={t("targetHint")} state={state} defaultValue={existing?.target ?? ""} width="short" compact />
            </div>
          </fieldset>
        );
      })}
    </fieldset>
  );
}
