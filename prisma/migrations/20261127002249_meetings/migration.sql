-- CreateEnum
CREATE TYPE "MeetingStatus" AS ENUM ('PLANNED', 'HELD', 'CANCELLED');

-- CreateEnum
CREATE TYPE "AgendaItemType" AS ENUM ('INFORMATION', 'DISCUSSION', 'DECISION');

-- CreateEnum
CREATE TYPE "AttendanceStatus" AS ENUM ('PRESENT', 'ABSENT', 'EXCUSED');

-- CreateEnum
CREATE TYPE "MinutesStatus" AS ENUM ('DRAFT', 'IN_ADJUSTMENT', 'APPROVED');

-- CreateEnum
CREATE TYPE "MinutesApprovalRole" AS ENUM ('CHAIR', 'ADJUSTER');

-- CreateEnum
CREATE TYPE "DecisionSubject" AS ENUM ('GENERAL', 'PRIORITY_AREAS', 'ACTIVITY_PLAN', 'FOLLOW_UP');

-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- CreateTable
CREATE TABLE "Meeting" (
    "id" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "cycleYear" INTEGER NOT NULL,
    "location" TEXT NOT NULL DEFAULT '',
    "onlineUrl" TEXT,
    "status" "MeetingStatus" NOT NULL DEFAULT 'PLANNED',
    "isExtra" BOOLEAN NOT NULL DEFAULT false,
    "extraReason" TEXT,
    "isPublic" BOOLEAN NOT NULL DEFAULT false,
    "noticeSentAt" TIMESTAMP(3),
    "cancelledAt" TIMESTAMP(3),
    "cancellationReason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgendaItem" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "presenter" TEXT NOT NULL DEFAULT '',
    "durationMinutes" INTEGER,
    "type" "AgendaItemType" NOT NULL DEFAULT 'INFORMATION',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AgendaItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingDocument" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "agendaItemId" TEXT,
    "title" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "content" BYTEA NOT NULL,
    "uploadedById" TEXT,
    "uploadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MeetingDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attendance" (
    "meetingId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "status" "AttendanceStatus" NOT NULL,
    "recordedById" TEXT,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Attendance_pkey" PRIMARY KEY ("meetingId","personId")
);

-- CreateTable
CREATE TABLE "Minutes" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "correctsId" TEXT,
    "correctionReason" TEXT,
    "status" "MinutesStatus" NOT NULL DEFAULT 'DRAFT',
    "chairPersonId" TEXT,
    "secretaryPersonId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "approvedAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Minutes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MinutesEntry" (
    "id" TEXT NOT NULL,
    "minutesId" TEXT NOT NULL,
    "agendaItemId" TEXT,
    "position" INTEGER NOT NULL,
    "heading" TEXT NOT NULL,
    "text" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "MinutesEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MinutesAdjuster" (
    "minutesId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "appointedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MinutesAdjuster_pkey" PRIMARY KEY ("minutesId","personId")
);

-- CreateTable
CREATE TABLE "MinutesApproval" (
    "id" TEXT NOT NULL,
    "minutesId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "role" "MinutesApprovalRole" NOT NULL,
    "userId" TEXT,
    "approvedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MinutesApproval_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Decision" (
    "id" TEXT NOT NULL,
    "minutesId" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "agendaItemId" TEXT,
    "number" INTEGER NOT NULL,
    "subject" "DecisionSubject" NOT NULL DEFAULT 'GENERAL',
    "title" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "preparedByMeetingId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Decision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CalendarFeedToken" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CalendarFeedToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT,
    "dedupeKey" TEXT,
    "toAddress" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "icsContent" TEXT,
    "status" "OutboxStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "OutboxMessage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Meeting_groupId_cycleYear_status_idx" ON "Meeting"("groupId", "cycleYear", "status");

-- CreateIndex
CREATE INDEX "Meeting_startsAt_idx" ON "Meeting"("startsAt");

-- CreateIndex
CREATE INDEX "AgendaItem_meetingId_position_idx" ON "AgendaItem"("meetingId", "position");

-- CreateIndex
CREATE INDEX "MeetingDocument_meetingId_idx" ON "MeetingDocument"("meetingId");

-- CreateIndex
CREATE INDEX "MeetingDocument_agendaItemId_idx" ON "MeetingDocument"("agendaItemId");

-- CreateIndex
CREATE INDEX "Attendance_personId_idx" ON "Attendance"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "Minutes_correctsId_key" ON "Minutes"("correctsId");

-- CreateIndex
CREATE INDEX "Minutes_meetingId_idx" ON "Minutes"("meetingId");

-- CreateIndex
CREATE INDEX "MinutesEntry_minutesId_position_idx" ON "MinutesEntry"("minutesId", "position");

-- CreateIndex
CREATE INDEX "MinutesAdjuster_personId_idx" ON "MinutesAdjuster"("personId");

-- CreateIndex
CREATE INDEX "MinutesApproval_personId_idx" ON "MinutesApproval"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "MinutesApproval_minutesId_personId_role_key" ON "MinutesApproval"("minutesId", "personId", "role");

-- CreateIndex
CREATE INDEX "Decision_meetingId_idx" ON "Decision"("meetingId");

-- CreateIndex
CREATE INDEX "Decision_preparedByMeetingId_idx" ON "Decision"("preparedByMeetingId");

-- CreateIndex
CREATE UNIQUE INDEX "Decision_minutesId_number_key" ON "Decision"("minutesId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "CalendarFeedToken_userId_key" ON "CalendarFeedToken"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "CalendarFeedToken_tokenHash_key" ON "CalendarFeedToken"("tokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "OutboxMessage_dedupeKey_key" ON "OutboxMessage"("dedupeKey");

-- CreateIndex
CREATE INDEX "OutboxMessage_status_createdAt_idx" ON "OutboxMessage"("status", "createdAt");

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingDocument" ADD CONSTRAINT "MeetingDocument_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingDocument" ADD CONSTRAINT "MeetingDocument_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingDocument" ADD CONSTRAINT "MeetingDocument_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Minutes" ADD CONSTRAINT "Minutes_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Minutes" ADD CONSTRAINT "Minutes_correctsId_fkey" FOREIGN KEY ("correctsId") REFERENCES "Minutes"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Minutes" ADD CONSTRAINT "Minutes_chairPersonId_fkey" FOREIGN KEY ("chairPersonId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Minutes" ADD CONSTRAINT "Minutes_secretaryPersonId_fkey" FOREIGN KEY ("secretaryPersonId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Minutes" ADD CONSTRAINT "Minutes_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinutesEntry" ADD CONSTRAINT "MinutesEntry_minutesId_fkey" FOREIGN KEY ("minutesId") REFERENCES "Minutes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinutesEntry" ADD CONSTRAINT "MinutesEntry_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinutesAdjuster" ADD CONSTRAINT "MinutesAdjuster_minutesId_fkey" FOREIGN KEY ("minutesId") REFERENCES "Minutes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinutesAdjuster" ADD CONSTRAINT "MinutesAdjuster_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinutesApproval" ADD CONSTRAINT "MinutesApproval_minutesId_fkey" FOREIGN KEY ("minutesId") REFERENCES "Minutes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinutesApproval" ADD CONSTRAINT "MinutesApproval_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinutesApproval" ADD CONSTRAINT "MinutesApproval_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_minutesId_fkey" FOREIGN KEY ("minutesId") REFERENCES "Minutes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_preparedByMeetingId_fkey" FOREIGN KEY ("preparedByMeetingId") REFERENCES "Meeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalendarFeedToken" ADD CONSTRAINT "CalendarFeedToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutboxMessage" ADD CONSTRAINT "OutboxMessage_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Written by hand: the meetings' rules that the database itself can hold.

ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_title_not_blank" CHECK (btrim("title") <> '');
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_ends_after_start" CHECK ("endsAt" > "startsAt");
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_cycle_year_plausible" CHECK ("cycleYear" BETWEEN 2000 AND 2200);
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_version_positive" CHECK ("version" > 0);
-- An extra meeting (extrainsatt möte) always states why.
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_extra_has_reason"
  CHECK ("isExtra" = ("extraReason" IS NOT NULL AND btrim("extraReason") <> ''));
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_cancelled_consistent"
  CHECK (("status" = 'CANCELLED') = ("cancelledAt" IS NOT NULL));

ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_title_not_blank" CHECK (btrim("title") <> '');
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_position_positive" CHECK ("position" > 0);
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_duration_valid"
  CHECK ("durationMinutes" IS NULL OR "durationMinutes" BETWEEN 1 AND 1440);

-- Underlag: at most 10 MB, and only PDF, DOCX, XLSX, PPTX and plain text.
ALTER TABLE "MeetingDocument" ADD CONSTRAINT "MeetingDocument_size_valid"
  CHECK ("size" BETWEEN 1 AND 10485760 AND octet_length("content") = "size");
ALTER TABLE "MeetingDocument" ADD CONSTRAINT "MeetingDocument_type_allowed"
  CHECK ("contentType" IN ('application/pdf',
                           'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                           'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                           'application/vnd.openxmlformats-officedocument.presentationml.presentation',
                           'text/plain'));
ALTER TABLE "MeetingDocument" ADD CONSTRAINT "MeetingDocument_names_not_blank"
  CHECK (btrim("title") <> '' AND btrim("fileName") <> '');
ALTER TABLE "MeetingDocument" ADD CONSTRAINT "MeetingDocument_sha256_hex" CHECK ("sha256" ~ '^[0-9a-f]{64}$');

ALTER TABLE "Minutes" ADD CONSTRAINT "Minutes_version_positive" CHECK ("version" > 0);
ALTER TABLE "Minutes" ADD CONSTRAINT "Minutes_approved_when_dated" CHECK (("status" = 'APPROVED') = ("approvedAt" IS NOT NULL));
ALTER TABLE "Minutes" ADD CONSTRAINT "Minutes_correction_has_reason"
  CHECK (("correctsId" IS NULL) = ("correctionReason" IS NULL OR btrim("correctionReason") = ''));
-- Only one draft (or minutes in justering) per meeting at a time.
CREATE UNIQUE INDEX "Minutes_one_open_per_meeting" ON "Minutes" ("meetingId") WHERE "status" <> 'APPROVED';

ALTER TABLE "MinutesEntry" ADD CONSTRAINT "MinutesEntry_heading_not_blank" CHECK (btrim("heading") <> '');
ALTER TABLE "MinutesEntry" ADD CONSTRAINT "MinutesEntry_position_positive" CHECK ("position" > 0);

ALTER TABLE "Decision" ADD CONSTRAINT "Decision_number_positive" CHECK ("number" > 0);
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_text_not_blank" CHECK (btrim("title") <> '' AND btrim("text") <> '');
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_not_prepared_by_itself" CHECK ("preparedByMeetingId" IS NULL OR "preparedByMeetingId" <> "meetingId");

-- Approved minutes are locked: neither they nor their entries, decisions, adjusters or approvals
-- change any more (deleting the whole meeting still cascades). A correction is new minutes.
CREATE FUNCTION "minutes_locked_when_approved"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  target_minutes_id text;
  target_status "MinutesStatus";
BEGIN
  IF TG_TABLE_NAME = 'Minutes' THEN
    IF OLD."status" = 'APPROVED' THEN
      RAISE EXCEPTION 'Approved minutes are locked: % is not allowed', TG_OP USING ERRCODE = 'restrict_violation';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  END IF;
  target_minutes_id := CASE WHEN TG_OP = 'INSERT' THEN NEW."minutesId" ELSE OLD."minutesId" END;
  SELECT "status" INTO target_status FROM "Minutes" WHERE "id" = target_minutes_id;
  IF target_status = 'APPROVED' THEN
    RAISE EXCEPTION 'Approved minutes are locked: % on % is not allowed', TG_OP, TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$;
CREATE TRIGGER "Minutes_locked" BEFORE UPDATE ON "Minutes"
  FOR EACH ROW EXECUTE FUNCTION "minutes_locked_when_approved"();
CREATE TRIGGER "MinutesEntry_locked" BEFORE INSERT OR UPDATE OR DELETE ON "MinutesEntry"
  FOR EACH ROW WHEN (pg_trigger_depth() = 0) EXECUTE FUNCTION "minutes_locked_when_approved"();
CREATE TRIGGER "Decision_locked" BEFORE INSERT OR UPDATE OR DELETE ON "Decision"
  FOR EACH ROW WHEN (pg_trigger_depth() = 0) EXECUTE FUNCTION "minutes_locked_when_approved"();
CREATE TRIGGER "MinutesAdjuster_locked" BEFORE INSERT OR UPDATE OR DELETE ON "MinutesAdjuster"
  FOR EACH ROW WHEN (pg_trigger_depth() = 0) EXECUTE FUNCTION "minutes_locked_when_approved"();
CREATE TRIGGER "MinutesApproval_locked" BEFORE INSERT OR UPDATE OR DELETE ON "MinutesApproval"
  FOR EACH ROW WHEN (pg_trigger_depth() = 0) EXECUTE FUNCTION "minutes_locked_when_approved"();

ALTER TABLE "OutboxMessage" ADD CONSTRAINT "OutboxMessage_address_present" CHECK (position('@' in "toAddress") > 1);
ALTER TABLE "OutboxMessage" ADD CONSTRAINT "OutboxMessage_sent_when_dated" CHECK (("status" = 'SENT') = ("sentAt" IS NOT NULL));
