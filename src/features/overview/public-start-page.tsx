import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "@/i18n/server";
import { GroupMembers } from "@/features/partnership/group-members";
import { choosePartnershipAction } from "@/features/partnership/choose-action";
import type { PartnershipListing } from "@/features/partnership/queries";
import type { PublicStartPage as Page } from "./public-queries";
import { linkClass } from "./work-block";

const FOCUS_AREAS = ["EDUCATION_AND_COMPETENCE", "RESEARCH_AND_DEVELOPMENT"] as const;
const DIMENSIONS = ["SOCIAL", "ECOLOGICAL", "ECONOMIC", "CULTURAL"] as const;

/**
 * The public start page: what the partnership is, who takes part, what it decided for the year and
 * what it produced, with the ways onward (the agreement, the decision register, open data, the
 * accessibility statement) and the way to sign in. Only public material reaches it (public-queries.ts);
 * nothing links into signed-in pages except the sign-in itself.
 */
export async function PublicStartPage({ page, partnerships = [] }: { page: Page | null; partnerships?: PartnershipListing[] }) {
  const [tChoice, t, tFocus, tParty, tKind, tPurpose, tAgreement, tResultKind, format, locale] = await Promise.all([
    getTranslations("partnershipChoice"),
    getTranslations("overview.public"),
    getTranslations("focusAreas"),
    getTranslations("partyTypes"),
    getTranslations("groupKinds"),
    getTranslations("groupPurpose"),
    getTranslations("agreement"),
    getTranslations("results.kinds"),
    getFormatter(),
    getLocale(),
  ]);
  if (!page) {
    return (
      <div className="space-y-4">
        <p>{t("noPartnership")}</p>
        <SignIn t={t} />
      </div>
    );
  }
  const { overview, agreement } = page;
  const localName = (item: { name: string; nameEn: string | null }) => (locale === "en" && item.nameEn) || item.name;
  const day = (value: Date) => format.dateTime(value, { dateStyle: "long", timeZone: "UTC" });
  const dimensions = agreement?.dimensions.length ? agreement.dimensions : DIMENSIONS;
  const openData = `?partnership=${encodeURIComponent(page.slug)}`;

  return (
    <div className="space-y-10">
      <div className="grid gap-6 md:grid-cols-3">
        <div className="md:col-span-2">
          <h1 className="text-3xl font-bold">{localName(overview)}</h1>
          {overview.description ? <p className="mt-3 text-lg text-slate-800">{overview.description}</p> : null}
        </div>
        <SignIn t={t} />
      </div>

      <section aria-labelledby="public-purpose" className="grid gap-6 md:grid-cols-2">
        <div>
          <h2 id="public-purpose" className="mb-2 text-2xl font-bold">
            {t("purposeHeading")}
          </h2>
          {agreement ? <p className="whitespace-pre-line">{agreement.purpose}</p> : null}
        </div>
        <div>
          <h3 className="mb-2 text-xl font-semibold">{t("dimensionsHeading")}</h3>
          <ul className="grid grid-cols-2 gap-2">
            {dimensions.map((dimension) => (
              <li key={dimension} className="rounded border-l-4 border-blue-800 bg-slate-50 px-3 py-2 font-semibold">
                {tAgreement(`dimensions.${dimension}`)}
              </li>
            ))}
          </ul>
        </div>
      </section>

      <section aria-labelledby="public-focus">
        <h2 id="public-focus" className="mb-3 text-2xl font-bold">
          {t("focusHeading")}
        </h2>
        <div className="grid gap-4 md:grid-cols-2">
          {FOCUS_AREAS.map((focusArea) => (
            <section key={focusArea} aria-labelledby={`public-focus-${focusArea}`} className="rounded border border-slate-300 p-4">
              <h3 id={`public-focus-${focusArea}`} className="text-lg font-semibold">
                {tFocus(focusArea)}
              </h3>
              <ul className="mt-2 list-disc pl-5">
                {overview.thematicAreas
                  .filter((area) => area.focusArea === focusArea)
                  .map((area) => (
                    <li key={area.id}>{localName(area)}</li>
                  ))}
              </ul>
            </section>
          ))}
        </div>
      </section>

      <section aria-labelledby="public-parties">
        <h2 id="public-parties" className="mb-3 text-2xl font-bold">
          {t("partiesHeading")}
        </h2>
        <ul className="grid gap-4 md:grid-cols-2">
          {overview.parties.map((party) => (
            <li key={party.id} className="rounded border border-slate-300 p-4">
              <span className="block text-lg font-semibold">{party.name}</span>
              <span className="text-slate-700">{tParty(party.type)}</span>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="public-groups">
        <h2 id="public-groups" className="mb-2 text-2xl font-bold">
          {t("groupsHeading")}
        </h2>
        <p className="mb-4 max-w-3xl">{t("groupsIntro")}</p>
        <div className="space-y-6">
          {overview.groups.map((group) => (
            <section key={group.id} aria-labelledby={`public-group-${group.kind}`} className="rounded border border-slate-300 p-4">
              <h3 id={`public-group-${group.kind}`} className="text-xl font-semibold">
                {tKind(group.kind)}
              </h3>
              <p className="mb-3 text-slate-800">{tPurpose(group.kind)}</p>
              <GroupMembers group={group} />
            </section>
          ))}
        </div>
      </section>

      <div className="grid gap-8 md:grid-cols-2">
        <section aria-labelledby="public-priority">
          <h2 id="public-priority" className="mb-3 text-2xl font-bold">
            {t("priorityHeading", { year: page.year })}
          </h2>
          {page.priorityAreas.length === 0 ? (
            <p>{t("priorityNone", { year: page.year })}</p>
          ) : (
            <ul className="space-y-2">
              {page.priorityAreas.map((entry) => (
                <li key={entry.area.id}>
                  <span className="block font-semibold">{entry.area.title}</span>
                  <span className="text-slate-700">{tFocus(entry.area.focusArea)}</span>
                </li>
              ))}
            </ul>
          )}
          <p className="mt-3">
            <Link href="/priority-areas/public" className={linkClass}>
              {t("priorityLink")}
            </Link>
          </p>
        </section>

        <section aria-labelledby="public-results">
          <h2 id="public-results" className="mb-3 text-2xl font-bold">
            {t("resultsHeading")}
          </h2>
          {page.latestResults.length === 0 ? (
            <p>{t("resultsNone")}</p>
          ) : (
            <ul className="space-y-2">
              {page.latestResults.map((result) => (
                <li key={result.id}>
                  <span className="block font-semibold">{result.title}</span>
                  <span className="text-slate-700">
                    {tResultKind(result.kind)} · {day(result.date)}
                  </span>
                </li>
              ))}
            </ul>
          )}
          <p className="mt-3">
            <Link href="/results/public" className={linkClass}>
              {t("resultsLink")}
            </Link>
          </p>
        </section>
      </div>

      <section aria-labelledby="public-agreement">
        <h2 id="public-agreement" className="mb-3 text-2xl font-bold">
          {t("agreementHeading")}
        </h2>
        {agreement ? (
          <>
            <p className="font-semibold">{agreement.title}</p>
            <p>
              {agreement.fixedEndDate
                ? t("agreementPeriodFixed", { start: day(agreement.startDate), end: day(agreement.fixedEndDate) })
                : t("agreementPeriod", { start: day(agreement.startDate) })}
            </p>
          </>
        ) : null}
        <p className="mt-2">
          <Link href="/agreement/public" className={linkClass}>
            {t("agreementLink")}
          </Link>
        </p>
      </section>

      <section aria-labelledby="public-more" className="rounded border border-slate-300 bg-slate-50 p-4">
        <h2 id="public-more" className="mb-3 text-2xl font-bold">
          {t("moreHeading")}
        </h2>
        <ul className="space-y-2">
          <li>
            <Link href="/decisions" className={linkClass}>
              {t("decisionsLink")}
            </Link>
          </li>
          <li>
            <span className="block font-semibold">{t("openDataHeading")}</span>
            <span className="block">{t("openDataText")}</span>
            <a href={`/api/open-data/results.csv${openData}`} className={`${linkClass} mr-4`}>
              {t("openDataCsv")}
            </a>
            <a href={`/api/open-data/results.json${openData}`} className={linkClass}>
              {t("openDataJson")}
            </a>
          </li>
          <li>
            <Link href="/accessibility" className={linkClass}>
              {t("accessibilityLink")}
            </Link>
          </li>
        </ul>
      </section>

      {partnerships.length > 1 ? (
        <OtherPartnerships partnerships={partnerships} currentSlug={page.slug} localName={localName} t={tChoice} />
      ) : null}
    </div>
  );
}

/** The installation's other partnerships, each one button away (a plain form post, no JavaScript needed). */
function OtherPartnerships({
  partnerships,
  currentSlug,
  localName,
  t,
}: {
  partnerships: PartnershipListing[];
  currentSlug: string;
  localName: (item: { name: string; nameEn: string | null }) => string;
  t: (key: string) => string;
}) {
  return (
    <section aria-labelledby="public-partnerships">
      <h2 id="public-partnerships" className="mb-2 text-2xl font-bold">
        {t("publicHeading")}
      </h2>
      <p className="mb-3">{t("publicIntro")}</p>
      <ul className="space-y-2">
        {partnerships.map((partnership) => (
          <li key={partnership.slug}>
            {partnership.slug === currentSlug ? (
              <span>
                {localName(partnership)} {t("current")}
              </span>
            ) : (
              <form action={choosePartnershipAction} className="flex flex-wrap items-center gap-3">
                <input type="hidden" name="partnership" value={partnership.slug} />
                <span>{localName(partnership)}</span>
                <button type="submit" className="rounded border-2 border-blue-800 px-3 py-1 font-semibold text-blue-900 hover:bg-blue-50">
                  {t("show")}
                  <span className="sr-only"> {localName(partnership)}</span>
                </button>
              </form>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function SignIn({ t }: { t: (key: string) => string }) {
  return (
    <aside aria-labelledby="public-sign-in" className="h-fit rounded border-2 border-blue-800 bg-blue-50 p-4">
      <h2 id="public-sign-in" className="text-xl font-bold">
        {t("signInHeading")}
      </h2>
      <p className="mt-1">{t("signInText")}</p>
      <p className="mt-3">
        <Link href="/sign-in" className="inline-block rounded bg-blue-800 px-4 py-2 font-semibold text-white no-underline hover:bg-blue-900">
          {t("signIn")}
        </Link>
      </p>
    </aside>
  );
}
