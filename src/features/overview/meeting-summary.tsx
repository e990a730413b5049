import Link from "next/link";
import { getFormatter, getTranslations } from "@/i18n/server";
import type { MeetingSummary } from "./queries";
import { linkClass } from "./work-block";

/** A group's next meeting: when and where, its agenda and, for the group's members, its underlag. */
export async function NextMeeting({ id, heading, meeting }: { id: string; heading: string; meeting: MeetingSummary | null }) {
  const [t, format] = await Promise.all([getTranslations("overview.meeting"), getFormatter()]);
  return (
    <section aria-labelledby={id} className="space-y-2">
      <h3 id={id} className="text-lg font-semibold">
        {heading}
      </h3>
      {meeting ? (
        <div className="space-y-2">
          <p>
            <Link href={`/meetings/${meeting.id}`} className={linkClass}>
              {meeting.title}
            </Link>
            <span className="block text-slate-800">
              {meeting.location
                ? t("when", { date: format.dateTime(meeting.startsAt, { dateStyle: "full", timeStyle: "short" }), place: meeting.location })
                : t("whenOnly", { date: format.dateTime(meeting.startsAt, { dateStyle: "full", timeStyle: "short" }) })}
            </span>
          </p>
          <div className="grid gap-4 md:grid-cols-2">
            <div>
              <h4 className="font-semibold">{t("agenda")}</h4>
              {meeting.agenda.length === 0 ? (
                <p>{t("noAgenda")}</p>
              ) : (
                <ol className="list-decimal pl-5">
                  {meeting.agenda.map((item) => (
                    <li key={item.position}>{item.title}</li>
                  ))}
                </ol>
              )}
            </div>
            {meeting.documents ? (
              <div>
                <h4 className="font-semibold">{t("underlag")}</h4>
                {meeting.documents.length === 0 ? (
                  <p>{t("noUnderlag")}</p>
                ) : (
                  <ul className="list-disc pl-5">
                    {meeting.documents.map((document) => (
                      <li key={document.id}>
                        <a href={`/api/meetings/${meeting.id}/documents/${document.id}`} className={linkClass}>
                          {document.title}
                        </a>
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            ) : null}
          </div>
        </div>
      ) : (
        <p>{t("none")}</p>
      )}
    </section>
  );
}
