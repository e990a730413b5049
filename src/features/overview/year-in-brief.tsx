import Link from "next/link";
import { getLocale, getTranslations } from "@/i18n/server";
import { labelsFor } from "@/features/follow-up-report/labels-for-locale";
import type { VerdictSentence } from "@/features/follow-up-report/verdict";
import { verdictText } from "@/features/follow-up-report/verdict-text";
import { resolveLocale } from "@/i18n/locales";
import { linkClass } from "./work-block";

/** The year's activity counts as the follow-up report gives them; planned is null without an adopted plan. */
export type YearInBriefCounts = {
  year: number;
  /** The report's verdict: one sentence per main figure, each pointing at its section. */
  verdict: VerdictSentence[];
  planned: number | null;
  done: number;
  onTrack: number;
  notStarted: number;
  atRisk: number;
  delayed: number;
};

const ROWS = ["done", "onTrack", "notStarted", "atRisk", "delayed"] as const;

/**
 * This year's follow-up in brief, for the steering group: the report's verdict, each sentence a
 * link to its section of the report, the counts and a link to the whole report.
 */
export async function YearInBrief({ counts }: { counts: YearInBriefCounts }) {
  const [t, locale] = await Promise.all([getTranslations("overview.brief"), getLocale()]);
  const labels = labelsFor(resolveLocale(locale));
  return (
    <section aria-labelledby="brief-heading" className="space-y-3">
      <h3 id="brief-heading" className="text-lg font-semibold">
        {t("heading", { year: counts.year })}
      </h3>
      <ul className="max-w-3xl list-disc space-y-1 pl-6">
        {counts.verdict.map((sentence) => (
          <li key={sentence.kind}>
            <Link href={`/follow-up/${counts.year}#${sentence.section}`} className={linkClass}>
              {verdictText(sentence, labels)}
            </Link>
          </li>
        ))}
      </ul>
      {counts.planned === null ? (
        <p>{t("noPlan", { year: counts.year })}</p>
      ) : (
        <>
          <p>{t("planned", { count: counts.planned })}</p>
          <table className="border-collapse text-left">
            <caption className="sr-only">{t("caption", { year: counts.year })}</caption>
            <thead>
              <tr className="border-b-2 border-slate-700">
                <th scope="col" className="py-1 pr-6">{t("status")}</th>
                <th scope="col" className="py-1 text-right">{t("number")}</th>
              </tr>
            </thead>
            <tbody>
              {ROWS.map((key) => (
                <tr key={key} className="border-b border-slate-300">
                  <th scope="row" className="py-1 pr-6 font-normal">{t(key)}</th>
                  <td className="py-1 text-right tabular-nums">{counts[key]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <p>
        <Link href={`/follow-up/${counts.year}`} className={linkClass}>
          {t("reportLink", { year: counts.year })}
        </Link>
      </p>
    </section>
  );
}
