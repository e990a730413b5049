"use client";

import type { FormState } from "@/lib/forms/form-state";
import { FieldHintAndErrors, useFieldProps } from "./field-frame";
import { scopedFieldId } from "./field-id";

type Props = {
  name: string;
  label: string;
  state: FormState;
  type?: "text" | "email" | "password" | "date";
  autoComplete?: string;
  hint?: string;
  required?: boolean;
  defaultValue?: string;
  /** For a form repeated on one page: the id becomes `<scope>-<name>` (pass the same scope to its ErrorSummary). */
  scope?: string;
};

/** A labelled input with its hint and errors tied to it for screen readers. */
export function TextField({ name, label, state, type = "text", autoComplete, hint, required, defaultValue, scope }: Props) {
  const field = useFieldProps(name, state, hint, scopedFieldId(name, scope));
  // Secrets are never sent back, so a password field starts empty after a failed submit.
  const value = type === "password" ? undefined : (state.values[name] ?? defaultValue);
  return (
    <div className={`mb-5 ${field.invalid ? "border-l-4 border-red-700 pl-3" : ""}`}>
      <label htmlFor={field.id} className="block font-semibold">
        {label}
      </label>
      <FieldHintAndErrors hint={hint} {...field} />
      <input
        id={field.id}
        name={name}
        type={type}
        autoComplete={autoComplete}
        required={required}
        defaultValue={value}
        aria-invalid={field.invalid}
        aria-describedby={field.describedBy}
        className="mt-1 block w-full max-w-md rounded border-2 border-slate-700 px-3 py-2"
      />
    </div>
  );
}
