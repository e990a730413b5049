import { beforeAll, describe, expect, it } from "vitest";
import { acceptInvitation } from "@/features/people/accept-invitation";
import { changeRoles, invitePerson } from "@/features/people/account-definitions";
import { deactivatePerson } from "@/features/people/departure-definitions";
import { hashInvitationToken } from "@/features/people/person-rules";
import { getInvitationForPage } from "@/features/people/queries";
import { executeFormAction } from "@/server/actions/form-action";
import { findSessionAccount, verifyCredentials } from "@/server/auth/verify-credentials";
import { DEMO_PASSWORD } from "@/server/seed/demo-accounts";
import { seedDemoPartnership } from "@/server/seed/demo-partnership";
import { ADMIN, READER, actorFor, auditCount, form, lastEvent, personNamed, prisma } from "./people-fixtures";

const DAY_MS = 24 * 60 * 60 * 1000;
const NEW_PASSWORD = "ett långt lösenord";

beforeAll(async () => {
  await seedDemoPartnership(prisma());
});

async function invite(name: string, roles: string[]) {
  const person = await personNamed(name);
  return executeFormAction(invitePerson, await actorFor(ADMIN), form({ personId: person.id, roles }));
}

const accept = (token: string, password = NEW_PASSWORD, now?: Date) =>
  acceptInvitation(form({ token, password, confirmPassword: password }), now);

