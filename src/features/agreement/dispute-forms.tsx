"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { ScopedInput, ScopedSelect, ScopedTextarea } from "@/components/forms/scoped-fields";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { TextareaField } from "@/components/forms/textarea-field";
import { initialFormState } from "@/lib/forms/form-state";
import { addEscalationStepAction, raiseDisputeAction, resolveDisputeAction } from "./actions";
import type { EscalationLevel } from "./disputes";

export function RaiseDisputeForm({ parties, today }: { parties: { id: string; label: string }[]; today: string }) {
  const t = useTranslations("agreement.disputes.form");
  const [state, formAction] = useActionState(raiseDisputeAction, initialFormState());
  const fields = [
    { name: "disputePartyId", label: t("party") },
    { name: "subject", label: t("subject") },
    { name: "description", label: t("description") },
    { name: "raisedOn", label: t("raisedOn") },
  ];
  return (
    <form action={formAction} noValidate aria-labelledby="raise-dispute-heading" className="rounded border border-slate-300 p-4">
      <h3 id="raise-dispute-heading" className="mb-2 text-xl font-bold">
        {t("heading")}
      </h3>
      <p className="mb-4 max-w-3xl">{t("intro")}</p>
      <ErrorSummary state={state} fields={fields} />
      <SelectField
        name="disputePartyId"
        label={t("party")}
        state={state}
        options={parties.map((party) => ({ value: party.id, label: party.label }))}
        defaultValue={parties.length === 1 ? parties[0]!.id : undefined}
        emptyOption={parties.length === 1 ? undefined : t("chooseParty")}
        required
      />
      <TextField name="subject" label={t("subject")} state={state} required />
      <TextareaField name="description" label={t("description")} hint={t("optional")} state={state} rows={4} />
      <TextField name="raisedOn" label={t("raisedOn")} type="date" state={state} defaultValue={today} required />
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}

export function EscalationStepForm({ disputeId, number, levels, today }: { disputeId: string; number: number; levels: EscalationLevel[]; today: string }) {
  const t = useTranslations("agreement.disputes.step");
  const tLevel = useTranslations("agreement.disputes.levels");
  const [state, formAction] = useActionState(addEscalationStepAction, initialFormState());
  const scope = `step-${disputeId}`;
  return (
    <details open={state.status === "error" || undefined} className="mt-2">
      <summary className="cursor-pointer font-semibold text-blue-900 underline">{t("summary", { number })}</summary>
      <form action={formAction} noValidate aria-label={t("summary", { number })} className="mt-2 rounded border border-slate-300 p-4">
        <ErrorSummary state={state} fields={[]} />
        <input type="hidden" name="disputeId" value={disputeId} />
        <ScopedSelect
          scope={scope}
          compact
          name="level"
          label={t("level")}
          hint={t("levelHint")}
          state={state}
          options={levels.map((level) => ({ value: level, label: tLevel(level) }))}
          defaultValue={levels[levels.length - 1]}
          required
        />
        <ScopedInput scope={scope} compact name="takenOn" label={t("takenOn")} type="date" state={state} defaultValue={today} required />
        <ScopedTextarea scope={scope} compact name="stepNote" label={t("note")} hint={t("optional")} state={state} />
        <SubmitButton>{t("submit")}</SubmitButton>
      </form>
    </details>
  );
}

export function ResolveDisputeForm({ disputeId, number, today }: { disputeId: string; number: number; today: string }) {
  const t = useTranslations("agreement.disputes.resolve");
  const [state, formAction] = useActionState(resolveDisputeAction, initialFormState());
  const scope = `resolve-${disputeId}`;
  return (
    <details open={state.status === "error" || undefined} className="mt-2">
      <summary className="cursor-pointer font-semibold text-blue-900 underline">{t("summary", { number })}</summary>
      <form action={formAction} noValidate aria-label={t("summary", { number })} className="mt-2 rounded border border-slate-300 p-4">
        <ErrorSummary state={state} fields={[]} />
        <input type="hidden" name="disputeId" value={disputeId} />
        <ScopedInput scope={scope} compact name="resolvedOn" label={t("resolvedOn")} type="date" state={state} defaultValue={today} required />
        <ScopedTextarea scope={scope} compact name="resolution" label={t("resolution")} state={state} required />
        <SubmitButton>{t("submit")}</SubmitButton>
      </form>
    </details>
  );
}
