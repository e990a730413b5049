import { describe, expect, it } from "vitest";
import { parseCsv } from "./parse-csv";
import { planImport, type ExistingPerson } from "./plan";
import { HEADER, REFERENCE } from "./reference.fixture";

const plan = (lines: string[], existing: ExistingPerson[] = []) => planImport(parseCsv([HEADER, ...lines].join("\n")), REFERENCE, existing);
const issueKeys = (lines: string[], existing: ExistingPerson[] = []) =>
  plan(lines, existing).rows.map((row) => [row.row, row.issues.map((issue) => issue.key)]);

const day = (value: string) => new Date(`${value}T00:00:00Z`);

const ASA: ExistingPerson = {
  id: "person-asa",
  email: "asa.oberg@example.se",
  name: "Åsa Öberg",
  title: "Lektor",
  partyId: "party-u",
  unitId: null,
  active: true,
  memberships: [{ groupKind: "WORKING_GROUP", startDate: day("2024-01-01"), endDate: day("2025-12-31") }],
};

describe("planImport: rows on their own", () => {
  it("turns a valid row into a typed record: Swedish characters, aliases, areas and dates", () => {
    const result = plan([
      "Åsa Öberg;Asa.Oberg@Example.se;Universitetslektor;lärosäte;Lärarutbildningen;Strategisk arbetsgrupp;Vice ordförande;2026-01-01;2027-12-31;VFU och lärarutbildning | ulf – utveckling, lärande, forskning",
    ]);
    expect(result.valid).toBe(true);
    expect(result.rows[0]?.record).toEqual({
      name: "Åsa Öberg",
      email: "asa.oberg@example.se",
      title: "Universitetslektor",
      partyId: "party-u",
      partyType: "UNIVERSITY",
      partyName: "Södertörns högskola",
      unitId: "unit-lut",
      unitName: "Lärarutbildningen",
      membership: {
        groupKind: "WORKING_GROUP",
        groupId: "group-wg",
        role: "VICE_CHAIR",
        startDate: day("2026-01-01"),
        endDate: day("2027-12-31"),
        thematicAreaIds: ["area-vfu", "area-ulf"],
        thematicAreaNames: ["VFU och lärarutbildning", "ULF – Utveckling, lärande, forskning"],
      },
    });
    expect(result.rows[0]?.person).toEqual({ kind: "new", firstRow: null });
    expect(result.counts).toEqual({ rows: 1, invalidRows: 0, newPeople: 1, existingPeople: 0, updatedPeople: 0, memberships: 1 });
  });

  it("defaults the role to member and accepts a person without a membership", () => {
    const result = plan(["Per Ängelholm;per@example.se;;Ängelholms kommun;;ledningsgrupp;;2026-03-01;;", "Lars Nilsson;lars@example.se;;kommun;;;;;;"]);
    expect(result.rows[0]?.record?.membership?.role).toBe("MEMBER");
    expect(result.rows[1]?.record?.membership).toBeNull();
    expect(result.valid).toBe(true);
  });

  it("reports missing values, bad e-mail, unknown party, unit, group, role and area", () => {
    expect(
      issueKeys([
        ";;;;;;;;;",
        "A;not-an-email;;Region Stockholm;;;;;;",
        "B;b@example.se;;kommun;Lärarutbildningen;styrelse;kassör;2026-01-01;;Rymden",
      ]),
    ).toEqual([
      [3, ["import.rowErrors.email", "import.rowErrors.unknownParty"]],
      [4, ["import.rowErrors.unknownUnit", "import.rowErrors.unknownGroup", "import.rowErrors.unknownRole", "import.rowErrors.unknownArea"]],
    ]);
    expect(issueKeys(["A;;;;;;;;;"])).toEqual([[2, ["import.rowErrors.required", "import.rowErrors.required"]]]);
    expect(plan(["A;;;;;;;;;"]).rows[0]?.issues.map((issue) => issue.column)).toEqual(["email", "party"]);
  });

  it("reports wrong dates, an end before the start and a missing start", () => {
    expect(
      issueKeys([
        "A;a@example.se;;kommun;;arbetsgrupp;;2026-02-30;;",
        "B;b@example.se;;kommun;;arbetsgrupp;;2026-01-01;1/3/2026;",
        "C;c@example.se;;kommun;;arbetsgrupp;;2026-05-01;2026-04-30;",
        "D;d@example.se;;kommun;;arbetsgrupp;;;;",
      ]),
    ).toEqual([
      [2, ["import.rowErrors.date"]],
      [3, ["import.rowErrors.date"]],
      [4, ["import.rowErrors.endBeforeStart"]],
      [5, ["import.rowErrors.startRequired"]],
    ]);
    expect(plan(["A;a@example.se;;kommun;;arbetsgrupp;;2026-02-30;;"]).rows[0]?.issues[0]).toEqual({
      key: "import.rowErrors.date",
      column: "startDate",
      values: { value: "2026-02-30" },
    });
  });

  it("refuses membership details without a group, and areas for the steering group", () => {
    expect(issueKeys(["A;a@example.se;;kommun;;;ordförande;2026-01-01;;VFU och lärarutbildning", "B;b@example.se;;kommun;;ledningsgrupp;;2026-01-01;;VFU och lärarutbildning"])).toEqual([
      [2, ["import.rowErrors.needsGroup", "import.rowErrors.needsGroup", "import.rowErrors.needsGroup"]],
      [3, ["import.rowErrors.areasOnlyWorkingGroup"]],
    ]);
  });
});

