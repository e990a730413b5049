import type { Metadata } from "next";
import { getTranslations } from "@/i18n/server";
import { PublicResultsView } from "@/features/results/public-view";
import { findPublicResults } from "@/features/results/queries";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("results"))("public.title") };
}

// Public: the agreement lets the results of the collaboration be published freely, and these are
// the ones marked as cleared for it. Only what may be published is shown — no description of
// anything else, no link into signed-in pages, no person but the authors as published.
export default async function PublicResultsPage() {
  return <PublicResultsView partnerships={await findPublicResults()} />;
}
