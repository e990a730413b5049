import type { Metadata } from "next";
import { getTranslations } from "@/i18n/server";
import { stockholmYear } from "@/features/meetings/meeting-time";
import { findReportYears } from "@/features/follow-up-report/queries";
import { ReportYearList } from "@/features/follow-up-report/year-list";
import { requireActor } from "@/server/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("followUpReport"))("list.title") };
}

/** The years with a follow-up report, for every signed-in user: those with an adopted plan, and the current year. */
export default async function FollowUpYearsPage() {
  const actor = await requireActor("/follow-up", "follow-up:view");
  const years = await findReportYears(actor.partnershipId);
  return <ReportYearList years={years} currentYear={stockholmYear(new Date())} />;
}
