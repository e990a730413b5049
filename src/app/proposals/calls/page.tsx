import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { getFormatter, getTranslations } from "@/i18n/server";
import { stockholmParts, stockholmYear } from "@/features/meetings/meeting-time";
import { findCalls } from "@/features/proposals/queries";
import { OpenCallForm, ReopenCallForm } from "@/features/proposals/step-forms";
import { requireActor } from "@/server/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("proposals.calls"))("manageTitle") };
}

/** Calls for proposals, for administrators: open one per year, reopen the latest with a new last day. */
export default async function CallsPage() {
  const actor = await requireActor("/proposals/calls", "proposal:review");
  if (!actor.roles.includes("ADMINISTRATOR")) forbidden();
  const now = new Date();
  const [t, tProposals, format, calls] = [await getTranslations("proposals.calls"), await getTranslations("proposals"), await getFormatter(), await findCalls(actor.partnershipId, now)];
  const day = (date: string) => format.dateTime(new Date(`${date}T12:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  const latest = calls[0];
  const nextYear = Math.max(stockholmYear(now), ...calls.map((call) => call.cycleYear + 1));
  return (
    <div className="max-w-4xl space-y-6">
      <p>
        <Link href="/proposals" className="text-blue-900 underline">
          {tProposals("back")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{t("manageTitle")}</h1>
      <p className="max-w-3xl">{t("manageIntro")}</p>
      {calls.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="mb-2 text-left text-lg font-semibold">{t("caption")}</caption>
            <thead>
              <tr className="border-b-2 border-slate-700">
                <th scope="col" className="py-2 pr-3">{t("columns.cycle")}</th>
                <th scope="col" className="py-2 pr-3">{t("columns.title")}</th>
                <th scope="col" className="py-2 pr-3">{t("columns.opens")}</th>
                <th scope="col" className="py-2 pr-3">{t("columns.deadline")}</th>
                <th scope="col" className="py-2 pr-3">{t("columns.state")}</th>
                <th scope="col" className="py-2 pr-3">{t("columns.proposals")}</th>
              </tr>
            </thead>
            <tbody>
              {calls.map((call) => (
                <tr key={call.id} className="border-b border-slate-300 align-top">
                  <td className="py-2 pr-3">{call.cycleYear}</td>
                  <th scope="row" className="py-2 pr-3 font-normal">
                    <span className="font-semibold">{call.title}</span>
                    {call.reopenedAt && call.reopenReason ? (
                      <span className="mt-1 block text-sm">{t("reopened", { date: format.dateTime(call.reopenedAt, { dateStyle: "medium" }), reason: call.reopenReason })}</span>
                    ) : null}
                  </th>
                  <td className="py-2 pr-3 whitespace-nowrap">{day(stockholmParts(call.opensAt).date)}</td>
                  <td className="py-2 pr-3 whitespace-nowrap">{day(call.deadlineDay)}</td>
                  <td className="py-2 pr-3">{call.open ? t("stateOpen") : call.opensAt > now ? t("stateUpcoming") : t("stateClosed")}</td>
                  <td className="py-2 pr-3">{t("proposalCount", { count: call.proposalCount })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {latest ? (
        <section aria-label={t("reopenForm.summary")}>
          <ReopenCallForm callId={latest.id} version={latest.version} title={latest.title} />
        </section>
      ) : null}
      <OpenCallForm defaultYear={nextYear} today={stockholmParts(now).date} />
    </div>
  );
}
