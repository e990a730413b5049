import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "@/i18n/server";
import { ChangePasswordForm } from "@/features/account/change-password-form";
import { FeedTokenSection } from "@/features/calendar/feed-token-section";
import { requireActor } from "@/server/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("title") };
}

export default async function AccountPage() {
  const actor = await requireActor("/account", "account:manage-own");
  const [t, tRole] = await Promise.all([getTranslations("account"), getTranslations("roles")]);
  return (
    <div className="space-y-10">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <section aria-labelledby="profile-heading">
        <h2 id="profile-heading" className="mb-3 text-xl font-bold">
          {t("profile")}
        </h2>
        <dl className="grid max-w-xl grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
          <dt className="font-semibold">{t("name")}</dt>
          <dd>{actor.name}</dd>
          <dt className="font-semibold">{t("email")}</dt>
          <dd>{actor.email}</dd>
          <dt className="font-semibold">{t("roles")}</dt>
          <dd>{actor.roles.map((role) => tRole(role)).join(", ")}</dd>
        </dl>
      </section>
      <p>
        <Link href="/account/data" className="font-semibold text-blue-900 underline">
          {t("personalData")}
        </Link>
      </p>
      <ChangePasswordForm />
      <FeedTokenSection actor={actor} />
    </div>
  );
}
