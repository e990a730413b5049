import Link from "next/link";
import { getFormatter, getTranslations } from "@/i18n/server";
import { TIME_ZONE } from "@/i18n/locales";
import { MAX_CYCLE_YEAR, MIN_CYCLE_YEAR, type AnnualCycle, type AnnualCycleEvent, type MeetingEvent } from "./annual-cycle";
import { AnnualCycleWheel } from "./annual-cycle-wheel";
import { ComplianceTable } from "./compliance-table";

const linkClass = "font-semibold text-blue-900 underline";
const badgeClass = "inline-block rounded border px-2 py-0.5 text-sm font-semibold";

const MEETING_STATUS_CLASSES: Record<MeetingEvent["status"], string> = {
  PLANNED: "border-blue-800 bg-blue-50 text-blue-900",
  HELD: "border-green-800 bg-green-50 text-green-900",
  CANCELLED: "border-slate-700 bg-slate-100 text-slate-900",
};

/**
 * The årshjul as an ordered list of the twelve months, each with its events: the content every
 * reader gets, on screen, to assistive technology and on paper. The wheel above it is a picture of
 * the same list, with a text alternative.
 */
export async function AnnualCycleView({ cycle }: { cycle: AnnualCycle }) {
  const [t, tStatus, tKind, format] = await Promise.all([getTranslations("calendar.cycle"), getTranslations("statuses.meeting"), getTranslations("groupKinds"), getFormatter()]);
  const monthName = (month: number) => {
    const name = format.dateTime(new Date(Date.UTC(cycle.year, month - 1, 15)), { month: "long", timeZone: "UTC" });
    return name.charAt(0).toUpperCase() + name.slice(1);
  };
  const eventCount = cycle.months.reduce((sum, month) => sum + month.events.length, 0);

  const meetingItem = (event: MeetingEvent) => (
    <>
      {event.milestone === "followUpAndPlan" ? <p className="font-bold text-blue-950">{t("followUpAndPlan")}</p> : null}
      <p>
        <Link href={event.href} className={linkClass}>
          {event.title}
        </Link>
        <span className="text-slate-800"> – {tKind(event.groupKind)}</span>
      </p>
      <p>
        {t("when", {
          date: format.dateTime(event.startsAt, { dateStyle: "full", timeZone: TIME_ZONE }),
          start: format.dateTime(event.startsAt, { timeStyle: "short", timeZone: TIME_ZONE }),
          end: format.dateTime(event.endsAt, { timeStyle: "short", timeZone: TIME_ZONE }),
        })}
      </p>
      <p className="mt-1 flex flex-wrap gap-2">
        <span className={`${badgeClass} ${MEETING_STATUS_CLASSES[event.status]}`}>{tStatus(event.status)}</span>
        {event.isExtra ? <span className={`${badgeClass} border-amber-800 bg-amber-50 text-amber-900`}>{t("extra")}</span> : null}
      </p>
      {event.status !== "CANCELLED" ? (
        <p className="mt-1 print:hidden">
          <a href={event.icsHref} className={linkClass} download>
            {t("addToCalendar")}
            <span className="sr-only">{` – ${event.title}`}</span>
          </a>
        </p>
      ) : null}
    </>
  );

  const eventItem = (event: AnnualCycleEvent) => {
    switch (event.kind) {
      case "meeting":
        return meetingItem(event);
      case "proposalDeadline":
        return (
          <>
            <p className="font-bold text-amber-900">{t("proposalDeadline")}</p>
            <p>
              {event.href ? (
                <Link href={event.href} className={linkClass}>
                  {event.title}
                </Link>
              ) : (
                event.title
              )}
            </p>
            <p>{format.dateTime(new Date(`${event.date}T00:00:00Z`), { dateStyle: "full", timeZone: "UTC" })}</p>
          </>
        );
    }
  };

  return (
    <div className="space-y-10">
      <div>
        <h1 className="text-3xl font-bold">{t("title", { year: cycle.year })}</h1>
        <p className="mt-2 max-w-3xl text-lg text-slate-800">{t("intro")}</p>
      </div>

      <nav aria-label={t("yearNavigation")} className="print:hidden">
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          {cycle.previousYear >= MIN_CYCLE_YEAR ? (
            <li>
              <Link href={`/arshjul?year=${cycle.previousYear}`} className={linkClass}>
                <span aria-hidden="true">← </span>
                {t("previous", { year: cycle.previousYear })}
              </Link>
            </li>
          ) : null}
          {cycle.relation !== "current" ? (
            <li>
              <Link href="/arshjul" className={linkClass}>
                {t("current")}
              </Link>
            </li>
          ) : null}
          {cycle.nextYear <= MAX_CYCLE_YEAR ? (
            <li>
              <Link href={`/arshjul?year=${cycle.nextYear}`} className={linkClass}>
                {t("next", { year: cycle.nextYear })}
                <span aria-hidden="true"> →</span>
              </Link>
            </li>
          ) : null}
        </ul>
      </nav>

      <AnnualCycleWheel
        cycle={cycle}
        title={t("wheelTitle", { year: cycle.year })}
        description={t("wheelDescription", { count: eventCount })}
        monthLabels={cycle.months.map((month) => monthName(month.month).slice(0, 3))}
        legend={{
          STEERING_GROUP: tKind("STEERING_GROUP"),
          WORKING_GROUP: tKind("WORKING_GROUP"),
          proposalDeadline: t("proposalDeadline"),
          cancelled: tStatus("CANCELLED"),
        }}
      />

      <section aria-labelledby="cycle-months-heading">
        <h2 id="cycle-months-heading" className="mb-4 text-2xl font-bold">
          {t("monthsHeading")}
        </h2>
        {eventCount === 0 ? <p className="mb-4">{t("noMeetingsYet", { year: cycle.year })}</p> : null}
        <ol className="grid gap-4 md:grid-cols-2 print:grid-cols-2">
          {cycle.months.map((month) => (
            <li key={month.month} className="rounded border border-slate-300 p-4 break-inside-avoid">
              <h3 className="mb-2 text-xl font-semibold">{monthName(month.month)}</h3>
              {month.events.length === 0 ? (
                <p className="text-slate-700">{t("empty")}</p>
              ) : (
                <ol className="space-y-4">
                  {month.events.map((event) => (
                    <li key={event.key} className="border-l-4 border-slate-400 pl-3">
                      {eventItem(event)}
                    </li>
                  ))}
                </ol>
              )}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="cycle-compliance-heading" className="space-y-2">
        <h2 id="cycle-compliance-heading" className="text-2xl font-bold">
          {t("complianceHeading", { year: cycle.year })}
        </h2>
        <ComplianceTable year={cycle.year} relation={cycle.relation} rows={cycle.compliance} />
      </section>
    </div>
  );
}
