-- Issue #15: one account per human across partnerships; roles stay per partnership on User.
-- Written by hand from `prisma migrate diff`, so that existing data moves instead of being dropped.

-- Accounts: one per existing user who was not anonymised, with the user's own id, so that ended
-- sessions and every reference carry over unchanged.
CREATE TABLE "Account" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "installationAdministrator" BOOLEAN NOT NULL DEFAULT false,
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "lastSignInAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "Account_email_key" ON "Account"("email");
ALTER TABLE "Account" ADD CONSTRAINT "Account_email_lower_case" CHECK ("email" = lower("email"));
ALTER TABLE "Account" ADD CONSTRAINT "Account_name_not_blank" CHECK (length(btrim("name")) > 0);

INSERT INTO "Account" ("id", "email", "name", "passwordHash", "sessionVersion", "lastSignInAt", "createdAt", "updatedAt")
SELECT u."id", u."email", p."name", u."passwordHash", u."sessionVersion", u."lastSignInAt", u."createdAt", u."updatedAt"
FROM "User" u JOIN "Person" p ON p."id" = u."personId"
WHERE p."anonymisedAt" IS NULL;

-- Users: the partnership they give access to, and their account (none for anonymised people).
ALTER TABLE "User" ADD COLUMN "accountId" TEXT, ADD COLUMN "partnershipId" TEXT;
UPDATE "User" u
SET "partnershipId" = p."partnershipId",
    "accountId" = CASE WHEN p."anonymisedAt" IS NULL THEN u."id" END
FROM "Person" p
WHERE p."id" = u."personId";
ALTER TABLE "User" ALTER COLUMN "partnershipId" SET NOT NULL;

DROP INDEX "User_email_key";
ALTER TABLE "User" DROP COLUMN "email",
DROP COLUMN "lastSignInAt",
DROP COLUMN "passwordHash",
DROP COLUMN "sessionVersion";

CREATE INDEX "User_partnershipId_idx" ON "User"("partnershipId");
CREATE UNIQUE INDEX "User_accountId_partnershipId_key" ON "User"("accountId", "partnershipId");
ALTER TABLE "User" ADD CONSTRAINT "User_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE SET NULL ON UPDATE CASCADE;
-- A user's partnership is its person's: without this, one account could hold two users in one
-- partnership (through people of different partnerships) and the unique index above would not hold.
CREATE UNIQUE INDEX "Person_id_partnershipId_key" ON "Person"("id", "partnershipId");
ALTER TABLE "User" ADD CONSTRAINT "User_person_partnership_fkey" FOREIGN KEY ("personId", "partnershipId") REFERENCES "Person"("id", "partnershipId") ON DELETE CASCADE ON UPDATE CASCADE;

-- Ended sessions belong to the account (sessions are the account's, whatever partnership is chosen).
ALTER TABLE "EndedSession" DROP CONSTRAINT "EndedSession_userId_fkey";
DROP INDEX "EndedSession_userId_idx";
ALTER TABLE "EndedSession" ADD COLUMN "accountId" TEXT;
UPDATE "EndedSession" SET "accountId" = "userId";
DELETE FROM "EndedSession" e WHERE NOT EXISTS (SELECT 1 FROM "Account" a WHERE a."id" = e."accountId");
ALTER TABLE "EndedSession" ALTER COLUMN "accountId" SET NOT NULL, DROP COLUMN "userId";
CREATE INDEX "EndedSession_accountId_idx" ON "EndedSession"("accountId");
ALTER TABLE "EndedSession" ADD CONSTRAINT "EndedSession_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The audit trail names an account where no partnership's user acted.
ALTER TABLE "AuditEvent" ADD COLUMN "actorAccountId" TEXT;
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorAccountId_fkey" FOREIGN KEY ("actorAccountId") REFERENCES "Account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The organisations of the installation, registered from the existing parties: one per
-- organisation number (so an organisation already in two partnerships becomes one), and one per
-- party without a number.
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL,
    "type" "PartyType" NOT NULL,
    "name" TEXT NOT NULL,
    "organisationNumber" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "Organisation_organisationNumber_key" ON "Organisation"("organisationNumber");

INSERT INTO "Organisation" ("id", "type", "name", "organisationNumber", "createdAt")
SELECT DISTINCT ON (COALESCE(p."organisationNumber", p."id")) 'org_' || p."id", p."type", p."name", p."organisationNumber", p."createdAt"
FROM "Party" p
ORDER BY COALESCE(p."organisationNumber", p."id"), p."createdAt";

ALTER TABLE "Party" ADD COLUMN "organisationId" TEXT;
UPDATE "Party" p
SET "organisationId" = o."id"
FROM "Organisation" o
WHERE o."organisationNumber" = p."organisationNumber" OR o."id" = 'org_' || p."id";
CREATE INDEX "Party_organisationId_idx" ON "Party"("organisationId");
ALTER TABLE "Party" ADD CONSTRAINT "Party_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
