"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { CheckboxGroup } from "@/components/forms/checkbox-group";
import { ErrorSummary } from "@/components/forms/error-summary";
import { ScopedSelect, ScopedTextarea } from "@/components/forms/scoped-fields";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { TextareaField } from "@/components/forms/textarea-field";
import { initialFormState } from "@/lib/forms/form-state";
import { approveAmendmentAction, proposeAmendmentAction, rejectAmendmentAction } from "./actions";
import { AMENDABLE_TERMS, FOCUS_AREAS, SUSTAINABILITY_DIMENSIONS, type FocusArea, type SustainabilityDimension } from "./terms";

export type TermsForForm = {
  purpose: string;
  focusAreas: FocusArea[];
  dimensions: SustainabilityDimension[];
  rightsClause: string;
  disputeClause: string;
  /** YYYY-MM-DD, or "" for until further notice. */
  endDate: string;
  noticePeriodMonths: number;
  endsAtYearEnd: boolean;
};

/** A change to named terms with its reason; the fields start with the terms as they stand. */
export function ProposeAmendmentForm({ terms, today }: { terms: TermsForForm; today: string }) {
  const t = useTranslations("agreement.amendments.form");
  const tTerm = useTranslations("agreement.terms.labels");
  const tFocus = useTranslations("focusAreas");
  const tDimension = useTranslations("agreement.dimensions");
  const [state, formAction] = useActionState(proposeAmendmentAction, initialFormState());
  const fields = [
    { name: "terms", label: t("terms") },
    ...AMENDABLE_TERMS.map((term) => ({ name: term, label: tTerm(term) })),
    { name: "reason", label: t("reason") },
    { name: "effectiveDate", label: t("effectiveDate") },
  ];
  return (
    <form action={formAction} noValidate aria-labelledby="propose-amendment-heading" className="rounded border border-slate-300 p-4">
      <h3 id="propose-amendment-heading" className="mb-2 text-xl font-bold">
        {t("heading")}
      </h3>
      <p className="mb-4 max-w-3xl">{t("intro")}</p>
      <ErrorSummary state={state} fields={fields} />
      <CheckboxGroup
        name="terms"
        legend={t("terms")}
        hint={t("termsHint")}
        state={state}
        options={AMENDABLE_TERMS.map((term) => ({ value: term, label: tTerm(term) }))}
      />
      <fieldset className="mb-5 border-l-4 border-slate-300 pl-4">
        <legend className="mb-2 text-lg font-semibold">{t("newValues")}</legend>
        <TextareaField name="purpose" label={tTerm("purpose")} state={state} defaultValue={terms.purpose} rows={4} />
        <CheckboxGroup
          name="focusAreas"
          legend={tTerm("focusAreas")}
          state={state}
          defaultValues={terms.focusAreas}
          options={FOCUS_AREAS.map((area) => ({ value: area, label: tFocus(area) }))}
        />
        <CheckboxGroup
          name="dimensions"
          legend={tTerm("dimensions")}
          state={state}
          defaultValues={terms.dimensions}
          options={SUSTAINABILITY_DIMENSIONS.map((dimension) => ({ value: dimension, label: tDimension(dimension) }))}
        />
        <TextareaField name="rightsClause" label={tTerm("rightsClause")} state={state} defaultValue={terms.rightsClause} rows={3} />
        <TextareaField name="disputeClause" label={tTerm("disputeClause")} state={state} defaultValue={terms.disputeClause} rows={3} />
        <TextField name="endDate" label={tTerm("endDate")} hint={t("endDateHint")} type="date" state={state} defaultValue={terms.endDate} />
        <TextField name="noticePeriodMonths" label={tTerm("noticePeriodMonths")} hint={t("noticePeriodHint")} state={state} defaultValue={String(terms.noticePeriodMonths)} />
        <SelectField
          name="endsAtYearEnd"
          label={tTerm("endsAtYearEnd")}
          state={state}
          defaultValue={terms.endsAtYearEnd ? "yes" : "no"}
          options={[
            { value: "yes", label: t("yearEndYes") },
            { value: "no", label: t("yearEndNo") },
          ]}
        />
      </fieldset>
      <TextareaField name="reason" label={t("reason")} hint={t("reasonHint")} state={state} rows={3} required />
      <TextField name="effectiveDate" label={t("effectiveDate")} hint={t("effectiveDateHint")} type="date" state={state} defaultValue={today} required />
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}

type ApproveProps = {
  amendmentId: string;
  number: number;
  partyId: string;
  partyName: string;
  /** "self": the viewer is the party's signatory; "on-behalf": an administrator records it. */
  mode: "self" | "on-behalf";
  signatories: { id: string; label: string }[];
};

export function ApproveAmendmentForm({ amendmentId, number, partyId, partyName, mode, signatories }: ApproveProps) {
  const t = useTranslations("agreement.amendments.approve");
  const [state, formAction] = useActionState(approveAmendmentAction, initialFormState());
  const label = mode === "self" ? t("submitSelf", { party: partyName, number }) : t("submitOnBehalf", { party: partyName, number });
  return (
    <form action={formAction} noValidate aria-label={label} className="mt-2">
      <ErrorSummary state={state} fields={[]} />
      <input type="hidden" name="amendmentId" value={amendmentId} />
      <input type="hidden" name="partyId" value={partyId} />
      {mode === "on-behalf" ? (
        <ScopedSelect
          scope={`approve-${amendmentId}-${partyId}`}
          compact
          name="signatoryId"
          label={t("signatory", { party: partyName })}
          hint={t("signatoryHint")}
          state={state}
          emptyOption={t("chooseSignatory")}
          options={signatories.map((signatory) => ({ value: signatory.id, label: signatory.label }))}
          required
        />
      ) : null}
      <SubmitButton>{label}</SubmitButton>
    </form>
  );
}

export function RejectAmendmentForm({ amendmentId, number }: { amendmentId: string; number: number }) {
  const t = useTranslations("agreement.amendments.reject");
  const [state, formAction] = useActionState(rejectAmendmentAction, initialFormState());
  return (
    <details open={state.status === "error" || undefined} className="mt-2">
      <summary className="cursor-pointer font-semibold text-blue-900 underline">{t("summary", { number })}</summary>
      <form action={formAction} noValidate aria-label={t("summary", { number })} className="mt-2">
        <ErrorSummary state={state} fields={[]} />
        <input type="hidden" name="amendmentId" value={amendmentId} />
        <ScopedTextarea scope={`reject-${amendmentId}`} compact name="rejectionNote" label={t("note")} hint={t("optional")} state={state} />
        <SubmitButton>{t("submit", { number })}</SubmitButton>
      </form>
    </details>
  );
}
