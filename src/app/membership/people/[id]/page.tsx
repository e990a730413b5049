import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "@/i18n/server";
import { PersonDetail } from "@/features/people/person-detail";
import { personPageParams } from "@/features/people/person-rules";
import { getPersonDetail, getPersonFormOptions } from "@/features/people/queries";
import { requireActor } from "@/server/auth/session";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ step?: string | string[]; notice?: string | string[] }>;
};

// The person's name is not put in the title: titles end up in browser history and logs.
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("people"))("personTitle") };
}

export default async function PersonPage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requireActor(`/membership/people/${encodeURIComponent(id)}`, "membership:manage");
  const [person, options] = await Promise.all([getPersonDetail(actor.partnershipId, id), getPersonFormOptions(actor.partnershipId)]);
  if (!person) notFound();
  const { step, notice } = personPageParams(await searchParams);
  return <PersonDetail person={person} options={options} step={step} notice={notice} />;
}
