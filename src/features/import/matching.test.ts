import { describe, expect, it } from "vitest";
import { formatIsoDay, matchArea, matchGroupKind, matchParty, matchRole, matchUnit, parseIsoDay, splitList } from "./matching";
import { REFERENCE } from "./reference.fixture";

describe("matchParty", () => {
  it("matches a party by its name, case-insensitively, with Swedish characters", () => {
    expect(matchParty("ängelholms KOMMUN", REFERENCE.parties)?.id).toBe("party-m");
    expect(matchParty("Södertörns högskola", REFERENCE.parties)?.id).toBe("party-u");
  });

  it("matches a party by its kind in Swedish or English", () => {
    for (const value of ["kommun", "Kommunen", "municipality"]) expect(matchParty(value, REFERENCE.parties)?.id).toBe("party-m");
    for (const value of ["lärosäte", "Högskola", "university", "universitet"]) expect(matchParty(value, REFERENCE.parties)?.id).toBe("party-u");
  });

  it("finds nothing for an unknown party or an empty cell", () => {
    expect(matchParty("Region Stockholm", REFERENCE.parties)).toBeNull();
    expect(matchParty("", REFERENCE.parties)).toBeNull();
  });
});

describe("matchGroupKind and matchRole", () => {
  it("know the groups by their Swedish and English names", () => {
    expect(matchGroupKind("Ledningsgrupp")).toBe("STEERING_GROUP");
    expect(matchGroupKind("steering group")).toBe("STEERING_GROUP");
    expect(matchGroupKind("arbetsgrupp")).toBe("WORKING_GROUP");
    expect(matchGroupKind("Strategisk arbetsgrupp")).toBe("WORKING_GROUP");
    expect(matchGroupKind("working group")).toBe("WORKING_GROUP");
    expect(matchGroupKind("styrelse")).toBeNull();
  });

  it("know the roles by their Swedish and English names", () => {
    expect(matchRole("Ordförande")).toBe("CHAIR");
    expect(matchRole("chair")).toBe("CHAIR");
    expect(matchRole("vice ordförande")).toBe("VICE_CHAIR");
    expect(matchRole("Vice-chair")).toBe("VICE_CHAIR");
    expect(matchRole("sekreterare")).toBe("SECRETARY");
    expect(matchRole("ledamot")).toBe("MEMBER");
    expect(matchRole("member")).toBe("MEMBER");
    expect(matchRole("kassör")).toBeNull();
  });
});

describe("matchUnit and matchArea", () => {
  it("match a unit of the given party only, by its Swedish or English name", () => {
    expect(matchUnit("lärarutbildningen", "party-u", REFERENCE.units)?.id).toBe("unit-lut");
    expect(matchUnit("Teacher Education", "party-u", REFERENCE.units)?.id).toBe("unit-lut");
    expect(matchUnit("Lärarutbildningen", "party-m", REFERENCE.units)).toBeNull();
  });

  it("match a thematic area by its Swedish or English name", () => {
    expect(matchArea("ulf – utveckling, lärande, forskning", REFERENCE.areas)?.id).toBe("area-ulf");
    expect(matchArea("Teacher placements", REFERENCE.areas)?.id).toBe("area-vfu");
    expect(matchArea("Rymdforskning", REFERENCE.areas)).toBeNull();
  });

  it("split a |-separated list, dropping blanks", () => {
    expect(splitList(" VFU | | ULF |")).toEqual(["VFU", "ULF"]);
    expect(splitList("")).toEqual([]);
  });
});

describe("parseIsoDay", () => {
  it("reads YYYY-MM-DD as a whole day at UTC midnight", () => {
    expect(parseIsoDay("2026-01-31")?.toISOString()).toBe("2026-01-31T00:00:00.000Z");
    expect(parseIsoDay(" 2024-02-29 ")?.toISOString()).toBe("2024-02-29T00:00:00.000Z");
    expect(formatIsoDay(parseIsoDay("2026-12-24")!)).toBe("2026-12-24");
  });

  it("refuses impossible days and other formats", () => {
    for (const value of ["2026-02-30", "2025-02-29", "2026-13-01", "2026-00-10", "2026-1-5", "1/3/2026", "2026-01-01T10:00", "31.01.2026", "", "igår", "0999-01-01"]) {
      expect(parseIsoDay(value), value).toBeNull();
    }
  });
});
