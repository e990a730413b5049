import "server-only";
import { db } from "@/server/db";
import { hasPermission } from "@/lib/permissions";
import { meetingViewerFor } from "@/features/meetings/viewer";
import { mayCalculateNotice } from "./access";
import type { Actor } from "@/server/auth/actor";
import { TERMS_SELECT, toTermsVersion } from "./agreement-context";
import { approvalState } from "./amendments";
import { stockholmDay } from "@/lib/stockholm-day";
import { allowedNextLevels, type EscalationLevel } from "./disputes";
import { dueReminders, type Reminder } from "./reminders";
import { changesFromJson } from "./schemas";
import { agreementEnd, lastNoticeDay, terminationEndDate, type AgreementEnd, type NoticeDeadline, type TerminationEnd } from "./termination";
import { upcomingVersions, versionInForce, type TermChanges, type Terms, type TermsVersion } from "./terms";

type PartyType = "MUNICIPALITY" | "UNIVERSITY";
type GroupKind = "STEERING_GROUP" | "WORKING_GROUP";

export type SignatoryRow = { id: string; personId: string; name: string; title: string; signedAgreement: boolean };

export type AgreementPartyRow = {
  id: string;
  type: PartyType;
  name: string;
  organisationNumber: string | null;
  registrationNumber: string;
  signatories: SignatoryRow[];
};

export type NoticeRow = {
  id: string;
  partyId: string;
  partyName: string;
  receivedOn: Date;
  endDate: Date;
  noticePeriodMonths: number;
  endsAtYearEnd: boolean;
  note: string;
  registeredBy: string | null;
  registeredAt: Date;
  withdrawal: { at: Date; by: string | null; consentBy: string; consentTitle: string; consentParty: string; consentGivenOn: Date; note: string | null } | null;
};

export type ApprovalRow = { partyId: string; partyName: string; signatory: string; signatoryTitle: string; approvedAt: Date; recordedBy: string | null; onBehalf: boolean };

export type AmendmentRow = {
  id: string;
  number: number;
  reason: string;
  changes: TermChanges;
  /** The terms it was proposed against, for "before → after". */
  before: Terms;
  baseVersionNumber: number;
  proposedEffectiveDate: Date;
  status: "PROPOSED" | "APPROVED" | "REJECTED";
  proposedBy: string | null;
  proposedAt: Date;
  decidedAt: Date | null;
  approvals: ApprovalRow[];
  missingPartyIds: string[];
  version: { number: number; effectiveDate: Date } | null;
};

export type DisputeRow = {
  id: string;
  number: number;
  subject: string;
  description: string;
  partyName: string;
  raisedOn: Date;
  raisedBy: string | null;
  status: "OPEN" | "RESOLVED";
  resolvedOn: Date | null;
  resolution: string | null;
  steps: { id: string; level: EscalationLevel; takenOn: Date; note: string; recordedBy: string | null }[];
  nextLevels: EscalationLevel[];
};

export type DocumentRow = {
  id: string;
  kind: "AGREEMENT_TEXT" | "ANNEX";
  title: string;
  fileName: string;
  contentType: string;
  size: number;
  uploadedAt: Date;
  uploadedBy: string | null;
};

export type VersionRow = TermsVersion & { amendmentNumber: number | null };

export type AgreementPage = {
  id: string;
  title: string;
  signingDate: Date;
  version: number;
  today: Date;
  parties: AgreementPartyRow[];
  bodies: { kind: GroupKind; meetingsPerYear: number; seats: { title: string; partyName: string }[] }[];
  versions: VersionRow[];
  current: VersionRow;
  upcoming: VersionRow[];
  end: AgreementEnd;
  /** What notice received today would give; null once the agreement has ended. */
  ifNoticeToday: TerminationEnd | null;
  noticeDeadline: NoticeDeadline | null;
  notices: NoticeRow[];
  amendments: AmendmentRow[];
  disputes: DisputeRow[];
  documents: DocumentRow[];
  /** Due reminders for administrators, also mailed to them by the background jobs (reminder-mail.ts). */
  reminders: Reminder[];
};

const personName = (user: { person: { name: string } } | null) => user?.person.name ?? null;
const USER_NAME = { select: { person: { select: { name: true } } } } as const;

