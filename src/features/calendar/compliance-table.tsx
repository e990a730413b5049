import Link from "next/link";
import { getFormatter, getTranslations } from "@/i18n/server";
import type { ComplianceStatus } from "@/features/meetings/cadence";
import type { ComplianceMissing, ComplianceRow, YearRelation } from "./compliance";

/** Status badges carry their text; the colour only repeats it (and passes contrast on white). */
const STATUS_CLASSES: Record<ComplianceStatus, string> = {
  met: "border-green-800 bg-green-50 text-green-900",
  onTrack: "border-blue-800 bg-blue-50 text-blue-900",
  toSchedule: "border-amber-800 bg-amber-50 text-amber-900",
  missed: "border-red-800 bg-red-50 text-red-900",
};

const linkClass = "font-semibold text-blue-900 underline";

type Props = {
  year: number;
  relation: YearRelation | null;
  rows: ComplianceRow[];
  /** The caption, when it should differ from "Mötesrytm {year} ({relation})". */
  caption?: string;
};

/** One year's cadence compliance, one row per group. */
export async function ComplianceTable({ year, relation, rows, caption }: Props) {
  const [t, tKind, format] = await Promise.all([getTranslations("calendar.compliance"), getTranslations("groupKinds"), getFormatter()]);
  const deadline = (date: string) => format.dateTime(new Date(`${date}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" });
  const missingText = (missing: ComplianceMissing) => {
    switch (missing.kind) {
      case "none":
        return t("missingNone");
      case "schedule":
        return t("missingSchedule", { count: missing.count, deadline: deadline(missing.deadline) });
      case "hold":
        return t("missingHold", { count: missing.count, deadline: deadline(missing.deadline) });
      case "notHeld":
        return t("missingNotHeld", { count: missing.count });
    }
  };
  const showActions = rows.some((row) => row.newMeetingHref !== null);

  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="mb-1 text-left text-lg font-semibold">
          {caption ?? (relation ? t("captionWithRelation", { year, relation: t(`relation.${relation}`) }) : t("caption", { year }))}
        </caption>
        <thead>
          <tr className="border-b-2 border-slate-700">
            <th scope="col" className="py-1 pr-3">{t("group")}</th>
            <th scope="col" className="py-1 pr-3 text-right">{t("required")}</th>
            <th scope="col" className="py-1 pr-3 text-right">{t("scheduled")}</th>
            <th scope="col" className="py-1 pr-3 text-right">{t("held")}</th>
            <th scope="col" className="py-1 pr-3 text-right">{t("extra")}</th>
            <th scope="col" className="py-1 pr-3 text-right">{t("cancelled")}</th>
            <th scope="col" className="py-1 pr-3">{t("status")}</th>
            <th scope="col" className="py-1 pr-3">{t("missing")}</th>
            {showActions ? <th scope="col" className="py-1 pr-3">{t("actions")}</th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const c = row.compliance;
            return (
              <tr key={row.groupId} className="border-b border-slate-300 align-top">
                <th scope="row" className="py-1 pr-3 font-semibold">{tKind(row.groupKind)}</th>
                <td className="py-1 pr-3 text-right">{c.required}</td>
                <td className="py-1 pr-3 text-right">{c.scheduled}</td>
                <td className="py-1 pr-3 text-right">{c.held}</td>
                <td className="py-1 pr-3 text-right">{c.extra}</td>
                <td className="py-1 pr-3 text-right">{c.cancelled}</td>
                <td className="py-1 pr-3">
                  <span className={`inline-block rounded border px-2 py-0.5 text-sm font-semibold whitespace-nowrap ${STATUS_CLASSES[c.status]}`}>
                    {t(`statuses.${c.status}`)}
                  </span>
                </td>
                <td className="py-1 pr-3">
                  {missingText(row.missing)}
                  {c.awaitingRecord > 0 ? <span className="block text-sm text-slate-800">{t("awaitingRecord", { count: c.awaitingRecord })}</span> : null}
                </td>
                {showActions ? (
                  <td className="py-1 pr-3">
                    {row.newMeetingHref ? (
                      <Link href={row.newMeetingHref} className={linkClass}>
                        {t("newMeeting")}
                        <span className="sr-only">{` (${tKind(row.groupKind)}, ${year})`}</span>
                      </Link>
                    ) : null}
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
