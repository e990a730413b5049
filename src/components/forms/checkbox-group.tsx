"use client";

import type { FormState } from "@/lib/forms/form-state";
import { FieldHintAndErrors, useFieldProps } from "./field-frame";

type Props = {
  name: string;
  legend: string;
  state: FormState;
  options: { value: string; label: string }[];
  hint?: string;
  defaultValues?: string[];
};

/** A fieldset of checkboxes sharing one name; the error summary links to the first box. */
export function CheckboxGroup({ name, legend, state, options, hint, defaultValues = [] }: Props) {
  const field = useFieldProps(name, state, hint);
  // Submitted values come back joined by newlines (see submittedValues).
  const checked = state.values[name] !== undefined ? state.values[name]!.split("\n") : defaultValues;
  return (
    <fieldset className={`mb-5 ${field.invalid ? "border-l-4 border-red-700 pl-3" : ""}`} aria-describedby={field.describedBy}>
      <legend className="font-semibold">{legend}</legend>
      <FieldHintAndErrors hint={hint} {...field} />
      {options.map((option, index) => {
        const id = index === 0 ? field.id : `${field.id}-${index}`;
        return (
          <div key={option.value} className="mt-1 flex items-center gap-2">
            <input
              id={id}
              type="checkbox"
              name={name}
              value={option.value}
              defaultChecked={checked.includes(option.value)}
              className="h-5 w-5"
            />
            <label htmlFor={id}>{option.label}</label>
          </div>
        );
      })}
    </fieldset>
  );
}
