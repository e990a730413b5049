import type { Prisma } from "@/generated/prisma/client";

/**
 * Minutes in force, as a query condition: approved, and no approved correction replaces them — the
 * decisionState "inForce" (decision-state.ts) for the database to filter by. What rests on a decision
 * counts, and is public, only under this condition.
 */
export const MINUTES_IN_FORCE: Prisma.MinutesWhereInput = {
  status: "APPROVED",
  OR: [{ correctedBy: { is: null } }, { correctedBy: { is: { status: { not: "APPROVED" } } } }],
};
