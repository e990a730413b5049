import type { Prisma } from "@/generated/prisma/client";
import type { FocusArea, ProposalStatus, SustainabilityDimension } from "@/generated/prisma/enums";
import { stockholmParts, stockholmYear } from "@/features/meetings/meeting-time";
import { deadlineInstant, openingInstant } from "@/features/proposals/deadline";
import { PAST_AREAS, THIS_YEARS_AREAS } from "./demo-history";
import { DEMO_HISTORY_YEARS, recentExtraMeetingSlot } from "./demo-schedule";
import { slotInstants } from "./demo-dates";

/**
 * Demo proposals (issue #5), on top of the demo meetings and minutes (run after them, in the same
 * transaction): last year's call, with one proposal accepted by last year's steering-group decision
 * (a priority area for this year) and one rejected; this year's call, open until some weeks from
 * now, with proposals in each state of the way. For the steering group to decide this year's
 * proposals, an extra steering-group meeting held a few days ago has draft minutes with a decision
 * on priority areas prepared by this year's held working-group meeting — the regular meeting of
 * the year is still ahead, and a planned meeting cannot take decisions.
 *
 * Imports only pure rules, so scripts run it outside Next.js.
 */

type ProposalSeed = {
  author: string | null;
  status: ProposalStatus;
  title: string;
  problem: string;
  focusArea: FocusArea;
  thematic: string[];
  dimensions: SustainabilityDimension[];
  expectedResults: string;
  followUp: string;
  units: string[];
  period: [number, number];
  resources: string;
  contact: [string, string];
};

const DAY_MS = 86_400_000;
const VERSION_AFTER: Record<ProposalStatus, number> = { DRAFT: 1, SUBMITTED: 1, WITHDRAWN: 2, UNDER_REVIEW: 3, PUT_FORWARD: 4, ACCEPTED: 5, REJECTED: 5 };

