import { describe, expect, it } from "vitest";
import enAgreement from "@/features/agreement/messages.en.json";
import svAgreement from "@/features/agreement/messages.sv.json";
import enImport from "@/features/import/messages.en.json";
import svImport from "@/features/import/messages.sv.json";
import enMeetings from "@/features/meetings/messages.en.json";
import svMeetings from "@/features/meetings/messages.sv.json";
import { exceedsUploadLimit, limitInMegabytes, SERVER_ACTION_BODY_LIMIT_BYTES, UPLOAD_LIMITS, uploadRequestLimit } from "./upload-limits";

describe("upload limits", () => {
  // The refusal a person reads must name the limit the server applies.
  it("are the ones the forms' messages name, in both languages", () => {
    const named = (text: string, megabytes: number) => expect(text).toContain(`${megabytes} MB`);
    for (const messages of [svImport, enImport]) named(messages.import.fileErrors.tooLarge, limitInMegabytes("membershipImportCsv"));
    for (const messages of [svAgreement, enAgreement]) named(messages.agreement.documents.refusals.tooLarge, limitInMegabytes("agreementDocument"));
    for (const messages of [svMeetings, enMeetings]) named(messages.meetings.documents.refusals.tooLarge, limitInMegabytes("meetingDocument"));
  });

  it("leave a server action room for the import's file twice, so a file at the limit reaches the form's own check", () => {
    expect(SERVER_ACTION_BODY_LIMIT_BYTES).toBeGreaterThan(2 * UPLOAD_LIMITS.membershipImportCsv);
    expect(uploadRequestLimit("meetingDocument")).toBeGreaterThan(UPLOAD_LIMITS.meetingDocument);
  });

  it("refuse a file one byte over the limit and accept one at it", () => {
    expect(exceedsUploadLimit("membershipImportCsv", UPLOAD_LIMITS.membershipImportCsv)).toBe(false);
    expect(exceedsUploadLimit("membershipImportCsv", UPLOAD_LIMITS.membershipImportCsv + 1)).toBe(true);
  });
});
