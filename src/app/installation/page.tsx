import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "@/i18n/server";
import { findInstallationPartnerships } from "@/features/installation/queries";
import { requireInstallationAdministrator } from "@/server/auth/installation";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("installation.list"))("title") };
}

/** The installation administrator's page: the partnerships there are, and the way to create one. */
export default async function InstallationPage() {
  const account = await requireInstallationAdministrator("/installation");
  const [t, format, locale, partnerships] = await Promise.all([
    getTranslations("installation.list"),
    getFormatter(),
    getLocale(),
    findInstallationPartnerships({ id: account.id, installationAdministrator: account.installationAdministrator }),
  ]);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="max-w-3xl">{t("intro")}</p>
      <p>
        <Link href="/installation/partnerships/new" className="inline-block rounded bg-blue-800 px-5 py-2 font-semibold text-white no-underline hover:bg-blue-900">
          {t("create")}
        </Link>
      </p>
      {partnerships.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <table className="w-full border-collapse text-left">
          <caption className="mb-2 text-left font-semibold">{t("caption")}</caption>
          <thead>
            <tr className="border-b-2 border-slate-700">
              <th scope="col" className="py-2 pr-4">{t("name")}</th>
              <th scope="col" className="py-2 pr-4">{t("slug")}</th>
              <th scope="col" className="py-2 pr-4">{t("created")}</th>
              <th scope="col" className="py-2 text-right">{t("users")}</th>
            </tr>
          </thead>
          <tbody>
            {partnerships.map((partnership) => (
              <tr key={partnership.id} className="border-b border-slate-300">
                <th scope="row" className="py-2 pr-4 font-normal">
                  {(locale === "en" && partnership.nameEn) || partnership.name}
                </th>
                <td className="py-2 pr-4">
                  <code>{partnership.slug}</code>
                </td>
                <td className="py-2 pr-4">{format.dateTime(partnership.createdAt, { dateStyle: "medium" })}</td>
                <td className="py-2 text-right">{partnership.users}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
