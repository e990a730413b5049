import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "@/i18n/server";
import { SetupForm } from "@/features/installation/setup-form";
import { requireInstallationAdministrator } from "@/server/auth/installation";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("installation.form"))("title") };
}

export default async function NewPartnershipPage() {
  await requireInstallationAdministrator("/installation/partnerships/new");
  const t = await getTranslations("installation.form");
  return (
    <div className="space-y-6">
      <p>
        <Link href="/installation" className="text-blue-900 underline">
          {t("back")}
        </Link>
      </p>
      <h1 id="setup-title" className="text-3xl font-bold">
        {t("title")}
      </h1>
      <p className="max-w-3xl">{t("intro")}</p>
      <SetupForm labelledBy="setup-title" />
    </div>
  );
}
