import { beforeAll, describe, expect, it } from "vitest";
import { findSessionAccount, verifyCredentials } from "@/server/auth/verify-credentials";
import { DEMO_INSTALLATION_ADMINISTRATOR, DEMO_PASSWORD } from "@/server/seed/demo-accounts";
import { seedDemo } from "@/server/seed/demo";
import { DEMO_PARTNERSHIP_SLUG, HUDDINGE_KOMMUN } from "@/server/seed/demo-partnership";
import { DEMO_SECOND_PARTNERSHIP_SLUG } from "@/server/seed/demo-second-partnership";
import { testDatabase } from "../../support/test-database";
import { expectCheckConstraintsHold } from "./check-constraints";

/**
 * The whole demo as `npm start` seeds it (issue #15, item 4): two partnerships in which Huddinge
 * kommun is one organisation, the steering-group chair's one account taking part in both (so the
 * switcher shows), and an installation administrator who takes part in none.
 */
const prisma = () => testDatabase().prisma;
let ids: { partnershipId: string; secondPartnershipId: string };

beforeAll(async () => {
  ids = await seedDemo(prisma());
}, 180_000);

describe("the demo's partnerships", () => {
  it("are two, the first (Huddinge–Södertörn) the oldest, so it stays everyone's default", async () => {
    const partnerships = await prisma().partnership.findMany({ orderBy: { createdAt: "asc" }, select: { id: true, slug: true } });
    expect(partnerships).toEqual([
      { id: ids.partnershipId, slug: DEMO_PARTNERSHIP_SLUG },
      { id: ids.secondPartnershipId, slug: DEMO_SECOND_PARTNERSHIP_SLUG },
    ]);
  });

  it("share one Huddinge kommun in the organisation register, a party of each", async () => {
    const organisations = await prisma().organisation.findMany({ where: { organisationNumber: HUDDINGE_KOMMUN.organisationNumber }, include: { parties: true } });
    expect(organisations).toHaveLength(1);
    expect(organisations[0]!.parties.map((party) => party.partnershipId).sort()).toEqual([ids.partnershipId, ids.secondPartnershipId].sort());
    // Each university is its own organisation: three in all.
    expect(await prisma().organisation.count()).toBe(3);
  });

  it("give ledning@huddinge.example one account with a steering-group user in each", async () => {
    const account = await prisma().account.findUniqueOrThrow({ where: { email: "ledning@huddinge.example" }, include: { users: { include: { person: true } } } });
    expect(account.passwordHash).not.toBeNull();
    expect(account.users.map((user) => user.partnershipId).sort()).toEqual([ids.partnershipId, ids.secondPartnershipId].sort());
    for (const user of account.users) {
      expect(user.roles).toEqual(["STEERING_GROUP_MEMBER"]);
      expect(user.person.partnershipId).toBe(user.partnershipId);
    }
    const chairs = await prisma().membership.findMany({ where: { role: "CHAIR", group: { kind: "STEERING_GROUP" }, personId: { in: account.users.map((user) => user.personId) } } });
    expect(chairs).toHaveLength(2);
  });

  it("give the second partnership an administrator of its own, who takes part in nothing else", async () => {
    const administrators = await prisma().user.findMany({ where: { partnershipId: ids.secondPartnershipId, active: true }, include: { account: { include: { users: true } } } });
    const admins = administrators.filter((user) => user.roles.includes("ADMINISTRATOR"));
    expect(admins.map((user) => user.account?.email)).toEqual(["admin@fvh.example"]);
    expect(admins[0]!.account!.users).toHaveLength(1);
  });

  it("have an installation administrator with a password and no user in any partnership", async () => {
    const account = await prisma().account.findUniqueOrThrow({ where: { email: DEMO_INSTALLATION_ADMINISTRATOR.email }, include: { users: true } });
    expect(account.installationAdministrator).toBe(true);
    expect(account.passwordHash).not.toBeNull();
    expect(account.users).toEqual([]);
    expect(await prisma().account.count({ where: { installationAdministrator: true } })).toBe(1);
  });

  it("make the second partnership's groups meet on a cadence of its own", async () => {
    const groups = await prisma().group.findMany({ where: { partnershipId: ids.secondPartnershipId }, orderBy: { kind: "asc" } });
    expect(groups.map((group) => [group.kind, group.meetingsPerYear])).toEqual([
      ["STEERING_GROUP", 2],
      ["WORKING_GROUP", 3],
    ]);
  });

  it("hold in the second partnership meetings with approved minutes, and a priority area the steering group adopted on the working group's proposal", async () => {
    const held = await prisma().meeting.findMany({
      where: { group: { partnershipId: ids.secondPartnershipId }, status: "HELD" },
      include: { minutes: { include: { approvals: true, adjusters: true } } },
    });
    expect(held.length).toBeGreaterThanOrEqual(5);
    for (const meeting of held) {
      expect(meeting.minutes.map((minutes) => minutes.status), meeting.title).toEqual(["APPROVED"]);
      expect(meeting.minutes[0]!.approvals).toHaveLength(2);
      expect(meeting.minutes[0]!.createdAt.getTime()).toBeGreaterThanOrEqual(meeting.endsAt.getTime());
    }
    const areas = await prisma().priorityArea.findMany({ where: { partnershipId: ids.secondPartnershipId }, include: { decision: { include: { meeting: { include: { group: true } }, preparedByMeeting: { include: { group: true } } } }, years: true } });
    expect(areas.length).toBeGreaterThanOrEqual(1);
    for (const area of areas) {
      expect(area.decision.meeting.group).toMatchObject({ partnershipId: ids.secondPartnershipId, kind: "STEERING_GROUP" });
      expect(area.decision.preparedByMeeting!.group).toMatchObject({ partnershipId: ids.secondPartnershipId, kind: "WORKING_GROUP" });
      expect(area.decision.preparedByMeeting!.endsAt.getTime()).toBeLessThanOrEqual(area.decision.meeting.startsAt.getTime());
      expect(area.years.every((row) => row.year > area.decision.meeting.cycleYear)).toBe(true);
    }
  });

  it("keep each partnership's people, memberships and attendance inside it", async () => {
    const crossing = await prisma().attendance.count({
      where: { meeting: { group: { partnershipId: ids.secondPartnershipId } }, person: { partnershipId: { not: ids.secondPartnershipId } } },
    });
    expect(crossing).toBe(0);
    const memberships = await prisma().membership.count({
      where: { group: { partnershipId: ids.secondPartnershipId }, person: { partnershipId: { not: ids.secondPartnershipId } } },
    });
    expect(memberships).toBe(0);
    const tables = ["Account", "User", "Membership", "AgreementTermsVersion", "Meeting", "Attendance", "Minutes", "MinutesApproval", "Decision", "PriorityArea", "PriorityAreaYear"];
    expect(await expectCheckConstraintsHold(prisma(), tables)).toBeGreaterThan(0);
  });
});

