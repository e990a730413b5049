import type { Prisma, PartyType } from "@/generated/prisma/client";

/**
 * The installation's register entry for an organisation: the one with the organisation number when
 * there is one already (Huddinge kommun signing a second partnership is the same organisation),
 * otherwise a new entry.
 */
export async function organisationFor(
  tx: Pick<Prisma.TransactionClient, "organisation">,
  organisation: { type: PartyType; name: string; organisationNumber: string | null },
): Promise<{ id: string }> {
  if (organisation.organisationNumber) {
    return tx.organisation.upsert({
      where: { organisationNumber: organisation.organisationNumber },
      create: organisation,
      update: {},
      select: { id: true },
    });
  }
  return tx.organisation.create({ data: organisation, select: { id: true } });
}
