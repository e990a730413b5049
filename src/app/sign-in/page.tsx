import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "@/i18n/server";
import { signInWithOidcAction } from "@/features/auth/actions";
import { safeCallbackPath } from "@/features/auth/safe-callback";
import { SignInForm } from "@/features/auth/sign-in-form";
import { getActor } from "@/server/auth/session";
import { oidcProviderFromEnv } from "@/server/auth/oidc";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signIn"))("title") };
}

type Props = { searchParams: Promise<{ callbackUrl?: string | string[]; error?: string | string[] }> };

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(typeof params.callbackUrl === "string" ? params.callbackUrl : null);
  if (await getActor()) redirect(callbackUrl);

  const t = await getTranslations("signIn");
  const oidc = oidcProviderFromEnv();
  const oidcRefused = params.error === "AccessDenied";

  return (
    <div className="max-w-md">
      <h1 className="mb-2 text-3xl font-bold">{t("title")}</h1>
      <p className="mb-6">{t("intro")}</p>
      {oidcRefused ? (
        <p role="alert" className="mb-6 rounded border-4 border-red-700 p-4 font-semibold">
          {t("oidcRefused")}
        </p>
      ) : null}
      <SignInForm callbackUrl={callbackUrl} />
      {oidc ? (
        <form action={signInWithOidcAction} className="mt-8 border-t border-slate-300 pt-6">
          <p className="mb-3">{t("or")}</p>
          <input type="hidden" name="callbackUrl" value={callbackUrl} />
          <button type="submit" className="rounded border-2 border-blue-800 px-5 py-2 font-semibold text-blue-900">
            {t("withOidc", { provider: oidc.name })}
          </button>
        </form>
      ) : null}
    </div>
  );
}
