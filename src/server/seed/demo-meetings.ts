import { createHash, randomUUID } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import type { AgendaItemType, AttendanceStatus, GroupKind } from "@/generated/prisma/enums";
import { meetingDay, membershipsOnDay } from "@/features/meetings/attendance";
import { instantFromStockholm, stockholmYear } from "@/features/meetings/meeting-time";
import { demoSchedule } from "./demo-schedule";

/**
 * The demo partnership's meetings, on the dates demo-schedule.ts gives relative to the seeding
 * time: several past years of held meetings (agendas and attendance), and this year's, held when
 * past and planned when ahead. The steering group meets after the working group, which prepares
 * its material. Called inside the demo seed's transaction, on a database without meetings.
 */

type AgendaSeed = { title: string; durationMinutes: number | null; type: AgendaItemType; presenter?: string; description?: string };
type MeetingSeed = {
  group: GroupKind;
  title: string;
  date: string;
  start: string;
  end: string;
  location: string;
  onlineUrl?: string;
  held: boolean;
  isPublic?: boolean;
  agenda: AgendaSeed[];
  document?: { title: string; fileName: string; text: string; item: number };
};

const DAY_MS = 24 * 60 * 60 * 1000;
const KOMMUNHUSET = "Huddinge kommunhus, Kommunalvägen 28, sal Kvarnen";
const CAMPUS = "Södertörns högskola, Alfred Nobels allé 7, Flemingsberg, rum MA 624";
const OPENING: AgendaSeed = { title: "Mötets öppnande och val av justerare", durationMinutes: 5, type: "INFORMATION", presenter: "Ordföranden" };
const OTHER: AgendaSeed = { title: "Övriga frågor", durationMinutes: 10, type: "INFORMATION" };

function workingGroupSpring(year: number, date: string): MeetingSeed {
  return {
    group: "WORKING_GROUP",
    title: "Arbetsgruppens vårmöte",
    date,
    start: "13:00",
    end: "16:00",
    location: CAMPUS,
    held: true,
    agenda: [
      OPENING,
      { title: "Uppföljning av pågående aktiviteter", durationMinutes: 45, type: "DISCUSSION", presenter: "Sara Nyström", description: "Rapporter från de tematiska områdena." },
      {
        title: `Förslag till prioriterade områden ${year + 1}`,
        durationMinutes: 60,
        type: "DECISION",
        presenter: "Sara Nyström",
        description: "Arbetsgruppen tar ställning till vilka områden som föreslås för ledningsgruppen.",
      },
      OTHER,
    ],
  };
}

function workingGroupAutumn(year: number, date: string, held: boolean): MeetingSeed {
  return {
    group: "WORKING_GROUP",
    title: "Arbetsgruppens höstmöte",
    date,
    start: "13:00",
    end: "16:00",
    location: KOMMUNHUSET,
    onlineUrl: "https://meet.example/huddinge-sodertorn/arbetsgrupp",
    held,
    agenda: [
      OPENING,
      { title: `Utkast till verksamhetsplan ${year + 1}`, durationMinutes: 60, type: "DECISION", presenter: "Maria Lindqvist" },
      { title: "Underlag till ledningsgruppens möte", durationMinutes: 30, type: "DISCUSSION", presenter: "Sara Nyström" },
      OTHER,
    ],
    document: { title: `Verksamhetsplan ${year + 1} – utkast`, fileName: `verksamhetsplan-${year + 1}-utkast.txt`, text: `Utkast till verksamhetsplan ${year + 1} för det strategiska partnerskapet.`, item: 2 },
  };
}

function steeringGroupMeeting(year: number, date: string, held: boolean): MeetingSeed {
  return {
    group: "STEERING_GROUP",
    title: "Uppföljning och beslut om verksamhetsplan",
    date,
    start: "09:00",
    end: "11:00",
    location: KOMMUNHUSET,
    held,
    isPublic: true,
    agenda: [
      OPENING,
      { title: `Uppföljning av arbetet ${year}`, durationMinutes: 30, type: "DISCUSSION", presenter: "Maria Lindqvist" },
      { title: `Beslut om prioriterade områden ${year + 1}`, durationMinutes: 20, type: "DECISION", presenter: "Anders Holmberg", description: "Förslag från strategiska arbetsgruppen." },
      { title: `Beslut om verksamhetsplan ${year + 1}`, durationMinutes: 30, type: "DECISION", presenter: "Anders Holmberg", description: "Förslag från strategiska arbetsgruppen." },
      OTHER,
    ],
  };
}

