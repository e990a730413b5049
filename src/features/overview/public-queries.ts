import "server-only";
import { getPublicSummaries, type PublicSummary } from "@/features/agreement/queries";
import { stockholmYear } from "@/features/meetings/meeting-time";
import { getPartnershipOverview, listPartnerships, type PartnershipListing, type PartnershipOverview } from "@/features/partnership/queries";
import { choosePartnership } from "@/lib/partnership-choice";
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

/**
 * The public start page of one partnership: the one chosen (by slug) when it exists, otherwise the
 * oldest. Only that partnership's page is put together; the others are listed by name.
 */
export async function findPublicStartPage(chosenSlug: string | null, now: Date = new Date()): Promise<{ page: PublicStartPage | null; partnerships: PartnershipListing[] }> {
  const partnerships = await listPartnerships();
  const chosen = choosePartnership(
    partnerships.map((partnership) => ({ ...partnership, partnershipSlug: partnership.slug })),
    chosenSlug,
  );
  if (!chosen) return { page: null, partnerships };
  const [page] = await findPublicStartPages(now, chosen.slug);
  return { page: page ?? null, partnerships };
}

/** The public start pages of every partnership (or of the one with `onlySlug`), oldest first. */
export async function findPublicStartPages(now: Date = new Date(), onlySlug?: string): Promise<PublicStartPage[]> {
  const prisma = await db();
  const year = stockholmYear(now);
  const [partnerships, summaries, registers, results] = await Promise.all([
    prisma.partnership.findMany({ where: onlySlug ? { slug: onlySlug } : {}, orderBy: { createdAt: "asc" }, select: { id: true, name: true, slug: true } }),
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
