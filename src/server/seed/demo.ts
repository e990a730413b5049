import type { PrismaClient } from "@/generated/prisma/client";
import { seedInstallationAdministrator } from "./demo-installation";
import { seedDemoPartnership } from "./demo-partnership";
import { seedSecondDemoPartnership } from "./demo-second-partnership";
import { seedSecondDemoWork } from "./demo-second-work";
import { seedDemoWork } from "./demo-work";

/**
 * The whole demo, as `npm start`, `npm run db:seed` and the end-to-end tests get it: the first
 * partnership with its years of work, then the second (younger, so the first stays everyone's
 * default) and the installation administrator. On an empty database only.
 */
export async function seedDemo(prisma: PrismaClient): Promise<{ partnershipId: string; secondPartnershipId: string }> {
  const { partnershipId } = await seedDemoPartnership(prisma);
  await seedDemoWork(prisma, partnershipId);
  const { partnershipId: secondPartnershipId } = await seedSecondDemoPartnership(prisma);
  await seedSecondDemoWork(prisma, secondPartnershipId);
  await seedInstallationAdministrator(prisma);
  return { partnershipId, secondPartnershipId };
}
