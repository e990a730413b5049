import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("accessibility"))("title") };
}

// Public: the accessibility act requires the statement to be reachable without signing in.
export default async function AccessibilityPage() {
  const t = await getTranslations("accessibility");
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p>{t("intro")}</p>
      <section aria-labelledby="status-heading">
        <h2 id="status-heading" className="text-xl font-bold">{t("statusTitle")}</h2>
        <p>{t("status")}</p>
      </section>
      <section aria-labelledby="report-heading">
        <h2 id="report-heading" className="text-xl font-bold">{t("reportTitle")}</h2>
        <p>{t("report")}</p>
      </section>
    </div>
  );
}
