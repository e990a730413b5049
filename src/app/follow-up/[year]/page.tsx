import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "@/i18n/server";
import { stockholmYear } from "@/features/meetings/meeting-time";
import { getFollowUpReport } from "@/features/follow-up-report/queries";
import { FollowUpReportView } from "@/features/follow-up-report/report-view";
import { parseReportYear } from "@/features/follow-up-report/report-year";
import { requireActor } from "@/server/auth/session";
import "@/features/follow-up-report/report-print.css";

type Props = { params: Promise<{ year: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { year } = await params;
  const t = await getTranslations("followUpReport");
  return { title: /^\d{4}$/.test(year) ? t("metaTitle", { year }) : t("list.title") };
}

/** The yearly follow-up report, for every signed-in user of the partnership; a year out of range is not found. */
export default async function FollowUpReportPage({ params }: Props) {
  const { year: segment } = await params;
  const actor = await requireActor(`/follow-up/${encodeURIComponent(segment)}`, "follow-up:view");
  const now = new Date();
  const year = parseReportYear(segment, stockholmYear(now));
  if (year === null) notFound();
  const report = await getFollowUpReport(actor.partnershipId, year, now);
  return <FollowUpReportView report={report} />;
}
