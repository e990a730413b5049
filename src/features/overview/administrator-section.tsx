import Link from "next/link";
import { getFormatter, getTranslations } from "@/i18n/server";
import { FindingsList } from "@/features/membership/findings-list";
import type { AdministratorWork, CadenceFinding } from "./queries";
import { linkClass, PartSection, WorkBlock } from "./work-block";

type Translate = (key: string, values?: Record<string, string | number>) => string;

function missingText(finding: CadenceFinding, t: Translate): string {
  const missing = finding.missing;
  switch (missing.kind) {
    case "schedule":
      return t("missingSchedule", { count: missing.count, deadline: missing.deadline });
    case "hold":
      return t("missingHold", { count: missing.count, deadline: missing.deadline });
    case "notHeld":
      return t("missingNotHeld", { count: missing.count });
  }
}

/** The administrator's part: composition, cadence, invitations, failed mail and the agreement's dates. */
export async function AdministratorSection({ work }: { work: AdministratorWork }) {
  const [t, tCompliance, tKind, format] = await Promise.all([
    getTranslations("overview"),
    getTranslations("calendar.compliance"),
    getTranslations("groupKinds"),
    getFormatter(),
  ]);
  const day = (value: Date) => format.dateTime(value, { dateStyle: "long", timeZone: "UTC" });
  const agreement = work.agreement;
  const agreementCount = agreement ? (agreement.lastNoticeDay ? 1 : 0) + agreement.amendmentsWaiting.length : 0;
  return (
    <PartSection id="part-administrator" heading={t("parts.administrator")}>
      <WorkBlock id="admin-composition" heading={t("administrator.compositionHeading")} count={work.compositionFindings.length}>
        <FindingsList findings={work.compositionFindings} />
        <p>
          <Link href="/membership/composition" className={linkClass}>
            {t("administrator.compositionLink")}
          </Link>
        </p>
      </WorkBlock>
      <WorkBlock id="admin-cadence" heading={t("administrator.cadenceHeading")} count={work.cadenceFindings.length}>
        <ul className="space-y-1">
          {work.cadenceFindings.map((finding) => (
            <li key={`${finding.year}-${finding.groupKind}`}>
              <Link href={`/meetings?year=${finding.year}`} className={linkClass}>
                {t("administrator.cadenceItem", { group: tKind(finding.groupKind), year: finding.year, missing: missingText(finding, tCompliance) })}
              </Link>
            </li>
          ))}
        </ul>
      </WorkBlock>
      <WorkBlock id="admin-invitations" heading={t("administrator.invitationsHeading")} count={work.invitations.length}>
        <ul className="space-y-1">
          {work.invitations.map((invitation) => (
            <li key={invitation.personId}>
              <Link href={`/membership/people/${invitation.personId}`} className={linkClass}>
                {invitation.name}
              </Link>
              <span className="block text-slate-800">
                {invitation.expired ? t("administrator.invitationExpired") : t("administrator.invitationWaiting")}
              </span>
            </li>
          ))}
        </ul>
      </WorkBlock>
      <WorkBlock id="admin-mail" heading={t("administrator.mailHeading")} count={work.failedMail}>
        <p>
          <Link href="/admin/mail" className={linkClass}>
            {t("administrator.mailCount", { count: work.failedMail })}
          </Link>
        </p>
      </WorkBlock>
      <WorkBlock id="admin-agreement" heading={t("administrator.agreementHeading")} count={agreementCount} empty={agreement ? undefined : t("administrator.noAgreement")}>
        <ul className="space-y-1">
          {agreement?.lastNoticeDay ? (
            <li>
              <Link href="/agreement" className={linkClass}>
                {t("administrator.lastNoticeDay", {
                  end: day(agreement.lastNoticeDay.endDate),
                  date: day(agreement.lastNoticeDay.lastDay),
                  days: agreement.lastNoticeDay.daysLeft,
                })}
              </Link>
            </li>
          ) : null}
          {agreement?.amendmentsWaiting.map((amendment) => (
            <li key={amendment.number}>
              <Link href="/agreement" className={linkClass}>
                {t("administrator.amendmentWaiting", { number: amendment.number, parties: amendment.missingParties.join(", ") })}
              </Link>
            </li>
          ))}
        </ul>
      </WorkBlock>
    </PartSection>
  );
}
