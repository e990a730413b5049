import { getTranslations } from "@/i18n/server";
import type { ReactNode } from "react";
import { ErrorPageTextsProvider } from "@/components/layout/error-page-texts";

/**
 * The root layout's provider: the error boundary's texts, translated here. It must not import
 * anything of next-intl's client side (see client-messages.tsx), or every page loads it.
 */
export async function FrameMessages({ children }: { children: ReactNode }) {
  const t = await getTranslations("errorPage");
  return <ErrorPageTextsProvider texts={{ title: t("title"), text: t("text"), retry: t("retry") }}>{children}</ErrorPageTextsProvider>;
}
