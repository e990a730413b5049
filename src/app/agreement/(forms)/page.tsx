import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "@/i18n/server";
import { AgreementView } from "@/features/agreement/agreement-view";
import { calculateNotice } from "@/features/agreement/notice-calculator";
import { getAgreementPage, getAgreementViewer, getSignatoryCandidates } from "@/features/agreement/queries";
import { requireActor } from "@/server/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("agreement"))("title") };
}

type Props = { searchParams: Promise<{ from?: string; to?: string; upload?: string; noticeFrom?: string | string[]; noticeOn?: string | string[] }> };

/** Outcomes an upload without JavaScript comes back with; anything else in the URL is ignored. */
const UPLOAD_OUTCOMES = new Set([
  "agreement.documents.uploaded",
  "agreement.documents.refusals.empty",
  "agreement.documents.refusals.tooLarge",
  "agreement.documents.refusals.typeNotAllowed",
  "agreement.documents.refusals.contentMismatch",
  "agreement.refusals.ended",
  "errors.validation",
  "errors.forbidden",
  "errors.signedOut",
  "errors.unexpected",
  "validation.required",
  "validation.tooLong",
  "validation.invalid",
]);

function versionNumber(value: string | undefined): number | null {
  return value && /^\d{1,6}$/.test(value) ? Number(value) : null;
}

export default async function AgreementPage({ searchParams }: Props) {
  const actor = await requireActor("/agreement", "partnership:view");
  const [page, viewer, params] = await Promise.all([getAgreementPage(actor.partnershipId), getAgreementViewer(actor), searchParams]);
  if (!page) notFound();
  const candidates = viewer.isAdministrator ? await getSignatoryCandidates(actor.partnershipId) : [];

  // By default the comparison shows what the version in force changed from the one before it.
  const from = versionNumber(params.from) ?? (page.current.number > 1 ? page.current.number - 1 : null);
  const to = versionNumber(params.to) ?? (page.current.number > 1 ? page.current.number : null);
  const upload = params.upload === "uploaded" ? "agreement.documents.uploaded" : (params.upload ?? null);

  return (
    <AgreementView
      page={page}
      viewer={viewer}
      compare={from !== null && to !== null ? { from, to } : null}
      uploadOutcome={upload && UPLOAD_OUTCOMES.has(upload) ? upload : null}
      signatoryCandidates={candidates}
      noticeCalculation={
        viewer.mayCalculateNotice ? calculateNotice({ noticeFrom: params.noticeFrom, noticeOn: params.noticeOn }, { partyIds: page.parties.map((party) => party.id), versions: page.versions }) : null
      }
    />
  );
}