/** The partnership's agreement as the agreement page shows it, judged on today's date. */
export async function getAgreementPage(partnershipId: string, now: Date = new Date()): Promise<AgreementPage | null> {
  const prisma = await db();
  const today = stockholmDay(now);
  const agreement = await prisma.agreement.findUnique({
    where: { partnershipId },
    select: {
      id: true,
      title: true,
      signingDate: true,
      version: true,
      parties: {
        orderBy: { party: { type: "asc" } },
        select: {
          registrationNumber: true,
          party: { select: { id: true, type: true, name: true, organisationNumber: true } },
        },
      },
      signatories: {
        where: { removedAt: null },
        orderBy: { registeredAt: "asc" },
        select: { id: true, partyId: true, title: true, signedAgreement: true, person: { select: { id: true, name: true } } },
      },
      termsVersions: { orderBy: { number: "asc" }, select: { ...TERMS_SELECT, amendment: { select: { number: true } } } },
      notices: {
        orderBy: { receivedOn: "desc" },
        include: {
          party: { select: { name: true } },
          registeredBy: USER_NAME,
          withdrawnBy: USER_NAME,
          consentSignatory: { select: { title: true, person: { select: { name: true } }, party: { select: { name: true } } } },
        },
      },
      amendments: {
        orderBy: { number: "desc" },
        include: {
          proposedBy: USER_NAME,
          termsVersion: { select: { number: true, effectiveDate: true } },
          approvals: {
            orderBy: { approvedAt: "asc" },
            include: {
              party: { select: { name: true } },
              signatory: { select: { title: true, personId: true, person: { select: { name: true, user: { select: { id: true } } } } } },
              recordedBy: { select: { id: true, person: { select: { name: true } } } },
            },
          },
        },
      },
      disputes: {
        orderBy: { number: "desc" },
        include: {
          raisedByParty: { select: { name: true } },
          raisedBy: USER_NAME,
          steps: { orderBy: [{ takenOn: "asc" }, { createdAt: "asc" }], include: { recordedBy: USER_NAME } },
        },
      },
      documents: {
        orderBy: [{ kind: "asc" }, { uploadedAt: "asc" }],
        select: { id: true, kind: true, title: true, fileName: true, contentType: true, size: true, uploadedAt: true, uploadedBy: USER_NAME },
      },
    },
  });
  if (!agreement) return null;

  const groups = await prisma.group.findMany({
    where: { partnershipId },
    orderBy: { kind: "asc" },
    select: { kind: true, meetingsPerYear: true, seats: { orderBy: { sortOrder: "asc" }, select: { title: true, party: { select: { name: true } } } } },
  });

  const versions: VersionRow[] = agreement.termsVersions.map(({ amendment, ...row }) => ({ ...toTermsVersion(row), amendmentNumber: amendment?.number ?? null }));
  const current = versionInForce(versions, today) ?? versions[0]!;
  const end = agreementEnd(today, current.terms, agreement.notices.map((notice) => ({ endDate: notice.endDate, withdrawn: notice.withdrawnAt !== null })));
  const underNotice = end.reason === "NOTICE";
  const noticeDeadline = end.ended || underNotice ? null : lastNoticeDay(today, current.terms);
  const partyIds = agreement.parties.map((party) => party.party.id);

  return {
    id: agreement.id,
    title: agreement.title,
    signingDate: agreement.signingDate,
    version: agreement.version,
    today,
    parties: agreement.parties.map(({ party, registrationNumber }) => ({
      ...party,
      registrationNumber,
      signatories: agreement.signatories
        .filter((signatory) => signatory.partyId === party.id)
        .map((signatory) => ({
          id: signatory.id,
          personId: signatory.person.id,
          name: signatory.person.name,
          title: signatory.title,
          signedAgreement: signatory.signedAgreement,
        })),
    })),
    bodies: groups.map((group) => ({
      kind: group.kind,
      meetingsPerYear: group.meetingsPerYear,
      seats: group.seats.map((seat) => ({ title: seat.title, partyName: seat.party.name })),
    })),
    versions,
    current,
    upcoming: upcomingVersions(versions, today),
    end,
    ifNoticeToday: end.ended ? null : terminationEndDate(today, current.terms),
    noticeDeadline,
    notices: agreement.notices.map((notice) => ({
      id: notice.id,
      partyId: notice.partyId,
      partyName: notice.party.name,
      receivedOn: notice.receivedOn,
      endDate: notice.endDate,
      noticePeriodMonths: notice.noticePeriodMonths,
      endsAtYearEnd: notice.endsAtYearEnd,
      note: notice.note,
      registeredBy: personName(notice.registeredBy),
      registeredAt: notice.registeredAt,
      withdrawal:
        notice.withdrawnAt && notice.consentSignatory && notice.consentGivenOn
          ? {
              at: notice.withdrawnAt,
              by: personName(notice.withdrawnBy),
              consentBy: notice.consentSignatory.person.name,
              consentTitle: notice.consentSignatory.title,
              consentParty: notice.consentSignatory.party.name,
              consentGivenOn: notice.consentGivenOn,
              note: notice.withdrawalNote,
            }
          : null,
    })),
    amendments: agreement.amendments.map((amendment) => {
      const base = versions.find((version) => version.number === amendment.baseVersionNumber) ?? versions[0]!;
      return {
        id: amendment.id,
        number: amendment.number,
        reason: amendment.reason,
        changes: changesFromJson(amendment.changes),
        before: base.terms,
        baseVersionNumber: amendment.baseVersionNumber,
        proposedEffectiveDate: amendment.proposedEffectiveDate,
        status: amendment.status,
        proposedBy: personName(amendment.proposedBy),
        proposedAt: amendment.proposedAt,
        decidedAt: amendment.decidedAt,
        approvals: amendment.approvals.map((approval) => ({
          partyId: approval.partyId,
          partyName: approval.party.name,
          signatory: approval.signatory.person.name,
          signatoryTitle: approval.signatory.title,
          approvedAt: approval.approvedAt,
          recordedBy: approval.recordedBy?.person.name ?? null,
          onBehalf: approval.recordedBy !== null && approval.recordedBy.id !== approval.signatory.person.user?.id,
        })),
        missingPartyIds: approvalState(partyIds, amendment.approvals).missingPartyIds,
        version: amendment.termsVersion,
      };
    }),
    disputes: agreement.disputes.map((dispute) => ({
      id: dispute.id,
      number: dispute.number,
      subject: dispute.subject,
      description: dispute.description,
      partyName: dispute.raisedByParty.name,
      raisedOn: dispute.raisedOn,
      raisedBy: personName(dispute.raisedBy),
      status: dispute.status,
      resolvedOn: dispute.resolvedOn,
      resolution: dispute.resolution,
      steps: dispute.steps.map((step) => ({ id: step.id, level: step.level, takenOn: step.takenOn, note: step.note, recordedBy: personName(step.recordedBy) })),
      nextLevels: allowedNextLevels({ status: dispute.status, raisedOn: dispute.raisedOn, steps: dispute.steps }),
    })),
    documents: agreement.documents.map((document) => ({ ...document, uploadedBy: personName(document.uploadedBy) })),
    reminders: dueReminders(today, { lastNoticeDay: noticeDeadline?.lastDay ?? null, fixedEndDate: current.terms.endDate, ended: end.ended || underNotice }),
  };
}

