import { beforeAll, describe, expect, it } from "vitest";
import { approveAmendment, proposeAmendment, rejectAmendment } from "@/features/agreement/amendment-definitions";
import { addDays, isoDay } from "@/features/agreement/dates";
import { stockholmDay } from "@/lib/stockholm-day";
import { getAgreementPage } from "@/features/agreement/queries";
import { compareTerms } from "@/features/agreement/terms";
import { executeFormAction } from "@/server/actions/form-action";
import {
  actorFor,
  ADMIN,
  auditCount,
  form,
  lastEvent,
  MUNICIPAL_SIGNATORY,
  prisma,
  READER,
  registerSignatories,
  seed,
  seededSignatory,
  today,
  UNIVERSITY_SIGNATORY,
  type Fixture,
} from "./agreement-fixtures";

let fixture: Fixture;

beforeAll(async () => {
  fixture = await seed();
  await registerSignatories(fixture);
});

const proposal = (fields: Record<string, string | string[]> = {}) =>
  form({ terms: ["noticePeriodMonths", "rightsClause"], noticePeriodMonths: "12", rightsClause: "Resultaten får publiceras fritt, med hänvisning till partnerskapet.", reason: "Längre framförhållning.", effectiveDate: today(), ...fields });

const amendmentNumbered = (number: number) => prisma().amendmentApproval.findMany({ where: { amendment: { number } } });

describe("proposing an amendment", () => {
  it("is refused to readers", async () => {
    const { state } = await executeFormAction(proposeAmendment, await actorFor(READER), proposal());
    expect(state.message).toBe("errors.forbidden");
    expect(await prisma().agreementAmendment.count()).toBe(0);
  });

  it("needs named terms that change, a reason and a day not in the past", async () => {
    const admin = await actorFor(ADMIN);
    const nothing = await executeFormAction(proposeAmendment, admin, form({ reason: "", effectiveDate: today() }));
    expect(nothing.state.fieldErrors).toEqual({ terms: ["validation.required"], reason: ["validation.required"] });

    const badValue = await executeFormAction(proposeAmendment, admin, proposal({ noticePeriodMonths: "0" }));
    expect(badValue.state.fieldErrors).toEqual({ noticePeriodMonths: ["validation.invalid"] });

    const unchanged = await executeFormAction(proposeAmendment, admin, proposal({ terms: "noticePeriodMonths", noticePeriodMonths: "6" }));
    expect(unchanged.state.fieldErrors).toEqual({ terms: ["agreement.amendments.refusals.unchanged"] });

    const past = await executeFormAction(proposeAmendment, admin, proposal({ effectiveDate: "2023-01-01" }));
    expect(past.state.fieldErrors).toEqual({ effectiveDate: ["agreement.amendments.refusals.effectiveInPast"] });

    const endBeforeStart = await executeFormAction(proposeAmendment, admin, proposal({ terms: "endDate", endDate: "2021-12-31" }));
    expect(endBeforeStart.state.fieldErrors).toEqual({ endDate: ["agreement.amendments.refusals.endBeforeEffective"] });
    expect(await prisma().agreementAmendment.count()).toBe(0);
  });

  it("records a signatory's proposal of named terms with its reason, changing nothing yet", async () => {
    const { state, result } = await executeFormAction(proposeAmendment, await actorFor(MUNICIPAL_SIGNATORY), proposal());
    expect(state).toMatchObject({ status: "success", messageValues: { number: 1 } });
    const amendment = await prisma().agreementAmendment.findUniqueOrThrow({ where: { id: result!.amendmentId } });
    expect(amendment).toMatchObject({ number: 1, status: "PROPOSED", baseVersionNumber: 1, reason: "Längre framförhållning." });
    // Only the named terms, and only what changes.
    expect(amendment.changes).toEqual({ noticePeriodMonths: 12, rightsClause: "Resultaten får publiceras fritt, med hänvisning till partnerskapet." });
    expect((await lastEvent("agreement.amendment_proposed")).data).toMatchObject({ before: { noticePeriodMonths: 6 }, after: { number: 1, changes: { noticePeriodMonths: 12 } } });
    expect(await prisma().agreementTermsVersion.count({ where: { agreementId: fixture.agreementId } })).toBe(1);
  });
});

