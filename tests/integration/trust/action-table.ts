import { randomBytes, randomUUID } from "node:crypto";
import type { GroupKind } from "@/generated/prisma/enums";
import { instantFromStockholm, stockholmParts, stockholmYear } from "@/features/meetings/meeting-time";
import { hasPermission, type Permission } from "@/lib/permissions";
import type { Role } from "@/lib/roles";
import type { FormActionDefinition } from "@/server/actions/form-action";
import type { Actor } from "@/server/auth/actor";
import { DEMO_PASSWORD } from "@/server/seed/demo-accounts";
import { seedDemoPartnership } from "@/server/seed/demo-partnership";
import { seedDemoWork } from "@/server/seed/demo-work";
import { actorFor } from "../../support/actors";
import { createUser } from "../../support/users";
import { testDatabase } from "../../support/test-database";
import { activityRows } from "./activity-rows";

/**
 * Issue #8, items 1 and 10: every mutation of the application, as a table. Shared by
 * authorization-matrix.test.ts (who may call what), audit-completeness.test.ts (every change
 * writes one audit event, in its own transaction) and route-authorization.test.ts (the route
 * handlers and page reads, using the world and fixtures).
 *
 * - `INVENTORY` finds every FormActionDefinition by importing every feature module (not only
 *   files named *definitions.ts: membership, account and import keep theirs elsewhere) and
 *   collecting each export that has `schema`, `permission` and `run`, plus exported factories
 *   (`uploadDocument(file)`) whose signature returns a definition.
 * - `ROWS` give each definition a fixture builder that makes a VALID form for a fresh target
 *   object, and the expected outcome per actor. A definition without a row fails the matrix.
 */

// Links in mail (notices, justering, proposal notifications) are built from the configured origin.
process.env.AUTH_URL = "https://samverkan.test";

// Vite (under Vitest) expands import.meta.glob at transform time; declared here so the type
// check knows it without pulling in vite/client's global types.
declare global {
  interface ImportMeta {
    glob<Module = unknown>(
      patterns: string | string[],
      options?: { eager?: boolean; query?: string; import?: string },
    ): Record<string, Module>;
  }
}

export const prisma = () => testDatabase().prisma;

// ---------------------------------------------------------------------------------------------
// The inventory
// ---------------------------------------------------------------------------------------------

/** An uploaded file as the upload routes hand it to the definition factories. */
export type UploadedFile = { name: string; bytes: Uint8Array };

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- every definition, whatever its schema and result
export type AnyDefinition = FormActionDefinition<any, any>;

export type InventoryEntry =
  | { key: string; file: string; kind: "definition"; definition: AnyDefinition }
  | { key: string; file: string; kind: "factory"; factory: (file: UploadedFile | null) => AnyDefinition };

// Every feature module except tests and the "use server" files (actions.ts, and single actions
// named *-action.ts, e.g. the partnership switcher's), which export only wrapped actions and pull in
// the session. Importing them all is what makes the inventory automatic.
const FEATURE_MODULES = import.meta.glob<Record<string, unknown>>(
  ["/src/features/**/*.ts", "!/src/features/**/*.test.ts", "!/src/features/**/actions.ts", "!/src/features/**/*-action.ts"],
  { eager: true },
);
// The same files (and .tsx) as text: to find factories, and to check nothing declared is missed.
const FEATURE_SOURCES = import.meta.glob<string>(["/src/features/**/*.{ts,tsx}", "!/src/features/**/*.test.{ts,tsx}"], {
  eager: true,
  query: "?raw",
  import: "default",
});

function isDefinition(value: unknown): value is AnyDefinition {
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return "schema" in candidate && typeof candidate.permission === "string" && typeof candidate.run === "function";
}

