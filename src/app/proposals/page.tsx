import type { Metadata } from "next";
import { getTranslations } from "@/i18n/server";
import { ProposalListView } from "@/features/proposals/proposal-views";
import { findProposalList } from "@/features/proposals/queries";
import { requireActor } from "@/server/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("proposals"))("title") };
}

/** The calls and the proposals the signed-in user may see (their own, submitted ones for the groups, decided ones for all). */
export default async function ProposalsPage() {
  const actor = await requireActor("/proposals", "partnership:view");
  const now = new Date();
  return <ProposalListView list={await findProposalList(actor, now)} actor={actor} now={now} notice={null} />;
}
