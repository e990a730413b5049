import { beforeAll, describe, expect, it } from "vitest";
import { registerNotice } from "@/features/agreement/notice-definitions";
import { getAgreementPage, getAgreementViewer } from "@/features/agreement/queries";
import { addSignatory, editRecord, removeSignatory } from "@/features/agreement/record-definitions";
import { executeFormAction } from "@/server/actions/form-action";
import { actorFor, ADMIN, auditCount, form, lastEvent, MUNICIPAL_SIGNATORY, prisma, READER, seed, today, UNIVERSITY_SIGNATORY, type Fixture } from "./agreement-fixtures";

let fixture: Fixture;

beforeAll(async () => {
  fixture = await seed();
});

const record = (version: number, fields: Record<string, string> = {}) =>
  form({
    version: String(version),
    recordTitle: "Avtal om strategiskt partnerskap mellan Södertörns högskola och Huddinge kommun",
    signingDate: "2021-11-16",
    municipalityRegistrationNumber: "KS-2021/1163",
    universityRegistrationNumber: "SH 2021/1587-1.1",
    ...fields,
  });

describe("the agreement record", () => {
  it("is seeded with the Huddinge–Södertörn agreement as the domain notes describe it", async () => {
    const page = await getAgreementPage(fixture.partnershipId);
    expect(page!.signingDate.toISOString().slice(0, 10)).toBe("2021-11-15");
    expect(page!.parties.map((party) => [party.name, party.organisationNumber, party.registrationNumber, party.signatories.map((signatory) => signatory.title)])).toEqual([
      ["Huddinge kommun", "212000-0076", "KS-2021/1163", ["Kommunstyrelsens ordförande"]],
      ["Södertörns högskola", "202100-4896", "SH-2021/1587", ["Rektor"]],
    ]);
    expect(page!.current.terms).toMatchObject({
      focusAreas: ["EDUCATION_AND_COMPETENCE", "RESEARCH_AND_DEVELOPMENT"],
      dimensions: ["SOCIAL", "ECOLOGICAL", "ECONOMIC", "CULTURAL"],
      endDate: null,
      noticePeriodMonths: 6,
      endsAtYearEnd: true,
    });
    expect(page!.current.terms.rightsClause).toMatch(/fritt publicera/);
    expect(page!.current.terms.disputeClause).toMatch(/ledningsgruppen/);
    expect(page!.bodies.map((body) => [body.kind, body.meetingsPerYear])).toEqual([
      ["STEERING_GROUP", 1],
      ["WORKING_GROUP", 2],
    ]);
  });

  it("is edited by administrators only", async () => {
    for (const email of [MUNICIPAL_SIGNATORY, READER]) {
      expect((await executeFormAction(editRecord, await actorFor(email), record(1))).state.message, email).toBe("errors.forbidden");
    }
  });

  it("saves an edit with its before and after, and bumps the version", async () => {
    const { state, result } = await executeFormAction(editRecord, await actorFor(ADMIN), record(1));
    expect(state).toMatchObject({ status: "success", message: "agreement.record.saved" });
    expect(result).toEqual({ version: 2 });
    const page = await getAgreementPage(fixture.partnershipId);
    expect(page!.signingDate.toISOString().slice(0, 10)).toBe("2021-11-16");
    expect(page!.parties.find((party) => party.type === "UNIVERSITY")!.registrationNumber).toBe("SH 2021/1587-1.1");
    expect((await lastEvent("agreement.record_edited")).data).toMatchObject({
      before: { signingDate: "2021-11-15", version: 1, registrationNumbers: { "Södertörns högskola": "SH-2021/1587" } },
      after: { signingDate: "2021-11-16", version: 2, registrationNumbers: { "Södertörns högskola": "SH 2021/1587-1.1" } },
    });
  });

  // Guards optimistic concurrency: a form shown before someone else's save cannot overwrite it.
  it("refuses a stale save, changing nothing", async () => {
    const events = await auditCount();
    const { state } = await executeFormAction(editRecord, await actorFor(ADMIN), record(1, { recordTitle: "Gammal rubrik" }));
    expect(state).toMatchObject({ status: "error", message: "agreement.record.stale" });
    expect(state.values.recordTitle).toBe("Gammal rubrik");
    const agreement = await prisma().agreement.findUniqueOrThrow({ where: { id: fixture.agreementId } });
    expect(agreement).toMatchObject({ version: 2, title: "Avtal om strategiskt partnerskap mellan Södertörns högskola och Huddinge kommun" });
    expect(await auditCount()).toBe(events);
  });

  it("refuses a signing date in the future", async () => {
    const { state } = await executeFormAction(editRecord, await actorFor(ADMIN), record(2, { signingDate: "2999-01-01" }));
    expect(state.fieldErrors).toEqual({ signingDate: ["agreement.record.signingInFuture"] });
  });
});

describe("signatories", () => {
  it("are registered by administrators, a person of the party with a title, who may then act for it", async () => {
    const anders = await prisma().person.findFirstOrThrow({ where: { name: "Anders Holmberg" } });
    const refused = await executeFormAction(addSignatory, await actorFor(MUNICIPAL_SIGNATORY), form({ signatoryPartyId: fixture.municipalityId, signatoryPersonId: anders.id, signatoryTitle: "Biträdande kommundirektör" }));
    expect(refused.state.message).toBe("errors.forbidden");
    const otherParty = await executeFormAction(addSignatory, await actorFor(ADMIN), form({ signatoryPartyId: fixture.universityId, signatoryPersonId: anders.id, signatoryTitle: "Prorektor" }));
    expect(otherParty.state.fieldErrors).toEqual({ signatoryPersonId: ["agreement.signatories.otherParty"] });

    const before = await executeFormAction(registerNotice, await actorFor(MUNICIPAL_SIGNATORY), form({ noticePartyId: fixture.municipalityId, receivedOn: today() }));
    expect(before.state.message).toBe("errors.forbidden");

    const { state, result } = await executeFormAction(addSignatory, await actorFor(ADMIN), form({ signatoryPartyId: fixture.municipalityId, signatoryPersonId: anders.id, signatoryTitle: "Biträdande kommundirektör" }));
    expect(state.status).toBe("success");
    // A steering-group member, so they also see the notice calculator.
    expect(await getAgreementViewer(await actorFor(MUNICIPAL_SIGNATORY))).toEqual({ isAdministrator: false, signatoryPartyIds: [fixture.municipalityId], mayCalculateNotice: true });
    // The working group's member (the other signatory) and a reader do not (issue #18, item 8).
    expect((await getAgreementViewer(await actorFor(UNIVERSITY_SIGNATORY))).mayCalculateNotice).toBe(false);
    expect((await getAgreementViewer(await actorFor(READER))).mayCalculateNotice).toBe(false);
    const again = await executeFormAction(addSignatory, await actorFor(ADMIN), form({ signatoryPartyId: fixture.municipalityId, signatoryPersonId: anders.id, signatoryTitle: "Igen" }));
    expect(again.state.fieldErrors).toEqual({ signatoryPersonId: ["agreement.signatories.already"] });

    const removed = await executeFormAction(removeSignatory, await actorFor(ADMIN), form({ signatoryId: result!.signatoryId }));
    expect(removed.state.status).toBe("success");
    expect((await lastEvent("agreement.signatory_removed")).data).toMatchObject({ before: { person: "Anders Holmberg", removedAt: null } });
    const after = await executeFormAction(registerNotice, await actorFor(MUNICIPAL_SIGNATORY), form({ noticePartyId: fixture.municipalityId, receivedOn: today() }));
    expect(after.state.message).toBe("errors.forbidden");
  });
});
