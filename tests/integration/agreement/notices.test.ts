import { beforeAll, describe, expect, it } from "vitest";
import { registerNotice, withdrawNotice } from "@/features/agreement/notice-definitions";
import { getAgreementPage } from "@/features/agreement/queries";
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
  yearEndForNoticeToday,
  type Fixture,
} from "./agreement-fixtures";

let fixture: Fixture;
let signatories: { municipal: string; university: string };

beforeAll(async () => {
  fixture = await seed();
  signatories = await registerSignatories(fixture);
});

describe("registering a notice of termination", () => {
  it("refuses anyone who is neither administrator nor the party's signatory, and writes nothing", async () => {
    const events = await auditCount();
    const reader = await executeFormAction(registerNotice, await actorFor(READER), form({ noticePartyId: fixture.municipalityId, receivedOn: today() }));
    expect(reader.state.message).toBe("errors.forbidden");
    // A signatory of the university cannot give notice in the municipality's name.
    const otherParty = await executeFormAction(registerNotice, await actorFor(UNIVERSITY_SIGNATORY), form({ noticePartyId: fixture.municipalityId, receivedOn: today() }));
    expect(otherParty.state.message).toBe("errors.forbidden");
    expect(await prisma().agreementNotice.count()).toBe(0);
    expect(await auditCount()).toBe(events);
  });

  it("refuses a receipt day in the future, before the signing, or one whose end has passed", async () => {
    const admin = await actorFor(ADMIN);
    const submit = (receivedOn: string) => executeFormAction(registerNotice, admin, form({ noticePartyId: fixture.municipalityId, receivedOn }));
    expect((await submit("2999-01-01")).state.fieldErrors).toEqual({ receivedOn: ["agreement.notices.refusals.receivedInFuture"] });
    expect((await submit("2021-11-14")).state.fieldErrors).toEqual({ receivedOn: ["agreement.notices.refusals.receivedBeforeSigning"] });
    // Received in 2022: the agreement would have ended on 31 December 2022. Almost surely a typo.
    expect((await submit("2022-03-01")).state.fieldErrors).toEqual({ receivedOn: ["agreement.notices.refusals.endPassed"] });
    expect((await submit("2025-02-30")).state.fieldErrors).toEqual({ receivedOn: ["validation.date"] });
    expect(await prisma().agreementNotice.count()).toBe(0);
  });

  it("lets the municipality's signatory give notice; the server computes the end at the year-end", async () => {
    const { state, result } = await executeFormAction(
      registerNotice,
      await actorFor(MUNICIPAL_SIGNATORY),
      form({ noticePartyId: fixture.municipalityId, receivedOn: today(), noticeNote: "Beslut i kommunfullmäktige." }),
    );
    expect(state).toMatchObject({ status: "success", message: "agreement.notices.registered" });
    expect(result!.endDate.toISOString().slice(0, 10)).toBe(yearEndForNoticeToday());

    const notice = await prisma().agreementNotice.findFirstOrThrow({ where: { agreementId: fixture.agreementId } });
    expect(notice).toMatchObject({ partyId: fixture.municipalityId, noticePeriodMonths: 6, endsAtYearEnd: true, note: "Beslut i kommunfullmäktige.", withdrawnAt: null });
    const event = await lastEvent("agreement.notice_registered");
    expect(event.data).toMatchObject({
      before: { agreementEndDate: null },
      after: { party: "Huddinge kommun", receivedOn: today(), endDate: yearEndForNoticeToday(), noticePeriodMonths: 6, endsAtYearEnd: true },
    });

    const page = await getAgreementPage(fixture.partnershipId);
    expect(page!.end).toMatchObject({ reason: "NOTICE", ended: false });
    expect(page!.end.endDate!.toISOString().slice(0, 10)).toBe(yearEndForNoticeToday());
    // Under notice, there is no last notice day to remind of.
    expect(page!.noticeDeadline).toBeNull();
  });

  it("takes one notice in force per party", async () => {
    const { state } = await executeFormAction(registerNotice, await actorFor(ADMIN), form({ noticePartyId: fixture.municipalityId, receivedOn: today() }));
    expect(state.fieldErrors).toEqual({ noticePartyId: ["agreement.notices.refusals.alreadyGiven"] });
  });

  it("refuses a party of another partnership as invalid", async () => {
    const other = await prisma().partnership.create({ data: { slug: "annat-avtal", name: "Annat" } });
    const party = await prisma().party.create({ data: { partnershipId: other.id, type: "UNIVERSITY", name: "Annat lärosäte" } });
    const { state } = await executeFormAction(registerNotice, await actorFor(ADMIN), form({ noticePartyId: party.id, receivedOn: today() }));
    expect(state.fieldErrors).toEqual({ noticePartyId: ["validation.invalid"] });
  });
});

