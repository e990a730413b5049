import { beforeAll, describe, expect, it } from "vitest";
import { acceptInvitation } from "@/features/people/accept-invitation";
import { hashInvitationToken } from "@/features/people/person-rules";
import { getInvitationForPage } from "@/features/people/queries";
import { findInstallationPartnerships } from "@/features/installation/queries";
import { findSessionAccount, verifyCredentials } from "@/server/auth/verify-credentials";
import { counts, form, makeAccount, ORIGIN, prisma, setUp } from "./installation-fixtures";

/**
 * Issue #15, items 2 and 5: the installation administrator sets up a partnership through one form.
 * Everything is created in one transaction with one audit event naming the account; every problem
 * of a submission is reported at once; nobody else may do it, and a refusal creates nothing.
 */

let installer: Awaited<ReturnType<typeof makeAccount>>;
/** The first administrator's one-time link, as mailed by the first setup. */
let mailedToken: string;

beforeAll(async () => {
  installer = await makeAccount("installation@samverkan.test", { installationAdministrator: true });
});

describe("setting up a partnership", () => {
  it("creates the partnership with its parties, agreement, groups, thematic areas and first administrator, and invites them by mail", async () => {
    const before = await counts();
    const { state, result } = await setUp(installer);
    expect(state, JSON.stringify(state)).toMatchObject({ status: "success", message: "installation.created" });
    const p = prisma();

    const partnership = await p.partnership.findUniqueOrThrow({
      where: { slug: "larande-partnerskap" },
      include: {
        parties: { include: { organisation: true }, orderBy: { type: "asc" } },
        groups: { include: { seats: { include: { party: true }, orderBy: { sortOrder: "asc" } } }, orderBy: { kind: "asc" } },
        thematicAreas: { orderBy: { sortOrder: "asc" } },
        agreement: { include: { termsVersions: true, parties: true } },
        people: { include: { user: { include: { account: true, invitations: true } } } },
      },
    });
    expect(result).toEqual({ partnershipId: partnership.id, slug: "larande-partnerskap", administratorUserId: partnership.people[0]!.user!.id, invited: true });
    expect(partnership).toMatchObject({ name: "Partnerskap för lärande", nameEn: "Partnership for learning", description: "" });
    expect(partnership.parties.map((party) => [party.type, party.name, party.organisationNumber, party.organisation?.name])).toEqual([
      ["MUNICIPALITY", "Exempelby kommun", "212000-9999", "Exempelby kommun"],
      ["UNIVERSITY", "Exempelby universitet", null, "Exempelby universitet"],
    ]);

    const agreement = partnership.agreement!;
    expect(agreement).toMatchObject({ title: "Avtal om strategiskt partnerskap", signingDate: new Date("2027-01-15T00:00:00Z") });
    expect(agreement.parties).toHaveLength(2);
    expect(agreement.termsVersions).toHaveLength(1);
    expect(agreement.termsVersions[0]).toMatchObject({
      number: 1,
      effectiveDate: new Date("2027-02-01T00:00:00Z"),
      startDate: new Date("2027-02-01T00:00:00Z"),
      endDate: null,
      noticePeriodMonths: 9,
      endsAtYearEnd: false,
      focusAreas: ["RESEARCH_AND_DEVELOPMENT"],
      dimensions: ["SOCIAL", "ECONOMIC"],
      amendmentId: null,
    });

    expect(partnership.groups.map((group) => ({ kind: group.kind, meetingsPerYear: group.meetingsPerYear, seats: group.seats.map((seat) => `${seat.party.type}:${seat.title}`) }))).toEqual([
      { kind: "STEERING_GROUP", meetingsPerYear: 3, seats: ["MUNICIPALITY:Kommundirektör", "MUNICIPALITY:Skolchef", "UNIVERSITY:Rektor"] },
      { kind: "WORKING_GROUP", meetingsPerYear: 5, seats: [] },
    ]);
    expect(partnership.thematicAreas.map((area) => [area.focusArea, area.name])).toEqual([
      ["RESEARCH_AND_DEVELOPMENT", "Klimat"],
      ["RESEARCH_AND_DEVELOPMENT", "Välfärdsteknik"],
    ]);

    // The first administrator: a person and a user with ADMINISTRATOR, on a new account without a password.
    expect(partnership.people).toHaveLength(1);
    const admin = partnership.people[0]!;
    expect(admin).toMatchObject({ name: "Ada Admin", email: "ada.admin@exempelby.example", partnershipId: partnership.id });
    expect(admin.user).toMatchObject({ partnershipId: partnership.id, roles: ["ADMINISTRATOR"], active: true });
    expect(admin.user!.account).toMatchObject({ email: "ada.admin@exempelby.example", passwordHash: null, installationAdministrator: false });
    expect(admin.user!.invitations).toHaveLength(1);
    const invitation = admin.user!.invitations[0]!;
    expect(invitation).toMatchObject({ acceptedAt: null, createdById: null });

    // The link is mailed through the outbox, in the new partnership's log; only its hash is stored.
    const mail = await p.outboxMessage.findFirstOrThrow({ where: { partnershipId: partnership.id } });
    expect(mail).toMatchObject({ toAddress: "ada.admin@exempelby.example", status: "PENDING" });
    expect(mail.subject).toContain("Partnerskap för lärande");
    expect(mail.subject).toContain("Partnership for learning");
    const token = new RegExp(`${ORIGIN}/invitation/([A-Za-z0-9_-]{43})`).exec(mail.text)?.[1];
    expect(token, mail.text).toBeDefined();
    expect(invitation.tokenHash).toBe(hashInvitationToken(token!));
    expect(await getInvitationForPage(token!)).toEqual({ usable: true, name: "Ada Admin" });
    mailedToken = token!;

    // One audit event: the new partnership's, by the installation administrator's account, no user.
    const events = await p.auditEvent.findMany({ where: { action: "partnership.created" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ partnershipId: partnership.id, actorAccountId: installer.id, actorUserId: null, entityType: "Partnership", entityId: partnership.id });
    expect(JSON.stringify(events[0]!.data)).not.toContain(token!);

    // The installation administrator is given no role in it.
    expect(await p.user.count({ where: { accountId: installer.id } })).toBe(0);

    expect(await counts()).toEqual({
      ...before,
      partnerships: before.partnerships + 1,
      organisations: before.organisations + 2,
      parties: before.parties + 2,
      agreements: before.agreements + 1,
      terms: before.terms + 1,
      groups: before.groups + 2,
      seats: before.seats + 3,
      thematicAreas: before.thematicAreas + 2,
      people: before.people + 1,
      users: before.users + 1,
      accounts: before.accounts + 1,
      invitations: before.invitations + 1,
      outbox: before.outbox + 1,
      audit: before.audit + 1,
    });
  });

  it("lets the first administrator choose a password with the mailed link and sign in to that partnership only, as its administrator", async () => {
    const state = await acceptInvitation(form({ token: mailedToken, password: "ett långt lösenord", confirmPassword: "ett långt lösenord" }));
    expect(state.status, JSON.stringify(state)).toBe("success");
    const signedIn = await verifyCredentials({ email: "ada.admin@exempelby.example", password: "ett långt lösenord", ip: "192.0.2.20" });
    expect(signedIn.ok).toBe(true);
    const session = await findSessionAccount(signedIn.ok ? signedIn.accountId : "", signedIn.ok ? signedIn.sessionVersion : 0, "a-session");
    expect(session).toMatchObject({ installationAdministrator: false });
    expect(session!.participations.map((participation) => [participation.partnershipSlug, participation.roles])).toEqual([["larande-partnerskap", ["ADMINISTRATOR"]]]);
  });

  it("reports a taken slug, a missing party, notice outside 1–24 months and a group without meetings all at once, and creates nothing", async () => {
    const before = await counts();
    const { state } = await setUp(installer, {
      slug: "Larande-Partnerskap",
      universityName: "",
      noticePeriodMonths: "25",
      steeringGroupMeetingsPerYear: "0",
      workingGroupMeetingsPerYear: "",
      name: "Ett annat partnerskap",
    });
    expect(state).toMatchObject({
      status: "error",
      message: "errors.validation",
      fieldErrors: {
        slug: ["installation.validation.slugTaken"],
        universityName: ["installation.validation.partyMissing"],
        noticePeriodMonths: ["installation.validation.noticeMonths"],
        steeringGroupMeetingsPerYear: ["installation.validation.meetingsPerYear"],
        workingGroupMeetingsPerYear: ["installation.validation.meetingsPerYear"],
      },
    });
    expect(Object.keys(state.fieldErrors).sort()).toEqual(["noticePeriodMonths", "slug", "steeringGroupMeetingsPerYear", "universityName", "workingGroupMeetingsPerYear"]);
    // What was typed comes back, so nothing is lost.
    expect(state.values).toMatchObject({ name: "Ett annat partnerskap", noticePeriodMonths: "25", universityName: "" });
    expect(await counts()).toEqual(before);
  });

  it("also refuses notice of 0 months, and a taken slug alone", async () => {
    const before = await counts();
    expect((await setUp(installer, { slug: "nytt-partnerskap", noticePeriodMonths: "0" })).state.fieldErrors).toEqual({ noticePeriodMonths: ["installation.validation.noticeMonths"] });
    expect((await setUp(installer, { slug: " larande-partnerskap " })).state.fieldErrors).toEqual({ slug: ["installation.validation.slugTaken"] });
    expect(await counts()).toEqual(before);
  });

  it("reuses an organisation by its organisation number: the same municipality in two partnerships is one organisation", async () => {
    const huddinge = { municipalityName: "Huddinge kommun", municipalityOrganisationNumber: "212000-0076" };
    const first = await setUp(installer, { ...huddinge, slug: "huddinge-ett", universityName: "Universitet Ett", universityOrganisationNumber: "202100-0001", adminEmail: "ett@huddinge.test" });
    const second = await setUp(installer, { ...huddinge, slug: "huddinge-tva", universityName: "Universitet Två", universityOrganisationNumber: "202100-0002", adminEmail: "tva@huddinge.test" });
    expect(first.state.status, JSON.stringify(first.state)).toBe("success");
    expect(second.state.status, JSON.stringify(second.state)).toBe("success");

    const organisations = await prisma().organisation.findMany({ where: { organisationNumber: "212000-0076" }, include: { parties: true } });
    expect(organisations).toHaveLength(1);
    expect(organisations[0]!.parties.map((party) => party.partnershipId).sort()).toEqual([first.result!.partnershipId, second.result!.partnershipId].sort());
    // The universities, with numbers of their own, are two organisations.
    expect(await prisma().organisation.count({ where: { organisationNumber: { in: ["202100-0001", "202100-0002"] } } })).toBe(2);
  });

  it("gives an administrator who already has an account access at once and tells them by mail, without a link", async () => {
    const existing = await makeAccount("redan@exempel.test", { passwordHash: "argon2-hash-stand-in" });
    const { state, result } = await setUp(installer, { slug: "med-befintligt-konto", adminEmail: "Redan@Exempel.test", adminName: "Redan Här" });
    expect(state.status, JSON.stringify(state)).toBe("success");
    expect(result!.invited).toBe(false);
    const user = await prisma().user.findUniqueOrThrow({ where: { id: result!.administratorUserId }, include: { invitations: true } });
    expect(user).toMatchObject({ accountId: existing.id, roles: ["ADMINISTRATOR"], partnershipId: result!.partnershipId });
    expect(user.invitations).toEqual([]);
    expect((await prisma().account.findUniqueOrThrow({ where: { id: existing.id } })).passwordHash).toBe("argon2-hash-stand-in");
    const mail = await prisma().outboxMessage.findFirstOrThrow({ where: { partnershipId: result!.partnershipId } });
    expect(mail.toAddress).toBe("redan@exempel.test");
    expect(mail.text).not.toContain("/invitation/");
  });

  it("lists the installation's partnerships for its administrator only: name, slug, created and number of users", async () => {
    const rows = await findInstallationPartnerships(installer);
    expect(rows.map((row) => row.slug)).toEqual(["larande-partnerskap", "huddinge-ett", "huddinge-tva", "med-befintligt-konto"]);
    expect(rows[0]).toMatchObject({ name: "Partnerskap för lärande", nameEn: "Partnership for learning", users: 1 });
    expect(Object.keys(rows[0]!).sort()).toEqual(["createdAt", "id", "name", "nameEn", "slug", "users"]);
    expect(await findInstallationPartnerships({ id: "someone", installationAdministrator: false })).toEqual([]);
  });
});

describe("who may set up a partnership", () => {
  it("refuses a partnership's own administrator, an account without the role and a signed-out visitor, and creates nothing", async () => {
    // The first administrator of the partnership made above, who chose a password: ADMINISTRATOR there, nothing more.
    const partnershipAdmin = await prisma().account.findUniqueOrThrow({
      where: { email: "ada.admin@exempelby.example" },
      select: { id: true, installationAdministrator: true, passwordHash: true, users: { select: { roles: true } } },
    });
    expect(partnershipAdmin.passwordHash).not.toBeNull();
    expect(partnershipAdmin.users.map((user) => user.roles)).toEqual([["ADMINISTRATOR"]]);
    const plain = await makeAccount("vanlig@exempel.test");
    const before = await counts();

    for (const account of [partnershipAdmin, plain]) {
      const { state } = await setUp(account, { slug: "obehorigt-forsok" });
      expect(state).toMatchObject({ status: "error", message: "errors.forbidden", fieldErrors: {} });
    }
    // A session that claims the role the database no longer gives is refused too.
    expect((await setUp({ id: plain.id, installationAdministrator: true }, { slug: "obehorigt-forsok" })).state.message).toBe("errors.forbidden");
    expect((await setUp(null, { slug: "obehorigt-forsok" })).state.message).toBe("errors.signedOut");
    // Not even a taken slug is revealed to them.
    expect((await setUp(plain, { slug: "larande-partnerskap" })).state.fieldErrors).toEqual({});

    expect(await counts()).toEqual(before);
    expect(await prisma().partnership.count({ where: { slug: "obehorigt-forsok" } })).toBe(0);
  });
});
