/**
 * Ten years of history for `npm run bench`, on top of the demo partnership (its people, accounts
 * and groups; not its meetings or plans): for the years Y−10 … Y the groups' meetings with
 * attendance, approved minutes and decisions, a call for proposals each year with decided
 * proposals and the priority areas they became, and the activity plans of Y−9 … Y (all CLOSED
 * but Y's, which is ADOPTED) with about 50 activities each, their indicators, follow-ups and
 * results, and about 280 more people, many of them members of a group for a few years.
 *
 * Written with createMany in batches. Choices come from a seeded generator: every run seeds the
 * same history (only the years move with the calendar).
 */
import { randomUUID } from "node:crypto";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import type { ActivityStatus, CollaborationKind, FocusArea, GroupKind, GroupRole, PartyType, ProposalStatus, ResultKind, SustainabilityDimension } from "@/generated/prisma/enums";
import { instantFromStockholm } from "@/features/meetings/meeting-time";
import { loadPlanSnapshot } from "@/features/activity-plans/snapshot-load";

export type BenchHistoryOptions = {
  partnershipId: string;
  /** The current year Y: the history ends with Y's adopted plan. */
  year: number;
  /** Activities per plan, on average (default 50). */
  activitiesPerPlan?: number;
  /** People added to the demo partnership's (default 282, about 300 in all). */
  extraPeople?: number;
};

const BATCH = 500;
const DAY_MS = 86_400_000;

/** A small deterministic generator (mulberry32). */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    chance: (probability: number) => next() < probability,
    /** `count` distinct items, in the order they were drawn. */
    some: <T>(items: readonly T[], count: number): T[] => {
      const pool = [...items];
      const chosen: T[] = [];
      while (chosen.length < count && pool.length > 0) chosen.push(pool.splice(Math.floor(next() * pool.length), 1)[0]!);
      return chosen;
    },
  };
}

async function inBatches<T>(rows: readonly T[], write: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH) await write(rows.slice(start, start + BATCH));
}

const at = (date: string, time: string) => {
  const instant = instantFromStockholm(date, time);
  if (!instant) throw new Error(`Bench seed: not a date and time: ${date} ${time}`);
  return instant;
};
const day = (date: string) => new Date(`${date}T00:00:00Z`);

const FIRST_NAMES = [
  "Anna", "Erik", "Maria", "Lars", "Karin", "Johan", "Sofia", "Mikael", "Elin", "Per", "Emma", "Anders", "Sara", "Jonas", "Lina", "Magnus",
  "Ida", "Fredrik", "Hanna", "Oskar", "Amira", "Daniel", "Malin", "Ahmed", "Linnea", "Henrik", "Maja", "Ali", "Cecilia", "Viktor", "Frida",
  "Nils", "Yasmin", "Gustav", "Julia", "Omar", "Ebba", "Karl", "Tove", "Hassan",
];
const LAST_NAMES = [
  "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson", "Pettersson",
  "Jonsson", "Jansson", "Hansson", "Bengtsson", "Jönsson", "Lindberg", "Jakobsson", "Magnusson", "Olofsson", "Lindström", "Lindqvist",
  "Lindgren", "Axelsson", "Berg", "Bergström", "Lundberg", "Lind", "Lundgren", "Mattsson", "Berglund", "Fredriksson", "Sandberg",
  "Henriksson", "Forsberg", "Sjöberg", "Wallin", "Engström", "Eklund", "Danielsson",
];
const MUNICIPAL_TITLES = ["Verksamhetschef", "Utvecklingsledare", "Enhetschef", "Rektor", "Strateg", "Förskolechef", "Planeringsarkitekt", "Socialsekreterare"];
const UNIVERSITY_TITLES = ["Universitetslektor", "Docent", "Professor", "Adjunkt", "Forskare", "Studierektor", "Doktorand"];

const ACTIVITY_THEMES: Record<FocusArea, readonly string[]> = {
  EDUCATION_AND_COMPETENCE: [
    "VFU-platser i förskolan", "VFU-platser i grundskolan", "Handledarutbildning", "Examensarbeten i förvaltningarna", "Praktik för socionomstudenter",
    "Kompetensutveckling för lärare i matematik", "Yrkesintroduktion i äldreomsorgen", "Språkutvecklande arbetssätt", "Estetiska lärprocesser",
    "Rekrytering av förskollärare", "Kurs i ledarskap för hållbar samhällsutveckling", "Design thinking för chefer",
  ],
  RESEARCH_AND_DEVELOPMENT: [
    "Skolnärvaro och elevhälsa", "Klimatanpassning i detaljplaner", "Barns läsning", "Trygghet i offentliga miljöer", "Digitala stöd i hemtjänsten",
    "Ungas fritid och föreningsliv", "Integration på arbetsmarknaden", "Energieffektiva skolbyggnader", "Lokal demokrati och medborgardialog",
    "Dagvatten och grönstruktur", "Kulturarv i Huddinge", "Matematikundervisning i årskurs 4–6",
  ],
};
const KINDS_BY_FOCUS: Record<FocusArea, readonly CollaborationKind[]> = {
  EDUCATION_AND_COMPETENCE: ["VFU_PLACEMENT", "DEGREE_PROJECT", "COURSE", "COMPETENCE_DEVELOPMENT", "INTERNSHIP"],
  RESEARCH_AND_DEVELOPMENT: ["JOINT_RESEARCH", "DEGREE_PROJECT", "COMPETENCE_DEVELOPMENT", "OTHER"],
};
const DIMENSIONS: readonly SustainabilityDimension[] = ["SOCIAL", "ECOLOGICAL", "ECONOMIC", "CULTURAL"];
const RESULT_KINDS: readonly ResultKind[] = ["PUBLICATION", "REPORT", "DEGREE_PROJECT", "COURSE", "PLACEMENT", "EVENT", "OTHER"];

