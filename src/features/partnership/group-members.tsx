import { getFormatter, getTranslations } from "@/i18n/server";
import type { GroupOverview, MemberRow } from "./queries";

export async function GroupMembers({ group }: { group: GroupOverview }) {
  const [t, tRole, format] = await Promise.all([getTranslations("home"), getTranslations("groupRoles"), getFormatter()]);
  const showAreas = group.kind === "WORKING_GROUP";
  const date = (value: Date) => format.dateTime(value, { dateStyle: "medium", timeZone: "UTC" });

  const table = (rows: MemberRow[], caption: string, withPeriod: boolean) => (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="mb-1 text-left font-semibold">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-slate-700">
            <th scope="col" className="py-1 pr-3">{t("memberName")}</th>
            <th scope="col" className="py-1 pr-3">{t("memberRole")}</th>
            <th scope="col" className="py-1 pr-3">{t("memberTitle")}</th>
            <th scope="col" className="py-1 pr-3">{t("memberParty")}</th>
            {showAreas ? <th scope="col" className="py-1 pr-3">{t("memberAreas")}</th> : null}
            {withPeriod ? <th scope="col" className="py-1 pr-3">{t("memberPeriod")}</th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.membershipId} className="border-b border-slate-300 align-top">
              <th scope="row" className="py-1 pr-3 font-semibold">{row.name}</th>
              <td className="py-1 pr-3">{tRole(row.role)}</td>
              <td className="py-1 pr-3">{row.title}</td>
              <td className="py-1 pr-3">{row.partyName}</td>
              {showAreas ? <td className="py-1 pr-3">{row.thematicAreas.join(", ")}</td> : null}
              {withPeriod ? (
                <td className="py-1 pr-3">
                  {row.endDate
                    ? t("periodBetween", { start: date(row.startDate), end: date(row.endDate) })
                    : t("periodFrom", { start: date(row.startDate) })}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );

  return (
    <div className="space-y-4">
      {group.current.length === 0 ? <p>{t("noMembers")}</p> : table(group.current, t("currentMembers"), false)}
      {group.former.length > 0 ? table(group.former, t("formerMembers"), true) : null}
    </div>
  );
}
