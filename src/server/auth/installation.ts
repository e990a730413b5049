import "server-only";
import { forbidden, redirect } from "next/navigation";
import { getSessionAccount } from "./session";

export type InstallationAdministrator = NonNullable<Awaited<ReturnType<typeof getSessionAccount>>>;

/**
 * For the installation's pages: the signed-in installation administrator. Signed-out visitors go to
 * the sign-in page and come back; any other account gets a 403, as a partnership page answers a
 * user without the permission (requireActor). Being one gives no access to a partnership's content.
 */
export async function requireInstallationAdministrator(returnTo: string): Promise<InstallationAdministrator> {
  const account = await getSessionAccount();
  if (!account) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (!account.installationAdministrator) forbidden();
  return account;
}
