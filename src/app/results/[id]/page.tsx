import type { Metadata } from "next";
import { cache } from "react";
import { notFound } from "next/navigation";
import { getTranslations } from "@/i18n/server";
import { getResultPage } from "@/features/results/queries";
import { ResultView } from "@/features/results/result-view";
import { requireActor } from "@/server/auth/session";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string | string[] }> };

const load = cache(async (id: string) => {
  const actor = await requireActor(`/results/${encodeURIComponent(id)}`, "partnership:view");
  return getResultPage(actor, id);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await load((await params).id);
  return { title: page?.title ?? (await getTranslations("results"))("register.title") };
}

/** One result of the partnership, for every signed-in user of it; another partnership's is not found. */
export default async function ResultPage({ params, searchParams }: Props) {
  const page = await load((await params).id);
  if (!page) notFound();
  const { saved } = await searchParams;
  return <ResultView page={page} saved={saved === "1"} />;
}