export type AgreementDeadlines = {
  /** The last day notice can be received for the coming year-end; null once ended, under notice or without a year-end rule. */
  noticeDeadline: NoticeDeadline | null;
  /** Proposed amendments with the parties whose approval is still missing. */
  amendmentsWaiting: { number: number; missingParties: string[] }[];
};

/**
 * The agreement's dates and amendments an administrator must act on, for the start page: the same
 * rules as the agreement page (getAgreementPage) and the reminder mail, from the few rows they need.
 */
export async function getAgreementDeadlines(partnershipId: string, now: Date = new Date()): Promise<AgreementDeadlines | null> {
  const prisma = await db();
  const today = stockholmDay(now);
  const agreement = await prisma.agreement.findUnique({
    where: { partnershipId },
    select: {
      parties: { orderBy: { party: { type: "asc" } }, select: { party: { select: { id: true, name: true } } } },
      termsVersions: { orderBy: { number: "asc" }, select: TERMS_SELECT },
      notices: { select: { endDate: true, withdrawnAt: true } },
      amendments: { where: { status: "PROPOSED" }, orderBy: { number: "asc" }, select: { number: true, approvals: { select: { partyId: true } } } },
    },
  });
  if (!agreement) return null;
  const versions = agreement.termsVersions.map(toTermsVersion);
  const current = versionInForce(versions, today) ?? versions[0];
  if (!current) return null;
  const end = agreementEnd(today, current.terms, agreement.notices.map((notice) => ({ endDate: notice.endDate, withdrawn: notice.withdrawnAt !== null })));
  const parties = agreement.parties.map(({ party }) => party);
  const partyIds = parties.map((party) => party.id);
  return {
    noticeDeadline: end.ended || end.reason === "NOTICE" ? null : lastNoticeDay(today, current.terms),
    amendmentsWaiting: agreement.amendments.map((amendment) => ({
      number: amendment.number,
      missingParties: approvalState(partyIds, amendment.approvals).missingPartyIds.map((id) => parties.find((party) => party.id === id)!.name),
    })),
  };
}

