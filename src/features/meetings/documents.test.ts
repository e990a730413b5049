import { describe, expect, it } from "vitest";
import { judgeMeetingDocument, MAX_MEETING_DOCUMENT_BYTES, MEETING_DOCUMENT_ACCEPT } from "./documents";

const text = (value: string) => new TextEncoder().encode(value);
const zip = (parts: string) => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...text(`....[Content_Types].xml....${parts}`)]);
const pdf = text("%PDF-1.7\n1 0 obj\n");

describe("underlag types", () => {
  it("accept PDF, DOCX, XLSX, PPTX and plain text, judged by content as well as name", () => {
    expect(judgeMeetingDocument("Verksamhetsplan.PDF", pdf)).toEqual({ contentType: "application/pdf" });
    expect(judgeMeetingDocument("plan.docx", zip("word/document.xml"))).toEqual({ contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" });
    expect(judgeMeetingDocument("budget.xlsx", zip("xl/workbook.xml"))).toEqual({ contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
    expect(judgeMeetingDocument("bilder.pptx", zip("ppt/presentation.xml"))).toEqual({ contentType: "application/vnd.openxmlformats-officedocument.presentationml.presentation" });
    expect(judgeMeetingDocument("anteckningar.txt", text("Dagordning – åäö"))).toEqual({ contentType: "text/plain" });
  });

  it("refuse other types, and content that is not what the name says", () => {
    expect(judgeMeetingDocument("virus.exe", pdf)).toEqual({ refusal: "typeNotAllowed" });
    expect(judgeMeetingDocument("gammal.doc", pdf)).toEqual({ refusal: "typeNotAllowed" });
    expect(judgeMeetingDocument("utan-filändelse", pdf)).toEqual({ refusal: "typeNotAllowed" });
    expect(judgeMeetingDocument("constructor", pdf)).toEqual({ refusal: "typeNotAllowed" });
    expect(judgeMeetingDocument("x.constructor", pdf)).toEqual({ refusal: "typeNotAllowed" });
    expect(judgeMeetingDocument("plan.pdf", text("<html>ingen pdf</html>"))).toEqual({ refusal: "contentMismatch" });
    // An Office file of another kind under the wrong name.
    expect(judgeMeetingDocument("budget.xlsx", zip("word/document.xml"))).toEqual({ refusal: "contentMismatch" });
    expect(judgeMeetingDocument("bilder.pptx", zip("xl/workbook.xml"))).toEqual({ refusal: "contentMismatch" });
    expect(judgeMeetingDocument("plan.docx", pdf)).toEqual({ refusal: "contentMismatch" });
    expect(judgeMeetingDocument("a.txt", new Uint8Array([0x41, 0x00, 0x42]))).toEqual({ refusal: "contentMismatch" });
    expect(judgeMeetingDocument("a.txt", new Uint8Array([0xc3, 0x28]))).toEqual({ refusal: "contentMismatch" });
  });

  it("refuse empty files and files over 10 MB; exactly 10 MB is allowed", () => {
    expect(judgeMeetingDocument("a.pdf", new Uint8Array())).toEqual({ refusal: "empty" });
    const limit = new Uint8Array(MAX_MEETING_DOCUMENT_BYTES);
    limit.set(pdf);
    expect(judgeMeetingDocument("a.pdf", limit)).toEqual({ contentType: "application/pdf" });
    const over = new Uint8Array(MAX_MEETING_DOCUMENT_BYTES + 1);
    over.set(pdf);
    expect(judgeMeetingDocument("a.pdf", over)).toEqual({ refusal: "tooLarge" });
  });

  it("offer the same types to the file picker", () => {
    for (const extension of [".pdf", ".docx", ".xlsx", ".pptx", ".txt", "application/pdf"]) expect(MEETING_DOCUMENT_ACCEPT.split(",")).toContain(extension);
  });
});
