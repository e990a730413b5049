import type { Metadata } from "next";
import { getTranslations } from "@/i18n/server";
import { mayManageMeetings } from "@/features/meetings/access";
import { stockholmYear } from "@/features/meetings/meeting-time";
import { MeetingsList } from "@/features/meetings/meetings-list";
import { listMeetings } from "@/features/meetings/queries";
import { meetingViewerFor } from "@/features/meetings/viewer";
import { requireActor } from "@/server/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("meetings"))("title") };
}

type Props = { searchParams: Promise<{ year?: string | string[] }> };

/** A year from the URL, within the years meetings can have; anything else means this year. */
function chosenYear(value: string | string[] | undefined, currentYear: number): number {
  const year = typeof value === "string" && /^\d{4}$/.test(value) ? Number(value) : null;
  return year !== null && year >= 2000 && year <= 2200 ? year : currentYear;
}

export default async function MeetingsPage({ searchParams }: Props) {
  const actor = await requireActor("/meetings", "partnership:view");
  const now = new Date();
  const currentYear = stockholmYear(now);
  const year = chosenYear((await searchParams).year, currentYear);
  const [groups, viewer] = [await listMeetings(actor.partnershipId, year, now), await meetingViewerFor(actor)];
  return (
    <MeetingsList
      year={year}
      currentYear={currentYear}
      groups={groups}
      manageableGroupIds={groups.filter((group) => mayManageMeetings(viewer, group.id)).map((group) => group.id)}
    />
  );
}
