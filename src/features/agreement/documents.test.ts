import { describe, expect, it } from "vitest";
import { cleanFileName, contentDisposition, judgeDocument, MAX_DOCUMENT_BYTES } from "./documents";

const text = (value: string) => new TextEncoder().encode(value);
const pdf = text("%PDF-1.7\n1 0 obj\n");
const docx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...text("....[Content_Types].xml....word/document.xml")]);

describe("agreement documents", () => {
  it("accept PDF, DOCX and plain text, judged by content as well as name", () => {
    expect(judgeDocument("Avtal.pdf", pdf)).toEqual({ contentType: "application/pdf" });
    expect(judgeDocument("BILAGA.PDF", pdf)).toEqual({ contentType: "application/pdf" });
    expect(judgeDocument("Avtal.docx", docx)).toEqual({ contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" });
    expect(judgeDocument("avtal.txt", text("Avtal om strategiskt partnerskap – åäö"))).toEqual({ contentType: "text/plain" });
  });

  it("refuse other types, and content that is not what the name says", () => {
    expect(judgeDocument("avtal.exe", pdf)).toEqual({ refusal: "typeNotAllowed" });
    expect(judgeDocument("avtal.doc", pdf)).toEqual({ refusal: "typeNotAllowed" });
    expect(judgeDocument("avtal", pdf)).toEqual({ refusal: "typeNotAllowed" });
    expect(judgeDocument("avtal.pdf", text("<html>not a pdf</html>"))).toEqual({ refusal: "contentMismatch" });
    // A ZIP that is not a Word document (no word/ parts).
    expect(judgeDocument("avtal.docx", new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...text("xl/workbook.xml")]))).toEqual({ refusal: "contentMismatch" });
    expect(judgeDocument("avtal.txt", new Uint8Array([0x41, 0x00, 0x42]))).toEqual({ refusal: "contentMismatch" });
    expect(judgeDocument("avtal.txt", new Uint8Array([0xc3, 0x28]))).toEqual({ refusal: "contentMismatch" });
  });

  it("refuse empty files and files over 10 MB; exactly 10 MB is allowed", () => {
    expect(judgeDocument("avtal.pdf", new Uint8Array())).toEqual({ refusal: "empty" });
    const limit = new Uint8Array(MAX_DOCUMENT_BYTES);
    limit.set(pdf);
    expect(judgeDocument("avtal.pdf", limit)).toEqual({ contentType: "application/pdf" });
    const over = new Uint8Array(MAX_DOCUMENT_BYTES + 1);
    over.set(pdf);
    expect(judgeDocument("avtal.pdf", over)).toEqual({ refusal: "tooLarge" });
  });

  it("keep a clean file name, and give it to downloads in ASCII and UTF-8", () => {
    expect(cleanFileName("C:\\Users\\maria\\Avtal 2021.pdf")).toBe("Avtal 2021.pdf");
    expect(cleanFileName('../../etc/"passwd".txt')).toBe("passwd.txt");
    expect(cleanFileName(`${"a".repeat(300)}.pdf`)).toHaveLength(200);
    expect(cleanFileName(`${"a".repeat(300)}.pdf`).endsWith(".pdf")).toBe(true);
    expect(contentDisposition("Bilaga 1 – Avtal för Södertörn.pdf")).toBe(
      "attachment; filename=\"Bilaga 1 _ Avtal for Sodertorn.pdf\"; filename*=UTF-8''Bilaga%201%20%E2%80%93%20Avtal%20f%C3%B6r%20S%C3%B6dert%C3%B6rn.pdf",
    );
  });
});
