"use client";

import type { FormState } from "@/lib/forms/form-state";
import { FieldHintAndErrors, useFieldProps } from "./field-frame";
import { scopedFieldId } from "./field-id";

type Props = {
  name: string;
  label: string;
  state: FormState;
  options: { value: string; label: string }[];
  /** Shown first with an empty value when the field may be left unset. */
  emptyOption?: string;
  hint?: string;
  required?: boolean;
  defaultValue?: string;
  /** For a form repeated on one page: the id becomes `<scope>-<name>` (pass the same scope to its ErrorSummary). */
  scope?: string;
};

export function SelectField({ name, label, state, options, emptyOption, hint, required, defaultValue, scope }: Props) {
  const field = useFieldProps(name, state, hint, scopedFieldId(name, scope));
  return (
    <div className={`mb-5 ${field.invalid ? "border-l-4 border-red-700 pl-3" : ""}`}>
      <label htmlFor={field.id} className="block font-semibold">
        {label}
      </label>
      <FieldHintAndErrors hint={hint} {...field} />
      <select
        id={field.id}
        name={name}
        required={required}
        defaultValue={state.values[name] ?? defaultValue ?? ""}
        aria-invalid={field.invalid}
        aria-describedby={field.describedBy}
        className="mt-1 block w-full max-w-md rounded border-2 border-slate-700 bg-white px-3 py-2"
      >
        {emptyOption !== undefined ? <option value="">{emptyOption}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
