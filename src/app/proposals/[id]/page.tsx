import type { Metadata } from "next";
import { cache } from "react";
import { notFound } from "next/navigation";
import { getTranslations } from "@/i18n/server";
import { ProposalView } from "@/features/proposals/proposal-views";
import { getProposalPage } from "@/features/proposals/queries";
import { requireActor } from "@/server/auth/session";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string | string[] }> };

const load = cache(async (id: string) => {
  const actor = await requireActor(`/proposals/${encodeURIComponent(id)}`, "partnership:view");
  return getProposalPage(actor, id);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await load((await params).id);
  return { title: page?.title ?? (await getTranslations("proposals"))("title") };
}

/** One proposal, for those who may see it (anyone else gets "not found", whether or not it exists). */
export default async function ProposalPage({ params, searchParams }: Props) {
  const page = await load((await params).id);
  if (!page) notFound();
  const { saved } = await searchParams;
  const notice = saved === "draft" ? "savedDraft" : saved === "submitted" ? "savedSubmitted" : null;
  return <ProposalView page={page} notice={notice} />;
}
