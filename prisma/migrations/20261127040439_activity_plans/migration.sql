-- CreateEnum
CREATE TYPE "ActivityPlanStatus" AS ENUM ('DRAFT', 'PROPOSED', 'ADOPTED', 'CLOSED');

-- CreateEnum
CREATE TYPE "ActivityStatus" AS ENUM ('NOT_STARTED', 'ON_TRACK', 'AT_RISK', 'DELAYED', 'DONE', 'CANCELLED');

-- CreateEnum
CREATE TYPE "CollaborationKind" AS ENUM ('VFU_PLACEMENT', 'DEGREE_PROJECT', 'JOINT_RESEARCH', 'COURSE', 'COMPETENCE_DEVELOPMENT', 'INTERNSHIP', 'OTHER');

-- CreateEnum
CREATE TYPE "ResultKind" AS ENUM ('PUBLICATION', 'REPORT', 'DEGREE_PROJECT', 'COURSE', 'PLACEMENT', 'EVENT', 'OTHER');

-- CreateTable
CREATE TABLE "ActivityPlan" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "status" "ActivityPlanStatus" NOT NULL DEFAULT 'DRAFT',
    "summary" TEXT NOT NULL DEFAULT '',
    "proposedByDecisionId" TEXT,
    "proposedAt" TIMESTAMP(3),
    "adoptedByDecisionId" TEXT,
    "adoptedAt" TIMESTAMP(3),
    "closedByDecisionId" TEXT,
    "closedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ActivityPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActivityPlanRevision" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "snapshot" JSONB NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActivityPlanRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Activity" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "priorityAreaId" TEXT,
    "focusArea" "FocusArea" NOT NULL,
    "thematicAreaId" TEXT,
    "dimensions" "SustainabilityDimension"[],
    "collaborationKinds" "CollaborationKind"[],
    "municipalResponsibleId" TEXT,
    "universityResponsibleId" TEXT,
    "municipalUnitId" TEXT,
    "universityUnitId" TEXT,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "expectedResults" TEXT NOT NULL DEFAULT '',
    "carriedOverFromId" TEXT,
    "status" "ActivityStatus" NOT NULL DEFAULT 'NOT_STARTED',
    "progress" INTEGER NOT NULL DEFAULT 0,
    "followedUpAt" TIMESTAMP(3),
    "removedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Activity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActivityIndicator" (
    "id" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "unit" TEXT NOT NULL DEFAULT '',
    "targetValue" DOUBLE PRECISION,
    "outcomeValue" DOUBLE PRECISION,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActivityIndicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActivityFollowUp" (
    "id" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,
    "status" "ActivityStatus" NOT NULL,
    "progress" INTEGER NOT NULL,
    "narrative" TEXT NOT NULL DEFAULT '',
    "results" TEXT NOT NULL DEFAULT '',
    "authorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActivityFollowUp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndicatorOutcome" (
    "followUpId" TEXT NOT NULL,
    "indicatorId" TEXT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "IndicatorOutcome_pkey" PRIMARY KEY ("followUpId","indicatorId")
);

-- CreateTable
CREATE TABLE "Result" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,
    "kind" "ResultKind" NOT NULL,
    "title" TEXT NOT NULL,
    "authors" TEXT NOT NULL DEFAULT '',
    "date" DATE NOT NULL,
    "identifier" TEXT,
    "url" TEXT,
    "description" TEXT NOT NULL DEFAULT '',
    "mayPublish" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Result_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ActivityPlan_partnershipId_year_key" ON "ActivityPlan"("partnershipId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "ActivityPlanRevision_planId_number_key" ON "ActivityPlanRevision"("planId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "Activity_carriedOverFromId_key" ON "Activity"("carriedOverFromId");

-- CreateIndex
CREATE INDEX "Activity_planId_idx" ON "Activity"("planId");

-- CreateIndex
CREATE INDEX "Activity_priorityAreaId_idx" ON "Activity"("priorityAreaId");

-- CreateIndex
CREATE INDEX "Activity_municipalResponsibleId_idx" ON "Activity"("municipalResponsibleId");

-- CreateIndex
CREATE INDEX "Activity_universityResponsibleId_idx" ON "Activity"("universityResponsibleId");

-- CreateIndex
CREATE INDEX "ActivityIndicator_activityId_idx" ON "ActivityIndicator"("activityId");

-- CreateIndex
CREATE INDEX "ActivityFollowUp_activityId_createdAt_idx" ON "ActivityFollowUp"("activityId", "createdAt");

-- CreateIndex
CREATE INDEX "IndicatorOutcome_indicatorId_idx" ON "IndicatorOutcome"("indicatorId");

-- CreateIndex
CREATE INDEX "Result_partnershipId_mayPublish_date_idx" ON "Result"("partnershipId", "mayPublish", "date");

-- CreateIndex
CREATE INDEX "Result_activityId_idx" ON "Result"("activityId");

-- AddForeignKey
ALTER TABLE "ActivityPlan" ADD CONSTRAINT "ActivityPlan_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityPlan" ADD CONSTRAINT "ActivityPlan_proposedByDecisionId_fkey" FOREIGN KEY ("proposedByDecisionId") REFERENCES "Decision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityPlan" ADD CONSTRAINT "ActivityPlan_adoptedByDecisionId_fkey" FOREIGN KEY ("adoptedByDecisionId") REFERENCES "Decision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityPlan" ADD CONSTRAINT "ActivityPlan_closedByDecisionId_fkey" FOREIGN KEY ("closedByDecisionId") REFERENCES "Decision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityPlanRevision" ADD CONSTRAINT "ActivityPlanRevision_planId_fkey" FOREIGN KEY ("planId") REFERENCES "ActivityPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityPlanRevision" ADD CONSTRAINT "ActivityPlanRevision_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_planId_fkey" FOREIGN KEY ("planId") REFERENCES "ActivityPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_priorityAreaId_fkey" FOREIGN KEY ("priorityAreaId") REFERENCES "PriorityArea"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_thematicAreaId_fkey" FOREIGN KEY ("thematicAreaId") REFERENCES "ThematicArea"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_municipalResponsibleId_fkey" FOREIGN KEY ("municipalResponsibleId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_universityResponsibleId_fkey" FOREIGN KEY ("universityResponsibleId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_municipalUnitId_fkey" FOREIGN KEY ("municipalUnitId") REFERENCES "OrganisationalUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_universityUnitId_fkey" FOREIGN KEY ("universityUnitId") REFERENCES "OrganisationalUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_carriedOverFromId_fkey" FOREIGN KEY ("carriedOverFromId") REFERENCES "Activity"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityIndicator" ADD CONSTRAINT "ActivityIndicator_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityFollowUp" ADD CONSTRAINT "ActivityFollowUp_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityFollowUp" ADD CONSTRAINT "ActivityFollowUp_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorOutcome" ADD CONSTRAINT "IndicatorOutcome_followUpId_fkey" FOREIGN KEY ("followUpId") REFERENCES "ActivityFollowUp"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorOutcome" ADD CONSTRAINT "IndicatorOutcome_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "ActivityIndicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Result" ADD CONSTRAINT "Result_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Result" ADD CONSTRAINT "Result_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Result" ADD CONSTRAINT "Result_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;



-- Written by hand: the activity-plan rules that the database itself can hold.

ALTER TABLE "ActivityPlan" ADD CONSTRAINT "ActivityPlan_year_plausible" CHECK ("year" BETWEEN 2000 AND 2200);
ALTER TABLE "ActivityPlan" ADD CONSTRAINT "ActivityPlan_version_positive" CHECK ("version" > 0);
-- Each step of the lifecycle is recorded with the decision that took it.
ALTER TABLE "ActivityPlan" ADD CONSTRAINT "ActivityPlan_proposed_recorded"
  CHECK ("status" = 'DRAFT' OR ("proposedByDecisionId" IS NOT NULL AND "proposedAt" IS NOT NULL));
ALTER TABLE "ActivityPlan" ADD CONSTRAINT "ActivityPlan_adopted_recorded"
  CHECK (("status" IN ('ADOPTED', 'CLOSED')) = ("adoptedByDecisionId" IS NOT NULL AND "adoptedAt" IS NOT NULL));
ALTER TABLE "ActivityPlan" ADD CONSTRAINT "ActivityPlan_closed_recorded"
  CHECK (("status" = 'CLOSED') = ("closedByDecisionId" IS NOT NULL AND "closedAt" IS NOT NULL));

ALTER TABLE "ActivityPlanRevision" ADD CONSTRAINT "ActivityPlanRevision_number_valid" CHECK ("number" >= 0);
-- Revision 0 is the plan as adopted; every later revision says why the adopted plan changed.
ALTER TABLE "ActivityPlanRevision" ADD CONSTRAINT "ActivityPlanRevision_reason_given" CHECK ("number" = 0 OR btrim("reason") <> '');

-- Revisions are the plan's history: never changed, never removed (the plan's own deletion aside).
CREATE FUNCTION "activity_plan_revision_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND NOT EXISTS (SELECT 1 FROM "ActivityPlan" WHERE "id" = OLD."planId") THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'activity plan revisions cannot be changed or removed' USING ERRCODE = 'check_violation';
END;
$$;
CREATE TRIGGER "ActivityPlanRevision_immutable" BEFORE UPDATE OR DELETE ON "ActivityPlanRevision"
  FOR EACH ROW EXECUTE FUNCTION "activity_plan_revision_immutable"();

ALTER TABLE "Activity" ADD CONSTRAINT "Activity_title_not_blank" CHECK (btrim("title") <> '');
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_period_valid" CHECK ("endsOn" >= "startsOn");
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_progress_percent" CHECK ("progress" BETWEEN 0 AND 100);
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_version_positive" CHECK ("version" > 0);
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_not_carried_over_from_itself" CHECK ("carriedOverFromId" IS NULL OR "carriedOverFromId" <> "id");

ALTER TABLE "ActivityIndicator" ADD CONSTRAINT "ActivityIndicator_name_not_blank" CHECK (btrim("name") <> '');

ALTER TABLE "ActivityFollowUp" ADD CONSTRAINT "ActivityFollowUp_progress_percent" CHECK ("progress" BETWEEN 0 AND 100);

ALTER TABLE "Result" ADD CONSTRAINT "Result_title_not_blank" CHECK (btrim("title") <> '');
ALTER TABLE "Result" ADD CONSTRAINT "Result_version_positive" CHECK ("version" > 0);
