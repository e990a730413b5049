import Link from "next/link";
import { getFormatter, getTranslations } from "@/i18n/server";
import { identifierHref, identifierType } from "./identifiers";
import type { ResultPage } from "./queries";

const LINK = "text-blue-900 underline";

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="border-b border-slate-200 py-2 sm:grid sm:grid-cols-3 sm:gap-4">
      <dt className="font-semibold">{label}</dt>
      <dd className="break-words whitespace-pre-line sm:col-span-2">{children}</dd>
    </div>
  );
}

/** A stored identifier, linked to where it resolves (doi.org, DiVA) when it does. */
export async function IdentifierText({ identifier }: { identifier: string }) {
  const t = await getTranslations("results");
  const href = identifierHref(identifier);
  const type = identifierType(identifier);
  const text = type === "OTHER" ? identifier : `${t(`identifierTypes.${type}`)} ${identifier}`;
  return href ? (
    <a href={href} className={LINK}>
      {text}
    </a>
  ) : (
    <>{text}</>
  );
}

/** One result, with its trace: one click back to its activity, and to the activity's priority area. */
export async function ResultView({ page, saved }: { page: ResultPage; saved: boolean }) {
  const [t, format] = [await getTranslations("results"), await getFormatter()];
  const day = (date: Date) => format.dateTime(date, { dateStyle: "long", timeZone: "UTC" });
  return (
    <article className="max-w-4xl">
      <p className="mb-4">
        <Link href="/results" className={LINK}>
          {t("view.back")}
        </Link>
      </p>
      <h1 className="mb-4 text-3xl font-bold">{page.title}</h1>
      {saved ? (
        <p role="status" className="mb-6 rounded border-l-4 border-green-700 bg-green-50 p-4 text-green-900">
          {t("view.saved")}
        </p>
      ) : null}
      <dl className="mb-6">
        <Row label={t("view.kind")}>{t(`kinds.${page.kind}`)}</Row>
        <Row label={t("view.authors")}>{page.authors || t("view.notGiven")}</Row>
        <Row label={t("view.date")}>{day(page.date)}</Row>
        <Row label={t("view.identifier")}>{page.identifier ? <IdentifierText identifier={page.identifier} /> : t("view.notGiven")}</Row>
        <Row label={t("view.url")}>
          {page.url ? (
            <a href={page.url} className={`${LINK} break-all`}>
              {page.url}
            </a>
          ) : (
            t("view.notGiven")
          )}
        </Row>
        <Row label={t("view.description")}>{page.description || t("view.notGiven")}</Row>
        <Row label={t("view.published")}>{page.mayPublish ? t("view.publishedYes") : t("view.publishedNo")}</Row>
        <Row label={t("view.recorded")}>
          {page.createdByName ? t("view.recordedValue", { date: format.dateTime(page.createdAt, { dateStyle: "long" }), name: page.createdByName }) : t("view.recordedValueNoName", { date: format.dateTime(page.createdAt, { dateStyle: "long" }) })}
        </Row>
      </dl>
      <section aria-labelledby="result-trace-heading" className="mb-6">
        <h2 id="result-trace-heading" className="mb-2 text-2xl font-bold">
          {t("view.traceHeading")}
        </h2>
        <dl>
          <Row label={t("view.activity")}>
            <Link href={`/activities/${encodeURIComponent(page.activity.id)}`} className={LINK}>
              {t("view.activityLink", { title: page.activity.title, year: page.activity.planYear })}
            </Link>
            {page.activity.removed ? <span className="mt-1 block text-sm text-slate-700">{t("view.removed")}</span> : null}
          </Row>
          <Row label={t("view.priorityArea")}>
            {page.activity.priorityArea ? (
              <Link href={`/priority-areas/${encodeURIComponent(page.activity.priorityArea.id)}`} className={LINK}>
                {page.activity.priorityArea.title}
              </Link>
            ) : (
              t("view.noPriorityArea")
            )}
          </Row>
        </dl>
      </section>
      {page.mayEdit ? (
        <p>
          <Link href={`/results/${encodeURIComponent(page.id)}/edit`} className="inline-block rounded bg-blue-800 px-5 py-2 font-semibold text-white hover:bg-blue-900">
            {t("view.edit")}
          </Link>
        </p>
      ) : null}
    </article>
  );
}
