import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "@/i18n/server";
import { DecisionRegister } from "@/features/minutes/decision-register";
import { findDecisions, findPublicDecisions, findRegisterYears } from "@/features/minutes/queries";
import { parseRegisterParams } from "@/features/minutes/register-filter";
import { hasPermission } from "@/lib/permissions";
import { getActor } from "@/server/auth/session";
import { forbidden } from "next/navigation";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("minutes.register"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// Public: the decisions of adjusted minutes are public records, so visitors read the register too
// (those decisions only). Signed-in users see what their memberships let them, drafts included.
export default async function DecisionsPage({ searchParams }: Props) {
  await connection();
  const { filter, page } = parseRegisterParams(await searchParams);
  const actor = await getActor();
  if (!actor) {
    const found = await findPublicDecisions(filter, page);
    const years = found.partnershipId ? await findRegisterYears(found.partnershipId, { inForceOnly: true }) : [];
    return <DecisionRegister rows={found.rows} hasMore={found.hasMore} filter={filter} page={page} years={years} />;
  }
  if (!hasPermission(actor.roles, "partnership:view")) forbidden();
  const [{ rows, hasMore }, years] = await Promise.all([findDecisions(actor, filter, page), findRegisterYears(actor.partnershipId)]);
  return <DecisionRegister rows={rows} hasMore={hasMore} filter={filter} page={page} years={years} />;
}