type Person = { id: string; party: PartyType };
type MembershipRow = Prisma.MembershipCreateManyInput & { id: string; groupId: string; personId: string; role: GroupRole; startDate: Date; endDate: Date | null };
type AgendaSeed = { title: string; type: "INFORMATION" | "DISCUSSION" | "DECISION" };
type DecisionSeed = { subject: "GENERAL" | "PRIORITY_AREAS" | "ACTIVITY_PLAN" | "FOLLOW_UP"; title: string; text: string; agendaIndex: number; preparedBy?: string };
type MeetingSeed = {
  id: string;
  group: GroupKind;
  title: string;
  date: string;
  start: string;
  end: string;
  held: boolean;
  isExtra?: string;
  isPublic?: boolean;
  agenda: AgendaSeed[];
  decisions: DecisionSeed[];
};
/** The decisions of a year's regular meetings, by what later rows need. */
type YearDecisions = { proposePriorities?: string; proposePlan?: string; followUp?: string; priorities?: string; plan?: string; springId: string; autumnId?: string; steeringId?: string; steeringAt?: Date; springAt: Date; autumnAt?: Date };

export type BenchSizes = Record<string, number>;

export async function seedBenchHistory(prisma: PrismaClient, options: BenchHistoryOptions): Promise<BenchSizes> {
  const { partnershipId, year } = options;
  const first = year - 10;
  const random = generator(20_211_011);
  const perPlan = options.activitiesPerPlan ?? 50;

  // What the demo partnership already holds.
  const groups = Object.fromEntries((await prisma.group.findMany({ where: { partnershipId } })).map((group) => [group.kind, group.id])) as Record<GroupKind, string>;
  const parties = Object.fromEntries((await prisma.party.findMany({ where: { partnershipId } })).map((party) => [party.type, party.id])) as Record<PartyType, string>;
  const unitRows = await prisma.organisationalUnit.findMany({ where: { party: { partnershipId } }, select: { id: true, party: { select: { type: true } } } });
  const unitsOf = (party: PartyType) => unitRows.filter((unit) => unit.party.type === party).map((unit) => unit.id);
  const areas = await prisma.thematicArea.findMany({ where: { partnershipId }, orderBy: { sortOrder: "asc" }, select: { id: true, focusArea: true } });
  const users = new Map((await prisma.user.findMany({ where: { partnershipId }, select: { id: true, account: { select: { email: true } } } })).flatMap((user) => (user.account ? [[user.account.email, user.id] as const] : [])));
  const workingGroupUser = users.get("arbetsgrupp@sh.example") ?? null;
  const adminUser = users.get("admin@huddinge.example") ?? null;

  // People: the demo's and as many more.
  const people: Person[] = (await prisma.person.findMany({ where: { partnershipId }, select: { id: true, party: { select: { type: true } } } })).map((person) => ({ id: person.id, party: person.party?.type ?? "MUNICIPALITY" }));
  const newPeople: Prisma.PersonCreateManyInput[] = [];
  for (let index = 0; index < (options.extraPeople ?? 282); index++) {
    const party: PartyType = index % 2 === 0 ? "MUNICIPALITY" : "UNIVERSITY";
    const name = `${FIRST_NAMES[index % FIRST_NAMES.length]} ${LAST_NAMES[(index * 7 + Math.floor(index / FIRST_NAMES.length)) % LAST_NAMES.length]}`;
    const id = randomUUID();
    newPeople.push({
      id,
      partnershipId,
      name,
      title: random.pick(party === "MUNICIPALITY" ? MUNICIPAL_TITLES : UNIVERSITY_TITLES),
      partyId: parties[party],
      unitId: random.pick(unitsOf(party)),
      createdAt: at(`${first}-01-02`, "09:00"),
    });
    people.push({ id, party });
  }
  await inBatches(newPeople, (batch) => prisma.person.createMany({ data: batch }));
  const generated = people.slice(people.length - newPeople.length);
  const ofParty = (party: PartyType) => people.filter((person) => person.party === party);

  // Memberships: the demo's, and seats in each group filled by generated people for two to four years at a time.
  const memberships: MembershipRow[] = (await prisma.membership.findMany({ where: { group: { partnershipId } } })).map((row) => ({ ...row }));
  const newMemberships: MembershipRow[] = [];
  const membershipAreas: Prisma.MembershipThematicAreaCreateManyInput[] = [];
  let nextMember = 0;
  const slots: { group: GroupKind; party: PartyType }[] = [
    ...Array.from({ length: 16 }, (_, index) => ({ group: "WORKING_GROUP" as const, party: (index % 2 === 0 ? "MUNICIPALITY" : "UNIVERSITY") as PartyType })),
    ...Array.from({ length: 4 }, (_, index) => ({ group: "STEERING_GROUP" as const, party: (index % 2 === 0 ? "MUNICIPALITY" : "UNIVERSITY") as PartyType })),
  ];
  for (const [slotIndex, slot] of slots.entries()) {
    // The steering group's seats are always filled (its minutes need a chair and an adjuster present).
    const steering = slot.group === "STEERING_GROUP";
    let start = first + (steering || slotIndex % 3 === 0 ? 0 : random.int(0, 1));
    while (start <= year) {
      const length = random.int(2, 4);
      const candidates = generated.filter((person) => person.party === slot.party);
      const person = candidates[nextMember++ % candidates.length]!;
      const endYear = start + length - 1;
      const id = randomUUID();
      newMemberships.push({
        id,
        groupId: groups[slot.group],
        personId: person.id,
        partyId: parties[slot.party],
        role: "MEMBER",
        startDate: day(`${start}-01-01`),
        endDate: endYear >= year ? null : day(`${endYear}-12-31`),
        createdAt: at(`${start}-01-01`, "09:00"),
      });
      if (slot.group === "WORKING_GROUP") membershipAreas.push({ membershipId: id, thematicAreaId: areas[slotIndex % areas.length]!.id });
      // Now and then a working-group seat stays empty for a year.
      start = endYear + 1 + (!steering && random.chance(0.15) ? 1 : 0);
    }
  }
  await inBatches(newMemberships, (batch) => prisma.membership.createMany({ data: batch }));
  await inBatches(membershipAreas, (batch) => prisma.membershipThematicArea.createMany({ data: batch }));
  memberships.push(...newMemberships);

  // Meetings: five a year, the two regular working-group meetings and the steering group's, and one extra of each group; this year only the spring meeting is held.
  const meetings: MeetingSeed[] = [];
  const decisionsOf = new Map<number, YearDecisions>();
  const decisionIds = new Map<DecisionSeed, string>();
  for (let cycle = first; cycle <= year; cycle++) {
    const next = cycle + 1;
    const current = cycle === year;
    const spring: MeetingSeed = {
      id: randomUUID(),
      group: "WORKING_GROUP",
      title: "Arbetsgruppens vårmöte",
      date: `${cycle}-03-12`,
      start: "13:00",
      end: "16:00",
      held: true,
      agenda: [
        { title: "Mötets öppnande och val av justerare", type: "INFORMATION" },
        { title: "Uppföljning av pågående aktiviteter", type: "DISCUSSION" },
        { title: `Förslag till prioriterade områden ${next}`, type: "DECISION" },
        { title: "Övriga frågor", type: "INFORMATION" },
      ],
      decisions: [
        { subject: "FOLLOW_UP", title: "Rapporter från de tematiska områdena", text: "Arbetsgruppen noterar rapporterna från de tematiska områdena.", agendaIndex: 1 },
        { subject: "PRIORITY_AREAS", title: `Förslag till prioriterade områden ${next}`, text: `Arbetsgruppen lägger fram förslag till prioriterade områden för ${next}.`, agendaIndex: 2 },
      ],
    };
    const autumn: MeetingSeed = {
      id: randomUUID(),
      group: "WORKING_GROUP",
      title: "Arbetsgruppens höstmöte",
      date: `${cycle}-09-17`,
      start: "13:00",
      end: "16:00",
      held: !current,
      agenda: [
        { title: "Mötets öppnande och val av justerare", type: "INFORMATION" },
        { title: `Utkast till verksamhetsplan ${next}`, type: "DECISION" },
        { title: "Underlag till ledningsgruppens möte", type: "DISCUSSION" },
        { title: "Övriga frågor", type: "INFORMATION" },
      ],
      decisions: current ? [] : [{ subject: "ACTIVITY_PLAN", title: `Förslag till verksamhetsplan ${next}`, text: `Arbetsgruppen lägger fram förslag till verksamhetsplan för ${next}.`, agendaIndex: 1 }],
    };
    const steering: MeetingSeed = {
      id: randomUUID(),
      group: "STEERING_GROUP",
      title: "Uppföljning och beslut om verksamhetsplan",
      date: `${cycle}-11-05`,
      start: "09:00",
      end: "11:00",
      held: !current,
      isPublic: true,
      agenda: [
        { title: "Mötets öppnande och val av justerare", type: "INFORMATION" },
        { title: `Uppföljning av arbetet ${cycle}`, type: "DISCUSSION" },
        { title: `Beslut om prioriterade områden ${next}`, type: "DECISION" },
        { title: `Beslut om verksamhetsplan ${next}`, type: "DECISION" },
        { title: "Övriga frågor", type: "INFORMATION" },
      ],
      decisions: current
        ? []
        : [
            { subject: "FOLLOW_UP", title: `Uppföljning ${cycle}`, text: `Ledningsgruppen godkänner uppföljningen av ${cycle} och avslutar årets verksamhetsplan.`, agendaIndex: 1 },
            { subject: "PRIORITY_AREAS", title: `Prioriterade områden ${next}`, text: `Ledningsgruppen fastställer prioriterade områden för ${next}.`, agendaIndex: 2, preparedBy: spring.id },
            { subject: "ACTIVITY_PLAN", title: `Verksamhetsplan ${next}`, text: `Ledningsgruppen fastställer verksamhetsplanen för ${next}.`, agendaIndex: 3, preparedBy: autumn.id },
          ],
    };
    meetings.push(spring, autumn, steering);
    if (!current) {
      meetings.push(
        {
          id: randomUUID(),
          group: "WORKING_GROUP",
          title: "Workshop om indikatorer",
          date: `${cycle}-05-20`,
          start: "09:00",
          end: "12:00",
          held: true,
          isExtra: "Gemensam workshop om indikatorer inför uppföljningen.",
          agenda: [
            { title: "Mötets öppnande och val av justerare", type: "INFORMATION" },
            { title: "Gemensamma indikatorer", type: "DECISION" },
          ],
          decisions: [{ subject: "GENERAL", title: "Gemensamma indikatorer", text: "Arbetsgruppen antar en gemensam lista över indikatorer för aktiviteterna.", agendaIndex: 1 }],
        },
        {
          id: randomUUID(),
          group: "STEERING_GROUP",
          title: "Extra möte om partnerskapets inriktning",
          date: `${cycle}-04-16`,
          start: "10:00",
          end: "11:00",
          held: true,
          isExtra: "Information om nationella satsningar som berör partnerskapet.",
          agenda: [
            { title: "Mötets öppnande och val av justerare", type: "INFORMATION" },
            { title: "Partnerskapets inriktning", type: "DECISION" },
          ],
          decisions: [{ subject: "GENERAL", title: "Partnerskapets inriktning", text: "Ledningsgruppen ger arbetsgruppen i uppdrag att beakta de nationella satsningarna.", agendaIndex: 1 }],
        },
      );
    }
    for (const meeting of [spring, autumn, steering]) for (const decision of meeting.decisions) decisionIds.set(decision, randomUUID());
    const id = (meeting: MeetingSeed, subject: DecisionSeed["subject"]) => {
      const decision = meeting.decisions.find((candidate) => candidate.subject === subject);
      return decision ? decisionIds.get(decision) : undefined;
    };
    decisionsOf.set(cycle, {
      proposePriorities: id(spring, "PRIORITY_AREAS"),
      proposePlan: id(autumn, "ACTIVITY_PLAN"),
      followUp: id(steering, "FOLLOW_UP"),
      priorities: id(steering, "PRIORITY_AREAS"),
      plan: id(steering, "ACTIVITY_PLAN"),
      springId: spring.id,
      autumnId: autumn.id,
      steeringId: steering.id,
      springAt: at(spring.date, spring.start),
      autumnAt: at(autumn.date, autumn.start),
      steeringAt: at(steering.date, steering.start),
    });
  }

  const meetingRows: Prisma.MeetingCreateManyInput[] = [];
  const agendaRows: (Prisma.AgendaItemCreateManyInput & { id: string })[] = [];
  const attendanceRows: Prisma.AttendanceCreateManyInput[] = [];
  const minutesRows: Prisma.MinutesCreateManyInput[] = [];
  const entryRows: Prisma.MinutesEntryCreateManyInput[] = [];
  const decisionRows: Prisma.DecisionCreateManyInput[] = [];
  const adjusterRows: Prisma.MinutesAdjusterCreateManyInput[] = [];
  const approvalRows: Prisma.MinutesApprovalCreateManyInput[] = [];
  for (const meeting of meetings) {
    const startsAt = at(meeting.date, meeting.start);
    const endsAt = at(meeting.date, meeting.end);
    const cycleYear = Number(meeting.date.slice(0, 4));
    meetingRows.push({
      id: meeting.id,
      groupId: groups[meeting.group],
      title: meeting.title,
      startsAt,
      endsAt,
      cycleYear,
      location: meeting.group === "STEERING_GROUP" ? "Huddinge kommunhus, sal Kvarnen" : "Södertörns högskola, Flemingsberg",
      status: meeting.held ? "HELD" : "PLANNED",
      isExtra: Boolean(meeting.isExtra),
      extraReason: meeting.isExtra ?? null,
      isPublic: meeting.isPublic ?? false,
      noticeSentAt: meeting.held ? new Date(startsAt.getTime() - 14 * DAY_MS) : null,
      version: meeting.held ? 3 : 2,
      createdById: adminUser,
      createdAt: new Date(startsAt.getTime() - 30 * DAY_MS),
    });
    const agendaIds = meeting.agenda.map((item, index) => {
      const id = randomUUID();
      agendaRows.push({ id, meetingId: meeting.id, position: index + 1, title: item.title, type: item.type, durationMinutes: item.type === "DECISION" ? 45 : 15 });
      return id;
    });
    if (!meeting.held) continue;

    const meetingDay = day(meeting.date);
    const members = memberships.filter((row) => row.groupId === groups[meeting.group] && row.startDate <= meetingDay && (!row.endDate || row.endDate >= meetingDay));
    const seen = new Set<string>();
    const attending = members.filter((row) => !seen.has(row.personId) && seen.add(row.personId));
    const present: MembershipRow[] = [];
    for (const [index, member] of attending.entries()) {
      const status = member.role === "CHAIR" || member.role === "SECRETARY" || index % 6 !== 4 ? "PRESENT" : index % 2 === 0 ? "EXCUSED" : "ABSENT";
      if (status === "PRESENT") present.push(member);
      attendanceRows.push({ meetingId: meeting.id, personId: member.personId, status, recordedById: adminUser, recordedAt: endsAt });
    }
    const chair = present.find((member) => member.role === "CHAIR") ?? present.find((member) => member.role !== "SECRETARY") ?? present[0];
    const secretary = present.find((member) => member.role === "SECRETARY");
    const adjuster = present.find((member) => member !== chair && member !== secretary) ?? present.find((member) => member !== chair);
    if (!chair || !adjuster) throw new Error(`Bench seed: too few present at ${meeting.title} ${meeting.date}`);
    const minutesId = randomUUID();
    const approvedAt = new Date(endsAt.getTime() + 7 * DAY_MS);
    // Written before they are approved: approved minutes and their decisions are locked by a trigger.
    minutesRows.push({ id: minutesId, meetingId: meeting.id, status: "IN_ADJUSTMENT", chairPersonId: chair.personId, secretaryPersonId: secretary?.personId ?? null, version: 2, createdById: adminUser, createdAt: new Date(endsAt.getTime() + DAY_MS) });
    meeting.agenda.forEach((item, index) => {
      const numbers = meeting.decisions.flatMap((decision, number) => (decision.agendaIndex === index ? [number + 1] : []));
      entryRows.push({
        id: randomUUID(),
        minutesId,
        agendaItemId: agendaIds[index]!,
        position: index + 1,
        heading: item.title,
        text: `${item.title} föredrogs och diskuterades.${numbers.length ? ` Beslut enligt ${numbers.map((number) => `§ ${number}`).join(" och ")}.` : ""}`,
      });
    });
    meeting.decisions.forEach((decision, index) => {
      decisionRows.push({
        id: decisionIds.get(decision) ?? randomUUID(),
        minutesId,
        meetingId: meeting.id,
        agendaItemId: agendaIds[decision.agendaIndex] ?? null,
        number: index + 1,
        subject: decision.subject,
        title: decision.title,
        text: decision.text,
        preparedByMeetingId: decision.preparedBy ?? null,
        createdAt: new Date(endsAt.getTime() + DAY_MS),
      });
    });
    adjusterRows.push({ minutesId, personId: adjuster.personId, appointedAt: startsAt });
    approvalRows.push(
      { id: randomUUID(), minutesId, personId: chair.personId, role: "CHAIR", approvedAt: new Date(approvedAt.getTime() - 3600_000) },
      { id: randomUUID(), minutesId, personId: adjuster.personId, role: "ADJUSTER", approvedAt },
    );
  }
  await inBatches(meetingRows, (batch) => prisma.meeting.createMany({ data: batch }));
  await inBatches(agendaRows, (batch) => prisma.agendaItem.createMany({ data: batch }));
  await inBatches(attendanceRows, (batch) => prisma.attendance.createMany({ data: batch }));
  await inBatches(minutesRows, (batch) => prisma.minutes.createMany({ data: batch }));
  await inBatches(entryRows, (batch) => prisma.minutesEntry.createMany({ data: batch }));
  await inBatches(decisionRows, (batch) => prisma.decision.createMany({ data: batch }));
  await inBatches(adjusterRows, (batch) => prisma.minutesAdjuster.createMany({ data: batch }));
  await inBatches(approvalRows, (batch) => prisma.minutesApproval.createMany({ data: batch }));
  // The justering completed: approved a week after each meeting.
  await prisma.$executeRaw`
    UPDATE "Minutes" AS mi SET "status" = 'APPROVED', "approvedAt" = me."endsAt" + interval '7 days'
      FROM "Meeting" AS me JOIN "Group" AS g ON g."id" = me."groupId"
     WHERE me."id" = mi."meetingId" AND g."partnershipId" = ${partnershipId} AND mi."status" = 'IN_ADJUSTMENT'`;

  // A call for proposals each year; the proposals of past calls decided, this year's in review.
  const callRows: Prisma.ProposalCallCreateManyInput[] = [];
  const proposalRows: Prisma.ProposalCreateManyInput[] = [];
  const proposalAreaRows: Prisma.ProposalThematicAreaCreateManyInput[] = [];
  const priorityRows: Prisma.PriorityAreaCreateManyInput[] = [];
  const priorityYearRows: Prisma.PriorityAreaYearCreateManyInput[] = [];
  const priorityAreaRows: Prisma.PriorityAreaThematicAreaCreateManyInput[] = [];
  const priorityAreasFor = new Map<number, string[]>();
  for (let cycle = first; cycle <= year; cycle++) {
    const decided = decisionsOf.get(cycle)!;
    const callId = randomUUID();
    callRows.push({
      partnershipId,
      id: callId,
      cycleYear: cycle,
      title: `Förslag till prioriterade områden ${cycle + 1}`,
      description: "Forskare, lärare och ledamöter inbjuds att föreslå prioriterade områden.",
      opensAt: at(`${cycle}-01-15`, "00:00"),
      deadline: at(`${cycle}-02-28`, "23:59"),
      createdById: adminUser,
      createdAt: at(`${cycle}-01-10`, "09:00"),
    });
    const statuses: ProposalStatus[] = cycle === year ? ["SUBMITTED", "SUBMITTED", "UNDER_REVIEW", "UNDER_REVIEW", "DRAFT", "WITHDRAWN"] : ["ACCEPTED", "ACCEPTED", "REJECTED", "REJECTED", "WITHDRAWN", "DRAFT"];
    for (const [index, status] of statuses.entries()) {
      const area = areas[(cycle + index) % areas.length]!;
      const focusArea = area.focusArea;
      const theme = random.pick(ACTIVITY_THEMES[focusArea]);
      const dimensions = random.some(DIMENSIONS, random.int(1, 3));
      const id = randomUUID();
      const reviewed = status === "ACCEPTED" || status === "REJECTED" || status === "UNDER_REVIEW";
      const decidedStatus = status === "ACCEPTED" || status === "REJECTED";
      proposalRows.push({
        id,
        partnershipId,
        callId,
        authorId: users.get("forskare@sh.example") ?? null,
        status,
        title: `${theme} (${cycle})`,
        problem: `Behov inom ${theme.toLowerCase()} som partnerskapet kan möta.`,
        focusArea,
        dimensions,
        expectedResults: "Gemensamma aktiviteter med mätbara resultat.",
        followUp: "Indikatorer följs upp årligen.",
        periodStartYear: cycle + 1,
        periodEndYear: cycle + 2,
        resources: "Inom gruppernas ordinarie tid.",
        contactName: "Johan Ekberg",
        contactEmail: "forskare@sh.example",
        version: status === "DRAFT" ? 1 : decidedStatus ? 5 : status === "UNDER_REVIEW" ? 3 : status === "WITHDRAWN" ? 2 : 1,
        submittedAt: status === "DRAFT" ? null : at(`${cycle}-02-20`, "12:00"),
        recommendation: reviewed ? (status === "REJECTED" ? "DO_NOT_RECOMMEND" : "RECOMMEND") : null,
        recommendationReason: reviewed ? (status === "REJECTED" ? "Kräver resurser utöver gruppernas ordinarie tid." : "Svarar mot båda parters behov.") : null,
        recommendedAt: reviewed ? decided.springAt : null,
        putForwardMeetingId: decidedStatus ? decided.springId : null,
        putForwardDecisionId: decidedStatus ? (decided.proposePriorities ?? null) : null,
        decisionId: decidedStatus ? (decided.priorities ?? null) : null,
        decidedAt: decidedStatus ? (decided.steeringAt ?? null) : null,
        withdrawnAt: status === "WITHDRAWN" ? at(`${cycle}-03-01`, "12:00") : null,
        createdAt: at(`${cycle}-02-01`, "12:00"),
      });
      proposalAreaRows.push({ proposalId: id, thematicAreaId: area.id });
      if (status === "ACCEPTED") {
        const priorityId = randomUUID();
        priorityRows.push({ id: priorityId, partnershipId, proposalId: id, title: `${theme} (${cycle})`, description: `Prioriterat område för ${cycle + 1}.`, focusArea, dimensions, decisionId: decided.priorities!, createdAt: decided.steeringAt! });
        priorityYearRows.push({ priorityAreaId: priorityId, year: cycle + 1, decisionId: decided.priorities!, createdAt: decided.steeringAt! });
        priorityAreaRows.push({ priorityAreaId: priorityId, thematicAreaId: area.id });
        priorityAreasFor.set(cycle + 1, [...(priorityAreasFor.get(cycle + 1) ?? []), priorityId]);
      }
    }
  }
  await inBatches(callRows, (batch) => prisma.proposalCall.createMany({ data: batch }));
  await inBatches(proposalRows, (batch) => prisma.proposal.createMany({ data: batch }));
  await inBatches(proposalAreaRows, (batch) => prisma.proposalThematicArea.createMany({ data: batch }));
  await inBatches(priorityRows, (batch) => prisma.priorityArea.createMany({ data: batch }));
  await inBatches(priorityYearRows, (batch) => prisma.priorityAreaYear.createMany({ data: batch }));
  await inBatches(priorityAreaRows, (batch) => prisma.priorityAreaThematicArea.createMany({ data: batch }));

  // The plans of Y−9 … Y: proposed and adopted the year before, closed by their year's follow-up (Y's still ahead).
  const planRows: Prisma.ActivityPlanCreateManyInput[] = [];
  const activityRows: Prisma.ActivityCreateManyInput[] = [];
  const indicatorRows: (Prisma.ActivityIndicatorCreateManyInput & { id: string })[] = [];
  const followUpRows: (Prisma.ActivityFollowUpCreateManyInput & { id: string })[] = [];
  const outcomeRows: Prisma.IndicatorOutcomeCreateManyInput[] = [];
  const resultRows: Prisma.ResultCreateManyInput[] = [];
  const revised: { planId: string; at: Date }[] = [];
  let delayedLastYear: (Prisma.ActivityCreateManyInput & { id: string })[] = [];
  for (let planYear = year - 9; planYear <= year; planYear++) {
    const before = decisionsOf.get(planYear - 1)!;
    const own = decisionsOf.get(planYear)!;
    const closed = planYear < year;
    const planId = randomUUID();
    planRows.push({
      id: planId,
      partnershipId,
      year: planYear,
      status: closed ? "CLOSED" : "ADOPTED",
      summary: `Verksamhetsplan ${planYear} för det strategiska partnerskapet.`,
      proposedByDecisionId: before.proposePlan!,
      proposedAt: before.autumnAt!,
      adoptedByDecisionId: before.plan!,
      adoptedAt: before.steeringAt!,
      closedByDecisionId: closed ? own.followUp! : null,
      closedAt: closed ? own.steeringAt! : null,
      version: closed ? 4 : 3,
      createdAt: new Date(before.autumnAt!.getTime() - 30 * DAY_MS),
    });
    if (planYear % 3 === 0) revised.push({ planId, at: at(`${planYear}-04-01`, "12:00") });

    const count = perPlan + random.int(-4, 4);
    const delayedNow: (Prisma.ActivityCreateManyInput & { id: string })[] = [];
    for (let index = 0; index < count; index++) {
      const carried = index < delayedLastYear.length ? delayedLastYear[index] : undefined;
      const area = carried ? areas.find((candidate) => candidate.id === carried.thematicAreaId)! : random.pick(areas);
      const focusArea = area.focusArea;
      const status = statusFor(random, closed);
      const id = randomUUID();
      const startMonth = random.int(1, 6);
      const endMonth = random.int(Math.max(startMonth + 2, 7), 12);
      const municipal = random.pick(ofParty("MUNICIPALITY"));
      const university = random.pick(ofParty("UNIVERSITY"));
      const priorities = priorityAreasFor.get(planYear) ?? [];
      const activity = {
        id,
        planId,
        title: carried ? carried.title : `${random.pick(ACTIVITY_THEMES[focusArea])} ${planYear}:${index + 1}`,
        description: "Aktivitet i partnerskapets verksamhetsplan.",
        priorityAreaId: priorities.length > 0 && random.chance(0.35) ? random.pick(priorities) : null,
        focusArea,
        thematicAreaId: area.id,
        dimensions: random.some(DIMENSIONS, random.int(1, 3)),
        collaborationKinds: random.some(KINDS_BY_FOCUS[focusArea], random.int(1, 2)),
        municipalResponsibleId: municipal.id,
        universityResponsibleId: university.id,
        municipalUnitId: random.pick(unitsOf("MUNICIPALITY")),
        universityUnitId: random.pick(unitsOf("UNIVERSITY")),
        startsOn: day(`${planYear}-${String(startMonth).padStart(2, "0")}-01`),
        endsOn: day(`${planYear}-${String(endMonth).padStart(2, "0")}-28`),
        expectedResults: "Förväntade resultat enligt indikatorerna.",
        carriedOverFromId: carried?.id ?? null,
        // As adopted; the follow-ups below are copied onto the activity after the plan's snapshot is taken.
        status: "NOT_STARTED" as ActivityStatus,
        progress: 0,
        version: 1,
        createdAt: new Date(before.autumnAt!.getTime() - 20 * DAY_MS),
      };
      activityRows.push(activity);
      if (status === "DELAYED" && closed) delayedNow.push(activity);

      const indicators = Array.from({ length: 2 }, (_, position) => {
        const target = position === 1 && index % 10 === 0 ? null : random.int(2, 40);
        const row = { id: randomUUID(), activityId: id, name: position === 0 ? "Deltagare" : "Genomförda tillfällen", unit: position === 0 ? "personer" : "tillfällen", targetValue: target, sortOrder: position, createdAt: activity.createdAt };
        indicatorRows.push(row);
        return row;
      });
      // One follow-up before the summer, a second in the autumn (none yet for an activity not started).
      const steps: { on: string; status: ActivityStatus; progress: number }[] =
        status === "NOT_STARTED"
          ? [{ on: `${planYear}-06-10`, status, progress: 0 }]
          : [
              { on: `${planYear}-06-10`, status: status === "DONE" || status === "CANCELLED" ? "ON_TRACK" : status, progress: random.int(10, 50) },
              { on: `${planYear}-10-01`, status, progress: status === "DONE" ? 100 : random.int(50, 95) },
            ];
      for (const [stepIndex, step] of steps.entries()) {
        const followUpId = randomUUID();
        followUpRows.push({
          id: followUpId,
          activityId: id,
          status: step.status,
          progress: step.progress,
          narrative: `Uppföljning ${stepIndex + 1} av ${planYear}: arbetet går ${step.status === "AT_RISK" || step.status === "DELAYED" ? "långsammare än planerat" : "enligt plan"}.`,
          results: "",
          authorId: workingGroupUser,
          createdAt: at(step.on, "10:00"),
        });
        for (const indicator of indicators) {
          if (indicator.targetValue === null) continue;
          outcomeRows.push({ followUpId, indicatorId: indicator.id, value: Math.round(indicator.targetValue * (step.progress / 100) * (0.6 + random.next() * 0.7)) });
        }
      }
      const results = status === "DONE" ? random.int(1, 2) : status === "ON_TRACK" ? random.int(0, 1) : 0;
      for (let number = 0; number < results; number++) {
        const kind = random.pick(RESULT_KINDS);
        resultRows.push({
          id: randomUUID(),
          partnershipId,
          activityId: id,
          kind,
          title: `${activity.title} – ${kind === "PUBLICATION" ? "artikel" : kind === "DEGREE_PROJECT" ? "examensarbete" : "resultat"} ${number + 1}`,
          authors: "Forskare och medarbetare i partnerskapet",
          date: day(`${planYear}-${String(random.int(6, 12)).padStart(2, "0")}-15`),
          identifier: kind === "PUBLICATION" ? `10.5555/bench.${planYear}.${index}.${number}` : kind === "DEGREE_PROJECT" ? `diva2:${1_000_000 + planYear * 100 + index}` : null,
          mayPublish: random.chance(0.6),
          createdById: workingGroupUser,
          createdAt: at(`${planYear}-11-01`, "12:00"),
        });
      }
    }
    delayedLastYear = delayedNow;
  }
  await inBatches(planRows, (batch) => prisma.activityPlan.createMany({ data: batch }));
  await inBatches(activityRows, (batch) => prisma.activity.createMany({ data: batch }));
  await inBatches(indicatorRows, (batch) => prisma.activityIndicator.createMany({ data: batch }));
  // Revision 0 of every plan is the plan as adopted; every third plan was revised once in its year.
  const revisionRows: Prisma.ActivityPlanRevisionCreateManyInput[] = [];
  for (const plan of planRows) {
    const snapshot = (await loadPlanSnapshot(prisma, plan.id!)) as unknown as Prisma.InputJsonObject;
    revisionRows.push({ planId: plan.id!, number: 0, reason: "", snapshot, createdById: adminUser, createdAt: plan.adoptedAt! });
    const revision = revised.find((candidate) => candidate.planId === plan.id);
    if (revision) revisionRows.push({ planId: plan.id!, number: 1, reason: "En aktivitet förtydligad efter arbetsgruppens vårmöte.", snapshot, createdById: adminUser, createdAt: revision.at });
  }
  await inBatches(revisionRows, (batch) => prisma.activityPlanRevision.createMany({ data: batch }));
  await inBatches(followUpRows, (batch) => prisma.activityFollowUp.createMany({ data: batch }));
  await inBatches(outcomeRows, (batch) => prisma.indicatorOutcome.createMany({ data: batch }));
  await inBatches(resultRows, (batch) => prisma.result.createMany({ data: batch }));
  // Each activity and indicator carries its latest follow-up, as the follow-up action leaves them.
  // Only this partnership's: the bench seeds a second one, and the version must not be bumped twice.
  await prisma.$executeRaw`
    UPDATE "Activity" AS a SET "status" = f."status", "progress" = f."progress", "followedUpAt" = f."createdAt", "version" = a."version" + f."count"
      FROM (SELECT DISTINCT ON ("activityId") "activityId", "status", "progress", "createdAt", count(*) OVER (PARTITION BY "activityId")::int AS "count"
              FROM "ActivityFollowUp" ORDER BY "activityId", "createdAt" DESC) AS f
     WHERE f."activityId" = a."id" AND a."planId" IN (SELECT "id" FROM "ActivityPlan" WHERE "partnershipId" = ${partnershipId})`;
  await prisma.$executeRaw`
    UPDATE "ActivityIndicator" AS i SET "outcomeValue" = o."value"
      FROM (SELECT DISTINCT ON (io."indicatorId") io."indicatorId", io."value"
              FROM "IndicatorOutcome" AS io JOIN "ActivityFollowUp" AS f ON f."id" = io."followUpId"
             ORDER BY io."indicatorId", f."createdAt" DESC) AS o
     WHERE o."indicatorId" = i."id"
       AND i."activityId" IN (SELECT a."id" FROM "Activity" AS a JOIN "ActivityPlan" AS p ON p."id" = a."planId" WHERE p."partnershipId" = ${partnershipId})`;

  return countRows(prisma, partnershipId);
}

