import type { PrismaClient, Prisma } from "@/generated/prisma/client";
import type { AgendaItemType, DecisionSubject, FocusArea, GroupKind, SustainabilityDimension } from "@/generated/prisma/enums";
import { instantFromStockholm, stockholmYear } from "@/features/meetings/meeting-time";
import { approve, pendingSignatories, type JusteringState } from "@/features/minutes/justering";
import { preparationRefusal } from "@/features/minutes/preparation";
import { workingDayOnOrBefore } from "./demo-dates";
import { secondPartnershipStartYear } from "./demo-second-partnership";

/**
 * The second demo partnership's short history: each year since it began the steering group's two
 * meetings and the working group's three, held (with attendance and approved minutes) when their
 * time has passed and planned when ahead. The working group's spring meeting puts priority areas
 * forward; the steering group's spring meeting adopts them, naming it; the areas hold for the next
 * year. No activity plans: a young partnership with its first areas.
 */

type AgendaSeed = { title: string; type: AgendaItemType; minutes: number };
type DecisionSeed = { agendaIndex: number; subject: DecisionSubject; title: string; text: string };
type MeetingSeed = { group: GroupKind; title: string; date: string; start: string; end: string; location: string; agenda: AgendaSeed[]; decisions: DecisionSeed[] };

const KOMMUNHUSET = "Huddinge kommunhus, Kommunalvägen 28, sal Kvarnen";
const CAMPUS = "Flemingsbergs vårdhögskola, Campushuset, sal 2";
const OPENING: AgendaSeed = { title: "Mötets öppnande och val av justerare", type: "INFORMATION", minutes: 5 };
const OTHER: AgendaSeed = { title: "Övriga frågor", type: "INFORMATION", minutes: 10 };
const DAY_MS = 86_400_000;

type AreaSeed = { title: string; description: string; focusArea: FocusArea; dimensions: SustainabilityDimension[]; thematic: string };
/** The areas each year's spring adopts for the following year, by the year's offset from the start. */
const AREAS_ADOPTED: Record<number, AreaSeed[]> = {
  0: [
    {
      title: "Tillsyn på distans i hemtjänsten",
      description: "En gemensam studie av hur tillsyn med kamera och sensorer påverkar brukarnas trygghet och personalens arbete.",
      focusArea: "RESEARCH_AND_DEVELOPMENT",
      dimensions: ["SOCIAL", "ECONOMIC"],
      thematic: "Välfärdsteknik i hemtjänsten",
    },
  ],
  1: [
    {
      title: "Handledarutbildning för undersköterskor",
      description: "Fler undersköterskor som kan handleda studenter under den verksamhetsförlagda utbildningen.",
      focusArea: "EDUCATION_AND_COMPETENCE",
      dimensions: ["SOCIAL"],
      thematic: "Kompetenslyft för undersköterskor",
    },
  ],
};

