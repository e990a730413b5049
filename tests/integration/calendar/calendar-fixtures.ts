import type { GroupKind } from "@/features/membership/composition";
import { stockholmYear } from "@/features/meetings/meeting-time";
import { seedDemoPartnership } from "@/server/seed/demo-partnership";
import { testDatabase } from "../../support/test-database";

export { actorFor, form } from "../../support/actors";

/** Shared by the calendar tests: the file's database, seeded with the demo partnership. */
export const prisma = () => testDatabase().prisma;

export const ADMIN = "admin@huddinge.example";
export const STEERING_CHAIR = "ledning@huddinge.example";
export const WORKING_CHAIR = "arbetsgrupp@sh.example";
export const CONTRIBUTOR = "forskare@sh.example";
export const READER = "lasare@huddinge.example";

export const ORIGIN = "https://samverkan.test";

export async function seed(): Promise<{ partnershipId: string; groups: Record<GroupKind, string> }> {
  const { partnershipId } = await seedDemoPartnership(prisma());
  const groups = await prisma().group.findMany({ where: { partnershipId }, select: { id: true, kind: true } });
  return {
    partnershipId,
    groups: Object.fromEntries(groups.map((group) => [group.kind, group.id])) as Record<GroupKind, string>,
  };
}

export type MeetingSeed = {
  groupId: string;
  title: string;
  startsAt: Date;
  hours?: number;
  isPublic?: boolean;
  status?: "PLANNED" | "HELD" | "CANCELLED";
  extraReason?: string;
  location?: string;
  onlineUrl?: string | null;
  agenda?: string[];
};

/**
 * A meeting written straight to the database, as the meetings feature's actions would leave it:
 * the calendar only reads meetings, so its tests do not depend on how they are scheduled.
 */
export async function createMeeting(seedData: MeetingSeed) {
  const status = seedData.status ?? "PLANNED";
  return prisma().meeting.create({
    data: {
      groupId: seedData.groupId,
      title: seedData.title,
      startsAt: seedData.startsAt,
      endsAt: new Date(seedData.startsAt.getTime() + (seedData.hours ?? 2) * 3600 * 1000),
      cycleYear: stockholmYear(seedData.startsAt),
      location: seedData.location ?? "Huddinge kommunhus, sal A",
      onlineUrl: seedData.onlineUrl === undefined ? "https://video.example/hemligt-rum" : seedData.onlineUrl,
      status,
      cancelledAt: status === "CANCELLED" ? new Date() : null,
      cancellationReason: status === "CANCELLED" ? "För få deltagare" : null,
      isExtra: seedData.extraReason !== undefined,
      extraReason: seedData.extraReason ?? null,
      isPublic: seedData.isPublic ?? false,
      agendaItems: { create: (seedData.agenda ?? []).map((title, index) => ({ position: index + 1, title, type: "DISCUSSION" as const })) },
    },
  });
}

export const auditCount = () => prisma().auditEvent.count();

/** Every audit event's data, as text, to prove a secret never reached the log. */
export async function allAuditText(): Promise<string> {
  const events = await prisma().auditEvent.findMany({ select: { data: true, action: true, entityId: true } });
  return JSON.stringify(events);
}

/** The VEVENTs of an iCalendar text, each as unfolded lines. */
export function eventsOf(ics: string): string[][] {
  const lines = ics.replace(/\r\n[ \t]/g, "").split("\r\n");
  const events: string[][] = [];
  let current: string[] | null = null;
  for (const line of lines) {
    if (line === "BEGIN:VEVENT") current = [];
    else if (line === "END:VEVENT" && current) {
      events.push(current);
      current = null;
    } else if (current) current.push(line);
  }
  return events;
}

export const propertyOf = (event: string[], name: string) =>
  event.find((line) => line.startsWith(`${name}:`) || line.startsWith(`${name};`))?.replace(/^[^:]*:/, "");