/** Present, with an excused and an absent member here and there; the chair and the secretary always present. */
function attendanceFor(index: number, role: string): AttendanceStatus {
  if (role === "CHAIR" || role === "SECRETARY") return "PRESENT";
  if (index % 5 === 3) return "EXCUSED";
  if (index % 7 === 5) return "ABSENT";
  return "PRESENT";
}

export function demoMeetingPlan(now: Date): MeetingSeed[] {
  return demoSchedule(now).map(({ kind, year, slot, held }) => {
    const seed = kind === "spring" ? workingGroupSpring(year, slot.date) : kind === "autumn" ? workingGroupAutumn(year, slot.date, held) : steeringGroupMeeting(year, slot.date, held);
    return { ...seed, start: slot.start, end: slot.end, held };
  });
}

export async function seedDemoMeetings(tx: Prisma.TransactionClient, context: { partnershipId: string }): Promise<void> {
  const now = new Date();
  const groups = await tx.group.findMany({ where: { partnershipId: context.partnershipId }, select: { id: true, kind: true } });
  const groupId = new Map(groups.map((group) => [group.kind, group.id]));
  // The role is filtered here, not with `roles: { has }`, which the PGlite adapter mishandles outside Vitest.
  const users = await tx.user.findMany({ where: { person: { partnershipId: context.partnershipId } }, orderBy: { createdAt: "asc" }, select: { id: true, roles: true } });
  const secretary = users.find((user) => user.roles.includes("ADMINISTRATOR")) ?? null;

  for (const seed of demoMeetingPlan(now)) {
    const group = groupId.get(seed.group);
    if (!group) throw new Error(`Demo data: no ${seed.group} in the partnership`);
    const startsAt = instantFromStockholm(seed.date, seed.start)!;
    const endsAt = instantFromStockholm(seed.date, seed.end)!;
    const meeting = await tx.meeting.create({
      data: {
        groupId: group,
        title: seed.title,
        startsAt,
        endsAt,
        cycleYear: stockholmYear(startsAt),
        location: seed.location,
        onlineUrl: seed.onlineUrl ?? null,
        status: seed.held ? "HELD" : "PLANNED",
        isPublic: seed.isPublic ?? false,
        noticeSentAt: seed.held ? new Date(startsAt.getTime() - 14 * DAY_MS) : null,
        // Held meetings went through scheduling, the agenda, the notice and being marked held.
        version: seed.held ? 3 : 2,
        createdById: secretary?.id ?? null,
        createdAt: new Date(Math.min(now.getTime(), startsAt.getTime() - 30 * DAY_MS)),
        agendaItems: {
          create: seed.agenda.map((item, index) => ({
            position: index + 1,
            title: item.title,
            description: item.description ?? "",
            presenter: item.presenter ?? "",
            durationMinutes: item.durationMinutes,
            type: item.type,
          })),
        },
      },
      include: { agendaItems: { orderBy: { position: "asc" }, select: { id: true } } },
    });

    if (seed.document) {
      const bytes = Buffer.from(seed.document.text, "utf8");
      // Written with SQL: the embedded database's Prisma adapter cannot write Bytes (see meetings/document-definitions.ts).
      await tx.$executeRaw`
        INSERT INTO "MeetingDocument" ("id", "meetingId", "agendaItemId", "title", "fileName", "contentType", "size", "sha256", "content", "uploadedById")
        VALUES (${randomUUID()}, ${meeting.id}, ${meeting.agendaItems[seed.document.item - 1]?.id ?? null}, ${seed.document.title}, ${seed.document.fileName},
                'text/plain', ${bytes.length}, ${createHash("sha256").update(bytes).digest("hex")}, decode(${bytes.toString("base64")}, 'base64'), ${secretary?.id ?? null})`;
    }

    if (seed.held) {
      const members = await tx.membership.findMany({
        where: membershipsOnDay(group, meetingDay(startsAt)),
        orderBy: { person: { name: "asc" } },
        select: { personId: true, role: true },
      });
      const seen = new Set<string>();
      const rows = members.filter((member) => !seen.has(member.personId) && seen.add(member.personId));
      await tx.attendance.createMany({
        data: rows.map((member, index) => ({
          meetingId: meeting.id,
          personId: member.personId,
          status: attendanceFor(index, member.role),
          recordedById: secretary?.id ?? null,
          recordedAt: endsAt,
        })),
      });
    }
  }
}
