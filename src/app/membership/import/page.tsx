import type { Metadata } from "next";
import { getTranslations } from "@/i18n/server";
import { ColumnGuide } from "@/features/import/column-guide";
import { ImportForm } from "@/features/import/import-form";
import { wasRefusedAsOversized } from "@/lib/uploads/oversized-upload";
import { requireActor } from "@/server/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("import"))("title") };
}

type Props = { searchParams: Promise<{ upload?: string | string[] }> };

export default async function ImportPage({ searchParams }: Props) {
  await requireActor("/membership/import", "membership:manage");
  const [t, params] = await Promise.all([getTranslations("import"), searchParams]);
  return (
    <div className="space-y-10">
      <div>
        <h1 className="mb-2 text-3xl font-bold">{t("title")}</h1>
        <p className="max-w-3xl">{t("intro")}</p>
      </div>
      <section aria-labelledby="import-template-heading">
        <h2 id="import-template-heading" className="mb-2 text-xl font-bold">
          {t("template.heading")}
        </h2>
        <p className="mb-2 max-w-3xl">{t("template.text")}</p>
        {/* A plain link: the route answers with a file download. */}
        <a href="/membership/import/template" download className="font-semibold text-blue-900 underline">
          {t("template.link")}
        </a>
      </section>
      <ColumnGuide />
      {/* A file sent without JavaScript that was too large for any action comes back here, flagged (src/proxy.ts). */}
      <ImportForm refusedAsTooLarge={wasRefusedAsOversized(params)} />
    </div>
  );
}