/** Names exported as `export const x: FormActionDefinition<…>` or `export function x(…): FormActionDefinition<…>`. */
export function declaredDefinitionNames(source: string): string[] {
  const names: string[] = [];
  for (const match of source.matchAll(/export\s+(?:const|function)\s+(\w+)[^=;{]*?:\s*FormActionDefinition</g)) names.push(match[1]!);
  return names;
}

function collectInventory(): Map<string, InventoryEntry> {
  const entries = new Map<string, InventoryEntry>();
  const seen = new Set<unknown>();
  const add = (entry: InventoryEntry) => {
    const existing = entries.get(entry.key);
    if (existing) throw new Error(`Two definitions are exported as ${entry.key} (${existing.file}, ${entry.file}): give the table qualified keys.`);
    entries.set(entry.key, entry);
  };
  for (const [file, module] of Object.entries(FEATURE_MODULES).sort(([a], [b]) => a.localeCompare(b))) {
    const source = FEATURE_SOURCES[file] ?? "";
    for (const [name, value] of Object.entries(module)) {
      if (isDefinition(value)) {
        if (seen.has(value)) continue; // re-exported elsewhere
        seen.add(value);
        add({ key: name, file, kind: "definition", definition: value });
      } else if (typeof value === "function" && new RegExp(`export\\s+function\\s+${name}\\s*\\([^)]*\\)\\s*:\\s*FormActionDefinition<`).test(source)) {
        add({ key: name, file, kind: "factory", factory: value as (file: UploadedFile | null) => AnyDefinition });
      }
    }
  }
  return entries;
}

export const INVENTORY: ReadonlyMap<string, InventoryEntry> = collectInventory();

/** Every `export … FormActionDefinition<` in the feature sources, by file, for the completeness check. */
export function declaredDefinitions(): { file: string; name: string }[] {
  return Object.entries(FEATURE_SOURCES).flatMap(([file, source]) => declaredDefinitionNames(source).map((name) => ({ file, name })));
}

/** The definition a row runs: factories get the fixture's file. */
export function definitionOf(entry: InventoryEntry, fixture: Fixture): AnyDefinition {
  return entry.kind === "definition" ? entry.definition : entry.factory(fixture.file ?? null);
}

// ---------------------------------------------------------------------------------------------
// The actors and the world they act in
// ---------------------------------------------------------------------------------------------

/**
 * The roles the issue names, and the same roles in another partnership (issue #15, item 3): users
 * of partnership B acting on partnership A's objects must find them "not found" and change nothing,
 * whatever their role there (`otherPartnership` is B's administrator).
 */
export const BASE_ACTORS = [
  "signedOut",
  "reader",
  "contributor",
  "workingGroupMember",
  "steeringGroupMember",
  "administrator",
  "otherPartnership",
  "otherReader",
  "otherPartnershipContributor",
  "otherWorkingGroupMember",
  "otherSteeringGroupMember",
] as const;
/** The users of the other partnership, each with the role of its counterpart here. */
export const FOREIGN_ACTORS = {
  otherPartnership: "administrator",
  otherReader: "reader",
  otherPartnershipContributor: "contributor",
  otherWorkingGroupMember: "workingGroupMember",
  otherSteeringGroupMember: "steeringGroupMember",
} as const satisfies Record<string, (typeof BASE_ACTORS)[number]>;
export type ForeignActor = keyof typeof FOREIGN_ACTORS;
export const isForeign = (actor: string): actor is ForeignActor => actor in FOREIGN_ACTORS;
/** Accounts for the object-level cases. */
export const EXTRA_ACTORS = ["workingGroupSecretary", "otherContributor", "municipalSignatory", "universitySignatory"] as const;
export type ActorKey = (typeof BASE_ACTORS)[number] | (typeof EXTRA_ACTORS)[number];

export const ACTOR_EMAILS: Record<Exclude<ActorKey, "signedOut">, string> = {
  /** READER, in no group (Karin Sjöberg). */
  reader: "lasare@huddinge.example",
  /** CONTRIBUTOR, in no group (Johan Ekberg); author of the demo proposals. */
  contributor: "forskare@sh.example",
  /** WORKING_GROUP_MEMBER: Sara Nyström, the working group's chair (a member, not a manager). */
  workingGroupMember: "arbetsgrupp@sh.example",
  /** STEERING_GROUP_MEMBER: Anders Holmberg, the steering group's chair. */
  steeringGroupMember: "ledning@huddinge.example",
  /** ADMINISTRATOR: Maria Lindqvist, also the secretary of both groups. */
  administrator: "admin@huddinge.example",
  /** ADMINISTRATOR of a second partnership made by `buildWorld`. */
  otherPartnership: "admin@annat-partnerskap.example",
  /** READER, CONTRIBUTOR, WORKING_GROUP_MEMBER and STEERING_GROUP_MEMBER of the second partnership. */
  otherReader: "lasare@annat-partnerskap.example",
  otherPartnershipContributor: "forskare@annat-partnerskap.example",
  otherWorkingGroupMember: "arbetsgrupp@annat-partnerskap.example",
  otherSteeringGroupMember: "ledning@annat-partnerskap.example",
  /** WORKING_GROUP_MEMBER and the working group's secretary, not an administrator. */
  workingGroupSecretary: "sekreterare@huddinge.example",
  /** A second CONTRIBUTOR: not the author of anyone's proposal here. */
  otherContributor: "forskare2@sh.example",
  /** READER, registered as the municipality's signatory of the agreement. */
  municipalSignatory: "firmatecknare@huddinge.example",
  /** READER, registered as the university's signatory of the agreement. */
  universitySignatory: "firmatecknare@sh.example",
};

export type World = {
  year: number;
  partnershipId: string;
  otherPartnershipId: string;
  groups: Record<GroupKind, string>;
  parties: Record<"MUNICIPALITY" | "UNIVERSITY", string>;
  agreementId: string;
  /** Person ids by first name in lower case (sara, anders, maria, mikael, eva, selma, …). */
  people: Record<string, string>;
  thematicAreaId: string;
  unitId: string;
  currentCallId: string;
  /** This year's held working-group meeting and its decision putting priority areas forward. */
  putForward: { meetingId: string; decisionId: string };
  /** The decision on priority areas in the draft minutes of this year's held extra steering-group meeting. */
  steeringDraftDecisionId: string;
  steeringDraftMeetingId: string;
  /** Last year's steering-group decision on priority areas (the demo priority area rests on it). */
  lastYearSteeringDecisionId: string;
  /** Seeded signatories (who signed the agreement) by party. */
  seededSignatories: Record<"MUNICIPALITY" | "UNIVERSITY", string>;
  /** Underlag of a held working-group meeting (demo seed). */
  workingGroupDocument: { meetingId: string; documentId: string };
  agreementDocumentId: string;
  actors: Record<ActorKey, Actor | null>;
  /** The hash of DEMO_PASSWORD, to give an account a known password again. */
  knownPasswordHash: string;
};

const DAY_MS = 86_400_000;
export const isoToday = () => stockholmParts(new Date()).date;
const isoDayFromNow = (days: number) => stockholmParts(new Date(Date.now() + days * DAY_MS)).date;

let counter = 0;
/** A number unique within the test file, for names and e-mails. */
export const unique = () => ++counter;
let years = 0;
/** A call's cycle year no other call of either partnership has (the database takes 2000–2200). */
const unusedCycleYear = () => 2100 + ++years;

/**
 * The demo partnership with its meetings, minutes, decisions, calls and proposals; the accounts for
 * the object-level cases; and a second partnership with an administrator of its own.
 */
export async function buildWorld(): Promise<World> {
  const p = prisma();
  const { partnershipId } = await seedDemoPartnership(p);
  await seedDemoWork(p, partnershipId);
  const year = stockholmYear(new Date());

  const groups = Object.fromEntries((await p.group.findMany({ where: { partnershipId } })).map((group) => [group.kind, group.id])) as Record<GroupKind, string>;
  const parties = Object.fromEntries((await p.party.findMany({ where: { partnershipId } })).map((party) => [party.type, party.id])) as World["parties"];
  const agreement = await p.agreement.findUniqueOrThrow({ where: { partnershipId } });
  // The demo accounts' password hash (of DEMO_PASSWORD), to give an account a known password again.
  const knownPasswordHash = (await p.account.findUniqueOrThrow({ where: { email: ACTOR_EMAILS.administrator } })).passwordHash!;

  // Accounts for the object-level cases.
  const account = async (email: string, name: string, party: "MUNICIPALITY" | "UNIVERSITY", roles: ("READER" | "CONTRIBUTOR" | "WORKING_GROUP_MEMBER")[]) => {
    const created = await p.person.create({ data: { partnershipId, name, email, partyId: parties[party] } });
    await createUser(p, { personId: created.id, email, roles });
    return created;
  };
  const selma = await account(ACTOR_EMAILS.workingGroupSecretary, "Selma Sekreterare", "MUNICIPALITY", ["WORKING_GROUP_MEMBER"]);
  await p.membership.create({
    data: { groupId: groups.WORKING_GROUP, personId: selma.id, partyId: parties.MUNICIPALITY, role: "SECRETARY", startDate: new Date("2022-01-01T00:00:00Z") },
  });
  await account(ACTOR_EMAILS.otherContributor, "Olle Forskare", "UNIVERSITY", ["CONTRIBUTOR"]);
  const municipal = await account(ACTOR_EMAILS.municipalSignatory, "Klara Kommun", "MUNICIPALITY", ["READER"]);
  const university = await account(ACTOR_EMAILS.universitySignatory, "Hugo Högskola", "UNIVERSITY", ["READER"]);
  await p.agreementSignatory.create({ data: { agreementId: agreement.id, partyId: parties.MUNICIPALITY, personId: municipal.id, title: "Kommundirektör" } });
  await p.agreementSignatory.create({ data: { agreementId: agreement.id, partyId: parties.UNIVERSITY, personId: university.id, title: "Prorektor" } });

  // Another partnership: its own parties, groups and administrator (with a password), no agreement.
  const other = await p.partnership.create({ data: { slug: "annat-partnerskap", name: "Ett annat partnerskap" } });
  const otherParty = await p.party.create({ data: { partnershipId: other.id, type: "MUNICIPALITY", name: "Annan kommun" } });
  await p.party.create({ data: { partnershipId: other.id, type: "UNIVERSITY", name: "Annat lärosäte" } });
  await p.group.create({ data: { partnershipId: other.id, kind: "STEERING_GROUP", meetingsPerYear: 1 } });
  await p.group.create({ data: { partnershipId: other.id, kind: "WORKING_GROUP", meetingsPerYear: 2 } });
  const anna = await p.person.create({ data: { partnershipId: other.id, name: "Anna Annan", email: ACTOR_EMAILS.otherPartnership, partyId: otherParty.id } });
  await createUser(p, { personId: anna.id, email: ACTOR_EMAILS.otherPartnership, roles: ["ADMINISTRATOR"], passwordHash: knownPasswordHash });
  // The other partnership's users of every other role, members of its groups as their role says.
  const otherGroups = Object.fromEntries((await p.group.findMany({ where: { partnershipId: other.id } })).map((group) => [group.kind, group.id])) as Record<GroupKind, string>;
  for (const [key, home] of Object.entries(FOREIGN_ACTORS)) {
    if (key === "otherPartnership") continue;
    const email = ACTOR_EMAILS[key as ForeignActor];
    const someone = await p.person.create({ data: { partnershipId: other.id, name: `Annan ${home}`, email, partyId: otherParty.id } });
    await createUser(p, { personId: someone.id, email, roles: ROLES_OF[home as keyof typeof ROLES_OF], passwordHash: knownPasswordHash });
    const group = home === "workingGroupMember" ? otherGroups.WORKING_GROUP : home === "steeringGroupMember" ? otherGroups.STEERING_GROUP : null;
    if (group) await p.membership.create({ data: { groupId: group, personId: someone.id, partyId: otherParty.id, startDate: new Date("2022-01-01T00:00:00Z") } });
  }

  const persons = await p.person.findMany({ where: { partnershipId }, select: { id: true, name: true } });
  const people = Object.fromEntries(persons.map((person) => [person.name.split(" ")[0]!.toLowerCase(), person.id]));

  const priorityDecision = (kind: GroupKind, cycleYear: number, minutesStatus?: "DRAFT") =>
    p.decision.findFirstOrThrow({
      where: {
        subject: "PRIORITY_AREAS",
        meeting: { cycleYear, status: "HELD", groupId: groups[kind] },
        ...(minutesStatus ? { minutes: { status: minutesStatus } } : {}),
      },
      orderBy: { meeting: { startsAt: "asc" } },
      select: { id: true, meetingId: true },
    });
  const putForward = await priorityDecision("WORKING_GROUP", year);
  const steeringDraft = await priorityDecision("STEERING_GROUP", year, "DRAFT");
  const lastYearSteering = await priorityDecision("STEERING_GROUP", year - 1);
  const document = await p.meetingDocument.findFirstOrThrow({ where: { meeting: { groupId: groups.WORKING_GROUP } }, select: { id: true, meetingId: true } });
  const agreementDocumentId = await insertAgreementDocument(agreement.id);

  const actors = { signedOut: null } as Record<ActorKey, Actor | null>;
  for (const [key, email] of Object.entries(ACTOR_EMAILS)) actors[key as ActorKey] = await actorFor(email);

  return {
    year,
    partnershipId,
    otherPartnershipId: other.id,
    groups,
    parties,
    agreementId: agreement.id,
    people,
    thematicAreaId: (await p.thematicArea.findFirstOrThrow({ where: { partnershipId, focusArea: "EDUCATION_AND_COMPETENCE" }, orderBy: { sortOrder: "asc" } })).id,
    unitId: (await p.organisationalUnit.findFirstOrThrow({ where: { partyId: parties.MUNICIPALITY } })).id,
    currentCallId: (await p.proposalCall.findUniqueOrThrow({ where: { partnershipId_cycleYear: { partnershipId, cycleYear: year } } })).id,
    putForward: { meetingId: putForward.meetingId, decisionId: putForward.id },
    steeringDraftDecisionId: steeringDraft.id,
    steeringDraftMeetingId: steeringDraft.meetingId,
    lastYearSteeringDecisionId: lastYearSteering.id,
    seededSignatories: {
      MUNICIPALITY: (await p.agreementSignatory.findFirstOrThrow({ where: { partyId: parties.MUNICIPALITY, signedAgreement: true } })).id,
      UNIVERSITY: (await p.agreementSignatory.findFirstOrThrow({ where: { partyId: parties.UNIVERSITY, signedAgreement: true } })).id,
    },
    workingGroupDocument: { meetingId: document.meetingId, documentId: document.id },
    agreementDocumentId,
    actors,
    knownPasswordHash,
  };
}

// Bytes are written with SQL, as the application does (the PGlite adapter cannot write Bytes).
async function insertAgreementDocument(agreementId: string): Promise<string> {
  const id = randomUUID();
  const bytes = Buffer.from(`Bilaga ${id}`, "utf8");
  await prisma().$executeRaw`
    INSERT INTO "AgreementDocument" ("id", "agreementId", "kind", "title", "fileName", "contentType", "size", "sha256", "content")
    VALUES (${id}, ${agreementId}, 'ANNEX'::"AgreementDocumentKind", 'Bilaga', 'bilaga.txt', 'text/plain', ${bytes.length}, ${"0".repeat(64)}, decode(${bytes.toString("base64")}, 'base64'))`;
  return id;
}

async function insertMeetingDocument(meetingId: string): Promise<string> {
  const id = randomUUID();
  const bytes = Buffer.from(`Underlag ${id}`, "utf8");
  await prisma().$executeRaw`
    INSERT INTO "MeetingDocument" ("id", "meetingId", "title", "fileName", "contentType", "size", "sha256", "content")
    VALUES (${id}, ${meetingId}, 'Underlag', 'underlag.txt', 'text/plain', ${bytes.length}, ${"0".repeat(64)}, decode(${bytes.toString("base64")}, 'base64'))`;
  return id;
}

// ---------------------------------------------------------------------------------------------
// Snapshots: "nothing changed" for every table
// ---------------------------------------------------------------------------------------------

let snapshotSql: string | null = null;

type RawReader = { $queryRawUnsafe<T = unknown>(query: string): Promise<T> };

/**
 * Each table's row count and a hash of its rows: equal snapshots mean nothing was written. Pass
 * an action's transaction to see the database as that transaction sees it.
 */
export async function snapshot(reader?: RawReader): Promise<Record<string, string>> {
  const p = prisma();
  if (!snapshotSql) {
    const tables = await p.$queryRawUnsafe<{ table_name: string }[]>(
      `SELECT table_name::text AS table_name FROM information_schema.tables
        WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name NOT IN ('_prisma_migrations', 'zz_test_writes')
        ORDER BY table_name`,
    );
    snapshotSql = tables
      .map(({ table_name: name }) => `SELECT '${name}' AS name, count(*)::text || ':' || coalesce(md5(string_agg(t::text, E'\\n' ORDER BY t::text)), '') AS state FROM "${name}" t`)
      .join(" UNION ALL ");
  }
  const rows = await (reader ?? p).$queryRawUnsafe<{ name: string; state: string }[]>(snapshotSql);
  return Object.fromEntries(rows.map((row) => [row.name, row.state]));
}

export const auditCount = () => prisma().auditEvent.count();

/**
 * A cheaper "nothing changed" for the hundreds of refused calls of the matrix: a statement-level
 * trigger on every table counts the statements that wrote to it, in a counter of its own. The
 * counter is written in the writer's transaction, so only committed writes move it: a refused
 * call that left anything behind (a row inserted, changed or removed) moves it. Test database only.
 */
export async function installWriteCounter(): Promise<void> {
  const p = prisma();
  const tables = await p.$queryRawUnsafe<{ table_name: string }[]>(
    `SELECT table_name::text AS table_name FROM information_schema.tables
      WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`,
  );
  await p.$executeRawUnsafe(`CREATE TABLE "zz_test_writes" ("id" int PRIMARY KEY, "writes" bigint NOT NULL)`);
  await p.$executeRawUnsafe(`INSERT INTO "zz_test_writes" VALUES (1, 0)`);
  await p.$executeRawUnsafe(`CREATE FUNCTION "zz_test_count_write"() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN UPDATE "zz_test_writes" SET "writes" = "writes" + 1 WHERE "id" = 1; RETURN NULL; END $$`);
  for (const { table_name: name } of tables) {
    await p.$executeRawUnsafe(`CREATE TRIGGER "zz_test_count_write" AFTER INSERT OR UPDATE OR DELETE ON "${name}" FOR EACH STATEMENT EXECUTE FUNCTION "zz_test_count_write"()`);
  }
}

/** The number of committed statements that wrote to any table since installWriteCounter. */
export async function writeCount(): Promise<number> {
  const rows = await prisma().$queryRawUnsafe<{ writes: string }[]>(`SELECT "writes"::text AS "writes" FROM "zz_test_writes" WHERE "id" = 1`);
  return Number(rows[0]!.writes);
}

// ---------------------------------------------------------------------------------------------
// Fixture builders: fresh target objects, written straight to the database
// ---------------------------------------------------------------------------------------------

export type Fixture = { fields: Record<string, string | string[]>; file?: UploadedFile };

const textFile = (name: string): UploadedFile => ({ name, bytes: new TextEncoder().encode(`Innehåll ${unique()}\n`) });

const CHAIR: Record<GroupKind, string> = { WORKING_GROUP: "sara", STEERING_GROUP: "anders" };
const ADJUSTER: Record<GroupKind, string> = { WORKING_GROUP: "mikael", STEERING_GROUP: "eva" };
const PRESENT: Record<GroupKind, string[]> = { WORKING_GROUP: ["sara", "mikael", "maria", "selma"], STEERING_GROUP: ["anders", "eva", "maria"] };

type MeetingSpec = { when: "future" | "past"; status?: "PLANNED" | "HELD"; agenda?: number; attendance?: boolean };

/** An extra meeting (so no cadence slot is taken): planned in a later year, or held yesterday. */
async function meeting(w: World, group: GroupKind, spec: MeetingSpec) {
  const n = unique();
  const date = spec.when === "future" ? `${w.year + 3}-05-${String((n % 28) + 1).padStart(2, "0")}` : isoDayFromNow(-1);
  const [start, end] = spec.when === "future" ? ["13:00", "15:00"] : ["10:00", "12:00"];
  const startsAt = instantFromStockholm(date, start)!;
  return prisma().meeting.create({
    data: {
      groupId: w.groups[group],
      title: `Testmöte ${n}`,
      startsAt,
      endsAt: instantFromStockholm(date, end)!,
      cycleYear: stockholmYear(startsAt),
      location: "Huddinge kommunhus",
      status: spec.status ?? (spec.when === "future" ? "PLANNED" : "HELD"),
      isExtra: true,
      extraReason: "Prövning av behörigheter",
      agendaItems: { create: Array.from({ length: spec.agenda ?? 0 }, (_, index) => ({ position: index + 1, title: `Punkt ${index + 1}`, type: "DISCUSSION" as const })) },
      attendance: spec.attendance ? { create: PRESENT[group].map((name) => ({ personId: w.people[name]!, status: "PRESENT" as const })) } : undefined,
    },
    include: { agendaItems: { orderBy: { position: "asc" } } },
  });
}

/** The fields of the meeting forms for an existing meeting, unchanged apart from the title. */
function meetingFormFields(m: { id: string; version: number; startsAt: Date; endsAt: Date }) {
  const start = stockholmParts(m.startsAt);
  return {
    meetingId: m.id,
    version: String(m.version),
    meetingTitle: `Nytt namn ${unique()}`,
    meetingDate: start.date,
    startTime: start.time,
    endTime: stockholmParts(m.endsAt).time,
    location: "Huddinge kommunhus",
    onlineUrl: "",
    isExtra: "yes",
    extraReason: "Prövning av behörigheter",
  };
}

/** Minutes of a meeting held yesterday (attendance recorded): chaired by the group's chair, one adjuster, one entry, one decision. */
async function minutes(w: World, group: GroupKind, status: "DRAFT" | "IN_ADJUSTMENT" | "APPROVED", options: { chair?: boolean } = {}) {
  const p = prisma();
  const m = await meeting(w, group, { when: "past", agenda: 2, attendance: true });
  const chair = options.chair === false ? null : w.people[CHAIR[group]]!;
  const adjuster = w.people[ADJUSTER[group]]!;
  const created = await p.minutes.create({
    data: {
      meetingId: m.id,
      chairPersonId: chair,
      secretaryPersonId: w.people.maria!,
      entries: { create: m.agendaItems.map((item) => ({ agendaItemId: item.id, position: item.position, heading: item.title, text: "Föredrogs." })) },
      adjusters: chair ? { create: [{ personId: adjuster }] } : undefined,
    },
    include: { entries: true },
  });
  const decision = await p.decision.create({
    data: { minutesId: created.id, meetingId: m.id, number: 1, subject: "GENERAL", title: "Ett beslut", text: "Gruppen beslutar." },
  });
  if (status === "APPROVED" && chair) {
    await p.minutesApproval.create({ data: { minutesId: created.id, personId: chair, role: "CHAIR" } });
    await p.minutesApproval.create({ data: { minutesId: created.id, personId: adjuster, role: "ADJUSTER" } });
  }
  if (status !== "DRAFT") await p.minutes.update({ where: { id: created.id }, data: { status, approvedAt: status === "APPROVED" ? new Date() : null } });
  return { id: created.id, version: created.version, meetingId: m.id, entryId: created.entries[0]!.id, decisionId: decision.id, chair };
}

const minutesRef = (x: { id: string; version: number }) => ({ minutesId: x.id, version: String(x.version) });

type ProposalStatus = "DRAFT" | "SUBMITTED" | "UNDER_REVIEW" | "PUT_FORWARD";

/** A complete proposal by the contributor, in this year's call. */
async function proposal(w: World, status: ProposalStatus) {
  const n = unique();
  const contributor = w.actors.contributor!;
  return prisma().proposal.create({
    data: {
      partnershipId: w.partnershipId,
      callId: w.currentCallId,
      authorId: contributor.userId,
      status,
      title: `Förslag ${n}`,
      problem: "Ett problem.",
      focusArea: "EDUCATION_AND_COMPETENCE",
      dimensions: ["SOCIAL"],
      expectedResults: "Resultat.",
      followUp: "Uppföljning.",
      periodStartYear: w.year + 1,
      periodEndYear: w.year + 2,
      resources: "Inom ordinarie tid.",
      contactName: contributor.name,
      contactEmail: contributor.email,
      // Submitted at the start of the cycle's year, before the meetings that put it forward and decide it (time order).
      submittedAt: status === "DRAFT" ? null : new Date(Date.UTC(w.year, 0, 1, 12)),
      ...(status === "UNDER_REVIEW" || status === "PUT_FORWARD" ? { recommendation: "RECOMMEND" as const, recommendationReason: "Bra.", recommendedAt: new Date() } : {}),
      ...(status === "PUT_FORWARD" ? { putForwardMeetingId: w.putForward.meetingId, putForwardDecisionId: w.putForward.decisionId } : {}),
      thematicAreas: { create: [{ thematicAreaId: w.thematicAreaId }] },
      units: { create: [{ unitId: w.unitId }] },
    },
  });
}

async function person(w: World, options: { email?: boolean; active?: boolean; account?: boolean } = {}) {
  const n = unique();
  const email = options.email === false ? null : `person-${n}@huddinge.example`;
  const created = await prisma().person.create({
    data: { partnershipId: w.partnershipId, name: `Test Person ${n}`, email, partyId: w.parties.MUNICIPALITY, active: options.active ?? true },
  });
  if (options.account && email) await createUser(prisma(), { personId: created.id, email, roles: ["READER"] });
  return created;
}

async function nextNumber(table: "agreementAmendment" | "agreementDispute", agreementId: string): Promise<number> {
  const p = prisma();
  const last = table === "agreementAmendment"
    ? await p.agreementAmendment.aggregate({ where: { agreementId }, _max: { number: true } })
    : await p.agreementDispute.aggregate({ where: { agreementId }, _max: { number: true } });
  return (last._max.number ?? 0) + 1;
}

const today = () => new Date(`${isoToday()}T00:00:00Z`);

async function amendment(w: World) {
  return prisma().agreementAmendment.create({
    data: {
      agreementId: w.agreementId,
      number: await nextNumber("agreementAmendment", w.agreementId),
      reason: "Förtydligande",
      changes: { rightsClause: `Ny rättighetsklausul ${unique()}` },
      baseVersionNumber: 1,
      proposedEffectiveDate: today(),
    },
  });
}

async function dispute(w: World, options: { steeringGroupStep?: boolean } = {}) {
  return prisma().agreementDispute.create({
    data: {
      agreementId: w.agreementId,
      number: await nextNumber("agreementDispute", w.agreementId),
      subject: `Tvist ${unique()}`,
      raisedByPartyId: w.parties.MUNICIPALITY,
      raisedOn: today(),
      ...(options.steeringGroupStep ? { steps: { create: [{ level: "STEERING_GROUP" as const, takenOn: today() }] } } : {}),
    },
  });
}

/** A priority area decided last year (prioritised for this year), open for a later decision. */
async function priorityArea(w: World) {
  return prisma().priorityArea.create({
    data: {
      partnershipId: w.partnershipId,
      title: `Område ${unique()}`,
      focusArea: "EDUCATION_AND_COMPETENCE",
      dimensions: ["SOCIAL"],
      decisionId: w.lastYearSteeringDecisionId,
      years: { create: [{ year: w.year, decisionId: w.lastYearSteeringDecisionId }] },
    },
  });
}

// ---------------------------------------------------------------------------------------------
// The table
// ---------------------------------------------------------------------------------------------

export type Row = {
  /** Unique; the test names show it with the actor. */
  name: string;
  /** The inventory key (the definition's export name). */
  definition: string;
  /** Who is tried. Every definition has at least one row with all BASE_ACTORS. */
  actors: readonly ActorKey[];
  /** Who succeeds; everyone else (but signed-out visitors and the other partnership) is refused with `refusal`. */
  allow: readonly ActorKey[];
  /** The refusal of the others, when not errors.forbidden (e.g. "you are not a signatory of these minutes"). */
  refusal?: string;
  refusalFor?: Partial<Record<ActorKey, string>>;
  /**
   * The other partnership's administrator: "own" when the action acts on their own partnership
   * (their own account, a new call), else the refusal they get — the objects of this partnership
   * must look as if they did not exist (errors.notFound, or an id refused as invalid).
   */
  foreign?: "own" | string;
  /** Set when no valid fixture can be built: the reason. Refused actors are still checked. */
  noValidFixture?: string;
  fixture: (w: World, as: ActorKey) => Promise<Fixture>;
};

export type Outcome = { kind: "allow" } | { kind: "own" } | { kind: "refuse"; message: string };

export function outcomeFor(row: Row, actor: ActorKey): Outcome {
  if (actor === "signedOut") return { kind: "refuse", message: "errors.signedOut" };
  if (isForeign(actor)) {
    // Acting on their own partnership (their account, a new call): as their counterpart here would.
    if (row.foreign === "own") {
      const home = outcomeFor(row, FOREIGN_ACTORS[actor]);
      return home.kind === "allow" ? { kind: "own" } : home;
    }
    // The role check comes first and says nothing about the object; past it, the object does not
    // exist (unless the row names a refusal for this actor that comes before the object is read).
    const named = row.refusalFor?.[actor];
    if (named) return { kind: "refuse", message: named };
    const permission = permissionOf(row);
    if (permission && !hasPermission(ROLES_OF[actor], permission)) return { kind: "refuse", message: "errors.forbidden" };
    return { kind: "refuse", message: row.foreign ?? "errors.notFound" };
  }
  if (row.allow.includes(actor)) return { kind: "allow" };
  return { kind: "refuse", message: row.refusalFor?.[actor] ?? row.refusal ?? "errors.forbidden" };
}

/** Refused actors first: they share one fixture, which the allowed ones (each with a fresh one) then consume. */
export function orderedActors(row: Row): ActorKey[] {
  const refused = row.actors.filter((actor) => outcomeFor(row, actor).kind === "refuse");
  return [...refused, ...row.actors.filter((actor) => !refused.includes(actor))];
}

const ALL = BASE_ACTORS;
const SIGNATORIES = ["municipalSignatory", "universitySignatory"] as const;
const SIGNED_IN: readonly ActorKey[] = ["reader", "contributor", "workingGroupMember", "steeringGroupMember", "administrator"];

/**
 * A meeting or minutes action of the managers (administrators and the group's secretary): on the
 * working group's object every role plus the working group's own (non-administrator) secretary,
 * who may; on the steering group's object that secretary again (another group's secretary), the
 * working group's chair (another group's member), the steering group's chair (a member, not a
 * manager) and the administrator.
 */
function managerRows(definition: string, fixture: (w: World, group: GroupKind) => Promise<Fixture>, foreign = "errors.notFound"): Row[] {
  return [
    {
      name: `${definition} (working group's)`,
      definition,
      actors: [...ALL, "workingGroupSecretary"],
      allow: ["administrator", "workingGroupSecretary"],
      foreign,
      fixture: (w) => fixture(w, "WORKING_GROUP"),
    },
    {
      name: `${definition} (steering group's: another group's secretary)`,
      definition,
      actors: ["workingGroupSecretary", "workingGroupMember", "steeringGroupMember", "administrator"],
      allow: ["administrator"],
      fixture: (w) => fixture(w, "STEERING_GROUP"),
    },
  ];
}

const MEETING_ROWS: Row[] = [
  ...managerRows(
    "scheduleMeeting",
    async (w, group) => ({
      fields: {
        groupId: w.groups[group],
        meetingTitle: `Extramöte ${unique()}`,
        meetingDate: `${w.year + 3}-06-10`,
        startTime: "13:00",
        endTime: "15:00",
        location: "Huddinge kommunhus",
        onlineUrl: "",
        isExtra: "yes",
        extraReason: "Prövning av behörigheter",
      },
    }),
    "errors.validation",
  ),
  ...managerRows("editMeeting", async (w, group) => ({ fields: meetingFormFields(await meeting(w, group, { when: "future" })) })),
  ...managerRows("cancelMeeting", async (w, group) => {
    const m = await meeting(w, group, { when: "future" });
    return { fields: { meetingId: m.id, version: String(m.version), cancellationReason: "För få deltagare" } };
  }),
  ...managerRows("markMeetingHeld", async (w, group) => {
    const m = await meeting(w, group, { when: "past", status: "PLANNED" });
    return { fields: { meetingId: m.id, version: String(m.version) } };
  }),
  ...managerRows("sendNotice", async (w, group) => {
    const m = await meeting(w, group, { when: "future", agenda: 1 });
    return { fields: { meetingId: m.id, version: String(m.version) } };
  }),
  ...managerRows("uploadMeetingDocument", async (w, group) => {
    const m = await meeting(w, group, { when: "future" });
    return { fields: { meetingId: m.id, documentTitle: "Underlag" }, file: textFile("underlag.txt") };
  }),
  // Underlag are the group's internals: to those outside the group (who may not see them) a
  // document does not exist; the group's members see it and are refused.
  ...managerRows("removeMeetingDocument", async (w, group) => {
    const m = await meeting(w, group, { when: "future" });
    return { fields: { documentId: await insertMeetingDocument(m.id) } };
  }).map((row, index): Row => ({
    ...row,
    refusalFor:
      index === 0
        ? { reader: "errors.notFound", contributor: "errors.notFound", steeringGroupMember: "errors.notFound" }
        : { workingGroupSecretary: "errors.notFound", workingGroupMember: "errors.notFound" },
  })),
  ...managerRows("addAgendaItem", async (w, group) => {
    const m = await meeting(w, group, { when: "future" });
    return { fields: { meetingId: m.id, itemTitle: "Ny punkt", itemType: "DISCUSSION" } };
  }),
  ...managerRows("editAgendaItem", async (w, group) => {
    const m = await meeting(w, group, { when: "future", agenda: 1 });
    return { fields: { itemId: m.agendaItems[0]!.id, itemTitle: "Ändrad punkt", itemType: "DECISION" } };
  }),
  ...managerRows("removeAgendaItem", async (w, group) => {
    const m = await meeting(w, group, { when: "future", agenda: 1 });
    return { fields: { itemId: m.agendaItems[0]!.id } };
  }),
  ...managerRows("moveAgendaItem", async (w, group) => {
    const m = await meeting(w, group, { when: "future", agenda: 2 });
    return { fields: { itemId: m.agendaItems[1]!.id, direction: "up" } };
  }),
  ...managerRows("recordAttendance", async (w, group) => {
    const m = await meeting(w, group, { when: "past" });
    return { fields: { meetingId: m.id, [`attendance_${w.people[CHAIR[group]]}`]: "PRESENT" } };
  }),
];

/** The permission a row's definition requires. */
function permissionOf(row: Row): Permission | null {
  const entry = INVENTORY.get(row.definition);
  if (!entry) return null;
  return (entry.kind === "definition" ? entry.definition : entry.factory(null)).permission;
}

/** The roles of each account of the table (the world gives them these). */
export const ROLES_OF: Record<Exclude<ActorKey, "signedOut">, Role[]> = {
  otherPartnership: ["ADMINISTRATOR"],
  otherReader: ["READER"],
  otherPartnershipContributor: ["CONTRIBUTOR"],
  otherWorkingGroupMember: ["WORKING_GROUP_MEMBER"],
  otherSteeringGroupMember: ["STEERING_GROUP_MEMBER"],
  reader: ["READER"],
  contributor: ["CONTRIBUTOR"],
  workingGroupMember: ["WORKING_GROUP_MEMBER"],
  steeringGroupMember: ["STEERING_GROUP_MEMBER"],
  administrator: ["ADMINISTRATOR"],
  workingGroupSecretary: ["WORKING_GROUP_MEMBER"],
  otherContributor: ["CONTRIBUTOR"],
  municipalSignatory: ["READER"],
  universitySignatory: ["READER"],
};
/** Who is in neither the group nor its minutes' signatories (and no administrator), per group. */
const OUTSIDE: Record<GroupKind, ActorKey[]> = {
  WORKING_GROUP: ["reader", "contributor", "steeringGroupMember", "otherContributor", "municipalSignatory", "universitySignatory"],
  STEERING_GROUP: ["reader", "contributor", "workingGroupMember", "workingGroupSecretary", "otherContributor", "municipalSignatory", "universitySignatory"],
};

/**
 * Minutes not yet approved do not exist for those outside their group: once past the role check
 * (which refuses with errors.forbidden and says nothing about the minutes), they are told
 * errors.notFound, whatever the action.
 */
function hiddenFromOutsiders(rows: Row[]): Row[] {
  return rows.map((row) => {
    const group: GroupKind = row.name.includes("steering group's") ? "STEERING_GROUP" : "WORKING_GROUP";
    const entry = INVENTORY.get(row.definition);
    const permission = entry?.kind === "definition" ? entry.definition.permission : null;
    const refusalFor = { ...row.refusalFor };
    for (const actor of OUTSIDE[group]) {
      if (!row.actors.includes(actor) || row.allow.includes(actor)) continue;
      const roles = ROLES_OF[actor as keyof typeof ROLES_OF];
      if (permission && hasPermission(roles, permission)) refusalFor[actor] = "errors.notFound";
    }
    return { ...row, refusalFor };
  });
}

const MINUTES_ROWS: Row[] = [
  ...managerRows("startMinutes", async (w, group) => {
    const m = await meeting(w, group, { when: "past", agenda: 2, attendance: true });
    return { fields: { meetingId: m.id } };
  }),
  ...hiddenFromOutsiders(managerRows("setChair", async (w, group) => {
    const x = await minutes(w, group, "DRAFT", { chair: false });
    return { fields: { ...minutesRef(x), chairPersonId: w.people[CHAIR[group]]! } };
  })),
  ...hiddenFromOutsiders(managerRows("addEntry", async (w, group) => ({ fields: { ...minutesRef(await minutes(w, group, "DRAFT")), heading: "Övriga frågor", text: "Inga." } }))),
  ...hiddenFromOutsiders(managerRows("editEntry", async (w, group) => {
    const x = await minutes(w, group, "DRAFT");
    return { fields: { ...minutesRef(x), entryId: x.entryId, heading: "Punkt 1", text: "Ändrad text." } };
  })),
  ...hiddenFromOutsiders(managerRows("removeEntry", async (w, group) => {
    const x = await minutes(w, group, "DRAFT");
    return { fields: { ...minutesRef(x), entryId: x.entryId } };
  })),
  ...hiddenFromOutsiders(managerRows("addDecision", async (w, group) => ({
    fields: { ...minutesRef(await minutes(w, group, "DRAFT")), decisionTitle: "Nytt beslut", decisionText: "Gruppen beslutar.", subject: "GENERAL" },
  }))),
  ...hiddenFromOutsiders(managerRows("editDecision", async (w, group) => {
    const x = await minutes(w, group, "DRAFT");
    return { fields: { ...minutesRef(x), decisionId: x.decisionId, decisionTitle: "Ändrat beslut", decisionText: "Gruppen beslutar annat.", subject: "GENERAL" } };
  })),
  ...hiddenFromOutsiders(managerRows("removeDecision", async (w, group) => {
    const x = await minutes(w, group, "DRAFT");
    return { fields: { ...minutesRef(x), decisionId: x.decisionId } };
  })),
  ...hiddenFromOutsiders(managerRows("sendForAdjustment", async (w, group) => ({ fields: minutesRef(await minutes(w, group, "DRAFT")) }))),
  ...hiddenFromOutsiders(managerRows("returnToDraft", async (w, group) => ({ fields: { ...minutesRef(await minutes(w, group, "IN_ADJUSTMENT")), reason: "Fel i § 1" } }))),
  ...managerRows("startCorrection", async (w, group) => ({ fields: { ...minutesRef(await minutes(w, group, "APPROVED")), correctionReason: "Fel datum" } })),
  ...hiddenFromOutsiders([
    // The chair appoints the adjusters (an administrator may record it); the secretary may not.
    {
      name: "appointAdjusters (working group's, chaired by the working group's chair)",
      definition: "appointAdjusters",
      actors: [...ALL, "workingGroupSecretary"],
      allow: ["administrator", "workingGroupMember"],
      fixture: async (w) => ({ fields: { ...minutesRef(await minutes(w, "WORKING_GROUP", "DRAFT")), adjusterIds: [w.people.mikael!] } }),
    },
    {
      name: "appointAdjusters (steering group's, chaired by the steering group's chair)",
      definition: "appointAdjusters",
      actors: ["workingGroupMember", "workingGroupSecretary", "steeringGroupMember", "administrator"],
      allow: ["administrator", "steeringGroupMember"],
      fixture: async (w) => ({ fields: { ...minutesRef(await minutes(w, "STEERING_GROUP", "DRAFT")), adjusterIds: [w.people.eva!] } }),
    },
    // Only the chair and the adjusters sign, each for themself: administrators neither.
    {
      name: "approveMinutes (working group's, chaired by the working group's chair)",
      definition: "approveMinutes",
      actors: [...ALL, "workingGroupSecretary"],
      allow: ["workingGroupMember"],
      refusal: "minutes.refusals.notSignatory",
      fixture: async (w) => ({ fields: minutesRef(await minutes(w, "WORKING_GROUP", "IN_ADJUSTMENT")) }),
    },
    {
      name: "approveMinutes (steering group's, chaired by the steering group's chair)",
      definition: "approveMinutes",
      actors: ["workingGroupMember", "workingGroupSecretary", "steeringGroupMember", "administrator"],
      allow: ["steeringGroupMember"],
      refusal: "minutes.refusals.notSignatory",
      fixture: async (w) => ({ fields: minutesRef(await minutes(w, "STEERING_GROUP", "IN_ADJUSTMENT")) }),
    },
  ]),
];

const transition = (x: { id: string; version: number }) => ({ proposalId: x.id, version: String(x.version) });

const PROPOSAL_ROWS: Row[] = [
  {
    name: "createProposal",
    definition: "createProposal",
    actors: ALL,
    allow: ["contributor", "workingGroupMember", "steeringGroupMember", "administrator"],
    // The thematic area named is this partnership's: refused as invalid for the other one.
    foreign: "errors.validation",
    fixture: async (w) => ({
      fields: {
        intent: "draft",
        title: `Nytt förslag ${unique()}`,
        submissionKey: randomBytes(18).toString("base64url"),
        focusArea: "EDUCATION_AND_COMPETENCE",
        thematicAreaIds: [w.thematicAreaId],
      },
    }),
  },
  // The author's own draft: nobody else edits or withdraws it, administrators neither. Nobody else
  // sees a draft either: to them it does not exist (a reader is refused by the permission first).
  {
    name: "editProposal (the contributor's draft: author vs another contributor)",
    definition: "editProposal",
    actors: [...ALL, "otherContributor"],
    allow: ["contributor"],
    refusal: "errors.notFound",
    refusalFor: { reader: "errors.forbidden" },
    fixture: async (w) => ({ fields: { ...transition(await proposal(w, "DRAFT")), intent: "draft", title: `Ändrat förslag ${unique()}` } }),
  },
  {
    name: "withdrawProposal (the contributor's submitted proposal)",
    definition: "withdrawProposal",
    actors: [...ALL, "otherContributor"],
    allow: ["contributor"],
    // The groups and administrators see a submitted proposal and are refused; to a reader or another
    // contributor (outside the groups) it does not exist.
    refusalFor: { reader: "errors.notFound", otherContributor: "errors.notFound" },
    fixture: async (w) => ({ fields: transition(await proposal(w, "SUBMITTED")) }),
  },
  {
    name: "startReview",
    definition: "startReview",
    actors: ALL,
    allow: ["workingGroupMember", "administrator"],
    fixture: async (w) => ({ fields: transition(await proposal(w, "SUBMITTED")) }),
  },
  {
    name: "addComment",
    definition: "addComment",
    actors: ALL,
    allow: ["workingGroupMember", "administrator"],
    fixture: async (w) => ({ fields: { ...transition(await proposal(w, "UNDER_REVIEW")), comment: "En kommentar." } }),
  },
  {
    name: "recordRecommendation",
    definition: "recordRecommendation",
    actors: ALL,
    allow: ["workingGroupMember", "administrator"],
    fixture: async (w) => ({ fields: { ...transition(await proposal(w, "UNDER_REVIEW")), recommendation: "RECOMMEND_WITH_CHANGES", recommendationReason: "Avgränsa." } }),
  },
  {
    name: "putForward",
    definition: "putForward",
    actors: ALL,
    allow: ["workingGroupMember", "administrator"],
    fixture: async (w) => ({ fields: { ...transition(await proposal(w, "UNDER_REVIEW")), putForwardDecisionId: w.putForward.decisionId } }),
  },
  {
    name: "decideProposal",
    definition: "decideProposal",
    actors: ALL,
    allow: ["steeringGroupMember", "administrator"],
    fixture: async (w) => ({
      fields: { ...transition(await proposal(w, "PUT_FORWARD")), outcome: "ACCEPTED", decisionId: w.steeringDraftDecisionId, years: [String(w.year + 1)] },
    }),
  },
  {
    name: "openCall",
    definition: "openCall",
    actors: ALL,
    allow: ["administrator"],
    // A call of the actor's own partnership: the other partnership's administrator opens theirs.
    foreign: "own",
    fixture: async () => ({
      fields: { cycleYear: String(unusedCycleYear()), callTitle: "Förslag till prioriterade områden", opensOn: isoToday(), deadlineOn: isoDayFromNow(30) },
    }),
  },
  {
    name: "reopenCall",
    definition: "reopenCall",
    actors: ALL,
    allow: ["administrator"],
    // Administrators only, checked before the call is looked up: the other partnership's working-group member too.
    refusalFor: { otherWorkingGroupMember: "errors.forbidden" },
    fixture: async (w) => {
      const call = await prisma().proposalCall.create({
        data: {
          partnershipId: w.partnershipId,
          cycleYear: unusedCycleYear(),
          title: "Stängd inbjudan",
          opensAt: new Date(Date.now() - 60 * DAY_MS),
          deadline: new Date(Date.now() - 30 * DAY_MS),
        },
      });
      return { fields: { callId: call.id, version: String(call.version), deadlineOn: isoDayFromNow(30), reopenReason: "För få förslag" } };
    },
  },
  {
    name: "continuePriorityArea",
    definition: "continuePriorityArea",
    actors: ALL,
    allow: ["steeringGroupMember", "administrator"],
    fixture: async (w) => ({ fields: { priorityAreaId: (await priorityArea(w)).id, decisionId: w.steeringDraftDecisionId } }),
  },
  {
    name: "closePriorityArea",
    definition: "closePriorityArea",
    actors: ALL,
    allow: ["steeringGroupMember", "administrator"],
    fixture: async (w) => ({ fields: { priorityAreaId: (await priorityArea(w)).id, decisionId: w.steeringDraftDecisionId } }),
  },
];

// The agreement: administrators act for the partnership, a party's signatories for their own party
// only. The other partnership has no agreement: every action finds none.
const AGREEMENT_ROWS: Row[] = [
  {
    name: "editRecord",
    definition: "editRecord",
    actors: [...ALL, ...SIGNATORIES],
    allow: ["administrator"],
    fixture: async (w) => {
      const agreement = await prisma().agreement.findUniqueOrThrow({ where: { id: w.agreementId } });
      return {
        fields: {
          version: String(agreement.version),
          recordTitle: `Avtal om strategiskt partnerskap (${unique()})`,
          signingDate: "2021-11-15",
          municipalityRegistrationNumber: "KS-2021/1163",
          universityRegistrationNumber: "SH-2021/1587",
        },
      };
    },
  },
  {
    name: "addSignatory",
    definition: "addSignatory",
    actors: [...ALL, ...SIGNATORIES],
    allow: ["administrator"],
    fixture: async (w) => ({ fields: { signatoryPartyId: w.parties.MUNICIPALITY, signatoryPersonId: (await person(w)).id, signatoryTitle: "Förvaltningschef" } }),
  },
  {
    name: "removeSignatory",
    definition: "removeSignatory",
    actors: [...ALL, ...SIGNATORIES],
    allow: ["administrator"],
    fixture: async (w) => {
      const signatory = await prisma().agreementSignatory.create({
        data: { agreementId: w.agreementId, partyId: w.parties.MUNICIPALITY, personId: (await person(w)).id, title: "Förvaltningschef" },
      });
      return { fields: { signatoryId: signatory.id } };
    },
  },
  {
    name: "registerNotice (the municipality's: a university signatory may not give it)",
    definition: "registerNotice",
    actors: [...ALL, ...SIGNATORIES],
    allow: ["administrator", "municipalSignatory"],
    fixture: async (w) => {
      // One notice per party at a time: an earlier one (from an allowed call) goes first.
      await prisma().agreementNotice.deleteMany({ where: { agreementId: w.agreementId, withdrawnAt: null } });
      return { fields: { noticePartyId: w.parties.MUNICIPALITY, receivedOn: isoToday(), noticeNote: "Uppsägning" } };
    },
  },
  {
    name: "withdrawNotice (the municipality's, with the university's consent)",
    definition: "withdrawNotice",
    actors: [...ALL, ...SIGNATORIES],
    allow: ["administrator", "municipalSignatory"],
    fixture: async (w) => {
      const notice = await prisma().agreementNotice.create({
        data: {
          agreementId: w.agreementId,
          partyId: w.parties.MUNICIPALITY,
          receivedOn: today(),
          endDate: new Date(`${w.year + 1}-12-31T00:00:00Z`),
          noticePeriodMonths: 6,
          endsAtYearEnd: true,
        },
      });
      return { fields: { noticeId: notice.id, consentSignatoryId: w.seededSignatories.UNIVERSITY, consentGivenOn: isoToday() } };
    },
  },
  {
    name: "proposeAmendment",
    definition: "proposeAmendment",
    actors: [...ALL, ...SIGNATORIES],
    allow: ["administrator", ...SIGNATORIES],
    fixture: async () => ({ fields: { terms: "rightsClause", rightsClause: `Ny rättighetsklausul ${unique()}`, reason: "Förtydligande", effectiveDate: isoToday() } }),
  },
  {
    name: "approveAmendment (for the municipality, own signature)",
    definition: "approveAmendment",
    actors: [...ALL, ...SIGNATORIES],
    allow: ["municipalSignatory"],
    fixture: async (w) => ({ fields: { amendmentId: (await amendment(w)).id, partyId: w.parties.MUNICIPALITY } }),
  },
  {
    name: "approveAmendment (for the municipality, recorded on a signatory's behalf)",
    definition: "approveAmendment",
    actors: [...ALL, ...SIGNATORIES],
    allow: ["administrator"],
    fixture: async (w) => ({ fields: { amendmentId: (await amendment(w)).id, partyId: w.parties.MUNICIPALITY, signatoryId: w.seededSignatories.MUNICIPALITY } }),
  },
  {
    name: "rejectAmendment",
    definition: "rejectAmendment",
    actors: [...ALL, ...SIGNATORIES],
    allow: ["administrator", ...SIGNATORIES],
    fixture: async (w) => ({ fields: { amendmentId: (await amendment(w)).id, rejectionNote: "Inte nu" } }),
  },
  {
    name: "raiseDispute (for the municipality: a university signatory may not)",
    definition: "raiseDispute",
    actors: [...ALL, ...SIGNATORIES],
    allow: ["administrator", "municipalSignatory"],
    fixture: async (w) => ({ fields: { disputePartyId: w.parties.MUNICIPALITY, subject: `Tvist ${unique()}`, raisedOn: isoToday() } }),
  },
  {
    name: "addEscalationStep",
    definition: "addEscalationStep",
    actors: [...ALL, ...SIGNATORIES],
    allow: ["administrator", ...SIGNATORIES],
    fixture: async (w) => ({ fields: { disputeId: (await dispute(w)).id, level: "STEERING_GROUP", takenOn: isoToday() } }),
  },
  {
    name: "resolveDispute",
    definition: "resolveDispute",
    actors: [...ALL, ...SIGNATORIES],
    allow: ["administrator", ...SIGNATORIES],
    fixture: async (w) => ({ fields: { disputeId: (await dispute(w, { steeringGroupStep: true })).id, resolvedOn: isoToday(), resolution: "Enighet i ledningsgruppen" } }),
  },
  {
    name: "uploadDocument",
    definition: "uploadDocument",
    actors: [...ALL, ...SIGNATORIES],
    allow: ["administrator"],
    fixture: async () => ({ fields: { documentKind: "ANNEX", documentTitle: "Bilaga" }, file: textFile("bilaga.txt") }),
  },
  {
    name: "removeDocument",
    definition: "removeDocument",
    actors: [...ALL, ...SIGNATORIES],
    allow: ["administrator"],
    fixture: async (w) => ({ fields: { documentId: await insertAgreementDocument(w.agreementId) } }),
  },
];

// Membership and people: administrators only (membership:manage).
const PEOPLE_ROWS: Row[] = [
  {
    name: "addMembership",
    definition: "addMembership",
    actors: ALL,
    allow: ["administrator"],
    foreign: "errors.validation",
    fixture: async (w) => ({ fields: { groupKind: "WORKING_GROUP", personId: (await person(w)).id, role: "MEMBER", startDate: isoToday() } }),
  },
  {
    name: "endMembership",
    definition: "endMembership",
    actors: ALL,
    allow: ["administrator"],
    fixture: async (w) => {
      const member = await person(w);
      const membership = await prisma().membership.create({
        data: { groupId: w.groups.WORKING_GROUP, personId: member.id, partyId: w.parties.MUNICIPALITY, role: "MEMBER", startDate: new Date("2024-01-01T00:00:00Z") },
      });
      return { fields: { membershipId: membership.id, endDate: isoToday() } };
    },
  },
  {
    name: "addSeat",
    definition: "addSeat",
    actors: ALL,
    allow: ["administrator"],
    // Seats are named by group kind: the other partnership's administrator adds one to their own group.
    foreign: "own",
    fixture: async () => ({ fields: { groupKind: "STEERING_GROUP", partyType: "UNIVERSITY", title: `Plats ${unique()}` } }),
  },
  {
    name: "removeSeat",
    definition: "removeSeat",
    actors: ALL,
    allow: ["administrator"],
    fixture: async (w) => {
      const seat = await prisma().seat.create({ data: { groupId: w.groups.STEERING_GROUP, partyId: w.parties.UNIVERSITY, title: `Plats ${unique()}`, sortOrder: 99 } });
      return { fields: { seatId: seat.id } };
    },
  },
  {
    name: "createPerson",
    definition: "createPerson",
    actors: ALL,
    allow: ["administrator"],
    foreign: "errors.validation",
    fixture: async (w) => ({ fields: { name: `Ny Person ${unique()}`, email: `ny-${unique()}@huddinge.example`, partyId: w.parties.MUNICIPALITY } }),
  },
  {
    name: "updatePerson",
    definition: "updatePerson",
    actors: ALL,
    allow: ["administrator"],
    foreign: "people.refusals.notFound",
    fixture: async (w) => {
      const target = await person(w);
      return { fields: { personId: target.id, name: `${target.name} Ändrad`, email: target.email!, partyId: w.parties.MUNICIPALITY } };
    },
  },
  {
    name: "invitePerson",
    definition: "invitePerson",
    actors: ALL,
    allow: ["administrator"],
    foreign: "people.refusals.notFound",
    fixture: async (w) => ({ fields: { personId: (await person(w)).id, roles: ["READER"] } }),
  },
  {
    name: "changeRoles",
    definition: "changeRoles",
    actors: ALL,
    allow: ["administrator"],
    foreign: "people.refusals.notFound",
    fixture: async (w) => ({ fields: { personId: (await person(w, { account: true })).id, roles: ["CONTRIBUTOR"] } }),
  },
  {
    name: "deactivatePerson",
    definition: "deactivatePerson",
    actors: ALL,
    allow: ["administrator"],
    foreign: "people.refusals.notFound",
    fixture: async (w) => ({ fields: { personId: (await person(w, { account: true })).id } }),
  },
  {
    name: "anonymisePerson",
    definition: "anonymisePerson",
    actors: ALL,
    allow: ["administrator"],
    foreign: "people.refusals.notFound",
    fixture: async (w) => ({ fields: { personId: (await person(w, { active: false })).id, confirm: "yes" } }),
  },
  {
    name: "importMembers",
    definition: "importMembers",
    actors: ALL,
    allow: ["administrator"],
    // The file names this partnership's party: for the other partnership's administrator a file
    // with an unknown party (the import refuses it whole, writing nothing).
    foreign: "import.errors.invalid",
    fixture: async () => {
      const n = unique();
      return { fields: { csv: `namn;e-post;part\nImporterad Person ${n};import-${n}@huddinge.example;Huddinge kommun\n` } };
    },
  },
];

// Every signed-in user's own account: the form never names another one.
const OWN_ACCOUNT_ROWS: Row[] = [
  {
    name: "changePassword (own account)",
    definition: "changePassword",
    actors: ALL,
    allow: SIGNED_IN,
    foreign: "own",
    fixture: async (w, as) => {
      const actor = w.actors[as];
      if (actor) await prisma().account.update({ where: { id: actor.accountId }, data: { passwordHash: w.knownPasswordHash } });
      return { fields: { currentPassword: DEMO_PASSWORD, newPassword: "ett-helt-nytt-lösenord", confirmPassword: "ett-helt-nytt-lösenord" } };
    },
  },
  {
    name: "createFeedToken (own token)",
    definition: "createFeedToken",
    actors: ALL,
    allow: SIGNED_IN,
    foreign: "own",
    fixture: async () => ({ fields: {} }),
  },
  {
    name: "revokeFeedToken (own token)",
    definition: "revokeFeedToken",
    actors: ALL,
    allow: SIGNED_IN,
    foreign: "own",
    fixture: async (w, as) => {
      const actor = w.actors[as];
      if (actor) {
        const tokenHash = randomBytes(32).toString("hex");
        await prisma().calendarFeedToken.upsert({ where: { userId: actor.userId }, create: { userId: actor.userId, tokenHash }, update: { tokenHash } });
      }
      return { fields: {} };
    },
  },
];

// Activity plans, activities, follow-ups and results (issue #6): in activity-rows.ts.
export const ROWS: readonly Row[] = [...MEETING_ROWS, ...MINUTES_ROWS, ...PROPOSAL_ROWS, ...AGREEMENT_ROWS, ...PEOPLE_ROWS, ...OWN_ACCOUNT_ROWS, ...activityRows()];

/** For the audit test: a row where someone succeeds, and who (the administrator when allowed). */
export function successCase(definition: string): { row: Row; actor: ActorKey } | null {
  for (const row of ROWS) {
    if (row.definition !== definition || row.noValidFixture) continue;
    if (row.allow.includes("administrator")) return { row, actor: "administrator" };
  }
  const row = ROWS.find((candidate) => candidate.definition === definition && !candidate.noValidFixture && candidate.allow.length > 0);
  return row ? { row, actor: row.allow[0]! } : null;
}

/** Fixture builders for the route and page checks (route-authorization.test.ts). */
export const fixtures = { meeting, minutes, proposal, insertMeetingDocument, insertAgreementDocument, textFile };
