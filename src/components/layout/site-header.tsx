import Link from "next/link";
import { Suspense } from "react";
import { getLocale, getTranslations } from "@/i18n/server";
import { hasPermission, type Permission } from "@/lib/permissions";
import { getActor, getSessionAccount } from "@/server/auth/session";
import { signOutAction } from "@/features/auth/actions";
import { LanguageSwitch } from "./language-switch";
import { NavLinks, type NavItem } from "./nav-links";
import { PartnershipSwitch } from "./partnership-switch";

const NAVIGATION: { href: string; labelKey: string; permission: Permission }[] = [
  { href: "/", labelKey: "home", permission: "partnership:view" },
  { href: "/partnership", labelKey: "partnership", permission: "partnership:view" },
  { href: "/meetings", labelKey: "meetings", permission: "partnership:view" },
  { href: "/proposals", labelKey: "proposals", permission: "partnership:view" },
  { href: "/priority-areas", labelKey: "priorityAreas", permission: "partnership:view" },
  { href: "/plans", labelKey: "plans", permission: "partnership:view" },
  { href: "/follow-up", labelKey: "followUp", permission: "follow-up:view" },
  { href: "/results", labelKey: "results", permission: "partnership:view" },
  { href: "/decisions", labelKey: "decisions", permission: "partnership:view" },
  { href: "/arshjul", labelKey: "annualCycle", permission: "partnership:view" },
  { href: "/agreement", labelKey: "agreement", permission: "partnership:view" },
  { href: "/membership", labelKey: "membership", permission: "membership:manage" },
  { href: "/admin/audit", labelKey: "audit", permission: "audit:view" },
  { href: "/admin/mail", labelKey: "mail", permission: "audit:view" },
  { href: "/account", labelKey: "account", permission: "account:manage-own" },
];

export async function SiteHeader() {
  const [account, actor, locale, t, tNav, tChoice] = await Promise.all([
    getSessionAccount(),
    getActor(),
    getLocale(),
    getTranslations("common"),
    getTranslations("nav"),
    getTranslations("partnershipChoice"),
  ]);
  // The session already holds the account's partnerships with their names: no query here.
  const partnerships = (account?.participations ?? []).map((participation) => ({
    slug: participation.partnershipSlug,
    id: participation.partnershipId,
    label: (locale === "en" && participation.partnershipNameEn) || participation.partnershipName,
  }));
  const current = actor ? partnerships.find((partnership) => partnership.id === actor.partnershipId) : undefined;
  const items: NavItem[] = actor
    ? NAVIGATION.filter((item) => hasPermission(actor.roles, item.permission)).map((item) => ({ href: item.href, label: tNav(item.labelKey) }))
    : [];
  // The installation's page, for its administrators only (they may have no partnership at all).
  if (account?.installationAdministrator) items.push({ href: "/installation", label: (await getTranslations("installation"))("nav") });

  return (
    <header className="border-b-4 border-blue-800 bg-slate-50">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <div>
          <Link href="/" className="text-2xl font-bold text-blue-900 no-underline">
            {t("appName")}
          </Link>
          {current ? <p className="text-sm text-slate-700">{current.label}</p> : null}
        </div>
        <div className="flex flex-wrap items-center gap-4">
          <Suspense>
            <LanguageSwitch locale={locale} label={t("switchLanguage")} />
          </Suspense>
          {current && partnerships.length > 1 ? (
            <PartnershipSwitch options={partnerships} current={current.slug} label={tChoice("label")} submit={tChoice("submit")} />
          ) : null}
          {account ? (
            <form action={signOutAction} className="flex items-center gap-3">
              <span className="text-sm">{t("signedInAs", { name: actor?.name ?? account.name })}</span>
              <button type="submit" className="rounded border-2 border-blue-800 px-3 py-1 font-semibold text-blue-900 hover:bg-blue-50">
                {t("signOut")}
              </button>
            </form>
          ) : null}
        </div>
      </div>
      {items.length > 0 ? <NavLinks items={items} label={t("mainNavigation")} /> : null}
    </header>
  );
}
