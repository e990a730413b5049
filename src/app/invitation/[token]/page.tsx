import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "@/i18n/server";
import { AcceptInvitationForm } from "@/features/people/accept-invitation-form";
import { getInvitationForPage } from "@/features/people/queries";

// The token is in the address: keep it out of Referer headers and search engines.
export async function generateMetadata(): Promise<Metadata> {
  return {
    title: (await getTranslations("people.invitation"))("title"),
    referrer: "no-referrer",
    robots: { index: false, follow: false },
  };
}

type Props = { params: Promise<{ token: string }> };

/** Public: an invited person sets their password here. Nothing about them shows for a bad link. */
export default async function InvitationPage({ params }: Props) {
  const { token } = await params;
  const [invitation, t, tAll] = await Promise.all([getInvitationForPage(token), getTranslations("people.invitation"), getTranslations()]);
  return (
    <div className="max-w-md">
      <h1 id="invitation-heading" className="mb-2 text-3xl font-bold">
        {t("title")}
      </h1>
      {invitation.usable ? (
        <>
          <p className="mb-6">{t("intro", { name: invitation.name })}</p>
          <AcceptInvitationForm token={token} />
        </>
      ) : (
        <>
          <p role="alert" className="mb-6 rounded border-4 border-red-700 p-4 font-semibold">
            {tAll(invitation.reason)}
          </p>
          <Link href="/sign-in" className="font-semibold text-blue-900 underline">
            {t("toSignIn")}
          </Link>
        </>
      )}
    </div>
  );
}
