"use client";

import { useEffect, useRef, useState } from "react";
import { usePathname } from "next/navigation";
import { withoutNotice } from "@/lib/forms/notice-address";

/**
 * The browser's part of the step confirmation (ActionNotice renders its text on the server): a
 * status message that takes focus, so a screen reader reads it and keyboard users start from it.
 * The notice is then taken out of the address (a reload or a shared link does not repeat it); the
 * message stays until the user leaves the page. The root layout is not rendered again on a
 * client-side navigation, so leaving is noticed here, by the path.
 */
export function ActionNoticeFocus({ text }: { text: string }) {
  const pathname = usePathname();
  const [shownOn] = useState(pathname);
  const [left, setLeft] = useState(false);
  if (!left && pathname !== shownOn) setLeft(true);
  const ref = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    ref.current?.focus();
    const { pathname: path, search, hash } = window.location;
    const rest = withoutNotice(search);
    if (rest !== search) window.history.replaceState(window.history.state, "", `${path}${rest}${hash}`);
  }, []);

  if (left) return null;
  return (
    <p
      ref={ref}
      tabIndex={-1}
      role="status"
      data-action-notice=""
      className="mb-6 rounded border-l-4 border-green-700 bg-green-50 p-4 text-green-900 focus-visible:outline-offset-4"
    >
      {text}
    </p>
  );
}
