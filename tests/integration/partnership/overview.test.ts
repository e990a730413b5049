import { beforeAll, describe, expect, it } from "vitest";
import { getPartnershipOverview } from "@/features/partnership/queries";
import { DEMO_ACCOUNTS } from "@/server/seed/demo-accounts";
import { isDatabaseEmpty, seedDemoPartnership } from "@/server/seed/demo-partnership";
import { testDatabase } from "../../support/test-database";

let partnershipId: string;

beforeAll(async () => {
  expect(await isDatabaseEmpty(testDatabase().prisma)).toBe(true);
  ({ partnershipId } = await seedDemoPartnership(testDatabase().prisma));
  expect(await isDatabaseEmpty(testDatabase().prisma)).toBe(false);
});

describe("the demo partnership and its overview", () => {
  it("has the two parties, one municipality and one university", async () => {
    const overview = await getPartnershipOverview(partnershipId, new Date("2026-11-26"));
    expect(overview.parties.map((party) => [party.type, party.name])).toEqual([
      ["MUNICIPALITY", "Huddinge kommun"],
      ["UNIVERSITY", "Södertörns högskola"],
    ]);
  });

  it("seats Huddinge's two directors in the steering group, with one chair", async () => {
    const overview = await getPartnershipOverview(partnershipId, new Date("2026-11-26"));
    const steering = overview.groups.find((group) => group.kind === "STEERING_GROUP")!;
    expect(steering.meetingsPerYear).toBe(1);
    const huddingeTitles = steering.current.filter((member) => member.partyType === "MUNICIPALITY").map((member) => member.title);
    expect(huddingeTitles).toEqual(expect.arrayContaining(["Biträdande kommundirektör", "Gymnasie- och arbetsmarknadsdirektör"]));
    expect(steering.current.filter((member) => member.role === "CHAIR")).toHaveLength(1);
    expect(steering.current[0]?.role).toBe("CHAIR");
    expect(steering.current.some((member) => member.partyType === "UNIVERSITY")).toBe(true);
  });

  it("pairs a researcher with a municipal manager in every thematic area of the working group", async () => {
    const overview = await getPartnershipOverview(partnershipId, new Date("2026-11-26"));
    const working = overview.groups.find((group) => group.kind === "WORKING_GROUP")!;
    expect(working.meetingsPerYear).toBe(2);
    for (const area of overview.thematicAreas) {
      const covering = working.current.filter((member) => member.thematicAreas.includes(area.name));
      expect(covering.map((member) => member.partyType).sort(), area.name).toEqual(["MUNICIPALITY", "UNIVERSITY"]);
    }
    expect(new Set(overview.thematicAreas.map((area) => area.focusArea))).toEqual(
      new Set(["EDUCATION_AND_COMPETENCE", "RESEARCH_AND_DEVELOPMENT"]),
    );
  });

  it("shows ended memberships as former members, and memberships by the date asked about", async () => {
    const now = await getPartnershipOverview(partnershipId, new Date("2026-11-26"));
    const working = now.groups.find((group) => group.kind === "WORKING_GROUP")!;
    expect(working.former.map((member) => member.name)).toEqual(["Gunnar Ek"]);
    expect(working.current.map((member) => member.name)).not.toContain("Gunnar Ek");

    const before = await getPartnershipOverview(partnershipId, new Date("2025-03-01"));
    const workingThen = before.groups.find((group) => group.kind === "WORKING_GROUP")!;
    expect(workingThen.current.map((member) => member.name)).toContain("Gunnar Ek");
    expect(workingThen.current.map((member) => member.name)).not.toContain("Tomas Wikström");
  });

  it("has a demo account for every role", async () => {
    const users = await testDatabase().prisma.user.findMany({ select: { roles: true, account: { select: { email: true } } } });
    for (const account of DEMO_ACCOUNTS) {
      expect(users.find((user) => user.account?.email === account.email)?.roles).toEqual([account.role]);
    }
    expect(users.every((user) => user.account !== null && user.account.email === user.account.email.toLowerCase())).toBe(true);
  });
});
