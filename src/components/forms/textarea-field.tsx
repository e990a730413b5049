"use client";

import type { FormState } from "@/lib/forms/form-state";
import { FieldHintAndErrors, useFieldProps } from "./field-frame";
import { scopedFieldId } from "./field-id";

type Props = {
  name: string;
  label: string;
  state: FormState;
  hint?: string;
  required?: boolean;
  defaultValue?: string;
  rows?: number;
  /** For a form repeated on one page: the id becomes `<scope>-<name>` (pass the same scope to its ErrorSummary). */
  scope?: string;
};

export function TextareaField({ name, label, state, hint, required, defaultValue, rows = 5, scope }: Props) {
  const field = useFieldProps(name, state, hint, scopedFieldId(name, scope));
  return (
    <div className={`mb-5 ${field.invalid ? "border-l-4 border-red-700 pl-3" : ""}`}>
      <label htmlFor={field.id} className="block font-semibold">
        {label}
      </label>
      <FieldHintAndErrors hint={hint} {...field} />
      <textarea
        id={field.id}
        name={name}
        rows={rows}
        required={required}
        defaultValue={state.values[name] ?? defaultValue}
        aria-invalid={field.invalid}
        aria-describedby={field.describedBy}
        className="mt-1 block w-full max-w-2xl rounded border-2 border-slate-700 px-3 py-2"
      />
    </div>
  );
}
