"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState } from "@/lib/forms/form-state";
import { closePriorityAreaAction, continuePriorityAreaAction } from "./actions";

type Props = { priorityAreaId: string; options: { value: string; label: string }[]; nextYear: number | null };

/** A later steering-group decision on the area: continue it into the next year, or close it. */
export function LaterDecisionForms({ priorityAreaId, options, nextYear }: Props) {
  const t = useTranslations("priorityAreas.forms");
  const [continueState, continueAction] = useActionState(continuePriorityAreaAction, initialFormState());
  const [closeState, closeAction] = useActionState(closePriorityAreaAction, initialFormState());
  if (options.length === 0) return <p className="rounded border-l-4 border-amber-700 bg-amber-50 p-3">{t("none")}</p>;
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <form action={continueAction} noValidate aria-labelledby="continue-heading" className="rounded border border-slate-300 p-4">
        <h2 id="continue-heading" className="mb-2 text-xl font-bold">
          {t("continueHeading")}
        </h2>
        <ErrorSummary state={continueState} fields={[]} />
        <p className="mb-3">{t("continueIntro", { year: nextYear ?? "" })}</p>
        <input type="hidden" name="priorityAreaId" value={priorityAreaId} />
        <SelectField name="decisionId" label={t("decision")} state={continueState} emptyOption={t("choose")} options={options} required />
        <SubmitButton>{t("continueSubmit")}</SubmitButton>
      </form>
      <form action={closeAction} noValidate aria-labelledby="close-heading" className="rounded border border-slate-300 p-4">
        <h2 id="close-heading" className="mb-2 text-xl font-bold">
          {t("closeHeading")}
        </h2>
        <ErrorSummary state={closeState} fields={[]} />
        <p className="mb-3">{t("closeIntro")}</p>
        <input type="hidden" name="priorityAreaId" value={priorityAreaId} />
        <label htmlFor="close-decisionId" className="block font-semibold">
          {t("decision")}
        </label>
        <select id="close-decisionId" name="decisionId" required className="mt-1 mb-5 block w-full max-w-md rounded border-2 border-slate-700 bg-white px-3 py-2" defaultValue="">
          <option value="">{t("choose")}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
        <SubmitButton>{t("closeSubmit")}</SubmitButton>
      </form>
    </div>
  );
}
