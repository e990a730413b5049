import { beforeAll, describe, expect, it } from "vitest";
import { addAgendaItem } from "@/features/meetings/agenda-definitions";
import { removeMeetingDocument, uploadMeetingDocument } from "@/features/meetings/document-definitions";
import { MAX_MEETING_DOCUMENT_BYTES } from "@/features/meetings/documents";
import { getMeetingDocumentForDownload, getMeetingPage } from "@/features/meetings/queries";
import { handleMeetingUpload, isSameOrigin } from "@/features/meetings/upload";
import { meetingViewerFor } from "@/features/meetings/viewer";
import { executeFormAction } from "@/server/actions/form-action";
import type { Actor } from "@/server/auth/actor";
import { ADMIN, actorFor, auditCount, CONTRIBUTOR, form, FUTURE_YEAR, lastEvent, makeWorkingGroupSecretary, prisma, READER, schedule, seed, STEERING_CHAIR, WORKING_CHAIR, type Fixture } from "./meeting-fixtures";

let fixture: Fixture;
let meetingId: string;
let otherMeetingId: string;

const encode = (text: string) => new TextEncoder().encode(text);
const pdf = encode("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n");
const xlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...encode("....[Content_Types].xml....xl/workbook.xml")]);

beforeAll(async () => {
  fixture = await seed();
  await makeWorkingGroupSecretary(fixture);
  meetingId = await schedule(fixture.workingGroupId, { meetingDate: `${FUTURE_YEAR}-03-10` });
  otherMeetingId = await schedule(fixture.workingGroupId, { meetingDate: `${FUTURE_YEAR}-10-06` });
});

const access = async (actor: Actor) => ({ viewer: await meetingViewerFor(actor), partnershipId: actor.partnershipId });
const upload = async (email: string, name: string, bytes: Uint8Array, fields: Record<string, string> = {}) =>
  executeFormAction(uploadMeetingDocument({ name, bytes }), await actorFor(email), form({ meetingId, documentTitle: "Underlag", ...fields }));

function uploadRequest(file: Blob | null, name = "underlag.pdf", origin = "http://localhost:3000"): Request {
  const body = new FormData();
  body.set("documentTitle", "Verksamhetsplan, utkast");
  body.set("meetingId", "ignored: the URL names the meeting");
  if (file) body.set("file", file, name);
  return new Request(`http://localhost:3000/api/meetings/${meetingId}/documents`, { method: "POST", body, headers: { origin, host: "localhost:3000" } });
}

