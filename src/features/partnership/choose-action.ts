"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { PARTNERSHIP_COOKIE } from "@/lib/partnership-choice";
import { getSessionAccount } from "@/server/auth/session";
import { partnershipExists } from "./queries";

const SLUG_MAX = 100;

/**
 * Chooses the partnership this browser works in (signed in: one of the account's; signed out: any,
 * for its public page). A preference, not a record: kept in a cookie for a year, readable by the
 * page's own script so that a form can say which partnership it was opened in
 * (src/components/forms/partnership-field.tsx). Anything else leaves the choice as it was.
 */
export async function choosePartnershipAction(formData: FormData): Promise<void> {
  const slug = String(formData.get("partnership") ?? "").slice(0, SLUG_MAX + 1);
  const account = await getSessionAccount();
  const allowed =
    slug.length > 0 &&
    slug.length <= SLUG_MAX &&
    (account ? account.participations.some((participation) => participation.partnershipSlug === slug) : await partnershipExists(slug));
  if (!allowed) redirect("/");
  (await cookies()).set(PARTNERSHIP_COOKIE, slug, {
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
    sameSite: "lax",
    httpOnly: false,
    secure: process.env.NODE_ENV === "production" && process.env.AUTH_URL?.startsWith("https://") === true,
  });
  redirect("/?notice=partnershipChoice.chosen");
}
