import { z } from "zod";
import { periodsOverlap, type GroupKind, type GroupRole, type PartyType } from "@/features/membership/composition";
import type { ColumnKey } from "./columns";
import type { Issue } from "./issue";
import {
  formatIsoDay,
  matchArea,
  matchGroupKind,
  matchParty,
  matchRole,
  matchUnit,
  parseIsoDay,
  splitList,
  type Reference,
} from "./matching";
import type { ParsedFile, RawRow } from "./parse-csv";

export const MAX_NAME_LENGTH = 200;
export const MAX_TITLE_LENGTH = 200;
export const MAX_EMAIL_LENGTH = 254;

export type MembershipRecord = {
  groupKind: GroupKind;
  groupId: string;
  role: GroupRole;
  startDate: Date;
  endDate: Date | null;
  thematicAreaIds: string[];
  thematicAreaNames: string[];
};

/** A row as typed data, once every value in it is valid. */
export type ImportRecord = {
  name: string;
  /** Lower case, as the database keeps e-mail addresses. */
  email: string;
  title: string | null;
  partyId: string;
  partyType: PartyType;
  partyName: string;
  unitId: string | null;
  unitName: string | null;
  membership: MembershipRecord | null;
};

/** A person already in the partnership with an e-mail address the file uses. */
export type ExistingPerson = {
  id: string;
  email: string;
  name: string;
  title: string | null;
  partyId: string | null;
  unitId: string | null;
  active: boolean;
  memberships: { groupKind: GroupKind; startDate: Date; endDate: Date | null }[];
};

export type PersonField = "name" | "title" | "party" | "unit";
/** A change to an existing person, with readable values (names, not ids) for the preview and the audit log. */
export type FieldChange = { field: PersonField; before: string | null; after: string | null };

export type PersonOutcome =
  | { kind: "new"; firstRow: number | null }
  | { kind: "existing"; personId: string; firstRow: number | null; changes: FieldChange[] };

export type PlannedRow = {
  row: number;
  cells: Partial<Record<ColumnKey, string>>;
  /** Null when the row has an error. */
  record: ImportRecord | null;
  person: PersonOutcome | null;
  issues: Issue[];
};

export type ImportCounts = {
  rows: number;
  invalidRows: number;
  newPeople: number;
  existingPeople: number;
  updatedPeople: number;
  memberships: number;
};

export type ImportPlan = {
  fileIssues: Issue[];
  rows: PlannedRow[];
  /** True only when the file has rows and neither the file nor any row has an error. */
  valid: boolean;
  counts: ImportCounts;
};

const emailSchema = z.email();

/** A cell's e-mail address as it is compared and stored: trimmed, lower case. */
export function normaliseEmail(value: string | undefined): string {
  return (value ?? "").trim().toLowerCase();
}

/** Reads one row into a typed record, or reports every problem in it. Pure. */
export function interpretRow(raw: RawRow, reference: Reference): { record: ImportRecord | null; issues: Issue[] } {
  const issues: Issue[] = [...raw.issues];
  const cell = (column: ColumnKey) => raw.cells[column] ?? "";
  const required = (column: ColumnKey) => issues.push({ key: "import.rowErrors.required", column });
  const tooLong = (column: ColumnKey) => issues.push({ key: "import.rowErrors.tooLong", column });
  const hasTooLong = (column: ColumnKey) => issues.some((issue) => issue.key === "import.rowErrors.tooLong" && issue.column === column);

  const name = cell("name");
  if (name === "") required("name");
  else if (name.length > MAX_NAME_LENGTH && !hasTooLong("name")) tooLong("name");

  const email = normaliseEmail(cell("email"));
  if (email === "") required("email");
  else if (email.length > MAX_EMAIL_LENGTH || !emailSchema.safeParse(email).success) issues.push({ key: "import.rowErrors.email" });

  const title = cell("title") || null;
  if (title !== null && title.length > MAX_TITLE_LENGTH && !hasTooLong("title")) tooLong("title");

  const partyText = cell("party");
  const party = partyText === "" ? null : matchParty(partyText, reference.parties);
  if (partyText === "") required("party");
  else if (!party) issues.push({ key: "import.rowErrors.unknownParty", values: { value: partyText } });

  const unitText = cell("unit");
  const unit = unitText !== "" && party ? matchUnit(unitText, party.id, reference.units) : null;
  if (unitText !== "" && party && !unit) issues.push({ key: "import.rowErrors.unknownUnit", values: { value: unitText, party: party.name } });

  const membership = interpretMembership(raw, reference, issues);
  if (issues.length > 0 || !party) return { record: null, issues };
  return {
    record: {
      name,
      email,
      title,
      partyId: party.id,
      partyType: party.type,
      partyName: party.name,
      unitId: unit?.id ?? null,
      unitName: unit?.name ?? null,
      membership,
    },
    issues,
  };
}

