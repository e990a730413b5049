import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { findPublicRegister } from "@/features/priority-areas/queries";
import { PublicRegisterView } from "@/features/priority-areas/register-view";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("priorityAreas"))("publicTitle") };
}

// Public: decided priority areas are public records. Only what decisions in approved minutes say is
// shown — no proposal, author or contact person.
export default async function PublicPriorityAreasPage() {
  return <PublicRegisterView partnerships={await findPublicRegister()} />;
}