describe("approving an amendment: valid only when both parties' signatories have approved", () => {
  const amendmentId = async () => (await prisma().agreementAmendment.findFirstOrThrow({ where: { number: 1 } })).id;

  // Guards the two-party rule: nobody approves in the other party's name.
  it("refuses a signatory of one party approving for the other, and readers", async () => {
    const id = await amendmentId();
    const municipal = await executeFormAction(approveAmendment, await actorFor(MUNICIPAL_SIGNATORY), form({ amendmentId: id, partyId: fixture.universityId }));
    expect(municipal.state.message).toBe("errors.forbidden");
    // Naming the other party's signatory is what administrators do; a signatory may not.
    const university = await seededSignatory(fixture.universityId);
    const onBehalf = await executeFormAction(
      approveAmendment,
      await actorFor(MUNICIPAL_SIGNATORY),
      form({ amendmentId: id, partyId: fixture.universityId, signatoryId: university.id }),
    );
    expect(onBehalf.state.message).toBe("errors.forbidden");
    const reader = await executeFormAction(approveAmendment, await actorFor(READER), form({ amendmentId: id, partyId: fixture.municipalityId }));
    expect(reader.state.message).toBe("errors.forbidden");
    // An administrator who is no signatory must name the signatory who approved.
    const admin = await executeFormAction(approveAmendment, await actorFor(ADMIN), form({ amendmentId: id, partyId: fixture.universityId }));
    expect(admin.state.message).toBe("errors.forbidden");
    expect(await amendmentNumbered(1)).toEqual([]);
  });

  it("records one party's approval, who and when; the amendment is not valid yet", async () => {
    const id = await amendmentId();
    const { state, result } = await executeFormAction(approveAmendment, await actorFor(MUNICIPAL_SIGNATORY), form({ amendmentId: id, partyId: fixture.municipalityId }));
    expect(state).toMatchObject({ status: "success", messageValues: { valid: "no" } });
    expect(result).toEqual({ valid: false, versionNumber: null });
    const [approval] = await prisma().amendmentApproval.findMany({ where: { amendmentId: id }, include: { signatory: { include: { person: true } } } });
    expect(approval).toMatchObject({ partyId: fixture.municipalityId, signatory: { person: { name: "Anders Holmberg" } } });
    expect(approval!.approvedAt).toBeInstanceOf(Date);
    expect((await prisma().agreementAmendment.findUniqueOrThrow({ where: { id } })).status).toBe("PROPOSED");
    expect(await prisma().agreementTermsVersion.count()).toBe(1);

    const again = await executeFormAction(approveAmendment, await actorFor(ADMIN), form({ amendmentId: id, partyId: fixture.municipalityId, signatoryId: approval!.signatoryId }));
    expect(again.state.message).toBe("agreement.amendments.refusals.alreadyApproved");
  });

  it("makes a new terms version when the other party's signatory approves", async () => {
    const id = await amendmentId();
    const { state, result } = await executeFormAction(approveAmendment, await actorFor(UNIVERSITY_SIGNATORY), form({ amendmentId: id, partyId: fixture.universityId }));
    expect(state).toMatchObject({ status: "success", messageValues: { valid: "yes", version: 2 } });
    expect(result).toEqual({ valid: true, versionNumber: 2 });

    const amendment = await prisma().agreementAmendment.findUniqueOrThrow({ where: { id }, include: { termsVersion: true } });
    expect(amendment.status).toBe("APPROVED");
    expect(amendment.decidedAt).not.toBeNull();
    expect(amendment.termsVersion).toMatchObject({ number: 2, noticePeriodMonths: 12, endsAtYearEnd: true, rightsClause: "Resultaten får publiceras fritt, med hänvisning till partnerskapet." });
    expect(isoDay(amendment.termsVersion!.effectiveDate)).toBe(today());

    const event = await lastEvent("agreement.amendment_approved");
    expect(event.data).toMatchObject({ before: { status: "PROPOSED" }, after: { party: "Södertörns högskola", signatory: "Sara Nyström", status: "APPROVED", termsVersion: 2, effectiveDate: today() } });

    // The page shows the consolidated terms, the history and a field-by-field comparison.
    const page = await getAgreementPage(fixture.partnershipId);
    expect(page!.current).toMatchObject({ number: 2, amendmentNumber: 1 });
    expect(page!.current.terms.noticePeriodMonths).toBe(12);
    expect(page!.current.terms.purpose).toBe(page!.versions[0]!.terms.purpose);
    expect(page!.versions.map((version) => version.number)).toEqual([1, 2]);
    const changed = compareTerms(page!.versions[0]!.terms, page!.versions[1]!.terms).filter((row) => row.changed).map((row) => row.term);
    expect(changed).toEqual(["rightsClause", "noticePeriodMonths"]);
    // Twelve months' notice to the year-end: notice today ends the agreement at the end of next year.
    const nextYear = Number(today().slice(0, 4)) + 1;
    expect(isoDay(page!.ifNoticeToday!.endDate)).toBe(`${nextYear}-12-31`);
  });

  it("refuses to approve a decided amendment", async () => {
    const id = await amendmentId();
    const university = await seededSignatory(fixture.universityId);
    const { state } = await executeFormAction(approveAmendment, await actorFor(ADMIN), form({ amendmentId: id, partyId: fixture.universityId, signatoryId: university.id }));
    expect(state.message).toBe("agreement.amendments.refusals.notProposed");
  });

  it("lets an administrator record signatories' approvals on their behalf; a future day is kept", async () => {
    const admin = await actorFor(ADMIN);
    const effective = isoDay(addDays(stockholmDay(new Date()), 40));
    const { result } = await executeFormAction(proposeAmendment, admin, proposal({ terms: "endDate", endDate: "2035-12-31", effectiveDate: effective }));
    const municipal = await seededSignatory(fixture.municipalityId);
    const university = await seededSignatory(fixture.universityId);
    // A person who is not the party's signatory cannot be named.
    const wrong = await executeFormAction(approveAmendment, admin, form({ amendmentId: result!.amendmentId, partyId: fixture.municipalityId, signatoryId: university.id }));
    expect(wrong.state.fieldErrors).toEqual({ signatoryId: ["validation.invalid"] });

    await executeFormAction(approveAmendment, admin, form({ amendmentId: result!.amendmentId, partyId: fixture.municipalityId, signatoryId: municipal.id }));
    const { result: approved } = await executeFormAction(approveAmendment, admin, form({ amendmentId: result!.amendmentId, partyId: fixture.universityId, signatoryId: university.id }));
    expect(approved).toEqual({ valid: true, versionNumber: 3 });

    const page = await getAgreementPage(fixture.partnershipId);
    // Version 3 is approved but not yet in force: version 2 stays current until its day.
    expect(page!.current.number).toBe(2);
    expect(page!.upcoming.map((version) => [version.number, isoDay(version.effectiveDate)])).toEqual([[3, effective]]);
    expect(page!.upcoming[0]!.terms).toMatchObject({ noticePeriodMonths: 12, endDate: new Date("2035-12-31T00:00:00Z") });
    const approvals = page!.amendments.find((amendment) => amendment.number === 2)!.approvals;
    expect(approvals.map((approval) => [approval.signatory, approval.onBehalf, approval.recordedBy])).toEqual([
      ["Kerstin Malmberg", true, "Maria Lindqvist"],
      ["Henrik Sandell", true, "Maria Lindqvist"],
    ]);
  });

  it("lets a signatory reject a proposal, which then changes nothing", async () => {
    const { result } = await executeFormAction(proposeAmendment, await actorFor(UNIVERSITY_SIGNATORY), proposal({ terms: "purpose", purpose: "Ett nytt syfte." }));
    const events = await auditCount();
    const reader = await executeFormAction(rejectAmendment, await actorFor(READER), form({ amendmentId: result!.amendmentId }));
    expect(reader.state.message).toBe("errors.forbidden");
    const { state } = await executeFormAction(rejectAmendment, await actorFor(MUNICIPAL_SIGNATORY), form({ amendmentId: result!.amendmentId, rejectionNote: "Syftet står fast." }));
    expect(state.status).toBe("success");
    expect(await auditCount()).toBe(events + 1);
    const approval = await executeFormAction(approveAmendment, await actorFor(MUNICIPAL_SIGNATORY), form({ amendmentId: result!.amendmentId, partyId: fixture.municipalityId }));
    expect(approval.state.message).toBe("agreement.amendments.refusals.notProposed");
    expect(await prisma().agreementTermsVersion.count()).toBe(3);
  });

  // Guards the lock on the agreement: two last approvals at once make exactly one version.
  it("makes exactly one new version when both parties approve at the same moment", async () => {
    const { result } = await executeFormAction(proposeAmendment, await actorFor(ADMIN), proposal({ terms: "disputeClause", disputeClause: "Tvister löses i ledningsgruppen." }));
    const versions = await prisma().agreementTermsVersion.count();
    const outcomes = await Promise.all([
      executeFormAction(approveAmendment, await actorFor(MUNICIPAL_SIGNATORY), form({ amendmentId: result!.amendmentId, partyId: fixture.municipalityId })),
      executeFormAction(approveAmendment, await actorFor(UNIVERSITY_SIGNATORY), form({ amendmentId: result!.amendmentId, partyId: fixture.universityId })),
    ]);
    expect(outcomes.map((outcome) => outcome.state.status)).toEqual(["success", "success"]);
    expect(outcomes.filter((outcome) => outcome.result?.valid)).toHaveLength(1);
    expect(await prisma().agreementTermsVersion.count()).toBe(versions + 1);
    expect((await prisma().agreementAmendment.findUniqueOrThrow({ where: { id: result!.amendmentId } })).status).toBe("APPROVED");
  });
});
