import type { PrismaClient } from "@/generated/prisma/client";
import { seedDemoMeetings } from "./demo-meetings";
import { seedDemoMinutes } from "./demo-minutes";
import { seedDemoPlans } from "./demo-plans";
import { seedDemoProposals } from "./demo-proposals";

/**
 * The partnership's work, on top of the demo partnership: meetings of last year and this year,
 * their minutes and decisions, a call for proposals with proposals in every state, and the
 * activity plans of this year (adopted, followed up, with results) and next year (a draft). Kept
 * apart from seedDemoPartnership so that integration tests start from the partnership alone and
 * create the meetings they need themselves.
 */
export async function seedDemoWork(prisma: PrismaClient, partnershipId: string): Promise<void> {
  await prisma.$transaction(
    async (tx) => {
      // Meetings first: the minutes are written for the meetings this step marked held, and the
      // proposals refer to the decisions in those minutes.
      await seedDemoMeetings(tx, { partnershipId });
      await seedDemoMinutes(tx, { partnershipId });
      await seedDemoProposals(tx, { partnershipId });
      // Last: the plans refer to the minutes' decisions and to the priority areas of the proposals.
      await seedDemoPlans(tx, { partnershipId });
    },
    { timeout: 60_000 },
  );
}
