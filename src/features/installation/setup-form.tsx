"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { CheckboxGroup } from "@/components/forms/checkbox-group";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FieldHintAndErrors, useFieldProps } from "@/components/forms/field-frame";
import { ScopedInput, ScopedTextarea } from "@/components/forms/scoped-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { TextareaField } from "@/components/forms/textarea-field";
import { FOCUS_AREAS, SUSTAINABILITY_DIMENSIONS } from "@/features/agreement/terms";
import { initialFormState, type FormState } from "@/lib/forms/form-state";
import { setUpPartnershipAction } from "./actions";
import { GROUP_KINDS, MAX_NOTICE_MONTHS, MIN_NOTICE_MONTHS, PARTY_TYPES, meetingsField, partyNameField, partyNumberField, seatsField, thematicAreasField } from "./setup-rules";

const SECTION = "mb-8 rounded border-2 border-slate-300 p-4";
const LEGEND = "px-1 text-xl font-bold";
const SUB_LEGEND = "font-semibold";

/**
 * The installation administrator's form for a new partnership: one page, plain fields, no script
 * needed. What repeats per party, group and focus area is drawn from the enums, so the form follows
 * the data model rather than the demo.
 */
export function SetupForm({ labelledBy }: { labelledBy: string }) {
  const t = useTranslations("installation.form");
  const tAll = useTranslations();
  const [state, formAction] = useActionState(setUpPartnershipAction, initialFormState());
  const party = (type: (typeof PARTY_TYPES)[number]) => tAll(`partyTypes.${type}`);
  const group = (kind: (typeof GROUP_KINDS)[number]) => tAll(`groupKinds.${kind}`);
  const term = (name: string) => tAll(`agreement.terms.labels.${name}`);

  const fields = [
    { name: "name", label: t("name") },
    { name: "nameEn", label: t("nameEn") },
    { name: "slug", label: t("slug") },
    { name: "description", label: t("description") },
    ...PARTY_TYPES.flatMap((type) => [
      { name: partyNameField(type), label: t("partyName", { party: party(type) }) },
      { name: partyNumberField(type), label: t("organisationNumber", { party: party(type) }) },
    ]),
    { name: "agreementTitle", label: t("agreementTitle") },
    { name: "signingDate", label: t("signingDate") },
    { name: "purpose", label: term("purpose") },
    { name: "dimensions", label: term("dimensions") },
    { name: "rightsClause", label: term("rightsClause") },
    { name: "disputeClause", label: term("disputeClause") },
    { name: "startDate", label: term("startDate") },
    { name: "endDate", label: term("endDate") },
    { name: "noticePeriodMonths", label: term("noticePeriodMonths") },
    { name: "endsAtYearEnd", label: term("endsAtYearEnd") },
    ...GROUP_KINDS.flatMap((kind) => [
      { name: meetingsField(kind), label: t("meetingsPerYear", { group: group(kind) }) },
      ...PARTY_TYPES.map((type) => ({ name: seatsField(kind, type), label: t("seats", { group: group(kind), party: party(type) }) })),
    ]),
    ...FOCUS_AREAS.map((focusArea) => ({ name: thematicAreasField(focusArea), label: t("thematicAreasOf", { focusArea: tAll(`focusAreas.${focusArea}`) }) })),
    { name: "adminName", label: t("adminName") },
    { name: "adminEmail", label: t("adminEmail") },
  ];

  return (
    <form action={formAction} noValidate aria-labelledby={labelledBy}>
      <ErrorSummary state={state} fields={fields} />

      <fieldset className={SECTION}>
        <legend className={LEGEND}>{t("partnership")}</legend>
        <TextField name="name" label={t("name")} state={state} required autoComplete="off" />
        <TextField name="nameEn" label={t("nameEn")} state={state} autoComplete="off" />
        <TextField name="slug" label={t("slug")} hint={t("slugHint")} state={state} required autoComplete="off" />
        <TextareaField name="description" label={t("description")} state={state} rows={3} />
      </fieldset>

      <fieldset className={SECTION} aria-describedby="parties-hint">
        <legend className={LEGEND}>{t("parties")}</legend>
        <p id="parties-hint" className="mb-4 text-sm text-slate-700">
          {t("partiesHint")}
        </p>
        {PARTY_TYPES.map((type) => (
          <fieldset key={type} className="mb-4">
            <legend className={SUB_LEGEND}>{party(type)}</legend>
            <TextField name={partyNameField(type)} label={t("partyName", { party: party(type) })} state={state} required autoComplete="off" />
            <TextField name={partyNumberField(type)} label={t("organisationNumber", { party: party(type) })} hint={t("organisationNumberHint")} state={state} autoComplete="off" />
          </fieldset>
        ))}
      </fieldset>

      <fieldset className={SECTION}>
        <legend className={LEGEND}>{t("agreement")}</legend>
        <TextField name="agreementTitle" label={t("agreementTitle")} state={state} required autoComplete="off" />
        <TextField name="signingDate" type="date" label={t("signingDate")} hint={t("dateHint")} state={state} required />
        <TextareaField name="purpose" label={term("purpose")} state={state} required rows={4} />
        <CheckboxGroup
          name="dimensions"
          legend={term("dimensions")}
          hint={t("dimensionsHint")}
          state={state}
          options={SUSTAINABILITY_DIMENSIONS.map((dimension) => ({ value: dimension, label: tAll(`agreement.dimensions.${dimension}`) }))}
        />
        <TextareaField name="rightsClause" label={term("rightsClause")} state={state} required rows={3} />
        <TextareaField name="disputeClause" label={term("disputeClause")} state={state} required rows={3} />
        <TextField name="startDate" type="date" label={term("startDate")} hint={t("dateHint")} state={state} required />
        <TextField name="endDate" type="date" label={term("endDate")} hint={t("endDateHint")} state={state} />
        <ScopedInput
          name="noticePeriodMonths"
          type="number"
          min={MIN_NOTICE_MONTHS}
          max={MAX_NOTICE_MONTHS}
          width="short"
          label={term("noticePeriodMonths")}
          hint={t("noticeHint")}
          state={state}
          required
        />
        <YearEndChoice
          state={state}
          legend={term("endsAtYearEnd")}
          options={[
            { value: "yes", label: tAll("agreement.terms.yearEndYes") },
            { value: "no", label: tAll("agreement.terms.yearEndNo") },
          ]}
        />
      </fieldset>

      <fieldset className={SECTION}>
        <legend className={LEGEND}>{t("groups")}</legend>
        {GROUP_KINDS.map((kind) => (
          <fieldset key={kind} className="mb-4">
            <legend className={SUB_LEGEND}>{group(kind)}</legend>
            <ScopedInput
              name={meetingsField(kind)}
              type="number"
              min={1}
              width="short"
              label={t("meetingsPerYear", { group: group(kind) })}
              hint={t("meetingsHint")}
              state={state}
              required
            />
            {PARTY_TYPES.map((type) => (
              <ScopedTextarea key={type} name={seatsField(kind, type)} label={t("seats", { group: group(kind), party: party(type) })} hint={t("seatsHint")} state={state} />
            ))}
          </fieldset>
        ))}
      </fieldset>

      <fieldset className={SECTION} aria-describedby="thematic-areas-hint">
        <legend className={LEGEND}>{t("thematicAreas")}</legend>
        <p id="thematic-areas-hint" className="mb-4 text-sm text-slate-700">
          {t("thematicAreasHint")}
        </p>
        {FOCUS_AREAS.map((focusArea) => (
          <TextareaField
            key={focusArea}
            name={thematicAreasField(focusArea)}
            label={t("thematicAreasOf", { focusArea: tAll(`focusAreas.${focusArea}`) })}
            state={state}
            rows={4}
          />
        ))}
      </fieldset>

      <fieldset className={SECTION} aria-describedby="administrator-hint">
        <legend className={LEGEND}>{t("administrator")}</legend>
        <p id="administrator-hint" className="mb-4 text-sm text-slate-700">
          {t("administratorHint")}
        </p>
        <TextField name="adminName" label={t("adminName")} state={state} required autoComplete="off" />
        <TextField name="adminEmail" type="email" label={t("adminEmail")} state={state} required autoComplete="off" />
      </fieldset>

      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}

/** Which year-end rule the notice follows: two radio buttons; the first carries the id the error summary links to. */
function YearEndChoice({ state, legend, options }: { state: FormState; legend: string; options: { value: string; label: string }[] }) {
  const field = useFieldProps("endsAtYearEnd", state);
  const chosen = state.values.endsAtYearEnd;
  return (
    <fieldset className={`mb-5 ${field.invalid ? "border-l-4 border-red-700 pl-3" : ""}`} aria-describedby={field.describedBy}>
      <legend className="font-semibold">{legend}</legend>
      <FieldHintAndErrors {...field} />
      {options.map((option, index) => {
        const id = index === 0 ? field.id : `${field.id}-${index}`;
        return (
          <div key={option.value} className="mt-1 flex items-center gap-2">
            <input id={id} type="radio" name="endsAtYearEnd" value={option.value} defaultChecked={chosen === option.value} className="h-5 w-5" />
            <label htmlFor={id}>{option.label}</label>
          </div>
        );
      })}
    </fieldset>
  );
}
