import type { CollaborationKind, FocusArea, SustainabilityDimension } from "@/generated/prisma/enums";
import type { ActivityStatus } from "@/generated/prisma/enums";

/**
 * The demo partnership's past years as data: the priority areas each year's call gave the next
 * year (accepted proposals) and the activities of each past year's plan, mostly under that year's
 * priority areas. Keyed by the plan year's offset from the year of seeding (−1 last year, …), so
 * that the history moves with the calendar. This year's areas and activities are in
 * demo-proposals.ts and demo-plans.ts.
 */

export type AreaSeed = {
  key: string;
  title: string;
  problem: string;
  focusArea: FocusArea;
  thematic: string;
  dimensions: SustainabilityDimension[];
  expectedResults: string;
  followUp: string;
  units: [string, string];
  contact: [string, string];
  author: string;
};

export type PastActivitySeed = {
  title: string;
  description: string;
  /** The key of the plan year's priority area it carries out, or null. */
  area: string | null;
  focusArea: FocusArea;
  thematic: string;
  dimensions: SustainabilityDimension[];
  kinds: CollaborationKind[];
  responsible: [string, string];
  units: [string, string];
  indicator: { name: string; unit: string; target: number; outcome: number };
  /** The status at the year's last follow-up. */
  status: ActivityStatus;
  progress: number;
  narrative: string;
};

export const VFU = "VFU och lärarutbildning";
export const SHORTAGE = "Kompetensförsörjning för bristyrken";
export const CULTURE = "Kultur och estetiska lärprocesser – Svarta lådan";
export const ULF = "ULF – Utveckling, lärande, forskning";
export const SUSTAINABLE = "Hållbar samhällsutveckling";

const BUF = "Barn- och utbildningsförvaltningen";
const SOAF = "Social- och äldreomsorgsförvaltningen";
const KFF = "Kultur- och fritidsförvaltningen";
const NBF = "Natur- och byggnadsförvaltningen";
const GAF = "Gymnasie- och arbetsmarknadsförvaltningen";
const LUT = "Lärarutbildningen";
const ISV = "Institutionen för samhällsvetenskaper";
const IKL = "Institutionen för kultur och lärande";
const NMT = "Institutionen för naturvetenskap, miljö och teknik";

const AUTHOR = "forskare@sh.example";
const WG = "arbetsgrupp@sh.example";

