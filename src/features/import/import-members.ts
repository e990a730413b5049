import "server-only";
import { z } from "zod";
import { evaluateComposition, judgeChange, type Finding } from "@/features/membership/composition";
import { changeComposition, loadCompositionSnapshot } from "@/features/membership/composition-snapshot";
import { errorState } from "@/lib/forms/form-state";
import { hasPermission } from "@/lib/permissions";
import { ActionError } from "@/server/actions/action-error";
import { executeFormAction, type FormActionDefinition, type TransactionClient } from "@/server/actions/form-action";
import type { Actor } from "@/server/auth/actor";
import { db } from "@/server/db";
import { additionsFrom, judgeDays, refusalIssue, vacanciesOf, withAdditions, type Addition } from "./composition-preview";
import type { Issue } from "./issue";
import { formatIsoDay, type Reference } from "./matching";
import { decodeCsv, MAX_FILE_BYTES, parseCsv } from "./parse-csv";
import { emailsOf, planImport, type ExistingPerson, type ImportPlan } from "./plan";
import { initialImportState, previewOf, type ImportPreview, type ImportState, type ImportSummary } from "./state";

const PERMISSION = "membership:manage" as const;

/** The partnership's parties, units, areas and groups, and the people the file's e-mails already name. */
export async function loadImportContext(
  tx: TransactionClient,
  partnershipId: string,
  emails: string[],
): Promise<{ reference: Reference; existing: ExistingPerson[] }> {
  // One after another: these run on the transaction's single connection.
  const parties = await tx.party.findMany({ where: { partnershipId }, select: { id: true, type: true, name: true } });
  const units = await tx.organisationalUnit.findMany({
    where: { party: { partnershipId } },
    select: { id: true, partyId: true, name: true, nameEn: true },
  });
  const areas = await tx.thematicArea.findMany({ where: { partnershipId }, select: { id: true, name: true, nameEn: true } });
  const groups = await tx.group.findMany({ where: { partnershipId }, select: { id: true, kind: true } });
  const people =
    emails.length === 0
      ? []
      : await tx.person.findMany({
          where: { partnershipId, email: { in: emails } },
          select: {
            id: true,
            email: true,
            name: true,
            title: true,
            partyId: true,
            unitId: true,
            active: true,
            anonymisedAt: true,
            memberships: { select: { startDate: true, endDate: true, group: { select: { kind: true } } } },
          },
        });
  return {
    reference: { parties, units, areas, groups },
    existing: people.map((person) => ({
      id: person.id,
      email: person.email ?? "",
      name: person.name,
      title: person.title,
      partyId: person.partyId,
      unitId: person.unitId,
      active: person.active && person.anonymisedAt === null,
      memberships: person.memberships.map((membership) => ({
        groupKind: membership.group.kind,
        startDate: membership.startDate,
        endDate: membership.endDate,
      })),
    })),
  };
}

async function planFor(tx: TransactionClient, partnershipId: string, csv: string): Promise<ImportPlan> {
  const parsed = parseCsv(csv);
  const { reference, existing } = await loadImportContext(tx, partnershipId, emailsOf(parsed));
  return planImport(parsed, reference, existing);
}

/**
 * Judges the file against the database and the composition rules without writing anything: the
 * rules are checked on the composition the import would leave, computed in memory.
 */
export async function buildPreview(partnershipId: string, csv: string, now: Date = new Date()): Promise<ImportPreview> {
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const plan = await planFor(tx, partnershipId, csv);
    if (!plan.valid) return previewOf(plan, null, []);
    const additions = additionsFrom(plan);
    let vacancies: Issue[] = [];
    for (const [index, day] of judgeDays(additions, now).entries()) {
      const before = await loadCompositionSnapshot(tx, partnershipId, day);
      const after = withAdditions(before, additions, day);
      const verdict = judgeChange(before, after);
      if (!verdict.accepted) {
        const refusal = verdict.refusals[0]!;
        return previewOf(plan, refusalIssue(refusal.rule, "groupKind" in refusal ? refusal.groupKind : "", day), []);
      }
      if (index === 0) vacancies = vacanciesOf(evaluateComposition(after));
    }
    return previewOf(plan, null, vacancies);
  });
}

function fail(message: string, fieldErrors: Record<string, string[]> = {}, messageValues?: Record<string, string | number>): ImportState {
  return { ...initialImportState(), ...errorState(message, {}, fieldErrors, messageValues), token: Date.now() };
}

const looksLikeCsv = (file: File) =>
  /\.(csv|txt)$/i.test(file.name) || file.type.startsWith("text/") || file.type === "application/vnd.ms-excel" || file.type === "";

