import { describe, expect, it } from "vitest";
import { isOidcEnabled, oidcProviderFromEnv } from "./oidc";

const complete = {
  AUTH_OIDC_ISSUER: "https://login.microsoftonline.com/tenant/v2.0",
  AUTH_OIDC_CLIENT_ID: "client",
  AUTH_OIDC_CLIENT_SECRET: "secret",
  AUTH_OIDC_NAME: "Huddinge kommun",
} as unknown as NodeJS.ProcessEnv;

describe("the organisation's OIDC sign-in", () => {
  it("is off unless issuer, client id and secret are all set", () => {
    expect(isOidcEnabled({} as unknown as NodeJS.ProcessEnv)).toBe(false);
    expect(isOidcEnabled({ ...complete, AUTH_OIDC_CLIENT_SECRET: " " })).toBe(false);
    expect(isOidcEnabled({ ...complete, AUTH_OIDC_ISSUER: undefined })).toBe(false);
  });

  it("is a generic OIDC provider named after the organisation when configured", () => {
    const provider = oidcProviderFromEnv(complete);
    expect(provider).toMatchObject({ id: "oidc", type: "oidc", name: "Huddinge kommun", issuer: complete.AUTH_OIDC_ISSUER, clientId: "client" });
  });

  it("takes the e-mail from the profile, or the preferred user name Entra ID sends", () => {
    const provider = oidcProviderFromEnv(complete)!;
    const profile = provider.profile!;
    expect(profile({ sub: "1", email: "a@huddinge.se", name: "A" }, {} as never)).toMatchObject({ id: "1", email: "a@huddinge.se" });
    expect(profile({ sub: "2", preferred_username: "b@huddinge.se" }, {} as never)).toMatchObject({ id: "2", email: "b@huddinge.se" });
  });
});
