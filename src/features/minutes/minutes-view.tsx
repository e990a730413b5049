import Link from "next/link";
import { getFormatter, getTranslations, type Translator } from "@/i18n/server";
import {
  AddDecisionForm,
  AddEntryForm,
  AppointAdjustersForm,
  ApproveMinutesForm,
  EditDecisionForm,
  EditEntryForm,
  ReturnToDraftForm,
  SendForAdjustmentForm,
  SetChairForm,
  StartCorrectionForm,
  StartMinutesForm,
} from "./minutes-forms";
import { adjusterCandidates, expectedJusteringBy } from "./justering";
import { minutesPath } from "./justering-mail";
import type { MinutesDetail, MinutesPage } from "./queries";

const SECTION = "space-y-4 border-t-2 border-slate-200 pt-6 print:border-slate-400";
const H2 = "text-2xl font-bold";
const BADGE = {
  DRAFT: "border-amber-600 bg-amber-50",
  IN_ADJUSTMENT: "border-blue-800 bg-blue-50",
  APPROVED: "border-green-700 bg-green-50",
} as const;

/**
 * A meeting's minutes (protokoll): entries per agenda item, decisions with § numbers, who was
 * present, chair and adjusters, the justering and the correction chain. Forms appear only to those
 * who may use them (see minutesAbilities); the server checks again in every action.
 */
export async function MinutesView({ page }: { page: MinutesPage }) {
  const [t, tStatus, tGroup, format] = await Promise.all([getTranslations("minutes"), getTranslations("statuses.minutes"), getTranslations("groupKinds"), getFormatter()]);
  const date = (value: Date) => format.dateTime(value, { dateStyle: "long" });
  const dateTime = (value: Date) => format.dateTime(value, { dateStyle: "long", timeStyle: "short" });
  const { meeting, selected, abilities } = page;
  const presentOptions = page.present.map((person) => ({ value: person.id, label: person.name }));

  return (
    <div className="space-y-8">
      <div>
        <p className="print:hidden">
          <Link href={`/meetings/${meeting.id}`} className="text-blue-900 underline">
            {t("backToMeeting")}
          </Link>
        </p>
        <p className="mt-4 text-lg font-semibold text-slate-700">
          {t("title")} · {tGroup(meeting.groupKind)}
        </p>
        <h1 className="text-3xl font-bold">{meeting.title}</h1>
        <p className="mt-1">{t("meetingWhen", { date: dateTime(meeting.startsAt), location: meeting.location || "–" })}</p>
      </div>

      {page.chain.length > 1 ? <ChainNav page={page} date={date} t={t} /> : null}

      {selected ? (
        <StatusBanner minutes={selected} date={date} t={t} tStatus={(status) => tStatus(status)} />
      ) : (
        <section aria-labelledby="no-minutes-heading" className="space-y-4">
          <h2 id="no-minutes-heading" className={H2}>
            {meeting.status === "HELD" && page.hiddenOpen ? t("none.notApprovedHeading") : t("none.heading")}
          </h2>
          <p>{meeting.status !== "HELD" ? t("none.notHeld") : page.hiddenOpen ? t("none.notApprovedYet") : t("none.text")}</p>
          {meeting.status === "HELD" && page.hiddenOpen ? (
            <p>
              {expectedJusteringBy(meeting.startsAt) > new Date()
                ? t("none.expectedBy", { date: date(expectedJusteringBy(meeting.startsAt)) })
                : t("none.overdue", { date: date(expectedJusteringBy(meeting.startsAt)) })}
            </p>
          ) : null}
          {abilities.start ? (
            <StartMinutesForm meetingId={meeting.id} present={presentOptions} defaultChairId={page.suggestedChairId ?? undefined} />
          ) : null}
        </section>
      )}

      <section aria-labelledby="attendance-heading" className={SECTION}>
        <h2 id="attendance-heading" className={H2}>
          {t("attendance.heading")}
        </h2>
        {page.present.length === 0 ? (
          <p>{t("attendance.noneRecorded")}</p>
        ) : (
          <>
            <p className="font-semibold">{t("attendance.present", { count: page.present.length })}</p>
            <ul className="list-disc pl-6">
              {page.present.map((person) => (
                <li key={person.id}>{person.name}</li>
              ))}
            </ul>
          </>
        )}
        {page.absentCount + page.excusedCount > 0 ? <p>{t("attendance.others", { absent: page.absentCount, excused: page.excusedCount })}</p> : null}
      </section>

      {selected ? <SelectedMinutes page={page} minutes={selected} date={date} dateTime={dateTime} t={t} /> : null}
    </div>
  );
}

type T = Translator;