const MEMBERSHIP_COLUMNS: ColumnKey[] = ["role", "startDate", "endDate", "thematicAreas"];

function interpretMembership(raw: RawRow, reference: Reference, issues: Issue[]): MembershipRecord | null {
  const cell = (column: ColumnKey) => raw.cells[column] ?? "";
  const groupText = cell("group");
  if (groupText === "") {
    for (const column of MEMBERSHIP_COLUMNS) {
      if (cell(column) !== "") issues.push({ key: "import.rowErrors.needsGroup", column });
    }
    return null;
  }

  const groupKind = matchGroupKind(groupText);
  const group = groupKind ? reference.groups.find((candidate) => candidate.kind === groupKind) : undefined;
  if (!groupKind || !group) issues.push({ key: "import.rowErrors.unknownGroup", values: { value: groupText } });

  const roleText = cell("role");
  const role = roleText === "" ? "MEMBER" : matchRole(roleText);
  if (!role) issues.push({ key: "import.rowErrors.unknownRole", values: { value: roleText } });

  const startText = cell("startDate");
  const startDate = startText === "" ? null : parseIsoDay(startText);
  if (startText === "") issues.push({ key: "import.rowErrors.startRequired" });
  else if (!startDate) issues.push({ key: "import.rowErrors.date", column: "startDate", values: { value: startText } });

  const endText = cell("endDate");
  const endDate = endText === "" ? null : parseIsoDay(endText);
  if (endText !== "" && !endDate) issues.push({ key: "import.rowErrors.date", column: "endDate", values: { value: endText } });
  if (startDate && endDate && endDate < startDate) issues.push({ key: "import.rowErrors.endBeforeStart" });

  const areaNames = splitList(cell("thematicAreas"));
  const areas: { id: string; name: string }[] = [];
  if (areaNames.length > 0 && groupKind === "STEERING_GROUP") {
    issues.push({ key: "import.rowErrors.areasOnlyWorkingGroup" });
  } else {
    for (const areaName of areaNames) {
      const area = matchArea(areaName, reference.areas);
      if (!area) issues.push({ key: "import.rowErrors.unknownArea", values: { value: areaName } });
      else if (!areas.some((known) => known.id === area.id)) areas.push({ id: area.id, name: area.name });
    }
  }

  if (!groupKind || !group || !role || !startDate || (endText !== "" && !endDate)) return null;
  return {
    groupKind,
    groupId: group.id,
    role,
    startDate,
    endDate,
    thematicAreaIds: areas.map((area) => area.id),
    thematicAreaNames: areas.map((area) => area.name),
  };
}

const samePerson = (a: ImportRecord, b: ImportRecord) =>
  a.name === b.name && a.title === b.title && a.partyId === b.partyId && a.unitId === b.unitId;

function changesFor(record: ImportRecord, existing: ExistingPerson, reference: Reference): FieldChange[] {
  const changes: FieldChange[] = [];
  if (record.name !== existing.name) changes.push({ field: "name", before: existing.name, after: record.name });
  if (record.title !== null && record.title !== existing.title) changes.push({ field: "title", before: existing.title, after: record.title });
  if (existing.partyId === null) changes.push({ field: "party", before: null, after: record.partyName });
  if (record.unitId !== null && record.unitId !== existing.unitId) {
    const before = reference.units.find((unit) => unit.id === existing.unitId)?.name ?? null;
    changes.push({ field: "unit", before, after: record.unitName });
  }
  return changes;
}

const EMPTY_COUNTS: ImportCounts = { rows: 0, invalidRows: 0, newPeople: 0, existingPeople: 0, updatedPeople: 0, memberships: 0 };

