import "server-only";
import { bilingualMail } from "@/server/mail/bilingual";
import { queueMail, type OutgoingMail } from "@/server/mail/outbox";
import type { ProposalStatus } from "./workflow";

export function proposalPath(proposalId: string): string {
  return `/proposals/${proposalId}`;
}

/**
 * "Your proposal is now …": one mail to the author on each change of state, in Swedish and English.
 * The key names proposal, state and recipient: the states follow one another once, so a repeated
 * request never mails twice.
 */
export function statusChangeMail(input: {
  partnershipId: string;
  proposal: { id: string; title: string };
  status: ProposalStatus;
  author: { id: string; email: string; active: boolean; name: string } | null;
  origin: string;
  /** For a decision: "§ 3, Ledningsgruppens möte 18 november 2026". */
  decision?: { number: number; meetingTitle: string; date: Date } | null;
}): OutgoingMail[] {
  const { author } = input;
  if (!author || !author.active) return [];
  const link = `${input.origin}${proposalPath(input.proposal.id)}`;
  const { subject, text } = bilingualMail((t, _locale, format) => {
    const status = t(`statuses.proposal.${input.status}`);
    const decision = input.decision
      ? t("proposals.mail.decision", { number: input.decision.number, meeting: input.decision.meetingTitle, date: format.dateTime(input.decision.date, { dateStyle: "long" }) })
      : "";
    return {
      subject: t("proposals.mail.subject", { title: input.proposal.title, status }),
      text: `${t("proposals.mail.body", { name: author.name, title: input.proposal.title, status, link })}${decision ? `\n\n${decision}` : ""}`,
    };
  });
  return [
    {
      partnershipId: input.partnershipId,
      to: author.email,
      subject,
      text,
      dedupeKey: `proposal-status:${input.proposal.id}:${input.status}:${author.id}`,
    },
  ];
}

/**
 * "The call's deadline has passed": one mail to each working-group member with an address, once per
 * deadline (a reopened call that passes its new deadline is told again).
 */
export function deadlinePassedMail(input: {
  partnershipId: string;
  call: { id: string; title: string; deadline: Date };
  submitted: number;
  origin: string;
  recipients: readonly { personId: string; name: string; email: string }[];
}): OutgoingMail[] {
  const link = `${input.origin}/proposals`;
  return input.recipients.map((recipient) => {
    const { subject, text } = bilingualMail((t, _locale, format) => ({
      subject: t("proposals.deadlineMail.subject", { title: input.call.title }),
      text: t("proposals.deadlineMail.body", {
        name: recipient.name,
        title: input.call.title,
        // The deadline is the end of its day: the day shown is the last day proposals were taken.
        date: format.dateTime(new Date(input.call.deadline.getTime() - 1), { dateStyle: "long" }),
        count: input.submitted,
        link,
      }),
    }));
    return {
      partnershipId: input.partnershipId,
      to: recipient.email,
      subject,
      text,
      dedupeKey: `proposal-call-deadline:${input.call.id}:${input.call.deadline.toISOString()}:${recipient.personId}`,
    };
  });
}

type Writer = Parameters<typeof queueMail>[0];

/** Queues the status mail to a proposal's author in the caller's transaction. */
export async function notifyAuthor(
  tx: Writer,
  input: {
    partnershipId: string;
    proposal: { id: string; title: string; author: { id: string; active: boolean; person: { name: string }; account: { email: string } | null } | null };
    status: ProposalStatus;
    origin: string;
    decision?: { number: number; meetingTitle: string; date: Date } | null;
  },
): Promise<void> {
  const { author } = input.proposal;
  await queueMail(
    tx,
    statusChangeMail({
      partnershipId: input.partnershipId,
      proposal: input.proposal,
      status: input.status,
      // The sign-in address is the account's; an anonymised author has none and is not mailed.
      author: author?.account ? { id: author.id, email: author.account.email, active: author.active, name: author.person.name } : null,
      origin: input.origin,
      decision: input.decision ?? null,
    }),
  );
}
