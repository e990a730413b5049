import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DecisionRegister } from "@/features/minutes/decision-register";
import { findDecisions, findRegisterYears } from "@/features/minutes/queries";
import { parseRegisterParams } from "@/features/minutes/register-filter";
import { requireActor } from "@/server/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("minutes.register"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DecisionsPage({ searchParams }: Props) {
  const actor = await requireActor("/decisions", "partnership:view");
  const { filter, page } = parseRegisterParams(await searchParams);
  const [{ rows, hasMore }, years] = await Promise.all([findDecisions(actor, filter, page), findRegisterYears(actor.partnershipId)]);
  return <DecisionRegister rows={rows} hasMore={hasMore} filter={filter} page={page} years={years} />;
}
