import { describe, expect, it } from "vitest";
import { evaluateComposition, judgeChange, type CompositionSnapshot } from "@/features/membership/composition";
import { additionsFrom, judgeDays, refusalIssue, vacanciesOf, withAdditions, type Addition } from "./composition-preview";
import { parseCsv } from "./parse-csv";
import { planImport } from "./plan";
import { HEADER, REFERENCE } from "./reference.fixture";

const day = (value: string) => new Date(`${value}T00:00:00Z`);

const snapshot: CompositionSnapshot = {
  thematicAreas: [{ thematicAreaId: "area-vfu", name: "VFU och lärarutbildning" }],
  seats: [],
  groups: [
    {
      groupId: "group-sg",
      kind: "STEERING_GROUP",
      members: [
        { membershipId: "m1", personId: "p1", personName: "Anders", partyType: "MUNICIPALITY", role: "CHAIR", thematicAreaIds: [], seatId: null },
        { membershipId: "m2", personId: "p2", personName: "Peter", partyType: "UNIVERSITY", role: "MEMBER", thematicAreaIds: [], seatId: null },
      ],
    },
    {
      groupId: "group-wg",
      kind: "WORKING_GROUP",
      members: [{ membershipId: "m3", personId: "p3", personName: "Sara", partyType: "UNIVERSITY", role: "CHAIR", thematicAreaIds: ["area-vfu"], seatId: null }],
    },
  ],
};

const addition = (partial: Partial<Addition>): Addition => ({
  personKey: "new:x@example.se",
  personName: "Åsa Öberg",
  partyType: "MUNICIPALITY",
  groupKind: "WORKING_GROUP",
  role: "MEMBER",
  startDate: day("2026-01-01"),
  endDate: null,
  thematicAreaIds: [],
  ...partial,
});

describe("judgeDays", () => {
  it("judges the day after today and every later start date, once each, in order", () => {
    const now = new Date("2026-03-10T22:30:00Z");
    const days = judgeDays(
      [addition({ startDate: day("2027-01-01") }), addition({ startDate: day("2020-01-01") }), addition({ startDate: day("2027-01-01") }), addition({ startDate: day("2026-06-01") })],
      now,
    );
    expect(days.map((value) => value.toISOString().slice(0, 10))).toEqual(["2026-03-11", "2026-06-01", "2027-01-01"]);
  });
});

describe("withAdditions", () => {
  it("adds the memberships active on the day, so a second chair is refused", () => {
    const chair = addition({ groupKind: "STEERING_GROUP", role: "CHAIR", startDate: day("2026-01-01") });
    const after = withAdditions(snapshot, [chair], day("2026-03-01"));
    expect(after.groups[0]?.members).toHaveLength(3);
    const verdict = judgeChange(snapshot, after);
    expect(verdict.accepted).toBe(false);
    if (!verdict.accepted) expect(verdict.refusals[0]?.rule).toBe("several-chairs");
  });

  it("leaves out memberships not active on the day", () => {
    const future = addition({ startDate: day("2027-01-01") });
    const ended = addition({ startDate: day("2020-01-01"), endDate: day("2020-12-31") });
    expect(withAdditions(snapshot, [future, ended], day("2026-03-01")).groups[1]?.members).toHaveLength(1);
  });

  it("turns the remaining vacancies into messages, once each", () => {
    const covered = addition({ thematicAreaIds: ["area-vfu"] });
    const after = withAdditions(snapshot, [covered], day("2026-03-01"));
    expect(vacanciesOf(evaluateComposition(after))).toEqual([]);
    const uncovered = withAdditions(snapshot, [], day("2026-03-01"));
    expect(vacanciesOf([...evaluateComposition(uncovered), ...evaluateComposition(uncovered)])).toEqual([
      { key: "import.vacancies.partyMissing", values: { group: "WORKING_GROUP", party: "MUNICIPALITY" } },
      { key: "import.vacancies.areaMissingParty", values: { area: "VFU och lärarutbildning", party: "MUNICIPALITY" } },
    ]);
  });
});

describe("additionsFrom and refusalIssue", () => {
  it("takes the valid rows' memberships, keyed by person", () => {
    const plan = planImport(
      parseCsv([HEADER, "Åsa Öberg;asa@example.se;;kommun;;ledningsgrupp;ordförande;2026-01-01;;", "Lars;lars@example.se;;kommun;;;;;;"].join("\n")),
      REFERENCE,
      [],
    );
    expect(additionsFrom(plan)).toEqual([
      {
        personKey: "new:asa@example.se",
        personName: "Åsa Öberg",
        partyType: "MUNICIPALITY",
        groupKind: "STEERING_GROUP",
        role: "CHAIR",
        startDate: day("2026-01-01"),
        endDate: null,
        thematicAreaIds: [],
      },
    ]);
  });

  it("names the refused rule in the import's words", () => {
    expect(refusalIssue("several-chairs", "STEERING_GROUP", day("2026-01-01"))).toEqual({
      key: "import.refusals.severalChairs",
      values: { group: "STEERING_GROUP", day: "2026-01-01" },
    });
    expect(refusalIssue("something-new", "", day("2026-01-01")).key).toBe("import.refusals.other");
  });
});
