import "server-only";
import { readLimitedBody } from "@/features/agreement/upload";
import { errorState, type FormState } from "@/lib/forms/form-state";
import { executeFormAction } from "@/server/actions/form-action";
import type { Actor } from "@/server/auth/actor";
import { uploadMeetingDocument, type UploadedFile } from "./document-definitions";
import { uploadRequestLimit } from "@/lib/uploads/upload-limits";

export { isSameOrigin } from "@/features/agreement/upload";

export const MAX_MEETING_UPLOAD_REQUEST_BYTES = uploadRequestLimit("meetingDocument");

const refused = (key: string): FormState => errorState(`meetings.documents.refusals.${key}`, {}, { file: [`meetings.documents.refusals.${key}`] });

/**
 * An upload of underlag to a meeting, through the same path as every form (parse → authorize →
 * change and audit in one transaction). Files come as multipart requests to a route handler rather
 * than a server action, whose request body Next.js limits to 1 MB. The meeting is the one in the
 * URL, whatever the form says.
 */
export async function handleMeetingUpload(request: Request, meetingId: string, actor: Actor | null): Promise<FormState> {
  const body = await readLimitedBody(request, MAX_MEETING_UPLOAD_REQUEST_BYTES);
  if (body === null) return refused("tooLarge");
  let formData: FormData;
  try {
    formData = await new Response(body as Uint8Array<ArrayBuffer>, { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData();
  } catch {
    return refused("empty");
  }
  formData.set("meetingId", meetingId);
  const entry = formData.get("file");
  formData.delete("file");
  const file: UploadedFile | null = entry instanceof File && entry.size > 0 ? { name: entry.name, bytes: new Uint8Array(await entry.arrayBuffer()) } : null;
  const { state } = await executeFormAction(uploadMeetingDocument(file), actor, formData);
  return state;
}
