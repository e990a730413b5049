import type { Metadata } from "next";
import { getTranslations } from "@/i18n/server";
import { findPlans } from "@/features/activity-plans/plan-queries";
import { PlansView } from "@/features/activity-plans/plans-view";
import { requireActor } from "@/server/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("activityPlans"))("title") };
}

/** The activity plans per year that the reader may see, and the form to start one for the working group. */
export default async function PlansPage() {
  const actor = await requireActor("/plans", "partnership:view");
  return <PlansView list={await findPlans(actor)} />;
}
