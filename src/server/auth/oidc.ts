import type { OIDCConfig } from "next-auth/providers";

export const OIDC_PROVIDER_ID = "oidc";

type OidcProfile = { sub: string; email?: string; preferred_username?: string; name?: string };

/**
 * A generic OpenID Connect provider (e.g. a municipality's Microsoft Entra ID), switched on by
 * AUTH_OIDC_ISSUER, AUTH_OIDC_CLIENT_ID and AUTH_OIDC_CLIENT_SECRET. Its discovery document is
 * fetched only when someone uses it, never at build or start.
 */
export function oidcProviderFromEnv(env: NodeJS.ProcessEnv = process.env): OIDCConfig<OidcProfile> | null {
  const issuer = env.AUTH_OIDC_ISSUER?.trim();
  const clientId = env.AUTH_OIDC_CLIENT_ID?.trim();
  const clientSecret = env.AUTH_OIDC_CLIENT_SECRET?.trim();
  if (!issuer || !clientId || !clientSecret) return null;
  return {
    id: OIDC_PROVIDER_ID,
    name: env.AUTH_OIDC_NAME?.trim() || "OIDC",
    type: "oidc",
    issuer,
    clientId,
    clientSecret,
    authorization: { params: { scope: "openid email profile" } },
    profile(profile) {
      return { id: profile.sub, email: profile.email ?? profile.preferred_username ?? null, name: profile.name ?? null };
    },
  };
}

export function isOidcEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return oidcProviderFromEnv(env) !== null;
}