/** Priority areas per plan year offset (from accepted proposals of the call the year before). */
export const PAST_AREAS: Record<number, AreaSeed[]> = {
  [-3]: [
    {
      key: "teacher-supply",
      title: "Lärarförsörjning genom VFU",
      problem: "Kommunen behöver fler behöriga lärare, och lärarstudenter som gjort VFU i Huddinge stannar oftare kvar.",
      focusArea: "EDUCATION_AND_COMPETENCE",
      thematic: VFU,
      dimensions: ["SOCIAL", "ECONOMIC"],
      expectedResults: "Fler VFU-platser och fler nyexaminerade lärare som börjar i kommunen.",
      followUp: "VFU-platser per termin och nyanställda lärare med VFU i kommunen.",
      units: [BUF, LUT],
      contact: ["Sara Nyström", WG],
      author: WG,
    },
    {
      key: "school-research",
      title: "Praktiknära skolforskning",
      problem: "Skolorna har frågor som forskningen kan hjälpa till att besvara, men få gemensamma projekt.",
      focusArea: "RESEARCH_AND_DEVELOPMENT",
      thematic: ULF,
      dimensions: ["SOCIAL"],
      expectedResults: "Två ULF-projekt med lärare och forskare tillsammans.",
      followUp: "Projekt, deltagande skolor och publikationer.",
      units: [BUF, LUT],
      contact: ["Fredrik Sundin", AUTHOR],
      author: AUTHOR,
    },
  ],
  [-2]: [
    {
      key: "elderly-care",
      title: "Kompetensförsörjning i äldreomsorgen",
      problem: "Äldreomsorgen har svårt att rekrytera och behålla undersköterskor och sjuksköterskor.",
      focusArea: "EDUCATION_AND_COMPETENCE",
      thematic: SHORTAGE,
      dimensions: ["SOCIAL", "ECONOMIC"],
      expectedResults: "Fler praktikplatser och en uppdragsutbildning för arbetsledare.",
      followUp: "Praktikplatser, deltagare och personalomsättning.",
      units: [SOAF, ISV],
      contact: ["Nadia Haddad", AUTHOR],
      author: AUTHOR,
    },
    {
      key: "aesthetics",
      title: "Estetiska lärprocesser i förskolan",
      problem: "Förskolans pedagoger efterfrågar metoder för skapande arbete, och lärarutbildningen söker miljöer att pröva dem i.",
      focusArea: "EDUCATION_AND_COMPETENCE",
      thematic: CULTURE,
      dimensions: ["CULTURAL", "SOCIAL"],
      expectedResults: "Workshoppar för pedagoger och studentgrupper i Svarta lådan.",
      followUp: "Workshoppar, deltagande pedagoger och studenter.",
      units: [KFF, IKL],
      contact: ["Helena Åberg", WG],
      author: WG,
    },
    {
      key: "reading-research",
      title: "Läsning och språkutveckling",
      problem: "Läsförståelsen sjunker i flera skolor; forskningen om tidiga insatser används sällan.",
      focusArea: "RESEARCH_AND_DEVELOPMENT",
      thematic: ULF,
      dimensions: ["SOCIAL", "CULTURAL"],
      expectedResults: "En gemensam studie om tidiga lässtödsinsatser i årskurs 1–3.",
      followUp: "Deltagande skolor och en rapport.",
      units: [BUF, LUT],
      contact: ["Fredrik Sundin", AUTHOR],
      author: AUTHOR,
    },
  ],
  [-1]: [
    {
      key: "flemingsberg",
      title: "Hållbar stadsutveckling i Flemingsberg",
      problem: "Flemingsberg växer snabbt; planeringen behöver kunskap om social och ekologisk hållbarhet.",
      focusArea: "RESEARCH_AND_DEVELOPMENT",
      thematic: SUSTAINABLE,
      dimensions: ["ECOLOGICAL", "SOCIAL"],
      expectedResults: "Gemensamma studentprojekt och ett underlag till översiktsplanen.",
      followUp: "Studentprojekt, seminarier och underlag.",
      units: [NBF, NMT],
      contact: ["Ingrid Nilsson", AUTHOR],
      author: AUTHOR,
    },
    {
      key: "social-workers",
      title: "Socionomer till socialtjänsten",
      problem: "Socialtjänsten har hög personalomsättning bland nyexaminerade socionomer.",
      focusArea: "EDUCATION_AND_COMPETENCE",
      thematic: SHORTAGE,
      dimensions: ["SOCIAL", "ECONOMIC"],
      expectedResults: "Fler praktikplatser och examensarbeten med frågor från socialtjänsten.",
      followUp: "Praktikplatser, examensarbeten och nyanställda socionomer.",
      units: [SOAF, ISV],
      contact: ["Nadia Haddad", AUTHOR],
      author: AUTHOR,
    },
    {
      key: "teacher-supply-2",
      title: "Fler lärare i förskola och fritidshem",
      problem: "Förskolan och fritidshemmen har lägst andel behöriga lärare i kommunen.",
      focusArea: "EDUCATION_AND_COMPETENCE",
      thematic: VFU,
      dimensions: ["SOCIAL", "ECONOMIC"],
      expectedResults: "VFU-platser i förskolan och en utbildning för VFU-handledare.",
      followUp: "VFU-platser och utbildade handledare.",
      units: [BUF, LUT],
      contact: ["Sara Nyström", WG],
      author: WG,
    },
  ],
};

const done = (narrative: string) => ({ status: "DONE" as const, progress: 100, narrative });

