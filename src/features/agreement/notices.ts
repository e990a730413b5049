/**
 * Withdrawing a notice of termination: only with the other party's consent on record, given by
 * one of its signatories, on a day between the notice and today.
 */

export type NoticeForWithdrawal = { partyId: string; receivedOn: Date; withdrawn: boolean };
export type Consent = { signatoryPartyId: string; givenOn: Date } | null;

export type WithdrawalRefusal = "alreadyWithdrawn" | "consentRequired" | "consentFromOtherParty" | "consentInFuture" | "consentBeforeNotice";

export function withdrawalRefusal(notice: NoticeForWithdrawal, consent: Consent, today: Date): WithdrawalRefusal | null {
  if (notice.withdrawn) return "alreadyWithdrawn";
  if (!consent) return "consentRequired";
  if (consent.signatoryPartyId === notice.partyId) return "consentFromOtherParty";
  if (consent.givenOn > today) return "consentInFuture";
  if (consent.givenOn < notice.receivedOn) return "consentBeforeNotice";
  return null;
}

export type NoticeRegistrationRefusal = "receivedInFuture" | "receivedBeforeSigning" | "alreadyGiven";

/**
 * A notice is received on a day that has come, not before the agreement was signed, and a party
 * has at most one notice in force at a time.
 */
export function noticeRegistrationRefusal(
  receivedOn: Date,
  today: Date,
  signingDate: Date,
  partyId: string,
  activeNotices: readonly { partyId: string }[],
): NoticeRegistrationRefusal | null {
  if (receivedOn > today) return "receivedInFuture";
  if (receivedOn < signingDate) return "receivedBeforeSigning";
  if (activeNotices.some((notice) => notice.partyId === partyId)) return "alreadyGiven";
  return null;
}
