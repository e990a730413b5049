import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { findAuditEvents } from "@/features/audit/queries";
import { requireActor } from "@/server/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("audit"))("title") };
}

type Props = { searchParams: Promise<{ page?: string }> };

export default async function AuditLogPage({ searchParams }: Props) {
  const actor = await requireActor("/admin/audit", "audit:view");
  const requested = Number.parseInt((await searchParams).page ?? "1", 10);
  const page = Number.isFinite(requested) && requested > 0 ? Math.min(requested, 10_000) : 1;
  const [{ rows, hasMore }, t, tCommon, format] = await Promise.all([
    findAuditEvents(actor.partnershipId, page),
    getTranslations("audit"),
    getTranslations("common"),
    getFormatter(),
  ]);
  // Catalogue keys cannot contain dots, so "auth.signed_in" is looked up as "auth_signed_in".
  const describe = (action: string) => {
    const key = `actions.${action.replaceAll(".", "_")}`;
    return t.has(key) ? t(key) : action;
  };

  return (
    <div>
      <h1 className="mb-2 text-3xl font-bold">{t("title")}</h1>
      <p className="mb-6">{t("intro")}</p>
      {rows.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">{t("title")}</caption>
            <thead>
              <tr className="border-b-2 border-slate-700">
                <th scope="col" className="py-1 pr-3">{t("when")}</th>
                <th scope="col" className="py-1 pr-3">{t("who")}</th>
                <th scope="col" className="py-1 pr-3">{t("what")}</th>
                <th scope="col" className="py-1 pr-3">{t("object")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} className="border-b border-slate-300">
                  <td className="py-1 pr-3 whitespace-nowrap">
                    <time dateTime={row.createdAt.toISOString()}>{format.dateTime(row.createdAt, { dateStyle: "short", timeStyle: "medium" })}</time>
                  </td>
                  <td className="py-1 pr-3">{row.actorName ?? t("system")}</td>
                  <td className="py-1 pr-3">{describe(row.action)}</td>
                  <td className="py-1 pr-3">{row.entityType}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav aria-label={t("pagination")} className="mt-4 flex gap-6">
        {page > 1 ? (
          <Link href={`/admin/audit?page=${page - 1}`} className="text-blue-900 underline">
            {tCommon("previous")}
          </Link>
        ) : null}
        {hasMore ? (
          <Link href={`/admin/audit?page=${page + 1}`} className="text-blue-900 underline">
            {tCommon("next")}
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
