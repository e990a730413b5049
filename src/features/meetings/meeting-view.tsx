import Link from "next/link";
import { getFormatter, getTranslations } from "@/i18n/server";
import { AddAgendaItemForm, AgendaItemButtons, EditAgendaItemForm } from "./agenda-forms";
import { AttendanceForm } from "./attendance-form";
import { RemoveMeetingDocumentForm, UploadMeetingDocumentForm } from "./document-forms";
import { MAX_MEETING_DOCUMENT_BYTES } from "./documents";
import { CancelMeetingForm, MarkHeldForm, SendNoticeForm } from "./manage-forms";
import type { AttendanceRow, MeetingPage } from "./queries";

type Props = {
  page: MeetingPage;
  now: Date;
  /** A notice to show after a redirect (scheduled, edited) or an upload without JavaScript, as a catalogue key. */
  notice: { key: string; kind: "success" | "error" } | null;
};

const SECTION = "space-y-4 border-t-2 border-slate-200 pt-6";
const H2 = "text-2xl font-bold";
const STATUS_CLASS = {
  PLANNED: "border-blue-800 bg-blue-50 text-blue-900",
  HELD: "border-green-700 bg-green-50 text-green-900",
  CANCELLED: "border-red-700 bg-red-50 text-red-900",
} as const;

