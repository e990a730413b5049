import { hash } from "@node-rs/argon2";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { grantAccess } from "@/server/auth/accounts";
import { DEMO_PASSWORD, DEMO_STEERING_GROUP_ACCOUNTS } from "./demo-accounts";
import { seedDemoMeetings } from "./demo-meetings";
import { seedDemoMinutes } from "./demo-minutes";
import { seedDemoPlans } from "./demo-plans";
import { seedDemoProposals } from "./demo-proposals";

/**
 * The partnership's work, on top of the demo partnership: several years of meetings with their
 * minutes and decisions, the calls for proposals that gave each year its priority areas, each
 * year's adopted activity plan with follow-ups and results, this year's in progress, and next
 * year's draft. Kept apart from seedDemoPartnership so that integration tests start from the
 * partnership alone and create the meetings (and accounts) they need themselves.
 */
export async function seedDemoWork(prisma: PrismaClient, partnershipId: string): Promise<void> {
  const passwordHash = await hash(DEMO_PASSWORD);
  await prisma.$transaction(
    async (tx) => {
      await seedSteeringGroupAccounts(tx, partnershipId, passwordHash);
      // Meetings first: the minutes are written for the meetings this step marked held, and the
      // proposals refer to the decisions in those minutes.
      await seedDemoMeetings(tx, { partnershipId });
      await seedDemoMinutes(tx, { partnershipId });
      await seedDemoProposals(tx, { partnershipId });
      // Last: the plans refer to the minutes' decisions and to the priority areas of the proposals.
      await seedDemoPlans(tx, { partnershipId });
    },
    { timeout: 120_000 },
  );
}

async function seedSteeringGroupAccounts(tx: Prisma.TransactionClient, partnershipId: string, passwordHash: string): Promise<void> {
  for (const account of DEMO_STEERING_GROUP_ACCOUNTS) {
    const person = await tx.person.findFirstOrThrow({ where: { partnershipId, name: account.person }, select: { id: true } });
    await grantAccess(tx, { partnershipId, personId: person.id, email: account.email, name: account.person, roles: [account.role], passwordHash });
  }
}
