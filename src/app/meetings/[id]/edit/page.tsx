import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "@/i18n/server";
import { MeetingForm } from "@/features/meetings/meeting-form";
import { getMeetingForEdit } from "@/features/meetings/queries";
import { meetingViewerFor } from "@/features/meetings/viewer";
import { requireActor } from "@/server/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("meetings"))("edit.title") };
}

type Props = { params: Promise<{ id: string }> };

/** Editing or moving a meeting, for its managers; others (and unknown meetings) get "not found". */
export default async function EditMeetingPage({ params }: Props) {
  const { id } = await params;
  const actor = await requireActor(`/meetings/${encodeURIComponent(id)}/edit`, "partnership:view");
  const meeting = await getMeetingForEdit(id, actor.partnershipId, await meetingViewerFor(actor));
  if (!meeting) notFound();
  const [t, tKind] = [await getTranslations("meetings"), await getTranslations("groupKinds")];
  return (
    <div className="space-y-6">
      <p>
        <Link href={`/meetings/${meeting.id}`} className="text-blue-900 underline">
          {t("edit.back")}
        </Link>
      </p>
      <p className="text-lg font-semibold text-slate-700">{tKind(meeting.groupKind)}</p>
      <h1 className="text-3xl font-bold">{t("edit.title")}</h1>
      {meeting.status === "CANCELLED" ? (
        <p className="max-w-3xl rounded border-l-4 border-red-700 bg-red-50 p-3">{t("edit.cancelledNote")}</p>
      ) : (
        <>
          {meeting.status === "HELD" ? <p className="max-w-3xl rounded border-l-4 border-amber-600 bg-amber-50 p-3">{t("edit.heldNote")}</p> : null}
          <MeetingForm mode="edit" meetingId={meeting.id} version={meeting.version} values={meeting.values} />
        </>
      )}
    </div>
  );
}
