import { cookies } from "next/headers";
import { buildTemplate } from "@/features/import/template";
import { db } from "@/server/db";
import { LOCALE_COOKIE, resolveLocale } from "@/i18n/locales";
import { hasPermission } from "@/lib/permissions";
import { getActor } from "@/server/auth/session";

/**
 * The example import file, for administrators: UTF-8 with a byte-order mark so that Excel reads
 * å, ä and ö right, with the partnership's own names in the example rows.
 */
export async function GET(): Promise<Response> {
  const actor = await getActor();
  if (!actor) return new Response(null, { status: 401 });
  if (!hasPermission(actor.roles, "membership:manage")) return new Response(null, { status: 403 });

  const locale = resolveLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  const prisma = await db();
  const [area, municipalityUnit, universityUnit] = await Promise.all([
    prisma.thematicArea.findFirst({
      where: { partnershipId: actor.partnershipId },
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
      select: { name: true },
    }),
    prisma.organisationalUnit.findFirst({
      where: { party: { partnershipId: actor.partnershipId, type: "MUNICIPALITY" } },
      orderBy: { name: "asc" },
      select: { name: true },
    }),
    prisma.organisationalUnit.findFirst({
      where: { party: { partnershipId: actor.partnershipId, type: "UNIVERSITY" } },
      orderBy: { name: "asc" },
      select: { name: true },
    }),
  ]);
  const today = new Date();
  const startDate = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 1, 1)).toISOString().slice(0, 10);
  const csv = buildTemplate(locale, {
    areaName: area?.name ?? null,
    municipalityUnit: municipalityUnit?.name ?? null,
    universityUnit: universityUnit?.name ?? null,
    startDate,
  });
  const fileName = locale === "sv" ? "samverkan-import-mall.csv" : "samverkan-import-template.csv";
  return new Response(`\uFEFF${csv}`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
