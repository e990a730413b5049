import Link from "next/link";
import { getFormatter, getTranslations } from "@/i18n/server";
import { NextMeeting } from "./meeting-summary";
import { MinutesToAdjustList } from "./minutes-list";
import type { WorkingWork } from "./queries";
import type { PreparationItem } from "./rules";
import { linkClass, PartSection, WorkBlock } from "./work-block";

/** Where each preparation is done. */
function preparationHref(item: PreparationItem): string {
  switch (item.key) {
    case "scheduleSteering":
      return "/meetings";
    case "proposals":
      return "/proposals";
    case "plan":
      return "/plans";
    case "underlag":
      return `/meetings/${item.meetingId}`;
  }
}

/** The working-group member's part: the next meeting, follow-ups, reviews, minutes and what to prepare. */
export async function WorkingSection({ work }: { work: WorkingWork }) {
  const [t, tMeeting, tStatus, format] = await Promise.all([
    getTranslations("overview"),
    getTranslations("overview.meeting"),
    getTranslations("statuses.proposal"),
    getFormatter(),
  ]);
  const day = (value: Date) => format.dateTime(value, { dateStyle: "long", timeZone: "UTC" });
  const preparation = work.preparation;
  return (
    <PartSection id="part-working" heading={t("parts.working")}>
      <NextMeeting id="working-next-meeting" heading={tMeeting("workingHeading")} meeting={work.nextMeeting} />
      <WorkBlock id="working-follow-ups" heading={t("working.followUpsHeading")} count={work.activitiesToFollowUp.length}>
        <ul className="space-y-1">
          {work.activitiesToFollowUp.map((activity) => (
            <li key={activity.id}>
              <Link href={`/activities/${activity.id}/follow-up`} className={linkClass}>
                {activity.title}
              </Link>
              <span className="block text-slate-800">
                {activity.state === "overdue"
                  ? t("working.overdue", { date: day(activity.endsOn), year: activity.planYear })
                  : t("working.due", { year: activity.planYear })}
              </span>
            </li>
          ))}
        </ul>
      </WorkBlock>
      <WorkBlock id="working-review" heading={t("working.reviewHeading")} count={work.proposalsToReview.length}>
        <ul className="space-y-1">
          {work.proposalsToReview.map((proposal) => (
            <li key={proposal.id}>
              <Link href={`/proposals/${proposal.id}`} className={linkClass}>
                {proposal.title}
              </Link>
              <span className="block text-slate-800">
                {t("working.submitted", {
                  status: tStatus(proposal.status),
                  date: proposal.submittedAt ? format.dateTime(proposal.submittedAt, { dateStyle: "long" }) : "–",
                })}
              </span>
            </li>
          ))}
        </ul>
      </WorkBlock>
      <MinutesToAdjustList id="working-minutes" minutes={work.minutesToAdjust} />
      <WorkBlock id="working-prepare" heading={t("working.prepareHeading")} count={preparation.items.length} empty={t("working.prepareDone")}>
        {preparation.meeting ? (
          <p>{t("working.prepareBefore", { meeting: preparation.meeting.title, date: format.dateTime(preparation.meeting.startsAt, { dateStyle: "long" }) })}</p>
        ) : null}
        <ul className="space-y-1">
          {preparation.items.map((item) => (
            <li key={item.key}>
              <Link href={preparationHref(item)} className={linkClass}>
                {item.key === "proposals"
                  ? t("working.prepare.proposals", { count: item.count })
                  : item.key === "plan"
                    ? t("working.prepare.plan", { year: item.year })
                    : t(`working.prepare.${item.key}`)}
              </Link>
            </li>
          ))}
        </ul>
      </WorkBlock>
    </PartSection>
  );
}
