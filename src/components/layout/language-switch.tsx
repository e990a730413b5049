"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { setLocaleAction } from "@/features/locale/actions";

/** A plain form post, so switching language works without JavaScript too. */
export function LanguageSwitch({ locale, label }: { locale: string; label: string }) {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const other = locale === "en" ? "sv" : "en";
  return (
    <form action={setLocaleAction}>
      <input type="hidden" name="locale" value={other} />
      <input type="hidden" name="returnTo" value={search ? `${pathname}?${search}` : pathname} />
      <button type="submit" lang={other} className="font-semibold text-blue-900 underline">
        {label}
      </button>
    </form>
  );
}
