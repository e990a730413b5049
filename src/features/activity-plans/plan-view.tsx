import Link from "next/link";
import { getFormatter, getTranslations } from "@/i18n/server";
import type { DecisionOption } from "./decision-options";
import { DecisionLink, LINK } from "./decision-link";
import { DecisionStepForm, ReturnToDraftForm, SummaryForm } from "./plan-forms";
import type { PlanActivity, PlanPage } from "./plan-queries";

const BUTTON = "inline-block rounded bg-blue-800 px-5 py-2 font-semibold text-white hover:bg-blue-900";

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="border-b border-slate-200 py-2 sm:grid sm:grid-cols-3 sm:gap-4">
      <dt className="font-semibold">{label}</dt>
      <dd className="whitespace-pre-line sm:col-span-2">{children}</dd>
    </div>
  );
}

async function ActivityTable({ caption, activities }: { caption: string; activities: PlanActivity[] }) {
  const [t, tStatus, format] = [await getTranslations("activityPlans"), await getTranslations("statuses"), await getFormatter()];
  const day = (value: Date) => format.dateTime(value, { dateStyle: "medium", timeZone: "UTC" });
  return (
    <div className="mb-6 overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-slate-700">
            <th scope="col" className="py-2 pr-3">{t("plan.columns.activity")}</th>
            <th scope="col" className="py-2 pr-3">{t("plan.columns.period")}</th>
            <th scope="col" className="py-2 pr-3">{t("plan.columns.status")}</th>
            <th scope="col" className="py-2 pr-3">{t("plan.columns.progress")}</th>
          </tr>
        </thead>
        <tbody>
          {activities.map((activity) => (
            <tr key={activity.id} className="border-b border-slate-300 align-top">
              <th scope="row" className="py-2 pr-3 font-normal">
                <Link href={`/activities/${activity.id}`} className={`${LINK} font-semibold`}>
                  {activity.title}
                </Link>
                {activity.carriedOver ? <span className="mt-1 block text-sm text-slate-700">{t("plan.carriedOver")}</span> : null}
                {activity.removedAt ? <span className="mt-1 block text-sm text-slate-700">{t("plan.removedAt", { date: format.dateTime(activity.removedAt, { dateStyle: "medium" }) })}</span> : null}
              </th>
              <td className="py-2 pr-3 whitespace-nowrap">{t("periodValue", { start: day(activity.startsOn), end: day(activity.endsOn) })}</td>
              <td className="py-2 pr-3">{tStatus(`activity.${activity.status}`)}</td>
              <td className="py-2 pr-3">{t("progressValue", { progress: activity.progress })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

async function optionLabels(options: DecisionOption[] | undefined): Promise<{ value: string; label: string }[]> {
  const [t, format] = [await getTranslations("activityPlans.steps"), await getFormatter()];
  return (options ?? []).map((option) => ({
    value: option.id,
    label: `${t("optionLabel", { number: option.number, title: option.title, meeting: option.meetingTitle, date: format.dateTime(option.startsAt, { dateStyle: "medium" }) })}${option.minutesApproved ? "" : ` (${t("draftMinutes")})`}`,
  }));
}

/** One year's plan: status and decisions, summary, activities by priority area, and the steps the actor may take. */
export async function PlanView({ page, notice }: { page: PlanPage; notice: string | null }) {
  const [t, tStatus] = [await getTranslations("activityPlans"), await getTranslations("statuses")];
  const target = { planId: page.id, version: page.version };
  const steps = page.actions.filter((action) => action !== "editSummary");
  return (
    <article className="max-w-5xl">
      <p className="mb-4">
        <Link href="/plans" className={LINK}>
          {t("back")}
        </Link>
      </p>
      <h1 className="mb-2 text-3xl font-bold">{t("planTitle", { year: page.year })}</h1>
      <p className="mb-4">
        <span className="rounded border border-slate-600 px-2 py-1 font-semibold">{tStatus(`plan.${page.status}`)}</span>
      </p>
      {notice ? (
        <p role="status" className="mb-6 rounded border-l-4 border-green-700 bg-green-50 p-4 text-green-900">
          {t(notice)}
        </p>
      ) : null}
      <p className="mb-6 max-w-3xl rounded border-l-4 border-blue-800 bg-blue-50 p-4">{t(`plan.stateNotice.${page.status}`)}</p>

      <dl className="mb-8">
        <Row label={t("plan.proposedBy")}>{page.proposedBy ? <DecisionLink decision={page.proposedBy} /> : t("plan.notYet")}</Row>
        <Row label={t("plan.adoptedBy")}>{page.adoptedBy ? <DecisionLink decision={page.adoptedBy} /> : t("plan.notYet")}</Row>
        {page.closedBy ? <Row label={t("plan.closedBy")}><DecisionLink decision={page.closedBy} /></Row> : null}
        <Row label={t("plan.revisions")}>
          {page.revisionCount > 0 ? (
            <Link href={`/plans/${page.year}/revisions`} className={LINK}>
              {t("plan.revisionsLink", { count: page.revisionCount })}
            </Link>
          ) : (
            t("plan.noRevisions")
          )}
        </Row>
      </dl>

      <section aria-labelledby="summary-heading" className="mb-8">
        <h2 id="summary-heading" className="mb-2 text-2xl font-bold">
          {t("plan.summaryHeading")}
        </h2>
        {page.actions.includes("editSummary") ? (
          <SummaryForm {...target} summary={page.summary} baseline={page.summaryBaseline} />
        ) : (
          <p className="max-w-3xl whitespace-pre-line">{page.summary || t("plan.noSummary")}</p>
        )}
      </section>

      <section aria-labelledby="activities-heading" className="mb-8">
        <h2 id="activities-heading" className="mb-2 text-2xl font-bold">
          {t("plan.activitiesHeading")}
        </h2>
        {page.mayChangeActivities ? (
          <p className="mb-4">
            <Link href={`/plans/${page.year}/activities/new`} className={BUTTON}>
              {t("plan.newActivity")}
            </Link>
          </p>
        ) : null}
        {page.groups.length === 0 ? <p className="rounded border-l-4 border-slate-500 bg-slate-50 p-4">{t("plan.noActivities")}</p> : null}
        {page.groups.map((group) => {
          const name = group.area?.title ?? t("plan.noPriorityArea");
          return (
            <div key={group.area?.id ?? "none"}>
              <h3 className="mt-4 mb-2 text-xl font-bold">
                {group.area ? (
                  <Link href={`/priority-areas/${group.area.id}`} className={LINK}>
                    {name}
                  </Link>
                ) : (
                  name
                )}
              </h3>
              <ActivityTable caption={t("plan.caption", { area: name })} activities={group.activities} />
            </div>
          );
        })}
        {page.removed.length > 0 ? (
          <>
            <h3 className="mt-4 mb-2 text-xl font-bold">{t("plan.removedHeading")}</h3>
            <ActivityTable caption={t("plan.removedHeading")} activities={page.removed} />
          </>
        ) : null}
      </section>

      {steps.length > 0 ? (
        <section aria-labelledby="steps-heading" className="mb-8">
          <h2 id="steps-heading" className="mb-4 text-2xl font-bold">
            {t("steps.heading")}
          </h2>
          {steps.includes("propose") ? <DecisionStepForm step="propose" year={page.year} options={await optionLabels(page.options.propose)} {...target} /> : null}
          {steps.includes("returnToDraft") ? <ReturnToDraftForm {...target} /> : null}
          {steps.includes("adopt") ? <DecisionStepForm step="adopt" year={page.year} options={await optionLabels(page.options.adopt)} {...target} /> : null}
          {steps.includes("close") ? <DecisionStepForm step="close" year={page.year} options={await optionLabels(page.options.close)} {...target} /> : null}
        </section>
      ) : null}
    </article>
  );
}
