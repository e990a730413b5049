import { UPLOAD_LIMITS } from "@/lib/uploads/upload-limits";
/**
 * The limits on the agreement's documents (its text and annexes): at most 10 MB, and only PDF,
 * Word (DOCX) or plain text, judged by the file's content as well as its name. The database checks
 * the size and type again.
 */

export const MAX_DOCUMENT_BYTES = UPLOAD_LIMITS.agreementDocument;
export const MAX_FILE_NAME_LENGTH = 200;

export const DOCUMENT_TYPES = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  txt: "text/plain",
} as const;
export type DocumentContentType = (typeof DOCUMENT_TYPES)[keyof typeof DOCUMENT_TYPES];

/** What the file input offers, for the browser's file picker. */
export const DOCUMENT_ACCEPT = ".pdf,.docx,.txt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain";

export type DocumentRefusal = "empty" | "tooLarge" | "typeNotAllowed" | "contentMismatch";

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((value, index) => bytes[index] === value);
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

export function extensionOf(fileName: string): string {
  const match = /\.([A-Za-z0-9]+)$/.exec(fileName);
  return match ? match[1]!.toLowerCase() : "";
}

/**
 * The document's type from its name and content, or why it is refused. The browser's declared type
 * is not trusted: a PDF must start with %PDF-, a DOCX be a ZIP holding word/ parts, a text file be
 * UTF-8 without NUL bytes.
 */
export function judgeDocument(fileName: string, bytes: Uint8Array): { contentType: DocumentContentType } | { refusal: DocumentRefusal } {
  if (bytes.length === 0) return { refusal: "empty" };
  if (bytes.length > MAX_DOCUMENT_BYTES) return { refusal: "tooLarge" };
  const extension = extensionOf(fileName);
  if (!(extension in DOCUMENT_TYPES)) return { refusal: "typeNotAllowed" };
  const contentType = DOCUMENT_TYPES[extension as keyof typeof DOCUMENT_TYPES];
  const matches =
    extension === "pdf"
      ? startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])
      : extension === "docx"
        ? startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) && contains(bytes, "word/")
        : isPlainText(bytes);
  return matches ? { contentType } : { refusal: "contentMismatch" };
}

/** The name kept for a download: no folders, no control characters, not too long. */
export function cleanFileName(fileName: string): string {
  const base = (fileName.split(/[\\/]/).pop() ?? "").replace(/[\u0000-\u001f\u007f"]/g, "").trim();
  if (base.length <= MAX_FILE_NAME_LENGTH) return base;
  const extension = extensionOf(base);
  const keep = MAX_FILE_NAME_LENGTH - (extension ? extension.length + 1 : 0);
  return extension ? `${base.slice(0, keep)}.${extension}` : base.slice(0, MAX_FILE_NAME_LENGTH);
}

/** A Content-Disposition header for a download, with the name in ASCII and in UTF-8 (RFC 6266). */
export function contentDisposition(fileName: string): string {
  const name = cleanFileName(fileName) || "document";
  const ascii = name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/[^\x20-\x7e]/g, "_").replace(/[\\"]/g, "_");
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
