import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PartnershipOverview } from "@/features/partnership/partnership-overview";
import { getPartnershipOverview } from "@/features/partnership/queries";
import { requireActor } from "@/server/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("home"))("title") };
}

export default async function HomePage() {
  const actor = await requireActor("/", "partnership:view");
  const overview = await getPartnershipOverview(actor.partnershipId);
  return <PartnershipOverview overview={overview} />;
}
