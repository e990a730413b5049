import type { Metadata } from "next";
import { getTranslations } from "@/i18n/server";
import { PeopleList } from "@/features/people/people-list";
import { listPeople } from "@/features/people/queries";
import { requireActor } from "@/server/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("people"))("title") };
}

export default async function PeoplePage() {
  const actor = await requireActor("/membership/people", "membership:manage");
  return <PeopleList people={await listPeople(actor.partnershipId)} />;
}
