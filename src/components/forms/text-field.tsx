"use client";

import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/forms/form-state";
import { fieldId } from "./field-id";

type Props = {
  name: string;
  label: string;
  state: FormState;
  type?: "text" | "email" | "password";
  autoComplete?: string;
  hint?: string;
  required?: boolean;
  defaultValue?: string;
};

/** A labelled input with its hint and errors tied to it for screen readers. */
export function TextField({ name, label, state, type = "text", autoComplete, hint, required, defaultValue }: Props) {
  const t = useTranslations();
  const id = fieldId(name);
  const errors = state.fieldErrors[name] ?? [];
  const hintId = hint ? `${id}-hint` : null;
  const errorId = errors.length > 0 ? `${id}-error` : null;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  // Secrets are never sent back, so a password field starts empty after a failed submit.
  const value = type === "password" ? undefined : (state.values[name] ?? defaultValue);

  return (
    <div className={`mb-5 ${errors.length > 0 ? "border-l-4 border-red-700 pl-3" : ""}`}>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={hintId ?? undefined} className="text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      {errorId ? (
        <p id={errorId} className="font-semibold text-red-800">
          {errors.map((key) => t(key)).join(" ")}
        </p>
      ) : null}
      <input
        id={id}
        name={name}
        type={type}
        autoComplete={autoComplete}
        required={required}
        defaultValue={value}
        aria-invalid={errors.length > 0 || undefined}
        aria-describedby={describedBy}
        className="mt-1 block w-full max-w-md rounded border-2 border-slate-700 px-3 py-2"
      />
    </div>
  );
}
