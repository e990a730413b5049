import type { Metadata } from "next";
import { getTranslations } from "@/i18n/server";
import { findRegister } from "@/features/priority-areas/queries";
import { RegisterView } from "@/features/priority-areas/register-view";
import { requireActor } from "@/server/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("priorityAreas"))("title") };
}

type Props = { searchParams: Promise<{ year?: string | string[] }> };

/** The register of priority areas by year, for every signed-in user; ?year= narrows it to one year. */
export default async function PriorityAreasPage({ searchParams }: Props) {
  const actor = await requireActor("/priority-areas", "partnership:view");
  const { year } = await searchParams;
  const text = Array.isArray(year) ? year[0] : year;
  const selected = text && /^\d{4}$/.test(text) ? Number(text) : null;
  const { years, allYears } = await findRegister(actor, selected);
  return <RegisterView years={years} allYears={allYears} selected={selected} />;
}
