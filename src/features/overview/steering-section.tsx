import Link from "next/link";
import { getTranslations } from "@/i18n/server";
import { NextMeeting } from "./meeting-summary";
import { MinutesToAdjustList } from "./minutes-list";
import type { SteeringWork } from "./queries";
import { linkClass, PartSection, WorkBlock } from "./work-block";
import { YearInBrief } from "./year-in-brief";

/** The steering-group member's part: the year in brief, the next meeting, what waits for decision, minutes to approve. */
export async function SteeringSection({ work }: { work: SteeringWork }) {
  const [t, tMeeting] = await Promise.all([getTranslations("overview"), getTranslations("overview.meeting")]);
  const toDecide = work.proposalsToDecide.length + work.plansToDecide.length;
  return (
    <PartSection id="part-steering" heading={t("parts.steering")}>
      <YearInBrief counts={work.brief} />
      <NextMeeting id="steering-next-meeting" heading={tMeeting("steeringHeading")} meeting={work.nextMeeting} />
      <WorkBlock id="steering-to-decide" heading={t("steering.toDecideHeading")} count={toDecide}>
        <ul className="space-y-1">
          {work.plansToDecide.map((plan) => (
            <li key={plan.year}>
              <Link href={`/plans/${plan.year}`} className={linkClass}>
                {t("steering.plan", { year: plan.year })}
              </Link>
            </li>
          ))}
          {work.proposalsToDecide.map((proposal) => (
            <li key={proposal.id}>
              <Link href={`/proposals/${proposal.id}`} className={linkClass}>
                {t("steering.proposal", { title: proposal.title })}
              </Link>
            </li>
          ))}
        </ul>
      </WorkBlock>
      <MinutesToAdjustList id="steering-minutes" minutes={work.minutesToAdjust} />
    </PartSection>
  );
}
