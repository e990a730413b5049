"use client";

import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/forms/form-state";

/**
 * Fields for the minutes page, where one form appears per entry and per decision: ids carry a
 * scope (the row's id), so several forms with the same field names share the page. Labels, hints
 * and errors are tied to the input as in the shared form fields; submitted values come back after
 * a refusal, so nothing typed is lost.
 */
type Base = { scope: string; name: string; label: string; state: FormState; hint?: string; required?: boolean };

function useScopedField({ scope, name, state, hint }: Base) {
  const t = useTranslations();
  const id = `${scope}-${name}`;
  const errors = (state.fieldErrors[name] ?? []).map((key) => t(key, state.messageValues));
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors.length > 0 ? `${id}-error` : undefined;
  return { id, errors, hintId, errorId, describedBy: [hintId, errorId].filter(Boolean).join(" ") || undefined, invalid: errors.length > 0 || undefined };
}

function HintAndErrors({ field, hint }: { field: ReturnType<typeof useScopedField>; hint?: string }) {
  return (
    <>
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
    </>
  );
}

function Frame({ field, label, hint, children }: { field: ReturnType<typeof useScopedField>; label: string; hint?: string; children: React.ReactNode }) {
  return (
    <div className={`mb-4 ${field.invalid ? "border-l-4 border-red-700 pl-3" : ""}`}>
      <label htmlFor={field.id} className="block font-semibold">
        {label}
      </label>
      <HintAndErrors field={field} hint={hint} />
      {children}
    </div>
  );
}

const INPUT = "mt-1 block w-full rounded border-2 border-slate-700 px-3 py-2";

export function MinutesInput(props: Base & { defaultValue?: string }) {
  const field = useScopedField(props);
  return (
    <Frame field={field} label={props.label} hint={props.hint}>
      <input
        id={field.id}
        name={props.name}
        type="text"
        required={props.required}
        defaultValue={props.state.values[props.name] ?? props.defaultValue}
        aria-invalid={field.invalid}
        aria-describedby={field.describedBy}
        className={`${INPUT} max-w-2xl`}
      />
    </Frame>
  );
}

export function MinutesTextarea(props: Base & { rows?: number; defaultValue?: string }) {
  const field = useScopedField(props);
  return (
    <Frame field={field} label={props.label} hint={props.hint}>
      <textarea
        id={field.id}
        name={props.name}
        rows={props.rows ?? 4}
        required={props.required}
        defaultValue={props.state.values[props.name] ?? props.defaultValue}
        aria-invalid={field.invalid}
        aria-describedby={field.describedBy}
        className={`${INPUT} max-w-3xl`}
      />
    </Frame>
  );
}

export function MinutesSelect(props: Base & { options: { value: string; label: string }[]; emptyOption?: string; defaultValue?: string }) {
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
        className={`${INPUT} max-w-md bg-white`}
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

export function MinutesCheckboxes(props: Base & { options: { value: string; label: string }[]; defaultValues?: string[] }) {
  const field = useScopedField(props);
  // Submitted values come back joined by newlines (see submittedValues).
  const checked = props.state.values[props.name] !== undefined ? props.state.values[props.name]!.split("\n") : (props.defaultValues ?? []);
  return (
    <fieldset className={`mb-4 ${field.invalid ? "border-l-4 border-red-700 pl-3" : ""}`} aria-describedby={field.describedBy}>
      <legend className="font-semibold">{props.label}</legend>
      <HintAndErrors field={field} hint={props.hint} />
      {props.options.map((option, index) => {
        const id = `${field.id}-${index}`;
        return (
          <div key={option.value} className="mt-1 flex items-center gap-2">
            <input id={id} type="checkbox" name={props.name} value={option.value} defaultChecked={checked.includes(option.value)} className="h-5 w-5" />
            <label htmlFor={id}>{option.label}</label>
          </div>
        );
      })}
    </fieldset>
  );
}
