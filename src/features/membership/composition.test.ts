import { describe, expect, it } from "vitest";
import {
  evaluateComposition,
  judgeChange,
  periodsOverlap,
  type CompositionSnapshot,
  type MemberSnapshot,
} from "./composition";

let nextId = 0;
function member(partial: Partial<MemberSnapshot> & Pick<MemberSnapshot, "partyType">): MemberSnapshot {
  nextId += 1;
  return {
    membershipId: `m${nextId}`,
    personId: `p${nextId}`,
    personName: `Person ${nextId}`,
    role: "MEMBER",
    thematicAreaIds: [],
    seatId: null,
    ...partial,
  };
}

function composed(): CompositionSnapshot {
  return {
    thematicAreas: [
      { thematicAreaId: "vfu", name: "VFU" },
      { thematicAreaId: "ulf", name: "ULF" },
    ],
    seats: [
      { seatId: "seat-deputy", groupId: "sg", title: "Biträdande kommundirektör", partyName: "Huddinge kommun" },
      { seatId: "seat-gymnasie", groupId: "sg", title: "Gymnasie- och arbetsmarknadsdirektör", partyName: "Huddinge kommun" },
    ],
    groups: [
      {
        groupId: "sg",
        kind: "STEERING_GROUP",
        members: [
          member({ partyType: "MUNICIPALITY", role: "CHAIR", seatId: "seat-deputy", membershipId: "sg-chair" }),
          member({ partyType: "MUNICIPALITY", seatId: "seat-gymnasie", membershipId: "sg-gymnasie" }),
          member({ partyType: "UNIVERSITY", membershipId: "sg-uni" }),
        ],
      },
      {
        groupId: "wg",
        kind: "WORKING_GROUP",
        members: [
          member({ partyType: "UNIVERSITY", role: "CHAIR", thematicAreaIds: ["vfu"], membershipId: "wg-chair" }),
          member({ partyType: "MUNICIPALITY", thematicAreaIds: ["vfu"], membershipId: "wg-vfu-m" }),
          member({ partyType: "UNIVERSITY", thematicAreaIds: ["ulf"], membershipId: "wg-ulf-u" }),
          member({ partyType: "MUNICIPALITY", thematicAreaIds: ["ulf"], membershipId: "wg-ulf-m" }),
        ],
      },
    ],
  };
}

function without(snapshot: CompositionSnapshot, membershipId: string): CompositionSnapshot {
  return {
    ...snapshot,
    groups: snapshot.groups.map((group) => ({ ...group, members: group.members.filter((m) => m.membershipId !== membershipId) })),
  };
}

function withMember(snapshot: CompositionSnapshot, groupId: string, added: MemberSnapshot): CompositionSnapshot {
  return {
    ...snapshot,
    groups: snapshot.groups.map((group) => (group.groupId === groupId ? { ...group, members: [...group.members, added] } : group)),
  };
}

