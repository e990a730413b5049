import { revalidatePath } from "next/cache";
import { errorState } from "@/lib/forms/form-state";
import { handleMeetingUpload, isSameOrigin } from "@/features/meetings/upload";
import { getActor } from "@/server/auth/session";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

/**
 * Uploads underlag to a meeting. The form posts here with fetch and shows the returned form state;
 * without JavaScript the browser posts the form itself and is sent back to the meeting page with
 * the outcome in the query string.
 */
export async function POST(request: Request, { params }: Props): Promise<Response> {
  const { id } = await params;
  const wantsJson = request.headers.get("accept")?.includes("application/json") ?? false;
  const state = !isSameOrigin(request) ? errorState("errors.forbidden") : id.length > 64 ? errorState("errors.notFound") : await handleMeetingUpload(request, id, await getActor());
  if (state.status === "success") revalidatePath(`/meetings/${id}`);

  if (wantsJson) {
    return Response.json(state, { status: state.status === "success" ? 200 : 400, headers: { "Cache-Control": "no-store" } });
  }
  const outcome = state.status === "success" ? "uploaded" : (state.fieldErrors.file?.[0] ?? state.message ?? "errors.unexpected");
  const back = new URL(`/meetings/${encodeURIComponent(id)}`, request.url);
  back.searchParams.set("upload", outcome);
  back.hash = "documents";
  return new Response(null, { status: 303, headers: { Location: `${back.pathname}${back.search}${back.hash}`, "Cache-Control": "no-store" } });
}
