import type { Metadata } from "next";
import { getTranslations } from "@/i18n/server";
import { getPersonalData } from "@/features/people/personal-data";
import { PersonalDataView } from "@/features/people/personal-data-view";
import { requireActor } from "@/server/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("people.ownData"))("title") };
}

export default async function PersonalDataPage() {
  const actor = await requireActor("/account/data", "account:manage-own");
  return <PersonalDataView data={await getPersonalData(actor)} />;
}
