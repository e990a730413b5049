import Link from "next/link";
import { DecisionStateNote } from "@/features/minutes/decision-state-note";
import { getFormatter, getLocale, getTranslations } from "@/i18n/server";
import { hasPermission } from "@/lib/permissions";
import type { Actor } from "@/server/auth/actor";
import type { CallSummary, DecisionOption, ProposalList, ProposalPage, StepOptions } from "./queries";
import { CommentForm, DecideForm, PutForwardForm, RecommendForm, StartReviewForm, WithdrawForm } from "./step-forms";

const LINK = "text-blue-900 underline";

/** The call's state in one sentence. */
async function callSentence(call: CallSummary, now: Date): Promise<string> {
  const [t, format] = [await getTranslations("proposals.calls"), await getFormatter()];
  const day = (date: string) => format.dateTime(new Date(`${date}T12:00:00Z`), { dateStyle: "long", timeZone: "UTC" });
  if (call.open) return t("openNow", { date: day(call.deadlineDay) });
  if (call.opensAt.getTime() > now.getTime()) return t("notYetOpen", { date: format.dateTime(call.opensAt, { dateStyle: "long" }), date2: day(call.deadlineDay) });
  return t("closedNow", { date: day(call.deadlineDay) });
}

export async function CallNotice({ call, now }: { call: CallSummary; now: Date }) {
  const [t, format] = [await getTranslations("proposals.calls"), await getFormatter()];
  return (
    <div className="mb-4 rounded border-l-4 border-blue-800 bg-blue-50 p-4">
      <p className="font-semibold">
        {call.title} ({t("cycle", { year: call.cycleYear })})
      </p>
      {call.description ? <p className="mt-1">{call.description}</p> : null}
      <p className="mt-1">{await callSentence(call, now)}</p>
      {call.reopenedAt && call.reopenReason ? <p className="mt-1">{t("reopened", { date: format.dateTime(call.reopenedAt, { dateStyle: "long" }), reason: call.reopenReason })}</p> : null}
    </div>
  );
}

