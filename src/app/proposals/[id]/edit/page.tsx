import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "@/i18n/server";
import { ProposalForm } from "@/features/proposals/proposal-form";
import { getDraftForEdit, getProposalFormOptions } from "@/features/proposals/queries";
import { requireActor } from "@/server/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("proposals"))("editTitle") };
}

type Props = { params: Promise<{ id: string }> };

/** The author's draft, edited and saved again or submitted; the form carries the version it shows. */
export default async function EditProposalPage({ params }: Props) {
  const { id } = await params;
  const actor = await requireActor(`/proposals/${encodeURIComponent(id)}/edit`, "proposal:create");
  const draft = await getDraftForEdit(actor, id);
  if (!draft) notFound();
  const [t, format, options] = [await getTranslations("proposals"), await getFormatter(), await getProposalFormOptions(actor.partnershipId)];
  const call = options.openCall;
  const callNote = call ? t("form.callOpen", { title: call.title, date: format.dateTime(new Date(`${call.deadlineDay}T12:00:00Z`), { dateStyle: "long", timeZone: "UTC" }) }) : null;
  return (
    <div className="space-y-6">
      <p>
        <Link href={`/proposals/${draft.id}`} className="text-blue-900 underline">
          {t("backToProposal")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{t("editTitle")}</h1>
      <ProposalForm
        mode={{ kind: "edit", proposalId: draft.id, version: draft.version }}
        values={{
          title: draft.title,
          problem: draft.problem,
          focusArea: draft.focusArea ?? "",
          thematicAreaIds: draft.thematicAreas.map((area) => area.id),
          dimensions: draft.dimensions,
          expectedResults: draft.expectedResults,
          followUp: draft.followUp,
          unitIds: draft.units.map((unit) => unit.id),
          periodStartYear: draft.periodStartYear ? String(draft.periodStartYear) : "",
          periodEndYear: draft.periodEndYear ? String(draft.periodEndYear) : "",
          resources: draft.resources,
          contactName: draft.contactName,
          contactEmail: draft.contactEmail,
        }}
        thematicAreas={options.thematicAreas}
        units={options.units}
        callNote={callNote}
      />
    </div>
  );
}
