import type { Metadata } from "next";
import { cache } from "react";
import { notFound } from "next/navigation";
import { getTranslations } from "@/i18n/server";
import { getPriorityAreaPage } from "@/features/priority-areas/queries";
import { PriorityAreaView } from "@/features/priority-areas/priority-area-view";
import { requireActor } from "@/server/auth/session";

type Props = { params: Promise<{ id: string }> };

const load = cache(async (id: string) => {
  const actor = await requireActor(`/priority-areas/${encodeURIComponent(id)}`, "partnership:view");
  return getPriorityAreaPage(actor, id);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await load((await params).id);
  return { title: page?.area.title ?? (await getTranslations("priorityAreas"))("title") };
}

/** One priority area: why, by which decisions, for which years, traced back to its proposal. */
export default async function PriorityAreaPage({ params }: Props) {
  const page = await load((await params).id);
  if (!page) notFound();
  return <PriorityAreaView page={page} />;
}
