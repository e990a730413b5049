import Link from "next/link";
import { getFormatter, getTranslations } from "@/i18n/server";
import type { ContributorWork } from "./queries";
import { linkClass, PartSection, WorkBlock } from "./work-block";

/** The contributor's part: open calls with days left, their own proposals and what comes next, results to record. */
export async function ContributorSection({ work }: { work: ContributorWork }) {
  const [t, tStatus, format] = await Promise.all([getTranslations("overview"), getTranslations("statuses.proposal"), getFormatter()]);
  const deadline = (value: string) => format.dateTime(new Date(`${value}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" });
  return (
    <PartSection id="part-contributor" heading={t("parts.contributor")}>
      <WorkBlock id="contributor-calls" heading={t("contributor.callsHeading")} count={work.openCalls.length} empty={t("contributor.callsNone")}>
        <ul className="space-y-1">
          {work.openCalls.map((call) => (
            <li key={call.id}>
              <span className="font-semibold">{call.title}</span>
              <span className="block text-slate-800">{t("contributor.deadline", { date: deadline(call.deadlineDay), days: call.daysLeft })}</span>
            </li>
          ))}
        </ul>
        <p>
          <Link href="/proposals/new" className={linkClass}>
            {t("contributor.write")}
          </Link>
        </p>
      </WorkBlock>
      <WorkBlock id="contributor-proposals" heading={t("contributor.ownHeading")} count={work.ownProposals.length} empty={t("contributor.ownNone")}>
        <ul className="space-y-1">
          {work.ownProposals.map((proposal) => (
            <li key={proposal.id}>
              <Link href={`/proposals/${proposal.id}`} className={linkClass}>
                {proposal.title}
              </Link>
              <span className="block text-slate-800">
                <span className="sr-only">{tStatus(proposal.status)}: </span>
                {t(`nextStep.${proposal.nextStep}`)}
              </span>
            </li>
          ))}
        </ul>
        <p>
          <Link href="/proposals" className={linkClass}>
            {t("contributor.allProposals")}
          </Link>
        </p>
      </WorkBlock>
      <WorkBlock id="contributor-results" heading={t("contributor.resultsHeading")} count={work.recordableActivities} empty={t("contributor.resultsNone")}>
        <p>{t("contributor.resultsCount", { count: work.recordableActivities })}</p>
        <p>
          <Link href="/results/new" className={linkClass}>
            {t("contributor.resultsLink")}
          </Link>
        </p>
      </WorkBlock>
    </PartSection>
  );
}
