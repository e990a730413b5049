import Link from "next/link";
import { getFormatter, getTranslations } from "@/i18n/server";
import { groupPath } from "@/features/membership/group-slug";
import { ApproveAmendmentForm, ProposeAmendmentForm, RejectAmendmentForm } from "./amendment-forms";
import { isoDay } from "./dates";
import { EscalationStepForm, RaiseDisputeForm, ResolveDisputeForm } from "./dispute-forms";
import { RemoveDocumentForm, UploadDocumentForm } from "./document-forms";
import { MAX_DOCUMENT_BYTES } from "./documents";
import type { NoticeCalculation } from "./notice-calculator";
import { NoticeCalculatorForm } from "./notice-calculator-form";
import { RegisterNoticeForm, WithdrawNoticeForm } from "./notice-forms";
import type { AgreementPage, AgreementViewer } from "./queries";
import { AddSignatoryForm, EditRecordForm, RemoveSignatoryForm } from "./record-forms";
import { termValue, type TermTools } from "./term-value";
import { AMENDABLE_TERMS, compareTerms, TERM_NAMES, type TermChanges } from "./terms";

type Props = {
  page: AgreementPage;
  viewer: AgreementViewer;
  /** Version numbers chosen in the compare form. */
  compare: { from: number; to: number } | null;
  /** The outcome of an upload posted without JavaScript, as a catalogue key. */
  uploadOutcome: string | null;
  signatoryCandidates: { id: string; label: string }[];
  /** The notice calculator's question and answer, for viewers who may use it. */
  noticeCalculation: NoticeCalculation | null;
};

const SECTION = "space-y-4 border-t-2 border-slate-200 pt-6";
const H2 = "text-2xl font-bold";

