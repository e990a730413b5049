/**
 * Every upload's size limit, in one place (issue #18, item 5). The forms' messages name these
 * limits (a unit test checks that they agree), and the request-size limits follow from them.
 */
const MEGABYTE = 1024 * 1024;

export const UPLOAD_LIMITS = {
  /** The membership import's CSV file (a server action: preview, then confirm). */
  membershipImportCsv: 1 * MEGABYTE,
  /** An agreement document (a route handler, /api/agreement/documents). */
  agreementDocument: 10 * MEGABYTE,
  /** A meeting's underlag (a route handler, /api/meetings/[id]/documents). */
  meetingDocument: 10 * MEGABYTE,
} as const;

export type UploadKind = keyof typeof UPLOAD_LIMITS;

/** Room for a form's other fields and the multipart framing around its file. */
export const MULTIPART_OVERHEAD_BYTES = 256 * 1024;

/**
 * The largest body a server action accepts (next.config.ts serverActions.bodySizeLimit; the proxy
 * refuses larger posts with 413 before Next.js reads them). The import's confirm step sends the
 * file's text back in a hidden field, so the largest action body holds the file about twice.
 */
export const SERVER_ACTION_BODY_LIMIT_BYTES = 2 * UPLOAD_LIMITS.membershipImportCsv + MULTIPART_OVERHEAD_BYTES;

/** The largest request body a route handler that takes a file accepts. */
export function uploadRequestLimit(kind: UploadKind): number {
  return UPLOAD_LIMITS[kind] + MULTIPART_OVERHEAD_BYTES;
}

/** For messages: the limit in whole megabytes. */
export function limitInMegabytes(kind: UploadKind): number {
  return Math.floor(UPLOAD_LIMITS[kind] / MEGABYTE);
}

/** Whether a file is over its limit (checked in the browser before sending, and on the server). */
export function exceedsUploadLimit(kind: UploadKind, bytes: number): boolean {
  return bytes > UPLOAD_LIMITS[kind];
}
