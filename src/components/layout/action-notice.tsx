"use client";

import { useEffect, useRef, useState } from "react";
import { usePathname, useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { readNotice, withoutNotice, type ActionNotice as Notice } from "@/lib/forms/action-notice";

/**
 * The confirmation of the step the user just took, at the top of the page they land on: a status
 * message that takes focus, so a screen reader reads it and keyboard users start from it (WCAG
 * 4.1.3). Without JavaScript it is rendered from the address; with JavaScript it is then taken out
 * of the address (a reload or a shared link does not repeat it) and stays until the user moves on.
 */
export function ActionNotice() {
  const t = useTranslations();
  const params = useSearchParams();
  const pathname = usePathname();
  const [shown, setShown] = useState<{ notice: Notice; pathname: string; at: number } | null>(() => {
    const notice = readNotice(params);
    return notice ? { notice, pathname, at: 0 } : null;
  });
  const ref = useRef<HTMLParagraphElement>(null);

  // A new notice in the address (the landing page of an action) replaces the one shown; it is then
  // taken out of the address. Leaving the page ends it.
  useEffect(() => {
    const notice = readNotice(params);
    if (notice) {
      // eslint-disable-next-line react-hooks/set-state-in-effect -- the address is outside React: its notice is copied in once
      setShown({ notice, pathname, at: Date.now() });
      window.history.replaceState(window.history.state, "", `${pathname}${withoutNotice(window.location.search)}${window.location.hash}`);
    } else {
      setShown((current) => (current && current.pathname !== pathname ? null : current));
    }
  }, [params, pathname]);

  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [shown]);

  if (!shown) return null;
  return (
    <p
      ref={ref}
      tabIndex={-1}
      role="status"
      data-action-notice=""
      className="mb-6 rounded border-l-4 border-green-700 bg-green-50 p-4 text-green-900 focus-visible:outline-offset-4"
    >
      {t(shown.notice.key, shown.notice.values)}
    </p>
  );
}
