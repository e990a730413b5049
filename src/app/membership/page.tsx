import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "@/i18n/server";
import { FindingsList } from "@/features/membership/findings-list";
import { groupPath } from "@/features/membership/group-slug";
import { findCompositionFindings } from "@/features/membership/queries";
import { requireActor } from "@/server/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("membership"))("title") };
}

export default async function MembershipPage() {
  const actor = await requireActor("/membership", "membership:manage");
  const [t, findings] = await Promise.all([getTranslations("membership"), findCompositionFindings(actor.partnershipId)]);
  const links = [
    { href: groupPath("STEERING_GROUP"), label: t("groupPage", { group: "STEERING_GROUP" }) },
    { href: groupPath("WORKING_GROUP"), label: t("groupPage", { group: "WORKING_GROUP" }) },
    { href: "/membership/people", label: t("people") },
    { href: "/membership/import", label: t("import") },
    { href: "/membership/composition", label: t("composition") },
  ];
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="mt-2 max-w-3xl">{t("intro")}</p>
      </div>
      <nav aria-labelledby="membership-links">
        <h2 id="membership-links" className="sr-only">{t("manage")}</h2>
        <ul className="grid gap-3 sm:grid-cols-2">
          {links.map((link) => (
            <li key={link.href}>
              <Link href={link.href} className="block rounded border-2 border-blue-800 p-3 font-semibold text-blue-900 underline">
                {link.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <section aria-labelledby="findings-heading">
        <h2 id="findings-heading" className="mb-2 text-2xl font-bold">{t("findings.title")}</h2>
        <FindingsList findings={findings} />
      </section>
    </div>
  );
}
