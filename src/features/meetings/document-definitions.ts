import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { cleanFileName } from "@/features/agreement/documents";
import { ActionError } from "@/server/actions/action-error";
import type { FormActionDefinition } from "@/server/actions/form-action";
import { maySeeGroupInternals } from "./access";
import { judgeMeetingDocument } from "./documents";
import { meetingForChange } from "./meeting-context";
import { removeMeetingDocumentSchema, uploadMeetingDocumentSchema } from "./schemas";
import { meetingViewerFor } from "./viewer";

/** The uploaded file as the server received it (size and type are judged here, not trusted). */
export type UploadedFile = { name: string; bytes: Uint8Array };

const refusal = (key: string) => new ActionError(`meetings.documents.refusals.${key}`, { file: [`meetings.documents.refusals.${key}`] });

/**
 * Stores a meeting's underlag in the database, optionally linked to one of its agenda items, for
 * the meeting's managers. The file comes beside the form's text fields, so the definition is made
 * per request around it.
 */
export function uploadMeetingDocument(file: UploadedFile | null): FormActionDefinition<typeof uploadMeetingDocumentSchema, { documentId: string; meetingId: string }> {
  return {
    schema: uploadMeetingDocumentSchema,
    permission: "partnership:view",
    successMessage: "meetings.documents.uploadedMessage",
    async run({ input, actor, tx }) {
      const meeting = await meetingForChange(tx, actor, input.meetingId);
      if (meeting.status === "CANCELLED") throw new ActionError("meetings.refusals.cancelled");
      if (input.agendaItemId) {
        const item = await tx.agendaItem.findFirst({ where: { id: input.agendaItemId, meetingId: meeting.id }, select: { id: true } });
        if (!item) throw new ActionError("errors.validation", { agendaItemId: ["validation.invalid"] });
      }
      if (!file || file.bytes.length === 0) throw refusal("empty");
      const fileName = cleanFileName(file.name);
      if (fileName === "") throw refusal("typeNotAllowed");
      const judged = judgeMeetingDocument(fileName, file.bytes);
      if ("refusal" in judged) throw refusal(judged.refusal);

      const sha256 = createHash("sha256").update(file.bytes).digest("hex");
      // Written with SQL rather than meetingDocument.create: the embedded database's Prisma adapter
      // (pglite-prisma-adapter 0.6.1) passes Bytes on as base64 text, which PGlite refuses. Decoding
      // base64 in the database works the same on PGlite and PostgreSQL.
      const documentId = randomUUID();
      await tx.$executeRaw`
        INSERT INTO "MeetingDocument" ("id", "meetingId", "agendaItemId", "title", "fileName", "contentType", "size", "sha256", "content", "uploadedById")
        VALUES (${documentId}, ${meeting.id}, ${input.agendaItemId}, ${input.documentTitle}, ${fileName}, ${judged.contentType}, ${file.bytes.length},
                ${sha256}, decode(${Buffer.from(file.bytes).toString("base64")}, 'base64'), ${actor.userId})`;
      return {
        audit: {
          action: "meeting.document_uploaded",
          entityType: "MeetingDocument",
          entityId: documentId,
          data: {
            meetingId: meeting.id,
            after: { title: input.documentTitle, fileName, contentType: judged.contentType, size: file.bytes.length, sha256, agendaItemId: input.agendaItemId },
          },
        },
        result: { documentId, meetingId: meeting.id },
      };
    },
  };
}

export const removeMeetingDocument: FormActionDefinition<typeof removeMeetingDocumentSchema, { meetingId: string }> = {
  schema: removeMeetingDocumentSchema,
  permission: "partnership:view",
  successMessage: "meetings.documents.removed",
  async run({ input, actor, tx }) {
    const found = await tx.meetingDocument.findFirst({
      where: { id: input.documentId, meeting: { group: { partnershipId: actor.partnershipId } } },
      select: { meetingId: true, meeting: { select: { groupId: true } } },
    });
    // Underlag are the group's internals: to anyone who may not see them (as the download route
    // answers 404) the document does not exist; the group's members who are not managers are refused.
    if (!found || !maySeeGroupInternals(await meetingViewerFor(actor, tx), found.meeting.groupId)) throw new ActionError("errors.notFound");
    const meeting = await meetingForChange(tx, actor, found.meetingId);
    const document = await tx.meetingDocument.findUnique({
      where: { id: input.documentId },
      select: { id: true, title: true, fileName: true, contentType: true, size: true, sha256: true, agendaItemId: true },
    });
    if (!document) throw new ActionError("errors.notFound");
    await tx.meetingDocument.delete({ where: { id: document.id } });
    return {
      audit: {
        action: "meeting.document_removed",
        entityType: "MeetingDocument",
        entityId: document.id,
        data: { meetingId: meeting.id, before: { title: document.title, fileName: document.fileName, contentType: document.contentType, size: document.size, sha256: document.sha256 } },
      },
      result: { meetingId: meeting.id },
    };
  },
};
