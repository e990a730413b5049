import Link from "next/link";
import { getTranslations } from "@/i18n/server";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <div>
      <h1 className="mb-2 text-3xl font-bold">{t("title")}</h1>
      <p className="mb-4">{t("text")}</p>
      <Link href="/" className="text-blue-900 underline">{t("home")}</Link>
    </div>
  );
}
