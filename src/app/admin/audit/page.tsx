import type { Metadata } from "next";
import { getTranslations } from "@/i18n/server";
import { AuditFilterForm, AuditPagination, AuditTable, auditLabels, IgnoredParamsNotice } from "@/features/audit/audit-log";
import { hasFilter, parseAuditParams, restrictToOptions } from "@/features/audit/filter";
import { findAuditEvents, findAuditFilterOptions } from "@/features/audit/queries";
import { requireActor } from "@/server/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("audit"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditLogPage({ searchParams }: Props) {
  const actor = await requireActor("/admin/audit", "audit:view");
  const [options, labels, tCommon] = await Promise.all([findAuditFilterOptions(actor.partnershipId), auditLabels(), getTranslations("common")]);
  // Bad or unknown values are dropped and named on the page, never an error.
  const { filter, page, ignored } = restrictToOptions(parseAuditParams(await searchParams), {
    actions: options.actions,
    actorIds: options.actors.map((person) => person.id),
    hasSystemEvents: options.hasSystemEvents,
    entityTypes: options.entityTypes,
  });
  const { rows, hasMore } = await findAuditEvents(actor.partnershipId, page, filter);
  const { t } = labels;

  return (
    <div>
      <h1 className="mb-2 text-3xl font-bold">{t("title")}</h1>
      <p className="mb-6">{t("intro")}</p>
      <IgnoredParamsNotice ignored={ignored} labels={labels} />
      <AuditFilterForm filter={filter} options={options} labels={labels} />
      <AuditTable rows={rows} filtered={hasFilter(filter)} labels={labels} />
      <AuditPagination filter={filter} page={page} hasMore={hasMore} labels={labels} previous={tCommon("previous")} next={tCommon("next")} />
    </div>
  );
}
