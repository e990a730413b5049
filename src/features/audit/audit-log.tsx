import Link from "next/link";
import { getFormatter, getTranslations } from "@/i18n/server";
import { FilterSelect } from "@/components/filters/filter-fields";
import { auditQuery, hasFilter, SYSTEM_ACTOR, type AuditFilter, type AuditParam } from "./filter";
import { EventDataView, type EventDataLabels } from "./event-data-view";
import type { AuditActor, AuditFilterOptions, AuditRow } from "./queries";

const ENUM_NAMESPACES = ["groupKinds", "groupRoles", "partyTypes", "roles"] as const;

/** Readable names for actions, record types, fields and code values, with the raw text as fallback. */
export async function auditLabels() {
  const [t, tRoot] = await Promise.all([getTranslations("audit"), getTranslations()]);
  // Catalogue keys cannot contain dots, so "auth.signed_in" is looked up as "auth_signed_in".
  const action = (value: string) => {
    const key = `actions.${value.replaceAll(".", "_")}`;
    return t.has(key) ? t(key) : value;
  };
  const lookup = (namespace: string) => (value: string) => {
    const key = `${namespace}.${value}`;
    return /^[A-Za-z0-9_]+$/.test(value) && t.has(key) ? t(key) : value;
  };
  const entityType = lookup("entityTypes");
  const field = lookup("fields");
  const value = (text: string, fieldKey?: string) => {
    const own = fieldKey && /^[A-Za-z0-9_]+$/.test(fieldKey) && /^[a-z_]+$/.test(text) ? `values.${fieldKey}.${text}` : null;
    if (own && t.has(own)) return t(own);
    if (!/^[A-Z][A-Z_]*$/.test(text)) return text;
    const namespace = ENUM_NAMESPACES.find((candidate) => tRoot.has(`${candidate}.${text}`));
    return namespace ? tRoot(`${namespace}.${text}`) : text;
  };
  const data: EventDataLabels = {
    field,
    value,
    changesCaption: t("data.changes"),
    fieldHeader: t("data.field"),
    before: t("data.before"),
    after: t("data.after"),
    noChanges: t("data.noChanges"),
    empty: t("data.empty"),
    noData: t("data.noData"),
    yes: t("data.yes"),
    no: t("data.no"),
    more: (count) => t("data.more", { count }),
  };
  // The installation administrator acts from outside the partnership, so no person here has the name.
  const actor = (who: AuditActor | null) => {
    if (!who) return t("system");
    return who.kind === "account" && who.installationAdministrator ? t("installationAdministrator", { name: who.name }) : who.name;
  };
  return { t, action, entityType, actor, data };
}

type Labels = Awaited<ReturnType<typeof auditLabels>>;

const selectClass = "mt-1 block w-full rounded border-2 border-slate-700 bg-white px-3 py-2";

/** The filter: a plain GET form, so it works without JavaScript and the URL can be shared. */
export function AuditFilterForm({ filter, options, labels }: { filter: AuditFilter; options: AuditFilterOptions; labels: Labels }) {
  const { t } = labels;
  const actions = options.actions.map((value) => ({ value, label: labels.action(value) })).sort((a, b) => a.label.localeCompare(b.label, "sv"));
  const entityTypes = options.entityTypes.map((value) => ({ value, label: labels.entityType(value) })).sort((a, b) => a.label.localeCompare(b.label, "sv"));
  return (
    <form method="get" action="/admin/audit" role="search" aria-label={t("filter.label")} className="mb-6">
      <fieldset className="rounded border-2 border-slate-300 p-4">
        <legend className="px-1 text-lg font-bold">{t("filter.legend")}</legend>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          <FilterSelect id="audit-filter-action" name="action" label={t("filter.action")} allLabel={t("filter.allActions")} value={filter.action ?? ""} options={actions} />
          <div>
            <label htmlFor="audit-filter-actor" className="block font-semibold">
              {t("filter.actor")}
            </label>
            <select id="audit-filter-actor" name="actor" defaultValue={filter.actor ?? ""} className={selectClass}>
              <option value="">{t("filter.allActors")}</option>
              {options.hasSystemEvents ? <option value={SYSTEM_ACTOR}>{t("system")}</option> : null}
              {options.actors.map((actor) => (
                <option key={actor.id} value={actor.id}>
                  {labels.actor(actor)}
                </option>
              ))}
            </select>
          </div>
          <FilterSelect id="audit-filter-entity" name="entity" label={t("filter.entity")} allLabel={t("filter.allEntities")} value={filter.entityType ?? ""} options={entityTypes} />
          <div>
            <label htmlFor="audit-filter-from" className="block font-semibold">
              {t("filter.from")}
            </label>
            <p id="audit-filter-from-hint" className="text-sm text-slate-700">
              {t("filter.dateHint")}
            </p>
            <input id="audit-filter-from" name="from" type="date" defaultValue={filter.from ?? ""} aria-describedby="audit-filter-from-hint" className={selectClass} />
          </div>
          <div>
            <label htmlFor="audit-filter-to" className="block font-semibold">
              {t("filter.to")}
            </label>
            <p id="audit-filter-to-hint" className="text-sm text-slate-700">
              {t("filter.dateHint")}
            </p>
            <input id="audit-filter-to" name="to" type="date" defaultValue={filter.to ?? ""} aria-describedby="audit-filter-to-hint" className={selectClass} />
          </div>
        </div>
        <div className="mt-4 flex flex-wrap items-center gap-6">
          <button type="submit" className="rounded bg-blue-800 px-5 py-2 font-semibold text-white hover:bg-blue-900">
            {t("filter.submit")}
          </button>
          {hasFilter(filter) ? (
            <Link href="/admin/audit" className="text-blue-900 underline">
              {t("filter.clear")}
            </Link>
          ) : null}
        </div>
      </fieldset>
    </form>
  );
}

