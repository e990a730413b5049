import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { hasPermission, type Permission } from "@/lib/permissions";
import { choosePartnership, PARTNERSHIP_COOKIE } from "@/lib/partnership-choice";
import type { Actor } from "./actor";
import { auth } from "./index";

/** The signed-in account with its partnerships, or null. Cached per request. */
export const getSessionAccount = cache(async () => {
  const session = await auth();
  return session?.user?.id ? session.user : null;
});

/** The slug of the partnership this browser chose, if any (a preference; checked against what is offered). */
export const chosenPartnershipSlug = cache(async (): Promise<string | null> => (await cookies()).get(PARTNERSHIP_COOKIE)?.value ?? null);

/**
 * The signed-in user inside the chosen partnership (the oldest of theirs when none is chosen), or
 * null: signed out, or an account with no partnership (the installation administrator). Cached per
 * request, so a page and its parts check once.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const account = await getSessionAccount();
  if (!account) return null;
  // The choice matters only to an account in several partnerships; the others need no cookie read.
  const chosen = account.participations.length > 1 ? await chosenPartnershipSlug() : null;
  const participation = choosePartnership(account.participations, chosen);
  if (!participation) return null;
  return {
    userId: participation.userId,
    accountId: account.id,
    personId: participation.personId,
    partnershipId: participation.partnershipId,
    name: participation.name,
    email: account.email,
    roles: participation.roles,
    groupRolesToday: participation.groupRolesToday,
  };
});

/**
 * For pages: the signed-in user, holding `permission` if one is given. Signed-out visitors go to
 * the sign-in page and come back; signed-in users without the permission get a 403, and so does an
 * account with no partnership.
 */
export async function requireActor(returnTo: string, permission?: Permission): Promise<Actor> {
  const actor = await getActor();
  if (!actor) {
    if (await getSessionAccount()) forbidden();
    redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  }
  if (permission && !hasPermission(actor.roles, permission)) forbidden();
  return actor;
}