describe("underlag", () => {
  it("stores a file linked to an agenda item and gives it back whole to the group's members", async () => {
    const admin = await actorFor(ADMIN);
    const added = await executeFormAction(addAgendaItem, admin, form({ meetingId, itemTitle: "Budget", itemType: "DECISION" }));
    const { state, result } = await upload(ADMIN, "C:\\Dokument\\Budget 2030.xlsx", xlsx, { documentTitle: "Budgetförslag", agendaItemId: added.result!.itemId });
    expect(state).toMatchObject({ status: "success", message: "meetings.documents.uploadedMessage" });
    const stored = await getMeetingDocumentForDownload(meetingId, result!.documentId, await access(await actorFor(WORKING_CHAIR)));
    expect(stored).toMatchObject({ fileName: "Budget 2030.xlsx", contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", size: xlsx.length });
    expect(Array.from(stored!.content)).toEqual(Array.from(xlsx));
    expect((await lastEvent("meeting.document_uploaded")).data).toMatchObject({ meetingId, after: { fileName: "Budget 2030.xlsx", size: xlsx.length, agendaItemId: added.result!.itemId } });

    const page = await getMeetingPage(meetingId, await access(await actorFor(WORKING_CHAIR)));
    expect(page!.documents).toEqual([expect.objectContaining({ title: "Budgetförslag", uploadedBy: "Maria Lindqvist", agendaItem: expect.objectContaining({ title: "Budget" }) })]);
    expect(page!.agenda.items[0]!.documents).toEqual([{ id: result!.documentId, title: "Budgetförslag" }]);
  });

  // Guards underlag: only the group's members (and administrators) see or download it.
  it("hides underlag from signed-in users outside the group and from visitors", async () => {
    const document = await prisma().meetingDocument.findFirstOrThrow({ where: { meetingId } });
    for (const email of [STEERING_CHAIR, READER]) {
      const actor = await actorFor(email);
      expect(await getMeetingDocumentForDownload(meetingId, document.id, await access(actor)), email).toBeNull();
      const page = await getMeetingPage(meetingId, await access(actor));
      expect(page!.documents, email).toBeNull();
      expect(page!.agenda.items[0]!.documents, email).toEqual([]);
    }
    expect(await getMeetingDocumentForDownload(meetingId, document.id, { viewer: null, partnershipId: null })).toBeNull();
    // Named with another meeting of the group: not found either.
    expect(await getMeetingDocumentForDownload(otherMeetingId, document.id, await access(await actorFor(ADMIN)))).toBeNull();
    expect(await getMeetingDocumentForDownload(meetingId, document.id, { ...(await access(await actorFor(ADMIN))), partnershipId: "another-partnership" })).toBeNull();
  });

  it("refuses other types, content that is not what its name says, empty files and files over 10 MB", async () => {
    const count = await prisma().meetingDocument.count();
    const events = await auditCount();
    expect((await upload(ADMIN, "underlag.exe", pdf)).state.fieldErrors).toEqual({ file: ["meetings.documents.refusals.typeNotAllowed"] });
    expect((await upload(ADMIN, "underlag.doc", pdf)).state.fieldErrors).toEqual({ file: ["meetings.documents.refusals.typeNotAllowed"] });
    expect((await upload(ADMIN, "underlag.pdf", encode("<script>alert(1)</script>"))).state.fieldErrors).toEqual({ file: ["meetings.documents.refusals.contentMismatch"] });
    expect((await upload(ADMIN, "underlag.pptx", xlsx)).state.fieldErrors).toEqual({ file: ["meetings.documents.refusals.contentMismatch"] });
    expect((await upload(ADMIN, "underlag.txt", new Uint8Array())).state.fieldErrors).toEqual({ file: ["meetings.documents.refusals.empty"] });
    const over = new Uint8Array(MAX_MEETING_DOCUMENT_BYTES + 1);
    over.set(pdf);
    expect((await upload(ADMIN, "stor.pdf", over)).state.fieldErrors).toEqual({ file: ["meetings.documents.refusals.tooLarge"] });
    expect((await upload(ADMIN, "x.pdf", pdf, { agendaItemId: "item-of-another-meeting" })).state.fieldErrors).toEqual({ agendaItemId: ["validation.invalid"] });
    expect([await prisma().meetingDocument.count(), await auditCount()]).toEqual([count, events]);

    const limit = over.subarray(0, MAX_MEETING_DOCUMENT_BYTES);
    const { state, result } = await upload(ADMIN, "max.pdf", limit);
    expect(state.status).toBe("success");
    expect((await prisma().meetingDocument.findUniqueOrThrow({ where: { id: result!.documentId }, select: { size: true } })).size).toBe(MAX_MEETING_DOCUMENT_BYTES);
  });

  it("takes uploads through the route's request handling, for the meeting in the URL, refusing an oversized body unread", async () => {
    const admin = await actorFor(ADMIN);
    const accepted = await handleMeetingUpload(uploadRequest(new Blob([encode("Dagordning och underlag")], { type: "text/plain" }), "dagordning.txt"), meetingId, admin);
    expect(accepted.status).toBe("success");
    expect(await prisma().meetingDocument.count({ where: { meetingId, fileName: "dagordning.txt", contentType: "text/plain" } })).toBe(1);

    const tooLarge = await handleMeetingUpload(uploadRequest(new Blob([pdf, new Uint8Array(MAX_MEETING_DOCUMENT_BYTES + 300 * 1024)])), meetingId, admin);
    expect(tooLarge).toMatchObject({ status: "error", fieldErrors: { file: ["meetings.documents.refusals.tooLarge"] } });
    expect((await handleMeetingUpload(uploadRequest(null), meetingId, admin)).fieldErrors).toEqual({ file: ["meetings.documents.refusals.empty"] });
    expect((await handleMeetingUpload(uploadRequest(new Blob([pdf])), meetingId, null)).message).toBe("errors.signedOut");
    expect(isSameOrigin(uploadRequest(null, "x.pdf", "https://evil.example"))).toBe(false);
  });

  // Guards uploads and removals: the group's managers only (a working-group secretary counts; members do not).
  it("lets the group's secretary upload and remove, and refuses members, readers and people outside the group", async () => {
    const count = await prisma().meetingDocument.count();
    const events = await auditCount();
    for (const email of [WORKING_CHAIR, STEERING_CHAIR, READER]) {
      expect((await upload(email, "a.pdf", pdf)).state.message, email).toBe("errors.forbidden");
    }
    const document = await prisma().meetingDocument.findFirstOrThrow({ where: { meetingId }, orderBy: { uploadedAt: "asc" } });
    // A member sees the underlag and is refused; to people outside the group (who may not see it, as
    // the download answers 404) the document does not exist, as for an unknown id.
    expect((await executeFormAction(removeMeetingDocument, await actorFor(WORKING_CHAIR), form({ documentId: document.id }))).state.message).toBe("errors.forbidden");
    for (const email of [READER, STEERING_CHAIR]) {
      expect((await executeFormAction(removeMeetingDocument, await actorFor(email), form({ documentId: document.id }))).state.message, email).toBe("errors.notFound");
      expect((await executeFormAction(removeMeetingDocument, await actorFor(email), form({ documentId: "no-such-document" }))).state.message, email).toBe("errors.notFound");
    }
    expect([await prisma().meetingDocument.count(), await auditCount()]).toEqual([count, events]);

    expect((await upload(CONTRIBUTOR, "protokollsunderlag.pdf", pdf)).state.status).toBe("success");
    const { state } = await executeFormAction(removeMeetingDocument, await actorFor(CONTRIBUTOR), form({ documentId: document.id }));
    expect(state).toMatchObject({ status: "success", message: "meetings.documents.removed" });
    expect(await prisma().meetingDocument.findUnique({ where: { id: document.id }, select: { id: true } })).toBeNull();
    expect((await lastEvent("meeting.document_removed")).data).toMatchObject({ before: { title: document.title, size: document.size } });
  });

  it("is refused by the database too when larger than 10 MB or of another type", async () => {
    const insert = (contentType: string, bytes: Uint8Array) =>
      prisma().$executeRaw`
        INSERT INTO "MeetingDocument" ("id", "meetingId", "title", "fileName", "contentType", "size", "sha256", "content")
        VALUES (${crypto.randomUUID()}, ${meetingId}, 'x', 'x.bin', ${contentType}, ${bytes.length}, ${"0".repeat(64)}, decode(${Buffer.from(bytes).toString("base64")}, 'base64'))`;
    await expect(insert("application/x-msdownload", pdf)).rejects.toThrow();
    await expect(insert("application/pdf", new Uint8Array(MAX_MEETING_DOCUMENT_BYTES + 1))).rejects.toThrow();
  });
});
