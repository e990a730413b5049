import type { MembershipChange, MembershipGroupRow } from "../aggregate";
import { ReportTable } from "../report-table";
import { Section, type SectionProps } from "./section";

type ChangeRow = { group: MembershipGroupRow; change: MembershipChange };

/** 9. Who joined and left the groups, against last year, and the seats vacant today. */
export function MembershipSection({ report, labels }: SectionProps) {
  const { t } = labels;
  const { year, previousYear } = report;
  const { groups, vacancies } = report.membership;
  const changes: ChangeRow[] = groups.flatMap((group) => group.changes.map((change) => ({ group, change })));
  return (
    <Section id="report-membership" title={t("sections.membership")}>
      <ReportTable
        caption={t("membership.changesCaption", { year })}
        rowHeader={{ header: t("columns.group"), cell: (group) => labels.groupKind(group.kind) }}
        columns={[
          { header: t("columns.startedIn", { year }), numeric: true, cell: (group) => labels.count(group.started.current) },
          { header: t("columns.startedIn", { year: previousYear }), numeric: true, cell: (group) => labels.count(group.started.previous) },
          { header: t("columns.endedIn", { year }), numeric: true, cell: (group) => labels.count(group.ended.current) },
          { header: t("columns.endedIn", { year: previousYear }), numeric: true, cell: (group) => labels.count(group.ended.previous) },
        ]}
        rows={groups}
        rowKey={(group) => group.groupId}
      />
      {changes.length === 0 ? (
        <p className="mt-3">{t("membership.noChanges", { year })}</p>
      ) : (
        <ReportTable
          spaced
          caption={t("membership.listCaption", { year })}
          rowHeader={{ header: t("columns.person"), cell: (row) => row.change.personName }}
          columns={[
            { header: t("columns.group"), cell: (row) => labels.groupKind(row.group.kind) },
            { header: t("columns.role"), cell: (row) => labels.role(row.change.role) },
            { header: t("columns.seat"), cell: (row) => row.change.seatTitle ?? labels.empty },
            { header: t("columns.change"), cell: (row) => t(`membership.changes.${row.change.change}`) },
            { header: t("columns.date"), cell: (row) => labels.day(row.change.date) },
          ]}
          rows={changes}
          rowKey={(row) => row.change.id}
        />
      )}
      <h3 className="mt-6 mb-2 text-xl font-semibold">{t("membership.vacanciesHeading")}</h3>
      {vacancies.length === 0 ? (
        <p>{t("membership.noVacancies")}</p>
      ) : (
        <ReportTable
          captionHidden
          caption={t("membership.vacanciesCaption")}
          rowHeader={{ header: t("columns.seat"), cell: (vacancy) => vacancy.seatTitle }}
          columns={[
            { header: t("columns.group"), cell: (vacancy) => (vacancy.groupKind ? labels.groupKind(vacancy.groupKind) : labels.empty) },
            { header: t("columns.party"), cell: (vacancy) => vacancy.partyName },
          ]}
          rows={vacancies}
          rowKey={(vacancy) => vacancy.seatId}
        />
      )}
    </Section>
  );
}
