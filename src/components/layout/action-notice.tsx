import { randomUUID } from "node:crypto";
import { headers } from "next/headers";
import { getTranslations } from "@/i18n/server";
import { NOTICE_HEADER, readNotice } from "@/lib/forms/action-notice";
import { ActionNoticeFocus } from "./action-notice-focus";

/**
 * The confirmation of the step the user just took, at the top of the page they land on (WCAG
 * 4.1.3), rendered here on the server from the address's notice, which the proxy hands over in a
 * request header (a layout is not given the address). Formatting it in the browser would put
 * next-intl's message formatting on every page (issue #16). After a server action's redirect Next
 * renders the landing page from the root, so this layout part is rendered anew for it, with or
 * without JavaScript.
 */
export async function ActionNotice() {
  const notice = readNotice(new URLSearchParams((await headers()).get(NOTICE_HEADER) ?? ""));
  if (!notice) return null;
  const t = await getTranslations();
  // A key of its own per response: the same step taken twice on one page is confirmed (and focused) twice.
  return <ActionNoticeFocus key={randomUUID()} text={t(notice.key, notice.values)} />;
}
