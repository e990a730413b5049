import Link from "next/link";
import { getLocale, getTranslations } from "@/i18n/server";
import { groupPath } from "@/features/membership/group-slug";
import type { FocusArea } from "@/generated/prisma/enums";
import { GroupMembers } from "./group-members";
import type { PartnershipOverview as Overview } from "./queries";

const FOCUS_AREAS: FocusArea[] = ["EDUCATION_AND_COMPETENCE", "RESEARCH_AND_DEVELOPMENT"];

export async function PartnershipOverview({ overview }: { overview: Overview }) {
  const [t, tFocus, tParty, tKind, tPurpose, locale] = await Promise.all([
    getTranslations("home"),
    getTranslations("focusAreas"),
    getTranslations("partyTypes"),
    getTranslations("groupKinds"),
    getTranslations("groupPurpose"),
    getLocale(),
  ]);
  const localName = (item: { name: string; nameEn: string | null }) => (locale === "en" && item.nameEn) || item.name;

  return (
    <div className="space-y-10">
      <div>
        <h1 className="text-3xl font-bold">{localName(overview)}</h1>
        <p className="mt-2 max-w-3xl text-lg text-slate-800">{overview.description}</p>
      </div>

      <section aria-labelledby="parties-heading">
        <h2 id="parties-heading" className="mb-3 text-2xl font-bold">
          {t("parties")}
        </h2>
        <ul className="grid gap-4 md:grid-cols-2">
          {overview.parties.map((party) => (
            <li key={party.id} className="rounded border border-slate-300 p-4">
              <h3 className="text-xl font-semibold">{party.name}</h3>
              <p className="text-slate-700">
                {tParty(party.type)}
                {party.organisationNumber ? ` · ${t("organisationNumber", { number: party.organisationNumber })}` : ""}
              </p>
              {party.units.length > 0 ? (
                <details className="mt-2">
                  <summary className="cursor-pointer font-semibold text-blue-900">{t("units")}</summary>
                  <ul className="mt-1 list-disc pl-5">
                    {party.units.map((unit) => (
                      <li key={unit}>{unit}</li>
                    ))}
                  </ul>
                </details>
              ) : null}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="groups-heading">
        <h2 id="groups-heading" className="mb-3 text-2xl font-bold">
          {t("groups")}
        </h2>
        <div className="space-y-8">
          {overview.groups.map((group) => (
            <section key={group.id} aria-labelledby={`group-${group.kind}`} className="rounded border border-slate-300 p-4">
              <h3 id={`group-${group.kind}`} className="text-xl font-semibold">
                <Link href={groupPath(group.kind)} className="text-blue-900 underline">
                  {tKind(group.kind)}
                </Link>
              </h3>
              <p className="text-slate-800">{tPurpose(group.kind)}</p>
              <p className="mb-3 font-semibold">{t("meetingsPerYear", { count: group.meetingsPerYear })}</p>
              <GroupMembers group={group} />
            </section>
          ))}
        </div>
      </section>

      <section aria-labelledby="areas-heading">
        <h2 id="areas-heading" className="mb-3 text-2xl font-bold">
          {t("thematicAreas")}
        </h2>
        <div className="grid gap-4 md:grid-cols-2">
          {FOCUS_AREAS.map((focusArea) => {
            const areas = overview.thematicAreas.filter((area) => area.focusArea === focusArea);
            return (
              <section key={focusArea} aria-labelledby={`focus-${focusArea}`} className="rounded border border-slate-300 p-4">
                <h3 id={`focus-${focusArea}`} className="text-lg font-semibold">
                  {tFocus(focusArea)}
                </h3>
                {areas.length === 0 ? (
                  <p>{t("noThematicAreas")}</p>
                ) : (
                  <ul className="mt-2 space-y-2">
                    {areas.map((area) => (
                      <li key={area.id}>
                        <span className="font-semibold">{localName(area)}</span>
                        {area.description ? <span className="block text-slate-700">{area.description}</span> : null}
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            );
          })}
        </div>
      </section>
    </div>
  );
}
