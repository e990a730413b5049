import "server-only";
import { getPublicSummaries, type PublicSummary } from "@/features/agreement/queries";
import { stockholmYear } from "@/features/meetings/meeting-time";
import { getPartnershipOverview, type PartnershipOverview } from "@/features/partnership/queries";
import type { RegisterEntry } from "@/features/priority-areas/register";
import { findPublicRegister } from "@/features/priority-areas/queries";
import type { PublishedResult } from "@/features/results/open-data";
import { findPublicResults } from "@/features/results/queries";
import { db } from "@/server/db";

/**
 * The public start page (issue #14, item 1): for each partnership in the installation, only what
 * is public — the partnership, its parties, its groups' current members (names, roles and titles of
 * officials), the priority areas decided in force for the year, the latest published results and
 * the agreement's public summary. Each piece comes from the public query that already serves its
 * own public page, so nothing unpublished can reach this one by another road.
 */

export const LATEST_RESULTS = 5;

export type PublicStartPage = {
  year: number;
  /** For the open-data links. */
  slug: string;
  overview: PartnershipOverview;
  agreement: PublicSummary | null;
  priorityAreas: RegisterEntry[];
  latestResults: PublishedResult[];
};

export async function findPublicStartPages(now: Date = new Date()): Promise<PublicStartPage[]> {
  const prisma = await db();
  const year = stockholmYear(now);
  const [partnerships, summaries, registers, results] = await Promise.all([
    prisma.partnership.findMany({ orderBy: { createdAt: "asc" }, select: { id: true, name: true, slug: true } }),
    getPublicSummaries(now),
    findPublicRegister(),
    findPublicResults(),
  ]);
  const overviews = await Promise.all(partnerships.map((partnership) => getPartnershipOverview(partnership.id, now)));
  return partnerships.map((partnership, index) => {
    const overview = overviews[index]!;
    return {
      year,
      slug: partnership.slug,
      // Former members are history the signed-in organisation chart keeps; the public page names who serves now.
      overview: { ...overview, groups: overview.groups.map((group) => ({ ...group, former: [] })) },
      agreement: summaries.find((summary) => summary.partnershipName === partnership.name) ?? null,
      priorityAreas: registers.find((register) => register.partnershipName === partnership.name)?.years.find((entry) => entry.year === year)?.entries ?? [],
      latestResults: (results.find((entry) => entry.partnershipName === partnership.name)?.results ?? []).slice(0, LATEST_RESULTS),
    };
  });
}
