"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { LOCALE_COOKIE, resolveLocale } from "@/i18n/locales";
import { safeLocalPath } from "@/features/auth/safe-callback";

/** A preference, not a record: kept in a cookie for a year. Works as a plain form post. */
export async function setLocaleAction(formData: FormData): Promise<void> {
  const locale = resolveLocale(String(formData.get("locale") ?? ""));
  (await cookies()).set(LOCALE_COOKIE, locale, {
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
    sameSite: "lax",
    httpOnly: true,
    secure: process.env.NODE_ENV === "production" && process.env.AUTH_URL?.startsWith("https://") === true,
  });
  const returnTo = formData.get("returnTo");
  redirect(safeLocalPath(typeof returnTo === "string" ? returnTo : "/"));
}