export async function ProposalListView({ list, actor, now, notice }: { list: ProposalList; actor: Actor; now: Date; notice: string | null }) {
  const [t, tStatus, format] = [await getTranslations("proposals"), await getTranslations("statuses.proposal"), await getFormatter()];
  const latest = list.calls[0] ?? null;
  return (
    <div>
      <h1 className="mb-2 text-3xl font-bold">{t("title")}</h1>
      <p className="mb-6 max-w-3xl">{t("intro")}</p>
      {notice ? (
        <p role="status" className="mb-6 rounded border-l-4 border-green-700 bg-green-50 p-4 text-green-900">
          {t(notice)}
        </p>
      ) : null}
      <section aria-labelledby="call-heading" className="mb-8">
        <h2 id="call-heading" className="mb-2 text-2xl font-bold">
          {t("calls.heading")}
        </h2>
        {latest ? <CallNotice call={latest} now={now} /> : <p className="mb-4">{t("calls.none")}</p>}
        <div className="flex flex-wrap gap-4">
          {hasPermission(actor.roles, "proposal:create") ? (
            <Link href="/proposals/new" className="rounded bg-blue-800 px-5 py-2 font-semibold text-white hover:bg-blue-900">
              {t("new")}
            </Link>
          ) : null}
          {list.viewer.isAdministrator ? (
            <Link href="/proposals/calls" className={`${LINK} self-center`}>
              {t("calls.manage")}
            </Link>
          ) : null}
        </div>
      </section>
      <section aria-labelledby="list-heading">
        <h2 id="list-heading" className="mb-2 text-2xl font-bold">
          {t("list.heading")}
        </h2>
        <p className="mb-4 max-w-3xl text-slate-800">{t("list.visibility")}</p>
        {list.rows.length === 0 ? (
          <p className="rounded border-l-4 border-slate-500 bg-slate-50 p-4">{t("list.empty")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-left">
              <caption className="mb-2 text-left text-lg font-semibold">{t("list.caption")}</caption>
              <thead>
                <tr className="border-b-2 border-slate-700">
                  <th scope="col" className="py-2 pr-3">{t("list.columns.title")}</th>
                  <th scope="col" className="py-2 pr-3">{t("list.columns.status")}</th>
                  <th scope="col" className="py-2 pr-3">{t("list.columns.cycle")}</th>
                  <th scope="col" className="py-2 pr-3">{t("list.columns.author")}</th>
                  <th scope="col" className="py-2 pr-3">{t("list.columns.updated")}</th>
                </tr>
              </thead>
              <tbody>
                {list.rows.map((row) => (
                  <tr key={row.id} className="border-b border-slate-300 align-top">
                    <th scope="row" className="py-2 pr-3 font-normal">
                      <Link href={`/proposals/${row.id}`} className={`${LINK} font-semibold`}>
                        {row.title}
                      </Link>
                      {row.mine ? <span className="ml-2 text-sm text-slate-700">({t("list.mine")})</span> : null}
                    </th>
                    <td className="py-2 pr-3">{tStatus(row.status)}</td>
                    <td className="py-2 pr-3">{row.cycleYear ?? t("list.noCycle")}</td>
                    <td className="py-2 pr-3">{row.authorName ?? "–"}</td>
                    <td className="py-2 pr-3 whitespace-nowrap">{format.dateTime(row.updatedAt, { dateStyle: "medium" })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}

/** A step form's choices, and when there are none the dates that explain why (formatted for the page's language). */
async function stepFormOptions(options: StepOptions | null): Promise<{ options: { value: string; label: string }[]; since: string; nextMeeting: string | null }> {
  const format = await getFormatter();
  const date = (value: Date) => format.dateTime(value, { dateStyle: "long" });
  return {
    options: await decisionOptionLabels(options?.decisions ?? []),
    since: options?.since ? date(options.since) : "",
    nextMeeting: options?.nextMeeting ? date(options.nextMeeting) : null,
  };
}

export async function decisionOptionLabels(options: DecisionOption[]): Promise<{ value: string; label: string }[]> {
  const [t, format] = [await getTranslations("proposals.steps"), await getFormatter()];
  return options.map((option) => ({
    value: option.id,
    label: `${t("optionLabel", { number: option.number, title: option.title, meeting: option.meetingTitle, date: format.dateTime(option.startsAt, { dateStyle: "medium" }) })}${option.minutesStatus === "APPROVED" ? "" : ` (${t("draftMinutes")})`}`,
  }));
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="border-b border-slate-200 py-2 sm:grid sm:grid-cols-3 sm:gap-4">
      <dt className="font-semibold">{label}</dt>
      <dd className="whitespace-pre-line sm:col-span-2">{children}</dd>
    </div>
  );
}

export async function ProposalView({ page, notice }: { page: ProposalPage; notice: string | null }) {
  const [t, tStatus, tFocus, format, locale] = [await getTranslations("proposals"), await getTranslations("statuses.proposal"), await getTranslations("focusAreas"), await getFormatter(), await getLocale()];
  const date = (value: Date) => format.dateTime(value, { dateStyle: "long" });
  const text = (value: string) => value || t("view.notGiven");
  const name = (item: { name: string; nameEn: string | null }) => (locale === "en" && item.nameEn ? item.nameEn : item.name);
  const target = { proposalId: page.id, version: page.version };
  const cycleYear = page.call?.cycleYear ?? 0;
  return (
    <article className="max-w-4xl">
      <p className="mb-4">
        <Link href="/proposals" className={LINK}>
          {t("back")}
        </Link>
      </p>
      <h1 className="mb-2 text-3xl font-bold">{page.title}</h1>
      <p className="mb-4">
        <span className="rounded border border-slate-600 px-2 py-1 font-semibold">{tStatus(page.status)}</span>
        {page.decision?.state === "awaitingJustering" ? <span className="ml-2 rounded border border-amber-700 bg-amber-50 px-2 py-1 text-amber-900">{t("view.awaitingJustering")}</span> : null}
      </p>
      {notice ? (
        <p role="status" className="mb-6 rounded border-l-4 border-green-700 bg-green-50 p-4 text-green-900">
          {t(notice)}
        </p>
      ) : null}
      {page.actions.includes("edit") ? (
        <p className="mb-6">
          <Link href={`/proposals/${page.id}/edit`} className="rounded bg-blue-800 px-5 py-2 font-semibold text-white hover:bg-blue-900">
            {t("view.edit")}
          </Link>
        </p>
      ) : null}

      <section aria-labelledby="content-heading" className="mb-8">
        <h2 id="content-heading" className="mb-2 text-2xl font-bold">
          {t("view.content")}
        </h2>
        <dl>
          <Row label={t("view.author")}>{page.authorName ?? "–"}</Row>
          {page.call ? <Row label={t("view.call")}>{`${page.call.title} (${page.call.cycleYear})`}</Row> : null}
          {page.submittedAt ? <Row label={t("view.submittedAt")}>{date(page.submittedAt)}</Row> : null}
          {page.withdrawnAt ? <Row label={t("view.withdrawnAt")}>{date(page.withdrawnAt)}</Row> : null}
          <Row label={t("form.problem")}>{text(page.problem)}</Row>
          <Row label={t("form.focusArea")}>{page.focusArea ? tFocus(page.focusArea) : t("view.notGiven")}</Row>
          <Row label={t("form.thematicAreas")}>{page.thematicAreas.length ? page.thematicAreas.map(name).join(", ") : t("view.notGiven")}</Row>
          <Row label={t("form.dimensions")}>{page.dimensions.length ? page.dimensions.map((dimension) => t(`dimensions.${dimension}`)).join(", ") : t("view.notGiven")}</Row>
          <Row label={t("form.expectedResults")}>{text(page.expectedResults)}</Row>
          <Row label={t("form.followUp")}>{text(page.followUp)}</Row>
          <Row label={t("form.units")}>{page.units.length ? page.units.map(name).join(", ") : t("view.notGiven")}</Row>
          <Row label={t("form.period")}>
            {page.periodStartYear || page.periodEndYear ? t("view.period", { start: page.periodStartYear ?? "?", end: page.periodEndYear ?? "?" }) : t("view.notGiven")}
          </Row>
          <Row label={t("form.resources")}>{text(page.resources)}</Row>
          <Row label={t("form.contactName")}>{text(page.contactName)}</Row>
          <Row label={t("form.contactEmail")}>{text(page.contactEmail)}</Row>
        </dl>
      </section>

      {page.status !== "DRAFT" && (page.recommendation || page.comments || page.putForward) ? (
        <section aria-labelledby="review-heading" className="mb-8">
          <h2 id="review-heading" className="mb-2 text-2xl font-bold">
            {t("view.review")}
          </h2>
          <dl>
            <Row label={t("view.recommendation")}>
              {page.recommendation ? `${t(`recommendations.${page.recommendation}`)}: ${page.recommendationReason ?? ""}` : t("view.noRecommendation")}
            </Row>
            {page.putForward ? (
              <Row label={t("view.putForwardAt")}>
                <Link href={`/meetings/${page.putForward.meetingId}/minutes`} className={LINK}>
                  {t("view.putForwardDecision", {
                    number: page.putForward.decisionNumber ?? "?",
                    title: page.putForward.decisionTitle ?? "",
                    meeting: page.putForward.meetingTitle,
                    date: date(page.putForward.startsAt),
                  })}
                </Link>
              </Row>
            ) : null}
          </dl>
          {page.comments ? (
            <>
              <h3 className="mt-4 mb-2 text-xl font-bold">{t("view.comments")}</h3>
              {page.comments.length === 0 ? (
                <p>{t("view.noComments")}</p>
              ) : (
                <ul className="space-y-3">
                  {page.comments.map((comment) => (
                    <li key={comment.id} className="rounded border border-slate-300 p-3">
                      <p className="text-sm text-slate-700">{t("view.commentBy", { name: comment.authorName ?? t("view.unknownAuthor"), date: date(comment.createdAt) })}</p>
                      <p className="whitespace-pre-line">{comment.text}</p>
                    </li>
                  ))}
                </ul>
              )}
            </>
          ) : null}
        </section>
      ) : null}

      {page.decision ? (
        <section aria-labelledby="decision-heading" className="mb-8">
          <h2 id="decision-heading" className="mb-2 text-2xl font-bold">
            {t("view.decision")}
          </h2>
          <p>
            <Link href={`/meetings/${page.decision.meetingId}/minutes`} className={LINK}>
              {t("view.decisionRef", { number: page.decision.number, title: page.decision.title, meeting: page.decision.meetingTitle, date: date(page.decision.startsAt) })}
            </Link>
            <DecisionStateNote state={page.decision.state} meeting={{ title: page.decision.meetingTitle, startsAt: page.decision.startsAt }} />
          </p>
          {page.priorityAreaId ? (
            <p className="mt-2">
              <Link href={`/priority-areas/${page.priorityAreaId}`} className={LINK}>
                {t("view.priorityArea")}
              </Link>
            </p>
          ) : null}
        </section>
      ) : null}

      {page.actions.some((action) => action !== "edit") ? (
        <section aria-labelledby="steps-heading" className="mb-8">
          <h2 id="steps-heading" className="mb-4 text-2xl font-bold">
            {t("view.steps")}
          </h2>
          {page.actions.includes("startReview") ? <StartReviewForm {...target} /> : null}
          {page.actions.includes("comment") ? <CommentForm {...target} /> : null}
          {page.actions.includes("recommend") ? <RecommendForm {...target} current={page.recommendation} reason={page.recommendationReason} /> : null}
          {page.actions.includes("putForward") ? <PutForwardForm {...target} year={cycleYear} {...await stepFormOptions(page.putForwardOptions)} /> : null}
          {page.actions.includes("decide") && page.years ? <DecideForm {...target} year={cycleYear} years={page.years} {...await stepFormOptions(page.decisionOptions)} /> : null}
          {page.actions.includes("withdraw") ? <WithdrawForm {...target} /> : null}
        </section>
      ) : null}
    </article>
  );
}
