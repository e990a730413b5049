import type { Prisma } from "@/generated/prisma/client";
import type { ActivityStatus, CollaborationKind, FocusArea, ResultKind, SustainabilityDimension } from "@/generated/prisma/enums";
import { loadPlanSnapshot } from "@/features/activity-plans/snapshot-load";
import { instantFromStockholm, stockholmYear } from "@/features/meetings/meeting-time";
import { stockholmDay } from "@/lib/stockholm-day";
import { CULTURE, SHORTAGE, SUSTAINABLE, THIS_YEARS_AREAS, ULF, VFU } from "./demo-history";
import { seedPastPlan } from "./demo-past-plans";
import { DEMO_HISTORY_YEARS } from "./demo-schedule";

/**
 * Demo activity plans (issue #6), on top of the demo meetings, minutes and proposals (run after
 * them, in the same transaction), relative to the Stockholm year Y at seeding time:
 *
 * - the plan for Y, ADOPTED: proposed by last year's autumn working-group meeting (its
 *   ACTIVITY_PLAN decision) and adopted by last year's steering-group meeting (its ACTIVITY_PLAN
 *   decision, prepared by that working-group meeting), with revision 0 holding the plan as adopted;
 * - its eight activities with indicators, one or two follow-ups each (the latest copied onto the
 *   activity and its indicators) and six results;
 * - the plan for Y+1, a DRAFT of two activities, one carried over from Y's delayed activity.
 *
 * Deterministic: the same figures every run (only the dates move with the year). An end-to-end
 * test reads them on the follow-up report, so change them together with it:
 *   Y: 8 activities – 3 ON_TRACK, 2 DONE, 1 AT_RISK, 1 DELAYED, 1 NOT_STARTED; 4 per focus area;
 *   dimensions SOCIAL 7, ECONOMIC 4, CULTURAL 2, ECOLOGICAL 1; one activity in Y's priority area;
 *   16 indicators (15 with a target, 4 of them met); 13 follow-ups; 6 results (5 dated in Y,
 *   1 in Y−1), 4 of them cleared for publication. Y+1: 2 activities.
 *
 * Imports only pure helpers, so scripts run it outside Next.js.
 */

type IndicatorSeed = { name: string; unit: string; target: number | null };
type FollowUpSeed = {
  /** Preferred Stockholm date in Y ("MM-DD"); never later than the moment of seeding. */
  on: string;
  status: ActivityStatus;
  progress: number;
  narrative: string;
  results?: string;
  /** One value per indicator, in order; null where nothing was reported. */
  outcomes: (number | null)[];
};
type ActivitySeed = {
  key: string;
  title: string;
  description: string;
  focusArea: FocusArea;
  thematic: string | null;
  /** The key of the priority area of Y it carries out (demo-history.ts THIS_YEARS_AREAS), if any. */
  priorityArea?: string;
  dimensions: SustainabilityDimension[];
  kinds: CollaborationKind[];
  municipal: string;
  university: string;
  municipalUnit: string;
  universityUnit: string;
  /** "MM-DD" in the plan's year. */
  starts: string;
  ends: string;
  expectedResults: string;
  indicators: IndicatorSeed[];
  /** The account that enters its follow-ups (a responsible person's, else the working group's). */
  followedUpBy: string;
  followUps: FollowUpSeed[];
};
type ResultSeed = {
  activity: string;
  kind: ResultKind;
  title: string;
  authors: string;
  /** The year relative to Y (0 for Y, -1 for Y−1) and the preferred "MM-DD"; never later than today. */
  year: 0 | -1;
  on: string;
  identifier?: string;
  url?: string;
  description: string;
  mayPublish: boolean;
};

const DAY_MS = 86_400_000;
const WORKING_GROUP_ACCOUNT = "arbetsgrupp@sh.example";
const SECRETARY_ACCOUNT = "admin@huddinge.example";
const RESEARCHER_ACCOUNT = "forskare@sh.example";


