import "@fontsource-variable/inter";
import "./globals.css";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "@/i18n/server";
import { FrameMessages } from "@/components/i18n/frame-messages";
import { ActionNotice } from "@/components/layout/action-notice";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { FormPartnershipProvider } from "@/components/forms/form-partnership";
import { getActor } from "@/server/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return { title: { default: t("appName"), template: `%s – ${t("appName")}` } };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [locale, t, actor] = await Promise.all([getLocale(), getTranslations("common"), getActor()]);
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col bg-white font-sans text-slate-900">
        <FrameMessages>
          <a
            href="#main-content"
            className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-3 focus:font-semibold"
          >
            {t("skipToContent")}
          </a>
          <SiteHeader />
          <main id="main-content" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
            <ActionNotice />
            <FormPartnershipProvider partnershipId={actor?.partnershipId ?? null}>{children}</FormPartnershipProvider>
          </main>
          <SiteFooter />
        </FrameMessages>
      </body>
    </html>
  );
}
