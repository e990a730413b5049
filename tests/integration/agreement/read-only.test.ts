import { beforeAll, describe, expect, it } from "vitest";
import { approveAmendment, proposeAmendment, rejectAmendment } from "@/features/agreement/amendment-definitions";
import { addEscalationStep, raiseDispute, resolveDispute } from "@/features/agreement/dispute-definitions";
import { removeDocument, uploadDocument } from "@/features/agreement/document-definitions";
import { registerNotice, withdrawNotice } from "@/features/agreement/notice-definitions";
import { getAgreementPage } from "@/features/agreement/queries";
import { addSignatory, editRecord, removeSignatory } from "@/features/agreement/record-definitions";
import { executeFormAction } from "@/server/actions/form-action";
import { actorFor, ADMIN, auditCount, form, MUNICIPAL_SIGNATORY, prisma, registerSignatories, seed, seededSignatory, today, type Fixture } from "./agreement-fixtures";

let fixture: Fixture;
const pdf = new TextEncoder().encode("%PDF-1.7\n");

beforeAll(async () => {
  fixture = await seed();
  await registerSignatories(fixture);
  const agreementId = fixture.agreementId;
  // Things an ended agreement still has: a pending amendment, an open dispute, a document.
  const admin = await actorFor(ADMIN);
  await executeFormAction(proposeAmendment, admin, form({ terms: "purpose", purpose: "Nytt syfte.", reason: "Skäl.", effectiveDate: today() }));
  await executeFormAction(raiseDispute, admin, form({ disputePartyId: fixture.municipalityId, subject: "Publicering", raisedOn: today() }));
  await executeFormAction(uploadDocument({ name: "avtal.pdf", bytes: pdf }), admin, form({ documentKind: "AGREEMENT_TEXT", documentTitle: "Avtalet" }));
  // Time passes: notice received in March 2022 ended the agreement on 31 December 2022. (The
  // application refuses to register such a notice today, so it is written directly.)
  await prisma().agreementNotice.create({
    data: { agreementId, partyId: fixture.universityId, receivedOn: new Date("2022-03-01"), endDate: new Date("2022-12-31"), noticePeriodMonths: 6, endsAtYearEnd: true },
  });
});

describe("after its end date the agreement is read-only", () => {
  it("is shown as ended", async () => {
    const page = await getAgreementPage(fixture.partnershipId);
    expect(page!.end).toEqual({ endDate: new Date("2022-12-31T00:00:00Z"), reason: "NOTICE", ended: true });
    expect(page!.ifNoticeToday).toBeNull();
    expect(page!.reminders).toEqual([]);
  });

  // Guards read-only: every mutating action refuses, for administrators and signatories alike.
  it("refuses every change, and writes nothing", async () => {
    const admin = await actorFor(ADMIN);
    const signatory = await actorFor(MUNICIPAL_SIGNATORY);
    const notice = await prisma().agreementNotice.findFirstOrThrow();
    const amendment = await prisma().agreementAmendment.findFirstOrThrow();
    const dispute = await prisma().agreementDispute.findFirstOrThrow();
    const document = await prisma().agreementDocument.findFirstOrThrow();
    const university = await seededSignatory(fixture.universityId);
    const person = await prisma().person.findFirstOrThrow({ where: { name: "Eva Lundgren" } });
    const agreement = await prisma().agreement.findUniqueOrThrow({ where: { id: fixture.agreementId } });
    const before = { events: await auditCount(), agreement };

    const attempts = [
      ["register notice", registerNotice, signatory, { noticePartyId: fixture.municipalityId, receivedOn: today() }],
      ["withdraw notice", withdrawNotice, admin, { noticeId: notice.id, consentSignatoryId: (await seededSignatory(fixture.municipalityId)).id, consentGivenOn: today() }],
      ["propose amendment", proposeAmendment, signatory, { terms: "noticePeriodMonths", noticePeriodMonths: "3", reason: "Skäl.", effectiveDate: today() }],
      ["approve amendment", approveAmendment, signatory, { amendmentId: amendment.id, partyId: fixture.municipalityId }],
      ["approve on behalf", approveAmendment, admin, { amendmentId: amendment.id, partyId: fixture.universityId, signatoryId: university.id }],
      ["reject amendment", rejectAmendment, admin, { amendmentId: amendment.id }],
      ["raise dispute", raiseDispute, admin, { disputePartyId: fixture.municipalityId, subject: "Ny tvist", raisedOn: today() }],
      ["escalate dispute", addEscalationStep, admin, { disputeId: dispute.id, level: "STEERING_GROUP", takenOn: today() }],
      ["resolve dispute", resolveDispute, admin, { disputeId: dispute.id, resolvedOn: today(), resolution: "Löst." }],
      ["upload document", uploadDocument({ name: "bilaga.pdf", bytes: pdf }), admin, { documentKind: "ANNEX", documentTitle: "Bilaga" }],
      ["remove document", removeDocument, admin, { documentId: document.id }],
      ["edit record", editRecord, admin, { version: String(agreement.version), recordTitle: "Ny rubrik", signingDate: "2021-11-15" }],
      ["add signatory", addSignatory, admin, { signatoryPartyId: fixture.municipalityId, signatoryPersonId: person.id, signatoryTitle: "Direktör" }],
      ["remove signatory", removeSignatory, admin, { signatoryId: university.id }],
    ] as const;
    for (const [name, definition, actor, fields] of attempts) {
      const { state } = await executeFormAction(definition as Parameters<typeof executeFormAction>[0], actor, form(fields));
      expect(state.message, name).toBe("agreement.refusals.ended");
    }

    expect(await auditCount()).toBe(before.events);
    expect(await prisma().agreement.findUniqueOrThrow({ where: { id: fixture.agreementId } })).toEqual(before.agreement);
    expect(await prisma().agreementNotice.count()).toBe(1);
    expect(await prisma().agreementDispute.count()).toBe(1);
    expect(await prisma().agreementDocument.count()).toBe(1);
    expect((await prisma().agreementAmendment.findFirstOrThrow()).status).toBe("PROPOSED");
    expect(await prisma().agreementSignatory.count({ where: { removedAt: { not: null } } })).toBe(0);
  });
});
