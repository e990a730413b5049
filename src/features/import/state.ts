import type { GroupKind, GroupRole } from "@/features/membership/composition";
import { initialFormState, type FormState } from "@/lib/forms/form-state";
import type { Issue } from "./issue";
import { formatIsoDay } from "./matching";
import type { FieldChange, ImportCounts, ImportPlan } from "./plan";

/** What the preview says will happen to one row's person and membership. */
export type PreviewOutcome = {
  person: "new" | "existing";
  /** Set when an earlier row of the file has the same person. */
  firstRow: number | null;
  changes: FieldChange[];
  membership: { group: GroupKind; role: GroupRole; start: string; end: string | null; areas: string[] } | null;
};

export type PreviewRow = {
  row: number;
  name: string;
  email: string;
  party: string;
  outcome: PreviewOutcome | null;
  issues: Issue[];
};

/** The file as judged now, in plain data the client renders. Nothing has been written. */
export type ImportPreview = {
  rows: PreviewRow[];
  fileIssues: Issue[];
  /** A composition rule the import would break (e.g. a second chair); the import is then refused. */
  refusal: Issue | null;
  /** Vacancies the groups would still have after the import. */
  vacancies: Issue[];
  counts: ImportCounts;
  /** True when importing would write every row. */
  valid: boolean;
};

export type ImportSummary = { counts: ImportCounts; vacancies: Issue[] };

/**
 * The state of both import steps: the shared FormState (message, field errors) plus the preview,
 * the file's text to send back for the import (no state is kept on the server), and the summary
 * of a finished import. `token` orders the states of the two steps: the newest one is shown.
 */
export type ImportState = FormState & {
  token: number;
  csv: string | null;
  fileName: string | null;
  preview: ImportPreview | null;
  imported: ImportSummary | null;
};

export function initialImportState(): ImportState {
  return { ...initialFormState(), token: 0, csv: null, fileName: null, preview: null, imported: null };
}

export function previewOf(plan: ImportPlan, refusal: Issue | null, vacancies: Issue[]): ImportPreview {
  return {
    rows: plan.rows.map((row) => ({
      row: row.row,
      name: row.cells.name ?? "",
      email: row.cells.email ?? "",
      party: row.record?.partyName ?? row.cells.party ?? "",
      issues: row.issues,
      outcome:
        row.record && row.person
          ? {
              person: row.person.kind,
              firstRow: row.person.firstRow,
              changes: row.person.kind === "existing" ? row.person.changes : [],
              membership: row.record.membership
                ? {
                    group: row.record.membership.groupKind,
                    role: row.record.membership.role,
                    start: formatIsoDay(row.record.membership.startDate),
                    end: row.record.membership.endDate ? formatIsoDay(row.record.membership.endDate) : null,
                    areas: row.record.membership.thematicAreaNames,
                  }
                : null,
            }
          : null,
    })),
    fileIssues: plan.fileIssues,
    refusal,
    vacancies,
    counts: plan.counts,
    valid: plan.valid && refusal === null,
  };
}
