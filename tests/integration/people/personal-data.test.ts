import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/account/export/route";
import { exportPersonalData, getPersonalData } from "@/features/people/personal-data";
import { hashInvitationToken } from "@/features/people/person-rules";
import type { Actor } from "@/server/auth/actor";
import { verifyCredentials } from "@/server/auth/verify-credentials";
import { DEMO_PASSWORD } from "@/server/seed/demo-accounts";
import { seedDemoPartnership } from "@/server/seed/demo-partnership";
import { actorFor, auditCount, lastEvent, prisma } from "./people-fixtures";

// The route reads the session through getActor; here the test decides who is signed in.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/server/auth/session", () => ({ getActor: async () => session.actor }));

const SARA = "arbetsgrupp@sh.example";
const INVITATION_TOKEN = "a-token-that-must-never-appear-anywhere";

beforeAll(async () => {
  await seedDemoPartnership(prisma());
  const sara = await actorFor(SARA);
  const admin = await actorFor("admin@huddinge.example");
  await prisma().invitation.create({
    data: {
      userId: sara.userId,
      tokenHash: hashInvitationToken(INVITATION_TOKEN),
      expiresAt: new Date("2020-01-15T00:00:00Z"),
      acceptedAt: new Date("2020-01-02T00:00:00Z"),
      createdById: admin.userId,
    },
  });
  // Something Sara did herself, and something an administrator did about her.
  await verifyCredentials({ email: SARA, password: DEMO_PASSWORD, ip: "10.4.0.1" });
  await prisma().auditEvent.create({
    data: {
      partnershipId: sara.partnershipId,
      actorUserId: admin.userId,
      action: "user.roles_changed",
      entityType: "User",
      entityId: sara.userId,
      data: { before: { roles: ["READER"] }, after: { roles: ["WORKING_GROUP_MEMBER"] } },
    },
  });
});

beforeEach(() => {
  session.actor = null;
});

describe("a person's own data", () => {
  it("holds the person, the account, memberships with groups and areas, invitations and audit events, and no secrets", async () => {
    const actor = await actorFor(SARA);
    const user = await prisma().user.findUniqueOrThrow({ where: { id: actor.userId }, include: { invitations: true, account: true } });
    const data = await getPersonalData(actor);

    expect(data.person).toMatchObject({
      id: actor.personId,
      name: "Sara Nyström",
      email: SARA,
      title: "Universitetslektor i pedagogik",
      party: { name: "Södertörns högskola", type: "UNIVERSITY" },
      unit: { name: "Lärarutbildningen" },
      active: true,
    });
    expect(data.account).toMatchObject({ id: actor.userId, email: SARA, roles: ["WORKING_GROUP_MEMBER"], active: true, hasPassword: true });
    expect(data.memberships).toEqual([
      expect.objectContaining({ group: "WORKING_GROUP", role: "CHAIR", party: "Södertörns högskola", thematicAreas: ["VFU och lärarutbildning"], endDate: null }),
    ]);
    expect(data.invitations).toEqual([
      { id: user.invitations[0]!.id, createdAt: user.invitations[0]!.createdAt, expiresAt: user.invitations[0]!.expiresAt, acceptedAt: user.invitations[0]!.acceptedAt },
    ]);
    expect(data.auditEventsPerformed.map((event) => event.action)).toContain("auth.signed_in");
    expect(data.auditEventsAboutYou.map((event) => event.action)).toEqual(["user.roles_changed"]);

    const text = JSON.stringify(data);
    expect(text).not.toContain("passwordHash");
    expect(text).not.toContain("$argon2");
    expect(text).not.toContain(user.account!.passwordHash!);
    expect(text).not.toContain("tokenHash");
    expect(text).not.toContain(hashInvitationToken(INVITATION_TOKEN));
    expect(text).not.toContain(INVITATION_TOKEN);
    expect(text).not.toContain("sessionVersion");
  });

  it("is only ever the actor's own", async () => {
    const data = await getPersonalData(await actorFor("lasare@huddinge.example"));
    expect(data.person.name).toBe("Karin Sjöberg");
    expect(data.memberships).toEqual([]);
    expect(data.invitations).toEqual([]);
    expect(JSON.stringify(data)).not.toContain("Sara");
  });

  it("writes one audit entry for an export", async () => {
    const actor = await actorFor(SARA);
    const before = await auditCount();
    const data = await exportPersonalData(actor);
    expect(data.exportedAt).toBeInstanceOf(Date);
    expect(await auditCount()).toBe(before + 1);
    expect(await lastEvent("account.data_exported")).toMatchObject({
      actorUserId: actor.userId,
      partnershipId: actor.partnershipId,
      entityType: "User",
      entityId: actor.userId,
    });
  });
});

describe("GET /api/account/export", () => {
  it("answers 401 in JSON when signed out, and writes nothing", async () => {
    const before = await auditCount();
    const response = await GET();
    expect(response.status).toBe(401);
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(await response.json()).toEqual({ error: "unauthorized" });
    expect(await auditCount()).toBe(before);
  });

  it("downloads the signed-in user's own data as a JSON attachment, audited", async () => {
    session.actor = await actorFor(SARA);
    const before = await auditCount();
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="samverkan-personal-data-\d{4}-\d{2}-\d{2}\.json"$/);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const text = await response.text();
    const body = JSON.parse(text);
    expect(body.person.name).toBe("Sara Nyström");
    expect(body.account.email).toBe(SARA);
    expect(body.memberships[0].group).toBe("WORKING_GROUP");
    expect(body.invitations).toHaveLength(1);
    expect(body.auditEventsPerformed.length).toBeGreaterThan(0);
    expect(text).not.toMatch(/passwordHash|tokenHash|\$argon2/);
    expect(await auditCount()).toBe(before + 1);
  });
});
