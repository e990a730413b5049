import { contentDisposition } from "@/features/agreement/documents";
import { getMeetingDocumentForDownload } from "@/features/meetings/queries";
import { meetingViewerFor } from "@/features/meetings/viewer";
import { getActor } from "@/server/auth/session";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string; documentId: string }> };

const noStore = (status: number) => new Response(null, { status, headers: { "Cache-Control": "no-store" } });

/** Downloads one of a meeting's underlag, for the group's members and administrators only. */
export async function GET(_request: Request, { params }: Props): Promise<Response> {
  const actor = await getActor();
  if (!actor) return noStore(401);
  const { id, documentId } = await params;
  const document = await getMeetingDocumentForDownload(id, documentId, { viewer: await meetingViewerFor(actor), partnershipId: actor.partnershipId });
  // Not found, or not the viewer's to see: the same answer, so nothing about the file is revealed.
  if (!document) return noStore(404);
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
