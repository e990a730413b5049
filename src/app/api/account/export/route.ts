import { exportFileName, exportPersonalData } from "@/features/people/personal-data";
import { hasPermission } from "@/lib/permissions";
import { getActor } from "@/server/auth/session";

export const dynamic = "force-dynamic";

/** The signed-in user's own data as a JSON download; never anyone else's, whatever is asked. */
export async function GET() {
  const actor = await getActor();
  if (!actor || !hasPermission(actor.roles, "account:manage-own")) {
    return Response.json({ error: "unauthorized" }, { status: 401, headers: { "Cache-Control": "no-store" } });
  }
  const now = new Date();
  const data = await exportPersonalData(actor, now);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${exportFileName(now)}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
