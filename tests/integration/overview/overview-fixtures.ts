import { createHash, randomUUID } from "node:crypto";
import type { PrismaClient } from "@/generated/prisma/client";
import { stockholmYear } from "@/features/meetings/meeting-time";
import { createUser } from "../../support/users";

/**
 * What waits for people, written straight to the database as the features' actions would leave it:
 * the start page only reads, so its tests do not depend on how each thing came about.
 */

const DAY_MS = 86_400_000;
export const day = (value: string) => new Date(`${value}T00:00:00Z`);
export const daysFrom = (now: Date, days: number) => new Date(now.getTime() + days * DAY_MS);

export async function groupId(prisma: PrismaClient, partnershipId: string, kind: "STEERING_GROUP" | "WORKING_GROUP") {
  return (await prisma.group.findUniqueOrThrow({ where: { partnershipId_kind: { partnershipId, kind } }, select: { id: true } })).id;
}

export async function personId(prisma: PrismaClient, email: string) {
  return (await prisma.user.findFirstOrThrow({ where: { account: { email } }, select: { personId: true } })).personId;
}

export async function userId(prisma: PrismaClient, email: string) {
  return (await prisma.user.findFirstOrThrow({ where: { account: { email } }, select: { id: true } })).id;
}

export async function meeting(prisma: PrismaClient, input: { groupId: string; title: string; startsAt: Date; status?: "PLANNED" | "HELD"; agenda?: string[]; documents?: string[] }) {
  const created = await prisma.meeting.create({
    data: {
      groupId: input.groupId,
      title: input.title,
      startsAt: input.startsAt,
      endsAt: new Date(input.startsAt.getTime() + 2 * 3_600_000),
      cycleYear: stockholmYear(input.startsAt),
      location: "Huddinge kommunhus",
      status: input.status ?? "PLANNED",
      agendaItems: { create: (input.agenda ?? []).map((title, index) => ({ position: index + 1, title })) },
    },
  });
  // With SQL, as the upload action writes it: the embedded database's adapter cannot pass Bytes on.
  for (const title of input.documents ?? []) {
    const content = Buffer.from(`underlag ${title}`);
    await prisma.$executeRaw`
      INSERT INTO "MeetingDocument" ("id", "meetingId", "title", "fileName", "contentType", "size", "sha256", "content")
      VALUES (${randomUUID()}, ${created.id}, ${title}, 'underlag.txt', 'text/plain', ${content.length}, ${createHash("sha256").update(content).digest("hex")}, decode(${content.toString("base64")}, 'base64'))`;
  }
  return created;
}

/** Minutes sent for justering, with a chair and one adjuster who have not approved yet. */
export async function minutesInAdjustment(prisma: PrismaClient, meetingId: string, chairPersonId: string, adjusterPersonId: string) {
  return prisma.minutes.create({
    data: { meetingId, status: "IN_ADJUSTMENT", chairPersonId, adjusters: { create: [{ personId: adjusterPersonId }] } },
  });
}

export async function proposal(prisma: PrismaClient, input: { partnershipId: string; title: string; status: "DRAFT" | "SUBMITTED" | "UNDER_REVIEW" | "PUT_FORWARD"; authorId?: string }) {
  const submitted = input.status !== "DRAFT";
  const putForwardAt =
    input.status === "PUT_FORWARD"
      ? await prisma.meeting.findFirstOrThrow({ where: { group: { partnershipId: input.partnershipId, kind: "WORKING_GROUP" }, status: "HELD" }, select: { id: true } })
      : null;
  return prisma.proposal.create({
    data: {
      partnershipId: input.partnershipId,
      title: input.title,
      status: input.status,
      authorId: input.authorId ?? null,
      // What the database requires of a submitted proposal.
      ...(submitted ? { submittedAt: new Date(), focusArea: "EDUCATION_AND_COMPETENCE" as const, dimensions: ["SOCIAL" as const], problem: "Behovet", contactName: "Kontakt" } : {}),
      ...(putForwardAt ? { putForwardMeetingId: putForwardAt.id } : {}),
    },
  });
}

/** An adopted plan of a year no demo plan uses, for activities the tests place freely. */
export async function adoptedPlan(prisma: PrismaClient, partnershipId: string, year: number) {
  return prisma.activityPlan.create({ data: { partnershipId, year, ...(await recorded(prisma, partnershipId, "ADOPTED")) } });
}

/** A plan's status with the decisions the database wants on record for it (any decision of the partnership will do here). */
export async function recorded(prisma: PrismaClient, partnershipId: string, status: "PROPOSED" | "ADOPTED") {
  const decision = await prisma.decision.findFirstOrThrow({ where: { meeting: { group: { partnershipId } } }, select: { id: true } });
  const now = new Date();
  return {
    status,
    proposedByDecisionId: decision.id,
    proposedAt: now,
    ...(status === "ADOPTED" ? { adoptedByDecisionId: decision.id, adoptedAt: now } : {}),
  };
}

export async function activity(
  prisma: PrismaClient,
  input: { planId: string; title: string; startsOn: Date; endsOn: Date; responsibleId: string; followedUpAt?: Date | null; status?: "ON_TRACK" | "DONE" },
) {
  return prisma.activity.create({
    data: {
      planId: input.planId,
      title: input.title,
      focusArea: "EDUCATION_AND_COMPETENCE",
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      universityResponsibleId: input.responsibleId,
      followedUpAt: input.followedUpAt ?? null,
      status: input.status ?? "ON_TRACK",
    },
  });
}

export async function result(prisma: PrismaClient, input: { partnershipId: string; activityId: string; title: string; mayPublish: boolean; date?: Date }) {
  return prisma.result.create({
    data: { partnershipId: input.partnershipId, activityId: input.activityId, kind: "REPORT", title: input.title, date: input.date ?? new Date(), mayPublish: input.mayPublish },
  });
}

/** A person with an account invited but never used: the invitation valid or expired. */
export async function invitedPerson(prisma: PrismaClient, partnershipId: string, name: string, expiresAt: Date) {
  const email = `${name.toLowerCase().replace(/[^a-z]/g, "")}@huddinge.example`;
  const person = await prisma.person.create({ data: { partnershipId, name, email } });
  const user = await createUser(prisma, { personId: person.id, email, roles: ["READER"] });
  await prisma.invitation.create({ data: { userId: user.id, tokenHash: createHash("sha256").update(email).digest("hex"), expiresAt } });
  return person;
}

export async function failedMail(prisma: PrismaClient, partnershipId: string) {
  return prisma.outboxMessage.create({ data: { partnershipId, toAddress: "someone@huddinge.example", subject: "Kallelse", text: "…", status: "FAILED", attempts: 5 } });
}
