import { revalidatePath } from "next/cache";
import { errorState } from "@/lib/forms/form-state";
import { handleUpload, isSameOrigin } from "@/features/agreement/upload";
import { getActor } from "@/server/auth/session";

export const dynamic = "force-dynamic";

/**
 * Uploads an agreement document. The form posts here with fetch and shows the returned form state;
 * without JavaScript the browser posts the form itself and is sent back to the agreement page with
 * the outcome in the query string.
 */
export async function POST(request: Request): Promise<Response> {
  const wantsJson = request.headers.get("accept")?.includes("application/json") ?? false;
  const state = isSameOrigin(request) ? await handleUpload(request, await getActor()) : errorState("errors.forbidden");
  if (state.status === "success") revalidatePath("/agreement", "layout");

  if (wantsJson) {
    return Response.json(state, { status: state.status === "success" ? 200 : 400, headers: { "Cache-Control": "no-store" } });
  }
  const outcome = state.status === "success" ? "uploaded" : (state.fieldErrors.file?.[0] ?? state.message ?? "errors.unexpected");
  const back = new URL("/agreement", request.url);
  back.searchParams.set("upload", outcome);
  back.hash = "documents";
  return new Response(null, { status: 303, headers: { Location: `${back.pathname}${back.search}${back.hash}`, "Cache-Control": "no-store" } });
}
