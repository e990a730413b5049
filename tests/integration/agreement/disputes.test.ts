import { beforeAll, describe, expect, it } from "vitest";
import { addEscalationStep, raiseDispute, resolveDispute } from "@/features/agreement/dispute-definitions";
import { getAgreementPage } from "@/features/agreement/queries";
import { executeFormAction } from "@/server/actions/form-action";
import { actorFor, ADMIN, form, lastEvent, MUNICIPAL_SIGNATORY, prisma, READER, registerSignatories, seed, today, UNIVERSITY_SIGNATORY, type Fixture } from "./agreement-fixtures";

let fixture: Fixture;
let disputeId: string;

beforeAll(async () => {
  fixture = await seed();
  await registerSignatories(fixture);
});

describe("disputes", () => {
  it("are raised by a party's signatory or an administrator, nobody else", async () => {
    const fields = { disputePartyId: fixture.universityId, subject: "Publicering av resultat", description: "Oenighet om en rapport.", raisedOn: today() };
    expect((await executeFormAction(raiseDispute, await actorFor(READER), form(fields))).state.message).toBe("errors.forbidden");
    expect((await executeFormAction(raiseDispute, await actorFor(MUNICIPAL_SIGNATORY), form(fields))).state.message).toBe("errors.forbidden");
    const { state, result } = await executeFormAction(raiseDispute, await actorFor(UNIVERSITY_SIGNATORY), form(fields));
    expect(state).toMatchObject({ status: "success", messageValues: { number: 1 } });
    disputeId = result!.disputeId;
    expect((await lastEvent("agreement.dispute_raised")).data).toMatchObject({ after: { number: 1, party: "Södertörns högskola", subject: "Publicering av resultat" } });
  });

  it("are discussed in the steering group first, then escalated one level at a time", async () => {
    const admin = await actorFor(ADMIN);
    const step = (level: string) => executeFormAction(addEscalationStep, admin, form({ disputeId, level, takenOn: today(), stepNote: "Diskuterat." }));
    expect((await step("PARTY_LEADERSHIP")).state.fieldErrors).toEqual({ level: ["agreement.disputes.refusals.steeringGroupFirst"] });
    expect((await executeFormAction(resolveDispute, admin, form({ disputeId, resolvedOn: today(), resolution: "Löst." }))).state.message).toBe(
      "agreement.disputes.refusals.notDiscussed",
    );
    expect((await step("STEERING_GROUP")).state.status).toBe("success");
    expect((await step("GENERAL_COURT")).state.fieldErrors).toEqual({ level: ["agreement.disputes.refusals.skipsLevel"] });
    expect((await executeFormAction(addEscalationStep, await actorFor(READER), form({ disputeId, level: "PARTY_LEADERSHIP", takenOn: today() }))).state.message).toBe("errors.forbidden");
    expect((await executeFormAction(addEscalationStep, await actorFor(MUNICIPAL_SIGNATORY), form({ disputeId, level: "PARTY_LEADERSHIP", takenOn: today() }))).state.status).toBe("success");
    const page = await getAgreementPage(fixture.partnershipId);
    expect(page!.disputes[0]!.steps.map((taken) => taken.level)).toEqual(["STEERING_GROUP", "PARTY_LEADERSHIP"]);
    expect(page!.disputes[0]!.nextLevels).toEqual(["PARTY_LEADERSHIP", "GENERAL_COURT"]);
  });

  it("are resolved with how and when, and take no steps afterwards", async () => {
    const admin = await actorFor(ADMIN);
    const { state } = await executeFormAction(resolveDispute, admin, form({ disputeId, resolvedOn: today(), resolution: "Rapporten publiceras med ett förtydligande." }));
    expect(state.status).toBe("success");
    expect(await prisma().agreementDispute.findUniqueOrThrow({ where: { id: disputeId } })).toMatchObject({ status: "RESOLVED", resolution: "Rapporten publiceras med ett förtydligande." });
    expect((await lastEvent("agreement.dispute_resolved")).data).toMatchObject({ before: { status: "OPEN" }, after: { status: "RESOLVED", resolvedOn: today() } });
    const after = await executeFormAction(addEscalationStep, admin, form({ disputeId, level: "GENERAL_COURT", takenOn: today() }));
    expect(after.state.message).toBe("agreement.disputes.refusals.resolved");
  });
});
