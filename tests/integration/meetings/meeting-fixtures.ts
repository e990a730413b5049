import { stockholmYear } from "@/features/meetings/meeting-time";
import { instantFromStockholm } from "@/features/meetings/meeting-time";
import { stockholmDay } from "@/lib/stockholm-day";
import { executeFormAction } from "@/server/actions/form-action";
import { scheduleMeeting } from "@/features/meetings/meeting-definitions";
import { seedDemoPartnership } from "@/server/seed/demo-partnership";
import { actorFor, form } from "../../support/actors";
import { testDatabase } from "../../support/test-database";

export { actorFor, form };

/** Shared by the meeting tests: the file's database seeded with the demo partnership. */
export const prisma = () => testDatabase().prisma;

/** Administrator; her person (Maria Lindqvist) is also the secretary of both groups. */
export const ADMIN = "admin@huddinge.example";
/** The steering group's chair: a member, not a manager of meetings. */
export const STEERING_CHAIR = "ledning@huddinge.example";
/** The working group's chair: a member, not a manager of meetings. */
export const WORKING_CHAIR = "arbetsgrupp@sh.example";
/** In no group (a contributor); `makeWorkingGroupSecretary` makes them the working group's secretary. */
export const CONTRIBUTOR = "forskare@sh.example";
/** Signed in, in no group. */
export const READER = "lasare@huddinge.example";

/** The Stockholm year now; tests schedule in years well after it, which no seed touches. */
export const CURRENT_YEAR = stockholmYear(new Date());
export const FUTURE_YEAR = CURRENT_YEAR + 3;

export type Fixture = { partnershipId: string; steeringGroupId: string; workingGroupId: string };

export async function seed(): Promise<Fixture> {
  const { partnershipId } = await seedDemoPartnership(prisma());
  const groups = await prisma().group.findMany({ where: { partnershipId } });
  return {
    partnershipId,
    steeringGroupId: groups.find((group) => group.kind === "STEERING_GROUP")!.id,
    workingGroupId: groups.find((group) => group.kind === "WORKING_GROUP")!.id,
  };
}

/** Makes the contributor the working group's secretary from today: another group's secretary for the steering group. */
export async function makeWorkingGroupSecretary(fixture: Fixture): Promise<void> {
  const user = await prisma().user.findFirstOrThrow({ where: { account: { email: CONTRIBUTOR } }, include: { person: true } });
  await prisma().membership.create({
    data: { groupId: fixture.workingGroupId, personId: user.personId, partyId: user.person.partyId!, role: "SECRETARY", startDate: stockholmDay(new Date()) },
  });
}

/** The schedule form's fields for a regular meeting; override what a test needs. */
export function meetingFields(groupId: string, overrides: Record<string, string> = {}): Record<string, string> {
  return {
    groupId,
    meetingTitle: "Ordinarie möte",
    meetingDate: `${FUTURE_YEAR}-05-12`,
    startTime: "13:00",
    endTime: "15:00",
    location: "Huddinge kommunhus, sal Kvarnen",
    onlineUrl: "",
    ...overrides,
  };
}

/** Schedules through the action as the administrator and returns the new meeting's id (throws on refusal). */
export async function schedule(groupId: string, overrides: Record<string, string> = {}): Promise<string> {
  const { state, result } = await executeFormAction(scheduleMeeting, await actorFor(ADMIN), form(meetingFields(groupId, overrides)));
  if (state.status !== "success" || !result) throw new Error(`Scheduling failed: ${JSON.stringify(state)}`);
  return result.meetingId;
}

/** A meeting written directly (past meetings, or any the cadence would refuse), bypassing the actions. */
export async function createMeeting(
  groupId: string,
  date: string,
  overrides: Partial<{ title: string; status: "PLANNED" | "HELD" | "CANCELLED"; isExtra: boolean; isPublic: boolean; start: string; end: string }> = {},
) {
  const startsAt = instantFromStockholm(date, overrides.start ?? "10:00")!;
  const endsAt = instantFromStockholm(date, overrides.end ?? "12:00")!;
  const status = overrides.status ?? "PLANNED";
  return prisma().meeting.create({
    data: {
      groupId,
      title: overrides.title ?? "Möte",
      startsAt,
      endsAt,
      cycleYear: stockholmYear(startsAt),
      location: "Flemingsberg",
      status,
      isExtra: overrides.isExtra ?? false,
      extraReason: overrides.isExtra ? "Skäl" : null,
      isPublic: overrides.isPublic ?? false,
      cancelledAt: status === "CANCELLED" ? new Date() : null,
    },
  });
}

export const lastEvent = (action: string) => prisma().auditEvent.findFirstOrThrow({ where: { action }, orderBy: { id: "desc" } });
export const auditCount = () => prisma().auditEvent.count();
