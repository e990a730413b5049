import type { Metadata } from "next";
import { getTranslations } from "@/i18n/server";
import { AccessibilityReportForm } from "@/features/accessibility/report-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("accessibility"))("title") };
}

const SECTIONS = [
  ["status", "statusTitle", "status"],
  ["known", "knownTitle", "known"],
  ["enforcement", "enforcementTitle", "enforcement"],
  ["assessment", "assessmentTitle", "assessment"],
] as const;

// Public: the accessibility act requires the statement and its report form to be reachable without signing in.
export default async function AccessibilityPage() {
  const t = await getTranslations("accessibility");
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p>{t("intro")}</p>
      {SECTIONS.slice(0, 2).map(([id, title, text]) => (
        <section key={id} aria-labelledby={`${id}-heading`}>
          <h2 id={`${id}-heading`} className="text-xl font-bold">{t(title)}</h2>
          <p>{t(text)}</p>
        </section>
      ))}
      <section aria-labelledby="report-heading" className="space-y-4">
        <h2 id="report-heading" className="text-xl font-bold">{t("reportTitle")}</h2>
        <p>{t("report")}</p>
        <AccessibilityReportForm />
      </section>
      {SECTIONS.slice(2).map(([id, title, text]) => (
        <section key={id} aria-labelledby={`${id}-heading`}>
          <h2 id={`${id}-heading`} className="text-xl font-bold">{t(title)}</h2>
          <p>{t(text)}</p>
        </section>
      ))}
    </div>
  );
}
