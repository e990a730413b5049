import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "@/i18n/server";
import { ProposalForm } from "@/features/proposals/proposal-form";
import { getProposalFormOptions } from "@/features/proposals/queries";
import { requireActor } from "@/server/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("proposals"))("newTitle") };
}

/** A new proposal. The submission key is made here, once per rendering of the form: sending it twice creates one proposal. */
export default async function NewProposalPage() {
  const actor = await requireActor("/proposals/new", "proposal:create");
  const [t, format, options] = [await getTranslations("proposals"), await getFormatter(), await getProposalFormOptions(actor.partnershipId)];
  const call = options.openCall;
  const callNote = call ? t("form.callOpen", { title: call.title, date: format.dateTime(new Date(`${call.deadlineDay}T12:00:00Z`), { dateStyle: "long", timeZone: "UTC" }) }) : null;
  return (
    <div className="space-y-6">
      <p>
        <Link href="/proposals" className="text-blue-900 underline">
          {t("back")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{t("newTitle")}</h1>
      <p className="max-w-3xl">{t("newIntro")}</p>
      <ProposalForm
        mode={{ kind: "create", submissionKey: randomUUID() }}
        values={{
          title: "",
          problem: "",
          focusArea: "",
          thematicAreaIds: [],
          dimensions: [],
          expectedResults: "",
          followUp: "",
          unitIds: [],
          periodStartYear: call ? String(call.cycleYear + 1) : "",
          periodEndYear: "",
          resources: "",
          contactName: actor.name,
          contactEmail: actor.email,
        }}
        thematicAreas={options.thematicAreas}
        units={options.units}
        callNote={callNote}
      />
    </div>
  );
}