describe("withdrawing a notice", () => {
  const notice = () => prisma().agreementNotice.findFirstOrThrow({ where: { agreementId: fixture.agreementId, partyId: fixture.municipalityId } });

  // Guards the clause: a notice is withdrawn only with the other party's recorded consent.
  it("is refused without the other party's consent, and changes nothing", async () => {
    const admin = await actorFor(ADMIN);
    const { id } = await notice();
    const events = await auditCount();

    const withoutConsent = await executeFormAction(withdrawNotice, admin, form({ noticeId: id, consentSignatoryId: "", consentGivenOn: "" }));
    expect(withoutConsent.state).toMatchObject({ status: "error", message: "agreement.notices.refusals.consentRequired" });

    // The giving party's own signatory cannot consent for the other party.
    const ownParty = await seededSignatory(fixture.municipalityId);
    const sameParty = await executeFormAction(withdrawNotice, admin, form({ noticeId: id, consentSignatoryId: ownParty.id, consentGivenOn: today() }));
    expect(sameParty.state.fieldErrors).toEqual({ consentSignatoryId: ["agreement.notices.refusals.consentFromOtherParty"] });

    const university = await seededSignatory(fixture.universityId);
    const noDay = await executeFormAction(withdrawNotice, admin, form({ noticeId: id, consentSignatoryId: university.id, consentGivenOn: "" }));
    expect(noDay.state.fieldErrors).toEqual({ consentGivenOn: ["validation.required"] });
    const future = await executeFormAction(withdrawNotice, admin, form({ noticeId: id, consentSignatoryId: university.id, consentGivenOn: "2999-01-01" }));
    expect(future.state.fieldErrors).toEqual({ consentGivenOn: ["agreement.notices.refusals.consentInFuture"] });

    expect((await notice()).withdrawnAt).toBeNull();
    expect(await auditCount()).toBe(events);
  });

  // Issue #18, item 6: the consent, checked against the notice in the database, is reported in the
  // same summary as the fields' own errors.
  it("reports the consent's errors together with the other fields' errors, and changes nothing", async () => {
    const admin = await actorFor(ADMIN);
    const { id } = await notice();
    const events = await auditCount();
    const longNote = "x".repeat(2001);

    const university = await seededSignatory(fixture.universityId);
    const noDay = await executeFormAction(withdrawNotice, admin, form({ noticeId: id, consentSignatoryId: university.id, consentGivenOn: "", withdrawalNote: longNote }));
    expect(noDay.state).toMatchObject({ status: "error", message: "errors.validation" });
    expect(noDay.state.fieldErrors).toEqual({ withdrawalNote: ["validation.tooLong"], consentGivenOn: ["validation.required"] });

    const ownParty = await seededSignatory(fixture.municipalityId);
    const sameParty = await executeFormAction(withdrawNotice, admin, form({ noticeId: id, consentSignatoryId: ownParty.id, consentGivenOn: today(), withdrawalNote: longNote }));
    expect(sameParty.state).toMatchObject({ status: "error", message: "agreement.notices.refusals.consentFromOtherParty" });
    expect(sameParty.state.fieldErrors).toEqual({ withdrawalNote: ["validation.tooLong"], consentSignatoryId: ["agreement.notices.refusals.consentFromOtherParty"] });

    // A day that is no date has its own error; the signatory is still checked.
    const unknown = await executeFormAction(withdrawNotice, admin, form({ noticeId: id, consentSignatoryId: "no-such-signatory", consentGivenOn: "2027-02-30" }));
    expect(unknown.state.fieldErrors).toEqual({ consentGivenOn: ["validation.date"], consentSignatoryId: ["validation.invalid"] });

    expect((await notice()).withdrawnAt).toBeNull();
    expect(await auditCount()).toBe(events);
  });

  it("is refused to the other party's signatory and to readers", async () => {
    const { id } = await notice();
    const university = await seededSignatory(fixture.universityId);
    for (const email of [UNIVERSITY_SIGNATORY, READER]) {
      const { state } = await executeFormAction(withdrawNotice, await actorFor(email), form({ noticeId: id, consentSignatoryId: university.id, consentGivenOn: today() }));
      expect(state.message, email).toBe("errors.forbidden");
    }
  });

  it("is done by the giving party's signatory with the other party's consent: who and when", async () => {
    const { id } = await notice();
    const { state } = await executeFormAction(
      withdrawNotice,
      await actorFor(MUNICIPAL_SIGNATORY),
      form({ noticeId: id, consentSignatoryId: signatories.university, consentGivenOn: today(), withdrawalNote: "Parterna fortsätter samarbetet." }),
    );
    expect(state).toMatchObject({ status: "success", message: "agreement.notices.withdrawn" });
    const withdrawn = await notice();
    expect(withdrawn).toMatchObject({ consentSignatoryId: signatories.university, withdrawalNote: "Parterna fortsätter samarbetet." });
    expect(withdrawn.withdrawnAt).not.toBeNull();
    expect(withdrawn.consentGivenOn!.toISOString().slice(0, 10)).toBe(today());

    const event = await lastEvent("agreement.notice_withdrawn");
    expect(event.data).toMatchObject({
      before: { party: "Huddinge kommun", withdrawnAt: null },
      after: { consentBy: "Sara Nyström", consentParty: "Södertörns högskola", consentGivenOn: today() },
    });

    // The agreement runs until further notice again, with a last notice day to show.
    const page = await getAgreementPage(fixture.partnershipId);
    expect(page!.end).toEqual({ endDate: null, reason: null, ended: false });
    expect(page!.noticeDeadline).not.toBeNull();
    expect(page!.notices[0]!.withdrawal).toMatchObject({ consentBy: "Sara Nyström", consentParty: "Södertörns högskola" });
  });

  it("is done once", async () => {
    const { id } = await notice();
    const { state } = await executeFormAction(withdrawNotice, await actorFor(ADMIN), form({ noticeId: id, consentSignatoryId: signatories.university, consentGivenOn: today() }));
    expect(state.message).toBe("agreement.notices.refusals.alreadyWithdrawn");
  });

  it("lets the party give notice again after a withdrawal", async () => {
    const { state } = await executeFormAction(registerNotice, await actorFor(ADMIN), form({ noticePartyId: fixture.municipalityId, receivedOn: today() }));
    expect(state.status).toBe("success");
  });
});
