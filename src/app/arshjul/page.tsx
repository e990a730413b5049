import type { Metadata } from "next";
import { getTranslations } from "@/i18n/server";
import { AnnualCycleView } from "@/features/calendar/annual-cycle-view";
import { cycleYearFrom } from "@/features/calendar/annual-cycle";
import { findAnnualCycle } from "@/features/calendar/queries";
import { stockholmYear } from "@/features/meetings/meeting-time";
import { requireActor } from "@/server/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("calendar.cycle"))("metaTitle") };
}

type Props = { searchParams: Promise<{ year?: string | string[] }> };

/** The annual cycle (årshjul) of one year, for signed-in users: /arshjul?year=YYYY, the current year by default. */
export default async function AnnualCyclePage({ searchParams }: Props) {
  const { year: requested } = await searchParams;
  const year = cycleYearFrom(requested, stockholmYear(new Date()));
  const actor = await requireActor(`/arshjul?year=${year}`, "partnership:view");
  const cycle = await findAnnualCycle(actor, year);
  return <AnnualCycleView cycle={cycle} />;
}