/** Step 1: reads the uploaded file and returns the preview. Writes nothing. */
export async function previewImport(actor: Actor | null, formData: FormData): Promise<ImportState> {
  if (!actor) return fail("errors.signedOut");
  if (!hasPermission(actor.roles, PERMISSION)) return fail("errors.forbidden");

  const file = formData.get("file");
  if (!(file instanceof File) || (file.size === 0 && file.name === "")) return fail("errors.validation", { file: ["import.fileErrors.noFile"] });
  if (file.size > MAX_FILE_BYTES) return fail("errors.validation", { file: ["import.fileErrors.tooLarge"] });
  if (!looksLikeCsv(file)) return fail("errors.validation", { file: ["import.fileErrors.notCsv"] });
  const decoded = decodeCsv(new Uint8Array(await file.arrayBuffer()));
  if (!decoded.ok) return fail("errors.validation", { file: [decoded.issue.key] });

  try {
    const preview = await buildPreview(actor.partnershipId, decoded.text);
    const base = { ...initialImportState(), token: Date.now(), csv: decoded.text, fileName: file.name.slice(0, 200), preview };
    if (preview.valid) {
      return { ...base, status: "success", message: "import.previewReady", messageValues: { rows: preview.counts.rows } };
    }
    if (preview.refusal) return { ...base, status: "error", message: "import.previewRefused" };
    if (preview.fileIssues.length > 0) return { ...base, status: "error", message: "import.previewFileInvalid" };
    return { ...base, status: "error", message: "import.previewInvalid", messageValues: { count: preview.counts.invalidRows } };
  } catch (error) {
    console.error("[import] preview failed", error);
    return fail("errors.unexpected");
  }
}

export const importSchema = z.object({
  csv: z.string().min(1, { error: "validation.required" }).max(MAX_FILE_BYTES, { error: "validation.tooLong" }),
});

type WrittenRow = {
  row: number;
  personId: string;
  name: string;
  email: string;
  person: "created" | "existing" | "updated";
  before?: Record<string, string | null>;
  after?: Record<string, string | null>;
  membershipId?: string;
  group?: string;
  role?: string;
  startDate?: string;
  endDate?: string | null;
  thematicAreas?: string[];
};

/**
 * Writes a valid plan in a handful of statements (new people, then memberships, then their areas,
 * each as one insert), so that a file of a thousand rows stays well inside the transaction's time.
 */
async function writePlan(tx: TransactionClient, partnershipId: string, plan: ImportPlan): Promise<WrittenRow[]> {
  const rows = plan.rows.map((row) => {
    if (!row.record || !row.person) throw new Error("An invalid plan reached the writer.");
    return { row: row.row, record: row.record, person: row.person };
  });

  // People: the first row of each e-mail creates or updates the person; later rows reuse them.
  const firsts = rows.filter(({ person }) => person.firstRow === null);
  const created = await tx.person.createManyAndReturn({
    data: firsts
      .filter(({ person }) => person.kind === "new")
      .map(({ record }) => ({ partnershipId, name: record.name, email: record.email, title: record.title, partyId: record.partyId, unitId: record.unitId })),
    select: { id: true, email: true },
  });
  const personIds = new Map(created.map((person) => [person.email ?? "", person.id]));
  for (const { record, person } of firsts) {
    if (person.kind !== "existing") continue;
    personIds.set(record.email, person.personId);
    if (person.changes.length === 0) continue;
    const fields = new Set(person.changes.map((change) => change.field));
    await tx.person.update({
      where: { id: person.personId, partnershipId },
      data: {
        ...(fields.has("name") ? { name: record.name } : {}),
        ...(fields.has("title") ? { title: record.title } : {}),
        ...(fields.has("party") ? { partyId: record.partyId } : {}),
        ...(fields.has("unit") ? { unitId: record.unitId } : {}),
      },
    });
  }
  const personIdOf = (email: string) => {
    const id = personIds.get(email);
    if (!id) throw new Error("A person of the plan was not written.");
    return id;
  };

  // Memberships: one person never has two starting the same day in one group (overlaps are refused).
  const membershipKey = (personId: string, groupId: string, startDate: Date) => `${personId}|${groupId}|${startDate.toISOString()}`;
  const withMembership = rows.filter(({ record }) => record.membership !== null);
  const memberships = await tx.membership.createManyAndReturn({
    data: withMembership.map(({ record }) => ({
      groupId: record.membership!.groupId,
      personId: personIdOf(record.email),
      partyId: record.partyId,
      role: record.membership!.role,
      startDate: record.membership!.startDate,
      endDate: record.membership!.endDate,
    })),
    select: { id: true, personId: true, groupId: true, startDate: true },
  });
  const membershipIds = new Map(memberships.map((membership) => [membershipKey(membership.personId, membership.groupId, membership.startDate), membership.id]));
  const membershipIdOf = (email: string, groupId: string, startDate: Date) => {
    const id = membershipIds.get(membershipKey(personIdOf(email), groupId, startDate));
    if (!id) throw new Error("A membership of the plan was not written.");
    return id;
  };
  await tx.membershipThematicArea.createMany({
    data: withMembership.flatMap(({ record }) =>
      record.membership!.thematicAreaIds.map((thematicAreaId) => ({
        membershipId: membershipIdOf(record.email, record.membership!.groupId, record.membership!.startDate),
        thematicAreaId,
      })),
    ),
  });

  return rows.map(({ row, record, person }) => {
    const first = person.firstRow === null;
    const changes = first && person.kind === "existing" ? person.changes : [];
    const membership = record.membership;
    const entry: WrittenRow = {
      row,
      personId: personIdOf(record.email),
      name: record.name,
      email: record.email,
      person: person.kind === "new" && first ? "created" : changes.length > 0 ? "updated" : "existing",
      ...(changes.length > 0
        ? {
            before: Object.fromEntries(changes.map((change) => [change.field, change.before])),
            after: Object.fromEntries(changes.map((change) => [change.field, change.after])),
          }
        : {}),
      ...(membership
        ? {
            membershipId: membershipIdOf(record.email, membership.groupId, membership.startDate),
            group: membership.groupKind,
            role: membership.role,
            startDate: formatIsoDay(membership.startDate),
            endDate: membership.endDate ? formatIsoDay(membership.endDate) : null,
            thematicAreas: membership.thematicAreaNames,
          }
        : {}),
    };
    return entry;
  });
}

