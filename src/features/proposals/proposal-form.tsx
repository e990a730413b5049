"use client";

import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import { useLocale, useTranslations } from "next-intl";
import { CheckboxGroup } from "@/components/forms/checkbox-group";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FieldHintAndErrors, useFieldProps } from "@/components/forms/field-frame";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { TextareaField } from "@/components/forms/textarea-field";
import { initialFormState, type FormState } from "@/lib/forms/form-state";
import { createProposalAction, editProposalAction } from "./actions";
import { DIMENSIONS, FOCUS_AREAS } from "./vocabulary";
import { FormPartnershipField } from "@/components/forms/form-partnership";

type Named = { id: string; name: string; nameEn: string | null };
export type FormThematicArea = Named & { focusArea: (typeof FOCUS_AREAS)[number] };
export type FormUnit = Named & { partyType: "MUNICIPALITY" | "UNIVERSITY"; partyName: string };

/** The draft's current values, for the edit form. */
export type ProposalValues = {
  title: string;
  problem: string;
  focusArea: string;
  thematicAreaIds: string[];
  dimensions: string[];
  expectedResults: string;
  followUp: string;
  unitIds: string[];
  periodStartYear: string;
  periodEndYear: string;
  resources: string;
  contactName: string;
  contactEmail: string;
};

type Props = {
  mode: { kind: "create"; submissionKey: string } | { kind: "edit"; proposalId: string; version: number };
  values: ProposalValues;
  thematicAreas: FormThematicArea[];
  units: FormUnit[];
  /** "Goes to the call … last day …", or null when no call is open. */
  callNote: string | null;
};

/**
 * The proposal form (issue #5, item 1). Without JavaScript it posts like any form; the two buttons
 * say whether to save a draft or to submit. The server checks everything again; failed submits come
 * back with the values as typed and an error summary.
 */
export function ProposalForm({ mode, values, thematicAreas, units, callNote }: Props) {
  const t = useTranslations("proposals");
  const tFocus = useTranslations("focusAreas");
  const locale = useLocale();
  const [state, formAction] = useActionState(mode.kind === "create" ? createProposalAction : editProposalAction, initialFormState());
  const name = (item: Named) => (locale === "en" && item.nameEn ? item.nameEn : item.name);
  const required = t("form.requiredToSubmit");
  const fields = [
    { name: "title", label: t("form.title") },
    { name: "problem", label: t("form.problem") },
    { name: "focusArea", label: t("form.focusArea") },
    { name: "thematicAreaIds", label: t("form.thematicAreas") },
    { name: "dimensions", label: t("form.dimensions") },
    { name: "expectedResults", label: t("form.expectedResults") },
    { name: "followUp", label: t("form.followUp") },
    { name: "unitIds", label: t("form.units") },
    { name: "periodStartYear", label: t("form.periodStartYear") },
    { name: "periodEndYear", label: t("form.periodEndYear") },
    { name: "resources", label: t("form.resources") },
    { name: "contactName", label: t("form.contactName") },
    { name: "contactEmail", label: t("form.contactEmail") },
  ];
  const groupedAreas = FOCUS_AREAS.map((focus) => ({
    legend: tFocus(focus),
    options: thematicAreas.filter((area) => area.focusArea === focus).map((area) => ({ value: area.id, label: name(area) })),
  }));
  const groupedUnits = (["MUNICIPALITY", "UNIVERSITY"] as const).map((type) => {
    const list = units.filter((unit) => unit.partyType === type);
    return { legend: list[0]?.partyName ?? type, options: list.map((unit) => ({ value: unit.id, label: name(unit) })) };
  });

  return (
    <form action={formAction} noValidate aria-labelledby="proposal-form-heading" className="max-w-3xl">
      <FormPartnershipField />
      <h2 id="proposal-form-heading" className="sr-only">
        {mode.kind === "create" ? t("newTitle") : t("editTitle")}
      </h2>
      <ErrorSummary state={state} fields={fields} />
      {mode.kind === "create" ? (
        <input type="hidden" name="submissionKey" value={mode.submissionKey} />
      ) : (
        <>
          <input type="hidden" name="proposalId" value={mode.proposalId} />
          <input type="hidden" name="version" value={String(mode.version)} />
        </>
      )}
      <p className="mb-6 rounded border-l-4 border-blue-800 bg-blue-50 p-4">{callNote ?? t("form.noOpenCall")}</p>

      <TextField name="title" label={t("form.title")} hint={t("form.titleHint")} state={state} defaultValue={values.title} required />
      <TextareaField name="problem" label={t("form.problem")} hint={`${t("form.problemHint")} ${required}`} state={state} defaultValue={values.problem} rows={6} />
      <SelectField
        name="focusArea"
        label={t("form.focusArea")}
        hint={required}
        state={state}
        emptyOption={t("form.chooseFocusArea")}
        options={FOCUS_AREAS.map((focus) => ({ value: focus, label: tFocus(focus) }))}
        defaultValue={values.focusArea}
      />
      <GroupedCheckboxes name="thematicAreaIds" legend={t("form.thematicAreas")} hint={`${t("form.thematicAreasHint")} ${required}`} state={state} groups={groupedAreas} defaultValues={values.thematicAreaIds} />
      <CheckboxGroup
        name="dimensions"
        legend={t("form.dimensions")}
        hint={`${t("form.dimensionsHint")} ${required}`}
        state={state}
        options={DIMENSIONS.map((dimension) => ({ value: dimension, label: t(`dimensions.${dimension}`) }))}
        defaultValues={values.dimensions}
      />
      <TextareaField name="expectedResults" label={t("form.expectedResults")} hint={required} state={state} defaultValue={values.expectedResults} />
      <TextareaField name="followUp" label={t("form.followUp")} hint={required} state={state} defaultValue={values.followUp} />
      <GroupedCheckboxes name="unitIds" legend={t("form.units")} hint={`${t("form.unitsHint")} ${required}`} state={state} groups={groupedUnits} defaultValues={values.unitIds} />
      <fieldset className="mb-5">
        <legend className="font-semibold">{t("form.period")}</legend>
        <div className="mt-2 grid gap-4 sm:grid-cols-2">
          <TextField name="periodStartYear" label={t("form.periodStartYear")} hint={`${t("form.yearHint")} ${required}`} state={state} defaultValue={values.periodStartYear} />
          <TextField name="periodEndYear" label={t("form.periodEndYear")} hint={`${t("form.yearHint")} ${required}`} state={state} defaultValue={values.periodEndYear} />
        </div>
      </fieldset>
      <TextareaField name="resources" label={t("form.resources")} hint={`${t("form.resourcesHint")} ${required}`} state={state} defaultValue={values.resources} rows={3} />
      <TextField name="contactName" label={t("form.contactName")} hint={required} state={state} defaultValue={values.contactName} autoComplete="name" />
      <TextField name="contactEmail" label={t("form.contactEmail")} hint={required} type="email" state={state} defaultValue={values.contactEmail} autoComplete="email" />

      <div className="mt-6 flex flex-wrap gap-4">
        <IntentButton intent="draft" primary={false}>
          {t("form.saveDraft")}
        </IntentButton>
        <IntentButton intent="submit" primary>
          {t("form.submit")}
        </IntentButton>
      </div>
    </form>
  );
}

