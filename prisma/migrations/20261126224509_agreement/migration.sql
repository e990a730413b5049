-- CreateEnum
CREATE TYPE "SustainabilityDimension" AS ENUM ('SOCIAL', 'ECOLOGICAL', 'ECONOMIC', 'CULTURAL');

-- CreateEnum
CREATE TYPE "AmendmentStatus" AS ENUM ('PROPOSED', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "DisputeStatus" AS ENUM ('OPEN', 'RESOLVED');

-- CreateEnum
CREATE TYPE "EscalationLevel" AS ENUM ('STEERING_GROUP', 'PARTY_LEADERSHIP', 'GENERAL_COURT');

-- CreateEnum
CREATE TYPE "AgreementDocumentKind" AS ENUM ('AGREEMENT_TEXT', 'ANNEX');

-- CreateTable
CREATE TABLE "Agreement" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "signingDate" DATE NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Agreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementParty" (
    "agreementId" TEXT NOT NULL,
    "partyId" TEXT NOT NULL,
    "registrationNumber" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "AgreementParty_pkey" PRIMARY KEY ("agreementId","partyId")
);

-- CreateTable
CREATE TABLE "AgreementSignatory" (
    "id" TEXT NOT NULL,
    "agreementId" TEXT NOT NULL,
    "partyId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "signedAgreement" BOOLEAN NOT NULL DEFAULT false,
    "registeredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "removedAt" TIMESTAMP(3),

    CONSTRAINT "AgreementSignatory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementTermsVersion" (
    "id" TEXT NOT NULL,
    "agreementId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "effectiveDate" DATE NOT NULL,
    "amendmentId" TEXT,
    "purpose" TEXT NOT NULL,
    "focusAreas" "FocusArea"[],
    "dimensions" "SustainabilityDimension"[],
    "rightsClause" TEXT NOT NULL,
    "disputeClause" TEXT NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE,
    "noticePeriodMonths" INTEGER NOT NULL DEFAULT 6,
    "endsAtYearEnd" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgreementTermsVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementAmendment" (
    "id" TEXT NOT NULL,
    "agreementId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "changes" JSONB NOT NULL,
    "baseVersionNumber" INTEGER NOT NULL,
    "proposedEffectiveDate" DATE NOT NULL,
    "status" "AmendmentStatus" NOT NULL DEFAULT 'PROPOSED',
    "proposedById" TEXT,
    "proposedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "AgreementAmendment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AmendmentApproval" (
    "id" TEXT NOT NULL,
    "amendmentId" TEXT NOT NULL,
    "partyId" TEXT NOT NULL,
    "signatoryId" TEXT NOT NULL,
    "approvedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "recordedById" TEXT,

    CONSTRAINT "AmendmentApproval_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementNotice" (
    "id" TEXT NOT NULL,
    "agreementId" TEXT NOT NULL,
    "partyId" TEXT NOT NULL,
    "receivedOn" DATE NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "endDate" DATE NOT NULL,
    "noticePeriodMonths" INTEGER NOT NULL,
    "endsAtYearEnd" BOOLEAN NOT NULL,
    "registeredById" TEXT,
    "registeredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "withdrawnAt" TIMESTAMP(3),
    "withdrawnById" TEXT,
    "withdrawalNote" TEXT,
    "consentSignatoryId" TEXT,
    "consentGivenOn" DATE,

    CONSTRAINT "AgreementNotice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementDispute" (
    "id" TEXT NOT NULL,
    "agreementId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "subject" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "raisedByPartyId" TEXT NOT NULL,
    "raisedOn" DATE NOT NULL,
    "raisedById" TEXT,
    "status" "DisputeStatus" NOT NULL DEFAULT 'OPEN',
    "resolvedOn" DATE,
    "resolution" TEXT,
    "resolvedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgreementDispute_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DisputeEscalationStep" (
    "id" TEXT NOT NULL,
    "disputeId" TEXT NOT NULL,
    "level" "EscalationLevel" NOT NULL,
    "takenOn" DATE NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "recordedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DisputeEscalationStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementDocument" (
    "id" TEXT NOT NULL,
    "agreementId" TEXT NOT NULL,
    "kind" "AgreementDocumentKind" NOT NULL,
    "title" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "content" BYTEA NOT NULL,
    "uploadedById" TEXT,
    "uploadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgreementDocument_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Agreement_partnershipId_key" ON "Agreement"("partnershipId");

-- CreateIndex
CREATE INDEX "AgreementParty_partyId_idx" ON "AgreementParty"("partyId");

-- CreateIndex
CREATE INDEX "AgreementSignatory_agreementId_partyId_idx" ON "AgreementSignatory"("agreementId", "partyId");

-- CreateIndex
CREATE INDEX "AgreementSignatory_personId_idx" ON "AgreementSignatory"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "AgreementTermsVersion_amendmentId_key" ON "AgreementTermsVersion"("amendmentId");

-- CreateIndex
CREATE UNIQUE INDEX "AgreementTermsVersion_agreementId_number_key" ON "AgreementTermsVersion"("agreementId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "AgreementAmendment_agreementId_number_key" ON "AgreementAmendment"("agreementId", "number");

-- CreateIndex
CREATE INDEX "AmendmentApproval_signatoryId_idx" ON "AmendmentApproval"("signatoryId");

-- CreateIndex
CREATE UNIQUE INDEX "AmendmentApproval_amendmentId_partyId_key" ON "AmendmentApproval"("amendmentId", "partyId");

-- CreateIndex
CREATE INDEX "AgreementNotice_agreementId_receivedOn_idx" ON "AgreementNotice"("agreementId", "receivedOn");

-- CreateIndex
CREATE INDEX "AgreementNotice_consentSignatoryId_idx" ON "AgreementNotice"("consentSignatoryId");

-- CreateIndex
CREATE INDEX "AgreementDispute_raisedByPartyId_idx" ON "AgreementDispute"("raisedByPartyId");

-- CreateIndex
CREATE UNIQUE INDEX "AgreementDispute_agreementId_number_key" ON "AgreementDispute"("agreementId", "number");

-- CreateIndex
CREATE INDEX "DisputeEscalationStep_disputeId_takenOn_idx" ON "DisputeEscalationStep"("disputeId", "takenOn");

-- CreateIndex
CREATE INDEX "AgreementDocument_agreementId_kind_idx" ON "AgreementDocument"("agreementId", "kind");

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementParty" ADD CONSTRAINT "AgreementParty_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementParty" ADD CONSTRAINT "AgreementParty_partyId_fkey" FOREIGN KEY ("partyId") REFERENCES "Party"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementSignatory" ADD CONSTRAINT "AgreementSignatory_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementSignatory" ADD CONSTRAINT "AgreementSignatory_partyId_fkey" FOREIGN KEY ("partyId") REFERENCES "Party"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementSignatory" ADD CONSTRAINT "AgreementSignatory_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementTermsVersion" ADD CONSTRAINT "AgreementTermsVersion_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementTermsVersion" ADD CONSTRAINT "AgreementTermsVersion_amendmentId_fkey" FOREIGN KEY ("amendmentId") REFERENCES "AgreementAmendment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementAmendment" ADD CONSTRAINT "AgreementAmendment_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementAmendment" ADD CONSTRAINT "AgreementAmendment_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AmendmentApproval" ADD CONSTRAINT "AmendmentApproval_amendmentId_fkey" FOREIGN KEY ("amendmentId") REFERENCES "AgreementAmendment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AmendmentApproval" ADD CONSTRAINT "AmendmentApproval_partyId_fkey" FOREIGN KEY ("partyId") REFERENCES "Party"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AmendmentApproval" ADD CONSTRAINT "AmendmentApproval_signatoryId_fkey" FOREIGN KEY ("signatoryId") REFERENCES "AgreementSignatory"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AmendmentApproval" ADD CONSTRAINT "AmendmentApproval_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementNotice" ADD CONSTRAINT "AgreementNotice_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementNotice" ADD CONSTRAINT "AgreementNotice_partyId_fkey" FOREIGN KEY ("partyId") REFERENCES "Party"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementNotice" ADD CONSTRAINT "AgreementNotice_registeredById_fkey" FOREIGN KEY ("registeredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementNotice" ADD CONSTRAINT "AgreementNotice_withdrawnById_fkey" FOREIGN KEY ("withdrawnById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementNotice" ADD CONSTRAINT "AgreementNotice_consentSignatoryId_fkey" FOREIGN KEY ("consentSignatoryId") REFERENCES "AgreementSignatory"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementDispute" ADD CONSTRAINT "AgreementDispute_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementDispute" ADD CONSTRAINT "AgreementDispute_raisedByPartyId_fkey" FOREIGN KEY ("raisedByPartyId") REFERENCES "Party"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementDispute" ADD CONSTRAINT "AgreementDispute_raisedById_fkey" FOREIGN KEY ("raisedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementDispute" ADD CONSTRAINT "AgreementDispute_resolvedById_fkey" FOREIGN KEY ("resolvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DisputeEscalationStep" ADD CONSTRAINT "DisputeEscalationStep_disputeId_fkey" FOREIGN KEY ("disputeId") REFERENCES "AgreementDispute"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DisputeEscalationStep" ADD CONSTRAINT "DisputeEscalationStep_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementDocument" ADD CONSTRAINT "AgreementDocument_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementDocument" ADD CONSTRAINT "AgreementDocument_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;



-- Written by hand: the agreement's rules that the database itself can hold.

ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_title_not_blank" CHECK (btrim("title") <> '');
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_version_positive" CHECK ("version" > 0);

ALTER TABLE "AgreementSignatory" ADD CONSTRAINT "AgreementSignatory_title_not_blank" CHECK (btrim("title") <> '');

-- The terms: a notice period of at least one month, a fixed end after the start, and the content
-- every version must have.
ALTER TABLE "AgreementTermsVersion" ADD CONSTRAINT "AgreementTermsVersion_number_positive" CHECK ("number" > 0);
ALTER TABLE "AgreementTermsVersion" ADD CONSTRAINT "AgreementTermsVersion_notice_period_valid"
  CHECK ("noticePeriodMonths" BETWEEN 1 AND 120);
ALTER TABLE "AgreementTermsVersion" ADD CONSTRAINT "AgreementTermsVersion_period_valid"
  CHECK ("endDate" IS NULL OR "endDate" > "startDate");
ALTER TABLE "AgreementTermsVersion" ADD CONSTRAINT "AgreementTermsVersion_effective_within_period"
  CHECK ("effectiveDate" >= "startDate" AND ("endDate" IS NULL OR "effectiveDate" <= "endDate"));
ALTER TABLE "AgreementTermsVersion" ADD CONSTRAINT "AgreementTermsVersion_content_present"
  CHECK (btrim("purpose") <> '' AND btrim("rightsClause") <> '' AND btrim("disputeClause") <> ''
         AND cardinality("focusAreas") > 0 AND cardinality("dimensions") > 0);
-- Only the agreement as signed (version 1) comes without an amendment.
ALTER TABLE "AgreementTermsVersion" ADD CONSTRAINT "AgreementTermsVersion_amendment_after_first"
  CHECK (("number" = 1) = ("amendmentId" IS NULL));

-- A version of the terms is history: once written it is never changed (deleting the whole
-- agreement still cascades).
CREATE FUNCTION "agreement_terms_version_is_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AgreementTermsVersion is immutable: % is not allowed', TG_OP USING ERRCODE = 'restrict_violation';
END;
$$;
CREATE TRIGGER "AgreementTermsVersion_immutable" BEFORE UPDATE ON "AgreementTermsVersion"
  FOR EACH ROW EXECUTE FUNCTION "agreement_terms_version_is_immutable"();

ALTER TABLE "AgreementAmendment" ADD CONSTRAINT "AgreementAmendment_number_positive" CHECK ("number" > 0);
ALTER TABLE "AgreementAmendment" ADD CONSTRAINT "AgreementAmendment_reason_not_blank" CHECK (btrim("reason") <> '');
ALTER TABLE "AgreementAmendment" ADD CONSTRAINT "AgreementAmendment_changes_not_empty"
  CHECK (jsonb_typeof("changes") = 'object' AND "changes" <> '{}'::jsonb);
ALTER TABLE "AgreementAmendment" ADD CONSTRAINT "AgreementAmendment_decided_when_not_proposed"
  CHECK (("status" = 'PROPOSED') = ("decidedAt" IS NULL));

-- A notice ends the agreement after it was received; a withdrawal records the other party's
-- consent (who and when) or is not a withdrawal.
ALTER TABLE "AgreementNotice" ADD CONSTRAINT "AgreementNotice_ends_on_or_after_receipt" CHECK ("endDate" >= "receivedOn");
ALTER TABLE "AgreementNotice" ADD CONSTRAINT "AgreementNotice_notice_period_valid"
  CHECK ("noticePeriodMonths" BETWEEN 1 AND 120);
ALTER TABLE "AgreementNotice" ADD CONSTRAINT "AgreementNotice_withdrawal_has_consent"
  CHECK (("withdrawnAt" IS NULL) = ("consentSignatoryId" IS NULL) AND ("withdrawnAt" IS NULL) = ("consentGivenOn" IS NULL));
ALTER TABLE "AgreementNotice" ADD CONSTRAINT "AgreementNotice_consent_after_receipt"
  CHECK ("consentGivenOn" IS NULL OR "consentGivenOn" >= "receivedOn");

ALTER TABLE "AgreementDispute" ADD CONSTRAINT "AgreementDispute_number_positive" CHECK ("number" > 0);
ALTER TABLE "AgreementDispute" ADD CONSTRAINT "AgreementDispute_subject_not_blank" CHECK (btrim("subject") <> '');
ALTER TABLE "AgreementDispute" ADD CONSTRAINT "AgreementDispute_resolution_complete"
  CHECK (("status" = 'RESOLVED') = ("resolvedOn" IS NOT NULL AND "resolution" IS NOT NULL AND btrim("resolution") <> ''));
ALTER TABLE "AgreementDispute" ADD CONSTRAINT "AgreementDispute_resolved_after_raised"
  CHECK ("resolvedOn" IS NULL OR "resolvedOn" >= "raisedOn");

-- Documents: at most 10 MB, and only PDF, DOCX and plain text.
ALTER TABLE "AgreementDocument" ADD CONSTRAINT "AgreementDocument_size_valid"
  CHECK ("size" BETWEEN 1 AND 10485760 AND octet_length("content") = "size");
ALTER TABLE "AgreementDocument" ADD CONSTRAINT "AgreementDocument_type_allowed"
  CHECK ("contentType" IN ('application/pdf',
                           'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                           'text/plain'));
ALTER TABLE "AgreementDocument" ADD CONSTRAINT "AgreementDocument_names_not_blank"
  CHECK (btrim("title") <> '' AND btrim("fileName") <> '');
ALTER TABLE "AgreementDocument" ADD CONSTRAINT "AgreementDocument_sha256_hex" CHECK ("sha256" ~ '^[0-9a-f]{64}$');
