import Link from "next/link";
import { getLocale, getTranslations } from "@/i18n/server";
import type { PersonRow } from "./queries";

/** The administrator's list of people: current first, then those who have left. */
export async function PeopleList({ people }: { people: PersonRow[] }) {
  const [t, locale] = await Promise.all([getTranslations("people"), getLocale()]);
  const active = people.filter((person) => person.active);
  const inactive = people.filter((person) => !person.active);
  const missing = <span className="text-slate-700">{t("missing")}</span>;

  const table = (rows: PersonRow[], id: string, heading: string, empty: string) => (
    <section aria-labelledby={id}>
      <h2 id={id} className="mb-3 text-2xl font-bold">
        {heading}
      </h2>
      {rows.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">{heading}</caption>
            <thead>
              <tr className="border-b-2 border-slate-700">
                <th scope="col" className="py-1 pr-3">{t("columns.name")}</th>
                <th scope="col" className="py-1 pr-3">{t("columns.title")}</th>
                <th scope="col" className="py-1 pr-3">{t("columns.party")}</th>
                <th scope="col" className="py-1 pr-3">{t("columns.unit")}</th>
                <th scope="col" className="py-1 pr-3">{t("columns.account")}</th>
                <th scope="col" className="py-1 pr-3">{t("columns.email")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((person) => (
                <tr key={person.id} className="border-b border-slate-300 align-top">
                  <th scope="row" className="py-1 pr-3 font-semibold">
                    <Link href={`/membership/people/${person.id}`} className="text-blue-900 underline">
                      {person.name}
                    </Link>
                  </th>
                  <td className="py-1 pr-3">{person.title ?? missing}</td>
                  <td className="py-1 pr-3">{person.partyName ?? missing}</td>
                  <td className="py-1 pr-3">{person.unit ? (locale === "en" && person.unit.nameEn) || person.unit.name : missing}</td>
                  <td className="py-1 pr-3">
                    {person.anonymisedAt ? t("status.anonymised") : t(`accountStatus.${person.accountStatus}`)}
                  </td>
                  <td className="py-1 pr-3 break-all">{person.email ?? missing}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );

  return (
    <div className="space-y-10">
      <div>
        <h1 className="mb-2 text-3xl font-bold">{t("title")}</h1>
        <p className="mb-4 max-w-3xl">{t("intro")}</p>
        <Link
          href="/membership/people/new"
          className="inline-block rounded bg-blue-800 px-5 py-2 font-semibold text-white hover:bg-blue-900"
        >
          {t("create.title")}
        </Link>
      </div>
      {table(active, "active-people-heading", t("activeHeading"), t("noActive"))}
      {table(inactive, "inactive-people-heading", t("inactiveHeading"), t("noInactive"))}
    </div>
  );
}
