import { getFormatter, getTranslations } from "@/i18n/server";
import type { EndedNotice } from "./ended-notice";
import { FindingsList } from "./findings-list";
import type { GroupMemberRow, GroupPage } from "./queries";

/** What every signed-in user sees of a group: seats, members with their periods, vacancies. */
export async function GroupDetails({ group, notice }: { group: GroupPage; notice: EndedNotice | null }) {
  const [t, tHome, tKind, tPurpose, tRole, format] = await Promise.all([
    getTranslations("membership"),
    getTranslations("home"),
    getTranslations("groupKinds"),
    getTranslations("groupPurpose"),
    getTranslations("groupRoles"),
    getFormatter(),
  ]);
  const date = (value: Date) => format.dateTime(value, { dateStyle: "medium", timeZone: "UTC" });
  const showAreas = group.kind === "WORKING_GROUP";

  const table = (rows: GroupMemberRow[], caption: string) => (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="mb-1 text-left text-lg font-semibold">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-slate-700">
            <th scope="col" className="py-1 pr-3">{tHome("memberName")}</th>
            <th scope="col" className="py-1 pr-3">{tHome("memberRole")}</th>
            <th scope="col" className="py-1 pr-3">{tHome("memberTitle")}</th>
            <th scope="col" className="py-1 pr-3">{tHome("memberParty")}</th>
            {showAreas ? <th scope="col" className="py-1 pr-3">{tHome("memberAreas")}</th> : null}
            <th scope="col" className="py-1 pr-3">{t("email")}</th>
            <th scope="col" className="py-1 pr-3">{tHome("memberPeriod")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.membershipId} className="border-b border-slate-300 align-top">
              <th scope="row" className="py-1 pr-3 font-semibold">{row.name}</th>
              <td className="py-1 pr-3">
                {tRole(row.role)}
                {row.seatTitle ? <span className="block text-sm text-slate-700">{row.seatTitle}</span> : null}
              </td>
              <td className="py-1 pr-3">{row.title}</td>
              <td className="py-1 pr-3">{row.partyName}</td>
              {showAreas ? <td className="py-1 pr-3">{row.thematicAreas.join(", ")}</td> : null}
              <td className="py-1 pr-3">{row.email ? <a href={`mailto:${row.email}`} className="text-blue-900 underline">{row.email}</a> : null}</td>
              <td className="py-1 pr-3">
                {row.endDate
                  ? tHome("periodBetween", { start: date(row.startDate), end: date(row.endDate) })
                  : tHome("periodFrom", { start: date(row.startDate) })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );

  return (
    <div className="space-y-8">
      {notice ? (
        <p role="status" className="rounded border-l-4 border-green-700 bg-green-50 p-4 text-green-900">
          {t("endedNotice", { lastDay: date(new Date(`${notice.lastDay}T00:00:00Z`)), vacancies: notice.vacancies })}
        </p>
      ) : null}
      <div>
        <h1 className="text-3xl font-bold">{tKind(group.kind)}</h1>
        <p className="mt-2 max-w-3xl">{tPurpose(group.kind)}</p>
        <p className="font-semibold">{tHome("meetingsPerYear", { count: group.meetingsPerYear })}</p>
      </div>

      {group.seats.length > 0 ? (
        <section aria-labelledby="seats-heading">
          <h2 id="seats-heading" className="mb-2 text-2xl font-bold">{t("seats")}</h2>
          <table className="w-full max-w-3xl border-collapse text-left">
            <thead>
              <tr className="border-b-2 border-slate-700">
                <th scope="col" className="py-1 pr-3">{t("seat")}</th>
                <th scope="col" className="py-1 pr-3">{t("seatParty")}</th>
                <th scope="col" className="py-1 pr-3">{t("holder")}</th>
              </tr>
            </thead>
            <tbody>
              {group.seats.map((seat) => (
                <tr key={seat.id} className="border-b border-slate-300">
                  <th scope="row" className="py-1 pr-3 font-semibold">{seat.title}</th>
                  <td className="py-1 pr-3">{seat.partyName}</td>
                  <td className="py-1 pr-3">{seat.holder ? seat.holder.name : <strong className="text-amber-900">{t("vacant")}</strong>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}

      <section aria-labelledby="findings-heading">
        <h2 id="findings-heading" className="mb-2 text-2xl font-bold">{t("findings.title")}</h2>
        <FindingsList findings={group.findings} emptyKey="noneInGroup" />
        {group.nextChange ? (
          <div className="mt-4">
            <h3 className="mb-2 text-lg font-semibold">{t("findings.from", { day: date(group.nextChange.day) })}</h3>
            <FindingsList findings={group.nextChange.findings} emptyKey="noneInGroup" />
          </div>
        ) : null}
      </section>

      <section aria-labelledby="members-heading" className="space-y-6">
        <h2 id="members-heading" className="text-2xl font-bold">{tHome("currentMembers")}</h2>
        {group.current.length === 0 ? <p>{tHome("noMembers")}</p> : table(group.current, tHome("currentMembers"))}
        {group.upcoming.length > 0 ? table(group.upcoming, t("upcoming")) : null}
        {group.former.length > 0 ? table(group.former, tHome("formerMembers")) : null}
      </section>
    </div>
  );
}