/**
 * Runs `change` judged by the composition rules on every one of `days`: each day wraps the next,
 * so every day compares the composition before and after the one change.
 */
async function changeCompositionOnDays(tx: TransactionClient, partnershipId: string, days: Date[], change: () => Promise<void>): Promise<Finding[]> {
  const [day, ...rest] = days;
  if (!day) {
    await change();
    return [];
  }
  let inner: Finding[] = [];
  const outer = await changeComposition(
    tx,
    partnershipId,
    async () => {
      inner = await changeCompositionOnDays(tx, partnershipId, rest, change);
    },
    day,
  );
  return [...outer, ...inner];
}

/**
 * Step 2: re-reads the same text, judges it again inside the transaction and writes every row, or
 * nothing: one invalid row, or a composition rule the result would break, refuses the whole file.
 */
export const importMembers: FormActionDefinition<typeof importSchema, ImportSummary> = {
  schema: importSchema,
  permission: PERMISSION,
  successMessage: "import.imported",
  successMessageValues: (result) => ({ ...result.counts }),
  onConflict: { field: "csv", message: "import.errors.conflict" },
  transactionTimeoutMs: 60_000,
  async run({ input, actor, tx }) {
    const plan = await planFor(tx, actor.partnershipId, input.csv);
    if (!plan.valid) throw new ActionError("import.errors.invalid");

    const additions: Addition[] = additionsFrom(plan);
    const days = judgeDays(additions, new Date());
    let rows: WrittenRow[] = [];
    let warnings: Finding[];
    try {
      warnings = await changeCompositionOnDays(tx, actor.partnershipId, days, async () => {
        rows = await writePlan(tx, actor.partnershipId, plan);
      });
    } catch (error) {
      const rule = error instanceof ActionError ? /^membership\.refusals\.(.+)$/.exec(error.messageKey)?.[1] : undefined;
      if (rule === undefined || !(error instanceof ActionError)) throw error;
      // The refusal in the import's own words; the preview shown with it names the day judged.
      const refusal = refusalIssue(rule, String(error.messageValues?.group ?? ""), days[0]!);
      throw new ActionError(refusal.key, {}, refusal.values);
    }
    const after = await loadCompositionSnapshot(tx, actor.partnershipId, days[0]!);
    const vacancies = vacanciesOf([...warnings, ...evaluateComposition(after)]);

    return {
      audit: {
        action: "membership.imported",
        entityType: "Partnership",
        entityId: actor.partnershipId,
        data: { counts: plan.counts, rows },
      },
      result: { counts: plan.counts, vacancies },
    };
  },
};

/** Step 2 for the server action: the import, and on failure the file judged again to show why. */
export async function runImport(actor: Actor | null, formData: FormData): Promise<ImportState> {
  const { state, result } = await executeFormAction(importMembers, actor, formData);
  const token = Date.now();
  if (state.status === "success" && result) {
    return { ...initialImportState(), ...state, token, imported: result, messageValues: { ...result.counts } };
  }
  const csv = formData.get("csv");
  const judgeAgain = actor && typeof csv === "string" && csv !== "" && !["errors.signedOut", "errors.forbidden", "errors.validation"].includes(state.message ?? "");
  let preview: ImportPreview | null = null;
  if (judgeAgain && hasPermission(actor.roles, PERMISSION)) {
    try {
      preview = await buildPreview(actor.partnershipId, csv);
    } catch (error) {
      console.error("[import] re-judging the file failed", error);
    }
  }
  // A person added by someone else meanwhile hits the unique e-mail: say so as the form's message.
  const conflict = state.fieldErrors.csv?.[0];
  return {
    ...initialImportState(),
    ...state,
    ...(conflict ? { message: conflict, fieldErrors: {} } : {}),
    values: {},
    token,
    csv: judgeAgain ? csv : null,
    preview,
  };
}