describe("evaluateComposition", () => {
  it("finds nothing in a group composed as the agreement says", () => {
    expect(evaluateComposition(composed())).toEqual([]);
  });

  it("reports a thematic area without a municipal manager as a vacancy", () => {
    expect(evaluateComposition(without(composed(), "wg-ulf-m"))).toEqual([
      { rule: "area-missing-party", severity: "warn", thematicAreaId: "ulf", areaName: "ULF", partyType: "MUNICIPALITY" },
    ]);
  });

  it("reports a thematic area without a researcher or teacher as a vacancy", () => {
    expect(evaluateComposition(without(composed(), "wg-ulf-u"))).toEqual([
      { rule: "area-missing-party", severity: "warn", thematicAreaId: "ulf", areaName: "ULF", partyType: "UNIVERSITY" },
    ]);
  });

  it("reports a group without a chair and a group with two chairs", () => {
    const noChair = without(composed(), "sg-chair");
    expect(evaluateComposition(noChair)).toContainEqual({ rule: "no-chair", severity: "refuse", groupKind: "STEERING_GROUP" });
    const twoChairs = withMember(composed(), "wg", member({ partyType: "MUNICIPALITY", role: "CHAIR", personName: "Anna" }));
    expect(evaluateComposition(twoChairs)).toContainEqual(
      expect.objectContaining({ rule: "several-chairs", groupKind: "WORKING_GROUP" }),
    );
  });

  it("reports a party missing from a group", () => {
    const findings = evaluateComposition(without(composed(), "sg-uni"));
    expect(findings).toEqual([{ rule: "party-missing", severity: "warn", groupKind: "STEERING_GROUP", partyType: "UNIVERSITY" }]);
  });

  it("reports a seat nobody holds as vacant, naming the seat", () => {
    const findings = evaluateComposition(without(composed(), "sg-gymnasie"));
    expect(findings).toEqual([
      { rule: "seat-vacant", severity: "warn", seatId: "seat-gymnasie", seatTitle: "Gymnasie- och arbetsmarknadsdirektör", partyName: "Huddinge kommun" },
    ]);
  });

  it("does not count working-group thematic coverage for the steering group", () => {
    const snapshot = composed();
    snapshot.groups[0]!.members.forEach((m) => (m.thematicAreaIds = []));
    expect(evaluateComposition(snapshot)).toEqual([]);
  });
});

describe("judgeChange", () => {
  // Guards the chair rule: ending the last chair's membership without naming a new one is refused.
  it("refuses a change that leaves a group without a chair", () => {
    const verdict = judgeChange(composed(), without(composed(), "wg-chair"));
    expect(verdict.accepted).toBe(false);
    expect(verdict.accepted ? [] : verdict.refusals).toEqual([{ rule: "no-chair", severity: "refuse", groupKind: "WORKING_GROUP" }]);
  });

  it("refuses a second chair", () => {
    const after = withMember(composed(), "sg", member({ partyType: "UNIVERSITY", role: "CHAIR" }));
    expect(judgeChange(composed(), after).accepted).toBe(false);
  });

  it("accepts a change that opens a vacancy, with the vacancy as a warning", () => {
    const verdict = judgeChange(composed(), without(composed(), "wg-vfu-m"));
    expect(verdict).toEqual({
      accepted: true,
      newWarnings: [{ rule: "area-missing-party", severity: "warn", thematicAreaId: "vfu", areaName: "VFU", partyType: "MUNICIPALITY" }],
    });
  });

  it("does not block an unrelated change because of a breach that was already there", () => {
    const before = without(composed(), "sg-chair");
    const after = withMember(before, "wg", member({ partyType: "UNIVERSITY", thematicAreaIds: ["vfu"] }));
    expect(judgeChange(before, after)).toEqual({ accepted: true, newWarnings: [] });
  });

  it("accepts a change that fills a vacancy, with no warnings", () => {
    const before = without(composed(), "wg-ulf-m");
    const after = withMember(before, "wg", member({ partyType: "MUNICIPALITY", thematicAreaIds: ["ulf"] }));
    expect(judgeChange(before, after)).toEqual({ accepted: true, newWarnings: [] });
    expect(evaluateComposition(after)).toEqual([]);
  });
});

describe("periodsOverlap", () => {
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

  it.each([
    [{ startDate: day("2024-01-01"), endDate: day("2024-12-31") }, { startDate: day("2024-12-31"), endDate: null }, true],
    [{ startDate: day("2024-01-01"), endDate: day("2024-12-30") }, { startDate: day("2024-12-31"), endDate: null }, false],
    [{ startDate: day("2024-01-01"), endDate: null }, { startDate: day("2030-01-01"), endDate: null }, true],
    [{ startDate: day("2025-01-01"), endDate: day("2025-06-30") }, { startDate: day("2024-01-01"), endDate: day("2024-12-31") }, false],
    [{ startDate: day("2025-03-01"), endDate: day("2025-03-31") }, { startDate: day("2025-01-01"), endDate: day("2025-12-31") }, true],
  ])("%o and %o overlap: %s", (a, b, expected) => {
    expect(periodsOverlap(a, b)).toBe(expected);
    expect(periodsOverlap(b, a)).toBe(expected);
  });
});
