import { extensionOf } from "@/features/agreement/documents";
import { UPLOAD_LIMITS } from "@/lib/uploads/upload-limits";

/**
 * The limits on a meeting's underlag: at most 10 MB, and only PDF, Word (DOCX), Excel (XLSX),
 * PowerPoint (PPTX) or plain text, judged by the file's content as well as its name. The database
 * checks the size and type again (MeetingDocument_size_valid, MeetingDocument_type_allowed).
 */

export const MAX_MEETING_DOCUMENT_BYTES = UPLOAD_LIMITS.meetingDocument;

export const MEETING_DOCUMENT_TYPES = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  txt: "text/plain",
} as const;
export type MeetingDocumentExtension = keyof typeof MEETING_DOCUMENT_TYPES;
export type MeetingDocumentContentType = (typeof MEETING_DOCUMENT_TYPES)[MeetingDocumentExtension];

/** What the file input offers, for the browser's file picker. */
export const MEETING_DOCUMENT_ACCEPT = [
  ...Object.keys(MEETING_DOCUMENT_TYPES).map((extension) => `.${extension}`),
  ...Object.values(MEETING_DOCUMENT_TYPES),
].join(",");

export type MeetingDocumentRefusal = "empty" | "tooLarge" | "typeNotAllowed" | "contentMismatch";

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const PDF_SIGNATURE = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

/** The folder an Office Open XML package keeps its main part in (its names are stored uncompressed). */
const OFFICE_PART: Record<"docx" | "xlsx" | "pptx", string> = { docx: "word/", xlsx: "xl/", pptx: "ppt/" };

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((value, index) => bytes[index] === value);
}

function contains(bytes: Uint8Array, ascii: string): boolean {
  const needle = [...ascii].map((character) => character.charCodeAt(0));
  outer: for (let index = 0; index + needle.length <= bytes.length; index++) {
    for (let offset = 0; offset < needle.length; offset++) if (bytes[index + offset] !== needle[offset]) continue outer;
    return true;
  }
  return false;
}

function isPlainText(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Whether the content is what the extension says: magic bytes, and for Office files their main part. */
function contentMatches(extension: MeetingDocumentExtension, bytes: Uint8Array): boolean {
  switch (extension) {
    case "pdf":
      return startsWith(bytes, PDF_SIGNATURE);
    case "txt":
      return isPlainText(bytes);
    default:
      return startsWith(bytes, ZIP_SIGNATURE) && contains(bytes, OFFICE_PART[extension]);
  }
}

/**
 * The underlag's type from its name and content, or why it is refused. The browser's declared
 * type is not trusted: a PDF must start with %PDF-, an Office file be a ZIP holding the parts of
 * its kind (word/, xl/, ppt/), a text file be UTF-8 without NUL bytes.
 */
export function judgeMeetingDocument(
  fileName: string,
  bytes: Uint8Array,
): { contentType: MeetingDocumentContentType } | { refusal: MeetingDocumentRefusal } {
  if (bytes.length === 0) return { refusal: "empty" };
  if (bytes.length > MAX_MEETING_DOCUMENT_BYTES) return { refusal: "tooLarge" };
  const extension = extensionOf(fileName);
  if (!Object.hasOwn(MEETING_DOCUMENT_TYPES, extension)) return { refusal: "typeNotAllowed" };
  const known = extension as MeetingDocumentExtension;
  return contentMatches(known, bytes) ? { contentType: MEETING_DOCUMENT_TYPES[known] } : { refusal: "contentMismatch" };
}