/** The priority areas of this year, decided by last year's steering group; this year's activities (demo-plans.ts) name them by key. */
export const THIS_YEARS_AREAS: AreaSeed[] = [
  {
    key: "climate",
    title: "Klimatanpassad samhällsplanering i Huddinge",
    problem: "Kraftiga skyfall och värmeböljor ställer nya krav på kommunens planering. Forskningen om klimatanpassning når sällan planerarnas vardag.",
    focusArea: "RESEARCH_AND_DEVELOPMENT",
    thematic: SUSTAINABLE,
    dimensions: ["ECOLOGICAL", "SOCIAL"],
    expectedResults: "Gemensamma kartläggningar av utsatta områden, två examensarbeten per år och en metod för klimatanpassning i detaljplaner.",
    followUp: "Antal planer där metoden använts, examensarbeten och en årlig gemensam seminariedag.",
    units: [NBF, NMT],
    contact: ["Johan Ekberg", AUTHOR],
    author: AUTHOR,
  },
  {
    key: "teacher-education",
    title: "Lärarförsörjning: VFU och handledning",
    problem: "Kommunen behöver fler behöriga lärare, och VFU-handledarna saknar tid för handledarutbildning.",
    focusArea: "EDUCATION_AND_COMPETENCE",
    thematic: VFU,
    dimensions: ["SOCIAL", "ECONOMIC"],
    expectedResults: "Fler VFU-platser i fler skolor och fler utbildade handledare.",
    followUp: "VFU-platser och utbildade handledare per termin.",
    units: [BUF, LUT],
    contact: ["Sara Nyström", WG],
    author: WG,
  },
  {
    key: "social-services",
    title: "Kompetensförsörjning i socialtjänsten",
    problem: "Socialtjänsten har svårt att rekrytera och behålla socionomer och arbetsledare.",
    focusArea: "EDUCATION_AND_COMPETENCE",
    thematic: SHORTAGE,
    dimensions: ["SOCIAL", "ECONOMIC"],
    expectedResults: "Examensarbeten med frågor från socialtjänsten och en uppdragsutbildning i kunskapsbaserad praktik.",
    followUp: "Examensarbeten, kursdeltagare och personalomsättning.",
    units: [SOAF, ISV],
    contact: ["Nadia Haddad", AUTHOR],
    author: AUTHOR,
  },
  {
    key: "children-learning",
    title: "Praktiknära forskning om barns lärande",
    problem: "Skolnärvaron och läsförståelsen sjunker; skolorna vill pröva forskningsbaserade insatser.",
    focusArea: "RESEARCH_AND_DEVELOPMENT",
    thematic: ULF,
    dimensions: ["SOCIAL", "CULTURAL"],
    expectedResults: "Gemensamma ULF-studier om skolnärvaro och läsning.",
    followUp: "Studier, deltagande skolor och publikationer.",
    units: [BUF, LUT],
    contact: ["Fredrik Sundin", AUTHOR],
    author: AUTHOR,
  },
];