function yearOfMeetings(year: number, offset: number): MeetingSeed[] {
  const areas = AREAS_ADOPTED[offset] ?? [];
  const named = areas.map((area) => area.title.toLowerCase()).join(" och ");
  return [
    {
      group: "WORKING_GROUP",
      title: "Arbetsgruppens vårmöte",
      date: workingDayOnOrBefore(`${year}-03-10`),
      start: "13:00",
      end: "15:30",
      location: CAMPUS,
      agenda: [OPENING, { title: "Rapporter från de tematiska områdena", type: "DISCUSSION", minutes: 45 }, { title: `Förslag till prioriterade områden ${year + 1}`, type: "DECISION", minutes: 45 }, OTHER],
      decisions: [{ agendaIndex: 2, subject: "PRIORITY_AREAS", title: `Förslag till prioriterade områden ${year + 1}`, text: `Arbetsgruppen föreslår styrgruppen ${named} som prioriterat område för ${year + 1}.` }],
    },
    {
      group: "STEERING_GROUP",
      title: "Styrgruppens vårmöte",
      date: workingDayOnOrBefore(`${year}-04-15`),
      start: "09:00",
      end: "11:00",
      location: KOMMUNHUSET,
      agenda: [OPENING, { title: `Beslut om prioriterade områden ${year + 1}`, type: "DECISION", minutes: 30 }, { title: "Praktikplatser i äldreomsorgen", type: "DISCUSSION", minutes: 30 }, OTHER],
      decisions: [{ agendaIndex: 1, subject: "PRIORITY_AREAS", title: `Prioriterade områden ${year + 1}`, text: `Styrgruppen fastställer arbetsgruppens förslag: ${named} är prioriterat område för ${year + 1}.${offset > 0 ? " De pågående prioriterade områdena fortsätter." : ""}` }],
    },
    {
      group: "WORKING_GROUP",
      title: "Arbetsgruppens sommarmöte",
      date: workingDayOnOrBefore(`${year}-06-03`),
      start: "13:00",
      end: "15:00",
      location: KOMMUNHUSET,
      agenda: [OPENING, { title: "Välfärdsteknik – lägesrapport", type: "DISCUSSION", minutes: 40 }, OTHER],
      decisions: [{ agendaIndex: 1, subject: "GENERAL", title: "Studiebesök i hemtjänsten", text: "Arbetsgruppen ordnar ett studiebesök i hemtjänsten för högskolans lärare under hösten." }],
    },
    {
      group: "WORKING_GROUP",
      title: "Arbetsgruppens höstmöte",
      date: workingDayOnOrBefore(`${year}-09-23`),
      start: "13:00",
      end: "15:30",
      location: CAMPUS,
      agenda: [OPENING, { title: `Uppföljning av arbetet ${year}`, type: "DISCUSSION", minutes: 60 }, OTHER],
      decisions: [{ agendaIndex: 1, subject: "FOLLOW_UP", title: `Underlag till uppföljningen ${year}`, text: "Arbetsgruppen ger samverkansstrategen i uppdrag att sammanställa årets uppföljning till styrgruppen." }],
    },
    {
      group: "STEERING_GROUP",
      title: "Styrgruppens höstmöte",
      date: workingDayOnOrBefore(`${year}-11-12`),
      start: "09:00",
      end: "11:00",
      location: CAMPUS,
      agenda: [OPENING, { title: `Uppföljning ${year}`, type: "DISCUSSION", minutes: 40 }, OTHER],
      decisions: [{ agendaIndex: 1, subject: "FOLLOW_UP", title: `Uppföljning ${year}`, text: `Styrgruppen godkänner uppföljningen av partnerskapets arbete ${year} och lägger den till handlingarna.` }],
    },
  ];
}

export async function seedSecondDemoWork(prisma: PrismaClient, partnershipId: string): Promise<void> {
  await prisma.$transaction((tx) => seedMeetingsAndMinutes(tx, partnershipId, new Date()), { timeout: 60_000 });
}

