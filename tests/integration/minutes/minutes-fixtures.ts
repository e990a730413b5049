import type { AttendanceStatus, GroupKind, MeetingStatus } from "@/generated/prisma/enums";
import { instantFromStockholm, stockholmYear } from "@/features/meetings/meeting-time";
import { stockholmDay } from "@/lib/stockholm-day";
import { seedDemoPartnership } from "@/server/seed/demo-partnership";
import { testDatabase } from "../../support/test-database";
import { actionExpectations } from "../../support/action-expectations";
import { createUser } from "../../support/users";

export { actorFor, form } from "../../support/actors";

// Links in the justering mail are built from the configured origin (no request in these tests).
process.env.AUTH_URL = "https://samverkan.test";

/** Shared by the minutes tests: the file's database, seeded with the demo partnership. */
export const prisma = () => testDatabase().prisma;

/** Maria Lindqvist: administrator, and secretary of both groups. */
export const ADMIN = "admin@huddinge.example";
/** Anders Holmberg: the steering group's chair. */
export const STEERING_CHAIR = "ledning@huddinge.example";
/** Sara Nyström: the working group's chair (a member, not a manager). */
export const WORKING_CHAIR = "arbetsgrupp@sh.example";
/** Signed in, in no group. */
export const READER = "lasare@huddinge.example";
/** Made by `seed`: the working group's secretary, not an administrator. */
export const WG_SECRETARY = "sekreterare@huddinge.example";
/** Made by `seed`: a plain working-group member (Mikael Berg). */
export const WG_MEMBER = "mikael.berg@huddinge.example";
/** Made by `seed`: a plain steering-group member (Eva Lundgren). */
export const SG_MEMBER = "eva.lundgren@huddinge.example";

export const THIS_YEAR = stockholmYear(new Date());
export const LAST_YEAR = THIS_YEAR - 1;

export type Fixture = {
  partnershipId: string;
  groups: Record<GroupKind, string>;
  /** Person ids by first name (lower case), e.g. people.sara. */
  people: Record<string, string>;
};

/** The demo partnership, plus accounts for a non-administrator secretary and two plain members. */
export async function seed(): Promise<Fixture> {
  const { partnershipId } = await seedDemoPartnership(prisma());
  // The demo seed brings meetings and minutes of its own (demo-seed.test.ts checks them); these
  // tests make the meetings they need. Deleting minutes is not refused by the lock (only updates
  // are); their entries, decisions and signatures go with them.
  await prisma().minutes.deleteMany({ where: { meeting: { group: { partnershipId } } } });
  await prisma().meeting.deleteMany({ where: { group: { partnershipId } } });
  const groups = await prisma().group.findMany({ where: { partnershipId } });
  const persons = await prisma().person.findMany({ where: { partnershipId } });
  const people = Object.fromEntries(persons.map((person) => [person.name.split(" ")[0]!.toLowerCase(), person.id]));
  const fixture: Fixture = {
    partnershipId,
    groups: Object.fromEntries(groups.map((group) => [group.kind, group.id])) as Record<GroupKind, string>,
    people,
  };

  const unitParty = await prisma().party.findFirstOrThrow({ where: { partnershipId, type: "MUNICIPALITY" } });
  const secretary = await prisma().person.create({ data: { partnershipId, name: "Selma Sekreterare", email: WG_SECRETARY, partyId: unitParty.id } });
  await createUser(prisma(), { personId: secretary.id, email: WG_SECRETARY, roles: ["WORKING_GROUP_MEMBER"] });
  await prisma().membership.create({
    data: { groupId: fixture.groups.WORKING_GROUP, personId: secretary.id, partyId: unitParty.id, role: "SECRETARY", startDate: new Date("2022-01-01T00:00:00Z") },
  });
  fixture.people.selma = secretary.id;
  await createUser(prisma(), { personId: people.mikael!, email: WG_MEMBER, roles: ["WORKING_GROUP_MEMBER"] });
  await createUser(prisma(), { personId: people.eva!, email: SG_MEMBER, roles: ["STEERING_GROUP_MEMBER"] });
  return fixture;
}

