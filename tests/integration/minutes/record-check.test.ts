import { beforeAll, describe, expect, it } from "vitest";
import { findRecordViolations } from "@/features/minutes/record-check";
import { prisma, seed, type Fixture } from "../proposals/proposal-fixtures";

/**
 * Issue #19: data that breaks time order or justering by others is listed by `npm run db:check`,
 * not rewritten. The check finds a proposal put forward by a meeting held before it was submitted,
 * and minutes whose secretary adjusts them; and it changes nothing.
 */

let fixture: Fixture;
beforeAll(async () => {
  fixture = await seed();
});

describe("the record check", () => {
  it("lists what breaks time order and justering by others, and changes nothing", async () => {
    // The demo may hold some already (the check is what finds them): these two are new.
    const before = await findRecordViolations(prisma(), fixture.partnershipId);
    const listed = new Set(before.map((violation) => violation.id));
    // A proposal of the demo, dated as submitted today: after the meeting that put it forward.
    const late = await prisma().proposal.findFirstOrThrow({ where: { partnershipId: fixture.partnershipId, putForwardMeetingId: { not: null }, id: { notIn: [...listed] } } });
    await prisma().proposal.update({ where: { id: late.id }, data: { submittedAt: new Date() } });
    const minutes = await prisma().minutes.findFirstOrThrow({ where: { status: "DRAFT", secretaryPersonId: { not: null }, id: { notIn: [...listed] } } });
    await prisma().minutesAdjuster.create({ data: { minutesId: minutes.id, personId: minutes.secretaryPersonId! } });

    const violations = await findRecordViolations(prisma(), fixture.partnershipId);
    expect(violations).toEqual(
      expect.arrayContaining([
        { rule: "putForwardBeforeSubmission", subject: late.title, id: late.id },
        expect.objectContaining({ rule: "secretaryAdjusts", id: minutes.id }),
      ]),
    );
    expect(violations.length).toBe(before.length + 2);
    expect(await prisma().proposal.findUniqueOrThrow({ where: { id: late.id } })).toMatchObject({ putForwardDecisionId: late.putForwardDecisionId });
  });
});