function statusFor(random: ReturnType<typeof generator>, closed: boolean): ActivityStatus {
  const roll = random.next();
  if (closed) return roll < 0.72 ? "DONE" : roll < 0.8 ? "CANCELLED" : roll < 0.9 ? "DELAYED" : roll < 0.95 ? "AT_RISK" : "ON_TRACK";
  return roll < 0.45 ? "ON_TRACK" : roll < 0.57 ? "AT_RISK" : roll < 0.67 ? "DELAYED" : roll < 0.82 ? "DONE" : "NOT_STARTED";
}

/** What the database holds after seeding, for the benchmark's report. */
export async function countRows(prisma: PrismaClient, partnershipId: string): Promise<BenchSizes> {
  const inPartnership = { partnershipId };
  return {
    plans: await prisma.activityPlan.count({ where: inPartnership }),
    activities: await prisma.activity.count({ where: { plan: inPartnership } }),
    indicators: await prisma.activityIndicator.count({ where: { activity: { plan: inPartnership } } }),
    followUps: await prisma.activityFollowUp.count({ where: { activity: { plan: inPartnership } } }),
    results: await prisma.result.count({ where: inPartnership }),
    meetings: await prisma.meeting.count({ where: { group: inPartnership } }),
    decisions: await prisma.decision.count({ where: { meeting: { group: inPartnership } } }),
    people: await prisma.person.count({ where: inPartnership }),
    memberships: await prisma.membership.count({ where: { group: inPartnership } }),
    proposals: await prisma.proposal.count({ where: inPartnership }),
    priorityAreas: await prisma.priorityArea.count({ where: inPartnership }),
  };
}
