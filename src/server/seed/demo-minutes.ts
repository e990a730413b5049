import type { Prisma } from "@/generated/prisma/client";
import type { DecisionSubject } from "@/generated/prisma/enums";
import { approve, pendingSignatories, type JusteringState } from "@/features/minutes/justering";
import { preparationRefusal, type PreparingMeeting } from "@/features/minutes/preparation";
import { stockholmDay } from "@/lib/stockholm-day";

/**
 * Demo minutes: approved minutes with decisions for every held meeting of the partnership that
 * has none yet (the meetings come from the meetings seed). Each is chaired by the group's chair
 * (or vice chair) when present, kept by the group's secretary, checked by one present adjuster,
 * and approved by both. The first held working-group meeting of a year puts forward priority
 * areas and an activity plan for the next; the steering group's meeting of that year adopts them,
 * naming the working-group meeting that prepared them — the order of the year.
 *
 * Imports only pure rules, so scripts run it outside Next.js. The rules are applied here too: a
 * decision that would be refused in the application is an error in the seed.
 */

type SeedDecision = { title: string; text: string; subject: DecisionSubject; agendaIndex: number | null; preparedByMeetingId?: string };

const DAY_MS = 86_400_000;

export async function seedDemoMinutes(tx: Prisma.TransactionClient, context: { partnershipId: string }): Promise<void> {
  const meetings = await tx.meeting.findMany({
    where: { group: { partnershipId: context.partnershipId }, status: "HELD", minutes: { none: {} } },
    include: {
      group: { select: { kind: true } },
      agendaItems: { orderBy: { position: "asc" }, select: { id: true, title: true } },
      attendance: { where: { status: "PRESENT" }, select: { person: { select: { id: true, name: true, user: { select: { id: true } } } } } },
    },
  });
  // The working group prepares before the steering group decides: within a year, its meetings first.
  meetings.sort((a, b) => a.cycleYear - b.cycleYear || (a.group.kind === b.group.kind ? 0 : a.group.kind === "WORKING_GROUP" ? -1 : 1) || a.startsAt.getTime() - b.startsAt.getTime());
  const roles = await tx.membership.findMany({
    where: { group: { partnershipId: context.partnershipId }, role: { in: ["CHAIR", "VICE_CHAIR", "SECRETARY"] } },
    select: { groupId: true, personId: true, role: true, startDate: true, endDate: true },
  });
  const proposedThisYear = new Set<string>();

  for (const meeting of meetings) {
    const day = stockholmDay(meeting.startsAt);
    const holding = (role: string) =>
      roles.filter((row) => row.groupId === meeting.groupId && row.role === role && row.startDate <= day && (!row.endDate || row.endDate >= day)).map((row) => row.personId);
    const present = meeting.attendance.map((row) => row.person).sort((a, b) => a.name.localeCompare(b.name, "sv"));
    const presentIds = new Set(present.map((person) => person.id));
    const secretaryId = holding("SECRETARY")[0] ?? null;
    const chairId = [...holding("CHAIR"), ...holding("VICE_CHAIR")].find((id) => presentIds.has(id)) ?? present.find((person) => person.id !== secretaryId)?.id;
    // The justerare: present, neither the chair nor the secretary; one who can sign in when there is one.
    const candidates = present.filter((person) => person.id !== chairId && person.id !== secretaryId);
    const adjusterId = (candidates.find((person) => person.user) ?? candidates[0])?.id;
    // Minutes need a chair and an adjuster who were there; without recorded attendance there are none.
    if (!chairId || !adjusterId) continue;

    // § numbers follow the agenda.
    const decisions = (await decisionsFor(tx, context.partnershipId, meeting, proposedThisYear)).sort(
      (a, b) => (a.agendaIndex ?? Number.MAX_SAFE_INTEGER) - (b.agendaIndex ?? Number.MAX_SAFE_INTEGER),
    );
    const approvedAt = new Date(Math.min(meeting.endsAt.getTime() + 7 * DAY_MS, Date.now()));
    const minutes = await tx.minutes.create({
      data: {
        meetingId: meeting.id,
        chairPersonId: chairId,
        secretaryPersonId: secretaryId,
        createdAt: new Date(Math.min(meeting.endsAt.getTime() + DAY_MS, approvedAt.getTime())),
        entries: {
          create: meeting.agendaItems.map((item, index) => ({
            agendaItemId: item.id,
            position: index + 1,
            heading: item.title,
            text: entryText(
              item.title,
              index,
              decisions.flatMap((decision, number) => (decision.agendaIndex === index ? [number + 1] : [])),
              present.find((person) => person.id === adjusterId)!.name,
            ),
          })),
        },
        adjusters: { create: [{ personId: adjusterId }] },
      },
    });
    for (const [index, decision] of decisions.entries()) {
      await tx.decision.create({
        data: {
          minutesId: minutes.id,
          meetingId: meeting.id,
          number: index + 1,
          title: decision.title,
          text: decision.text,
          subject: decision.subject,
          agendaItemId: decision.agendaIndex === null ? null : (meeting.agendaItems[decision.agendaIndex]?.id ?? null),
          preparedByMeetingId: decision.preparedByMeetingId ?? null,
        },
      });
    }

    // The justering as the application records it: the chair, then the adjuster; the last completes it.
    let state: JusteringState = { status: "IN_ADJUSTMENT", chairPersonId: chairId, adjusterIds: [adjusterId], approvals: [] };
    for (const [offset, personId] of [chairId, adjusterId].entries()) {
      const { role } = approve(state, personId);
      const userId = present.find((person) => person.id === personId)?.user?.id ?? null;
      await tx.minutesApproval.create({ data: { minutesId: minutes.id, personId, role, userId, approvedAt: new Date(approvedAt.getTime() - (1 - offset) * 3600_000) } });
      state = { ...state, approvals: [...state.approvals, { personId, role }] };
    }
    if (pendingSignatories(state).length > 0) throw new Error("Demo minutes: justering incomplete");
    await tx.minutes.update({ where: { id: minutes.id }, data: { status: "APPROVED", approvedAt } });
  }
}