const ACTIVITIES: ActivitySeed[] = [
  {
    key: "vfu",
    priorityArea: "teacher-education",
    title: "VFU-platser för lärarstudenter i Huddinges skolor och förskolor",
    description:
      "Fler och bättre platser för verksamhetsförlagd utbildning i kommunens förskolor och grundskolor, med handledare som har gått högskolans handledarutbildning.",
    focusArea: "EDUCATION_AND_COMPETENCE",
    thematic: VFU,
    dimensions: ["SOCIAL", "ECONOMIC"],
    kinds: ["VFU_PLACEMENT", "COMPETENCE_DEVELOPMENT"],
    municipal: "Mikael Berg",
    university: "Sara Nyström",
    municipalUnit: "Barn- och utbildningsförvaltningen",
    universityUnit: "Lärarutbildningen",
    starts: "01-15",
    ends: "12-18",
    expectedResults: "40 VFU-platser under året i minst tolv skolor och förskolor, och 15 nya handledare med handledarutbildning.",
    indicators: [
      { name: "VFU-platser", unit: "platser", target: 40 },
      { name: "Utbildade VFU-handledare", unit: "handledare", target: 15 },
    ],
    followedUpBy: WORKING_GROUP_ACCOUNT,
    followUps: [
      {
        on: "06-10",
        status: "ON_TRACK",
        progress: 45,
        narrative: "Vårterminens placeringar är genomförda: 22 lärarstudenter hade VFU i nio skolor och förskolor. Handledarutbildningen startade i april med sex deltagare från kommunen.",
        results: "22 VFU-placeringar under vårterminen.",
        outcomes: [22, 6],
      },
      {
        on: "10-08",
        status: "ON_TRACK",
        progress: 75,
        narrative: "Höstterminens placeringar är fördelade och 38 platser är bekräftade. Ytterligare fem handledare har gått utbildningen; en tredje omgång ges i november.",
        outcomes: [38, 11],
      },
    ],
  },
  {
    key: "social",
    priorityArea: "social-services",
    title: "Kompetensutveckling i socialtjänsten: kunskapsbaserad praktik",
    description: "Uppdragsutbildning om kunskapsbaserad praktik för socialsekreterare och arbetsledare, med högskolans forskare i socialt arbete som lärare.",
    focusArea: "EDUCATION_AND_COMPETENCE",
    thematic: SHORTAGE,
    dimensions: ["SOCIAL", "ECONOMIC"],
    kinds: ["COMPETENCE_DEVELOPMENT", "COURSE"],
    municipal: "Karin Sjöberg",
    university: "Nadia Haddad",
    municipalUnit: "Social- och äldreomsorgsförvaltningen",
    universityUnit: "Institutionen för samhällsvetenskaper",
    starts: "02-01",
    ends: "06-12",
    expectedResults: "En kurs om 7,5 högskolepoäng för 30 medarbetare i socialtjänsten och ett nätverk för erfarenhetsutbyte efter kursen.",
    indicators: [{ name: "Deltagare", unit: "personer", target: 30 }],
    followedUpBy: WORKING_GROUP_ACCOUNT,
    followUps: [
      {
        on: "03-20",
        status: "ON_TRACK",
        progress: 40,
        narrative: "Kursen startade i februari med 31 deltagare från myndighetsutövning och öppenvård. Två av fyra kursdagar är genomförda.",
        outcomes: [31],
      },
      {
        on: "06-16",
        status: "DONE",
        progress: 100,
        narrative: "Kursen avslutades i juni; 29 deltagare fullföljde och examinerades. Kursvärderingen var mycket positiv och ett nätverk för erfarenhetsutbyte har startat.",
        results: "Kursen Kunskapsbaserad praktik i socialtjänsten, 7,5 hp.",
        outcomes: [29],
      },
    ],
  },
  {
    key: "ulf",
    priorityArea: "children-learning",
    title: "ULF: skolnärvaro och elevhälsa – praktiknära forskning",
    description: "Forskare och lärare undersöker tillsammans hur skolor kan upptäcka och motverka problematisk skolfrånvaro, inom ULF-samarbetet.",
    focusArea: "RESEARCH_AND_DEVELOPMENT",
    thematic: ULF,
    dimensions: ["SOCIAL"],
    kinds: ["JOINT_RESEARCH"],
    municipal: "Annika Holm",
    university: "Fredrik Sundin",
    municipalUnit: "Barn- och utbildningsförvaltningen",
    universityUnit: "Lärarutbildningen",
    starts: "01-01",
    ends: "12-31",
    expectedResults: "Kunskap om arbetssätt som ökar närvaron, prövade i sex skolor, och en vetenskaplig artikel.",
    indicators: [
      { name: "Deltagande skolor", unit: "skolor", target: 6 },
      { name: "Vetenskapliga publikationer", unit: "publikationer", target: 1 },
    ],
    followedUpBy: WORKING_GROUP_ACCOUNT,
    followUps: [
      {
        on: "04-15",
        status: "ON_TRACK",
        progress: 30,
        narrative: "Fem skolor deltar. Lärarna för loggbok över tidiga tecken på frånvaro och forskarna har genomfört de första intervjuerna med elevhälsan.",
        outcomes: [5, 0],
      },
      {
        on: "09-30",
        status: "ON_TRACK",
        progress: 60,
        narrative: "Den sjätte skolan anslöt i augusti. En artikel om lärares och elevhälsans bedömningar av tidiga tecken har publicerats; analysen av vårens data pågår.",
        results: "En vetenskaplig artikel med DOI.",
        outcomes: [6, 1],
      },
    ],
  },
  {
    key: "climate",
    title: "Klimatanpassning: kartläggning av skyfallsutsatta områden",
    description:
      "Gemensam kartläggning av områden i Huddinge som är utsatta för skyfall och värmeböljor, och en metod för klimatanpassning i detaljplaner. Genomförs inom årets prioriterade område.",
    focusArea: "RESEARCH_AND_DEVELOPMENT",
    thematic: SUSTAINABLE,
    priorityArea: "climate",
    dimensions: ["ECOLOGICAL", "SOCIAL"],
    kinds: ["JOINT_RESEARCH", "DEGREE_PROJECT"],
    municipal: "Robert Karlsson",
    university: "Johan Ekberg",
    municipalUnit: "Natur- och byggnadsförvaltningen",
    universityUnit: "Institutionen för naturvetenskap, miljö och teknik",
    starts: "02-01",
    ends: "12-15",
    expectedResults: "Fyra kartlagda avrinningsområden, två examensarbeten och en metod prövad i två detaljplaner.",
    indicators: [
      { name: "Kartlagda avrinningsområden", unit: "områden", target: 4 },
      { name: "Examensarbeten om klimatanpassning", unit: "examensarbeten", target: 2 },
      { name: "Detaljplaner där metoden prövats", unit: "detaljplaner", target: 2 },
    ],
    followedUpBy: RESEARCHER_ACCOUNT,
    followUps: [
      {
        on: "05-12",
        status: "ON_TRACK",
        progress: 20,
        narrative: "Kartläggningen av Orlångens avrinningsområde är klar. Två studenter har börjat sina examensarbeten om skyfallsvägar i Flemingsberg.",
        outcomes: [1, 0, 0],
      },
      {
        on: "09-24",
        status: "AT_RISK",
        progress: 30,
        narrative:
          "Kartläggningen har stannat av: höjd- och ledningsdata från VA-huvudmannen har ännu inte lämnats ut, och en av planerarna har slutat. Utan data i oktober hinner bara två av fyra områden kartläggas i år och metoden kan inte prövas i någon detaljplan. Arbetsgruppen tar upp frågan med förvaltningsledningen.",
        results: "Ett examensarbete är godkänt.",
        outcomes: [1, 1, 0],
      },
    ],
  },
  {
    key: "degree",
    priorityArea: "social-services",
    title: "Examensarbeten och praktik i kommunens förvaltningar",
    description: "Studenter skriver examensarbeten och gör praktik med frågeställningar från kommunens förvaltningar; en gemensam lista över ämnen publiceras varje termin.",
    focusArea: "EDUCATION_AND_COMPETENCE",
    thematic: SHORTAGE,
    dimensions: ["ECONOMIC"],
    kinds: ["DEGREE_PROJECT", "INTERNSHIP"],
    municipal: "Tomas Wikström",
    university: "Nadia Haddad",
    municipalUnit: "Gymnasie- och arbetsmarknadsförvaltningen",
    universityUnit: "Institutionen för samhällsvetenskaper",
    starts: "01-15",
    ends: "06-30",
    expectedResults: "Tio examensarbeten och femton praktikplatser i kommunens förvaltningar.",
    indicators: [
      { name: "Examensarbeten", unit: "examensarbeten", target: 10 },
      { name: "Praktikplatser", unit: "platser", target: 15 },
    ],
    followedUpBy: WORKING_GROUP_ACCOUNT,
    followUps: [
      {
        on: "06-26",
        status: "DONE",
        progress: 100,
        narrative: "Vårterminen gav tolv examensarbeten med frågor från fyra förvaltningar, och 17 studenter gjorde praktik. Tre av praktikanterna har fått sommarjobb i kommunen.",
        results: "Tolv examensarbeten, varav ett publicerat i DiVA, och 17 praktikplatser.",
        outcomes: [12, 17],
      },
    ],
  },
  {
    key: "design",
    title: "Utmaningsdriven innovation med design thinking",
    description: "Kursen Utmaningsdriven innovation med design thinking för kommunens chefer och utvecklare, med verkliga utmaningar från förvaltningarna som fall.",
    focusArea: "RESEARCH_AND_DEVELOPMENT",
    thematic: SUSTAINABLE,
    dimensions: ["ECONOMIC", "SOCIAL"],
    kinds: ["COURSE", "COMPETENCE_DEVELOPMENT"],
    municipal: "Maria Lindqvist",
    university: "Peter Axelsson",
    municipalUnit: "Kommunstyrelsens förvaltning",
    universityUnit: "Högskoleledningen",
    starts: "03-01",
    ends: "11-30",
    expectedResults: "Två kursomgångar med sammanlagt 25 deltagare och minst fyra utmaningar som förvaltningarna arbetar vidare med.",
    indicators: [
      { name: "Deltagare", unit: "personer", target: 25 },
      { name: "Kursomgångar", unit: "omgångar", target: 2 },
    ],
    followedUpBy: SECRETARY_ACCOUNT,
    followUps: [
      {
        on: "09-15",
        status: "ON_TRACK",
        progress: 55,
        narrative: "Första kursomgången avslutades i juni med 14 deltagare och en innovationsdag där förvaltningarna presenterade sina utmaningar. Andra omgången har startat med tio deltagare.",
        results: "Innovationsdag i juni.",
        outcomes: [14, 1],
      },
    ],
  },
  {
    key: "svarta-ladan",
    title: "Svarta lådan – estetiska lärprocesser med kulturskolan",
    description: "Lärarstudenter i estetiska lärprocesser arbetar i kultur- och fritidsförvaltningens verksamhet Svarta lådan, och pedagoger i förskola och skola erbjuds workshoppar.",
    focusArea: "EDUCATION_AND_COMPETENCE",
    thematic: CULTURE,
    dimensions: ["CULTURAL", "SOCIAL"],
    kinds: ["VFU_PLACEMENT", "COMPETENCE_DEVELOPMENT"],
    municipal: "Oskar Lind",
    university: "Helena Åberg",
    municipalUnit: "Kultur- och fritidsförvaltningen",
    universityUnit: "Institutionen för kultur och lärande",
    starts: "03-01",
    ends: "12-15",
    expectedResults: "20 lärarstudenter i Svarta lådan under året och sex workshoppar för pedagoger.",
    indicators: [
      { name: "Studenter i Svarta lådan", unit: "studenter", target: 20 },
      { name: "Workshoppar för pedagoger", unit: "workshoppar", target: 6 },
    ],
    followedUpBy: WORKING_GROUP_ACCOUNT,
    followUps: [
      {
        on: "05-28",
        status: "ON_TRACK",
        progress: 20,
        narrative: "Vårens studentgrupp med åtta lärarstudenter har arbetat i Svarta lådan och en första workshop för förskolans pedagoger är genomförd.",
        outcomes: [8, 1],
      },
      {
        on: "10-01",
        status: "DELAYED",
        progress: 25,
        narrative:
          "Lokalen i Visättra kulturhus renoveras och har varit stängd sedan augusti; höstens studentgrupp och fyra workshoppar har skjutits upp. Arbetsgruppen föreslår att aktiviteten förs över till nästa års verksamhetsplan.",
        outcomes: [8, 2],
      },
    ],
  },
  {
    key: "reading",
    priorityArea: "children-learning",
    title: "Barns läsning och bibliotekens roll – gemensam förstudie",
    description: "En förstudie om hur folk- och skolbibliotek kan stärka barns läsning, med forskare i litteraturdidaktik och kommunens bibliotek.",
    focusArea: "RESEARCH_AND_DEVELOPMENT",
    thematic: ULF,
    dimensions: ["CULTURAL", "SOCIAL"],
    kinds: ["JOINT_RESEARCH"],
    municipal: "Oskar Lind",
    university: "Helena Åberg",
    municipalUnit: "Kultur- och fritidsförvaltningen",
    universityUnit: "Institutionen för kultur och lärande",
    starts: "09-01",
    ends: "12-31",
    expectedResults: "En förstudie med tre deltagande bibliotek och en ansökan om forskningsmedel.",
    indicators: [
      { name: "Deltagande bibliotek", unit: "bibliotek", target: 3 },
      { name: "Intervjuer med barn och vårdnadshavare", unit: "intervjuer", target: null },
    ],
    followedUpBy: WORKING_GROUP_ACCOUNT,
    followUps: [
      {
        on: "09-29",
        status: "NOT_STARTED",
        progress: 0,
        narrative: "Förstudien har inte startat: forskaren som ska leda den är föräldraledig till december. Start planeras i januari och tidplanen ses över vid arbetsgruppens höstmöte.",
        outcomes: [0, null],
      },
    ],
  },
];

