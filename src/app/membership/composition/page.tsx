import type { Metadata } from "next";
import { getTranslations } from "@/i18n/server";
import { FindingsList } from "@/features/membership/findings-list";
import { findCompositionFindings } from "@/features/membership/queries";
import { requireActor } from "@/server/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("membership"))("composition") };
}

export default async function CompositionPage() {
  const actor = await requireActor("/membership/composition", "membership:manage");
  const [t, findings] = await Promise.all([getTranslations("membership"), findCompositionFindings(actor.partnershipId)]);
  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold">{t("composition")}</h1>
      <section aria-labelledby="findings-heading">
        <h2 id="findings-heading" className="mb-2 text-2xl font-bold">{t("findings.title")}</h2>
        <FindingsList findings={findings} />
      </section>
      <section aria-labelledby="rules-heading">
        <h2 id="rules-heading" className="mb-2 text-2xl font-bold">{t("rules.title")}</h2>
        <ul className="list-disc space-y-1 pl-5">
          <li>{t("rules.chair")}</li>
          <li>{t("rules.parties")}</li>
          <li>{t("rules.areas")}</li>
          <li>{t("rules.seats")}</li>
        </ul>
      </section>
    </div>
  );
}
