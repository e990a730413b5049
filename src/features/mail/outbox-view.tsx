import Link from "next/link";
import { getFormatter, getTranslations } from "@/i18n/server";
import type { MailConfig } from "@/server/mail/config";
import type { OutboxCounts, OutboxRow, OutboxStatus } from "./queries";

const STATUS_CLASS: Record<OutboxStatus, string> = {
  PENDING: "border-amber-600 bg-amber-50 text-amber-900",
  SENT: "border-green-700 bg-green-50 text-green-900",
  FAILED: "border-red-700 bg-red-50 text-red-900",
};

/** Whether and how mail leaves the outbox, and how much is waiting. */
export async function MailDelivery({ config, jobsDisabled, counts }: { config: MailConfig; jobsDisabled: boolean; counts: OutboxCounts }) {
  const t = await getTranslations("mail.config");
  const problem = config.kind === "invalid";
  return (
    <section aria-labelledby="mail-delivery-heading" className="mb-8">
      <h2 id="mail-delivery-heading" className="mb-2 text-2xl font-bold">
        {t("heading")}
      </h2>
      <p className={`max-w-3xl rounded border-l-4 p-3 ${problem ? "border-red-700 bg-red-50" : "border-blue-800 bg-blue-50"}`}>
        {config.kind === "smtp" ? t("smtp", { server: config.server }) : config.kind === "invalid" ? t("invalid", { problem: t(`problems.${config.problem}`) }) : t("outbox")}
      </p>
      {jobsDisabled ? <p className="mt-2 max-w-3xl rounded border-l-4 border-amber-600 bg-amber-50 p-3">{t("jobsDisabled")}</p> : null}
      <p className="mt-2">{t("counts", { pending: counts.PENDING, sent: counts.SENT, failed: counts.FAILED })}</p>
    </section>
  );
}

export async function OutboxTable({ rows }: { rows: OutboxRow[] }) {
  const [t, tStatus, format] = await Promise.all([getTranslations("mail.table"), getTranslations("mail.statuses"), getFormatter()]);
  const when = (value: Date) => (
    <time dateTime={value.toISOString()} className="whitespace-nowrap">
      {format.dateTime(value, { dateStyle: "short", timeStyle: "short" })}
    </time>
  );
  return (
    <section aria-labelledby="mail-outbox-heading">
      <h2 id="mail-outbox-heading" className="mb-2 text-2xl font-bold">
        {t("heading")}
      </h2>
      {rows.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="mb-1 text-left font-semibold">{t("caption")}</caption>
            <thead>
              <tr className="border-b-2 border-slate-700">
                <th scope="col" className="py-1 pr-3">{t("created")}</th>
                <th scope="col" className="py-1 pr-3">{t("to")}</th>
                <th scope="col" className="py-1 pr-3">{t("subject")}</th>
                <th scope="col" className="py-1 pr-3">{t("status")}</th>
                <th scope="col" className="py-1 pr-3 text-right">{t("attempts")}</th>
                <th scope="col" className="py-1 pr-3">{t("lastError")}</th>
                <th scope="col" className="py-1 pr-3">{t("sent")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} className="border-b border-slate-300 align-top">
                  <th scope="row" className="py-1 pr-3 text-left font-normal">
                    {when(row.createdAt)}
                  </th>
                  <td className="py-1 pr-3 break-all">{row.to}</td>
                  <td className="py-1 pr-3">
                    {row.subject}
                    {row.hasCalendar ? <span className="block text-sm text-slate-700">{t("calendarAttached")}</span> : null}
                  </td>
                  <td className="py-1 pr-3">
                    <span className={`inline-block rounded border-l-4 px-2 ${STATUS_CLASS[row.status]}`}>{tStatus(row.status)}</span>
                  </td>
                  <td className="py-1 pr-3 text-right">{row.attempts}</td>
                  <td className="py-1 pr-3 break-words">{row.lastError ?? t("none")}</td>
                  <td className="py-1 pr-3">{row.status === "SENT" && row.sentAt ? when(row.sentAt) : t("none")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export async function OutboxPagination({ page, hasMore }: { page: number; hasMore: boolean }) {
  if (page <= 1 && !hasMore) return null;
  const [t, tCommon] = await Promise.all([getTranslations("mail"), getTranslations("common")]);
  const href = (target: number) => (target > 1 ? `/admin/mail?page=${target}` : "/admin/mail");
  return (
    <nav aria-label={t("pagination")} className="mt-4 flex flex-wrap items-center gap-6">
      {page > 1 ? (
        <Link href={href(page - 1)} className="text-blue-900 underline">
          {tCommon("previous")}
        </Link>
      ) : null}
      <span>{t("page", { page })}</span>
      {hasMore ? (
        <Link href={href(page + 1)} className="text-blue-900 underline">
          {tCommon("next")}
        </Link>
      ) : null}
    </nav>
  );
}

/** The page number from the query string: a whole number from 1; anything else is page 1. */
export function outboxPage(value: string | string[] | undefined): number {
  const raw = Array.isArray(value) ? value[0] : value;
  return raw && /^[1-9]\d{0,5}$/.test(raw) ? Number(raw) : 1;
}
