import { contentDisposition } from "@/features/agreement/documents";
import { getDocumentForDownload } from "@/features/agreement/queries";
import { hasPermission } from "@/lib/permissions";
import { getActor } from "@/server/auth/session";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

/** Downloads one of the agreement's documents, for everyone signed in to its partnership. */
export async function GET(_request: Request, { params }: Props): Promise<Response> {
  const actor = await getActor();
  if (!actor) return new Response(null, { status: 401, headers: { "Cache-Control": "no-store" } });
  if (!hasPermission(actor.roles, "partnership:view")) return new Response(null, { status: 403, headers: { "Cache-Control": "no-store" } });
  const { id } = await params;
  const document = id.length <= 64 ? await getDocumentForDownload(actor.partnershipId, id) : null;
  if (!document) return new Response(null, { status: 404, headers: { "Cache-Control": "no-store" } });
  return new Response(document.content as Uint8Array<ArrayBuffer>, {
    headers: {
      "Content-Type": document.contentType === "text/plain" ? "text/plain; charset=utf-8" : document.contentType,
      "Content-Length": String(document.size),
      "Content-Disposition": contentDisposition(document.fileName),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
      ETag: `"${document.sha256}"`,
    },
  });
}
