import type { Locale } from "./locales";
import enBase from "./messages/en.json";
import svBase from "./messages/sv.json";
import enAccessibility from "@/features/accessibility/messages.en.json";
import svAccessibility from "@/features/accessibility/messages.sv.json";
import enActivityPlans from "@/features/activity-plans/messages.en.json";
import svActivityPlans from "@/features/activity-plans/messages.sv.json";
import enFollowUps from "@/features/follow-ups/messages.en.json";
import svFollowUps from "@/features/follow-ups/messages.sv.json";
import enResults from "@/features/results/messages.en.json";
import svResults from "@/features/results/messages.sv.json";
import enFollowUpReport from "@/features/follow-up-report/messages.en.json";
import svFollowUpReport from "@/features/follow-up-report/messages.sv.json";
import enAgreement from "@/features/agreement/messages.en.json";
import svAgreement from "@/features/agreement/messages.sv.json";
import enCalendar from "@/features/calendar/messages.en.json";
import svCalendar from "@/features/calendar/messages.sv.json";
import enAudit from "@/features/audit/messages.en.json";
import svAudit from "@/features/audit/messages.sv.json";
import enImport from "@/features/import/messages.en.json";
import enInstallation from "@/features/installation/messages.en.json";
import svInstallation from "@/features/installation/messages.sv.json";
import svImport from "@/features/import/messages.sv.json";
import enMail from "@/features/mail/messages.en.json";
import svMail from "@/features/mail/messages.sv.json";
import enMembership from "@/features/membership/messages.en.json";
import svMembership from "@/features/membership/messages.sv.json";
import enMeetings from "@/features/meetings/messages.en.json";
import svMeetings from "@/features/meetings/messages.sv.json";
import enMinutes from "@/features/minutes/messages.en.json";
import svMinutes from "@/features/minutes/messages.sv.json";
import enPeople from "@/features/people/messages.en.json";
import svPeople from "@/features/people/messages.sv.json";
import enPriorityAreas from "@/features/priority-areas/messages.en.json";
import svPriorityAreas from "@/features/priority-areas/messages.sv.json";
import enOverview from "@/features/overview/messages.en.json";
import svOverview from "@/features/overview/messages.sv.json";
import enProposals from "@/features/proposals/messages.en.json";
import svProposals from "@/features/proposals/messages.sv.json";

/**
 * The message catalogue per language: the shared messages (src/i18n/messages) plus each feature's
 * own file, which holds one top-level namespace named after the feature.
 */
export type Messages = { [key: string]: string | Messages };

export const FEATURE_CATALOGUES: Record<Locale, Messages[]> = {
  sv: [svAccessibility, svAgreement, svAudit, svCalendar, svImport, svInstallation, svMail, svMeetings, svMembership, svMinutes, svPeople, svPriorityAreas, svProposals, svActivityPlans, svFollowUps, svResults, svFollowUpReport, svOverview],
  en: [enAccessibility, enAgreement, enAudit, enCalendar, enImport, enInstallation, enMail, enMeetings, enMembership, enMinutes, enPeople, enPriorityAreas, enProposals, enActivityPlans, enFollowUps, enResults, enFollowUpReport, enOverview],
};

const BASE: Record<Locale, Messages> = { sv: svBase, en: enBase };

// Merged once: every request asks for its language's catalogue.
const MERGED: Record<Locale, Messages> = {
  sv: Object.freeze(Object.assign({}, BASE.sv, ...FEATURE_CATALOGUES.sv)),
  en: Object.freeze(Object.assign({}, BASE.en, ...FEATURE_CATALOGUES.en)),
};

export function messagesFor(locale: Locale): Messages {
  return MERGED[locale];
}

/** The namespaces of src/i18n/messages, shared by every part of the site (the same in both languages). */
export const SHARED_NAMESPACES: readonly string[] = Object.keys(svBase);

/**
 * The part of a catalogue a page's client components get: the shared namespaces and the feature
 * namespaces named (see components/i18n/client-messages.tsx).
 */
export function clientMessages(messages: Messages, featureNamespaces: readonly string[]): Messages {
  const picked: Messages = {};
  for (const namespace of [...SHARED_NAMESPACES, ...featureNamespaces]) {
    const part = messages[namespace];
    if (part !== undefined) picked[namespace] = part;
  }
  return picked;
}

