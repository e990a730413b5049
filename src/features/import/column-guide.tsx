import { getTranslations } from "@/i18n/server";
import { COLUMN_KEYS, HEADER_ALIASES, REQUIRED_COLUMNS, type ColumnKey } from "./columns";

const NEEDED_WITH_GROUP: readonly ColumnKey[] = ["startDate"];

/** What each column of an import file holds, for the import page. */
export async function ColumnGuide() {
  const t = await getTranslations("import");
  return (
    <section aria-labelledby="import-guide-heading">
      <h2 id="import-guide-heading" className="mb-2 text-xl font-bold">
        {t("guide.heading")}
      </h2>
      <p className="mb-3">{t("guide.intro")}</p>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left">
          <caption className="mb-1 text-left font-semibold">{t("guide.caption")}</caption>
          <thead>
            <tr className="border-b-2 border-slate-700">
              <th scope="col" className="py-1 pr-3">{t("guide.column")}</th>
              <th scope="col" className="py-1 pr-3">{t("guide.headers")}</th>
              <th scope="col" className="py-1 pr-3">{t("guide.required")}</th>
              <th scope="col" className="py-1 pr-3">{t("guide.content")}</th>
            </tr>
          </thead>
          <tbody>
            {COLUMN_KEYS.map((column) => (
              <tr key={column} className="border-b border-slate-300 align-top">
                <th scope="row" className="py-1 pr-3 font-semibold">{t(`columns.${column}`)}</th>
                <td className="py-1 pr-3">{HEADER_ALIASES[column].join(", ")}</td>
                <td className="py-1 pr-3">
                  {REQUIRED_COLUMNS.includes(column) ? t("guide.yes") : NEEDED_WITH_GROUP.includes(column) ? t("guide.withGroup") : t("guide.no")}
                </td>
                <td className="py-1 pr-3">{t(`columnHelp.${column}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
