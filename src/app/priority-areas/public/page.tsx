import type { Metadata } from "next";
import { getTranslations } from "@/i18n/server";
import { findPublicRegister } from "@/features/priority-areas/queries";
import { PublicRegisterView } from "@/features/priority-areas/register-view";
import { publicPartnershipSlug } from "@/features/partnership/queries";
import { chosenPartnershipSlug } from "@/server/auth/session";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("priorityAreas"))("publicTitle") };
}

// Public: decided priority areas are public records. Only what decisions in approved minutes say is
// shown — no proposal, author or contact person.
// With several partnerships in the installation, the one the visitor chose (on the start page).
export default async function PublicPriorityAreasPage() {
  const slug = await publicPartnershipSlug(await chosenPartnershipSlug());
  return <PublicRegisterView partnerships={slug ? await findPublicRegister(slug) : []} />;
}