async function seedMeetingsAndMinutes(tx: Prisma.TransactionClient, partnershipId: string, now: Date): Promise<void> {
  const groups = new Map((await tx.group.findMany({ where: { partnershipId }, select: { id: true, kind: true } })).map((group) => [group.kind, group.id]));
  const memberships = await tx.membership.findMany({
    where: { group: { partnershipId } },
    orderBy: { person: { name: "asc" } },
    select: { groupId: true, role: true, person: { select: { id: true, name: true, user: { select: { id: true, roles: true } } } } },
  });
  const secretaryUser = memberships.find((row) => row.role === "SECRETARY" && row.person.user)?.person.user?.id ?? null;
  const thematic = new Map((await tx.thematicArea.findMany({ where: { partnershipId }, select: { id: true, name: true } })).map((area) => [area.name, area.id]));
  const startYear = secondPartnershipStartYear(now);
  /** The working-group meeting of the year whose minutes put the priority areas forward. */
  let proposing: { id: string; cycleYear: number } | null = null;

  for (let year = startYear; year <= stockholmYear(now); year += 1) {
    const offset = year - startYear;
    for (const [meetingIndex, seed] of yearOfMeetings(year, offset).entries()) {
      const groupId = groups.get(seed.group);
      if (!groupId) throw new Error(`Demo data: no ${seed.group} in the second partnership`);
      const startsAt = instantFromStockholm(seed.date, seed.start)!;
      const endsAt = instantFromStockholm(seed.date, seed.end)!;
      const held = endsAt.getTime() < now.getTime();
      const meeting = await tx.meeting.create({
        data: {
          groupId,
          title: seed.title,
          startsAt,
          endsAt,
          cycleYear: stockholmYear(startsAt),
          location: seed.location,
          status: held ? "HELD" : "PLANNED",
          isPublic: seed.group === "STEERING_GROUP",
          noticeSentAt: held ? new Date(startsAt.getTime() - 14 * DAY_MS) : null,
          version: held ? 3 : 2,
          createdById: secretaryUser,
          createdAt: new Date(Math.min(now.getTime(), startsAt.getTime() - 30 * DAY_MS)),
          agendaItems: { create: seed.agenda.map((item, index) => ({ position: index + 1, title: item.title, type: item.type, durationMinutes: item.minutes })) },
        },
        include: { agendaItems: { orderBy: { position: "asc" }, select: { id: true, title: true } } },
      });
      if (!held) continue;

      const members = memberships.filter((row) => row.groupId === groupId);
      // Everyone there but, now and then, an ordinary member who sent apologies.
      const excused = (index: number, role: string) => role === "MEMBER" && (meetingIndex + offset + index) % 4 === 3;
      await tx.attendance.createMany({
        data: members.map((row, index) => ({ meetingId: meeting.id, personId: row.person.id, status: excused(index, row.role) ? "EXCUSED" : "PRESENT", recordedById: secretaryUser, recordedAt: endsAt })),
      });
      const present = members.filter((row, index) => !excused(index, row.role)).map((row) => ({ ...row.person, role: row.role }));
      const chair = present.find((person) => person.role === "CHAIR") ?? present.find((person) => person.role === "VICE_CHAIR");
      const secretary = present.find((person) => person.role === "SECRETARY");
      const candidates = present.filter((person) => person !== chair && person !== secretary);
      const adjuster = candidates.find((person) => person.user) ?? candidates[0];
      if (!chair || !adjuster) throw new Error(`Demo data: ${seed.title} ${year} has no chair or justerare present`);

      const approvedAt = new Date(Math.min(endsAt.getTime() + 7 * DAY_MS, now.getTime()));
      const minutes = await tx.minutes.create({
        data: {
          meetingId: meeting.id,
          chairPersonId: chair.id,
          secretaryPersonId: secretary?.id ?? null,
          createdById: secretaryUser,
          createdAt: new Date(Math.min(endsAt.getTime() + DAY_MS, approvedAt.getTime())),
          entries: {
            create: meeting.agendaItems.map((item, index) => {
              const decided = seed.decisions.flatMap((decision, number) => (decision.agendaIndex === index ? [`§ ${number + 1}`] : []));
              const suffix = decided.length > 0 ? ` Beslut enligt ${decided.join(" och ")}.` : "";
              const text =
                index === 0
                  ? `Ordföranden hälsade välkommen och förklarade mötet öppnat. Till justerare valdes ${adjuster.name}.`
                  : `${item.title} föredrogs och diskuterades.${suffix || " Gruppen noterade informationen."}`;
              return { agendaItemId: item.id, position: index + 1, heading: item.title, text };
            }),
          },
          adjusters: { create: [{ personId: adjuster.id }] },
        },
      });
      for (const [index, decision] of seed.decisions.entries()) {
        const preparedByMeetingId = await preparedBy(partnershipId, { id: meeting.id, cycleYear: year, group: seed.group, subject: decision.subject }, proposing);
        const created = await tx.decision.create({
          data: {
            minutesId: minutes.id,
            meetingId: meeting.id,
            number: index + 1,
            title: decision.title,
            text: decision.text,
            subject: decision.subject,
            agendaItemId: meeting.agendaItems[decision.agendaIndex]?.id ?? null,
            preparedByMeetingId,
          },
        });
        if (decision.subject !== "PRIORITY_AREAS") continue;
        if (seed.group === "WORKING_GROUP") proposing = { id: meeting.id, cycleYear: year };
        else await adoptAreas(tx, partnershipId, { decisionId: created.id, year, offset, createdAt: approvedAt, thematic });
      }

      let state: JusteringState = { status: "IN_ADJUSTMENT", chairPersonId: chair.id, adjusterIds: [adjuster.id], approvals: [] };
      for (const [order, person] of [chair, adjuster].entries()) {
        const { role } = approve(state, person.id);
        await tx.minutesApproval.create({ data: { minutesId: minutes.id, personId: person.id, role, userId: person.user?.id ?? null, approvedAt: new Date(approvedAt.getTime() - (1 - order) * 3600_000) } });
        state = { ...state, approvals: [...state.approvals, { personId: person.id, role }] };
      }
      if (pendingSignatories(state).length > 0) throw new Error("Demo minutes: justering incomplete");
      await tx.minutes.update({ where: { id: minutes.id }, data: { status: "APPROVED", approvedAt } });
    }
  }
}