const RESULTS: ResultSeed[] = [
  {
    activity: "ulf",
    kind: "PUBLICATION",
    title: "Tidiga tecken på problematisk skolfrånvaro: lärares och elevhälsans bedömningar",
    authors: "Fredrik Sundin, Annika Holm, Sara Nyström",
    year: 0,
    on: "09-15",
    identifier: "10.5555/samverkan.ulf.0417",
    url: "https://doi.org/10.5555/samverkan.ulf.0417",
    description: "Vetenskaplig artikel från ULF-samarbetet om skolnärvaro i Huddinges grundskolor.",
    mayPublish: true,
  },
  {
    activity: "degree",
    kind: "DEGREE_PROJECT",
    title: "Att stanna kvar: socionomers skäl att arbeta i kommunal socialtjänst",
    authors: "Elin Strand, Yusuf Demir",
    year: 0,
    on: "06-05",
    identifier: "diva2:1876543",
    url: "https://sh.diva-portal.org/smash/record.jsf?pid=diva2:1876543",
    description: "Examensarbete i socialt arbete med frågeställning från Social- och äldreomsorgsförvaltningen.",
    mayPublish: true,
  },
  {
    activity: "social",
    kind: "COURSE",
    title: "Kunskapsbaserad praktik i socialtjänsten, 7,5 hp",
    authors: "Nadia Haddad",
    year: 0,
    on: "06-12",
    description: "Uppdragsutbildning för socialsekreterare och arbetsledare; 29 deltagare examinerades.",
    mayPublish: true,
  },
  {
    activity: "vfu",
    kind: "PLACEMENT",
    title: "VFU-placeringar vårterminen",
    authors: "",
    year: 0,
    on: "06-10",
    description: "22 lärarstudenter i nio skolor och förskolor.",
    mayPublish: false,
  },
  {
    activity: "design",
    kind: "EVENT",
    title: "Innovationsdag: förvaltningarnas utmaningar med design thinking",
    authors: "Maria Lindqvist, Peter Axelsson",
    year: 0,
    on: "06-14",
    description: "Kursdeltagarna presenterade lösningar på fyra utmaningar från förvaltningarna.",
    mayPublish: true,
  },
  {
    activity: "climate",
    kind: "REPORT",
    title: "Förstudie: skyfallsrisker i Huddinges avrinningsområden",
    authors: "Johan Ekberg, Robert Karlsson",
    year: -1,
    on: "11-20",
    description: "Internt underlag inför kartläggningen; innehåller uppgifter om ledningsnätet och publiceras inte.",
    mayPublish: false,
  },
];

