"use client";

import { useTranslations } from "next-intl";
import { fieldId } from "@/components/forms/field-id";
import type { FormState } from "@/lib/forms/form-state";

/**
 * Form fields for the meeting forms, which need input types the shared fields do not offer (time,
 * url, number, a single checkbox). Labels, hints and errors are tied to the input as in the shared
 * fields. Without `scope` the id is the shared `field-<name>` the error summary links to; with it
 * (forms repeated per agenda item) the id carries the scope so several forms share one page.
 */
type Base = { name: string; label: string; state: FormState; hint?: string; required?: boolean; scope?: string };

function useField({ name, state, hint, scope }: Base) {
  const t = useTranslations();
  const id = scope ? `${scope}-${name}` : fieldId(name);
  const errors = (state.fieldErrors[name] ?? []).map((key) => t(key));
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors.length > 0 ? `${id}-error` : undefined;
  return { id, errors, hintId, errorId, describedBy: [hintId, errorId].filter(Boolean).join(" ") || undefined, invalid: errors.length > 0 || undefined };
}

type Field = ReturnType<typeof useField>;

function HintAndErrors({ field, hint }: { field: Field; hint?: string }) {
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

const frame = (field: Field) => `mb-5 ${field.invalid ? "border-l-4 border-red-700 pl-3" : ""}`;
const control = "mt-1 block w-full rounded border-2 border-slate-700 px-3 py-2";

export function InputField(
  props: Base & { type?: "text" | "date" | "time" | "url" | "number"; defaultValue?: string; autoComplete?: string; width?: "short" | "medium" | "long"; min?: number; max?: number },
) {
  const field = useField(props);
  const width = props.width === "short" ? "max-w-[12rem]" : props.width === "long" ? "max-w-2xl" : "max-w-md";
  return (
    <div className={frame(field)}>
      <label htmlFor={field.id} className="block font-semibold">
        {props.label}
      </label>
      <HintAndErrors field={field} hint={props.hint} />
      <input
        id={field.id}
        name={props.name}
        type={props.type ?? "text"}
        required={props.required}
        min={props.min}
        max={props.max}
        autoComplete={props.autoComplete}
        defaultValue={props.state.values[props.name] ?? props.defaultValue}
        aria-invalid={field.invalid}
        aria-describedby={field.describedBy}
        className={`${control} ${width}`}
      />
    </div>
  );
}

export function TextareaInput(props: Base & { defaultValue?: string; rows?: number }) {
  const field = useField(props);
  return (
    <div className={frame(field)}>
      <label htmlFor={field.id} className="block font-semibold">
        {props.label}
      </label>
      <HintAndErrors field={field} hint={props.hint} />
      <textarea
        id={field.id}
        name={props.name}
        rows={props.rows ?? 3}
        required={props.required}
        defaultValue={props.state.values[props.name] ?? props.defaultValue}
        aria-invalid={field.invalid}
        aria-describedby={field.describedBy}
        className={`${control} max-w-2xl`}
      />
    </div>
  );
}

export function SelectInput(props: Base & { options: { value: string; label: string }[]; emptyOption?: string; defaultValue?: string }) {
  const field = useField(props);
  return (
    <div className={frame(field)}>
      <label htmlFor={field.id} className="block font-semibold">
        {props.label}
      </label>
      <HintAndErrors field={field} hint={props.hint} />
      <select
        id={field.id}
        name={props.name}
        required={props.required}
        defaultValue={props.state.values[props.name] ?? props.defaultValue ?? ""}
        aria-invalid={field.invalid}
        aria-describedby={field.describedBy}
        className={`${control} max-w-md bg-white`}
      >
        {props.emptyOption !== undefined ? <option value="">{props.emptyOption}</option> : null}
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A single checkbox sending "yes" when ticked. After a failed submit it shows what was sent. */
export function CheckboxField(props: Base & { defaultChecked?: boolean }) {
  const field = useField(props);
  const submitted = props.state.status === "error" ? props.state.values[props.name] === "yes" : undefined;
  return (
    <div className={frame(field)}>
      <div className="flex items-start gap-2">
        <input
          id={field.id}
          name={props.name}
          type="checkbox"
          value="yes"
          defaultChecked={submitted ?? props.defaultChecked}
          aria-invalid={field.invalid}
          aria-describedby={field.describedBy}
          className="mt-1 h-5 w-5"
        />
        <label htmlFor={field.id} className="font-semibold">
          {props.label}
        </label>
      </div>
      <HintAndErrors field={field} hint={props.hint} />
    </div>
  );
}
