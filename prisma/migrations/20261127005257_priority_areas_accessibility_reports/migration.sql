-- CreateEnum
CREATE TYPE "ProposalStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'PUT_FORWARD', 'ACCEPTED', 'REJECTED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "ProposalRecommendation" AS ENUM ('RECOMMEND', 'RECOMMEND_WITH_CHANGES', 'DO_NOT_RECOMMEND');

-- CreateTable
CREATE TABLE "ProposalCall" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "cycleYear" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "opensAt" TIMESTAMP(3) NOT NULL,
    "deadline" TIMESTAMP(3) NOT NULL,
    "reopenedAt" TIMESTAMP(3),
    "reopenReason" TEXT,
    "deadlineNotifiedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProposalCall_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Proposal" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "callId" TEXT,
    "authorId" TEXT,
    "submissionKey" TEXT,
    "status" "ProposalStatus" NOT NULL DEFAULT 'DRAFT',
    "title" TEXT NOT NULL,
    "problem" TEXT NOT NULL DEFAULT '',
    "focusArea" "FocusArea",
    "dimensions" "SustainabilityDimension"[],
    "expectedResults" TEXT NOT NULL DEFAULT '',
    "followUp" TEXT NOT NULL DEFAULT '',
    "periodStartYear" INTEGER,
    "periodEndYear" INTEGER,
    "resources" TEXT NOT NULL DEFAULT '',
    "contactName" TEXT NOT NULL DEFAULT '',
    "contactEmail" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "submittedAt" TIMESTAMP(3),
    "recommendation" "ProposalRecommendation",
    "recommendationReason" TEXT,
    "recommendedAt" TIMESTAMP(3),
    "putForwardMeetingId" TEXT,
    "putForwardDecisionId" TEXT,
    "decisionId" TEXT,
    "decidedAt" TIMESTAMP(3),
    "withdrawnAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Proposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProposalThematicArea" (
    "proposalId" TEXT NOT NULL,
    "thematicAreaId" TEXT NOT NULL,

    CONSTRAINT "ProposalThematicArea_pkey" PRIMARY KEY ("proposalId","thematicAreaId")
);

-- CreateTable
CREATE TABLE "ProposalUnit" (
    "proposalId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,

    CONSTRAINT "ProposalUnit_pkey" PRIMARY KEY ("proposalId","unitId")
);

