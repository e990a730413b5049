import "server-only";
import { db } from "@/server/db";
import type { InstallationAccount } from "@/server/actions/installation-action";

export type InstallationPartnershipRow = { id: string; name: string; nameEn: string | null; slug: string; createdAt: Date; users: number };

/**
 * The installation's partnerships as its administrator sees them: name, slug, when created and
 * how many active users each has — nothing of their content. Empty for any other account.
 */
export async function findInstallationPartnerships(account: InstallationAccount): Promise<InstallationPartnershipRow[]> {
  if (!account.installationAdministrator) return [];
  const prisma = await db();
  const [partnerships, users] = await Promise.all([
    prisma.partnership.findMany({ orderBy: [{ createdAt: "asc" }, { slug: "asc" }], select: { id: true, name: true, nameEn: true, slug: true, createdAt: true } }),
    prisma.user.groupBy({ by: ["partnershipId"], where: { active: true, accountId: { not: null } }, _count: { _all: true } }),
  ]);
  const counts = new Map(users.map((row) => [row.partnershipId, row._count._all]));
  return partnerships.map((partnership) => ({ ...partnership, users: counts.get(partnership.id) ?? 0 }));
}
