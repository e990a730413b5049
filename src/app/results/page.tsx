import type { Metadata } from "next";
import { getTranslations } from "@/i18n/server";
import { findResultRegister } from "@/features/results/queries";
import { ResultRegisterView } from "@/features/results/register-view";
import { parseResultFilter } from "@/features/results/rules";
import { requireActor } from "@/server/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("results"))("register.title") };
}

type Props = { searchParams: Promise<{ year?: string | string[]; kind?: string | string[] }> };

/** The results register, for every signed-in user of the partnership; ?year= and ?kind= narrow it. */
export default async function ResultsPage({ searchParams }: Props) {
  const actor = await requireActor("/results", "partnership:view");
  const filter = parseResultFilter(await searchParams);
  return <ResultRegisterView register={await findResultRegister(actor, filter)} filter={filter} />;
}