/** The activities of each past year's plan, by the plan year's offset. */
export const PAST_ACTIVITIES: Record<number, PastActivitySeed[]> = {
  [-3]: [
    {
      title: "VFU-platser i grundskolan",
      description: "Fler VFU-platser i kommunens grundskolor, med handledare från varje skola.",
      area: "teacher-supply",
      focusArea: "EDUCATION_AND_COMPETENCE",
      thematic: VFU,
      dimensions: ["SOCIAL", "ECONOMIC"],
      kinds: ["VFU_PLACEMENT"],
      responsible: ["Mikael Berg", "Sara Nyström"],
      units: [BUF, LUT],
      indicator: { name: "VFU-platser", unit: "platser", target: 30, outcome: 32 },
      ...done("Alla planerade VFU-perioder genomfördes, med två platser fler än målet."),
    },
    {
      title: "ULF-projekt om formativ bedömning",
      description: "Lärare och forskare prövar formativ bedömning i matematik i fyra skolor.",
      area: "school-research",
      focusArea: "RESEARCH_AND_DEVELOPMENT",
      thematic: ULF,
      dimensions: ["SOCIAL"],
      kinds: ["JOINT_RESEARCH"],
      responsible: ["Annika Holm", "Fredrik Sundin"],
      units: [BUF, LUT],
      indicator: { name: "Deltagande skolor", unit: "skolor", target: 4, outcome: 4 },
      ...done("Projektet genomfördes i fyra skolor och resultaten presenterades på en gemensam konferens."),
    },
    {
      title: "Examensarbeten i socialt arbete",
      description: "Studenter i socialt arbete skriver examensarbeten på frågor från socialtjänsten.",
      area: null,
      focusArea: "EDUCATION_AND_COMPETENCE",
      thematic: SHORTAGE,
      dimensions: ["SOCIAL"],
      kinds: ["DEGREE_PROJECT"],
      responsible: ["Tomas Wikström", "Nadia Haddad"],
      units: [GAF, ISV],
      indicator: { name: "Examensarbeten", unit: "arbeten", target: 6, outcome: 5 },
      ...done("Fem examensarbeten blev klara; ett sjätte fick skjutas upp av studenten."),
    },
    {
      title: "Lärarstudenter som lärarassistenter",
      description: "Lärarstudenter anställs som lärarassistenter vid sidan av studierna.",
      area: "teacher-supply",
      focusArea: "EDUCATION_AND_COMPETENCE",
      thematic: VFU,
      dimensions: ["SOCIAL", "ECONOMIC"],
      kinds: ["COMPETENCE_DEVELOPMENT"],
      responsible: ["Mikael Berg", "Lena Forsberg"],
      units: [BUF, LUT],
      indicator: { name: "Anställda studenter", unit: "studenter", target: 10, outcome: 4 },
      status: "DELAYED",
      progress: 40,
      narrative: "Schemakrockar med utbildningen gjorde att färre studenter kunde anställas än planerat.",
    },
    {
      title: "Forskningscirkel om skolans lokaler",
      description: "En forskningscirkel med lärare om hur skolans lokaler påverkar undervisningen.",
      area: "school-research",
      focusArea: "RESEARCH_AND_DEVELOPMENT",
      thematic: ULF,
      dimensions: ["SOCIAL", "ECOLOGICAL"],
      kinds: ["JOINT_RESEARCH"],
      responsible: ["Annika Holm", "Fredrik Sundin"],
      units: [BUF, LUT],
      indicator: { name: "Cirkelträffar", unit: "träffar", target: 6, outcome: 0 },
      status: "CANCELLED",
      progress: 0,
      narrative: "Ställdes in: ombyggnaden av skolorna sköts upp och cirkeln saknade sitt underlag.",
    },
  ],
  [-2]: [
    {
      title: "Praktikplatser i äldreomsorgen",
      description: "Praktikplatser för sjuksköterske- och socionomstudenter i kommunens äldreomsorg.",
      area: "elderly-care",
      focusArea: "EDUCATION_AND_COMPETENCE",
      thematic: SHORTAGE,
      dimensions: ["SOCIAL", "ECONOMIC"],
      kinds: ["VFU_PLACEMENT"],
      responsible: ["Karin Sjöberg", "Nadia Haddad"],
      units: [SOAF, ISV],
      indicator: { name: "Praktikplatser", unit: "platser", target: 20, outcome: 24 },
      ...done("24 studenter gjorde praktik i äldreomsorgen, fler än målet."),
    },
    {
      title: "Ledarskapsutbildning för arbetsledare i äldreomsorgen",
      description: "Uppdragsutbildning i ledarskap och arbetsmiljö för arbetsledare.",
      area: "elderly-care",
      focusArea: "EDUCATION_AND_COMPETENCE",
      thematic: SHORTAGE,
      dimensions: ["SOCIAL"],
      kinds: ["COMPETENCE_DEVELOPMENT"],
      responsible: ["Karin Sjöberg", "Nadia Haddad"],
      units: [SOAF, ISV],
      indicator: { name: "Deltagare", unit: "deltagare", target: 25, outcome: 22 },
      ...done("Utbildningen genomfördes med 22 deltagare som alla examinerades."),
    },
    {
      title: "Svarta lådan: workshoppar för förskolans pedagoger",
      description: "Workshoppar i estetiska lärprocesser för förskolans pedagoger, med lärarstudenter.",
      area: "aesthetics",
      focusArea: "EDUCATION_AND_COMPETENCE",
      thematic: CULTURE,
      dimensions: ["CULTURAL", "SOCIAL"],
      kinds: ["COMPETENCE_DEVELOPMENT"],
      responsible: ["Oskar Lind", "Helena Åberg"],
      units: [KFF, IKL],
      indicator: { name: "Workshoppar", unit: "workshoppar", target: 6, outcome: 6 },
      ...done("Sex workshoppar genomfördes med sammanlagt 85 pedagoger."),
    },
    {
      title: "Studie om tidigt lässtöd",
      description: "En gemensam studie av lässtödsinsatser i årskurs 1–3.",
      area: "reading-research",
      focusArea: "RESEARCH_AND_DEVELOPMENT",
      thematic: ULF,
      dimensions: ["SOCIAL", "CULTURAL"],
      kinds: ["JOINT_RESEARCH"],
      responsible: ["Annika Holm", "Fredrik Sundin"],
      units: [BUF, LUT],
      indicator: { name: "Deltagande skolor", unit: "skolor", target: 5, outcome: 5 },
      ...done("Studien genomfördes i fem skolor; rapporten publicerades i december."),
    },
    {
      title: "Klimatdata för skolans undervisning",
      description: "Öppna klimatdata från kommunen används i gymnasiets naturvetenskapliga undervisning.",
      area: null,
      focusArea: "RESEARCH_AND_DEVELOPMENT",
      thematic: SUSTAINABLE,
      dimensions: ["ECOLOGICAL"],
      kinds: ["JOINT_RESEARCH"],
      responsible: ["Robert Karlsson", "Ingrid Nilsson"],
      units: [NBF, NMT],
      indicator: { name: "Undervisningsmoduler", unit: "moduler", target: 3, outcome: 1 },
      status: "DELAYED",
      progress: 35,
      narrative: "Dataportalen blev försenad; en av tre moduler hann prövas under året.",
    },
  ],
  [-1]: [
    {
      title: "Studentprojekt om Flemingsbergs stadsdelar",
      description: "Studenter i miljövetenskap och samhällsplanering gör projekt om Flemingsbergs utveckling.",
      area: "flemingsberg",
      focusArea: "RESEARCH_AND_DEVELOPMENT",
      thematic: SUSTAINABLE,
      dimensions: ["ECOLOGICAL", "SOCIAL"],
      kinds: ["DEGREE_PROJECT"],
      responsible: ["Robert Karlsson", "Ingrid Nilsson"],
      units: [NBF, NMT],
      indicator: { name: "Studentprojekt", unit: "projekt", target: 8, outcome: 9 },
      ...done("Nio studentprojekt blev klara och presenterades för planeringsavdelningen."),
    },
    {
      title: "Seminarieserie om social hållbarhet i planeringen",
      description: "Fyra seminarier för planerare och forskare om social hållbarhet.",
      area: "flemingsberg",
      focusArea: "RESEARCH_AND_DEVELOPMENT",
      thematic: SUSTAINABLE,
      dimensions: ["SOCIAL"],
      kinds: ["COMPETENCE_DEVELOPMENT"],
      responsible: ["Robert Karlsson", "Ingrid Nilsson"],
      units: [NBF, NMT],
      indicator: { name: "Seminarier", unit: "seminarier", target: 4, outcome: 4 },
      ...done("Alla fyra seminarier hölls, med i snitt 40 deltagare."),
    },
    {
      title: "Praktikplatser i socialtjänsten",
      description: "Fler praktikplatser för socionomstudenter, med handledare från socialtjänsten.",
      area: "social-workers",
      focusArea: "EDUCATION_AND_COMPETENCE",
      thematic: SHORTAGE,
      dimensions: ["SOCIAL", "ECONOMIC"],
      kinds: ["VFU_PLACEMENT"],
      responsible: ["Karin Sjöberg", "Nadia Haddad"],
      units: [SOAF, ISV],
      indicator: { name: "Praktikplatser", unit: "platser", target: 15, outcome: 16 },
      ...done("16 studenter gjorde praktik i socialtjänsten; fyra av dem har anställts."),
    },
    {
      title: "VFU-platser i förskolan",
      description: "VFU-platser för förskollärarstudenter i kommunens förskolor.",
      area: "teacher-supply-2",
      focusArea: "EDUCATION_AND_COMPETENCE",
      thematic: VFU,
      dimensions: ["SOCIAL", "ECONOMIC"],
      kinds: ["VFU_PLACEMENT"],
      responsible: ["Mikael Berg", "Sara Nyström"],
      units: [BUF, LUT],
      indicator: { name: "VFU-platser", unit: "platser", target: 20, outcome: 21 },
      ...done("21 förskollärarstudenter gjorde VFU i tolv förskolor."),
    },
    {
      title: "Fritidshemmets uppdrag – fortbildning",
      description: "Fortbildning för fritidshemmens personal om fritidshemmets uppdrag.",
      area: "teacher-supply-2",
      focusArea: "EDUCATION_AND_COMPETENCE",
      thematic: VFU,
      dimensions: ["SOCIAL"],
      kinds: ["COMPETENCE_DEVELOPMENT"],
      responsible: ["Mikael Berg", "Lena Forsberg"],
      units: [BUF, LUT],
      indicator: { name: "Deltagare", unit: "deltagare", target: 30, outcome: 18 },
      status: "DELAYED",
      progress: 60,
      narrative: "Höstens kurstillfällen flyttades till våren på grund av låg anmälan.",
    },
    {
      title: "Kulturskolans samarbete med lärarutbildningen",
      description: "Kulturskolans pedagoger och lärarstudenter planerar undervisning tillsammans.",
      area: null,
      focusArea: "EDUCATION_AND_COMPETENCE",
      thematic: CULTURE,
      dimensions: ["CULTURAL"],
      kinds: ["COMPETENCE_DEVELOPMENT"],
      responsible: ["Oskar Lind", "Helena Åberg"],
      units: [KFF, IKL],
      indicator: { name: "Gemensamma lektionsserier", unit: "serier", target: 4, outcome: 4 },
      ...done("Fyra lektionsserier genomfördes i två skolor."),
    },
  ],
};

