import type { Metadata } from "next";
import { getTranslations } from "@/i18n/server";
import { MailDelivery, OutboxPagination, OutboxTable, outboxPage } from "@/features/mail/outbox-view";
import { countOutboxMessages, findOutboxMessages } from "@/features/mail/queries";
import { requireActor } from "@/server/auth/session";
import { jobsDisabledByEnv } from "@/server/jobs/config";
import { mailConfigFromEnv } from "@/server/mail/config";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("mail"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// The outbox is a log of what the application sent, beside the audit log: the same permission.
export default async function MailPage({ searchParams }: Props) {
  const actor = await requireActor("/admin/mail", "audit:view");
  const page = outboxPage((await searchParams).page);
  const [t, counts, { rows, hasMore }] = await Promise.all([
    getTranslations("mail"),
    countOutboxMessages(actor.partnershipId),
    findOutboxMessages(actor.partnershipId, page),
  ]);
  return (
    <div>
      <h1 className="mb-2 text-3xl font-bold">{t("title")}</h1>
      <p className="mb-6 max-w-3xl">{t("intro")}</p>
      <MailDelivery config={mailConfigFromEnv()} jobsDisabled={jobsDisabledByEnv()} counts={counts} />
      <OutboxTable rows={rows} />
      <OutboxPagination page={page} hasMore={hasMore} />
    </div>
  );
}
