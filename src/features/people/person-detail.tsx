import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "@/i18n/server";
import { AnonymiseForm, DeactivateForm } from "./departure-forms";
import { InviteForm } from "./invite-form";
import { MembershipHistory } from "./membership-history";
import { PersonForm } from "./person-form";
import type { PersonNotice, PersonStep } from "./person-rules";
import type { PersonDetail as Detail, PersonFormOptions } from "./queries";
import { RolesForm } from "./roles-form";

type Props = { person: Detail; options: PersonFormOptions; step: PersonStep | null; notice: PersonNotice | null };

/** One person for an administrator: details, account and roles, membership history, leaving. */
export async function PersonDetail({ person, options, step, notice }: Props) {
  const [t, tRole, format, locale] = await Promise.all([
    getTranslations("people"),
    getTranslations("roles"),
    getFormatter(),
    getLocale(),
  ]);
  const day = (value: Date) => format.dateTime(value, { dateStyle: "medium", timeZone: "UTC" });
  const moment = (value: Date) => format.dateTime(value, { dateStyle: "medium", timeStyle: "short" });
  const here = `/membership/people/${person.id}`;
  const account = person.account;
  const editable = !person.anonymisedAt;

  return (
    <div className="space-y-10">
      <div>
        <Link href="/membership/people" className="font-semibold text-blue-900 underline">
          {t("backToList")}
        </Link>
        <h1 className="mt-4 text-3xl font-bold">{person.name}</h1>
        <p className="mt-1 text-lg">
          {person.anonymisedAt
            ? t("status.anonymisedOn", { date: day(person.anonymisedAt) })
            : person.active
              ? t("status.active")
              : t("status.inactive")}
        </p>
        {notice ? (
          <p role="status" className="mt-4 rounded border-l-4 border-green-700 bg-green-50 p-4 text-green-900">
            {t(`notices.${notice}`)}
          </p>
        ) : null}
      </div>

      <section aria-labelledby="details-heading">
        <h2 id="details-heading" className="mb-3 text-2xl font-bold">
          {t("edit.heading")}
        </h2>
        {editable ? (
          <PersonForm options={options} person={person} labelledBy="details-heading" />
        ) : (
          <p>{t("anonymise.readOnly")}</p>
        )}
      </section>

      <section aria-labelledby="account-heading" className="space-y-6">
        <h2 id="account-heading" className="text-2xl font-bold">
          {t("account.heading")}
        </h2>
        <dl className="grid max-w-2xl grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
          <dt className="font-semibold">{t("account.status")}</dt>
          <dd>{t(`accountStatus.${account?.status ?? "NONE"}`)}</dd>
          {account ? (
            <>
              <dt className="font-semibold">{t("account.email")}</dt>
              <dd className="break-all">{account.email}</dd>
              <dt className="font-semibold">{t("account.roles")}</dt>
              <dd>{account.roles.map((role) => tRole(role)).join(", ")}</dd>
              <dt className="font-semibold">{t("account.lastSignIn")}</dt>
              <dd>{account.lastSignInAt ? moment(account.lastSignInAt) : t("account.neverSignedIn")}</dd>
              {account.invitationExpiresAt ? (
                <>
                  <dt className="font-semibold">{t("account.invitationExpires")}</dt>
                  <dd>{moment(account.invitationExpiresAt)}</dd>
                </>
              ) : null}
            </>
          ) : null}
        </dl>
        {!editable ? null : !person.active ? (
          <p>{t("account.inactivePerson")}</p>
        ) : account?.status === "ACTIVE" ? (
          <RolesForm personId={person.id} roles={account.roles} />
        ) : !person.email ? (
          <p>{t("account.noEmail")}</p>
        ) : (
          <InviteForm personId={person.id} defaultRoles={account?.roles ?? ["READER"]} hasAccount={account !== null} />
        )}
      </section>

      <section aria-labelledby="memberships-heading">
        <h2 id="memberships-heading" className="mb-3 text-2xl font-bold">
          {t("memberships.heading")}
        </h2>
        <MembershipHistory
          caption={t("memberships.caption", { name: person.name })}
          rows={person.memberships.map((membership) => ({
            id: membership.id,
            groupKind: membership.groupKind,
            role: membership.role,
            party: membership.partyName,
            seat: membership.seatTitle,
            thematicAreas: membership.thematicAreas.map((area) => (locale === "en" && area.nameEn) || area.name),
            startDate: membership.startDate,
            endDate: membership.endDate,
          }))}
        />
      </section>

      {editable && person.active ? (
        <section id="deactivate" aria-labelledby="deactivate-heading" className="rounded border-2 border-slate-400 p-4">
          <h2 id="deactivate-heading" className="mb-2 text-2xl font-bold">
            {t("deactivate.heading")}
          </h2>
          <p className="mb-4 max-w-2xl">{t("deactivate.intro")}</p>
          {step === "deactivate" ? (
            <div>
              <h3 id="deactivate-confirm-heading" className="mb-2 text-lg font-bold">
                {t("deactivate.confirmHeading", { name: person.name })}
              </h3>
              <p className="mb-4 max-w-2xl">{t("deactivate.confirmText")}</p>
              <DeactivateForm personId={person.id} cancelHref={here} />
            </div>
          ) : (
            <Link href={`${here}?step=deactivate#deactivate`} className="font-semibold text-blue-900 underline">
              {t("deactivate.start", { name: person.name })}
            </Link>
          )}
        </section>
      ) : null}

      {editable && !person.active ? (
        <section id="anonymise" aria-labelledby="anonymise-heading" className="rounded border-2 border-slate-400 p-4">
          <h2 id="anonymise-heading" className="mb-2 text-2xl font-bold">
            {t("anonymise.heading")}
          </h2>
          <p className="mb-4 max-w-2xl">{t("anonymise.intro")}</p>
          {step === "anonymise" ? (
            <div>
              <h3 id="anonymise-confirm-heading" className="mb-2 text-lg font-bold">
                {t("anonymise.confirmHeading", { name: person.name })}
              </h3>
              <p className="mb-4 max-w-2xl">{t("anonymise.confirmText")}</p>
              <AnonymiseForm personId={person.id} cancelHref={here} />
            </div>
          ) : (
            <Link href={`${here}?step=anonymise#anonymise`} className="font-semibold text-blue-900 underline">
              {t("anonymise.start", { name: person.name })}
            </Link>
          )}
        </section>
      ) : null}
    </div>
  );
}
