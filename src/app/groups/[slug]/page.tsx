import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "@/i18n/server";
import { GroupAdministration } from "@/features/membership/group-administration";
import { GroupDetails } from "@/features/membership/group-details";
import { readEndedNotice } from "@/features/membership/ended-notice";
import { groupKindFromSlug, groupPath } from "@/features/membership/group-slug";
import { getGroupPage } from "@/features/membership/queries";
import { canManageMembership } from "@/lib/permissions";
import { requireActor } from "@/server/auth/session";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ ended?: string | string[]; vacancies?: string | string[] }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const kind = groupKindFromSlug((await params).slug);
  return { title: kind ? (await getTranslations("groupKinds"))(kind) : undefined };
}

export default async function GroupPage({ params, searchParams }: Props) {
  const kind = groupKindFromSlug((await params).slug);
  if (!kind) notFound();
  const actor = await requireActor(groupPath(kind), "partnership:view");
  const group = await getGroupPage(actor.partnershipId, kind);
  if (!group) notFound();
  return (
    <div className="space-y-10">
      <GroupDetails group={group} notice={readEndedNotice(await searchParams)} />
      {canManageMembership(actor.roles) ? <GroupAdministration group={group} partnershipId={actor.partnershipId} /> : null}
    </div>
  );
}
