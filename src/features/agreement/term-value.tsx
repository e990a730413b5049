import type { ReactNode } from "react";
import type { TermName, Terms } from "./terms";

export type TermTools = {
  t: (key: string, values?: Record<string, string | number>) => string;
  tFocus: (key: string) => string;
  date: (value: Date) => string;
};

/** One term's value in words: texts as written, lists as lists, days and months formatted. */
export function termValue(term: TermName, value: Terms[TermName], { t, tFocus, date }: TermTools): ReactNode {
  switch (term) {
    case "purpose":
    case "rightsClause":
    case "disputeClause":
      return <span className="whitespace-pre-line">{value as string}</span>;
    case "focusAreas":
      return (
        <ul className="list-disc pl-5">
          {(value as string[]).map((area) => (
            <li key={area}>{tFocus(area)}</li>
          ))}
        </ul>
      );
    case "dimensions":
      return (value as string[]).map((dimension) => t(`dimensions.${dimension}`)).join(", ");
    case "startDate":
      return date(value as Date);
    case "endDate":
      return value ? date(value as Date) : t("terms.untilFurtherNotice");
    case "noticePeriodMonths":
      return t("terms.months", { count: value as number });
    case "endsAtYearEnd":
      return value ? t("terms.yearEndYes") : t("terms.yearEndNo");
  }
}