/** One meeting: details, agenda, underlag (members), attendance, notice, and the managers' forms. */
export async function MeetingView({ page, now, notice }: Props) {
  const [t, tAll, tKind, tRole, format] = await Promise.all([
    getTranslations("meetings"),
    getTranslations(),
    getTranslations("groupKinds"),
    getTranslations("groupRoles"),
    getFormatter(),
  ]);
  const longDate = (value: Date) => format.dateTime(value, { dateStyle: "full" });
  const time = (value: Date) => format.dateTime(value, { timeStyle: "short" });
  const dateTime = (value: Date) => format.dateTime(value, { dateStyle: "medium", timeStyle: "short" });
  const { access } = page;
  const planned = page.status === "PLANNED";
  const started = page.startsAt <= now;
  const agendaOpen = access.mayManage && planned;
  const agendaCount = page.agenda.items.length;
  const roleLabel = (row: AttendanceRow) => row.roles.map((role) => tRole(role)).join(", ");

  const sections = [
    ["details", t("details.heading")],
    ["agenda", t("agenda.heading")],
    ...(access.signedIn ? [["documents", t("documents.heading")], ["attendance", t("attendance.heading")], ["notice", t("notice.heading")]] : []),
    ...(access.mayManage && planned ? [["manage", t("manage.heading")]] : []),
  ] as const;

  const attendanceCounts = (rows: AttendanceRow[]) => ({
    present: rows.filter((row) => row.status === "PRESENT").length,
    absent: rows.filter((row) => row.status === "ABSENT").length,
    excused: rows.filter((row) => row.status === "EXCUSED").length,
    none: rows.filter((row) => row.status === null).length,
  });

  return (
    <div className="space-y-8">
      <div>
        {access.signedIn ? (
          <p className="mb-3">
            <Link href={`/meetings?year=${page.cycleYear}`} className="text-blue-900 underline">
              {t("details.back", { year: String(page.cycleYear) })}
            </Link>
          </p>
        ) : null}
        <p className="text-lg font-semibold text-slate-700">{tKind(page.group.kind)}</p>
        <h1 className="text-3xl font-bold">{page.title}</h1>
        <p className="mt-2 flex flex-wrap gap-2">
          <span className={`rounded border px-2 font-semibold ${STATUS_CLASS[page.status]}`}>{tAll(`statuses.meeting.${page.status}`)}</span>
          {page.isExtra ? <span className="rounded border border-amber-700 bg-amber-50 px-2 font-semibold text-amber-900">{t("extraBadge")}</span> : null}
          {page.isPublic ? <span className="rounded border border-slate-500 px-2 text-slate-800">{t("publicBadge")}</span> : null}
        </p>
        {notice ? (
          <p
            role={notice.kind === "error" ? "alert" : "status"}
            className={`mt-4 rounded border-l-4 p-4 ${notice.kind === "error" ? "border-red-700 bg-red-50 text-red-900" : "border-green-700 bg-green-50 text-green-900"}`}
          >
            {tAll(notice.key)}
          </p>
        ) : null}
        {!access.signedIn ? <p className="mt-3 max-w-3xl">{t("details.publicNote")}</p> : null}
      </div>

      <nav aria-labelledby="meeting-contents">
        <h2 id="meeting-contents" className="text-lg font-semibold">{t("details.contents")}</h2>
        <ul className="mt-1 flex flex-wrap gap-x-5 gap-y-1">
          {sections.map(([id, label]) => (
            <li key={id}>
              <a href={`#${id}`} className="text-blue-900 underline">{label}</a>
            </li>
          ))}
        </ul>
      </nav>

      <section id="details" aria-labelledby="details-heading" className={SECTION}>
        <h2 id="details-heading" className={H2}>{t("details.heading")}</h2>
        <dl className="grid max-w-3xl gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t("details.when")}</dt>
          <dd>{t("when", { date: longDate(page.startsAt), start: time(page.startsAt), end: time(page.endsAt) })}</dd>
          {page.location ? (
            <>
              <dt className="font-semibold">{t("details.place")}</dt>
              <dd>{page.location}</dd>
            </>
          ) : null}
          {page.onlineUrl ? (
            <>
              <dt className="font-semibold">{t("details.online")}</dt>
              <dd>
                <a href={page.onlineUrl} className="break-all text-blue-900 underline" rel="noopener noreferrer">
                  {page.onlineUrl}
                </a>
              </dd>
            </>
          ) : null}
          <dt className="font-semibold">{t("details.status")}</dt>
          <dd>
            {tAll(`statuses.meeting.${page.status}`)}
            {page.cancelledAt ? ` – ${t("details.cancelledAt", { date: dateTime(page.cancelledAt) })}` : null}
            {page.cancellationReason ? <span className="block">{t("cancelledReason", { reason: page.cancellationReason })}</span> : null}
          </dd>
          {page.isExtra ? (
            <>
              <dt className="font-semibold">{t("extraBadge")}</dt>
              <dd>{page.extraReason ? t("extraReason", { reason: page.extraReason }) : null}</dd>
            </>
          ) : null}
          <dt className="font-semibold">{t("details.cycleYear")}</dt>
          <dd>{page.cycleYear}</dd>
          <dt className="font-semibold">{t("details.visibility")}</dt>
          <dd>{page.isPublic ? t("details.public") : t("details.internal")}</dd>
          {page.createdBy ? (
            <>
              <dt className="font-semibold">{t("details.createdBy")}</dt>
              <dd>{page.createdBy}</dd>
            </>
          ) : null}
        </dl>
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          {access.mayManage && page.status !== "CANCELLED" ? (
            <li>
              <Link href={`/meetings/${page.id}/edit`} className="font-semibold text-blue-900 underline">
                {t("details.edit")}
              </Link>
            </li>
          ) : null}
          {page.status === "HELD" ? (
            <li>
              <Link href={`/meetings/${page.id}/minutes`} className="font-semibold text-blue-900 underline">
                {t("details.minutes")}
              </Link>
            </li>
          ) : null}
          <li>
            <a href={`/api/calendar/meetings/${page.id}`} className="font-semibold text-blue-900 underline">
              {t("details.calendar")}
            </a>
          </li>
        </ul>
      </section>

      <section id="agenda" aria-labelledby="agenda-heading" className={SECTION}>
        <h2 id="agenda-heading" className={H2}>{t("agenda.heading")}</h2>
        {agendaCount === 0 ? (
          <p>{t("agenda.empty")}</p>
        ) : (
          <>
            <div className="overflow-x-auto">
              <table className="w-full border-collapse text-left">
                <caption className="mb-1 text-left text-lg font-semibold">{t("agenda.caption", { count: agendaCount })}</caption>
                <thead>
                  <tr className="border-b-2 border-slate-700">
                    <th scope="col" className="py-1 pr-3">{t("agenda.number")}</th>
                    <th scope="col" className="py-1 pr-3">{t("agenda.time")}</th>
                    <th scope="col" className="py-1 pr-3">{t("agenda.item")}</th>
                    <th scope="col" className="py-1 pr-3">{t("agenda.presenter")}</th>
                    <th scope="col" className="py-1 pr-3">{t("agenda.duration")}</th>
                    <th scope="col" className="py-1 pr-3">{t("agenda.type")}</th>
                  </tr>
                </thead>
                <tbody>
                  {page.agenda.items.map((item, index) => (
                    <tr key={item.id} className="border-b border-slate-300 align-top">
                      <td className="py-2 pr-3">{index + 1}</td>
                      <td className="py-2 pr-3">{item.startsAt ? time(item.startsAt) : "–"}</td>
                      <th scope="row" className="py-2 pr-3 font-normal">
                        <span className="font-semibold">{item.title}</span>
                        {item.description ? <span className="block whitespace-pre-line text-slate-800">{item.description}</span> : null}
                        {item.documents.length > 0 ? (
                          <span className="mt-1 block text-sm">
                            {t("agenda.documents")}{" "}
                            {item.documents.map((document, position) => (
                              <span key={document.id}>
                                {position > 0 ? ", " : null}
                                <a href={`/api/meetings/${page.id}/documents/${document.id}`} className="text-blue-900 underline">
                                  {document.title}
                                </a>
                              </span>
                            ))}
                          </span>
                        ) : null}
                      </th>
                      <td className="py-2 pr-3">{item.presenter}</td>
                      <td className="py-2 pr-3">{item.durationMinutes ?? "–"}</td>
                      <td className="py-2 pr-3">{t(`agendaTypes.${item.type}`)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <p>
              {page.agenda.complete && page.agenda.endsAt
                ? t("agenda.total", { minutes: page.agenda.totalMinutes, end: time(page.agenda.endsAt) })
                : t("agenda.totalIncomplete", { minutes: page.agenda.totalMinutes })}
            </p>
            {page.agenda.overrunMinutes > 0 ? (
              <p className="max-w-3xl rounded border-l-4 border-amber-600 bg-amber-50 p-3 font-semibold">{t("agenda.overrun", { minutes: page.agenda.overrunMinutes })}</p>
            ) : null}
          </>
        )}
        {agendaOpen ? (
          <>
            {agendaCount > 0 ? (
              <ul className="max-w-3xl space-y-3" aria-label={t("agenda.actions")}>
                {page.agenda.items.map((item, index) => (
                  <li key={item.id} className="rounded border border-slate-300 p-3">
                    <p className="mb-2 font-semibold">
                      {index + 1}. {item.title}
                    </p>
                    <AgendaItemButtons itemId={item.id} number={index + 1} title={item.title} first={index === 0} last={index === agendaCount - 1} />
                    <div className="mt-2">
                      <EditAgendaItemForm
                        itemId={item.id}
                        number={index + 1}
                        values={{ title: item.title, description: item.description, presenter: item.presenter, durationMinutes: item.durationMinutes, type: item.type }}
                      />
                    </div>
                  </li>
                ))}
              </ul>
            ) : null}
            <AddAgendaItemForm meetingId={page.id} />
          </>
        ) : access.mayManage ? (
          <p>{t("agenda.locked")}</p>
        ) : null}
      </section>

      {access.signedIn ? (
        <section id="documents" aria-labelledby="documents-heading" className={SECTION}>
          <h2 id="documents-heading" className={H2}>{t("documents.heading")}</h2>
          {page.documents === null ? (
            <p>{t("documents.membersOnly")}</p>
          ) : page.documents.length === 0 ? (
            <p>{t("documents.empty")}</p>
          ) : (
            <div className="overflow-x-auto">
              <table className="w-full border-collapse text-left">
                <caption className="mb-1 text-left text-lg font-semibold">{t("documents.caption")}</caption>
                <thead>
                  <tr className="border-b-2 border-slate-700">
                    <th scope="col" className="py-1 pr-3">{t("documents.title")}</th>
                    <th scope="col" className="py-1 pr-3">{t("documents.item")}</th>
                    <th scope="col" className="py-1 pr-3">{t("documents.size")}</th>
                    <th scope="col" className="py-1 pr-3">{t("documents.uploaded")}</th>
                    {access.mayManage ? <th scope="col" className="py-1 pr-3"><span className="sr-only">{t("agenda.actions")}</span></th> : null}
                  </tr>
                </thead>
                <tbody>
                  {page.documents.map((document) => (
                    <tr key={document.id} className="border-b border-slate-300 align-top">
                      <th scope="row" className="py-2 pr-3 font-normal">
                        <a href={`/api/meetings/${page.id}/documents/${document.id}`} className="font-semibold text-blue-900 underline" aria-label={t("documents.download", { title: document.title })}>
                          {document.title}
                        </a>
                        <span className="block text-sm text-slate-700">{document.fileName}</span>
                      </th>
                      <td className="py-2 pr-3">{document.agendaItem ? `${document.agendaItem.position}. ${document.agendaItem.title}` : t("documents.noItem")}</td>
                      <td className="py-2 pr-3">{t("documents.sizeValue", { kilobytes: Math.max(1, Math.round(document.size / 1024)) })}</td>
                      <td className="py-2 pr-3">
                        {document.uploadedBy ? t("documents.uploadedBy", { date: dateTime(document.uploadedAt), name: document.uploadedBy }) : dateTime(document.uploadedAt)}
                      </td>
                      {access.mayManage ? (
                        <td className="py-2 pr-3">
                          <RemoveMeetingDocumentForm documentId={document.id} title={document.title} />
                        </td>
                      ) : null}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {access.mayManage && page.status !== "CANCELLED" ? (
            <UploadMeetingDocumentForm
              meetingId={page.id}
              maxMegabytes={MAX_MEETING_DOCUMENT_BYTES / (1024 * 1024)}
              items={page.agenda.items.map((item, index) => ({ id: item.id, label: `${index + 1}. ${item.title}` }))}
            />
          ) : null}
        </section>
      ) : null}

      {page.attendance ? (
        <section id="attendance" aria-labelledby="attendance-heading" className={SECTION}>
          <h2 id="attendance-heading" className={H2}>{t("attendance.heading")}</h2>
          <p className="max-w-3xl">{t("attendance.intro")}</p>
          {page.attendance.length === 0 ? (
            <p>{t("attendance.empty")}</p>
          ) : (
            <>
              <p>{t("attendance.summary", attendanceCounts(page.attendance))}</p>
              {access.mayManage && started && page.status !== "CANCELLED" ? (
                <AttendanceForm
                  meetingId={page.id}
                  rows={page.attendance.map((row) => ({ personId: row.personId, name: row.name, roleLabel: roleLabel(row), partyName: row.partyName, status: row.status }))}
                />
              ) : (
                <>
                  <div className="overflow-x-auto">
                    <table className="w-full max-w-3xl border-collapse text-left">
                      <caption className="mb-1 text-left text-lg font-semibold">{t("attendance.caption")}</caption>
                      <thead>
                        <tr className="border-b-2 border-slate-700">
                          <th scope="col" className="py-1 pr-3">{t("attendance.name")}</th>
                          <th scope="col" className="py-1 pr-3">{t("attendance.role")}</th>
                          <th scope="col" className="py-1 pr-3">{t("attendance.party")}</th>
                          <th scope="col" className="py-1 pr-3">{t("attendance.status")}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {page.attendance.map((row) => (
                          <tr key={row.personId} className="border-b border-slate-300">
                            <th scope="row" className="py-1 pr-3 font-semibold">{row.name}</th>
                            <td className="py-1 pr-3">{roleLabel(row)}</td>
                            <td className="py-1 pr-3">{row.partyName}</td>
                            <td className="py-1 pr-3">{t(`attendance.statuses.${row.status ?? "none"}`)}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                  {access.mayManage && !started ? <p>{t("attendance.notYet")}</p> : null}
                </>
              )}
            </>
          )}
          {page.otherAttendance.length > 0 ? (
            <p className="max-w-3xl">
              {t("attendance.others", { names: page.otherAttendance.map((row) => `${row.name} (${t(`attendance.statuses.${row.status}`)})`).join(", ") })}
            </p>
          ) : null}
        </section>
      ) : null}

      {access.signedIn ? (
        <section id="notice" aria-labelledby="notice-heading" className={SECTION}>
          <h2 id="notice-heading" className={H2}>{t("notice.heading")}</h2>
          <p>{page.noticeSentAt ? t("notice.sentAt", { date: dateTime(page.noticeSentAt) }) : t("notice.notSent")}</p>
          {access.mayManage ? (
            planned && !started ? (
              <>
                <p className="max-w-3xl">{t("notice.intro")}</p>
                {page.noticeSentAt ? <p className="max-w-3xl">{t("notice.resendNote")}</p> : null}
                <SendNoticeForm meetingId={page.id} version={page.version} alreadySent={page.noticeSentAt !== null} />
              </>
            ) : (
              <p>{t("notice.onlyPlanned")}</p>
            )
          ) : null}
        </section>
      ) : null}

      {access.mayManage && planned ? (
        <section id="manage" aria-labelledby="manage-heading" className={SECTION}>
          <h2 id="manage-heading" className={H2}>{t("manage.heading")}</h2>
          {started ? <MarkHeldForm meetingId={page.id} version={page.version} /> : <p>{t("manage.held.notYet")}</p>}
          <CancelMeetingForm meetingId={page.id} version={page.version} />
        </section>
      ) : null}
    </div>
  );
}
