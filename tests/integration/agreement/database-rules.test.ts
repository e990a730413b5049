import { beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKind } from "../../support/test-database";
import { prisma, seed, seededSignatory, type Fixture } from "./agreement-fixtures";

/**
 * The agreement's rules written by hand into its migration hold in the database itself, whatever
 * code writes to it. Each refusal is paired with an accepted write that differs only in the rule.
 */
/** A raw query's failure names the constraint under `meta.driverAdapterError`. */
async function refusal(query: Promise<unknown>): Promise<string> {
  try {
    await query;
  } catch (error) {
    const adapterError = (error as { meta?: { driverAdapterError?: { message?: string } } }).meta?.driverAdapterError;
    return `${(error as Error).message} ${adapterError?.message ?? ""}`;
  }
  return "accepted";
}

describe(`the agreement's database rules on ${testDatabaseKind()}`, () => {
  let fixture: Fixture;

  beforeAll(async () => {
    fixture = await seed();
  });

  const version = (number: number, overrides: Record<string, unknown> = {}) => ({
    agreementId: fixture.agreementId,
    number,
    effectiveDate: new Date("2030-01-01"),
    purpose: "Syfte",
    focusAreas: ["EDUCATION_AND_COMPETENCE" as const],
    dimensions: ["SOCIAL" as const],
    rightsClause: "Rättigheter",
    disputeClause: "Tvister",
    startDate: new Date("2022-01-01"),
    ...overrides,
  });

  it("refuses a notice period under one month and a fixed end on or before the start", async () => {
    const amendment = (number: number) =>
      prisma().agreementAmendment.create({ data: { agreementId: fixture.agreementId, number, reason: "Skäl", changes: { purpose: "x" }, baseVersionNumber: 1, proposedEffectiveDate: new Date("2030-01-01"), status: "APPROVED", decidedAt: new Date() } });
    await expect(prisma().agreementTermsVersion.create({ data: version(2, { amendmentId: (await amendment(1)).id, noticePeriodMonths: 0 }) })).rejects.toThrow(
      /AgreementTermsVersion_notice_period_valid/,
    );
    await expect(prisma().agreementTermsVersion.create({ data: version(2, { amendmentId: (await amendment(2)).id, endDate: new Date("2022-01-01"), effectiveDate: new Date("2022-01-01") }) })).rejects.toThrow(
      /AgreementTermsVersion_period_valid/,
    );
    await expect(prisma().agreementTermsVersion.create({ data: version(2, { amendmentId: (await amendment(3)).id, dimensions: [] }) })).rejects.toThrow(
      /AgreementTermsVersion_content_present/,
    );
    // Only the first version comes without an amendment.
    await expect(prisma().agreementTermsVersion.create({ data: version(2) })).rejects.toThrow(/AgreementTermsVersion_amendment_after_first/);
    await expect(prisma().agreementTermsVersion.create({ data: version(2, { amendmentId: (await amendment(4)).id, endDate: new Date("2040-12-31") }) })).resolves.toBeDefined();
  });

  it("never changes a terms version once written", async () => {
    const first = await prisma().agreementTermsVersion.findFirstOrThrow({ where: { agreementId: fixture.agreementId, number: 1 } });
    await expect(prisma().agreementTermsVersion.update({ where: { id: first.id }, data: { noticePeriodMonths: 3 } })).rejects.toThrow(/immutable/);
    expect((await prisma().agreementTermsVersion.findUniqueOrThrow({ where: { id: first.id } })).noticePeriodMonths).toBe(6);
  });

  it("refuses a withdrawn notice without the other party's consent recorded", async () => {
    const notice = await prisma().agreementNotice.create({
      data: { agreementId: fixture.agreementId, partyId: fixture.municipalityId, receivedOn: new Date("2030-03-01"), endDate: new Date("2030-12-31"), noticePeriodMonths: 6, endsAtYearEnd: true },
    });
    await expect(prisma().agreementNotice.update({ where: { id: notice.id }, data: { withdrawnAt: new Date() } })).rejects.toThrow(/AgreementNotice_withdrawal_has_consent/);
    const consent = await seededSignatory(fixture.universityId);
    await expect(
      prisma().agreementNotice.update({ where: { id: notice.id }, data: { withdrawnAt: new Date(), consentSignatoryId: consent.id, consentGivenOn: new Date("2030-03-02") } }),
    ).resolves.toBeDefined();
    await expect(
      prisma().agreementNotice.create({
        data: { agreementId: fixture.agreementId, partyId: fixture.universityId, receivedOn: new Date("2030-03-01"), endDate: new Date("2030-02-28"), noticePeriodMonths: 6, endsAtYearEnd: true },
      }),
    ).rejects.toThrow(/AgreementNotice_ends_on_or_after_receipt/);
  });

  it("refuses documents over 10 MB, of other types, or whose size does not match", async () => {
    const insert = (size: number, length: number, contentType = "application/pdf") =>
      prisma().$executeRaw`
        INSERT INTO "AgreementDocument" ("id", "agreementId", "kind", "title", "fileName", "contentType", "size", "sha256", "content")
        VALUES (gen_random_uuid()::text, ${fixture.agreementId}, 'ANNEX', 'Bilaga', 'bilaga.pdf', ${contentType}, ${size}, ${"0".repeat(64)}, decode(repeat('00', ${length}), 'hex'))`;
    await expect(refusal(insert(10 * 1024 * 1024 + 1, 10 * 1024 * 1024 + 1))).resolves.toMatch(/AgreementDocument_size_valid/);
    await expect(refusal(insert(10, 11))).resolves.toMatch(/AgreementDocument_size_valid/);
    await expect(refusal(insert(10, 10, "application/x-msdownload"))).resolves.toMatch(/AgreementDocument_type_allowed/);
    await expect(insert(10, 10)).resolves.toBe(1);
  });

  it("refuses a resolved dispute without its resolution", async () => {
    const dispute = { agreementId: fixture.agreementId, subject: "Tvist", raisedByPartyId: fixture.municipalityId, raisedOn: new Date("2030-01-01") };
    await expect(prisma().agreementDispute.create({ data: { ...dispute, number: 1, status: "RESOLVED", resolvedOn: new Date("2030-02-01") } })).rejects.toThrow(
      /AgreementDispute_resolution_complete/,
    );
    await expect(prisma().agreementDispute.create({ data: { ...dispute, number: 1, status: "RESOLVED", resolvedOn: new Date("2030-02-01"), resolution: "Löst" } })).resolves.toBeDefined();
  });
});
