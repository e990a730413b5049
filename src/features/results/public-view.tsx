import { getFormatter, getLocale, getTranslations } from "@/i18n/server";
import { identifierHref, identifierType } from "./identifiers";
import type { PublishedResult } from "./open-data";
import type { PublicPartnershipResults } from "./queries";

const LINK = "text-blue-900 underline";

/**
 * The public page of published results (issue #6, item 4): per partnership, the results cleared
 * for publication and the open-data files. Nothing links into signed-in pages, and no person is
 * named but the authors as published.
 */
export async function PublicResultsView({ partnerships }: { partnerships: PublicPartnershipResults[] }) {
  const [t, locale] = [await getTranslations("results"), await getLocale()];
  return (
    <div>
      <h1 className="mb-2 text-3xl font-bold">{t("public.title")}</h1>
      <p className="mb-6 max-w-3xl">{t("public.intro")}</p>
      {partnerships.map((partnership) => {
        const headingId = `public-results-${partnership.slug}`;
        const query = `?partnership=${encodeURIComponent(partnership.slug)}`;
        return (
          <section key={partnership.slug} aria-labelledby={headingId} className="mb-10">
            <h2 id={headingId} className="mb-3 text-2xl font-bold">
              {locale === "en" && partnership.partnershipNameEn ? partnership.partnershipNameEn : partnership.partnershipName}
            </h2>
            {partnership.results.length === 0 ? (
              <p className="mb-4 rounded border-l-4 border-slate-500 bg-slate-50 p-4">{t("public.empty")}</p>
            ) : (
              <PublicTable results={partnership.results} />
            )}
            <h3 className="mt-6 mb-2 text-xl font-bold">{t("public.openDataHeading")}</h3>
            <p className="mb-2">{t("public.openDataIntro")}</p>
            <ul className="list-disc pl-6">
              <li>
                <a href={`/api/open-data/results.csv${query}`} className={LINK}>
                  {t("public.csv")}
                </a>
              </li>
              <li>
                <a href={`/api/open-data/results.json${query}`} className={LINK}>
                  {t("public.json")}
                </a>
              </li>
            </ul>
          </section>
        );
      })}
    </div>
  );
}

async function PublicTable({ results }: { results: PublishedResult[] }) {
  const [t, format] = [await getTranslations("results"), await getFormatter()];
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="mb-2 text-left text-lg font-semibold">{t("public.caption")}</caption>
        <thead>
          <tr className="border-b-2 border-slate-700">
            <th scope="col" className="py-2 pr-3">{t("public.columns.title")}</th>
            <th scope="col" className="py-2 pr-3">{t("public.columns.kind")}</th>
            <th scope="col" className="py-2 pr-3">{t("public.columns.authors")}</th>
            <th scope="col" className="py-2 pr-3">{t("public.columns.date")}</th>
            <th scope="col" className="py-2 pr-3">{t("public.columns.identifier")}</th>
            <th scope="col" className="py-2 pr-3">{t("public.columns.activity")}</th>
          </tr>
        </thead>
        <tbody>
          {results.map((result) => (
            <tr key={result.id} className="border-b border-slate-300 align-top">
              <th scope="row" className="py-2 pr-3 font-semibold">
                {result.title}
              </th>
              <td className="py-2 pr-3">{t(`kinds.${result.kind}`)}</td>
              <td className="py-2 pr-3">{result.authors || t("public.none")}</td>
              <td className="py-2 pr-3 whitespace-nowrap">{format.dateTime(result.date, { dateStyle: "medium", timeZone: "UTC" })}</td>
              <td className="py-2 pr-3 break-words">
                <PublicLink result={result} />
              </td>
              <td className="py-2 pr-3">{result.activityTitle}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The identifier linked where it resolves, else the identifier as text and the URL as a link. */
async function PublicLink({ result }: { result: PublishedResult }) {
  const t = await getTranslations("results");
  if (result.identifier) {
    const href = identifierHref(result.identifier);
    const type = identifierType(result.identifier);
    const text = type === "OTHER" ? result.identifier : `${t(`identifierTypes.${type}`)} ${result.identifier}`;
    if (href) {
      return (
        <a href={href} className={LINK}>
          {text}
        </a>
      );
    }
    if (!result.url) return <>{text}</>;
    return (
      <>
        {text}
        <br />
        <a href={result.url} className={`${LINK} break-all`}>
          {result.url}
        </a>
      </>
    );
  }
  if (result.url) {
    return (
      <a href={result.url} className={`${LINK} break-all`}>
        {result.url}
      </a>
    );
  }
  return <>{t("public.none")}</>;
}