type MeetingSpec = {
  group: GroupKind;
  title: string;
  /** Local Stockholm date and time, "YYYY-MM-DD", "HH:mm". */
  date: string;
  time?: string;
  status?: MeetingStatus;
  isPublic?: boolean;
  agenda?: string[];
  /** Attendance by first name. */
  attendance?: Record<string, AttendanceStatus>;
};

/** A meeting as task B's actions would leave it: the minutes tests make their own. */
export async function createMeeting(fixture: Fixture, spec: MeetingSpec) {
  const startsAt = instantFromStockholm(spec.date, spec.time ?? "13:00")!;
  const status = spec.status ?? "HELD";
  return prisma().meeting.create({
    data: {
      groupId: fixture.groups[spec.group],
      title: spec.title,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * 3600_000),
      cycleYear: stockholmYear(startsAt),
      location: "Huddinge kommunhus",
      status,
      isPublic: spec.isPublic ?? false,
      cancelledAt: status === "CANCELLED" ? new Date() : null,
      cancellationReason: status === "CANCELLED" ? "Inställt" : null,
      agendaItems: { create: (spec.agenda ?? []).map((title, index) => ({ position: index + 1, title, type: "DISCUSSION" as const })) },
      attendance: {
        create: Object.entries(spec.attendance ?? {}).map(([name, attendance]) => ({ personId: fixture.people[name]!, status: attendance })),
      },
    },
    include: { agendaItems: { orderBy: { position: "asc" } } },
  });
}

/** A held working-group meeting with the usual people: Sara chairs, Maria keeps the minutes. */
export function workingGroupMeeting(fixture: Fixture, overrides: Partial<MeetingSpec> = {}) {
  return createMeeting(fixture, {
    group: "WORKING_GROUP",
    title: "Strategiska arbetsgruppen, vårmöte",
    date: `${LAST_YEAR}-03-12`,
    agenda: ["Mötets öppnande", "Förslag till prioriterade områden", "Övriga frågor"],
    attendance: { sara: "PRESENT", maria: "PRESENT", mikael: "PRESENT", nadia: "PRESENT", selma: "PRESENT", helena: "ABSENT", oskar: "EXCUSED" },
    ...overrides,
  });
}

/** A held steering-group meeting: Anders chairs, Eva and Peter present. */
export function steeringGroupMeeting(fixture: Fixture, overrides: Partial<MeetingSpec> = {}) {
  return createMeeting(fixture, {
    group: "STEERING_GROUP",
    title: "Ledningsgruppens årsmöte",
    date: `${LAST_YEAR}-11-20`,
    agenda: ["Uppföljning", "Prioriterade områden", "Verksamhetsplan"],
    attendance: { anders: "PRESENT", eva: "PRESENT", peter: "PRESENT", maria: "PRESENT", lena: "EXCUSED" },
    ...overrides,
  });
}

/** Everything a refused action could have touched. */
async function snapshot() {
  const p = prisma();
  return {
    audit: await p.auditEvent.count(),
    outbox: await p.outboxMessage.count(),
    minutes: await p.minutes.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true, version: true, chairPersonId: true, approvedAt: true } }),
    entries: await p.minutesEntry.findMany({ orderBy: { id: "asc" }, select: { id: true, heading: true, text: true, position: true } }),
    decisions: await p.decision.findMany({ orderBy: { id: "asc" }, select: { id: true, number: true, title: true, text: true, subject: true, preparedByMeetingId: true } }),
    adjusters: await p.minutesAdjuster.findMany({ orderBy: [{ minutesId: "asc" }, { personId: "asc" }], select: { minutesId: true, personId: true } }),
    approvals: await p.minutesApproval.findMany({ orderBy: { id: "asc" }, select: { id: true } }),
  };
}

/** Refused: changed nothing of what snapshot() reads, wrote no audit event. Succeeded: returns the result. */
export const { expectRefused, expectSuccess } = actionExpectations(snapshot);


export { lastEvent } from "../../support/action-expectations";
export const minutesRow = (id: string) => prisma().minutes.findUniqueOrThrow({ where: { id } });
export const today = () => stockholmDay(new Date());
