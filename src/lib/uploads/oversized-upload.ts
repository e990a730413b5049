import { SERVER_ACTION_BODY_LIMIT_BYTES, type UploadKind } from "./upload-limits";

/**
 * A file over its limit, sent without JavaScript (issue #18, item 5). With JavaScript the form
 * refuses the file before sending it; without, the browser posts it whole to the page, and a body
 * over the server actions' limit never reaches the action (Next.js would answer with a 500). The
 * proxy sends the browser back to the page instead (post/redirect/get, 303) with this flag in the
 * address, and the page's form shows its own error naming the limit, as if the action had refused
 * the file. Nothing is read or stored. Like the step confirmations (`?notice=`, action-notice.ts),
 * but an error: the form's error summary shows it.
 */

export const OVERSIZED_UPLOAD_PARAM = "upload";
const OVERSIZED = "tooLarge";

/** Pages whose form posts a file to a server action, with the upload it takes. */
export const UPLOAD_FORM_PAGES: Readonly<Record<string, UploadKind>> = {
  "/membership/import": "membershipImportCsv",
};

export type PostedRequest = {
  pathname: string;
  search: string;
  contentType: string | null;
  contentLength: number;
  /** A server action called by script (Next-Action header): it gets a status, not a page. */
  isActionCall: boolean;
};

/**
 * Where to send a browser whose post is too large for any server action: back to the page it came
 * from with the flag, when that page has an upload form and the post is a form's (multipart, not a
 * script's action call); null otherwise (the post is refused with 413). Pure.
 */
export function oversizedUploadRedirect(request: PostedRequest): string | null {
  if (!(request.contentLength > SERVER_ACTION_BODY_LIMIT_BYTES)) return null;
  if (request.isActionCall || !request.contentType?.toLowerCase().startsWith("multipart/form-data")) return null;
  if (!Object.hasOwn(UPLOAD_FORM_PAGES, request.pathname)) return null;
  const params = new URLSearchParams(request.search);
  params.set(OVERSIZED_UPLOAD_PARAM, OVERSIZED);
  return `${request.pathname}?${params.toString()}`;
}

/** Whether the page was reached by that redirect. */
export function wasRefusedAsOversized(params: { [OVERSIZED_UPLOAD_PARAM]?: string | string[] }): boolean {
  return params[OVERSIZED_UPLOAD_PARAM] === OVERSIZED;
}

/** The query without the flag: what the address bar shows once the form shows the error. */
export function withoutOversizedFlag(search: string): string {
  const params = new URLSearchParams(search);
  params.delete(OVERSIZED_UPLOAD_PARAM);
  const rest = params.toString();
  return rest ? `?${rest}` : "";
}
