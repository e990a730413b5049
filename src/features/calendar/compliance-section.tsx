import Link from "next/link";
import { getTranslations } from "@/i18n/server";
import type { ComplianceYear } from "./compliance";
import { ComplianceTable } from "./compliance-table";

const linkClass = "font-semibold text-blue-900 underline";

/** The home page's view of the cadence: previous, current and next year, one table each. */
export async function CadenceComplianceSection({ years }: { years: ComplianceYear[] }) {
  const t = await getTranslations("calendar.compliance");
  return (
    <section aria-labelledby="cadence-compliance-heading" className="space-y-6">
      <div>
        <h2 id="cadence-compliance-heading" className="mb-2 text-2xl font-bold">
          {t("heading")}
        </h2>
        <p className="max-w-3xl">{t("intro")}</p>
      </div>
      {years.map((year) => (
        <div key={year.year} className="space-y-2">
          <ComplianceTable year={year.year} relation={year.relation} rows={year.rows} />
          <p className="flex flex-wrap gap-x-6 gap-y-1">
            <Link href={year.meetingsHref} className={linkClass}>
              {t("meetingsLink", { year: year.year })}
            </Link>
            <Link href={`/arshjul?year=${year.year}`} className={linkClass}>
              {t("annualCycleLink", { year: year.year })}
            </Link>
          </p>
        </div>
      ))}
    </section>
  );
}
