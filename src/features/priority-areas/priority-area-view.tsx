import Link from "next/link";
import { LaterDecisionForms } from "./later-decision-forms";
import type { PriorityAreaPage } from "./queries";
import { helpers, LINK } from "./register-helpers";
import type { DecisionRef } from "./register";

/**
 * One priority area's page. A module apart from the register's views: the public register must not
 * import the forms' client component (the bundler sends every client component a page's modules
 * import, used or not, and with it next-intl's client side; issue #16).
 */
export async function PriorityAreaView({ page }: { page: PriorityAreaPage }) {
  const { t, tFocus, tProposals, format, decisionText, name } = await helpers();
  const { area } = page;
  const minutesLink = (decision: DecisionRef) => (
    <Link href={`/meetings/${decision.meeting.id}/minutes`} className={LINK}>
      {decisionText(decision)}
    </Link>
  );
  const row = (label: string, value: React.ReactNode) => (
    <div className="border-b border-slate-200 py-2 sm:grid sm:grid-cols-3 sm:gap-4">
      <dt className="font-semibold">{label}</dt>
      <dd className="whitespace-pre-line sm:col-span-2">{value}</dd>
    </div>
  );
  const options = page.laterDecisions.map((decision) => ({
    value: decision.id,
    label: `§ ${decision.number} ${decision.title} – ${decision.meetingTitle}, ${format.dateTime(decision.startsAt, { dateStyle: "medium" })}`,
  }));
  return (
    <article className="max-w-4xl">
      <p className="mb-4">
        <Link href="/priority-areas" className={LINK}>
          {t("back")}
        </Link>
      </p>
      <h1 className="mb-4 text-3xl font-bold">{area.title}</h1>
      <dl className="mb-8">
        {row(t("details.description"), area.description || t("details.none"))}
        {row(t("details.focusArea"), tFocus(area.focusArea))}
        {row(t("details.thematicAreas"), area.thematicAreas.map(name).join(", ") || t("details.none"))}
        {row(t("details.dimensions"), area.dimensions.map((dimension) => tProposals(`dimensions.${dimension}`)).join(", "))}
        {row(t("details.decision"), minutesLink(area.decision))}
        {row(
          t("details.years"),
          <ul>
            {area.years.map((year) => (
              <li key={year.year}>
                {String(year.year)}: {minutesLink(year.decision)}
              </li>
            ))}
          </ul>,
        )}
        {area.closedBy ? row(t("details.closedBy"), minutesLink(area.closedBy)) : null}
        {row(
          t("details.proposal"),
          area.proposal ? (
            <Link href={`/proposals/${area.proposal.id}`} className={LINK}>
              {area.proposal.title}
            </Link>
          ) : (
            t("details.noProposal")
          ),
        )}
        {row(
          t("details.activities"),
          area.activities.length > 0 ? (
            <ul>
              {area.activities.map((activity) => (
                <li key={activity.id}>
                  <Link href={`/activities/${activity.id}`} className={LINK}>
                    {activity.title}
                  </Link>
                </li>
              ))}
            </ul>
          ) : (
            t("details.noActivities")
          ),
        )}
      </dl>
      {page.mayDecide ? <LaterDecisionForms priorityAreaId={area.id} options={options} nextYear={page.nextYear} /> : null}
    </article>
  );
}