/** The preparing meeting a steering-group decision names, checked with the application's rule. */
async function preparedBy(
  partnershipId: string,
  decision: { id: string; cycleYear: number; group: GroupKind; subject: DecisionSubject },
  proposing: { id: string; cycleYear: number } | null,
): Promise<string | null> {
  if (decision.group !== "STEERING_GROUP" || decision.subject !== "PRIORITY_AREAS") return null;
  const candidate = proposing && {
    id: proposing.id,
    partnershipId,
    groupKind: "WORKING_GROUP" as const,
    cycleYear: proposing.cycleYear,
    status: "HELD" as const,
    latestMinutesSubjects: ["PRIORITY_AREAS" as const],
  };
  const refusal = preparationRefusal({ partnershipId, meetingId: decision.id, groupKind: "STEERING_GROUP", cycleYear: decision.cycleYear, subject: decision.subject }, proposing?.id ?? null, candidate);
  if (refusal) throw new Error(`Demo data: the order of the year refuses the priority areas of ${decision.cycleYear} (${refusal})`);
  return proposing!.id;
}

/** The year's areas for the next year; last year's areas continue too. */
async function adoptAreas(
  tx: Prisma.TransactionClient,
  partnershipId: string,
  adoption: { decisionId: string; year: number; offset: number; createdAt: Date; thematic: Map<string, string> },
): Promise<void> {
  const continuing = await tx.priorityArea.findMany({ where: { partnershipId, closedAt: null, years: { some: { year: adoption.year } } }, select: { id: true } });
  for (const area of continuing) {
    await tx.priorityAreaYear.create({ data: { priorityAreaId: area.id, year: adoption.year + 1, decisionId: adoption.decisionId, createdAt: adoption.createdAt } });
  }
  for (const area of AREAS_ADOPTED[adoption.offset] ?? []) {
    const thematicAreaId = adoption.thematic.get(area.thematic);
    if (!thematicAreaId) throw new Error(`Demo data: no thematic area ${area.thematic}`);
    await tx.priorityArea.create({
      data: {
        partnershipId,
        title: area.title,
        description: area.description,
        focusArea: area.focusArea,
        dimensions: area.dimensions,
        decisionId: adoption.decisionId,
        createdAt: adoption.createdAt,
        years: { create: [{ year: adoption.year + 1, decisionId: adoption.decisionId, createdAt: adoption.createdAt }] },
        thematicAreas: { create: [{ thematicAreaId }] },
      },
    });
  }
}