export async function seedDemoProposals(tx: Prisma.TransactionClient, context: { partnershipId: string }): Promise<void> {
  const { partnershipId } = context;
  const now = new Date();
  const year = stockholmYear(now);
  const last = year - 1;

  const users = new Map(
    (await tx.user.findMany({ where: { partnershipId }, select: { id: true, account: { select: { email: true } } } })).flatMap((user) => (user.account ? [[user.account.email, user.id] as const] : [])),
  );
  const admin = users.get("admin@huddinge.example") ?? null;
  const areas = new Map((await tx.thematicArea.findMany({ where: { partnershipId }, select: { id: true, name: true } })).map((area) => [area.name, area.id]));
  const units = new Map((await tx.organisationalUnit.findMany({ where: { party: { partnershipId } }, select: { id: true, name: true } })).map((unit) => [unit.name, unit.id]));
  const groups = new Map((await tx.group.findMany({ where: { partnershipId }, select: { id: true, kind: true } })).map((group) => [group.kind, group.id]));
  const people = new Map((await tx.person.findMany({ where: { partnershipId }, select: { id: true, name: true } })).map((person) => [person.name, person.id]));

  /** The decision on priority areas of a group's held meeting in a year (from the minutes seed). */
  const priorityDecision = (kind: "WORKING_GROUP" | "STEERING_GROUP", cycleYear: number) =>
    tx.decision.findFirst({
      where: { subject: "PRIORITY_AREAS", meeting: { cycleYear, status: "HELD", groupId: groups.get(kind) } },
      orderBy: { meeting: { startsAt: "asc" } },
      select: { id: true, meetingId: true, meeting: { select: { startsAt: true } } },
    });

  // The past years' calls, long closed; the working group was told when each passed.
  const pastCalls = new Map<number, string>();
  for (let cycle = year - DEMO_HISTORY_YEARS; cycle <= last; cycle += 1) {
    const pastCall = await tx.proposalCall.create({
      data: {
        partnershipId,
        cycleYear: cycle,
        title: `Förslag till prioriterade områden ${cycle + 1}`,
        description: "Forskare, lärare och ledamöter inbjuds att föreslå prioriterade områden för partnerskapet.",
        opensAt: openingInstant(`${cycle}-01-15`)!,
        deadline: deadlineInstant(`${cycle}-02-28`)!,
        deadlineNotifiedAt: deadlineInstant(`${cycle}-02-28`)!,
        version: 1,
        createdById: admin,
        createdAt: openingInstant(`${cycle}-01-10`)!,
      },
    });
    pastCalls.set(cycle, pastCall.id);
  }
  // This year's call, open until four weeks from now.
  const deadlineDay = stockholmParts(new Date(now.getTime() + 28 * DAY_MS)).date;
  const call = await tx.proposalCall.create({
    data: {
      partnershipId,
      cycleYear: year,
      title: `Förslag till prioriterade områden ${year + 1}`,
      description: "Forskare, lärare och ledamöter inbjuds att föreslå prioriterade områden för partnerskapet. Arbetsgruppen bereder förslagen och ledningsgruppen beslutar.",
      opensAt: openingInstant(`${year}-01-15`)!,
      deadline: deadlineInstant(deadlineDay)!,
      createdById: admin,
      createdAt: new Date(Math.min(now.getTime(), openingInstant(`${year}-01-10`)!.getTime())),
    },
  });

  const create = async (seed: ProposalSeed, data: Partial<Prisma.ProposalUncheckedCreateInput> & { callId: string }) => {
    const submitted = seed.status !== "DRAFT";
    return tx.proposal.create({
      data: {
        partnershipId,
        authorId: seed.author ? (users.get(seed.author) ?? null) : null,
        status: seed.status,
        title: seed.title,
        problem: seed.problem,
        focusArea: seed.focusArea,
        dimensions: seed.dimensions,
        expectedResults: seed.expectedResults,
        followUp: seed.followUp,
        periodStartYear: seed.period[0],
        periodEndYear: seed.period[1],
        resources: seed.resources,
        contactName: seed.contact[0],
        contactEmail: seed.contact[1],
        submittedAt: submitted ? (data.submittedAt ?? new Date(now.getTime() - 30 * DAY_MS)) : null,
        // Each step the proposal went through bumped its version.
        version: VERSION_AFTER[seed.status],
        thematicAreas: { create: seed.thematic.map((name) => ({ thematicAreaId: areas.get(name)! })) },
        units: { create: seed.units.map((name) => ({ unitId: units.get(name)! })) },
        ...data,
      },
    });
  };

  // Each past cycle: proposals submitted before the working group's spring meeting, put forward
  // there, accepted by the steering group's meeting after it; each became a priority area of the
  // next year. Last year's call also had a proposal the steering group rejected.
  for (let cycle = year - DEMO_HISTORY_YEARS; cycle <= last; cycle += 1) {
    const putForward = await priorityDecision("WORKING_GROUP", cycle);
    const decision = await priorityDecision("STEERING_GROUP", cycle);
    if (!putForward || !decision) continue;
    const planYear = cycle + 1;
    const settled = {
      callId: pastCalls.get(cycle)!,
      recommendedAt: putForward.meeting.startsAt,
      putForwardMeetingId: putForward.meetingId,
      putForwardDecisionId: putForward.id,
      decisionId: decision.id,
      decidedAt: decision.meeting.startsAt,
    };
    const areaSeeds = planYear === year ? THIS_YEARS_AREAS : (PAST_AREAS[planYear - year] ?? []);
    for (const [index, area] of areaSeeds.entries()) {
      const accepted = await create(
        {
          author: area.author,
          status: "ACCEPTED",
          title: area.title,
          problem: area.problem,
          focusArea: area.focusArea,
          thematic: [area.thematic],
          dimensions: area.dimensions,
          expectedResults: area.expectedResults,
          followUp: area.followUp,
          units: area.units,
          period: [planYear, planYear + 1],
          resources: "Inom gruppernas ordinarie tid.",
          contact: area.contact,
        },
        {
          ...settled,
          submittedAt: deadlineInstant(`${cycle}-02-${String(10 + index * 3).padStart(2, "0")}`)!,
          recommendation: "RECOMMEND",
          recommendationReason: "Förslaget svarar mot båda parternas behov och kan genomföras inom partnerskapet.",
        },
      );
      await tx.priorityArea.create({
        data: {
          partnershipId,
          proposalId: accepted.id,
          title: accepted.title,
          description: accepted.problem,
          focusArea: area.focusArea,
          dimensions: area.dimensions,
          decisionId: decision.id,
          createdAt: decision.meeting.startsAt,
          years: { create: [{ year: planYear, decisionId: decision.id }] },
          thematicAreas: { create: [{ thematicAreaId: areas.get(area.thematic)! }] },
        },
      });
    }
    if (cycle !== last) continue;
    await create(
      {
        author: "arbetsgrupp@sh.example",
        status: "REJECTED",
        title: "Gemensam tjänst för skolbibliotek",
        problem: "Skolbiblioteken i kommunen har olika förutsättningar, och högskolans bibliotek skulle kunna stödja dem.",
        focusArea: "EDUCATION_AND_COMPETENCE",
        thematic: ["VFU och lärarutbildning"],
        dimensions: ["SOCIAL", "CULTURAL"],
        expectedResults: "En gemensam tjänst för fortbildning av skolbibliotekarier.",
        followUp: "Antal deltagare och skolor.",
        units: ["Barn- och utbildningsförvaltningen", "Lärarutbildningen"],
        period: [last + 1, last + 1],
        resources: "En halvtidstjänst, utöver gruppernas ordinarie tid.",
        contact: ["Sara Nyström", "arbetsgrupp@sh.example"],
      },
      {
        ...settled,
        submittedAt: deadlineInstant(`${last}-02-25`)!,
        recommendation: "DO_NOT_RECOMMEND",
        recommendationReason: "Förslaget kräver resurser utöver gruppernas ordinarie tid.",
      },
    );
  }

  // This cycle: proposals at each step.
  const vfu: Omit<ProposalSeed, "author" | "status" | "title"> = {
    problem: "Lärarstudenterna får sin VFU i ett fåtal skolor, och handledarna saknar tid för handledarutbildning.",
    focusArea: "EDUCATION_AND_COMPETENCE",
    thematic: ["VFU och lärarutbildning"],
    dimensions: ["SOCIAL", "ECONOMIC"],
    expectedResults: "Fler VFU-platser i fler skolor och fler utbildade handledare.",
    followUp: "Antal VFU-platser och utbildade handledare per termin.",
    units: ["Barn- och utbildningsförvaltningen", "Lärarutbildningen"],
    period: [year + 1, year + 2],
    resources: "Inom gruppernas ordinarie tid.",
    contact: ["Johan Ekberg", "forskare@sh.example"],
  };
  await create({ ...vfu, author: "forskare@sh.example", status: "DRAFT", title: "Utkast: fler VFU-platser i förskolan", resources: "" }, { callId: call.id });
  await create({ ...vfu, author: "forskare@sh.example", status: "SUBMITTED", title: "Handledarutbildning för VFU-handledare" }, { callId: call.id });
  const underReview = await create(
    {
      ...vfu,
      author: "forskare@sh.example",
      status: "UNDER_REVIEW",
      title: "Kompetensförsörjning inom äldreomsorgen",
      problem: "Äldreomsorgen har svårt att rekrytera undersköterskor och sjuksköterskor.",
      thematic: ["Kompetensförsörjning för bristyrken"],
      units: ["Social- och äldreomsorgsförvaltningen", "Institutionen för samhällsvetenskaper"],
    },
    { callId: call.id, recommendation: "RECOMMEND_WITH_CHANGES", recommendationReason: "Bra förslag; avgränsa till ett pilotområde första året.", recommendedAt: new Date(now.getTime() - 5 * DAY_MS) },
  );
  await tx.proposalComment.create({
    data: { proposalId: underReview.id, authorId: users.get("arbetsgrupp@sh.example") ?? null, text: "Kan vi koppla detta till vuxenutbildningens yrkesutbildningar?", createdAt: new Date(now.getTime() - 6 * DAY_MS) },
  });
  await create({ ...vfu, author: "forskare@sh.example", status: "WITHDRAWN", title: "Digital kompetens för lärare" }, { callId: call.id, withdrawnAt: new Date(now.getTime() - 10 * DAY_MS) });

  const putForward = await priorityDecision("WORKING_GROUP", year);
  if (putForward) {
    await create(
      {
        ...vfu,
        author: "admin@huddinge.example",
        status: "PUT_FORWARD",
        title: "Kulturskola och estetiska lärprocesser",
        focusArea: "EDUCATION_AND_COMPETENCE",
        thematic: ["Kultur och estetiska lärprocesser – Svarta lådan"],
        dimensions: ["CULTURAL", "SOCIAL"],
        units: ["Kultur- och fritidsförvaltningen", "Institutionen för kultur och lärande"],
        contact: ["Maria Lindqvist", "admin@huddinge.example"],
      },
      {
        callId: call.id,
        recommendation: "RECOMMEND",
        recommendationReason: "Bygger vidare på Svarta lådan och har stöd i båda förvaltningarna.",
        // Submitted before the spring meeting that put it forward.
        submittedAt: new Date(Math.min(deadlineInstant(`${year}-02-20`)!.getTime(), putForward.meeting.startsAt.getTime() - DAY_MS)),
        recommendedAt: putForward.meeting.startsAt,
        putForwardMeetingId: putForward.meetingId,
        putForwardDecisionId: putForward.id,
      },
    );
    // On a working day after the meeting that put the proposal forward; none when there was no such day yet.
    const slot = recentExtraMeetingSlot(now, putForward.meeting.startsAt);
    if (slot) await seedExtraSteeringMeeting(tx, { year, slot: slotInstants(slot), groupId: groups.get("STEERING_GROUP")!, preparedByMeetingId: putForward.meetingId, people, createdById: admin });
  }
}