-- CreateTable
CREATE TABLE "ProposalComment" (
    "id" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "authorId" TEXT,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProposalComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PriorityArea" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "proposalId" TEXT,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "focusArea" "FocusArea" NOT NULL,
    "dimensions" "SustainabilityDimension"[],
    "decisionId" TEXT NOT NULL,
    "closedByDecisionId" TEXT,
    "closedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PriorityArea_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PriorityAreaYear" (
    "priorityAreaId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "decisionId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PriorityAreaYear_pkey" PRIMARY KEY ("priorityAreaId","year")
);

-- CreateTable
CREATE TABLE "PriorityAreaThematicArea" (
    "priorityAreaId" TEXT NOT NULL,
    "thematicAreaId" TEXT NOT NULL,

    CONSTRAINT "PriorityAreaThematicArea_pkey" PRIMARY KEY ("priorityAreaId","thematicAreaId")
);

-- CreateTable
CREATE TABLE "AccessibilityReport" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT,
    "pageUrl" TEXT NOT NULL DEFAULT '',
    "description" TEXT NOT NULL,
    "contactName" TEXT NOT NULL DEFAULT '',
    "contactEmail" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "handledAt" TIMESTAMP(3),

    CONSTRAINT "AccessibilityReport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ProposalCall_partnershipId_cycleYear_key" ON "ProposalCall"("partnershipId", "cycleYear");

-- CreateIndex
CREATE UNIQUE INDEX "Proposal_submissionKey_key" ON "Proposal"("submissionKey");

-- CreateIndex
CREATE INDEX "Proposal_partnershipId_status_idx" ON "Proposal"("partnershipId", "status");

-- CreateIndex
CREATE INDEX "Proposal_authorId_idx" ON "Proposal"("authorId");

-- CreateIndex
CREATE INDEX "Proposal_callId_idx" ON "Proposal"("callId");

-- CreateIndex
CREATE INDEX "ProposalThematicArea_thematicAreaId_idx" ON "ProposalThematicArea"("thematicAreaId");

-- CreateIndex
CREATE INDEX "ProposalUnit_unitId_idx" ON "ProposalUnit"("unitId");

-- CreateIndex
CREATE INDEX "ProposalComment_proposalId_createdAt_idx" ON "ProposalComment"("proposalId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "PriorityArea_proposalId_key" ON "PriorityArea"("proposalId");

-- CreateIndex
CREATE INDEX "PriorityArea_partnershipId_idx" ON "PriorityArea"("partnershipId");

-- CreateIndex
CREATE INDEX "PriorityAreaYear_year_idx" ON "PriorityAreaYear"("year");

-- CreateIndex
CREATE INDEX "PriorityAreaYear_decisionId_idx" ON "PriorityAreaYear"("decisionId");

-- CreateIndex
CREATE INDEX "PriorityAreaThematicArea_thematicAreaId_idx" ON "PriorityAreaThematicArea"("thematicAreaId");

-- CreateIndex
CREATE INDEX "AccessibilityReport_createdAt_idx" ON "AccessibilityReport"("createdAt");

-- AddForeignKey
ALTER TABLE "ProposalCall" ADD CONSTRAINT "ProposalCall_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalCall" ADD CONSTRAINT "ProposalCall_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_callId_fkey" FOREIGN KEY ("callId") REFERENCES "ProposalCall"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_putForwardMeetingId_fkey" FOREIGN KEY ("putForwardMeetingId") REFERENCES "Meeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_putForwardDecisionId_fkey" FOREIGN KEY ("putForwardDecisionId") REFERENCES "Decision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalThematicArea" ADD CONSTRAINT "ProposalThematicArea_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalThematicArea" ADD CONSTRAINT "ProposalThematicArea_thematicAreaId_fkey" FOREIGN KEY ("thematicAreaId") REFERENCES "ThematicArea"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalUnit" ADD CONSTRAINT "ProposalUnit_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalUnit" ADD CONSTRAINT "ProposalUnit_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "OrganisationalUnit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalComment" ADD CONSTRAINT "ProposalComment_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalComment" ADD CONSTRAINT "ProposalComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PriorityArea" ADD CONSTRAINT "PriorityArea_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PriorityArea" ADD CONSTRAINT "PriorityArea_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PriorityArea" ADD CONSTRAINT "PriorityArea_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PriorityArea" ADD CONSTRAINT "PriorityArea_closedByDecisionId_fkey" FOREIGN KEY ("closedByDecisionId") REFERENCES "Decision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PriorityAreaYear" ADD CONSTRAINT "PriorityAreaYear_priorityAreaId_fkey" FOREIGN KEY ("priorityAreaId") REFERENCES "PriorityArea"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PriorityAreaYear" ADD CONSTRAINT "PriorityAreaYear_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PriorityAreaThematicArea" ADD CONSTRAINT "PriorityAreaThematicArea_priorityAreaId_fkey" FOREIGN KEY ("priorityAreaId") REFERENCES "PriorityArea"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PriorityAreaThematicArea" ADD CONSTRAINT "PriorityAreaThematicArea_thematicAreaId_fkey" FOREIGN KEY ("thematicAreaId") REFERENCES "ThematicArea"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccessibilityReport" ADD CONSTRAINT "AccessibilityReport_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Written by hand: the priority-area rules that the database itself can hold.

ALTER TABLE "ProposalCall" ADD CONSTRAINT "ProposalCall_title_not_blank" CHECK (btrim("title") <> '');
ALTER TABLE "ProposalCall" ADD CONSTRAINT "ProposalCall_deadline_after_opening" CHECK ("deadline" > "opensAt");
ALTER TABLE "ProposalCall" ADD CONSTRAINT "ProposalCall_cycle_year_plausible" CHECK ("cycleYear" BETWEEN 2000 AND 2200);
ALTER TABLE "ProposalCall" ADD CONSTRAINT "ProposalCall_reopen_has_reason"
  CHECK (("reopenedAt" IS NULL) = ("reopenReason" IS NULL OR btrim("reopenReason") = ''));

ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_title_not_blank" CHECK (btrim("title") <> '');
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_version_positive" CHECK ("version" > 0);
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_period_valid"
  CHECK ("periodStartYear" IS NULL OR "periodEndYear" IS NULL OR "periodEndYear" >= "periodStartYear");
-- Beyond a draft, a proposal is complete: the form's required fields are in the row.
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_complete_when_submitted"
  CHECK ("status" IN ('DRAFT', 'WITHDRAWN') OR ("submittedAt" IS NOT NULL AND "focusArea" IS NOT NULL
         AND cardinality("dimensions") > 0 AND btrim("problem") <> '' AND btrim("contactName") <> ''));
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_recommendation_has_reason"
  CHECK (("recommendation" IS NULL) = ("recommendationReason" IS NULL OR btrim("recommendationReason") = ''));
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_put_forward_recorded"
  CHECK ("status" NOT IN ('PUT_FORWARD', 'ACCEPTED', 'REJECTED') OR "putForwardMeetingId" IS NOT NULL);
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_decided_recorded"
  CHECK (("status" IN ('ACCEPTED', 'REJECTED')) = ("decisionId" IS NOT NULL AND "decidedAt" IS NOT NULL));
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_withdrawn_recorded" CHECK (("status" = 'WITHDRAWN') = ("withdrawnAt" IS NOT NULL));

ALTER TABLE "ProposalComment" ADD CONSTRAINT "ProposalComment_text_not_blank" CHECK (btrim("text") <> '');

ALTER TABLE "PriorityArea" ADD CONSTRAINT "PriorityArea_title_not_blank" CHECK (btrim("title") <> '');
ALTER TABLE "PriorityArea" ADD CONSTRAINT "PriorityArea_has_dimension" CHECK (cardinality("dimensions") > 0);
ALTER TABLE "PriorityArea" ADD CONSTRAINT "PriorityArea_closed_recorded" CHECK (("closedAt" IS NULL) = ("closedByDecisionId" IS NULL));
ALTER TABLE "PriorityAreaYear" ADD CONSTRAINT "PriorityAreaYear_year_plausible" CHECK ("year" BETWEEN 2000 AND 2200);

ALTER TABLE "AccessibilityReport" ADD CONSTRAINT "AccessibilityReport_description_present"
  CHECK (btrim("description") <> '' AND char_length("description") <= 5000);
