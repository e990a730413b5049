import Link from "next/link";
import { getFormatter, getTranslations } from "@/i18n/server";
import { DecisionStateNote } from "@/features/minutes/decision-state-note";
import type { DecisionRef } from "./decision-ref";

export const LINK = "text-blue-900 underline";

/**
 * A decision as the trace shows it: "§ 3 Verksamhetsplan 2027" linked to the minutes it stands in,
 * then its meeting (group, title, date) linked to the meeting's page. Decisions of minutes not yet
 * approved say so.
 */
export async function DecisionLink({ decision }: { decision: DecisionRef }) {
  const [t, tGroup, format] = [await getTranslations("activityPlans"), await getTranslations("groupKinds"), await getFormatter()];
  return (
    <span>
      <Link href={`/meetings/${decision.meeting.id}/minutes`} className={LINK}>
        {t("decisionRef", { number: decision.number, title: decision.title })}
      </Link>
      {", "}
      <Link href={`/meetings/${decision.meeting.id}`} className={LINK}>
        {t("meetingRef", { group: tGroup(decision.meeting.groupKind), meeting: decision.meeting.title, date: format.dateTime(decision.meeting.startsAt, { dateStyle: "medium" }) })}
      </Link>
      <DecisionStateNote state={decision.state} meeting={decision.meeting} className="block text-sm text-amber-900" />
    </span>
  );
}
