import Link from "next/link";
import { getTranslations } from "@/i18n/server";

export async function SiteFooter() {
  const [t, tNav] = await Promise.all([getTranslations("common"), getTranslations("nav")]);
  return (
    <footer className="border-t border-slate-300 bg-slate-50">
      <div className="mx-auto flex max-w-5xl flex-wrap justify-between gap-4 px-4 py-4 text-sm">
        <p>{t("footer")}</p>
        <Link href="/accessibility" className="text-blue-900 underline">
          {tNav("accessibility")}
        </Link>
      </div>
    </footer>
  );
}
