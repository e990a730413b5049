import type { Role } from "@/lib/roles";

/**
 * Who may act on the agreement. Administrators act for the partnership; a party's registered
 * signatories act for their own party only. Everyone signed in reads the agreement.
 */

export type AgreementActor = {
  isAdministrator: boolean;
  /** The parties the actor is a registered (not removed) signatory of. */
  signatoryPartyIds: readonly string[];
};

/**
 * The notice calculator ("if notice arrives on this day, when does the agreement end?"): for
 * those who prepare and take decisions on notice — administrators and the steering group (by role
 * or as a current member of the group).
 */
export function mayCalculateNotice(viewer: { roles: readonly Role[]; inSteeringGroup: boolean }): boolean {
  return viewer.roles.includes("ADMINISTRATOR") || viewer.roles.includes("STEERING_GROUP_MEMBER") || viewer.inSteeringGroup;
}

/** Notices, withdrawals and amendments made in a party's name. */
export function mayActForParty(actor: AgreementActor, partyId: string): boolean {
  return actor.isAdministrator || actor.signatoryPartyIds.includes(partyId);
}

/** Proposing amendments, raising disputes and recording their steps: any party's signatory. */
export function mayActOnAgreement(actor: AgreementActor): boolean {
  return actor.isAdministrator || actor.signatoryPartyIds.length > 0;
}

/**
 * How a party's approval of an amendment may be given: by one of its signatories themselves, or
 * recorded by an administrator on a named signatory's behalf. A signatory of one party never
 * approves for the other.
 */
export function approvalMode(actor: AgreementActor, partyId: string, onBehalfOf: boolean): "self" | "on-behalf" | null {
  if (onBehalfOf) return actor.isAdministrator ? "on-behalf" : null;
  return actor.signatoryPartyIds.includes(partyId) ? "self" : null;
}
