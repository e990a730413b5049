import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // PGlite loads its WASM and data files from its own package folder at run time; bundling it
  // breaks the first query. argon2 is a native addon.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@node-rs/argon2"],
  // forbidden() answers 403 with app/forbidden.tsx when a signed-in user lacks a permission.
  experimental: { authInterrupts: true },
};

export default withNextIntl(nextConfig);
