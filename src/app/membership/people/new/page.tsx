import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "@/i18n/server";
import { PersonForm } from "@/features/people/person-form";
import { getPersonFormOptions } from "@/features/people/queries";
import { requireActor } from "@/server/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("people"))("create.title") };
}

export default async function NewPersonPage() {
  const actor = await requireActor("/membership/people/new", "membership:manage");
  const [options, t] = await Promise.all([getPersonFormOptions(actor.partnershipId), getTranslations("people")]);
  return (
    <div className="max-w-2xl">
      <Link href="/membership/people" className="font-semibold text-blue-900 underline">
        {t("backToList")}
      </Link>
      <h1 id="new-person-heading" className="mt-4 mb-2 text-3xl font-bold">
        {t("create.title")}
      </h1>
      <p className="mb-6">{t("create.intro")}</p>
      <PersonForm options={options} labelledBy="new-person-heading" />
    </div>
  );
}
