import type { Metadata } from "next";
import { getTranslations } from "@/i18n/server";
import { CadenceComplianceSection } from "@/features/calendar/compliance-section";
import { findHomeCompliance } from "@/features/calendar/queries";
import { PartnershipOverview } from "@/features/partnership/partnership-overview";
import { getPartnershipOverview } from "@/features/partnership/queries";
import { requireActor } from "@/server/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("home"))("title") };
}

/** The organisation chart: parties, groups with their members, thematic areas, and the meeting cadence. */
export default async function PartnershipPage() {
  const actor = await requireActor("/partnership", "partnership:view");
  const [overview, compliance] = await Promise.all([getPartnershipOverview(actor.partnershipId), findHomeCompliance(actor)]);
  return (
    <div className="space-y-10">
      <PartnershipOverview overview={overview} />
      {/* Administrators and the groups' members only: findHomeCompliance gives null to others. */}
      {compliance ? <CadenceComplianceSection years={compliance} /> : null}
    </div>
  );
}
