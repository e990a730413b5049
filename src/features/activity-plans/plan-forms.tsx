"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextareaField } from "@/components/forms/textarea-field";
import { initialFormState, type FormState } from "@/lib/forms/form-state";
import { adoptPlanAction, closePlanAction, createPlanAction, editPlanSummaryAction, proposePlanAction, returnPlanToDraftAction } from "./actions";

type Target = { planId: string; version: number };
type Option = { value: string; label: string };
type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

const BOX = "mb-6 rounded border border-slate-300 p-4";

function Hidden({ planId, version }: Target) {
  return (
    <>
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="version" value={String(version)} />
    </>
  );
}

/** Starts the plan of a year (the years on offer have none yet). */
export function CreatePlanForm({ years }: { years: number[] }) {
  const t = useTranslations("activityPlans.create");
  const [state, formAction] = useActionState(createPlanAction, initialFormState());
  return (
    <form action={formAction} noValidate className={BOX} aria-labelledby="create-plan-heading">
      <h2 id="create-plan-heading" className="mb-2 text-2xl font-bold">
        {t("heading")}
      </h2>
      <ErrorSummary state={state} fields={[{ name: "year", label: t("year") }]} />
      <p className="mb-3">{t("intro")}</p>
      <SelectField name="year" label={t("year")} state={state} options={years.map((year) => ({ value: String(year), label: String(year) }))} defaultValue={String(years[0])} required />
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}

/** The draft's summary; carries the version and a fingerprint of the text it shows. */
export function SummaryForm({ summary, baseline, ...target }: Target & { summary: string; baseline: string }) {
  const t = useTranslations("activityPlans.summary");
  const [state, formAction] = useActionState(editPlanSummaryAction, initialFormState());
  return (
    <form action={formAction} noValidate className={BOX} aria-label={t("label")}>
      <ErrorSummary state={state} fields={[{ name: "summary", label: t("label") }]} />
      <Hidden {...target} />
      <input type="hidden" name="baseline" value={baseline} />
      <TextareaField name="summary" label={t("label")} hint={t("hint")} state={state} defaultValue={summary} rows={6} />
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}

type Step = "propose" | "adopt" | "close";
const ACTIONS: Record<Step, Action> = { propose: proposePlanAction, adopt: adoptPlanAction, close: closePlanAction };

/** A step taken by a decision in minutes: the qualifying decisions are offered; the server checks the chosen one again. */
export function DecisionStepForm({ step, options, year, ...target }: Target & { step: Step; options: Option[]; year: number }) {
  const t = useTranslations(`activityPlans.steps.${step}`);
  const tSteps = useTranslations("activityPlans.steps");
  const [state, formAction] = useActionState(ACTIONS[step], initialFormState());
  const headingId = `plan-step-${step}`;
  return (
    <form action={formAction} noValidate className={BOX} aria-labelledby={headingId}>
      <h3 id={headingId} className="mb-2 text-xl font-bold">
        {t("heading")}
      </h3>
      <ErrorSummary state={state} fields={[{ name: "decisionId", label: tSteps("decision") }]} scope={headingId} />
      <Hidden {...target} />
      <p className="mb-3">{t("intro", { year, previous: year - 1, next: year + 1 })}</p>
      {options.length === 0 ? (
        <p className="rounded border-l-4 border-amber-700 bg-amber-50 p-3">{t("none", { year, previous: year - 1, next: year + 1 })}</p>
      ) : (
        <>
          <SelectField name="decisionId" label={tSteps("decision")} state={state} emptyOption={tSteps("choose")} options={options} defaultValue={options.length === 1 ? options[0]!.value : undefined} required scope={headingId} />
          <SubmitButton>{t("submit")}</SubmitButton>
        </>
      )}
    </form>
  );
}

/** The working group takes its proposal back to draft. */
export function ReturnToDraftForm(target: Target) {
  const t = useTranslations("activityPlans.steps.returnToDraft");
  const [state, formAction] = useActionState(returnPlanToDraftAction, initialFormState());
  return (
    <form action={formAction} noValidate className={BOX} aria-labelledby="plan-step-return">
      <h3 id="plan-step-return" className="mb-2 text-xl font-bold">
        {t("heading")}
      </h3>
      <ErrorSummary state={state} fields={[]} />
      <Hidden {...target} />
      <p className="mb-3">{t("intro")}</p>
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}