describe("the demo's sign-ins", () => {
  const signIn = async (email: string, ip: string) => {
    const check = await verifyCredentials({ email, password: DEMO_PASSWORD, ip });
    if (!check.ok) throw new Error(`${email} could not sign in: ${check.reason}`);
    return findSessionAccount(check.accountId, check.sessionVersion, `session-${ip}`);
  };

  it("open both partnerships to ledning@huddinge.example, the first first", async () => {
    const session = await signIn("ledning@huddinge.example", "10.1.0.1");
    expect(session?.participations.map((participation) => [participation.partnershipSlug, participation.roles])).toEqual([
      [DEMO_PARTNERSHIP_SLUG, ["STEERING_GROUP_MEMBER"]],
      [DEMO_SECOND_PARTNERSHIP_SLUG, ["STEERING_GROUP_MEMBER"]],
    ]);
  });

  it("open only the second partnership to its administrator, and none to the installation administrator", async () => {
    const administrator = await signIn("admin@fvh.example", "10.1.0.2");
    expect(administrator?.participations.map((participation) => [participation.partnershipSlug, participation.roles])).toEqual([[DEMO_SECOND_PARTNERSHIP_SLUG, ["ADMINISTRATOR"]]]);
    const installation = await signIn(DEMO_INSTALLATION_ADMINISTRATOR.email, "10.1.0.3");
    expect(installation).toMatchObject({ installationAdministrator: true, participations: [] });
  });
});