function StatusBanner({ minutes, date, t, tStatus }: { minutes: MinutesDetail; date: (value: Date) => string; t: T; tStatus: (status: MinutesDetail["status"]) => string }) {
  return (
    <div className={`rounded border-l-4 p-3 ${BADGE[minutes.status]}`}>
      <p className="font-semibold">
        {minutes.status === "APPROVED"
          ? minutes.inForce
            ? t("status.approvedInForce", { date: date(minutes.approvedAt!) })
            : t("status.approvedSuperseded", { date: date(minutes.approvedAt!) })
          : `${tStatus(minutes.status)} – ${t(minutes.status === "DRAFT" ? "status.draftNote" : "status.inAdjustmentNote")}`}
      </p>
      {minutes.correctsId ? <p className="mt-1">{t("status.correction", { reason: minutes.correctionReason ?? "" })}</p> : null}
    </div>
  );
}

function ChainNav({ page, date, t }: { page: MinutesPage; date: (value: Date) => string; t: T }) {
  return (
    <nav aria-labelledby="chain-heading" className="rounded border border-slate-300 p-4">
      <h2 id="chain-heading" className="text-lg font-bold">
        {t("chain.heading")}
      </h2>
      <p className="mb-2 text-slate-700">{t("chain.intro")}</p>
      <ol className="list-decimal space-y-1 pl-6">
        {page.chain.map((link) => {
          const label = `${link.correctsId ? t("chain.correction") : t("chain.original")}: ${
            link.status === "APPROVED" ? t("chain.approvedOn", { date: date(link.approvedAt!) }) : t(`status.${link.status}`)
          }${link.inForce ? ` (${t("chain.inForce")})` : ""}`;
          const current = page.selected?.id === link.id;
          return (
            <li key={link.id}>
              {current ? (
                <span aria-current="page" className="font-semibold">
                  {label}
                </span>
              ) : (
                <Link href={`${minutesPath(page.meeting.id)}?minutes=${link.id}`} className="text-blue-900 underline">
                  {label}
                </Link>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

function SelectedMinutes({
  page,
  minutes,
  date,
  dateTime,
  t,
}: {
  page: MinutesPage;
  minutes: MinutesDetail;
  date: (value: Date) => string;
  dateTime: (value: Date) => string;
  t: T;
}) {
  const { abilities } = page;
  const ref = { minutesId: minutes.id, version: minutes.version };
  const presentOptions = page.present.map((person) => ({ value: person.id, label: person.name }));
  const agendaOptions = page.agendaItems.map((item) => ({ value: item.id, label: `${item.position}. ${item.title}` }));
  const preparing =
    page.meeting.groupKind === "STEERING_GROUP" ? page.preparingCandidates.map((meeting) => ({ value: meeting.id, label: `${meeting.title} (${date(meeting.startsAt)})` })) : null;
  const signatoryRole =
    minutes.chair?.id === page.viewerPersonId ? ("CHAIR" as const) : minutes.adjusters.some((adjuster) => adjuster.id === page.viewerPersonId) ? ("ADJUSTER" as const) : null;

  return (
    <>
      <section aria-labelledby="signatories-heading" className={SECTION}>
        <h2 id="signatories-heading" className={H2}>
          {t("signatories.heading")}
        </h2>
        <dl className="grid max-w-3xl gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t("signatories.chair")}</dt>
          <dd>{minutes.chair?.name ?? t("signatories.notSet")}</dd>
          <dt className="font-semibold">{t("signatories.secretary")}</dt>
          <dd>{minutes.secretary?.name ?? t("signatories.notSet")}</dd>
          <dt className="font-semibold">{t("signatories.adjusters")}</dt>
          <dd>{minutes.adjusters.length > 0 ? minutes.adjusters.map((person) => person.name).join(", ") : t("signatories.notAppointed")}</dd>
        </dl>
        {abilities.edit ? <SetChairForm minutes={ref} present={presentOptions} chairId={minutes.chair?.id ?? null} hasAdjusters={minutes.adjusters.length > 0} /> : null}
        {abilities.appointAdjusters ? (
          <AppointAdjustersForm
            minutes={ref}
            candidates={adjusterCandidates(page.present, { chairPersonId: minutes.chair?.id ?? null, secretaryPersonId: minutes.secretary?.id ?? null }).map((person) => ({
              value: person.id,
              label: person.name,
            }))}
            selected={minutes.adjusters.map((person) => person.id)}
          />
        ) : null}
      </section>

      <section aria-labelledby="entries-heading" className={SECTION}>
        <h2 id="entries-heading" className={H2}>
          {t("entries.heading")}
        </h2>
        {minutes.entries.length === 0 ? <p>{t("entries.none")}</p> : null}
        {minutes.entries.map((entry, index) => (
          <article key={entry.id} aria-labelledby={`entry-${entry.id}-heading`} className="max-w-3xl">
            <h3 id={`entry-${entry.id}-heading`} className="text-xl font-semibold">
              {index + 1}. {entry.heading}
            </h3>
            {entry.text ? <p className="mt-1 whitespace-pre-line">{entry.text}</p> : <p className="mt-1 italic text-slate-700">{t("entries.empty")}</p>}
            {abilities.edit ? <EditEntryForm minutes={ref} entry={entry} /> : null}
          </article>
        ))}
        {abilities.edit ? <AddEntryForm minutes={ref} /> : null}
      </section>

      <section aria-labelledby="decisions-heading" className={SECTION}>
        <h2 id="decisions-heading" className={H2}>
          {t("decisions.heading")}
        </h2>
        {minutes.decisions.length === 0 ? <p>{t("decisions.none")}</p> : null}
        {minutes.decisions.map((decision) => (
          <article key={decision.id} aria-labelledby={`decision-${decision.id}-heading`} className="max-w-3xl rounded border border-slate-300 p-4">
            <h3 id={`decision-${decision.id}-heading`} className="text-xl font-semibold">
              {t("decisions.numbered", { number: decision.number, title: decision.title })}
            </h3>
            <p className="mt-1 whitespace-pre-line">{decision.text}</p>
            <dl className="mt-2 grid gap-x-4 gap-y-1 text-slate-800 sm:grid-cols-[max-content_1fr]">
              <dt className="font-semibold">{t("decisions.subject")}</dt>
              <dd>{t(`subjects.${decision.subject}`)}</dd>
              {decision.agendaItemTitle ? (
                <>
                  <dt className="font-semibold">{t("decisions.agendaItem")}</dt>
                  <dd>{decision.agendaItemTitle}</dd>
                </>
              ) : null}
              {decision.preparedBy ? (
                <>
                  <dt className="font-semibold">{t("decisions.preparedBy")}</dt>
                  <dd>
                    <Link href={minutesPath(decision.preparedBy.id)} className="text-blue-900 underline">
                      {decision.preparedBy.title} ({date(decision.preparedBy.startsAt)})
                    </Link>
                  </dd>
                </>
              ) : null}
            </dl>
            {abilities.edit ? (
              <EditDecisionForm
                minutes={ref}
                decision={{ ...decision, preparedById: decision.preparedBy?.id ?? null }}
                agendaItems={agendaOptions}
                preparing={preparing}
              />
            ) : null}
          </article>
        ))}
        {abilities.edit ? <AddDecisionForm minutes={ref} agendaItems={agendaOptions} preparing={preparing} /> : null}
      </section>

      <section aria-labelledby="justering-heading" className={SECTION}>
        <h2 id="justering-heading" className={H2}>
          {t("justering.heading")}
        </h2>
        {minutes.approvals.length > 0 ? (
          <table className="w-full max-w-3xl border-collapse text-left">
            <caption className="mb-1 text-left font-semibold">{t("justering.approvalsCaption")}</caption>
            <thead>
              <tr className="border-b-2 border-slate-700">
                <th scope="col" className="py-1 pr-3">{t("justering.who")}</th>
                <th scope="col" className="py-1 pr-3">{t("justering.role")}</th>
                <th scope="col" className="py-1 pr-3">{t("justering.when")}</th>
              </tr>
            </thead>
            <tbody>
              {minutes.approvals.map((approval) => (
                <tr key={`${approval.person.id}-${approval.role}`} className="border-b border-slate-300">
                  <th scope="row" className="py-1 pr-3 font-normal">{approval.person.name}</th>
                  <td className="py-1 pr-3">{t(`roles.${approval.role}`)}</td>
                  <td className="py-1 pr-3">{dateTime(approval.approvedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : minutes.status === "IN_ADJUSTMENT" ? (
          <p>{t("justering.noApprovalsYet")}</p>
        ) : null}
        {minutes.status === "IN_ADJUSTMENT" && minutes.pending.length > 0 ? (
          <p>{t("justering.waitingFor", { names: minutes.pending.map((pending) => `${pending.person.name} (${t(`roles.${pending.role}`)})`).join(", ") })}</p>
        ) : null}
        {minutes.status === "DRAFT" ? (
          <p>{minutes.sendRefusal ? t("justering.notReady", { reason: t(`refusals.${minutes.sendRefusal}`) }) : t("justering.ready")}</p>
        ) : null}
        {minutes.status === "APPROVED" ? <p>{t("justering.locked")}</p> : null}
        {abilities.sendForAdjustment ? <SendForAdjustmentForm minutes={ref} /> : null}
        {abilities.approve && signatoryRole ? <ApproveMinutesForm minutes={ref} role={signatoryRole} /> : null}
        {abilities.returnToDraft ? <ReturnToDraftForm minutes={ref} /> : null}
        {abilities.startCorrection ? <StartCorrectionForm minutes={ref} /> : null}
      </section>
    </>
  );
}
