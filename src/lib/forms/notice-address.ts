/**
 * The notice's place in the address, apart from its list of allowed keys (action-notice.ts): the
 * browser's part of the confirmation imports this module only, so the list stays on the server.
 */

export const NOTICE_PARAM = "notice";
export const NOTICE_VALUE_PREFIX = `${NOTICE_PARAM}.`;

/**
 * The request header in which the proxy hands a page's query to the root layout when it carries a
 * notice: a layout is not given the address, and the confirmation is rendered there, on the server.
 */
export const NOTICE_HEADER = "x-samverkan-notice";

const isNoticeParam = (name: string) => name === NOTICE_PARAM || name.startsWith(NOTICE_VALUE_PREFIX);

/** The query without the notice: what the address bar shows once the notice has been shown. */
export function withoutNotice(search: string): string {
  const params = new URLSearchParams(search);
  for (const name of [...params.keys()]) if (isNoticeParam(name)) params.delete(name);
  const rest = params.toString();
  return rest ? `?${rest}` : "";
}