export async function seedDemoPlans(tx: Prisma.TransactionClient, context: { partnershipId: string }): Promise<void> {
  const { partnershipId } = context;
  const now = new Date();
  const year = stockholmYear(now);
  const last = year - 1;

  const users = new Map((await tx.user.findMany({ where: { partnershipId }, select: { id: true, account: { select: { email: true } } } })).flatMap((user) => (user.account ? [[user.account.email, user.id] as const] : [])));
  const people = new Map((await tx.person.findMany({ where: { partnershipId }, select: { id: true, name: true } })).map((person) => [person.name, person.id]));
  const units = new Map((await tx.organisationalUnit.findMany({ where: { party: { partnershipId } }, select: { id: true, name: true } })).map((unit) => [unit.name, unit.id]));
  const areas = new Map((await tx.thematicArea.findMany({ where: { partnershipId }, select: { id: true, name: true } })).map((area) => [area.name, area.id]));
  const lookup = (map: Map<string, string>, key: string, what: string) => {
    const id = map.get(key);
    if (!id) throw new Error(`Demo plans: no ${what} ${key}`);
    return id;
  };

  // Last year's autumn working-group meeting put the plan forward; last year's steering-group
  // meeting adopted it, naming that meeting as the one that prepared it.
  const proposing = await tx.decision.findFirst({
    where: { subject: "ACTIVITY_PLAN", meeting: { cycleYear: last, status: "HELD", group: { partnershipId, kind: "WORKING_GROUP" } } },
    orderBy: { meeting: { startsAt: "asc" } },
    select: { id: true, meetingId: true, meeting: { select: { startsAt: true } } },
  });
  const adopting = proposing
    ? await tx.decision.findFirst({
        where: { subject: "ACTIVITY_PLAN", preparedByMeetingId: proposing.meetingId, meeting: { cycleYear: last, status: "HELD", group: { partnershipId, kind: "STEERING_GROUP" } } },
        select: { id: true, meeting: { select: { startsAt: true } } },
      })
    : null;
  if (!proposing || !adopting) throw new Error(`Demo plans: no decisions of ${last} that proposed and adopted the activity plan for ${year}`);

  // The past years' plans first, each closed by its year's follow-up.
  for (let offset = -DEMO_HISTORY_YEARS + 1; offset < 0; offset += 1) await seedPastPlan(tx, { partnershipId, users, people, units, areas }, year + offset, offset);

  const priorityAreaTitles = new Map(THIS_YEARS_AREAS.map((area) => [area.key, area.title]));
  const priorityAreas = new Map(
    (await tx.priorityArea.findMany({ where: { partnershipId, years: { some: { year } } }, select: { id: true, title: true } })).map((area) => [area.title, area.id]),
  );

  const day = (planYear: number, monthDay: string) => new Date(`${planYear}-${monthDay}T00:00:00Z`);
  /** A moment of Y in Stockholm, or just before now when that is still ahead (the order kept). */
  const pastInstant = (monthDay: string, minutesBeforeNow: number) => {
    const preferred = instantFromStockholm(`${year}-${monthDay}`, "10:00")!;
    return new Date(Math.min(preferred.getTime(), now.getTime() - minutesBeforeNow * 60_000));
  };

  const plan = await tx.activityPlan.create({
    data: {
      partnershipId,
      year,
      status: "ADOPTED",
      summary: `Verksamhetsplanen för ${year} omfattar åtta aktiviteter inom partnerskapets två fokusområden: VFU, examensarbeten och praktik, kompetensutveckling i socialtjänsten och med design thinking, praktiknära forskning om skolnärvaro och barns läsning, Svarta lådan samt klimatanpassning; sex av dem inom årets fyra prioriterade områden.`,
      proposedByDecisionId: proposing.id,
      proposedAt: proposing.meeting.startsAt,
      adoptedByDecisionId: adopting.id,
      adoptedAt: adopting.meeting.startsAt,
      // Drafted, proposed, adopted.
      version: 3,
      createdAt: new Date(proposing.meeting.startsAt.getTime() - 30 * DAY_MS),
    },
  });

  // The activities as adopted: nothing followed up yet.
  const created = new Map<string, { id: string; indicatorIds: string[] }>();
  for (const seed of ACTIVITIES) {
    const activity = await tx.activity.create({
      data: {
        planId: plan.id,
        title: seed.title,
        description: seed.description,
        priorityAreaId: seed.priorityArea ? (priorityAreas.get(priorityAreaTitles.get(seed.priorityArea) ?? "") ?? null) : null,
        focusArea: seed.focusArea,
        thematicAreaId: seed.thematic ? lookup(areas, seed.thematic, "thematic area") : null,
        dimensions: seed.dimensions,
        collaborationKinds: seed.kinds,
        municipalResponsibleId: lookup(people, seed.municipal, "person"),
        universityResponsibleId: lookup(people, seed.university, "person"),
        municipalUnitId: lookup(units, seed.municipalUnit, "unit"),
        universityUnitId: lookup(units, seed.universityUnit, "unit"),
        startsOn: day(year, seed.starts),
        endsOn: day(year, seed.ends),
        expectedResults: seed.expectedResults,
        createdAt: plan.createdAt,
        indicators: {
          create: seed.indicators.map((indicator, index) => ({ name: indicator.name, unit: indicator.unit, targetValue: indicator.target, sortOrder: index, createdAt: plan.createdAt })),
        },
      },
      include: { indicators: { orderBy: { sortOrder: "asc" }, select: { id: true } } },
    });
    created.set(seed.key, { id: activity.id, indicatorIds: activity.indicators.map((indicator) => indicator.id) });
  }

  await tx.activityPlanRevision.create({
    data: {
      planId: plan.id,
      number: 0,
      reason: "",
      // The shape the activity-plans feature keeps and compares (src/features/activity-plans/snapshot.ts).
      snapshot: (await loadPlanSnapshot(tx, plan.id)) as unknown as Prisma.InputJsonObject,
      createdById: users.get(SECRETARY_ACCOUNT) ?? null,
      createdAt: adopting.meeting.startsAt,
    },
  });

  // The year's follow-ups; the latest is copied onto the activity and its indicators.
  for (const seed of ACTIVITIES) {
    const { id, indicatorIds } = created.get(seed.key)!;
    let latest: { followUp: FollowUpSeed; at: Date } | null = null;
    for (const [index, followUp] of seed.followUps.entries()) {
      if (followUp.outcomes.length !== indicatorIds.length) throw new Error(`Demo plans: outcomes of ${seed.key} do not match its indicators`);
      // Earlier follow-ups further back, so that their order holds even when seeding early in the year.
      const at = pastInstant(followUp.on, 60 * (seed.followUps.length - index));
      await tx.activityFollowUp.create({
        data: {
          activityId: id,
          status: followUp.status,
          progress: followUp.progress,
          narrative: followUp.narrative,
          results: followUp.results ?? "",
          authorId: users.get(seed.followedUpBy) ?? null,
          createdAt: at,
          outcomes: {
            create: followUp.outcomes.flatMap((value, position) => (value === null ? [] : [{ indicatorId: indicatorIds[position]!, value }])),
          },
        },
      });
      latest = { followUp, at };
    }
    if (!latest) continue;
    await tx.activity.update({
      where: { id },
      data: { status: latest.followUp.status, progress: latest.followUp.progress, followedUpAt: latest.at, version: 1 + seed.followUps.length },
    });
    for (const [position, value] of latest.followUp.outcomes.entries()) {
      if (value !== null) await tx.activityIndicator.update({ where: { id: indicatorIds[position]! }, data: { outcomeValue: value } });
    }
  }

  const today = stockholmDay(now);
  await tx.result.createMany({
    data: RESULTS.map((seed) => {
      const preferred = day(year + seed.year, seed.on);
      const date = preferred.getTime() > today.getTime() ? today : preferred;
      return {
        partnershipId,
        activityId: created.get(seed.activity)!.id,
        kind: seed.kind,
        title: seed.title,
        authors: seed.authors,
        date,
        identifier: seed.identifier ?? null,
        url: seed.url ?? null,
        description: seed.description,
        mayPublish: seed.mayPublish,
        createdById: users.get(seed.activity === "climate" ? RESEARCHER_ACCOUNT : WORKING_GROUP_ACCOUNT) ?? null,
        createdAt: new Date(Math.min(date.getTime() + DAY_MS, now.getTime())),
      };
    }),
  });

  // Next year's plan: a draft, with the delayed activity carried over.
  const delayed = ACTIVITIES.find((seed) => seed.key === "svarta-ladan")!;
  const next = year + 1;
  const draft = await tx.activityPlan.create({
    data: {
      partnershipId,
      year: next,
      status: "DRAFT",
      summary: `Utkast till verksamhetsplan ${next}. Svarta lådan förs över från ${year} eftersom lokalen renoveras; handledarutbildningen i förskolan bygger vidare på årets VFU-arbete.`,
    },
  });
  await tx.activity.create({
    data: {
      planId: draft.id,
      carriedOverFromId: created.get(delayed.key)!.id,
      title: delayed.title,
      description: `${delayed.description} Överförd från ${year} års verksamhetsplan, då lokalen var stängd under renovering.`,
      focusArea: delayed.focusArea,
      thematicAreaId: lookup(areas, delayed.thematic!, "thematic area"),
      dimensions: delayed.dimensions,
      collaborationKinds: delayed.kinds,
      municipalResponsibleId: lookup(people, delayed.municipal, "person"),
      universityResponsibleId: lookup(people, delayed.university, "person"),
      municipalUnitId: lookup(units, delayed.municipalUnit, "unit"),
      universityUnitId: lookup(units, delayed.universityUnit, "unit"),
      startsOn: day(next, "01-15"),
      endsOn: day(next, "12-15"),
      expectedResults: "De 12 studentplatser och fyra workshoppar som inte kunde genomföras i år, när lokalen öppnar igen.",
      indicators: {
        create: [
          { name: "Studenter i Svarta lådan", unit: "studenter", targetValue: 12, sortOrder: 0 },
          { name: "Workshoppar för pedagoger", unit: "workshoppar", targetValue: 4, sortOrder: 1 },
        ],
      },
    },
  });
  await tx.activity.create({
    data: {
      planId: draft.id,
      title: "Handledarutbildning för VFU-handledare i förskolan",
      description: "Högskolans handledarutbildning anpassad för förskolans VFU-handledare, så att fler förskolor kan ta emot lärarstudenter.",
      focusArea: "EDUCATION_AND_COMPETENCE",
      thematicAreaId: lookup(areas, VFU, "thematic area"),
      dimensions: ["SOCIAL", "ECONOMIC"],
      collaborationKinds: ["COMPETENCE_DEVELOPMENT", "VFU_PLACEMENT"],
      municipalResponsibleId: lookup(people, "Mikael Berg", "person"),
      universityResponsibleId: lookup(people, "Lena Forsberg", "person"),
      municipalUnitId: lookup(units, "Barn- och utbildningsförvaltningen", "unit"),
      universityUnitId: lookup(units, "Lärarutbildningen", "unit"),
      startsOn: day(next, "02-01"),
      endsOn: day(next, "11-30"),
      expectedResults: "20 utbildade handledare i förskolan.",
      indicators: { create: [{ name: "Utbildade handledare", unit: "handledare", targetValue: 20, sortOrder: 0 }] },
    },
  });
}