/**
 * Judges a parsed file against the partnership's data: every row on its own, then the rows
 * together (a repeated e-mail, overlapping memberships) and against the people and memberships
 * already there. Pure: the caller loads `reference` and `existing`.
 *
 * An e-mail address may appear on several rows only to give one person several memberships: each
 * such row must name a group and carry the same person details as the first.
 */
export function planImport(parsed: ParsedFile, reference: Reference, existingPeople: readonly ExistingPerson[]): ImportPlan {
  if (parsed.issues.length > 0) return { fileIssues: parsed.issues, rows: [], valid: false, counts: EMPTY_COUNTS };
  if (parsed.rows.length === 0) return { fileIssues: [{ key: "import.fileErrors.noRows" }], rows: [], valid: false, counts: EMPTY_COUNTS };

  const existingByEmail = new Map(existingPeople.map((person) => [person.email.toLowerCase(), person]));
  const firstByEmail = new Map<string, PlannedRow>();
  const planned: { email: string; groupKind: GroupKind; startDate: Date; endDate: Date | null; row: number }[] = [];

  const rows: PlannedRow[] = parsed.rows.map((raw) => {
    const { record, issues } = interpretRow(raw, reference);
    return { row: raw.row, cells: raw.cells, record, person: null, issues };
  });

  for (const row of rows) {
    const email = normaliseEmail(row.cells.email);
    if (email === "") continue;
    const first = firstByEmail.get(email);
    if (!first) {
      firstByEmail.set(email, row);
    } else if ((row.cells.group ?? "") === "" || (first.cells.group ?? "") === "") {
      row.issues.push({ key: "import.rowErrors.duplicateEmail", values: { row: first.row } });
    } else if (row.record && first.record && !samePerson(row.record, first.record)) {
      row.issues.push({ key: "import.rowErrors.duplicateDetails", values: { row: first.row } });
    }

    const existing = existingByEmail.get(email);
    if (existing && row.record) {
      if (!existing.active) row.issues.push({ key: "import.rowErrors.personInactive" });
      if (existing.partyId !== null && existing.partyId !== row.record.partyId) {
        const party = reference.parties.find((candidate) => candidate.id === existing.partyId);
        row.issues.push({ key: "import.rowErrors.otherParty", values: { party: party?.name ?? "" } });
      }
    }

    const membership = row.record?.membership;
    if (!membership) continue;
    for (const held of existing?.memberships ?? []) {
      if (held.groupKind === membership.groupKind && periodsOverlap(held, membership)) {
        row.issues.push(
          held.endDate
            ? { key: "import.rowErrors.overlapsExisting", values: { group: held.groupKind, start: formatIsoDay(held.startDate), end: formatIsoDay(held.endDate) } }
            : { key: "import.rowErrors.overlapsExistingOpen", values: { group: held.groupKind, start: formatIsoDay(held.startDate) } },
        );
      }
    }
    for (const earlier of planned) {
      if (earlier.email === email && earlier.groupKind === membership.groupKind && periodsOverlap(earlier, membership)) {
        row.issues.push({ key: "import.rowErrors.overlapsRow", values: { row: earlier.row } });
      }
    }
    planned.push({ email, groupKind: membership.groupKind, startDate: membership.startDate, endDate: membership.endDate, row: row.row });
  }

  const counts = { ...EMPTY_COUNTS, rows: rows.length };
  for (const row of rows) {
    if (row.issues.length > 0 || !row.record) {
      row.record = null;
      counts.invalidRows += 1;
      continue;
    }
    const first = firstByEmail.get(row.record.email);
    const firstRow = first && first !== row ? first.row : null;
    const existing = existingByEmail.get(row.record.email);
    if (existing) {
      const changes = firstRow === null ? changesFor(row.record, existing, reference) : [];
      row.person = { kind: "existing", personId: existing.id, firstRow, changes };
      if (firstRow === null) counts.existingPeople += 1;
      if (changes.length > 0) counts.updatedPeople += 1;
    } else {
      row.person = { kind: "new", firstRow };
      if (firstRow === null) counts.newPeople += 1;
    }
    if (row.record.membership) counts.memberships += 1;
  }

  return { fileIssues: [], rows, valid: counts.invalidRows === 0, counts };
}

/** The distinct e-mail addresses a parsed file uses, to load the people who already have them. */
export function emailsOf(parsed: ParsedFile): string[] {
  return [...new Set(parsed.rows.map((row) => normaliseEmail(row.cells.email)).filter((email) => email !== ""))];
}
