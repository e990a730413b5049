import { getFormatter, getTranslations } from "@/i18n/server";
import type { GroupKind, GroupRole } from "@/generated/prisma/enums";

export type MembershipHistoryRow = {
  id: string;
  groupKind: GroupKind;
  role: GroupRole;
  party: string;
  seat: string | null;
  thematicAreas: string[];
  startDate: Date;
  endDate: Date | null;
};

/** A person's memberships, past and present: on the administrator's person page and in one's own data. */
export async function MembershipHistory({ rows, caption }: { rows: MembershipHistoryRow[]; caption: string }) {
  const [t, tKind, tGroupRole, format] = await Promise.all([
    getTranslations("people"),
    getTranslations("groupKinds"),
    getTranslations("groupRoles"),
    getFormatter(),
  ]);
  if (rows.length === 0) return <p>{t("memberships.none")}</p>;
  const day = (value: Date) => format.dateTime(value, { dateStyle: "medium", timeZone: "UTC" });
  const missing = t("missing");

  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-slate-700">
            <th scope="col" className="py-1 pr-3">{t("memberships.group")}</th>
            <th scope="col" className="py-1 pr-3">{t("memberships.role")}</th>
            <th scope="col" className="py-1 pr-3">{t("memberships.party")}</th>
            <th scope="col" className="py-1 pr-3">{t("memberships.seat")}</th>
            <th scope="col" className="py-1 pr-3">{t("memberships.areas")}</th>
            <th scope="col" className="py-1 pr-3">{t("memberships.period")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-slate-300 align-top">
              <th scope="row" className="py-1 pr-3 font-semibold">{tKind(row.groupKind)}</th>
              <td className="py-1 pr-3">{tGroupRole(row.role)}</td>
              <td className="py-1 pr-3">{row.party}</td>
              <td className="py-1 pr-3">{row.seat ?? missing}</td>
              <td className="py-1 pr-3">{row.thematicAreas.length > 0 ? row.thematicAreas.join(", ") : missing}</td>
              <td className="py-1 pr-3">
                {row.endDate
                  ? t("memberships.periodBetween", { start: day(row.startDate), end: day(row.endDate) })
                  : t("memberships.periodFrom", { start: day(row.startDate) })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
