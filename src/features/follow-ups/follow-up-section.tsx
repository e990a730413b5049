import Link from "next/link";
import { getFormatter, getTranslations } from "@/i18n/server";
import { getActor } from "@/server/auth/session";
import { getActivityFollowUps, type ActivityFollowUps, type FollowUpRecord } from "./queries";

/**
 * The follow-up of one activity, shown on the activity page under its h1 (and on the follow-up
 * page after a save): the latest follow-up, the earlier ones newest first, and the way to the
 * follow-up form for those who may follow the activity up. Shows nothing to someone who may not
 * read the activity.
 */
export async function FollowUpSection({ activityId }: { activityId: string }) {
  const actor = await getActor();
  const data = actor ? await getActivityFollowUps(actor, activityId) : null;
  if (!data) return null;
  return <FollowUpSectionView data={data} />;
}

/** The section's markup, from its data (rendered directly by the view tests). */
export async function FollowUpSectionView({ data }: { data: ActivityFollowUps }) {
  const t = await getTranslations("followUps");
  const headingId = `follow-up-heading-${data.activity.id}`;
  const [latest, ...earlier] = data.followUps;
  return (
    <section aria-labelledby={headingId} className="mb-8">
      <h2 id={headingId} className="mb-3 text-2xl font-bold">
        {t("section.heading")}
      </h2>
      {latest ? <LatestFollowUp data={data} latest={latest} /> : <p className="mb-4">{t("section.none")}</p>}
      {data.mayFollowUp ? (
        data.refusal === null ? (
          <p className="mb-6">
            <Link href={`/activities/${encodeURIComponent(data.activity.id)}/follow-up`} className="inline-block rounded bg-blue-800 px-5 py-2 font-semibold text-white hover:bg-blue-900">
              {t("section.followUpLink")}
            </Link>
          </p>
        ) : (
          <p className="mb-6 rounded border-l-4 border-slate-500 bg-slate-50 p-4">{t(`section.why.${data.refusal}`, { year: data.activity.planYear })}</p>
        )
      ) : null}
      {latest ? <History activityId={data.activity.id} rows={earlier} /> : null}
    </section>
  );
}

async function LatestFollowUp({ data, latest }: { data: ActivityFollowUps; latest: FollowUpRecord }) {
  const [t, tStatus, format] = [await getTranslations("followUps"), await getTranslations("statuses.activity"), await getFormatter()];
  const progressLabelId = `follow-up-progress-${latest.id}`;
  const value = (number: number, unit: string) => (unit ? `${format.number(number)} ${unit}` : format.number(number));
  return (
    <div className="mb-6">
      <h3 className="mb-2 text-xl font-bold">{t("section.latestHeading")}</h3>
      <dl className="max-w-3xl">
        <Row label={t("section.statusLabel")}>
          <span className="rounded border border-slate-600 px-2 py-0.5 font-semibold">{tStatus(latest.status)}</span>
        </Row>
        <div className="border-b border-slate-200 py-2 sm:grid sm:grid-cols-3 sm:gap-4">
          <dt id={progressLabelId} className="font-semibold">
            {t("section.progressLabel")}
          </dt>
          <dd className="flex items-center gap-3 sm:col-span-2">
            <progress aria-labelledby={progressLabelId} max={100} value={latest.progress} className="h-4 w-48 accent-blue-800">
              {t("section.progressValue", { progress: latest.progress })}
            </progress>
            <span>{t("section.progressValue", { progress: latest.progress })}</span>
          </dd>
        </div>
        <Row label={t("section.narrativeLabel")}>{latest.narrative || t("section.notGiven")}</Row>
        <Row label={t("section.resultsLabel")}>{latest.results || t("section.notGiven")}</Row>
        <Row label={t("section.byLabel")}>
          {t("section.byValue", { name: latest.authorName ?? t("section.unknownAuthor"), date: format.dateTime(latest.createdAt, { dateStyle: "long", timeStyle: "short" }) })}
        </Row>
      </dl>
      {data.indicators.length > 0 ? (
        <div className="mt-4 overflow-x-auto">
          <table className="w-full max-w-3xl border-collapse text-left">
            <caption className="mb-2 text-left font-semibold">{t("section.indicatorsCaption")}</caption>
            <thead>
              <tr className="border-b-2 border-slate-700">
                <th scope="col" className="py-2 pr-3">{t("section.indicatorColumn")}</th>
                <th scope="col" className="py-2 pr-3">{t("section.targetColumn")}</th>
                <th scope="col" className="py-2 pr-3">{t("section.outcomeColumn")}</th>
                <th scope="col" className="py-2 pr-3">{t("section.reportedColumn")}</th>
              </tr>
            </thead>
            <tbody>
              {data.indicators.map((indicator) => {
                const reported = latest.outcomes[indicator.id];
                return (
                  <tr key={indicator.id} className="border-b border-slate-300 align-top">
                    <th scope="row" className="py-2 pr-3 font-normal">{indicator.name}</th>
                    <td className="py-2 pr-3">{indicator.targetValue === null ? t("section.noTarget") : value(indicator.targetValue, indicator.unit)}</td>
                    <td className="py-2 pr-3">{indicator.outcomeValue === null ? t("section.notReported") : value(indicator.outcomeValue, indicator.unit)}</td>
                    <td className="py-2 pr-3">{reported === undefined ? t("section.notReported") : value(reported, indicator.unit)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}

async function History({ activityId, rows }: { activityId: string; rows: FollowUpRecord[] }) {
  const [t, tStatus, format] = [await getTranslations("followUps"), await getTranslations("statuses.activity"), await getFormatter()];
  const headingId = `follow-up-history-${activityId}`;
  return (
    <div>
      <h3 id={headingId} className="mb-2 text-xl font-bold">
        {t("section.historyHeading")}
      </h3>
      {rows.length === 0 ? (
        <p>{t("section.historyNone")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">{t("section.historyCaption")}</caption>
            <thead>
              <tr className="border-b-2 border-slate-700">
                <th scope="col" className="py-2 pr-3">{t("section.dateColumn")}</th>
                <th scope="col" className="py-2 pr-3">{t("section.statusColumn")}</th>
                <th scope="col" className="py-2 pr-3">{t("section.progressColumn")}</th>
                <th scope="col" className="py-2 pr-3">{t("section.byColumn")}</th>
                <th scope="col" className="py-2 pr-3">{t("section.narrativeColumn")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} className="border-b border-slate-300 align-top">
                  <th scope="row" className="py-2 pr-3 font-normal whitespace-nowrap">
                    {format.dateTime(row.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                  </th>
                  <td className="py-2 pr-3">{tStatus(row.status)}</td>
                  <td className="py-2 pr-3 whitespace-nowrap">{t("section.progressValue", { progress: row.progress })}</td>
                  <td className="py-2 pr-3">{row.authorName ?? t("section.unknownAuthor")}</td>
                  <td className="py-2 pr-3 whitespace-pre-line">{row.narrative || "–"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="border-b border-slate-200 py-2 sm:grid sm:grid-cols-3 sm:gap-4">
      <dt className="font-semibold">{label}</dt>
      <dd className="whitespace-pre-line sm:col-span-2">{children}</dd>
    </div>
  );
}
