import Link from "next/link";
import { getFormatter, getTranslations } from "@/i18n/server";
import type { MeetingListGroup } from "./queries";

type Props = {
  year: number;
  currentYear: number;
  groups: MeetingListGroup[];
  /** Ids of the groups the viewer may schedule meetings for. */
  manageableGroupIds: string[];
};

const STATUS_CLASS = {
  PLANNED: "border-blue-800 bg-blue-50 text-blue-900",
  HELD: "border-green-700 bg-green-50 text-green-900",
  CANCELLED: "border-red-700 bg-red-50 text-red-900",
} as const;

const COMPLIANCE_CLASS = {
  met: "border-green-700 bg-green-50",
  onTrack: "border-blue-800 bg-blue-50",
  toSchedule: "border-amber-600 bg-amber-50",
  missed: "border-red-700 bg-red-50",
} as const;

/** Both groups' meetings of one year, with the year's cadence and links to the years around it. */
export async function MeetingsList({ year, currentYear, groups, manageableGroupIds }: Props) {
  const [t, tStatus, tKind, format] = await Promise.all([getTranslations("meetings"), getTranslations("statuses.meeting"), getTranslations("groupKinds"), getFormatter()]);
  const date = (value: Date) => format.dateTime(value, { weekday: "short", day: "numeric", month: "long" });
  const time = (value: Date) => format.dateTime(value, { timeStyle: "short" });

  return (
    <div className="space-y-8">
      <div>
        <p className="text-lg font-semibold text-slate-700">{t("title")}</p>
        <h1 className="text-3xl font-bold">{t("yearHeading", { year: String(year) })}</h1>
        <p className="mt-2 max-w-3xl">{t("intro")}</p>
      </div>

      <nav aria-label={t("yearNavigation")}>
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          <li>
            <Link href={`/meetings?year=${year - 1}`} className="text-blue-900 underline">
              {t("previousYear", { year: String(year - 1) })}
            </Link>
          </li>
          {year !== currentYear ? (
            <li>
              <Link href="/meetings" className="text-blue-900 underline">
                {t("thisYear")}
              </Link>
            </li>
          ) : null}
          <li>
            <Link href={`/meetings?year=${year + 1}`} className="text-blue-900 underline">
              {t("nextYear", { year: String(year + 1) })}
            </Link>
          </li>
        </ul>
      </nav>

      {groups.map((group) => {
        const compliance = group.compliance;
        const headingId = `group-${group.slug}-heading`;
        return (
          <section key={group.id} aria-labelledby={headingId} className="space-y-3 border-t-2 border-slate-200 pt-6">
            <h2 id={headingId} className="text-2xl font-bold">
              {tKind(group.kind)}
            </h2>
            <div className={`max-w-3xl rounded border-l-4 p-3 ${COMPLIANCE_CLASS[compliance.status]}`}>
              <p>
                <strong>
                  {t("cadence.statusLabel", { year: String(year) })}: {t(`cadence.status.${compliance.status}`)}.
                </strong>{" "}
                {t("cadence.summary", { required: compliance.required, scheduled: compliance.scheduled, held: compliance.held })}
              </p>
              {compliance.toSchedule > 0 && compliance.status !== "missed" ? <p>{t("cadence.toSchedule", { count: compliance.toSchedule, year: String(year) })}</p> : null}
              {compliance.awaitingRecord > 0 ? <p>{t("cadence.awaitingRecord", { count: compliance.awaitingRecord })}</p> : null}
              {compliance.extra > 0 ? <p>{t("cadence.extra", { count: compliance.extra })}</p> : null}
            </div>
            {manageableGroupIds.includes(group.id) ? (
              <p>
                <Link href={`/meetings/new?group=${group.slug}`} className="inline-block rounded bg-blue-800 px-4 py-2 font-semibold text-white hover:bg-blue-900">
                  {t("scheduleFor", { group: group.kind })}
                </Link>
              </p>
            ) : null}
            {group.meetings.length === 0 ? (
              <p>{t("noMeetings", { year: String(year) })}</p>
            ) : (
              <div className="overflow-x-auto">
                <table className="w-full border-collapse text-left">
                  <caption className="mb-1 text-left text-lg font-semibold">{t("caption", { group: group.kind, year: String(year) })}</caption>
                  <thead>
                    <tr className="border-b-2 border-slate-700">
                      <th scope="col" className="py-1 pr-3">{t("columns.when")}</th>
                      <th scope="col" className="py-1 pr-3">{t("columns.title")}</th>
                      <th scope="col" className="py-1 pr-3">{t("columns.status")}</th>
                      <th scope="col" className="py-1 pr-3">{t("columns.place")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {group.meetings.map((meeting) => (
                      <tr key={meeting.id} className="border-b border-slate-300 align-top">
                        <td className="py-2 pr-3">
                          <span className={meeting.status === "CANCELLED" ? "line-through" : undefined}>{date(meeting.startsAt)}</span>
                          <span className="block text-sm text-slate-700">
                            {time(meeting.startsAt)}–{time(meeting.endsAt)}
                          </span>
                        </td>
                        <th scope="row" className="py-2 pr-3 font-normal">
                          <Link href={`/meetings/${meeting.id}`} className="font-semibold text-blue-900 underline">
                            {meeting.title}
                          </Link>
                          {meeting.isExtra ? (
                            <span className="mt-1 block text-sm">
                              <span className="mr-1 rounded border border-amber-700 bg-amber-50 px-1 font-semibold text-amber-900">{t("extraBadge")}</span>
                              {meeting.extraReason ? t("extraReason", { reason: meeting.extraReason }) : null}
                            </span>
                          ) : null}
                          {meeting.status === "CANCELLED" && meeting.cancellationReason ? (
                            <span className="mt-1 block text-sm text-red-900">{t("cancelledReason", { reason: meeting.cancellationReason })}</span>
                          ) : null}
                          {meeting.isPublic ? <span className="mt-1 block text-sm text-slate-700">{t("publicBadge")}</span> : null}
                        </th>
                        <td className="py-2 pr-3">
                          <span className={`inline-block rounded border px-2 text-sm font-semibold ${STATUS_CLASS[meeting.status]}`}>{tStatus(meeting.status)}</span>
                          {meeting.status === "PLANNED" && meeting.noticeSentAt ? <span className="mt-1 block text-sm text-slate-700">{t("noticeSent")}</span> : null}
                        </td>
                        <td className="py-2 pr-3">{meeting.location || (meeting.onlineUrl ? t("onlineOnly") : null)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        );
      })}
    </div>
  );
}