/** A held extra steering-group meeting of this year with draft minutes that take decisions on priority areas. */
async function seedExtraSteeringMeeting(
  tx: Prisma.TransactionClient,
  input: { year: number; slot: { startsAt: Date; endsAt: Date }; groupId: string; preparedByMeetingId: string; people: Map<string, string>; createdById: string | null },
): Promise<void> {
  const { year } = input;
  const { startsAt, endsAt } = input.slot;
  const meeting = await tx.meeting.create({
    data: {
      groupId: input.groupId,
      title: `Extra möte om prioriterade områden ${year + 1}`,
      startsAt,
      endsAt,
      cycleYear: stockholmYear(startsAt),
      location: "Huddinge kommunhus, Kommunalvägen 28, sal Kvarnen",
      status: "HELD",
      isExtra: true,
      extraReason: `Beslut om prioriterade områden ${year + 1} före årets ordinarie möte.`,
      noticeSentAt: new Date(startsAt.getTime() - 7 * DAY_MS),
      version: 3,
      createdById: input.createdById,
      createdAt: new Date(startsAt.getTime() - 10 * DAY_MS),
      agendaItems: {
        create: [
          { position: 1, title: "Mötets öppnande och val av justerare", type: "INFORMATION", durationMinutes: 5 },
          { position: 2, title: `Beslut om prioriterade områden ${year + 1}`, type: "DECISION", durationMinutes: 45, description: "Förslag från strategiska arbetsgruppen." },
        ],
      },
    },
    include: { agendaItems: { orderBy: { position: "asc" }, select: { id: true, title: true } } },
  });
  const present = ["Anders Holmberg", "Eva Lundgren", "Peter Axelsson", "Maria Lindqvist"];
  await tx.attendance.createMany({
    data: [
      ...present.flatMap((name) => (input.people.get(name) ? [{ meetingId: meeting.id, personId: input.people.get(name)!, status: "PRESENT" as const, recordedById: input.createdById, recordedAt: endsAt }] : [])),
      ...(input.people.get("Lena Forsberg") ? [{ meetingId: meeting.id, personId: input.people.get("Lena Forsberg")!, status: "EXCUSED" as const, recordedById: input.createdById, recordedAt: endsAt }] : []),
    ],
  });
  const minutes = await tx.minutes.create({
    data: {
      meetingId: meeting.id,
      chairPersonId: input.people.get("Anders Holmberg") ?? null,
      secretaryPersonId: input.people.get("Maria Lindqvist") ?? null,
      createdById: input.createdById,
      entries: {
        create: meeting.agendaItems.map((item, index) => ({
          agendaItemId: item.id,
          position: index + 1,
          heading: item.title,
          text: index === 0 ? "Ordföranden förklarade mötet öppnat." : "Arbetsgruppens förslag föredrogs. Beslut enligt § 1.",
        })),
      },
    },
  });
  await tx.decision.create({
    data: {
      minutesId: minutes.id,
      meetingId: meeting.id,
      agendaItemId: meeting.agendaItems[1]?.id ?? null,
      number: 1,
      subject: "PRIORITY_AREAS",
      title: `Prioriterade områden ${year + 1}`,
      text: `Ledningsgruppen beslutar om prioriterade områden för ${year + 1} enligt arbetsgruppens förslag.`,
      preparedByMeetingId: input.preparedByMeetingId,
    },
  });
}