/** Says which query-string values were not used, instead of failing. */
export function IgnoredParamsNotice({ ignored, labels }: { ignored: AuditParam[]; labels: Labels }) {
  if (ignored.length === 0) return null;
  const { t } = labels;
  return (
    <div role="status" className="mb-6 rounded border-l-4 border-amber-600 bg-amber-50 p-4">
      <p className="font-semibold">{t("ignored.title")}</p>
      <ul className="mt-1 list-disc pl-5">
        {[...new Set(ignored)].map((param) => (
          <li key={param}>{t(`ignored.${param}`)}</li>
        ))}
      </ul>
    </div>
  );
}

export async function AuditTable({ rows, filtered, labels }: { rows: AuditRow[]; filtered: boolean; labels: Labels }) {
  const { t } = labels;
  const format = await getFormatter();
  if (rows.length === 0) return <p>{filtered ? t("emptyFiltered") : t("empty")}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="mb-1 text-left font-semibold">{filtered ? t("captionFiltered") : t("caption")}</caption>
        <thead>
          <tr className="border-b-2 border-slate-700">
            <th scope="col" className="py-1 pr-3">{t("when")}</th>
            <th scope="col" className="py-1 pr-3">{t("who")}</th>
            <th scope="col" className="py-1 pr-3">{t("what")}</th>
            <th scope="col" className="py-1 pr-3">{t("object")}</th>
            <th scope="col" className="py-1 pr-3">{t("details")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const when = format.dateTime(row.createdAt, { dateStyle: "short", timeStyle: "medium" });
            const what = labels.action(row.action);
            return (
              <tr key={row.id} className="border-b border-slate-300 align-top">
                <th scope="row" className="py-1 pr-3 text-left font-normal whitespace-nowrap">
                  <time dateTime={row.createdAt.toISOString()}>{when}</time>
                </th>
                <td className="py-1 pr-3">{labels.actor(row.actor)}</td>
                <td className="py-1 pr-3">{what}</td>
                <td className="py-1 pr-3">{labels.entityType(row.entityType)}</td>
                <td className="py-1 pr-3">
                  <details>
                    <summary className="cursor-pointer text-blue-900 underline">
                      {t("showDetails")}
                      <span className="sr-only">
                        {" "}
                        {t("detailsFor", { what, when })}
                      </span>
                    </summary>
                    <div className="mt-2 space-y-2 rounded bg-slate-50 p-3">
                      {row.entityId ? (
                        <p>
                          {t("entityId")}: <code className="break-all">{row.entityId}</code>
                        </p>
                      ) : null}
                      <EventDataView data={row.data} labels={labels.data} />
                    </div>
                  </details>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export function AuditPagination({ filter, page, hasMore, labels, previous, next }: { filter: AuditFilter; page: number; hasMore: boolean; labels: Labels; previous: string; next: string }) {
  const { t } = labels;
  if (page <= 1 && !hasMore) return null;
  return (
    <nav aria-label={t("pagination")} className="mt-4 flex flex-wrap items-center gap-6">
      {page > 1 ? (
        <Link href={`/admin/audit${auditQuery(filter, page - 1)}`} className="text-blue-900 underline">
          {previous}
        </Link>
      ) : null}
      <span>{t("page", { page })}</span>
      {hasMore ? (
        <Link href={`/admin/audit${auditQuery(filter, page + 1)}`} className="text-blue-900 underline">
          {next}
        </Link>
      ) : null}
    </nav>
  );
}
