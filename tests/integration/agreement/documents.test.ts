import { beforeAll, describe, expect, it } from "vitest";
import { removeDocument, uploadDocument } from "@/features/agreement/document-definitions";
import { MAX_DOCUMENT_BYTES } from "@/features/agreement/documents";
import { getAgreementPage, getDocumentForDownload } from "@/features/agreement/queries";
import { handleUpload, isSameOrigin } from "@/features/agreement/upload";
import { executeFormAction } from "@/server/actions/form-action";
import { actorFor, ADMIN, form, lastEvent, MUNICIPAL_SIGNATORY, prisma, READER, registerSignatories, seed, type Fixture } from "./agreement-fixtures";

let fixture: Fixture;
const encode = (text: string) => new TextEncoder().encode(text);
const pdf = encode("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n");
const fields = { documentKind: "AGREEMENT_TEXT", documentTitle: "Avtal om strategiskt partnerskap" };

beforeAll(async () => {
  fixture = await seed();
  await registerSignatories(fixture);
});

function uploadRequest(file: Blob | null, name = "avtal.pdf", origin = "http://localhost:3000"): Request {
  const body = new FormData();
  body.set("documentKind", "ANNEX");
  body.set("documentTitle", "Bilaga 1");
  if (file) body.set("file", file, name);
  return new Request("http://localhost:3000/api/agreement/documents", { method: "POST", body, headers: { origin, host: "localhost:3000" } });
}

describe("agreement documents", () => {
  it("stores a PDF in the database, and gives it back whole for download", async () => {
    const { state, result } = await executeFormAction(uploadDocument({ name: "C:\\Avtal\\Avtal 2021.pdf", bytes: pdf }), await actorFor(ADMIN), form(fields));
    expect(state).toMatchObject({ status: "success", message: "agreement.documents.uploaded" });
    const stored = await getDocumentForDownload(fixture.partnershipId, result!.documentId);
    expect(stored).toMatchObject({ fileName: "Avtal 2021.pdf", contentType: "application/pdf", size: pdf.length });
    expect(Array.from(stored!.content)).toEqual(Array.from(pdf));
    expect((await lastEvent("agreement.document_uploaded")).data).toMatchObject({ after: { kind: "AGREEMENT_TEXT", fileName: "Avtal 2021.pdf", size: pdf.length } });
    // Another partnership's users never reach it.
    expect(await getDocumentForDownload("another-partnership", result!.documentId)).toBeNull();
    const page = await getAgreementPage(fixture.partnershipId);
    expect(page!.documents).toEqual([expect.objectContaining({ title: "Avtal om strategiskt partnerskap", kind: "AGREEMENT_TEXT", uploadedBy: "Maria Lindqvist" })]);
  });

  it("refuses other types, content that is not what its name says, and empty files", async () => {
    const admin = await actorFor(ADMIN);
    const upload = (name: string, bytes: Uint8Array) => executeFormAction(uploadDocument({ name, bytes }), admin, form(fields));
    expect((await upload("avtal.exe", pdf)).state.fieldErrors).toEqual({ file: ["agreement.documents.refusals.typeNotAllowed"] });
    expect((await upload("avtal.pdf", encode("<script>alert(1)</script>"))).state.fieldErrors).toEqual({ file: ["agreement.documents.refusals.contentMismatch"] });
    expect((await upload("avtal.txt", new Uint8Array())).state.fieldErrors).toEqual({ file: ["agreement.documents.refusals.empty"] });
    expect((await executeFormAction(uploadDocument(null), admin, form(fields))).state.fieldErrors).toEqual({ file: ["agreement.documents.refusals.empty"] });
    expect(await prisma().agreementDocument.count()).toBe(1);
  });

  it("refuses a file over 10 MB; exactly 10 MB is stored", async () => {
    const admin = await actorFor(ADMIN);
    const over = new Uint8Array(MAX_DOCUMENT_BYTES + 1);
    over.set(pdf);
    expect((await executeFormAction(uploadDocument({ name: "stor.pdf", bytes: over }), admin, form(fields))).state.fieldErrors).toEqual({
      file: ["agreement.documents.refusals.tooLarge"],
    });
    const limit = over.subarray(0, MAX_DOCUMENT_BYTES);
    const { state, result } = await executeFormAction(uploadDocument({ name: "max.pdf", bytes: limit }), admin, form(fields));
    expect(state.status).toBe("success");
    expect((await prisma().agreementDocument.findUniqueOrThrow({ where: { id: result!.documentId }, select: { size: true } })).size).toBe(MAX_DOCUMENT_BYTES);
  });

  it("takes uploads through the route's request handling, refusing an oversized body unread", async () => {
    const admin = await actorFor(ADMIN);
    const accepted = await handleUpload(uploadRequest(new Blob([encode("Bilaga 1: verksamhetsplan")], { type: "text/plain" }), "bilaga.txt"), admin);
    expect(accepted.status).toBe("success");
    expect(await prisma().agreementDocument.count({ where: { fileName: "bilaga.txt", contentType: "text/plain" } })).toBe(1);

    const tooLarge = await handleUpload(uploadRequest(new Blob([pdf, new Uint8Array(MAX_DOCUMENT_BYTES + 300 * 1024)])), admin);
    expect(tooLarge).toMatchObject({ status: "error", fieldErrors: { file: ["agreement.documents.refusals.tooLarge"] } });
    const missing = await handleUpload(uploadRequest(null), admin);
    expect(missing.fieldErrors).toEqual({ file: ["agreement.documents.refusals.empty"] });
    const signedOut = await handleUpload(uploadRequest(new Blob([pdf])), null);
    expect(signedOut.message).toBe("errors.signedOut");
  });

  it("accepts posts from this site only", () => {
    expect(isSameOrigin(uploadRequest(null))).toBe(true);
    expect(isSameOrigin(uploadRequest(null, "x.pdf", "https://evil.example"))).toBe(false);
    expect(isSameOrigin(new Request("http://localhost:3000/api/agreement/documents", { method: "POST", headers: { host: "localhost:3000" } }))).toBe(false);
  });

  // Guards document administration: only administrators upload or remove.
  it("refuses signatories and readers, and lets an administrator remove a document", async () => {
    const document = await prisma().agreementDocument.findFirstOrThrow({ where: { kind: "AGREEMENT_TEXT" } });
    for (const email of [MUNICIPAL_SIGNATORY, READER]) {
      const actor = await actorFor(email);
      expect((await executeFormAction(uploadDocument({ name: "a.pdf", bytes: pdf }), actor, form(fields))).state.message, email).toBe("errors.forbidden");
      expect((await executeFormAction(removeDocument, actor, form({ documentId: document.id }))).state.message, email).toBe("errors.forbidden");
    }
    const { state } = await executeFormAction(removeDocument, await actorFor(ADMIN), form({ documentId: document.id }));
    expect(state.status).toBe("success");
    expect(await prisma().agreementDocument.findUnique({ where: { id: document.id } })).toBeNull();
    expect((await lastEvent("agreement.document_removed")).data).toMatchObject({ before: { title: document.title, size: document.size } });
  });
});
