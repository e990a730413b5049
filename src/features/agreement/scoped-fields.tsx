"use client";

import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/forms/form-state";

/**
 * Fields for forms that appear once per row (one per notice, amendment or dispute): their ids carry
 * the row's id, so several such forms can share the agreement page. Labels, hints and errors are
 * tied to the input as in the shared form fields.
 */
type Base = { scope: string; name: string; label: string; state: FormState; hint?: string; required?: boolean };

function useScopedField({ scope, name, state, hint }: Base) {
  const t = useTranslations();
  const id = `${scope}-${name}`;
  const errors = (state.fieldErrors[name] ?? []).map((key) => t(key));
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors.length > 0 ? `${id}-error` : undefined;
  return { id, errors, hintId, errorId, describedBy: [hintId, errorId].filter(Boolean).join(" ") || undefined, invalid: errors.length > 0 || undefined };
}

function Frame({ field, label, hint, children }: { field: ReturnType<typeof useScopedField>; label: string; hint?: string; children: React.ReactNode }) {
  return (
    <div className={`mb-4 ${field.invalid ? "border-l-4 border-red-700 pl-3" : ""}`}>
      <label htmlFor={field.id} className="block font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={field.hintId} className="text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      {field.errorId ? (
        <p id={field.errorId} className="font-semibold text-red-800">
          {field.errors.join(" ")}
        </p>
      ) : null}
      {children}
    </div>
  );
}

export function ScopedInput(props: Base & { type?: "text" | "date"; defaultValue?: string }) {
  const field = useScopedField(props);
  return (
    <Frame field={field} label={props.label} hint={props.hint}>
      <input
        id={field.id}
        name={props.name}
        type={props.type ?? "text"}
        required={props.required}
        defaultValue={props.state.values[props.name] ?? props.defaultValue}
        aria-invalid={field.invalid}
        aria-describedby={field.describedBy}
        className="mt-1 block w-full max-w-md rounded border-2 border-slate-700 px-3 py-2"
      />
    </Frame>
  );
}

export function ScopedTextarea(props: Base & { rows?: number }) {
  const field = useScopedField(props);
  return (
    <Frame field={field} label={props.label} hint={props.hint}>
      <textarea
        id={field.id}
        name={props.name}
        rows={props.rows ?? 3}
        required={props.required}
        defaultValue={props.state.values[props.name]}
        aria-invalid={field.invalid}
        aria-describedby={field.describedBy}
        className="mt-1 block w-full max-w-2xl rounded border-2 border-slate-700 px-3 py-2"
      />
    </Frame>
  );
}

export function ScopedSelect(props: Base & { options: { value: string; label: string }[]; emptyOption?: string; defaultValue?: string }) {
  const field = useScopedField(props);
  return (
    <Frame field={field} label={props.label} hint={props.hint}>
      <select
        id={field.id}
        name={props.name}
        required={props.required}
        defaultValue={props.state.values[props.name] ?? props.defaultValue ?? ""}
        aria-invalid={field.invalid}
        aria-describedby={field.describedBy}
        className="mt-1 block w-full max-w-md rounded border-2 border-slate-700 bg-white px-3 py-2"
      >
        {props.emptyOption !== undefined ? <option value="">{props.emptyOption}</option> : null}
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Frame>
  );
}