export type AgreementViewer = {
  isAdministrator: boolean;
  /** Parties the viewer is a registered signatory of. */
  signatoryPartyIds: string[];
  /** Administrators and steering-group members see the notice calculator. */
  mayCalculateNotice: boolean;
};

export async function getAgreementViewer(actor: Actor): Promise<AgreementViewer> {
  const prisma = await db();
  const [signatories, memberships, steeringGroup] = await Promise.all([
    prisma.agreementSignatory.findMany({
      where: { personId: actor.personId, removedAt: null, agreement: { partnershipId: actor.partnershipId } },
      select: { partyId: true },
    }),
    meetingViewerFor(actor, prisma),
    prisma.group.findFirst({ where: { partnershipId: actor.partnershipId, kind: "STEERING_GROUP" }, select: { id: true } }),
  ]);
  const inSteeringGroup = steeringGroup !== null && (memberships?.groupRoles[steeringGroup.id]?.length ?? 0) > 0;
  return {
    isAdministrator: hasPermission(actor.roles, "agreement:manage"),
    signatoryPartyIds: signatories.map((signatory) => signatory.partyId),
    mayCalculateNotice: mayCalculateNotice({ roles: actor.roles, inSteeringGroup }),
  };
}

/** People who may be registered as a party's signatory: active, belonging to a party. */
export async function getSignatoryCandidates(partnershipId: string) {
  const prisma = await db();
  const people = await prisma.person.findMany({
    where: { partnershipId, active: true, partyId: { not: null } },
    orderBy: { name: "asc" },
    select: { id: true, name: true, title: true, party: { select: { name: true } } },
  });
  return people.map((person) => ({ id: person.id, label: `${person.name}${person.title ? `, ${person.title}` : ""} (${person.party?.name ?? ""})` }));
}

export type PublicSummary = {
  partnershipName: string;
  partnershipNameEn: string | null;
  title: string;
  parties: { name: string; type: PartyType; organisationNumber: string | null }[];
  purpose: string;
  focusAreas: Terms["focusAreas"];
  dimensions: Terms["dimensions"];
  bodies: { kind: GroupKind; meetingsPerYear: number }[];
  startDate: Date;
  fixedEndDate: Date | null;
  end: AgreementEnd;
  noticePeriodMonths: number;
  endsAtYearEnd: boolean;
};

/**
 * What may be published about every agreement in the installation: the parties, the purpose, the
 * governing bodies and the period. No people, no notes, no documents.
 */
export async function getPublicSummaries(now: Date = new Date()): Promise<PublicSummary[]> {
  const prisma = await db();
  const today = stockholmDay(now);
  const agreements = await prisma.agreement.findMany({
    orderBy: { signingDate: "asc" },
    select: {
      title: true,
      partnership: {
        select: {
          name: true,
          nameEn: true,
          groups: { orderBy: { kind: "asc" }, select: { kind: true, meetingsPerYear: true } },
        },
      },
      parties: { orderBy: { party: { type: "asc" } }, select: { party: { select: { name: true, type: true, organisationNumber: true } } } },
      termsVersions: { orderBy: { number: "asc" }, select: TERMS_SELECT },
      notices: { where: { withdrawnAt: null }, select: { endDate: true } },
    },
  });
  return agreements.map((agreement) => {
    const versions = agreement.termsVersions.map(toTermsVersion);
    const current = (versionInForce(versions, today) ?? versions[0]!).terms;
    return {
      partnershipName: agreement.partnership.name,
      partnershipNameEn: agreement.partnership.nameEn,
      title: agreement.title,
      parties: agreement.parties.map(({ party }) => party),
      purpose: current.purpose,
      focusAreas: current.focusAreas,
      dimensions: current.dimensions,
      bodies: agreement.partnership.groups,
      startDate: current.startDate,
      fixedEndDate: current.endDate,
      end: agreementEnd(today, current, agreement.notices.map((notice) => ({ endDate: notice.endDate, withdrawn: false }))),
      noticePeriodMonths: current.noticePeriodMonths,
      endsAtYearEnd: current.endsAtYearEnd,
    };
  });
}

/** A document of the actor's partnership's agreement, with its content, for download. */
export async function getDocumentForDownload(partnershipId: string, documentId: string) {
  const prisma = await db();
  return prisma.agreementDocument.findFirst({
    where: { id: documentId, agreement: { partnershipId } },
    select: { fileName: true, contentType: true, size: true, sha256: true, content: true },
  });
}
