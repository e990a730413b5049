import { hash } from "@node-rs/argon2";
import { describe, expect, it } from "vitest";
import { accountNeedsPassword, makeInstallationAdministrator } from "@/server/auth/installation-administrators";
import { verifyCredentials } from "@/server/auth/verify-credentials";
import { prisma } from "./installation-fixtures";

/** Issue #15, item 4: what `npm run installation:admin` does to the database. */
describe("making an installation administrator", () => {
  it("creates the account with the password given; it signs in with no partnership at all", async () => {
    expect(await accountNeedsPassword(prisma(), "inst@example.test")).toBe(true);
    const outcome = await makeInstallationAdministrator(prisma(), { email: "inst@example.test", name: "Inst", passwordHash: await hash("ett långt lösenord") });
    expect(outcome).toMatchObject({ created: true, passwordSet: true, alreadyAdministrator: false });
    expect(await accountNeedsPassword(prisma(), "inst@example.test")).toBe(false);
    expect(await prisma().user.count({ where: { accountId: outcome.accountId } })).toBe(0);
    expect(await verifyCredentials({ email: "inst@example.test", password: "ett långt lösenord", ip: "192.0.2.10" })).toMatchObject({ ok: true, accountId: outcome.accountId });
    const event = await prisma().auditEvent.findFirstOrThrow({ where: { action: "account.installation_administrator_granted", entityId: outcome.accountId } });
    expect(event).toMatchObject({ partnershipId: null, actorUserId: null, entityType: "Account" });
  });

  it("gives an existing account the role without touching its password, and does nothing the second time", async () => {
    const existing = await prisma().account.create({ data: { email: "finns@example.test", name: "Finns", passwordHash: "stand-in-hash" } });
    const first = await makeInstallationAdministrator(prisma(), { email: "finns@example.test", name: "Annat namn", passwordHash: "another-hash" });
    expect(first).toEqual({ accountId: existing.id, created: false, passwordSet: false, alreadyAdministrator: false });
    expect(await prisma().account.findUniqueOrThrow({ where: { id: existing.id } })).toMatchObject({ installationAdministrator: true, passwordHash: "stand-in-hash", name: "Finns" });
    const events = () => prisma().auditEvent.count({ where: { entityId: existing.id } });
    expect(await events()).toBe(1);
    expect(await makeInstallationAdministrator(prisma(), { email: "finns@example.test", name: "Finns", passwordHash: null })).toMatchObject({ alreadyAdministrator: true });
    expect(await events()).toBe(1);
  });
});
