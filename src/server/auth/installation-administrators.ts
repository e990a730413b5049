import type { PrismaClient } from "@/generated/prisma/client";

/**
 * Making an account the installation's administrator, for the operator's script
 * (scripts/installation-admin.ts): there is no one in the application who could grant it. The
 * account is the one for the e-mail address (made when missing); a password is set only where the
 * account has none, never replaced. Audited with no actor: it was done at the server.
 */
export async function makeInstallationAdministrator(
  prisma: PrismaClient,
  input: { email: string; name: string; passwordHash: string | null },
): Promise<{ accountId: string; created: boolean; passwordSet: boolean; alreadyAdministrator: boolean }> {
  return prisma.$transaction(async (tx) => {
    const existing = await tx.account.findUnique({ where: { email: input.email }, select: { id: true, passwordHash: true, installationAdministrator: true } });
    const passwordSet = !existing?.passwordHash && input.passwordHash !== null;
    const account = existing
      ? await tx.account.update({
          where: { id: existing.id },
          data: { installationAdministrator: true, ...(passwordSet ? { passwordHash: input.passwordHash } : {}) },
          select: { id: true },
        })
      : await tx.account.create({ data: { email: input.email, name: input.name, passwordHash: input.passwordHash, installationAdministrator: true }, select: { id: true } });
    if (!existing?.installationAdministrator || passwordSet) {
      await tx.auditEvent.create({
        data: {
          partnershipId: null,
          actorUserId: null,
          actorAccountId: null,
          action: "account.installation_administrator_granted",
          entityType: "Account",
          entityId: account.id,
          data: { before: { exists: Boolean(existing), installationAdministrator: existing?.installationAdministrator ?? false }, after: { installationAdministrator: true, passwordSet } },
        },
      });
    }
    return { accountId: account.id, created: !existing, passwordSet, alreadyAdministrator: existing?.installationAdministrator ?? false };
  });
}

/** Whether the account for an address still needs a password (it is missing, or has none). */
export async function accountNeedsPassword(prisma: PrismaClient, email: string): Promise<boolean> {
  const account = await prisma.account.findUnique({ where: { email }, select: { passwordHash: true } });
  return !account?.passwordHash;
}
