import { getFormatter, getLocale, getTranslations } from "@/i18n/server";
import { auditLabels } from "@/features/audit/audit-log";
import { MembershipHistory } from "./membership-history";
import type { PersonalData } from "./personal-data";

/** How many of the user's own events the page lists; the download holds them all. */
const RECENT_EVENTS = 20;

/** A signed-in user's own data, as the application holds it, with the download link. */
export async function PersonalDataView({ data }: { data: PersonalData }) {
  const [t, tRole, tParty, tAudit, format, locale] = await Promise.all([
    getTranslations("people.ownData"),
    getTranslations("roles"),
    getTranslations("partyTypes"),
    getTranslations("audit"),
    getFormatter(),
    getLocale(),
  ]);
  const tPeople = await getTranslations("people");
  const moment = (value: Date) => format.dateTime(value, { dateStyle: "medium", timeStyle: "short" });
  const missing = tPeople("missing");
  const describe = (await auditLabels()).action;
  const { person, account } = data;
  const recent = data.auditEventsPerformed.slice(-RECENT_EVENTS).reverse();

  return (
    <div className="space-y-10">
      <div>
        <h1 className="mb-2 text-3xl font-bold">{t("title")}</h1>
        <p className="mb-4 max-w-3xl">{t("intro")}</p>
        <a
          href="/api/account/export"
          download
          className="inline-block rounded bg-blue-800 px-5 py-2 font-semibold text-white hover:bg-blue-900"
        >
          {t("export")}
        </a>
        <p className="mt-2 max-w-3xl text-sm text-slate-700">{t("exportHint")}</p>
      </div>

      <section aria-labelledby="own-person-heading">
        <h2 id="own-person-heading" className="mb-3 text-2xl font-bold">
          {t("person")}
        </h2>
        <dl className="grid max-w-2xl grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
          <dt className="font-semibold">{tPeople("fields.name")}</dt>
          <dd>{person.name}</dd>
          <dt className="font-semibold">{tPeople("fields.email")}</dt>
          <dd className="break-all">{person.email ?? missing}</dd>
          <dt className="font-semibold">{tPeople("fields.title")}</dt>
          <dd>{person.title ?? missing}</dd>
          <dt className="font-semibold">{tPeople("fields.party")}</dt>
          <dd>{person.party ? `${person.party.name} (${tParty(person.party.type)})` : missing}</dd>
          <dt className="font-semibold">{tPeople("fields.unit")}</dt>
          <dd>{person.unit ? (locale === "en" && person.unit.nameEn) || person.unit.name : missing}</dd>
          <dt className="font-semibold">{t("recordedSince")}</dt>
          <dd>{moment(person.createdAt)}</dd>
        </dl>
      </section>

      <section aria-labelledby="own-account-heading">
        <h2 id="own-account-heading" className="mb-3 text-2xl font-bold">
          {t("account")}
        </h2>
        <dl className="grid max-w-2xl grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
          <dt className="font-semibold">{tPeople("account.email")}</dt>
          <dd className="break-all">{account.email}</dd>
          <dt className="font-semibold">{tPeople("account.roles")}</dt>
          <dd>{account.roles.map((role) => tRole(role)).join(", ")}</dd>
          <dt className="font-semibold">{t("password")}</dt>
          <dd>{account.hasPassword ? t("passwordSet") : t("passwordNotSet")}</dd>
          <dt className="font-semibold">{tPeople("account.lastSignIn")}</dt>
          <dd>{account.lastSignInAt ? moment(account.lastSignInAt) : tPeople("account.neverSignedIn")}</dd>
          <dt className="font-semibold">{t("accountCreated")}</dt>
          <dd>{moment(account.createdAt)}</dd>
        </dl>
      </section>

      <section aria-labelledby="own-memberships-heading">
        <h2 id="own-memberships-heading" className="mb-3 text-2xl font-bold">
          {tPeople("memberships.heading")}
        </h2>
        <MembershipHistory
          caption={tPeople("memberships.heading")}
          rows={data.memberships.map(({ group, ...membership }) => ({ ...membership, groupKind: group }))}
        />
      </section>

      <section aria-labelledby="own-invitations-heading">
        <h2 id="own-invitations-heading" className="mb-3 text-2xl font-bold">
          {t("invitations")}
        </h2>
        {data.invitations.length === 0 ? (
          <p>{t("noInvitations")}</p>
        ) : (
          <ul className="list-disc pl-5">
            {data.invitations.map((invitation) => (
              <li key={invitation.id}>
                {invitation.acceptedAt
                  ? t("invitationAccepted", { created: moment(invitation.createdAt), accepted: moment(invitation.acceptedAt) })
                  : t("invitationOpen", { created: moment(invitation.createdAt), expires: moment(invitation.expiresAt) })}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="own-events-heading">
        <h2 id="own-events-heading" className="mb-3 text-2xl font-bold">
          {t("events")}
        </h2>
        <p className="mb-3">
          {t("eventsSummary", { performed: data.auditEventsPerformed.length, about: data.auditEventsAboutYou.length })}
        </p>
        {recent.length > 0 ? (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-left">
              <caption className="mb-1 text-left font-semibold">{t("recentEvents", { count: recent.length })}</caption>
              <thead>
                <tr className="border-b-2 border-slate-700">
                  <th scope="col" className="py-1 pr-3">{tAudit("when")}</th>
                  <th scope="col" className="py-1 pr-3">{tAudit("what")}</th>
                  <th scope="col" className="py-1 pr-3">{tAudit("object")}</th>
                </tr>
              </thead>
              <tbody>
                {recent.map((event) => (
                  <tr key={event.id} className="border-b border-slate-300">
                    <td className="py-1 pr-3 whitespace-nowrap">
                      <time dateTime={event.createdAt.toISOString()}>{moment(event.createdAt)}</time>
                    </td>
                    <td className="py-1 pr-3">{describe(event.action)}</td>
                    <td className="py-1 pr-3">{event.entityType}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>
    </div>
  );
}
