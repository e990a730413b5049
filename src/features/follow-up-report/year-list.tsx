import Link from "next/link";
import { getTranslations } from "@/i18n/server";
import type { ReportYear } from "./queries";

/** The years to open a report for: the current year first if it has no plan yet, then every year with an adopted or closed plan. */
export function reportYearsToList(years: readonly ReportYear[], currentYear: number): { year: number; status: ReportYear["status"] | null }[] {
  const list: { year: number; status: ReportYear["status"] | null }[] = years.map((entry) => ({ year: entry.year, status: entry.status }));
  if (!list.some((entry) => entry.year === currentYear)) list.push({ year: currentYear, status: null });
  return list.sort((a, b) => b.year - a.year);
}

export async function ReportYearList({ years, currentYear }: { years: readonly ReportYear[]; currentYear: number }) {
  const t = await getTranslations("followUpReport");
  const list = reportYearsToList(years, currentYear);
  return (
    <div>
      <h1 className="mb-2 text-3xl font-bold">{t("list.title")}</h1>
      <p className="max-w-3xl">{t("list.intro")}</p>
      <h2 className="mt-6 mb-2 text-2xl font-bold">{t("list.yearsHeading")}</h2>
      <ul className="space-y-2">
        {list.map((entry) => (
          <li key={entry.year}>
            <Link href={`/follow-up/${entry.year}`} className="font-semibold text-blue-900 underline">
              {t("list.yearWithPlan", { year: entry.year })}
            </Link>
            {entry.year === currentYear ? <span> ({t("list.current")})</span> : null}
            <span className="block text-sm text-slate-700">
              {entry.status ? t(`planState.${entry.status}`, { year: entry.year }) : t("noPlanShort", { year: entry.year })}
            </span>
          </li>
        ))}
      </ul>
      {years.length === 0 ? <p className="mt-4">{t("list.noPlans")}</p> : null}
    </div>
  );
}
