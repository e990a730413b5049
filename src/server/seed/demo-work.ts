import type { PrismaClient } from "@/generated/prisma/client";
import { seedDemoMeetings } from "./demo-meetings";
import { seedDemoMinutes } from "./demo-minutes";
import { seedDemoProposals } from "./demo-proposals";

/**
 * The partnership's work, on top of the demo partnership: meetings of last year and this year,
 * their minutes and decisions, and a call for proposals with proposals in every state. Kept apart
 * from seedDemoPartnership so that integration tests start from the partnership alone and create
 * the meetings they need themselves.
 */
export async function seedDemoWork(prisma: PrismaClient, partnershipId: string): Promise<void> {
  await prisma.$transaction(
    async (tx) => {
      // Meetings first: the minutes are written for the meetings this step marked held, and the
      // proposals refer to the decisions in those minutes.
      await seedDemoMeetings(tx, { partnershipId });
      await seedDemoMinutes(tx, { partnershipId });
      await seedDemoProposals(tx, { partnershipId });
    },
    { timeout: 60_000 },
  );
}
