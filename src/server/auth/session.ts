import "server-only";
import { cache } from "react";
import { forbidden, redirect } from "next/navigation";
import { hasPermission, type Permission } from "@/lib/permissions";
import type { Actor } from "./actor";
import { auth } from "./index";

/** The signed-in user, or null. Cached per request, so a page and its parts check once. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  const user = session?.user;
  if (!user?.id) return null;
  return {
    userId: user.id,
    personId: user.personId,
    partnershipId: user.partnershipId,
    name: user.name,
    email: user.email,
    roles: user.roles,
  };
});

/**
 * For pages: the signed-in user, holding `permission` if one is given. Signed-out visitors go to
 * the sign-in page and come back; signed-in users without the permission get a 403.
 */
export async function requireActor(returnTo: string, permission?: Permission): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (permission && !hasPermission(actor.roles, permission)) forbidden();
  return actor;
}
