import type { PrismaClient } from "@/generated/prisma/client";
import { seedDemoPartnership } from "@/server/seed/demo-partnership";
import { seedSecondDemoPartnership } from "@/server/seed/demo-second-partnership";
import { seedBenchHistory, type BenchSizes } from "./bench-seed";

export type BenchPartnership = { partnershipId: string; sizes: BenchSizes };

/**
 * The bench's database (issue #15, item 6): the two demo partnerships with ten years of history
 * each, so that one partnership's pages are measured with another of the same size beside it. The
 * first is the one measured: the oldest, every account's default.
 */
export async function seedBenchPartnerships(prisma: PrismaClient, { year }: { year: number }): Promise<{ measured: BenchPartnership; other: BenchPartnership }> {
  const { partnershipId } = await seedDemoPartnership(prisma);
  const sizes = await seedBenchHistory(prisma, { partnershipId, year });
  const { partnershipId: otherId } = await seedSecondDemoPartnership(prisma);
  const otherSizes = await seedBenchHistory(prisma, { partnershipId: otherId, year });
  return { measured: { partnershipId, sizes }, other: { partnershipId: otherId, sizes: otherSizes } };
}