/** A submit button that says which way to save; disabled while the form is sent, so a double click sends once. */
function IntentButton({ intent, primary, children }: { intent: "draft" | "submit"; primary: boolean; children: React.ReactNode }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      name="intent"
      value={intent}
      disabled={pending}
      aria-disabled={pending}
      className={
        primary
          ? "rounded bg-blue-800 px-5 py-2 font-semibold text-white hover:bg-blue-900 disabled:bg-slate-600"
          : "rounded border-2 border-blue-800 bg-white px-5 py-2 font-semibold text-blue-900 hover:bg-blue-50 disabled:text-slate-600"
      }
    >
      {children}
    </button>
  );
}

/** One named checkbox group shown in sub-groups (focus areas, parties); the error summary links to the first box. */
function GroupedCheckboxes({
  name,
  legend,
  hint,
  state,
  groups,
  defaultValues,
}: {
  name: string;
  legend: string;
  hint: string;
  state: FormState;
  groups: { legend: string; options: { value: string; label: string }[] }[];
  defaultValues: string[];
}) {
  const field = useFieldProps(name, state, hint);
  const checked = state.values[name] !== undefined ? state.values[name]!.split("\n") : state.status === "error" ? [] : defaultValues;
  // Ids run on across the sub-groups: the first box carries the field's id, which the error summary links to.
  const offsets = groups.map((_, position) => groups.slice(0, position).reduce((sum, group) => sum + group.options.length, 0));
  return (
    <fieldset className={`mb-5 ${field.invalid ? "border-l-4 border-red-700 pl-3" : ""}`} aria-describedby={field.describedBy}>
      <legend className="font-semibold">{legend}</legend>
      <FieldHintAndErrors hint={hint} {...field} />
      {groups.map((group, position) => (
        <div key={group.legend} className="mt-2">
          <p className="font-semibold text-slate-800">{group.legend}</p>
          {group.options.map((option, inGroup) => {
            const index = offsets[position]! + inGroup;
            const id = index === 0 ? field.id : `${field.id}-${index}`;
            return (
              <div key={option.value} className="mt-1 flex items-center gap-2">
                <input id={id} type="checkbox" name={name} value={option.value} defaultChecked={checked.includes(option.value)} className="h-5 w-5" />
                <label htmlFor={id}>{option.label}</label>
              </div>
            );
          })}
        </div>
      ))}
    </fieldset>
  );
}
