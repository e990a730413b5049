import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "@/i18n/server";
import { OverviewPage } from "@/features/overview/overview-page";
import { findPublicStartPage } from "@/features/overview/public-queries";
import { PublicStartPage } from "@/features/overview/public-start-page";
import { getOverview } from "@/features/overview/queries";
import { redirect } from "next/navigation";
import { chosenPartnershipSlug, getActor, getSessionAccount } from "@/server/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const actor = await getActor();
  return { title: actor ? (await getTranslations("overview"))("title") : { absolute: (await getTranslations("common"))("appName") } };
}

// Signed in: "Min översikt", the work that waits for the person. Signed out: the public start page,
// with only what is public (the organisation chart for signed-in users is at /partnership).
export default async function HomePage() {
  await connection();
  const actor = await getActor();
  if (actor) return <OverviewPage overview={await getOverview(actor)} />;
  // An account in no partnership administers the installation: its work is there.
  if ((await getSessionAccount())?.installationAdministrator) redirect("/installation");
  const { page, partnerships } = await findPublicStartPage(await chosenPartnershipSlug());
  return <PublicStartPage page={page} partnerships={partnerships} />;
}