describe("planImport: rows together and against the database", () => {
  it("refuses a repeated e-mail unless both rows add a membership for the same person", () => {
    expect(
      issueKeys([
        "Åsa Öberg;asa@example.se;;kommun;;ledningsgrupp;;2026-01-01;;",
        "Åsa Öberg;ASA@example.se;;kommun;;arbetsgrupp;;2026-01-01;2026-12-31;",
        "Åsa Öberg;asa@example.se;;kommun;;;;;;",
        "Åsa Berg;asa@example.se;;kommun;;arbetsgrupp;;2028-01-01;;",
      ]),
    ).toEqual([
      [2, []],
      [3, []],
      [4, ["import.rowErrors.duplicateEmail"]],
      [5, ["import.rowErrors.duplicateDetails"]],
    ]);
    const result = plan(["Åsa Öberg;asa@example.se;;kommun;;ledningsgrupp;;2026-01-01;;", "Åsa Öberg;asa@example.se;;kommun;;arbetsgrupp;;2026-01-01;;"]);
    expect(result.rows.map((row) => row.person)).toEqual([
      { kind: "new", firstRow: null },
      { kind: "new", firstRow: 2 },
    ]);
    expect(result.counts).toMatchObject({ newPeople: 1, memberships: 2 });
  });

  it("refuses overlapping memberships of one person in one group within the file", () => {
    const result = plan([
      "Åsa Öberg;asa@example.se;;kommun;;arbetsgrupp;;2026-01-01;2026-06-30;",
      "Åsa Öberg;asa@example.se;;kommun;;arbetsgrupp;;2026-07-01;;",
      "Åsa Öberg;asa@example.se;;kommun;;arbetsgrupp;;2026-06-30;2026-06-30;",
    ]);
    expect(result.rows.map((row) => row.issues)).toEqual([[], [], [{ key: "import.rowErrors.overlapsRow", values: { row: 2 } }]]);
    expect(result.valid).toBe(false);
    expect(result.counts.invalidRows).toBe(1);
  });

  it("reuses an existing person by e-mail, says what changes, and refuses overlapping memberships", () => {
    const result = plan(
      [
        "Åsa Öberg-Lind;asa.oberg@example.se;Docent;lärosäte;Lärarutbildningen;arbetsgrupp;;2026-01-01;;",
        "Åsa Öberg-Lind;asa.oberg@example.se;Docent;lärosäte;Lärarutbildningen;arbetsgrupp;;2025-06-01;2025-12-31;",
      ],
      [ASA],
    );
    expect(result.rows[0]?.person).toEqual({
      kind: "existing",
      personId: "person-asa",
      firstRow: null,
      changes: [
        { field: "name", before: "Åsa Öberg", after: "Åsa Öberg-Lind" },
        { field: "title", before: "Lektor", after: "Docent" },
        { field: "unit", before: null, after: "Lärarutbildningen" },
      ],
    });
    expect(result.rows[1]?.issues).toEqual([
      { key: "import.rowErrors.overlapsExisting", values: { group: "WORKING_GROUP", start: "2024-01-01", end: "2025-12-31" } },
    ]);
  });

  it("refuses a deactivated person and a person of the other party", () => {
    expect(issueKeys(["Åsa Öberg;asa.oberg@example.se;;lärosäte;;;;;;"], [{ ...ASA, active: false }])).toEqual([[2, ["import.rowErrors.personInactive"]]]);
    const result = plan(["Åsa Öberg;asa.oberg@example.se;;kommun;;;;;;"], [ASA]);
    expect(result.rows[0]?.issues).toEqual([{ key: "import.rowErrors.otherParty", values: { party: "Södertörns högskola" } }]);
  });

  it("keeps an existing title when the cell is empty and counts an unchanged person as existing", () => {
    const result = plan(["Åsa Öberg;asa.oberg@example.se;;Södertörns högskola;;;;;;"], [ASA]);
    expect(result.rows[0]?.person).toEqual({ kind: "existing", personId: "person-asa", firstRow: null, changes: [] });
    expect(result.counts).toMatchObject({ existingPeople: 1, updatedPeople: 0, newPeople: 0, memberships: 0 });
  });

  it("judges nothing row by row when the file itself is wrong", () => {
    const result = planImport(parseCsv("namn;e-post\nA;a@example.se"), REFERENCE, []);
    expect(result.valid).toBe(false);
    expect(result.rows).toEqual([]);
    expect(result.fileIssues).toEqual([{ key: "import.fileErrors.missingColumn", column: "party" }]);
  });
});
