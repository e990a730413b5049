import { hash } from "@node-rs/argon2";
import type { PrismaClient } from "@/generated/prisma/client";
import { DEMO_INSTALLATION_ADMINISTRATOR, DEMO_PASSWORD } from "./demo-accounts";

/** The demo's installation administrator: an account with no user in any partnership. */
export async function seedInstallationAdministrator(prisma: PrismaClient): Promise<{ accountId: string }> {
  const account = await prisma.account.create({
    data: { ...DEMO_INSTALLATION_ADMINISTRATOR, passwordHash: await hash(DEMO_PASSWORD), installationAdministrator: true },
    select: { id: true },
  });
  return { accountId: account.id };
}