export async function AgreementView({ page, viewer, compare, uploadOutcome, signatoryCandidates, noticeCalculation }: Props) {
  const [t, tAll, tFocus, tParty, tKind, tPurpose, format] = await Promise.all([
    getTranslations("agreement"),
    getTranslations(),
    getTranslations("focusAreas"),
    getTranslations("partyTypes"),
    getTranslations("groupKinds"),
    getTranslations("groupPurpose"),
    getFormatter(),
  ]);
  const date = (value: Date) => format.dateTime(value, { dateStyle: "long", timeZone: "UTC" });
  const dateTime = (value: Date) => format.dateTime(value, { dateStyle: "medium", timeStyle: "short" });
  const tools: TermTools = { t: (key, values) => t(key, values), tFocus: (key) => tFocus(key), date };
  const today = isoDay(page.today);
  const ended = page.end.ended;
  const canAct = !ended && (viewer.isAdministrator || viewer.signatoryPartyIds.length > 0);
  const partyName = new Map(page.parties.map((party) => [party.id, party.name]));
  const partiesForViewer = page.parties
    .filter((party) => viewer.isAdministrator || viewer.signatoryPartyIds.includes(party.id))
    .map((party) => ({ id: party.id, label: party.name }));
  const signatoryOptions = (partyId: string) =>
    page.parties.find((party) => party.id === partyId)?.signatories.map((signatory) => ({ id: signatory.id, label: `${signatory.name}, ${signatory.title}` })) ?? [];
  const newest = page.versions[page.versions.length - 1]!;
  const sections = [
    ["period", t("period.heading")],
    ...(viewer.isAdministrator ? [["reminders", t("reminders.heading")]] : []),
    ["terms", t("terms.heading")],
    ["parties", t("parties.heading")],
    ["bodies", t("bodies.heading")],
    ["notices", t("notices.heading")],
    ["amendments", t("amendments.heading")],
    ["versions", t("versions.heading")],
    ["disputes", t("disputes.heading")],
    ["documents", t("documents.heading")],
    ...(viewer.isAdministrator && !ended ? [["record", t("record.heading")]] : []),
  ] as const;

  const changeList = (changes: TermChanges, before: AgreementPage["current"]["terms"]) => (
    <table className="w-full border-collapse text-left">
      <thead>
        <tr className="border-b-2 border-slate-700">
          <th scope="col" className="py-1 pr-3">{t("amendments.term")}</th>
          <th scope="col" className="py-1 pr-3">{t("amendments.before")}</th>
          <th scope="col" className="py-1 pr-3">{t("amendments.after")}</th>
        </tr>
      </thead>
      <tbody>
        {AMENDABLE_TERMS.filter((term) => term in changes).map((term) => (
          <tr key={term} className="border-b border-slate-300 align-top">
            <th scope="row" className="py-1 pr-3 font-semibold">{t(`terms.labels.${term}`)}</th>
            <td className="py-1 pr-3">{termValue(term, before[term], tools)}</td>
            <td className="py-1 pr-3">{termValue(term, changes[term] as never, tools)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );

  const comparedFrom = compare ? page.versions.find((version) => version.number === compare.from) : undefined;
  const comparedTo = compare ? page.versions.find((version) => version.number === compare.to) : undefined;

  return (
    <div className="space-y-8">
      <div>
        <p className="text-lg font-semibold text-slate-700">{t("title")}</p>
        <h1 className="text-3xl font-bold">{page.title}</h1>
        <p className={`mt-3 rounded border-l-4 p-3 font-semibold ${ended ? "border-red-700 bg-red-50" : page.end.reason === "NOTICE" ? "border-amber-600 bg-amber-50" : "border-green-700 bg-green-50"}`}>
          {ended
            ? t("status.ended", { date: date(page.end.endDate!) })
            : page.end.reason === "NOTICE"
              ? t("status.underNotice", { date: date(page.end.endDate!) })
              : page.end.reason === "FIXED_END"
                ? t("status.fixedEnd", { date: date(page.end.endDate!) })
                : t("status.inForce")}
        </p>
        <p className="mt-2 text-slate-700">{t("languageNote")}</p>
      </div>

      <nav aria-labelledby="agreement-contents">
        <h2 id="agreement-contents" className="text-lg font-semibold">{t("contents")}</h2>
        <ul className="mt-1 flex flex-wrap gap-x-5 gap-y-1">
          {sections.map(([id, label]) => (
            <li key={id}>
              <a href={`#${id}`} className="text-blue-900 underline">{label}</a>
            </li>
          ))}
        </ul>
      </nav>

      <section id="period" aria-labelledby="period-heading" className={SECTION}>
        <h2 id="period-heading" className={H2}>{t("period.heading")}</h2>
        <dl className="grid max-w-3xl gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t("record.signingDate")}</dt>
          <dd>{date(page.signingDate)}</dd>
          <dt className="font-semibold">{t("terms.labels.startDate")}</dt>
          <dd>{date(page.current.terms.startDate)}</dd>
          <dt className="font-semibold">{t("terms.labels.endDate")}</dt>
          <dd>{page.current.terms.endDate ? date(page.current.terms.endDate) : t("terms.untilFurtherNotice")}</dd>
          <dt className="font-semibold">{t("period.noticeClause")}</dt>
          <dd>
            {page.current.terms.endsAtYearEnd
              ? t("period.clauseYearEnd", { months: page.current.terms.noticePeriodMonths })
              : t("period.clausePlain", { months: page.current.terms.noticePeriodMonths })}
          </dd>
        </dl>
        {page.ifNoticeToday ? (
          <div className="max-w-3xl rounded border-2 border-blue-800 p-4" id="if-notice-today">
            <p className="text-lg">
              {t.rich("period.ifNoticeToday", { date: date(page.ifNoticeToday.endDate), strong: (chunks) => <strong>{chunks}</strong> })}
            </p>
            {page.ifNoticeToday.fixedEndFirst ? <p className="mt-1">{t("period.fixedEndFirst")}</p> : null}
            {page.end.reason === "NOTICE" ? <p className="mt-1">{t("period.alreadyUnderNotice", { date: date(page.end.endDate!) })}</p> : null}
            {page.noticeDeadline ? (
              <p className="mt-2 text-lg">
                {t.rich("period.lastNoticeDay", {
                  lastDay: date(page.noticeDeadline.lastDay),
                  endDate: date(page.noticeDeadline.endDate),
                  strong: (chunks) => <strong>{chunks}</strong>,
                })}
              </p>
            ) : page.end.reason !== "NOTICE" ? (
              <p className="mt-2">{t("period.noDeadline")}</p>
            ) : null}
          </div>
        ) : null}
        {noticeCalculation && !ended ? <NoticeCalculatorForm calculation={noticeCalculation} parties={page.parties} today={today} /> : null}
      </section>

      {viewer.isAdministrator ? (
        <section id="reminders" aria-labelledby="reminders-heading" className={SECTION}>
          <h2 id="reminders-heading" className={H2}>{t("reminders.heading")}</h2>
          <p className="max-w-3xl text-slate-700">{t("reminders.intro")}</p>
          {page.reminders.length === 0 ? (
            <p>{t("reminders.none")}</p>
          ) : (
            <ul className="space-y-2">
              {page.reminders.map((reminder) => (
                <li key={reminder.key} className="max-w-3xl rounded border-l-4 border-amber-600 bg-amber-50 p-3">
                  {t(`reminders.${reminder.kind}`, { date: date(reminder.deadline), days: reminder.daysLeft })}
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}

      <section id="terms" aria-labelledby="terms-heading" className={SECTION}>
        <h2 id="terms-heading" className={H2}>{t("terms.heading")}</h2>
        <p>
          {t("terms.versionInfo", { number: page.current.number, date: date(page.current.effectiveDate) })}
          {page.current.amendmentNumber ? ` ${t("terms.byAmendment", { number: page.current.amendmentNumber })}` : ""}
        </p>
        {page.upcoming.map((version) => (
          <p key={version.number} className="rounded border-l-4 border-blue-800 bg-blue-50 p-3">
            {t("terms.upcoming", { number: version.number, date: date(version.effectiveDate) })}
          </p>
        ))}
        <dl className="max-w-3xl space-y-3">
          {TERM_NAMES.map((term) => (
            <div key={term}>
              <dt className="font-semibold">{t(`terms.labels.${term}`)}</dt>
              <dd className="mt-1">{termValue(term, page.current.terms[term], tools)}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section id="parties" aria-labelledby="parties-heading" className={SECTION}>
        <h2 id="parties-heading" className={H2}>{t("parties.heading")}</h2>
        <ul className="grid gap-4 md:grid-cols-2">
          {page.parties.map((party) => (
            <li key={party.id} className="rounded border border-slate-300 p-4">
              <h3 className="text-xl font-semibold">{party.name}</h3>
              <p className="text-slate-700">{tParty(party.type)}</p>
              <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
                <dt className="font-semibold">{t("parties.organisationNumber")}</dt>
                <dd>{party.organisationNumber ?? t("parties.missing")}</dd>
                <dt className="font-semibold">{t("parties.registrationNumber")}</dt>
                <dd>{party.registrationNumber || t("parties.missing")}</dd>
              </dl>
              <h4 className="mt-3 font-semibold">{t("parties.signatories")}</h4>
              {party.signatories.length === 0 ? (
                <p>{t("parties.noSignatories")}</p>
              ) : (
                <ul className="mt-1 space-y-1">
                  {party.signatories.map((signatory) => (
                    <li key={signatory.id}>
                      {signatory.name}, {signatory.title}
                      {signatory.signedAgreement ? ` (${t("parties.signedAgreement")})` : ""}
                      {viewer.isAdministrator && !ended ? (
                        <div>
                          <RemoveSignatoryForm signatoryId={signatory.id} name={signatory.name} />
                        </div>
                      ) : null}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      </section>

      <section id="bodies" aria-labelledby="bodies-heading" className={SECTION}>
        <h2 id="bodies-heading" className={H2}>{t("bodies.heading")}</h2>
        <ul className="space-y-3">
          {page.bodies.map((body) => (
            <li key={body.kind} className="max-w-3xl">
              <Link href={groupPath(body.kind)} className="text-lg font-semibold text-blue-900 underline">
                {tKind(body.kind)}
              </Link>
              <p>{t("bodies.cadence", { count: body.meetingsPerYear })}</p>
              <p>{tPurpose(body.kind)}</p>
              {body.seats.length > 0 ? (
                <p className="text-slate-700">{t("bodies.seats", { seats: body.seats.map((seat) => `${seat.title} (${seat.partyName})`).join(", ") })}</p>
              ) : null}
            </li>
          ))}
        </ul>
      </section>

      <section id="notices" aria-labelledby="notices-heading" className={SECTION}>
        <h2 id="notices-heading" className={H2}>{t("notices.heading")}</h2>
        {page.notices.length === 0 ? (
          <p>{t("notices.none")}</p>
        ) : (
          <ul className="space-y-3">
            {page.notices.map((notice) => {
              const others = page.parties.filter((party) => party.id !== notice.partyId);
              const mayWithdraw = !ended && !notice.withdrawal && (viewer.isAdministrator || viewer.signatoryPartyIds.includes(notice.partyId));
              return (
                <li key={notice.id} className={`max-w-3xl rounded border-l-4 p-3 ${notice.withdrawal ? "border-slate-400 bg-slate-50" : "border-amber-600 bg-amber-50"}`}>
                  <p className="font-semibold">
                    {notice.withdrawal
                      ? t("notices.itemWithdrawn", { party: notice.partyName, received: date(notice.receivedOn) })
                      : t("notices.item", { party: notice.partyName, received: date(notice.receivedOn), end: date(notice.endDate) })}
                  </p>
                  <p className="text-slate-700">
                    {t("notices.computedWith", {
                      clause: notice.endsAtYearEnd
                        ? t("period.clauseYearEnd", { months: notice.noticePeriodMonths })
                        : t("period.clausePlain", { months: notice.noticePeriodMonths }),
                    })}
                  </p>
                  {notice.note ? <p className="whitespace-pre-line">{notice.note}</p> : null}
                  <p className="text-sm text-slate-700">{t("notices.registeredBy", { name: notice.registeredBy ?? t("unknown"), when: dateTime(notice.registeredAt) })}</p>
                  {notice.withdrawal ? (
                    <p className="mt-1">
                      {t("notices.withdrawal", {
                        when: dateTime(notice.withdrawal.at),
                        by: notice.withdrawal.by ?? t("unknown"),
                        consentBy: `${notice.withdrawal.consentBy}, ${notice.withdrawal.consentTitle}`,
                        consentParty: notice.withdrawal.consentParty,
                        consentGivenOn: date(notice.withdrawal.consentGivenOn),
                      })}
                      {notice.withdrawal.note ? ` ${notice.withdrawal.note}` : ""}
                    </p>
                  ) : null}
                  {mayWithdraw ? (
                    <WithdrawNoticeForm
                      noticeId={notice.id}
                      partyName={notice.partyName}
                      today={today}
                      consentSignatories={others.flatMap((party) => signatoryOptions(party.id).map((option) => ({ ...option, label: `${option.label} (${party.name})` })))}
                    />
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
        {!ended && partiesForViewer.length > 0 ? <RegisterNoticeForm parties={partiesForViewer} today={today} /> : null}
      </section>

      <section id="amendments" aria-labelledby="amendments-heading" className={SECTION}>
        <h2 id="amendments-heading" className={H2}>{t("amendments.heading")}</h2>
        <p className="max-w-3xl">{t("amendments.intro")}</p>
        {page.amendments.length === 0 ? (
          <p>{t("amendments.none")}</p>
        ) : (
          <ul className="space-y-6">
            {page.amendments.map((amendment) => (
              <li key={amendment.id} className="rounded border border-slate-300 p-4">
                <h3 className="text-xl font-semibold">
                  {t("amendments.itemHeading", { number: amendment.number })} – {t(`amendments.status.${amendment.status}`)}
                </h3>
                <p className="text-sm text-slate-700">
                  {t("amendments.proposedBy", { name: amendment.proposedBy ?? t("unknown"), when: dateTime(amendment.proposedAt), version: amendment.baseVersionNumber })}
                </p>
                <p className="mt-2">
                  <strong>{t("amendments.reason")}:</strong> <span className="whitespace-pre-line">{amendment.reason}</span>
                </p>
                <p>
                  {amendment.version
                    ? t("amendments.effective", { number: amendment.version.number, date: date(amendment.version.effectiveDate) })
                    : t("amendments.proposedEffective", { date: date(amendment.proposedEffectiveDate) })}
                </p>
                <div className="mt-2 overflow-x-auto">{changeList(amendment.changes, amendment.before)}</div>
                <h4 className="mt-3 font-semibold">{t("amendments.approvals")}</h4>
                <ul className="list-disc pl-5">
                  {amendment.approvals.map((approval) => (
                    <li key={approval.partyId}>
                      {t("amendments.approvedBy", {
                        party: approval.partyName,
                        name: `${approval.signatory}, ${approval.signatoryTitle}`,
                        when: dateTime(approval.approvedAt),
                      })}
                      {approval.onBehalf && approval.recordedBy ? ` ${t("amendments.recordedBy", { name: approval.recordedBy })}` : ""}
                    </li>
                  ))}
                  {amendment.status === "PROPOSED"
                    ? amendment.missingPartyIds.map((partyId) => <li key={partyId}>{t("amendments.awaiting", { party: partyName.get(partyId) ?? "" })}</li>)
                    : null}
                </ul>
                {amendment.status === "PROPOSED" && !ended ? (
                  <div className="mt-2 space-y-2">
                    {amendment.missingPartyIds.map((partyId) => {
                      const self = viewer.signatoryPartyIds.includes(partyId);
                      if (!self && !viewer.isAdministrator) return null;
                      return (
                        <ApproveAmendmentForm
                          key={partyId}
                          amendmentId={amendment.id}
                          number={amendment.number}
                          partyId={partyId}
                          partyName={partyName.get(partyId) ?? ""}
                          mode={self ? "self" : "on-behalf"}
                          signatories={signatoryOptions(partyId)}
                        />
                      );
                    })}
                    {canAct ? <RejectAmendmentForm amendmentId={amendment.id} number={amendment.number} /> : null}
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
        )}
        {canAct ? (
          <ProposeAmendmentForm
            today={today}
            terms={{
              purpose: newest.terms.purpose,
              focusAreas: newest.terms.focusAreas,
              dimensions: newest.terms.dimensions,
              rightsClause: newest.terms.rightsClause,
              disputeClause: newest.terms.disputeClause,
              endDate: newest.terms.endDate ? isoDay(newest.terms.endDate) : "",
              noticePeriodMonths: newest.terms.noticePeriodMonths,
              endsAtYearEnd: newest.terms.endsAtYearEnd,
            }}
          />
        ) : null}
      </section>

      <section id="versions" aria-labelledby="versions-heading" className={SECTION}>
        <h2 id="versions-heading" className={H2}>{t("versions.heading")}</h2>
        <table className="w-full max-w-3xl border-collapse text-left">
          <caption className="mb-1 text-left text-lg font-semibold">{t("versions.caption")}</caption>
          <thead>
            <tr className="border-b-2 border-slate-700">
              <th scope="col" className="py-1 pr-3">{t("versions.number")}</th>
              <th scope="col" className="py-1 pr-3">{t("versions.effectiveDate")}</th>
              <th scope="col" className="py-1 pr-3">{t("versions.source")}</th>
            </tr>
          </thead>
          <tbody>
            {page.versions.map((version) => (
              <tr key={version.number} className="border-b border-slate-300">
                <th scope="row" className="py-1 pr-3 font-semibold">
                  {version.number}
                  {version.number === page.current.number ? ` (${t("versions.current")})` : ""}
                </th>
                <td className="py-1 pr-3">{date(version.effectiveDate)}</td>
                <td className="py-1 pr-3">{version.amendmentNumber ? t("versions.byAmendment", { number: version.amendmentNumber }) : t("versions.asSigned")}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {page.versions.length < 2 ? (
          <p>{t("versions.onlyOne")}</p>
        ) : (
          <>
            <form method="get" action="/agreement#versions" className="flex flex-wrap items-end gap-4" aria-labelledby="compare-heading">
              <h3 id="compare-heading" className="w-full text-xl font-bold">{t("versions.compare")}</h3>
              {(["from", "to"] as const).map((field) => (
                <div key={field}>
                  <label htmlFor={`compare-${field}`} className="block font-semibold">{t(`versions.${field}`)}</label>
                  <select
                    id={`compare-${field}`}
                    name={field}
                    defaultValue={String(compare?.[field] ?? "")}
                    className="mt-1 rounded border-2 border-slate-700 bg-white px-3 py-2"
                  >
                    {page.versions.map((version) => (
                      <option key={version.number} value={version.number}>
                        {t("versions.option", { number: version.number, date: date(version.effectiveDate) })}
                      </option>
                    ))}
                  </select>
                </div>
              ))}
              <button type="submit" className="rounded bg-blue-800 px-5 py-2 font-semibold text-white hover:bg-blue-900">
                {t("versions.submit")}
              </button>
            </form>
            {comparedFrom && comparedTo ? (
              <div className="overflow-x-auto">
                <table className="w-full border-collapse text-left">
                  <caption className="mb-1 text-left text-lg font-semibold">
                    {t("versions.comparison", { from: comparedFrom.number, to: comparedTo.number })}
                  </caption>
                  <thead>
                    <tr className="border-b-2 border-slate-700">
                      <th scope="col" className="py-1 pr-3">{t("amendments.term")}</th>
                      <th scope="col" className="py-1 pr-3">{t("versions.versionColumn", { number: comparedFrom.number })}</th>
                      <th scope="col" className="py-1 pr-3">{t("versions.versionColumn", { number: comparedTo.number })}</th>
                      <th scope="col" className="py-1 pr-3">{t("versions.difference")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {compareTerms(comparedFrom.terms, comparedTo.terms).map((row) => (
                      <tr key={row.term} className={`border-b border-slate-300 align-top ${row.changed ? "bg-amber-50" : ""}`}>
                        <th scope="row" className="py-1 pr-3 font-semibold">{t(`terms.labels.${row.term}`)}</th>
                        <td className="py-1 pr-3">{termValue(row.term, row.before, tools)}</td>
                        <td className="py-1 pr-3">{termValue(row.term, row.after, tools)}</td>
                        <td className="py-1 pr-3 font-semibold">{row.changed ? t("versions.changed") : t("versions.same")}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : null}
          </>
        )}
      </section>

      <section id="disputes" aria-labelledby="disputes-heading" className={SECTION}>
        <h2 id="disputes-heading" className={H2}>{t("disputes.heading")}</h2>
        <p className="max-w-3xl">{t("disputes.intro")}</p>
        {page.disputes.length === 0 ? (
          <p>{t("disputes.none")}</p>
        ) : (
          <ul className="space-y-6">
            {page.disputes.map((dispute) => (
              <li key={dispute.id} className="rounded border border-slate-300 p-4">
                <h3 className="text-xl font-semibold">
                  {t("disputes.itemHeading", { number: dispute.number, subject: dispute.subject })} – {t(`disputes.status.${dispute.status}`)}
                </h3>
                <p className="text-sm text-slate-700">
                  {t("disputes.raisedBy", { party: dispute.partyName, date: date(dispute.raisedOn), name: dispute.raisedBy ?? t("unknown") })}
                </p>
                {dispute.description ? <p className="mt-1 whitespace-pre-line">{dispute.description}</p> : null}
                <h4 className="mt-3 font-semibold">{t("disputes.steps")}</h4>
                {dispute.steps.length === 0 ? (
                  <p>{t("disputes.noSteps")}</p>
                ) : (
                  <ol className="list-decimal pl-5">
                    {dispute.steps.map((step) => (
                      <li key={step.id}>
                        {t("disputes.stepItem", { level: t(`disputes.levels.${step.level}`), date: date(step.takenOn) })}
                        {step.note ? <span className="block whitespace-pre-line">{step.note}</span> : null}
                      </li>
                    ))}
                  </ol>
                )}
                {dispute.status === "RESOLVED" && dispute.resolvedOn ? (
                  <p className="mt-2">
                    <strong>{t("disputes.resolvedOn", { date: date(dispute.resolvedOn) })}</strong>{" "}
                    <span className="whitespace-pre-line">{dispute.resolution}</span>
                  </p>
                ) : null}
                {canAct && dispute.status === "OPEN" ? (
                  <>
                    <EscalationStepForm disputeId={dispute.id} number={dispute.number} levels={dispute.nextLevels} today={today} />
                    {dispute.steps.some((step) => step.level === "STEERING_GROUP") ? (
                      <ResolveDisputeForm disputeId={dispute.id} number={dispute.number} today={today} />
                    ) : null}
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        )}
        {!ended && partiesForViewer.length > 0 ? <RaiseDisputeForm parties={partiesForViewer} today={today} /> : null}
      </section>

      <section id="documents" aria-labelledby="documents-heading" className={SECTION}>
        <h2 id="documents-heading" className={H2}>{t("documents.heading")}</h2>
        {uploadOutcome ? (
          <p role={uploadOutcome === "agreement.documents.uploaded" ? "status" : "alert"} className={`max-w-3xl rounded border-l-4 p-3 ${uploadOutcome === "agreement.documents.uploaded" ? "border-green-700 bg-green-50" : "border-red-700 bg-red-50"}`}>
            {tAll(uploadOutcome)}
          </p>
        ) : null}
        {page.documents.length === 0 ? (
          <p>{t("documents.none")}</p>
        ) : (
          <ul className="space-y-3">
            {page.documents.map((document) => (
              <li key={document.id} className="max-w-3xl">
                <a href={`/api/agreement/documents/${document.id}`} className="font-semibold text-blue-900 underline">
                  {document.title}
                </a>{" "}
                <span className="text-slate-700">
                  ({t(`documents.kinds.${document.kind}`)}, {document.fileName}, {t("documents.size", { kilobytes: Math.max(1, Math.round(document.size / 1024)) })})
                </span>
                <span className="block text-sm text-slate-700">{t("documents.uploadedBy", { name: document.uploadedBy ?? t("unknown"), when: dateTime(document.uploadedAt) })}</span>
                {viewer.isAdministrator && !ended ? <RemoveDocumentForm documentId={document.id} title={document.title} /> : null}
              </li>
            ))}
          </ul>
        )}
        {viewer.isAdministrator && !ended ? <UploadDocumentForm maxMegabytes={MAX_DOCUMENT_BYTES / (1024 * 1024)} /> : null}
      </section>

      {viewer.isAdministrator && !ended ? (
        <section id="record" aria-labelledby="record-heading" className={SECTION}>
          <h2 id="record-heading" className={H2}>{t("record.heading")}</h2>
          <EditRecordForm
            record={{
              version: page.version,
              title: page.title,
              signingDate: isoDay(page.signingDate),
              municipalityRegistrationNumber: page.parties.find((party) => party.type === "MUNICIPALITY")?.registrationNumber ?? "",
              universityRegistrationNumber: page.parties.find((party) => party.type === "UNIVERSITY")?.registrationNumber ?? "",
            }}
          />
          <AddSignatoryForm parties={page.parties.map((party) => ({ id: party.id, label: party.name }))} people={signatoryCandidates} />
        </section>
      ) : null}
    </div>
  );
}
