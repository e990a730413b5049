import "server-only";
import { errorState, type FormState } from "@/lib/forms/form-state";
import { executeFormAction } from "@/server/actions/form-action";
import type { Actor } from "@/server/auth/actor";
import { uploadDocument, type UploadedFile } from "./document-definitions";
import { uploadRequestLimit } from "@/lib/uploads/upload-limits";

export const MAX_UPLOAD_REQUEST_BYTES = uploadRequestLimit("agreementDocument");

const tooLarge = (): FormState => errorState("agreement.documents.refusals.tooLarge", {}, { file: ["agreement.documents.refusals.tooLarge"] });

/**
 * Reads at most `limit` bytes of a request body; null as soon as it is longer, so an oversized
 * upload is refused without being held in memory whole.
 */
export async function readLimitedBody(request: Request, limit: number): Promise<Uint8Array | null> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) return null;
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/**
 * Browsers send Origin with every POST; it must be this site (as Next.js checks for server
 * actions), so that no other site can post a document with the user's cookies.
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return false;
  const host = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/**
 * An upload, through the same path as every form (parse → authorize → change and audit in one
 * transaction). Documents come as multipart requests to a route handler rather than a server
 * action, whose request body Next.js limits to 1 MB.
 */
export async function handleUpload(request: Request, actor: Actor | null): Promise<FormState> {
  const body = await readLimitedBody(request, MAX_UPLOAD_REQUEST_BYTES);
  if (body === null) return tooLarge();
  let formData: FormData;
  try {
    formData = await new Response(body as Uint8Array<ArrayBuffer>, { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData();
  } catch {
    return errorState("errors.validation", {}, { file: ["agreement.documents.refusals.empty"] });
  }
  const entry = formData.get("file");
  const file: UploadedFile | null = entry instanceof File && entry.size > 0 ? { name: entry.name, bytes: new Uint8Array(await entry.arrayBuffer()) } : null;
  const { state } = await executeFormAction(uploadDocument(file), actor, formData);
  return state;
}
