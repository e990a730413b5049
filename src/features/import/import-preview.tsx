"use client";

import { useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import type { Issue } from "./issue";
import type { ImportPreview, PreviewOutcome } from "./state";
import { useIssueText } from "./use-issue-text";

export const rowAnchor = (row: number) => `import-row-${row}`;

export function VacancyList({ vacancies }: { vacancies: Issue[] }) {
  const t = useTranslations("import");
  const text = useIssueText();
  if (vacancies.length === 0) return null;
  return (
    <div className="rounded border-l-4 border-amber-600 bg-amber-50 p-4">
      <h3 className="font-bold">{t("preview.vacanciesHeading")}</h3>
      <p>{t("preview.vacanciesIntro")}</p>
      <ul className="mt-1 list-disc pl-5">
        {vacancies.map((vacancy, index) => (
          <li key={index}>{text(vacancy)}</li>
        ))}
      </ul>
    </div>
  );
}

function Outcome({ outcome }: { outcome: PreviewOutcome }) {
  const t = useTranslations("import");
  const membership = outcome.membership;
  return (
    <ul className="space-y-1">
      <li>
        {outcome.person === "new" ? t("outcome.newPerson") : t("outcome.existingPerson")}
        {outcome.firstRow !== null ? ` (${t("outcome.samePerson", { row: outcome.firstRow })})` : null}
      </li>
      {outcome.changes.map((change) => (
        <li key={change.field}>
          {change.before
            ? t("outcome.change", { field: t(`columns.${change.field}`), before: change.before, after: change.after ?? "" })
            : t("outcome.changeFromEmpty", { field: t(`columns.${change.field}`), after: change.after ?? "" })}
        </li>
      ))}
      {membership ? (
        <li>
          {membership.end
            ? t("outcome.membershipUntil", { group: membership.group, role: membership.role, start: membership.start, end: membership.end })
            : t("outcome.membership", { group: membership.group, role: membership.role, start: membership.start })}
        </li>
      ) : null}
      {membership && membership.areas.length > 0 ? <li>{t("outcome.areas", { areas: membership.areas.join(", ") })}</li> : null}
    </ul>
  );
}

type Props = { preview: ImportPreview; fileName: string | null; token: number; focusOnShow: boolean };

/** The preview of a file: what each row would do, and every problem, per row and for the file. */
export function ImportPreviewSection({ preview, fileName, token, focusOnShow }: Props) {
  const t = useTranslations("import");
  const text = useIssueText();
  const heading = useRef<HTMLHeadingElement>(null);
  const rowsWithIssues = preview.rows.filter((row) => row.issues.length > 0);

  useEffect(() => {
    // A good file moves focus here; a bad one leaves it on the error summary.
    if (focusOnShow) heading.current?.focus();
  }, [token, focusOnShow]);

  return (
    <section aria-labelledby="import-preview-heading" className="space-y-4">
      <h2 id="import-preview-heading" ref={heading} tabIndex={-1} className="text-xl font-bold">
        {t("preview.heading")}
      </h2>
      {fileName ? <p>{t("preview.fileName", { name: fileName })}</p> : null}

      {preview.fileIssues.length > 0 ? (
        <div className="rounded border-l-4 border-red-700 bg-red-50 p-4">
          <h3 className="font-bold text-red-800">{t("preview.fileProblems")}</h3>
          <ul className="mt-1 list-disc pl-5">
            {preview.fileIssues.map((issue, index) => (
              <li key={index}>{text(issue)}</li>
            ))}
          </ul>
        </div>
      ) : null}

      {preview.refusal ? (
        <div className="rounded border-l-4 border-red-700 bg-red-50 p-4">
          <h3 className="font-bold text-red-800">{t("preview.refusalHeading")}</h3>
          <p>{text(preview.refusal)}</p>
          {preview.refusal.values?.day ? <p>{t("preview.refusalDay", { day: String(preview.refusal.values.day) })}</p> : null}
        </div>
      ) : null}

      {preview.rows.length > 0 ? <p>{t("preview.summary", { ...preview.counts })}</p> : null}

      {rowsWithIssues.length > 0 ? (
        <div className="rounded border-l-4 border-red-700 bg-red-50 p-4">
          <h3 className="font-bold text-red-800">{t("preview.rowsWithErrors")}</h3>
          <ul className="mt-1 list-disc pl-5">
            {rowsWithIssues.map((row) => (
              <li key={row.row}>
                <a href={`#${rowAnchor(row.row)}`} className="font-semibold text-red-800 underline">
                  {t("preview.rowNumber", { row: row.row })}
                </a>
                : {row.issues.map(text).join(" ")}
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      {preview.valid ? <VacancyList vacancies={preview.vacancies} /> : null}

      {preview.rows.length > 0 ? (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="mb-1 text-left font-semibold">{t("preview.caption")}</caption>
            <thead>
              <tr className="border-b-2 border-slate-700">
                <th scope="col" className="py-1 pr-3">{t("preview.row")}</th>
                <th scope="col" className="py-1 pr-3">{t("preview.name")}</th>
                <th scope="col" className="py-1 pr-3">{t("preview.email")}</th>
                <th scope="col" className="py-1 pr-3">{t("preview.party")}</th>
                <th scope="col" className="py-1 pr-3">{t("preview.outcome")}</th>
                <th scope="col" className="py-1 pr-3">{t("preview.problems")}</th>
              </tr>
            </thead>
            <tbody>
              {preview.rows.map((row) => {
                const invalid = row.issues.length > 0;
                return (
                  <tr
                    key={row.row}
                    id={rowAnchor(row.row)}
                    tabIndex={-1}
                    className={`border-b border-slate-300 align-top ${invalid ? "border-l-4 border-l-red-700 bg-red-50" : ""}`}
                  >
                    <th scope="row" className="py-1 pr-3 pl-2 font-semibold">{row.row}</th>
                    <td className="py-1 pr-3 break-words">{row.name}</td>
                    <td className="py-1 pr-3 break-all">{row.email}</td>
                    <td className="py-1 pr-3">{row.party}</td>
                    <td className="py-1 pr-3">{row.outcome ? <Outcome outcome={row.outcome} /> : null}</td>
                    <td className="py-1 pr-3">
                      {invalid ? (
                        <ul className="list-disc pl-4 font-semibold text-red-800">
                          {row.issues.map((issue, index) => (
                            <li key={index}>{text(issue)}</li>
                          ))}
                        </ul>
                      ) : (
                        t("preview.noProblems")
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
