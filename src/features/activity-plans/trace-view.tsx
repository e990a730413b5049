import Link from "next/link";
import { getTranslations } from "@/i18n/server";
import type { ActivityTrace } from "./activity-queries";
import { DecisionLink, LINK } from "./decision-link";

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="border-b border-slate-200 py-2 sm:grid sm:grid-cols-3 sm:gap-4">
      <dt className="font-semibold">{label}</dt>
      <dd className="sm:col-span-2">{children}</dd>
    </div>
  );
}

/**
 * The trace (issue #6, item 6): from the activity one click back to its priority area, the proposal
 * it came from, the decisions that made it so and the meetings where they were taken, and the
 * decisions that proposed and adopted the plan it is in.
 */
export async function TraceSection({ trace, plan }: { trace: ActivityTrace; plan: { year: number } }) {
  const t = await getTranslations("activityPlans.trace");
  const area = trace.priorityArea;
  return (
    <section aria-labelledby="trace-heading" className="mb-8">
      <h2 id="trace-heading" className="mb-2 text-2xl font-bold">
        {t("heading")}
      </h2>
      <p className="mb-2 max-w-3xl">{t("intro")}</p>
      <dl>
        <Row label={t("priorityArea")}>
          {area ? (
            <Link href={`/priority-areas/${area.id}`} className={LINK}>
              {area.title}
            </Link>
          ) : (
            t("noArea")
          )}
        </Row>
        {area ? (
          <Row label={t("areaDecision")}>
            <DecisionLink decision={area.decision} />
          </Row>
        ) : null}
        {area?.yearDecision ? (
          <Row label={t("yearDecision", { year: plan.year })}>
            <DecisionLink decision={area.yearDecision} />
          </Row>
        ) : null}
        <Row label={t("proposal")}>
          {trace.proposal ? (
            <Link href={`/proposals/${trace.proposal.id}`} className={LINK}>
              {trace.proposal.title}
            </Link>
          ) : (
            t("noProposal")
          )}
        </Row>
        {trace.proposal?.putForward ? (
          <Row label={t("putForward")}>
            <DecisionLink decision={trace.proposal.putForward} />
          </Row>
        ) : null}
        <Row label={t("plan")}>
          <Link href={`/plans/${plan.year}`} className={LINK}>
            {t("planLink", { year: plan.year })}
          </Link>
        </Row>
        <Row label={t("planProposed")}>{trace.planProposedBy ? <DecisionLink decision={trace.planProposedBy} /> : t("notYet")}</Row>
        <Row label={t("planAdopted")}>{trace.planAdoptedBy ? <DecisionLink decision={trace.planAdoptedBy} /> : t("notYet")}</Row>
        {trace.planClosedBy ? (
          <Row label={t("planClosed")}>
            <DecisionLink decision={trace.planClosedBy} />
          </Row>
        ) : null}
      </dl>
    </section>
  );
}
