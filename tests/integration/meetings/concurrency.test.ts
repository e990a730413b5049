import { beforeAll, describe, expect, it } from "vitest";
import { scheduleMeeting } from "@/features/meetings/meeting-definitions";
import { executeFormAction } from "@/server/actions/form-action";
import { testDatabaseKind } from "../../support/test-database";
import { ADMIN, actorFor, form, FUTURE_YEAR, meetingFields, prisma, seed, type Fixture } from "./meeting-fixtures";

let fixture: Fixture;

beforeAll(async () => {
  fixture = await seed();
});

// Meaningful on PostgreSQL (TEST_DATABASE_URL set), where the two transactions run at once on two
// connections; on the embedded database they run one after the other and must give the same result.
describe(`scheduling the last regular slot twice at once (${testDatabaseKind()})`, () => {
  it("lets exactly one through: the group's row lock makes the second see the first", async () => {
    const admin = await actorFor(ADMIN);
    for (const [index, groupId] of [fixture.steeringGroupId, fixture.workingGroupId].entries()) {
      const year = FUTURE_YEAR + index;
      if (groupId === fixture.workingGroupId) {
        // The working group has two slots: take one, then race for the other.
        expect((await executeFormAction(scheduleMeeting, admin, form(meetingFields(groupId, { meetingDate: `${year}-02-01` })))).state.status).toBe("success");
      }
      const outcomes = await Promise.all(
        ["03-10", "10-06", "11-20"].map((day) => executeFormAction(scheduleMeeting, admin, form(meetingFields(groupId, { meetingDate: `${year}-${day}` })))),
      );
      expect(outcomes.filter((outcome) => outcome.state.status === "success")).toHaveLength(1);
      expect(outcomes.filter((outcome) => outcome.state.message === "meetings.refusals.cadenceFull")).toHaveLength(2);
      const group = await prisma().group.findUniqueOrThrow({ where: { id: groupId } });
      expect(await prisma().meeting.count({ where: { groupId, cycleYear: year, isExtra: false } })).toBe(group.meetingsPerYear);
      expect(await prisma().auditEvent.count({ where: { action: "meeting.scheduled", data: { path: ["group"], equals: group.kind } } })).toBe(group.meetingsPerYear);
    }
  });
});
