import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { securityHeaders } from "./src/lib/http/security-headers";
import { SERVER_ACTION_BODY_LIMIT_BYTES } from "./src/lib/uploads/upload-limits";

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // PGlite loads its WASM and data files from its own package folder at run time; bundling it
  // breaks the first query. argon2 is a native addon. ical-timezones reads its VTIMEZONE files
  // next to its own __dirname, which bundling rewrites (the .ics files then lack the VTIMEZONE).
  // pdfkit loads its standard fonts' metrics through its own package imports at run time.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@node-rs/argon2", "@touch4it/ical-timezones", "pdfkit"],
  // forbidden() answers 403 with app/forbidden.tsx when a signed-in user lacks a permission.
  experimental: {
    authInterrupts: true,
    // Follows the upload limits (src/lib/uploads/upload-limits.ts): the CSV import's file, twice.
    serverActions: { bodySizeLimit: SERVER_ACTION_BODY_LIMIT_BYTES },
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders(process.env.NODE_ENV === "production") }];
  },
};

export default withNextIntl(nextConfig);