describe("inviting a person", () => {
  let token: string;

  it("makes an account with the chosen roles and no password, and an invitation of which only the hash is kept", async () => {
    const admin = await actorFor(ADMIN);
    const before = await auditCount();
    const started = Date.now();
    const { state, result } = await invite("Eva Lundgren", ["READER", "CONTRIBUTOR"]);

    expect(state).toMatchObject({ status: "success", message: "people.invite.created" });
    token = result!.token!;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const eva = await personNamed("Eva Lundgren");
    expect(eva.user).toMatchObject({ roles: ["READER", "CONTRIBUTOR"], active: true, account: { email: "eva.lundgren@huddinge.example", passwordHash: null } });
    const invitations = await prisma().invitation.findMany({ where: { userId: eva.user!.id } });
    expect(invitations).toHaveLength(1);
    const invitation = invitations[0]!;
    expect(invitation).toMatchObject({ tokenHash: hashInvitationToken(token), acceptedAt: null, createdById: admin.userId });
    expect(JSON.stringify(invitation)).not.toContain(token);
    const validFor = invitation.expiresAt.getTime() - started;
    expect(validFor).toBeGreaterThanOrEqual(14 * DAY_MS - 1000);
    expect(validFor).toBeLessThanOrEqual(14 * DAY_MS + 60_000);

    expect(await auditCount()).toBe(before + 1);
    const event = await lastEvent("person.invited");
    expect(event).toMatchObject({ actorUserId: admin.userId, entityType: "Person", entityId: eva.id });
    expect(event.data).toMatchObject({
      before: { account: null },
      after: { account: { userId: eva.user!.id, email: "eva.lundgren@huddinge.example", roles: ["READER", "CONTRIBUTOR"] } },
    });
    expect(JSON.stringify(event.data)).not.toContain(token);
    expect(JSON.stringify(event.data)).not.toContain(invitation.tokenHash);
  });

  it("shows the invitation page the person's name, but not their e-mail address", async () => {
    expect(await getInvitationForPage(token)).toEqual({ usable: true, name: "Eva Lundgren" });
    expect(await getInvitationForPage("not-a-token")).toEqual({ usable: false, reason: "people.invitation.invalid.unknown" });
  });

  it("refuses a password that is too short or typed differently, and changes nothing", async () => {
    const before = await auditCount();
    const state = await acceptInvitation(form({ token, password: "kort", confirmPassword: "annat" }));
    expect(state).toMatchObject({
      status: "error",
      message: "errors.validation",
      fieldErrors: { password: ["validation.passwordTooShort"], confirmPassword: ["validation.passwordMismatch"] },
      values: {},
    });
    expect((await personNamed("Eva Lundgren")).user!.account!.passwordHash).toBeNull();
    expect(await auditCount()).toBe(before);
  });

  it("lets the person set a password with the link, then sign in; the audit entry is theirs", async () => {
    const before = await auditCount();
    const state = await accept(token);
    expect(state).toEqual({ status: "success", message: "people.invitation.accepted", fieldErrors: {}, values: {} });

    const eva = await personNamed("Eva Lundgren");
    expect(eva.user!.account!.passwordHash).toMatch(/^\$argon2id\$/);
    expect((await prisma().invitation.findFirstOrThrow({ where: { userId: eva.user!.id } })).acceptedAt).not.toBeNull();
    expect(await auditCount()).toBe(before + 1);
    const event = await lastEvent("invitation.accepted");
    expect(event).toMatchObject({ actorUserId: eva.user!.id, partnershipId: eva.partnershipId, entityType: "Invitation" });
    expect(event.data).toMatchObject({ before: { acceptedAt: null, hasPassword: false }, after: { hasPassword: true } });

    const signIn = await verifyCredentials({ email: "Eva.Lundgren@huddinge.example", password: NEW_PASSWORD, ip: "10.2.0.1" });
    expect(signIn.ok).toBe(true);
  });

  it("refuses a link that has been used, and changes nothing", async () => {
    const eva = await personNamed("Eva Lundgren");
    const before = await auditCount();
    const state = await accept(token, "ett helt annat lösenord");
    expect(state).toMatchObject({ status: "error", message: "people.invitation.invalid.used" });
    expect((await personNamed("Eva Lundgren")).user!.account!.passwordHash).toBe(eva.user!.account!.passwordHash);
    expect(await auditCount()).toBe(before);
    expect(await getInvitationForPage(token)).toEqual({ usable: false, reason: "people.invitation.invalid.used" });
  });

  it("does not invite an account that already has a password again", async () => {
    const before = await auditCount();
    const { state } = await invite("Eva Lundgren", ["READER"]);
    expect(state.message).toBe("people.refusals.alreadyHasPassword");
    expect((await personNamed("Eva Lundgren")).user!.roles).toEqual(["READER", "CONTRIBUTOR"]);
    expect(await auditCount()).toBe(before);
  });

  it("refuses an unknown or missing token", async () => {
    expect(await accept("unknown-token-unknown-token")).toMatchObject({ status: "error", message: "people.invitation.invalid.unknown" });
    expect(await acceptInvitation(form({ password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }))).toMatchObject({
      message: "people.invitation.invalid.unknown",
    });
  });

  let peterFirstToken: string;

  it("refuses an expired link, and changes nothing", async () => {
    const { result } = await invite("Peter Axelsson", ["STEERING_GROUP_MEMBER"]);
    peterFirstToken = result!.token!;
    const invitation = await prisma().invitation.findUniqueOrThrow({ where: { tokenHash: hashInvitationToken(result!.token!) } });
    const before = await auditCount();
    const later = new Date(invitation.expiresAt.getTime() + 1);
    expect(await accept(result!.token!, NEW_PASSWORD, later)).toMatchObject({ status: "error", message: "people.invitation.invalid.expired" });
    expect(await getInvitationForPage(result!.token!, later)).toEqual({ usable: false, reason: "people.invitation.invalid.expired" });
    expect((await personNamed("Peter Axelsson")).user!.account!.passwordHash).toBeNull();
    expect((await prisma().invitation.findUniqueOrThrow({ where: { id: invitation.id } })).acceptedAt).toBeNull();
    expect(await auditCount()).toBe(before);
  });

  it("makes a new link for an invited account, which ends the earlier one and may change the roles", async () => {
    const peter = await personNamed("Peter Axelsson");
    const first = await prisma().invitation.findFirstOrThrow({ where: { userId: peter.user!.id } });
    const { state, result } = await invite("Peter Axelsson", ["STEERING_GROUP_MEMBER", "READER"]);
    expect(state.status).toBe("success");
    expect((await prisma().invitation.findUniqueOrThrow({ where: { id: first.id } })).expiresAt.getTime()).toBeLessThanOrEqual(Date.now());
    const after = await personNamed("Peter Axelsson");
    expect(after.user!.id).toBe(peter.user!.id);
    expect(after.user!.roles).toEqual(["STEERING_GROUP_MEMBER", "READER"]);
    // Roles are read on every request: nothing of the account's sessions needs ending.
    expect(after.user!.account!.sessionVersion).toBe(peter.user!.account!.sessionVersion);
    expect((await lastEvent("person.invited")).data).toMatchObject({
      before: { account: { roles: ["STEERING_GROUP_MEMBER"] } },
      after: { account: { roles: ["STEERING_GROUP_MEMBER", "READER"] }, supersededInvitations: 1 },
    });
    expect(await accept(peterFirstToken)).toMatchObject({ status: "error", message: "people.invitation.invalid.expired" });
    expect((await accept(result!.token!)).status).toBe("success");
  });

  it("needs at least one role, an e-mail address and an active person", async () => {
    const admin = await actorFor(ADMIN);
    const before = await auditCount();
    const users = await prisma().user.count();

    const noRoles = await invite("Mikael Berg", []);
    expect(noRoles.state).toMatchObject({ message: "errors.validation", fieldErrors: { roles: ["people.validation.rolesRequired"] } });

    const noEmail = await prisma().person.create({ data: { partnershipId: admin.partnershipId, name: "Utan Adress" } });
    const { state } = await executeFormAction(invitePerson, admin, form({ personId: noEmail.id, roles: ["READER"] }));
    expect(state.message).toBe("people.refusals.noEmail");

    const gone = await prisma().person.create({ data: { partnershipId: admin.partnershipId, name: "Slutat", email: "slutat@huddinge.example", active: false } });
    const inactive = await executeFormAction(invitePerson, admin, form({ personId: gone.id, roles: ["READER"] }));
    expect(inactive.state.message).toBe("people.refusals.inactive");

    expect(await prisma().user.count()).toBe(users);
    expect(await auditCount()).toBe(before);
  });

  it("refuses anyone who is not an administrator and makes nothing", async () => {
    const mikael = await personNamed("Mikael Berg");
    const before = await auditCount();
    const { state } = await executeFormAction(invitePerson, await actorFor(READER), form({ personId: mikael.id, roles: ["ADMINISTRATOR"] }));
    expect(state.message).toBe("errors.forbidden");
    expect((await personNamed("Mikael Berg")).user).toBeNull();
    expect(await prisma().invitation.count({ where: { user: { personId: mikael.id } } })).toBe(0);
    expect(await auditCount()).toBe(before);
  });

  it("refuses a link once the person has been deactivated", async () => {
    const { result } = await invite("Mikael Berg", ["READER"]);
    const mikael = await personNamed("Mikael Berg");
    expect((await executeFormAction(deactivatePerson, await actorFor(ADMIN), form({ personId: mikael.id }))).state.status).toBe("success");
    const before = await auditCount();
    const state = await accept(result!.token!);
    // Deactivation ended the open invitation (and the account would be refused anyway).
    expect(state).toMatchObject({ status: "error", message: "people.invitation.invalid.expired" });
    expect((await personNamed("Mikael Berg")).user!.account!.passwordHash).toBeNull();
    expect(await auditCount()).toBe(before);
  });
});

