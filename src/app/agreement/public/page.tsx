import type { Metadata } from "next";
import { getTranslations } from "@/i18n/server";
import { PublicSummaries } from "@/features/agreement/public-summary";
import { getPublicSummaries } from "@/features/agreement/queries";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("agreement"))("public.title") };
}

// Public: the agreement's summary (parties, purpose, bodies, period) may be published, so it is
// reachable without signing in. It shows no people and nothing else of the agreement.
export default async function PublicAgreementPage() {
  return <PublicSummaries summaries={await getPublicSummaries()} />;
}
