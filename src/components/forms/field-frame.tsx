"use client";

import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/forms/form-state";
import { scopedFieldId } from "./field-id";

/**
 * The ids and error text every field shares: label target, hint and error tied by aria-describedby.
 * The id is the shared `field-<name>`, or `<scope>-<name>` for a form that appears several times
 * on one page (see scopedFieldId); the form's ErrorSummary takes the same scope to link to it.
 */
export function useFieldProps(name: string, state: FormState, hint?: string, id: string = scopedFieldId(name)) {
  const t = useTranslations();
  const errors = (state.fieldErrors[name] ?? []).map((key) => t(key, state.messageValues));
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors.length > 0 ? `${id}-error` : undefined;
  return {
    id,
    errors,
    hintId,
    errorId,
    describedBy: [hintId, errorId].filter(Boolean).join(" ") || undefined,
    invalid: errors.length > 0 || undefined,
  };
}

export function FieldHintAndErrors({ hint, hintId, errors, errorId }: { hint?: string; hintId?: string; errors: string[]; errorId?: string }) {
  return (
    <>
      {hint ? (
        <p id={hintId} className="text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      {errorId ? (
        <p id={errorId} className="font-semibold text-red-800">
          {errors.join(" ")}
        </p>
      ) : null}
    </>
  );
}
