import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { ActionError } from "@/server/actions/action-error";
import type { FormActionDefinition } from "@/server/actions/form-action";
import { agreementForChange } from "./agreement-context";
import { cleanFileName, judgeDocument } from "./documents";
import { removeDocumentSchema, uploadDocumentSchema } from "./schemas";

/** The uploaded file as the server received it (size and type are judged here, not trusted). */
export type UploadedFile = { name: string; bytes: Uint8Array };

/**
 * Stores the agreement's text or an annex in the database, for administrators. The file comes
 * beside the form's text fields, so the definition is made per request around it.
 */
export function uploadDocument(file: UploadedFile | null): FormActionDefinition<typeof uploadDocumentSchema, { documentId: string }> {
  return {
    schema: uploadDocumentSchema,
    permission: "agreement:manage",
    successMessage: "agreement.documents.uploaded",
    async run({ input, actor, tx }) {
      const agreement = await agreementForChange(tx, actor);
      if (!file || file.bytes.length === 0) throw new ActionError("agreement.documents.refusals.empty", { file: ["agreement.documents.refusals.empty"] });
      const fileName = cleanFileName(file.name);
      const judged = judgeDocument(fileName, file.bytes);
      if ("refusal" in judged) {
        const message = `agreement.documents.refusals.${judged.refusal}`;
        throw new ActionError(message, { file: [message] });
      }
      const sha256 = createHash("sha256").update(file.bytes).digest("hex");
      // Written with SQL rather than agreementDocument.create: the embedded database's Prisma
      // adapter (pglite-prisma-adapter 0.6.1) passes Bytes on as base64 text, which PGlite
      // refuses. Decoding base64 in the database works the same on PGlite and PostgreSQL.
      const documentId = randomUUID();
      await tx.$executeRaw`
        INSERT INTO "AgreementDocument" ("id", "agreementId", "kind", "title", "fileName", "contentType", "size", "sha256", "content", "uploadedById")
        VALUES (${documentId}, ${agreement.id}, ${input.documentKind}::"AgreementDocumentKind", ${input.documentTitle}, ${fileName},
                ${judged.contentType}, ${file.bytes.length}, ${sha256}, decode(${Buffer.from(file.bytes).toString("base64")}, 'base64'), ${actor.userId})`;
      return {
        audit: {
          action: "agreement.document_uploaded",
          entityType: "AgreementDocument",
          entityId: documentId,
          data: { after: { kind: input.documentKind, title: input.documentTitle, fileName, contentType: judged.contentType, size: file.bytes.length, sha256 } },
        },
        result: { documentId },
      };
    },
  };
}

export const removeDocument: FormActionDefinition<typeof removeDocumentSchema, null> = {
  schema: removeDocumentSchema,
  permission: "agreement:manage",
  successMessage: "agreement.documents.removed",
  async run({ input, actor, tx }) {
    const agreement = await agreementForChange(tx, actor);
    const document = await tx.agreementDocument.findFirst({
      where: { id: input.documentId, agreementId: agreement.id },
      select: { id: true, kind: true, title: true, fileName: true, contentType: true, size: true, sha256: true },
    });
    if (!document) throw new ActionError("errors.notFound");
    await tx.agreementDocument.delete({ where: { id: document.id } });
    return {
      audit: {
        action: "agreement.document_removed",
        entityType: "AgreementDocument",
        entityId: document.id,
        data: { before: { kind: document.kind, title: document.title, fileName: document.fileName, contentType: document.contentType, size: document.size, sha256: document.sha256 } },
      },
      result: null,
    };
  },
};
