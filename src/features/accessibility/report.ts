import "server-only";
import { activeAdministrators } from "@/server/auth/administrators";
import { errorState, fieldErrorsFrom, submittedValues, type FormState } from "@/lib/forms/form-state";
import { getDatabase } from "@/server/db";
import { bilingualMail } from "@/server/mail/bilingual";
import { queueMail } from "@/server/mail/outbox";
import { accessibilityReportSchema } from "./schema";

/** At most this many reports in the window from everyone together: the form is public. */
export const REPORTS_PER_WINDOW = 30;
export const REPORT_WINDOW_MS = 10 * 60 * 1000;

/**
 * A problem reported through the accessibility statement (lagen om tillgänglighet till digital
 * offentlig service requires a way to report one). Anyone may report, signed in or not; the report,
 * its audit entry and a mail to each active administrator are written in one transaction.
 */
export async function submitAccessibilityReport(formData: FormData, now = new Date()): Promise<FormState> {
  const values = submittedValues(formData);
  // PostgreSQL text cannot hold NUL; such a value is refused like any other invalid one.
  const withNul = Object.keys(values).filter((key) => values[key]!.includes("\u0000"));
  if (withNul.length > 0) return errorState("errors.validation", values, Object.fromEntries(withNul.map((key) => [key, ["validation.invalid"]])));
  const parsed = accessibilityReportSchema.safeParse(Object.fromEntries([...formData.entries()].filter(([, value]) => typeof value === "string")));
  if (!parsed.success) return errorState("errors.validation", values, fieldErrorsFrom(parsed.error));
  const input = parsed.data;

  try {
    const { prisma } = await getDatabase();
    const outcome = await prisma.$transaction(async (tx) => {
      const recent = await tx.accessibilityReport.count({ where: { createdAt: { gt: new Date(now.getTime() - REPORT_WINDOW_MS) } } });
      if (recent >= REPORTS_PER_WINDOW) return "busy" as const;
      // One installation usually holds one partnership; the report belongs to it when it is unambiguous.
      const partnerships = await tx.partnership.findMany({ select: { id: true }, take: 2 });
      const partnershipId = partnerships.length === 1 ? partnerships[0]!.id : null;
      const report = await tx.accessibilityReport.create({
        data: { partnershipId, pageUrl: input.pageUrl, description: input.description, contactName: input.contactName, contactEmail: input.contactEmail },
      });
      const administrators = await activeAdministrators(tx, partnershipId);
      const mail = bilingualMail((t) => ({
        subject: t("accessibilityReport.mail.subject"),
        text: [
          t("accessibilityReport.mail.intro"),
          "",
          `${t("accessibilityReport.form.pageUrl")}: ${input.pageUrl || "–"}`,
          `${t("accessibilityReport.form.description")}:`,
          input.description,
          "",
          `${t("accessibilityReport.form.contactName")}: ${input.contactName || "–"}`,
          `${t("accessibilityReport.form.contactEmail")}: ${input.contactEmail || "–"}`,
        ].join("\n"),
      }));
      await queueMail(
        tx,
        administrators.map((administrator) => ({
          partnershipId: administrator.partnershipId,
          to: administrator.email,
          subject: mail.subject,
          text: mail.text,
          dedupeKey: `accessibility-report:${report.id}:${administrator.id}`,
        })),
      );
      await tx.auditEvent.create({
        data: {
          partnershipId,
          actorUserId: null,
          action: "accessibility.problem_reported",
          entityType: "AccessibilityReport",
          entityId: report.id,
          // The reporter's contact details stay in the report itself, not in the append-only log.
          data: { after: { pageUrl: input.pageUrl, withContactDetails: input.contactEmail !== "" || input.contactName !== "" } },
        },
      });
      return "saved" as const;
    });
    if (outcome === "busy") return errorState("accessibilityReport.busy", values);
    return { status: "success", message: "accessibilityReport.received", fieldErrors: {}, values: {} };
  } catch (error) {
    console.error("[accessibility report] unexpected failure", error);
    return errorState("errors.unexpected", values);
  }
}
