import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "@/i18n/server";
import { LINK } from "./decision-link";
import type { RevisionComparison, RevisionList } from "./revision-queries";
import type { ActivitySnapshot } from "./snapshot";
import type { FieldChange } from "./snapshot-diff";

/** The plan's revisions, newest first, each linked to its comparison with the one before. */
export async function RevisionsView({ list }: { list: RevisionList }) {
  const [t, format] = [await getTranslations("activityPlans.revisions"), await getFormatter()];
  const { year } = list.plan;
  return (
    <div className="max-w-5xl">
      <p className="mb-4">
        <Link href={`/plans/${year}`} className={LINK}>
          {(await getTranslations("activityPlans"))("backToPlan", { year })}
        </Link>
      </p>
      <h1 className="mb-2 text-3xl font-bold">{t("title", { year })}</h1>
      <p className="mb-6 max-w-3xl">{t("intro")}</p>
      {list.revisions.length === 0 ? (
        <p className="rounded border-l-4 border-slate-500 bg-slate-50 p-4">{t("empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="mb-2 text-left text-lg font-semibold">{t("caption", { year })}</caption>
            <thead>
              <tr className="border-b-2 border-slate-700">
                <th scope="col" className="py-2 pr-3">{t("number")}</th>
                <th scope="col" className="py-2 pr-3">{t("date")}</th>
                <th scope="col" className="py-2 pr-3">{t("by")}</th>
                <th scope="col" className="py-2 pr-3">{t("reason")}</th>
                <th scope="col" className="py-2 pr-3">{t("activities")}</th>
              </tr>
            </thead>
            <tbody>
              {list.revisions.map((revision) => (
                <tr key={revision.number} className="border-b border-slate-300 align-top">
                  <th scope="row" className="py-2 pr-3 font-normal">
                    <Link href={`/plans/${year}/revisions/${revision.number}`} className={`${LINK} font-semibold`}>
                      {revision.number === 0 ? t("adopted") : t("revisionNumber", { number: revision.number })}
                    </Link>
                  </th>
                  <td className="py-2 pr-3 whitespace-nowrap">{format.dateTime(revision.createdAt, { dateStyle: "medium", timeStyle: "short" })}</td>
                  <td className="py-2 pr-3">{revision.createdByName ?? t("unknownBy")}</td>
                  <td className="py-2 pr-3 whitespace-pre-line">{revision.number === 0 ? t("adoptedReason") : revision.reason}</td>
                  <td className="py-2 pr-3">{revision.activityCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

async function formatter() {
  const [t, tForm, tFocus, tProposals, format, locale] = [
    await getTranslations("activityPlans"),
    await getTranslations("activityPlans.form"),
    await getTranslations("focusAreas"),
    await getTranslations("proposals"),
    await getFormatter(),
    await getLocale(),
  ];
  const none = t("activity.none");
  const day = (text: string) => (/^\d{4}-\d{2}-\d{2}$/.test(text) ? format.dateTime(new Date(`${text}T12:00:00Z`), { dateStyle: "long", timeZone: "UTC" }) : none);
  const value = (change: Pick<FieldChange, "field"> & { value: FieldChange["before"] }): string => {
    const { field } = change;
    const raw = change.value as ActivitySnapshot[typeof field];
    switch (field) {
      case "startsOn":
      case "endsOn":
        return day(raw as string);
      case "focusArea":
        return tFocus(raw as string);
      case "dimensions":
        return (raw as string[]).map((item) => tProposals(`dimensions.${item}`)).join(", ") || none;
      case "collaborationKinds":
        return (raw as string[]).map((item) => t(`collaborationKinds.${item}`)).join(", ") || none;
      case "indicators":
        return (
          (raw as ActivitySnapshot["indicators"])
            .map((indicator) => (indicator.targetValue === null ? indicator.name : t("comparison.indicatorValue", { name: indicator.name, target: format.number(indicator.targetValue), unit: indicator.unit })))
            .join("; ") || none
        );
      case "priorityArea":
      case "thematicArea":
      case "municipalResponsible":
      case "universityResponsible":
      case "municipalUnit":
      case "universityUnit":
        return (raw as { name: string } | null)?.name ?? none;
      default:
        return (raw as string) || none;
    }
  };
  return { t, tForm, format, value, day, locale };
}

function ActivityList({ activities, day, t }: { activities: ActivitySnapshot[]; day: (text: string) => string; t: (key: string, values?: Record<string, string | number>) => string }) {
  return (
    <ul className="mb-4 list-disc pl-5">
      {activities.map((activity) => (
        <li key={activity.id}>
          <Link href={`/activities/${activity.id}`} className={LINK}>
            {activity.title}
          </Link>{" "}
          ({t("periodValue", { start: day(activity.startsOn), end: day(activity.endsOn) })}
          {activity.priorityArea?.name ? `, ${activity.priorityArea.name}` : ""})
        </li>
      ))}
    </ul>
  );
}

/** One revision and what changed compared with the one before: activities added and removed, and per activity the fields old → new. */
export async function RevisionComparisonView({ comparison }: { comparison: RevisionComparison }) {
  const { t, tForm, format, value, day } = await formatter();
  const { plan, revision, diff } = comparison;
  const base = `/plans/${plan.year}/revisions`;
  return (
    <article className="max-w-5xl">
      <p className="mb-4 flex flex-wrap gap-4">
        <Link href={base} className={LINK}>
          {t("revisions.all")}
        </Link>
        {revision.number > 0 ? (
          <Link href={`${base}/${revision.number - 1}`} className={LINK}>
            {t("comparison.previous")}
          </Link>
        ) : null}
        {revision.number < comparison.latest ? (
          <Link href={`${base}/${revision.number + 1}`} className={LINK}>
            {t("comparison.next")}
          </Link>
        ) : null}
      </p>
      <h1 className="mb-4 text-3xl font-bold">{revision.number === 0 ? t("comparison.adoptedTitle", { year: plan.year }) : t("comparison.title", { number: revision.number, year: plan.year })}</h1>
      <dl className="mb-8">
        <div className="border-b border-slate-200 py-2 sm:grid sm:grid-cols-3 sm:gap-4">
          <dt className="font-semibold">{t("revisions.date")}</dt>
          <dd className="sm:col-span-2">{format.dateTime(revision.createdAt, { dateStyle: "long", timeStyle: "short" })}</dd>
        </div>
        <div className="border-b border-slate-200 py-2 sm:grid sm:grid-cols-3 sm:gap-4">
          <dt className="font-semibold">{t("revisions.by")}</dt>
          <dd className="sm:col-span-2">{revision.createdByName ?? t("revisions.unknownBy")}</dd>
        </div>
        <div className="border-b border-slate-200 py-2 sm:grid sm:grid-cols-3 sm:gap-4">
          <dt className="font-semibold">{t("revisions.reason")}</dt>
          <dd className="whitespace-pre-line sm:col-span-2">{revision.number === 0 ? t("revisions.adoptedReason") : revision.reason}</dd>
        </div>
      </dl>

      {comparison.previous === null ? (
        <section aria-labelledby="adopted-heading" className="mb-8">
          <h2 id="adopted-heading" className="mb-2 text-2xl font-bold">
            {t("comparison.adoptedActivities", { count: comparison.snapshot.activities.length })}
          </h2>
          {comparison.snapshot.plan.summary ? <p className="mb-4 max-w-3xl whitespace-pre-line">{comparison.snapshot.plan.summary}</p> : null}
          <ActivityList activities={comparison.snapshot.activities} day={day} t={t} />
        </section>
      ) : (
        <section aria-labelledby="changes-heading" className="mb-8">
          <h2 id="changes-heading" className="mb-2 text-2xl font-bold">
            {t("comparison.changesHeading", { previous: comparison.previous })}
          </h2>
          {diff.added.length === 0 && diff.removed.length === 0 && diff.changed.length === 0 && !diff.summary ? <p>{t("comparison.nothing")}</p> : null}
          {diff.summary ? (
            <>
              <h3 className="mt-4 mb-2 text-xl font-bold">{t("comparison.summaryChanged")}</h3>
              <p className="whitespace-pre-line">
                <span className="font-semibold">{t("comparison.before")}:</span> {diff.summary.before || t("activity.none")}
              </p>
              <p className="whitespace-pre-line">
                <span className="font-semibold">{t("comparison.after")}:</span> {diff.summary.after || t("activity.none")}
              </p>
            </>
          ) : null}
          {diff.added.length > 0 ? (
            <>
              <h3 className="mt-4 mb-2 text-xl font-bold">{t("comparison.added")}</h3>
              <ActivityList activities={diff.added} day={day} t={t} />
            </>
          ) : null}
          {diff.removed.length > 0 ? (
            <>
              <h3 className="mt-4 mb-2 text-xl font-bold">{t("comparison.removed")}</h3>
              <ActivityList activities={diff.removed} day={day} t={t} />
            </>
          ) : null}
          {diff.changed.length > 0 ? (
            <>
              <h3 className="mt-4 mb-2 text-xl font-bold">{t("comparison.changed")}</h3>
              {diff.changed.map((activity) => (
                <div key={activity.id} className="mb-6 overflow-x-auto">
                  <table className="w-full border-collapse text-left">
                    <caption className="mb-1 text-left font-semibold">
                      <Link href={`/activities/${activity.id}`} className={LINK}>
                        {activity.title}
                      </Link>
                    </caption>
                    <thead>
                      <tr className="border-b-2 border-slate-700">
                        <th scope="col" className="py-2 pr-3">{t("comparison.field")}</th>
                        <th scope="col" className="py-2 pr-3">{t("comparison.before")}</th>
                        <th scope="col" className="py-2 pr-3">{t("comparison.after")}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {activity.changes.map((change) => (
                        <tr key={change.field} className="border-b border-slate-300 align-top">
                          <th scope="row" className="py-2 pr-3 font-normal">{tForm(change.field)}</th>
                          <td className="py-2 pr-3 whitespace-pre-line">{value({ field: change.field, value: change.before })}</td>
                          <td className="py-2 pr-3 whitespace-pre-line">{value({ field: change.field, value: change.after })}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              ))}
            </>
          ) : null}
        </section>
      )}
    </article>
  );
}