/** What each meeting decided, in § order, placed at the agenda items that name the matter. */
async function decisionsFor(
  tx: Prisma.TransactionClient,
  partnershipId: string,
  meeting: { id: string; cycleYear: number; group: { kind: "STEERING_GROUP" | "WORKING_GROUP" }; agendaItems: { title: string }[] },
  proposedThisYear: Set<string>,
): Promise<SeedDecision[]> {
  const year = meeting.cycleYear;
  const items = meeting.agendaItems;
  /** The agenda item whose title names the matter, else the item at `fallback` (or the last one). */
  const item = (pattern: RegExp, fallback: number) => {
    const named = items.findIndex((agendaItem) => pattern.test(agendaItem.title));
    if (named >= 0) return named;
    return items.length === 0 ? null : Math.min(fallback, items.length - 1);
  };
  const names = (pattern: RegExp) => items.some((agendaItem) => pattern.test(agendaItem.title));
  const PRIORITY = /prioriterade områden/i;
  const PLAN = /verksamhetsplan/i;
  const FOLLOW_UP = /uppföljning/i;

  if (meeting.group.kind === "WORKING_GROUP") {
    const proposePriorities: SeedDecision = {
      title: `Förslag till prioriterade områden ${year + 1}`,
      text: `Arbetsgruppen lägger fram förslag till prioriterade områden för ${year + 1} till ledningsgruppen: VFU och lärarutbildning, kompetensförsörjning för bristyrken samt hållbar samhällsutveckling.`,
      subject: "PRIORITY_AREAS",
      agendaIndex: item(PRIORITY, 1),
    };
    const proposePlan: SeedDecision = {
      title: `Förslag till verksamhetsplan ${year + 1}`,
      text: `Arbetsgruppen lägger fram förslag till verksamhetsplan för ${year + 1} till ledningsgruppen, med aktiviteter inom båda fokusområdena.`,
      subject: "ACTIVITY_PLAN",
      agendaIndex: item(PLAN, 2),
    };
    const decisions: SeedDecision[] = [];
    if (names(FOLLOW_UP)) {
      decisions.push({
        title: "Rapporter från de tematiska områdena",
        text: "Arbetsgruppen noterar rapporterna och ger samordnaren i uppdrag att sammanställa dem till ledningsgruppens uppföljning.",
        subject: "FOLLOW_UP",
        agendaIndex: item(FOLLOW_UP, 1),
      });
    }
    if (names(PRIORITY)) decisions.push(proposePriorities);
    if (names(PLAN)) decisions.push(proposePlan);
    // An agenda that names neither: the year's first meeting puts both forward, later ones follow up.
    if (!names(PRIORITY) && !names(PLAN)) {
      if (!proposedThisYear.has(String(year))) decisions.push(proposePriorities, proposePlan);
      else if (decisions.length === 0) {
        decisions.push({
          title: "Arbetsgrupp för VFU-platser",
          text: "En mindre arbetsgrupp tar fram ett underlag om fler VFU-platser i förskolan.",
          subject: "GENERAL",
          agendaIndex: item(/vfu/i, 1),
        });
      }
    }
    proposedThisYear.add(String(year));
    return decisions;
  }

  const decisions: SeedDecision[] = [
    {
      title: `Uppföljning ${year}`,
      text: `Ledningsgruppen godkänner uppföljningen av partnerskapets arbete ${year} och lägger den till handlingarna.`,
      subject: "FOLLOW_UP",
      agendaIndex: item(FOLLOW_UP, 0),
    },
  ];
  for (const [subject, title, text, agendaIndex] of [
    ["PRIORITY_AREAS", `Prioriterade områden ${year + 1}`, `Ledningsgruppen fastställer arbetsgruppens förslag till prioriterade områden för ${year + 1}.`, item(PRIORITY, 1)],
    ["ACTIVITY_PLAN", `Verksamhetsplan ${year + 1}`, `Ledningsgruppen fastställer verksamhetsplanen för ${year + 1} enligt arbetsgruppens förslag.`, item(PLAN, 2)],
  ] as const) {
    const preparing = await tx.meeting.findFirst({
      where: { group: { partnershipId, kind: "WORKING_GROUP" }, cycleYear: year, status: "HELD", minutes: { some: { decisions: { some: { subject } } } } },
      orderBy: { startsAt: "asc" },
      select: {
        id: true,
        cycleYear: true,
        status: true,
        group: { select: { partnershipId: true, kind: true } },
        minutes: { orderBy: { createdAt: "desc" }, take: 1, select: { decisions: { select: { subject: true } } } },
      },
    });
    // No working-group meeting put it forward this year: the steering group cannot adopt it.
    if (!preparing) continue;
    const candidate: PreparingMeeting = {
      id: preparing.id,
      partnershipId: preparing.group.partnershipId,
      groupKind: preparing.group.kind,
      cycleYear: preparing.cycleYear,
      status: preparing.status,
      latestMinutesSubjects: preparing.minutes[0]?.decisions.map((decision) => decision.subject) ?? null,
    };
    const refusal = preparationRefusal({ partnershipId, meetingId: meeting.id, groupKind: "STEERING_GROUP", cycleYear: year, subject }, preparing.id, candidate);
    if (refusal) throw new Error(`Demo minutes: the order of the year refuses ${subject} in ${year} (${refusal})`);
    decisions.push({ title, text, subject, agendaIndex, preparedByMeetingId: preparing.id });
  }
  return decisions;
}

function entryText(heading: string, index: number, decisionNumbers: readonly number[], adjusterName: string): string {
  const decided = decisionNumbers.length > 0 ? ` Beslut enligt ${decisionNumbers.map((number) => `§ ${number}`).join(" och ")}.` : "";
  if (index === 0) return `Ordföranden hälsade välkommen och förklarade mötet öppnat. Dagordningen godkändes. Till justerare valdes ${adjusterName}.${decided}`;
  return `${heading} föredrogs och diskuterades.${decided || " Gruppen noterade informationen."}`;
}