describe("changing roles", () => {
  it("changes the roles, which the account's sessions read at once, and audits the roles before and after", async () => {
    const admin = await actorFor(ADMIN);
    const johan = await personNamed("Johan Ekberg");
    const account = johan.user!.account!;
    expect((await findSessionAccount(account.id, account.sessionVersion, "session-1"))?.participations.map((p) => p.roles)).toEqual([["CONTRIBUTOR"]]);
    const before = await auditCount();

    const { state } = await executeFormAction(changeRoles, admin, form({ personId: johan.id, roles: ["CONTRIBUTOR", "WORKING_GROUP_MEMBER"] }));

    expect(state).toMatchObject({ status: "success", message: "people.roles.saved" });
    const user = await prisma().user.findUniqueOrThrow({ where: { id: johan.user!.id } });
    expect(user.roles).toEqual(["CONTRIBUTOR", "WORKING_GROUP_MEMBER"]);
    // The same session, not a new one, now carries the new roles.
    expect((await prisma().account.findUniqueOrThrow({ where: { id: account.id } })).sessionVersion).toBe(account.sessionVersion);
    expect((await findSessionAccount(account.id, account.sessionVersion, "session-1"))?.participations.map((p) => p.roles)).toEqual([
      ["CONTRIBUTOR", "WORKING_GROUP_MEMBER"],
    ]);
    expect(await auditCount()).toBe(before + 1);
    const event = await lastEvent("user.roles_changed");
    expect(event).toMatchObject({ actorUserId: admin.userId, entityType: "User", entityId: user.id });
    expect(event.data).toEqual({
      before: { roles: ["CONTRIBUTOR"] },
      after: { roles: ["CONTRIBUTOR", "WORKING_GROUP_MEMBER"] },
    });
    // Still signs in with the same password.
    expect((await verifyCredentials({ email: "forskare@sh.example", password: DEMO_PASSWORD, ip: "10.2.0.2" })).ok).toBe(true);
  });

  it("keeps the sessions when the roles change", async () => {
    const johan = await personNamed("Johan Ekberg");
    await executeFormAction(changeRoles, await actorFor(ADMIN), form({ personId: johan.id, roles: ["WORKING_GROUP_MEMBER"] }));
    const after = await personNamed("Johan Ekberg");
    expect(after.user!.roles).toEqual(["WORKING_GROUP_MEMBER"]);
    expect(after.user!.account!.sessionVersion).toBe(johan.user!.account!.sessionVersion);
    expect(await findSessionAccount(johan.user!.account!.id, johan.user!.account!.sessionVersion, "session-3")).not.toBeNull();
  });

  it("refuses taking the administrator role from the last administrator", async () => {
    const admin = await actorFor(ADMIN);
    const before = await auditCount();
    const { state } = await executeFormAction(changeRoles, admin, form({ personId: admin.personId, roles: ["READER"] }));
    expect(state.message).toBe("people.refusals.lastAdministrator");
    const user = await prisma().user.findUniqueOrThrow({ where: { id: admin.userId } });
    expect(user.roles).toEqual(["ADMINISTRATOR"]);
    expect((await findSessionAccount(admin.accountId, 0, "session-1"))?.participations.map((p) => p.roles)).toEqual([["ADMINISTRATOR"]]);
    expect(await auditCount()).toBe(before);
  });

  it("refuses a person without an account, an empty choice, and a non-administrator", async () => {
    const admin = await actorFor(ADMIN);
    const before = await auditCount();
    const helena = await personNamed("Helena Åberg");
    expect((await executeFormAction(changeRoles, admin, form({ personId: helena.id, roles: ["READER"] }))).state.message).toBe(
      "people.refusals.noAccount",
    );
    const karin = await personNamed("Karin Sjöberg");
    expect((await executeFormAction(changeRoles, admin, form({ personId: karin.id }))).state.fieldErrors).toEqual({
      roles: ["people.validation.rolesRequired"],
    });
    const reader = await actorFor(READER);
    expect((await executeFormAction(changeRoles, reader, form({ personId: reader.personId, roles: ["ADMINISTRATOR"] }))).state.message).toBe(
      "errors.forbidden",
    );
    expect((await prisma().user.findUniqueOrThrow({ where: { id: reader.userId } })).roles).toEqual(["READER"]);
    expect(await auditCount()).toBe(before);
  });
});
