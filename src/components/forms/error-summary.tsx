"use client";

import { useEffect, useId, useRef } from "react";
import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/forms/form-state";
import { scopedFieldId } from "./field-id";

type Props = {
  state: FormState;
  /** The form's fields in display order, with their visible labels. */
  fields: { name: string; label: string }[];
  /** The scope the form's fields were given (scoped fields, or TextField & co. with `scope`), so the links reach them. */
  scope?: string;
};

/**
 * The Digg/GOV.UK error summary: after a failed submit it takes focus, says what went wrong, and
 * links each error to its field. Without JavaScript, autoFocus does the same on the new page.
 */
export function ErrorSummary({ state, fields, scope }: Props) {
  const t = useTranslations();
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();

  useEffect(() => {
    if (state.status === "error") ref.current?.focus();
  }, [state]);

  if (state.status === "success" && state.message) {
    return (
      <p role="status" className="mb-6 rounded border-l-4 border-green-700 bg-green-50 p-4 text-green-900">
        {t(state.message, state.messageValues)}
      </p>
    );
  }
  if (state.status !== "error") return null;

  const linked = fields.flatMap((field) => (state.fieldErrors[field.name] ?? []).map((key) => ({ field, key })));
  return (
    <div
      ref={ref}
      tabIndex={-1}
      // Moving focus to the summary after a failed submit is the GOV.UK/Digg pattern: screen-reader and
      // keyboard users learn at once that the form was not sent, and each error links to its field.
      // eslint-disable-next-line jsx-a11y/no-autofocus
      autoFocus
      role="alert"
      aria-labelledby={titleId}
      className="mb-6 rounded border-4 border-red-700 bg-white p-4 focus-visible:outline-offset-4"
    >
      <h2 id={titleId} className="text-lg font-bold text-red-800">
        {t("errorSummary.title")}
      </h2>
      {state.message ? <p className="mt-1">{t(state.message, state.messageValues)}</p> : null}
      {linked.length > 0 ? (
        <ul className="mt-2 list-disc pl-5">
          {linked.map(({ field, key }) => (
            <li key={`${field.name}-${key}`}>
              <a href={`#${scopedFieldId(field.name, scope)}`} className="font-semibold text-red-800 underline">
                {field.label}: {t(key)}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
