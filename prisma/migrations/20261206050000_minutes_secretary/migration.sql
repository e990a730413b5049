-- The minutes' secretary (protokollförare) decides who may adjust them (issue #19): minutes
-- started before it was always recorded take the person who started them. Approved minutes are
-- locked (Minutes_locked) and keep what they say; adjusters already appointed are not changed
-- here, `npm run db:check` lists minutes whose secretary is also their adjuster.
UPDATE "Minutes" AS m
SET "secretaryPersonId" = u."personId"
FROM "User" AS u
WHERE m."createdById" = u."id" AND m."secretaryPersonId" IS NULL AND m."status" <> 'APPROVED';
