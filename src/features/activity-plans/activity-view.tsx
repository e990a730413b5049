import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "@/i18n/server";
import type { ActivityPage, Named } from "./activity-queries";
import { CarryOverForm, RemoveActivityForm } from "./activity-step-forms";
import { LINK } from "./decision-link";
import { TraceSection } from "./trace-view";

const BUTTON = "inline-block rounded bg-blue-800 px-5 py-2 font-semibold text-white hover:bg-blue-900";

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="border-b border-slate-200 py-2 sm:grid sm:grid-cols-3 sm:gap-4">
      <dt className="font-semibold">{label}</dt>
      <dd className="whitespace-pre-line sm:col-span-2">{children}</dd>
    </div>
  );
}

/** Carrying over is offered when the rules allow it; when next year's plan is missing or not open, the page says why. */
const EXPLAINED = ["noNextPlan", "planProposed", "planClosed"];

/**
 * One activity: every field, its indicators with target and latest outcome, status and progress,
 * the chain across years, and the trace. `children` (the follow-up and results sections) come
 * right after the trace; the forms to change the activity last.
 */
export async function ActivityView({ page, notice, children }: { page: ActivityPage; notice: string | null; children?: React.ReactNode }) {
  const [t, tStatus, tForm, tFocus, tProposals, format, locale] = [
    await getTranslations("activityPlans"),
    await getTranslations("statuses"),
    await getTranslations("activityPlans.form"),
    await getTranslations("focusAreas"),
    await getTranslations("proposals"),
    await getFormatter(),
    await getLocale(),
  ];
  const none = t("activity.none");
  const name = (item: Named | null) => (item ? (locale === "en" && item.nameEn ? item.nameEn : item.name) : none);
  const day = (value: Date) => format.dateTime(value, { dateStyle: "long", timeZone: "UTC" });
  const number = (value: number | null) => (value === null ? none : format.number(value));
  const carryOver = page.carryOver;
  return (
    <article className="max-w-5xl">
      <p className="mb-4">
        <Link href={`/plans/${page.plan.year}`} className={LINK}>
          {t("backToPlan", { year: page.plan.year })}
        </Link>
      </p>
      <h1 className="mb-2 text-3xl font-bold">{page.title}</h1>
      <p className="mb-4">
        <span className="rounded border border-slate-600 px-2 py-1 font-semibold">{tStatus(`activity.${page.status}`)}</span>{" "}
        <span className="ml-2">{t("activity.progressLine", { progress: page.progress })}</span>
      </p>
      {notice ? (
        <p role="status" className="mb-6 rounded border-l-4 border-green-700 bg-green-50 p-4 text-green-900">
          {t(notice)}
        </p>
      ) : null}
      {page.removedAt ? <p className="mb-6 rounded border-l-4 border-amber-700 bg-amber-50 p-4">{t("activity.removedNotice", { date: format.dateTime(page.removedAt, { dateStyle: "long" }) })}</p> : null}

      <section aria-labelledby="details-heading" className="mb-8">
        <h2 id="details-heading" className="mb-2 text-2xl font-bold">
          {t("activity.detailsHeading")}
        </h2>
        <dl>
          <Row label={tForm("description")}>{page.description || none}</Row>
          <Row label={t("activity.plan")}>
            <Link href={`/plans/${page.plan.year}`} className={LINK}>
              {t("planTitle", { year: page.plan.year })}
            </Link>{" "}
            ({tStatus(`plan.${page.plan.status}`)})
          </Row>
          <Row label={tForm("priorityArea")}>
            {page.trace.priorityArea ? (
              <Link href={`/priority-areas/${page.trace.priorityArea.id}`} className={LINK}>
                {page.trace.priorityArea.title}
              </Link>
            ) : (
              none
            )}
          </Row>
          <Row label={tForm("focusArea")}>{tFocus(page.focusArea)}</Row>
          <Row label={tForm("thematicArea")}>{name(page.thematicArea)}</Row>
          <Row label={tForm("dimensions")}>{page.dimensions.map((value) => tProposals(`dimensions.${value}`)).join(", ") || none}</Row>
          <Row label={tForm("collaborationKinds")}>{page.collaborationKinds.map((value) => t(`collaborationKinds.${value}`)).join(", ") || none}</Row>
          <Row label={tForm("municipalResponsible")}>{name(page.municipalResponsible)}</Row>
          <Row label={tForm("universityResponsible")}>{name(page.universityResponsible)}</Row>
          <Row label={tForm("municipalUnit")}>{name(page.municipalUnit)}</Row>
          <Row label={tForm("universityUnit")}>{name(page.universityUnit)}</Row>
          <Row label={tForm("period")}>{t("periodValue", { start: day(page.startsOn), end: day(page.endsOn) })}</Row>
          <Row label={tForm("expectedResults")}>{page.expectedResults || none}</Row>
          <Row label={t("activity.followedUpAt")}>{page.followedUpAt ? format.dateTime(page.followedUpAt, { dateStyle: "long" }) : t("activity.notFollowedUp")}</Row>
        </dl>
      </section>

      <section aria-labelledby="indicators-heading" className="mb-8">
        <h2 id="indicators-heading" className="mb-2 text-2xl font-bold">
          {tForm("indicators")}
        </h2>
        {page.indicators.length === 0 ? (
          <p>{t("activity.noIndicators")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-left">
              <caption className="sr-only">{t("activity.indicatorsCaption", { title: page.title })}</caption>
              <thead>
                <tr className="border-b-2 border-slate-700">
                  <th scope="col" className="py-2 pr-3">{tForm("indicatorName")}</th>
                  <th scope="col" className="py-2 pr-3">{tForm("indicatorUnit")}</th>
                  <th scope="col" className="py-2 pr-3">{tForm("indicatorTarget")}</th>
                  <th scope="col" className="py-2 pr-3">{t("activity.latestOutcome")}</th>
                </tr>
              </thead>
              <tbody>
                {page.indicators.map((indicator) => (
                  <tr key={indicator.id} className="border-b border-slate-300">
                    <th scope="row" className="py-2 pr-3 font-normal">{indicator.name}</th>
                    <td className="py-2 pr-3">{indicator.unit || none}</td>
                    <td className="py-2 pr-3">{number(indicator.targetValue)}</td>
                    <td className="py-2 pr-3">{number(indicator.outcomeValue)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {page.continuedFrom || page.continuedIn ? (
        <section aria-labelledby="chain-heading" className="mb-8">
          <h2 id="chain-heading" className="mb-2 text-2xl font-bold">
            {t("activity.chainHeading")}
          </h2>
          <ul className="list-disc pl-5">
            {page.continuedFrom ? (
              <li>
                <Link href={`/activities/${page.continuedFrom.id}`} className={LINK}>
                  {t("activity.continuedFrom", { year: page.continuedFrom.year })}
                </Link>
              </li>
            ) : null}
            {page.continuedIn ? (
              <li>
                <Link href={`/activities/${page.continuedIn.id}`} className={LINK}>
                  {t("activity.continuedIn", { year: page.continuedIn.year })}
                </Link>
              </li>
            ) : null}
          </ul>
        </section>
      ) : null}

      <TraceSection trace={page.trace} plan={page.plan} />

      {children}

      {page.mayChange || (carryOver && (carryOver.refusal === null || EXPLAINED.includes(carryOver.refusal))) ? (
        <section aria-labelledby="change-heading" className="mt-8 mb-8">
          <h2 id="change-heading" className="mb-4 text-2xl font-bold">
            {t("activity.changeHeading")}
          </h2>
          {page.mayChange ? (
            <>
              <p className="mb-4">
                <Link href={`/activities/${page.id}/edit`} className={BUTTON}>
                  {t("activity.edit")}
                </Link>
              </p>
              <RemoveActivityForm activityId={page.id} version={page.version} needsReason={page.needsReason} />
            </>
          ) : null}
          {carryOver && carryOver.refusal === null ? <CarryOverForm activityId={page.id} year={carryOver.year} needsReason={carryOver.needsReason} /> : null}
          {carryOver && carryOver.refusal !== null && EXPLAINED.includes(carryOver.refusal) ? (
            <p className="rounded border-l-4 border-slate-500 bg-slate-50 p-4">
              {t("carryOver.unavailable", { year: carryOver.year })} {t(`refusals.${carryOver.refusal}`, { year: carryOver.year })}
            </p>
          ) : null}
        </section>
      ) : null}
    </article>
  );
}
