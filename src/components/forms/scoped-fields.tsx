"use client";

import type { FormState } from "@/lib/forms/form-state";
import { FieldHintAndErrors, useFieldProps } from "./field-frame";
import { scopedFieldId } from "./field-id";

/**
 * Fields for forms that appear several times on one page (one per notice, agenda item, minutes entry
 * or decision): their ids carry a scope, e.g. the row's id, so forms with the same field names do not
 * clash. Without `scope` the id is the shared `field-<name>` the error summary links to. Labels,
 * hints and errors are tied to the input as in the shared fields, and what was submitted comes back
 * after a refusal, so nothing typed is lost.
 */
type Base = {
  name: string;
  label: string;
  state: FormState;
  scope?: string;
  hint?: string;
  required?: boolean;
  /** Less space below the field, for the small forms repeated per row. */
  compact?: boolean;
};

type Option = { value: string; label: string };

/** The widest the control may grow: short for times and numbers, wide for long texts. */
type Width = "short" | "medium" | "long" | "wide";
const WIDTH: Record<Width, string> = { short: "max-w-[12rem]", medium: "max-w-md", long: "max-w-2xl", wide: "max-w-3xl" };
const control = (width: Width) => `mt-1 block w-full ${WIDTH[width]} rounded border-2 border-slate-700 px-3 py-2`;

function useScopedField({ name, state, hint, scope }: Base) {
  return useFieldProps(name, state, hint, scopedFieldId(name, scope));
}

type Field = ReturnType<typeof useScopedField>;

const frameClass = (field: Field, compact?: boolean) => `${compact ? "mb-4" : "mb-5"} ${field.invalid ? "border-l-4 border-red-700 pl-3" : ""}`;

function Frame({ field, label, hint, compact, children }: { field: Field; label: string; hint?: string; compact?: boolean; children: React.ReactNode }) {
  return (
    <div className={frameClass(field, compact)}>
      <label htmlFor={field.id} className="block font-semibold">
        {label}
      </label>
      <FieldHintAndErrors hint={hint} {...field} />
      {children}
    </div>
  );
}

export function ScopedInput(
  props: Base & { type?: "text" | "date" | "time" | "url" | "number"; defaultValue?: string; autoComplete?: string; width?: Width; min?: number; max?: number },
) {
  const field = useScopedField(props);
  return (
    <Frame field={field} label={props.label} hint={props.hint} compact={props.compact}>
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
        className={control(props.width ?? "medium")}
      />
    </Frame>
  );
}

export function ScopedTextarea(props: Base & { defaultValue?: string; rows?: number; width?: Width }) {
  const field = useScopedField(props);
  return (
    <Frame field={field} label={props.label} hint={props.hint} compact={props.compact}>
      <textarea
        id={field.id}
        name={props.name}
        rows={props.rows ?? 3}
        required={props.required}
        defaultValue={props.state.values[props.name] ?? props.defaultValue}
        aria-invalid={field.invalid}
        aria-describedby={field.describedBy}
        className={control(props.width ?? "long")}
      />
    </Frame>
  );
}

export function ScopedSelect(props: Base & { options: Option[]; emptyOption?: string; defaultValue?: string }) {
  const field = useScopedField(props);
  return (
    <Frame field={field} label={props.label} hint={props.hint} compact={props.compact}>
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

/** A single checkbox sending "yes" when ticked. After a failed submit it shows what was sent. */
export function ScopedCheckbox(props: Base & { defaultChecked?: boolean }) {
  const field = useScopedField(props);
  const submitted = props.state.status === "error" ? props.state.values[props.name] === "yes" : undefined;
  return (
    <div className={frameClass(field, props.compact)}>
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
      <FieldHintAndErrors hint={props.hint} {...field} />
    </div>
  );
}

/**
 * A fieldset of checkboxes sharing one name; the boxes' ids are the scoped id plus their index. It
 * needs a scope: an unscoped group is the shared CheckboxGroup, whose first box carries the id the
 * error summary links to.
 */
export function ScopedCheckboxes(props: Base & { scope: string; options: Option[]; defaultValues?: string[] }) {
  const field = useScopedField(props);
  // Submitted values come back joined by newlines (see submittedValues).
  const sent = props.state.values[props.name];
  const checked = sent !== undefined ? sent.split("\n") : (props.defaultValues ?? []);
  return (
    <fieldset className={frameClass(field, props.compact)} aria-describedby={field.describedBy}>
      <legend className="font-semibold">{props.label}</legend>
      <FieldHintAndErrors hint={props.hint} {...field} />
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
