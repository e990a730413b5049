import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { getTranslations } from "@/i18n/server";
import { MeetingForm } from "@/features/meetings/meeting-form";
import { getSchedulingGroups } from "@/features/meetings/queries";
import { meetingViewerFor } from "@/features/meetings/viewer";
import { requireActor } from "@/server/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("meetings"))("new.title") };
}

type Props = { searchParams: Promise<{ group?: string | string[] }> };

/** Scheduling a meeting, for administrators and the groups' secretaries; ?group=<slug> preselects the group. */
export default async function NewMeetingPage({ searchParams }: Props) {
  const actor = await requireActor("/meetings/new", "partnership:view");
  const groups = await getSchedulingGroups(actor.partnershipId, await meetingViewerFor(actor));
  if (groups.length === 0) forbidden();
  const [t, tKind, params] = [await getTranslations("meetings"), await getTranslations("groupKinds"), await searchParams];
  const preselected = groups.find((group) => group.slug === params.group);
  return (
    <div className="space-y-6">
      <p>
        <Link href="/meetings" className="text-blue-900 underline">
          {t("new.back")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{t("new.title")}</h1>
      <p className="max-w-3xl">{t("new.intro")}</p>
      <MeetingForm mode="schedule" groups={groups.map((group) => ({ id: group.id, label: tKind(group.kind) }))} defaultGroupId={preselected?.id} />
    </div>
  );
}
