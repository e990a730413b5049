import { randomUUID } from "node:crypto";
import { stockholmYear } from "@/features/meetings/meeting-time";
import { seedDemoMeetings } from "@/server/seed/demo-meetings";
import { seedDemoMinutes } from "@/server/seed/demo-minutes";
import { seedDemoPartnership } from "@/server/seed/demo-partnership";
import { seedDemoProposals } from "@/server/seed/demo-proposals";
import { testDatabase } from "../../support/test-database";
import { actionExpectations } from "../../support/action-expectations";
import { createUser } from "../../support/users";

export { actorFor, form } from "../../support/actors";

/** The demo's priority area of this year from last year's accepted climate proposal, which the tests use (the demo has several). */
export const CLIMATE_AREA = "Klimatanpassad samhällsplanering i Huddinge";

// Links in the mail are built from the configured origin (no request in these tests).
process.env.AUTH_URL = "https://samverkan.test";

export const prisma = () => testDatabase().prisma;

/** Maria Lindqvist: administrator, secretary of both groups. */
export const ADMIN = "admin@huddinge.example";
/** Anders Holmberg: the steering group's chair. */
export const STEERING_CHAIR = "ledning@huddinge.example";
/** Sara Nyström: the working group's chair. */
export const WORKING_CHAIR = "arbetsgrupp@sh.example";
/** Johan Ekberg: a researcher (contributor), in no group. */
export const RESEARCHER = "forskare@sh.example";
/** Signed in, in no group, may not propose. */
export const READER = "lasare@huddinge.example";
/** Made by `seed`: a plain working-group member (Mikael Berg). */
export const WG_MEMBER = "mikael.berg@huddinge.example";
/** Made by `seed`: a plain steering-group member (Eva Lundgren), who may also propose. */
export const SG_MEMBER = "eva.lundgren@huddinge.example";
/** Made by `seed`: a contributor in no group (Nadia Haddad), a second researcher. */
export const OTHER_RESEARCHER = "nadia.haddad@sh.example";

export const THIS_YEAR = stockholmYear(new Date());

export type Fixture = {
  partnershipId: string;
  callId: string;
  lastCallId: string;
  /** This year's held working-group meeting and its decision on priority areas. */
  wgMeetingId: string;
  wgDecisionId: string;
  /** The extra held steering-group meeting's decision on priority areas (draft minutes), prepared by wgMeetingId. */
  sgDecisionId: string;
  sgMinutesId: string;
  thematic: Record<"vfu" | "brist" | "hallbar", string>;
  units: Record<"buf" | "lut", string>;
};

/** The demo partnership with its meetings, minutes and proposals, plus three more accounts. */
export async function seed(): Promise<Fixture> {
  const { partnershipId } = await seedDemoPartnership(prisma());
  // The demo seed may already include the later steps (the lead wires them in): each runs once.
  await prisma().$transaction(
    async (tx) => {
      if ((await tx.meeting.count()) === 0) {
        await seedDemoMeetings(tx, { partnershipId });
        await seedDemoMinutes(tx, { partnershipId });
      }
      if ((await tx.proposalCall.count()) === 0) await seedDemoProposals(tx, { partnershipId });
    },
    { timeout: 60_000 },
  );
  const person = (name: string) => prisma().person.findFirstOrThrow({ where: { partnershipId, name } });
  await createUser(prisma(), { personId: (await person("Mikael Berg")).id, email: WG_MEMBER, roles: ["WORKING_GROUP_MEMBER"] });
  await createUser(prisma(), { personId: (await person("Eva Lundgren")).id, email: SG_MEMBER, roles: ["STEERING_GROUP_MEMBER"] });
  await createUser(prisma(), { personId: (await person("Nadia Haddad")).id, email: OTHER_RESEARCHER, roles: ["CONTRIBUTOR"] });

  const call = await prisma().proposalCall.findFirstOrThrow({ where: { partnershipId, cycleYear: THIS_YEAR } });
  const lastCall = await prisma().proposalCall.findFirstOrThrow({ where: { partnershipId, cycleYear: THIS_YEAR - 1 } });
  const wgDecision = await prisma().decision.findFirstOrThrow({ where: { subject: "PRIORITY_AREAS", meeting: { cycleYear: THIS_YEAR, status: "HELD", group: { kind: "WORKING_GROUP" } } } });
  const sgDecision = await prisma().decision.findFirstOrThrow({ where: { subject: "PRIORITY_AREAS", meeting: { cycleYear: THIS_YEAR, status: "HELD", group: { kind: "STEERING_GROUP" } } } });
  const areas = await prisma().thematicArea.findMany({ where: { partnershipId } });
  const area = (prefix: string) => areas.find((row) => row.name.startsWith(prefix))!.id;
  const units = await prisma().organisationalUnit.findMany({ where: { party: { partnershipId } } });
  const unit = (name: string) => units.find((row) => row.name === name)!.id;
  return {
    partnershipId,
    callId: call.id,
    lastCallId: lastCall.id,
    wgMeetingId: wgDecision.meetingId,
    wgDecisionId: wgDecision.id,
    sgDecisionId: sgDecision.id,
    sgMinutesId: sgDecision.minutesId,
    thematic: { vfu: area("VFU"), brist: area("Kompetensförsörjning"), hallbar: area("Hållbar") },
    units: { buf: unit("Barn- och utbildningsförvaltningen"), lut: unit("Lärarutbildningen") },
  };
}

export const newKey = () => randomUUID();

/** A complete proposal as the form sends it. */
export function completeFields(fixture: Fixture, overrides: Record<string, string | string[]> = {}): Record<string, string | string[]> {
  return {
    submissionKey: newKey(),
    intent: "submit",
    title: "Fler VFU-platser i förskolan",
    problem: "Förskolan har för få VFU-platser för lärarstudenterna.",
    focusArea: "EDUCATION_AND_COMPETENCE",
    thematicAreaIds: [fixture.thematic.vfu],
    dimensions: ["SOCIAL", "ECONOMIC"],
    expectedResults: "Trettio nya VFU-platser.",
    followUp: "Antal platser per termin.",
    unitIds: [fixture.units.buf, fixture.units.lut],
    periodStartYear: String(THIS_YEAR + 1),
    periodEndYear: String(THIS_YEAR + 2),
    resources: "Inom ordinarie tid.",
    contactName: "Johan Ekberg",
    contactEmail: "forskare@sh.example",
    ...overrides,
  };
}

/** Everything an action could have touched. */
export async function snapshot() {
  const p = prisma();
  return {
    audit: await p.auditEvent.count(),
    outbox: await p.outboxMessage.count(),
    proposals: await p.proposal.findMany({ orderBy: { id: "asc" } }),
    thematic: await p.proposalThematicArea.count(),
    units: await p.proposalUnit.count(),
    comments: await p.proposalComment.count(),
    calls: await p.proposalCall.findMany({ orderBy: { id: "asc" } }),
    areas: await p.priorityArea.findMany({ orderBy: { id: "asc" } }),
    years: await p.priorityAreaYear.findMany({ orderBy: [{ priorityAreaId: "asc" }, { year: "asc" }] }),
  };
}

/** Refused: changed nothing of what snapshot() reads, wrote no audit event. Succeeded: returns the result. */
export const { expectRefused, expectSuccess } = actionExpectations(snapshot);


export const proposalRow = (id: string) => prisma().proposal.findUniqueOrThrow({ where: { id } });
export { lastEvent } from "../../support/action-expectations";

