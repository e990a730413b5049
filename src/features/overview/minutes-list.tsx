import Link from "next/link";
import { getFormatter, getTranslations } from "@/i18n/server";
import { minutesPath } from "@/features/minutes/justering-mail";
import type { MinutesToAdjust } from "./queries";
import { linkClass, WorkBlock } from "./work-block";

/** Minutes in justering the person still has to approve, each linking to where they approve them. */
export async function MinutesToAdjustList({ id, minutes }: { id: string; minutes: MinutesToAdjust[] }) {
  const [t, format] = await Promise.all([getTranslations("overview.minutes"), getFormatter()]);
  return (
    <WorkBlock id={id} heading={t("heading")} count={minutes.length}>
      <ul className="space-y-1">
        {minutes.map((row) => (
          <li key={row.minutesId}>
            <Link href={minutesPath(row.meetingId)} className={linkClass}>
              {t("item", { meeting: row.meetingTitle, date: format.dateTime(row.startsAt, { dateStyle: "long" }) })}
            </Link>
          </li>
        ))}
      </ul>
    </WorkBlock>
  );
}
