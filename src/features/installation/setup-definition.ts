import "server-only";
import { hashInvitationToken, INVITATION_DAYS, invitationExpiry, newInvitationToken } from "@/features/people/person-rules";
import { organisationFor } from "@/features/partnership/organisations";
import type { InstallationActionDefinition } from "@/server/actions/installation-action";
import type { TransactionClient } from "@/server/actions/form-action";
import { accountForEmail } from "@/server/auth/accounts";
import { bilingualMail } from "@/server/mail/bilingual";
import { queueMail } from "@/server/mail/outbox";
import { normaliseSlug } from "./setup-rules";
import { setUpPartnershipSchema, type SetUpPartnershipInput } from "./setup-schema";

export type SetupResult = { partnershipId: string; slug: string; administratorUserId: string; invited: boolean };

/**
 * Creates a partnership with everything it starts with, in one transaction: its parties (each the
 * installation's organisation, reused by organisation number), the agreement and its first terms
 * version, the groups with their seats, the thematic areas, and its first administrator: a person
 * with a user holding ADMINISTRATOR, signing in with the account for their e-mail address. An
 * account without a password gets a one-time link by mail (as an administrator's invitation does);
 * one that has a password is told by mail that it now has access (a link would let whoever holds it
 * take the account over). The installation administrator gets no role in it.
 */
export const setUpPartnership: InstallationActionDefinition<typeof setUpPartnershipSchema, SetupResult> = {
  schema: setUpPartnershipSchema,
  successMessage: "installation.created",
  async findTaken(tx, input) {
    const slug = typeof input.slug === "string" ? normaliseSlug(input.slug) : "";
    if (!slug) return {};
    const existing = await tx.partnership.findUnique({ where: { slug }, select: { id: true } });
    return existing ? { slug: ["installation.validation.slugTaken"] } : {};
  },
  async run({ input, tx, origin }) {
    const partnership = await tx.partnership.create({
      data: { slug: input.slug, name: input.name, nameEn: input.nameEn, description: input.description },
      select: { id: true, slug: true },
    });
    const parties = await createParties(tx, partnership.id, input.parties);
    const agreement = await tx.agreement.create({
      data: {
        partnershipId: partnership.id,
        title: input.agreement.title,
        signingDate: input.agreement.signingDate,
        parties: { create: Object.values(parties).map((party) => ({ partyId: party.id })) },
        termsVersions: { create: { number: 1, effectiveDate: input.agreement.terms.startDate, ...input.agreement.terms } },
      },
      select: { id: true },
    });
    for (const group of input.groups) {
      await tx.group.create({
        data: {
          partnershipId: partnership.id,
          kind: group.kind,
          meetingsPerYear: group.meetingsPerYear,
          seats: { create: group.seats.map((seat, index) => ({ partyId: parties[seat.party].id, title: seat.title, sortOrder: index })) },
        },
      });
    }
    await tx.thematicArea.createMany({
      data: input.thematicAreas.map((area, index) => ({ partnershipId: partnership.id, focusArea: area.focusArea, name: area.name, sortOrder: index })),
    });
    const administrator = await addFirstAdministrator(tx, { partnershipId: partnership.id, name: input.name, nameEn: input.nameEn }, input.administrator, origin);

    return {
      audit: {
        partnershipId: partnership.id,
        action: "partnership.created",
        entityType: "Partnership",
        entityId: partnership.id,
        data: {
          after: {
            slug: partnership.slug,
            name: input.name,
            parties: input.parties.map((party) => ({ type: party.type, name: party.name, organisationId: parties[party.type].organisationId })),
            agreementId: agreement.id,
            groups: input.groups.map((group) => ({ kind: group.kind, meetingsPerYear: group.meetingsPerYear, seats: group.seats.length })),
            thematicAreas: input.thematicAreas.length,
            administrator: { userId: administrator.userId, email: input.administrator.email, invited: administrator.invited },
          },
        },
      },
      result: { partnershipId: partnership.id, slug: partnership.slug, administratorUserId: administrator.userId, invited: administrator.invited },
    };
  },
};

async function createParties(tx: TransactionClient, partnershipId: string, parties: SetUpPartnershipInput["parties"]) {
  const created = {} as Record<SetUpPartnershipInput["parties"][number]["type"], { id: string; organisationId: string }>;
  for (const party of parties) {
    const organisation = await organisationFor(tx, party);
    const row = await tx.party.create({
      data: { partnershipId, organisationId: organisation.id, type: party.type, name: party.name, organisationNumber: party.organisationNumber },
      select: { id: true },
    });
    created[party.type] = { id: row.id, organisationId: organisation.id };
  }
  return created;
}

async function addFirstAdministrator(
  tx: TransactionClient,
  partnership: { partnershipId: string; name: string; nameEn: string | null },
  person: SetUpPartnershipInput["administrator"],
  origin: string,
): Promise<{ userId: string; invited: boolean }> {
  const { partnershipId } = partnership;
  const created = await tx.person.create({ data: { partnershipId, name: person.name, email: person.email }, select: { id: true } });
  const account = await accountForEmail(tx, person.email, person.name);
  const user = await tx.user.create({ data: { partnershipId, personId: created.id, accountId: account.id, roles: ["ADMINISTRATOR"] }, select: { id: true } });
  const partnershipName = (locale: string) => (locale === "en" && partnership.nameEn) || partnership.name;

  if (account.passwordHash) {
    const mail = bilingualMail((t, locale) => ({
      subject: t("people.accessMail.subject", { partnership: partnershipName(locale) }),
      text: t("people.accessMail.body", { partnership: partnershipName(locale), email: account.email }),
    }));
    await queueMail(tx, [{ partnershipId, to: account.email, ...mail, dedupeKey: `access-given:${user.id}` }]);
    return { userId: user.id, invited: false };
  }

  const token = newInvitationToken();
  await tx.invitation.create({ data: { userId: user.id, tokenHash: hashInvitationToken(token), expiresAt: invitationExpiry(new Date()), createdById: null } });
  const link = `${origin}/invitation/${token}`;
  const mail = bilingualMail((t, locale) => ({
    subject: t("installation.inviteMail.subject", { partnership: partnershipName(locale) }),
    text: t("installation.inviteMail.body", { partnership: partnershipName(locale), link, days: INVITATION_DAYS }),
  }));
  await queueMail(tx, [{ partnershipId, to: account.email, ...mail, dedupeKey: `partnership-invitation:${user.id}` }]);
  return { userId: user.id, invited: true };
}
