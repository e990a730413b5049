import "server-only";
import { hasPermission } from "@/lib/permissions";
import { ActionError } from "@/server/actions/action-error";
import type { TransactionClient } from "@/server/actions/form-action";
import type { Actor } from "@/server/auth/actor";
import type { AgreementActor } from "./access";
import { stockholmDay } from "@/lib/stockholm-day";
import { agreementEnd, type AgreementEnd } from "./termination";
import { versionInForce, type Terms, type TermsVersion } from "./terms";

/** The columns of a terms version that make up the terms. */
export const TERMS_SELECT = {
  number: true,
  effectiveDate: true,
  purpose: true,
  focusAreas: true,
  dimensions: true,
  rightsClause: true,
  disputeClause: true,
  startDate: true,
  endDate: true,
  noticePeriodMonths: true,
  endsAtYearEnd: true,
} as const;

type TermsRow = Terms & { number: number; effectiveDate: Date };

export function toTermsVersion(row: TermsRow): TermsVersion {
  const { number, effectiveDate, ...terms } = row;
  return { number, effectiveDate, terms };
}

export type AgreementForChange = {
  id: string;
  signingDate: Date;
  version: number;
  partyIds: string[];
  today: Date;
  versions: TermsVersion[];
  /** In force today (the terms as signed before the agreement has begun). */
  current: TermsVersion;
  /** The newest version, possibly not yet in force: amendments build on it. */
  newest: TermsVersion;
  end: AgreementEnd;
  actor: AgreementActor;
  /** The actor's own registered signatory records, by party. */
  signatoryIdByParty: Map<string, string>;
};

/**
 * For every change to the agreement, inside the action's transaction: locks the actor's
 * partnership's agreement row (changes to one agreement happen one at a time, so two last
 * approvals cannot both miss each other), loads its terms and notices, and refuses when the
 * agreement has ended: it is read-only after its end date.
 */
export async function agreementForChange(tx: TransactionClient, actor: Actor, now: Date = new Date()): Promise<AgreementForChange> {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Agreement" WHERE "partnershipId" = ${actor.partnershipId} FOR UPDATE`;
  const agreementId = locked[0]?.id;
  if (!agreementId) throw new ActionError("errors.notFound");

  const agreement = await tx.agreement.findUniqueOrThrow({
    where: { id: agreementId },
    select: {
      id: true,
      signingDate: true,
      version: true,
      parties: { select: { partyId: true } },
      termsVersions: { orderBy: { number: "asc" }, select: TERMS_SELECT },
      notices: { where: { withdrawnAt: null }, select: { endDate: true } },
      signatories: { where: { personId: actor.personId, removedAt: null }, select: { id: true, partyId: true } },
    },
  });
  const versions = agreement.termsVersions.map(toTermsVersion);
  const first = versions[0];
  if (!first) throw new Error(`Agreement ${agreement.id} has no terms`);
  const today = stockholmDay(now);
  const current = versionInForce(versions, today) ?? first;
  const newest = versions[versions.length - 1]!;
  const end = agreementEnd(today, current.terms, agreement.notices.map((notice) => ({ endDate: notice.endDate, withdrawn: false })));
  if (end.ended) throw new ActionError("agreement.refusals.ended");

  return {
    id: agreement.id,
    signingDate: agreement.signingDate,
    version: agreement.version,
    partyIds: agreement.parties.map((party) => party.partyId),
    today,
    versions,
    current,
    newest,
    end,
    actor: {
      isAdministrator: hasPermission(actor.roles, "agreement:manage"),
      signatoryPartyIds: agreement.signatories.map((signatory) => signatory.partyId),
    },
    signatoryIdByParty: new Map(agreement.signatories.map((signatory) => [signatory.partyId, signatory.id])),
  };
}

/** The party must be one of the agreement's; a tampered id is refused as invalid. */
export function requireAgreementParty(agreement: AgreementForChange, partyId: string, field = "partyId"): void {
  if (!agreement.partyIds.includes(partyId)) throw new ActionError("errors.validation", { [field]: ["validation.invalid"] });
}

export function isoOrNull(value: Date | null | undefined): string | null {
  return value ? value.toISOString().slice(0, 10) : null;
}