/** Results of past plans' activities: the activity's index in its year's list, the kind, and whether it may be published. */
export const PAST_RESULTS: Record<number, { activity: number; kind: "PUBLICATION" | "DEGREE_PROJECT" | "COURSE" | "PLACEMENT" | "EVENT" | "REPORT"; title: string; on: string; mayPublish: boolean }[]> = {
  [-3]: [
    { activity: 1, kind: "REPORT", title: "Formativ bedömning i matematik: erfarenheter från fyra skolor", on: "11-25", mayPublish: true },
    { activity: 2, kind: "DEGREE_PROJECT", title: "Socialsekreterares arbetsvillkor i en växande kommun", on: "06-02", mayPublish: true },
    { activity: 0, kind: "PLACEMENT", title: "VFU-placeringar i grundskolan", on: "12-10", mayPublish: false },
  ],
  [-2]: [
    { activity: 1, kind: "COURSE", title: "Ledarskap i äldreomsorgen, 7,5 hp", on: "06-10", mayPublish: true },
    { activity: 2, kind: "EVENT", title: "Svarta lådan öppet hus för förskolans pedagoger", on: "10-05", mayPublish: true },
    { activity: 3, kind: "REPORT", title: "Tidigt lässtöd i årskurs 1–3: en gemensam studie", on: "12-08", mayPublish: true },
    { activity: 0, kind: "PLACEMENT", title: "Praktik i äldreomsorgen", on: "12-12", mayPublish: false },
  ],
  [-1]: [
    { activity: 0, kind: "DEGREE_PROJECT", title: "Gröna stråk i Flemingsberg: invånarnas användning", on: "06-05", mayPublish: true },
    { activity: 1, kind: "EVENT", title: "Seminarium: social hållbarhet i översiktsplanen", on: "10-02", mayPublish: true },
    { activity: 2, kind: "PLACEMENT", title: "Praktik i socialtjänsten", on: "12-11", mayPublish: false },
    { activity: 5, kind: "EVENT", title: "Kulturskolans och lärarutbildningens lektionsserier – redovisning", on: "11-28", mayPublish: true },
  ],
};
