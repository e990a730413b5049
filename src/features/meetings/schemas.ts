import { z } from "zod";
import { withFormChecks, type FieldErrors } from "@/lib/forms/form-checks";
import { AGENDA_ITEM_TYPES, MAX_AGENDA_ITEM_MINUTES } from "./agenda";
import { meetingDetailsFrom } from "./meeting-details";

/**
 * The meeting forms' input, as zod parses it. Messages are catalogue keys under "validation.";
 * the meetings' own rules on time and place are a form check (reported with the fields' errors,
 * "meetings.…" keys); the cadence is checked in the definitions.
 */

const trimmed = z
  .string()
  .optional()
  .transform((value) => (value ?? "").trim());

const requiredText = (max: number) => trimmed.pipe(z.string().min(1, { error: "validation.required" }).max(max, { error: "validation.tooLong" }));
const optionalText = (max: number) => trimmed.pipe(z.string().max(max, { error: "validation.tooLong" }));

const id = requiredText(64);
const optionalId = trimmed.pipe(z.string().max(64, { error: "validation.invalid" })).transform((value) => value || null);

/** A checkbox: sent as "yes" when ticked, not at all otherwise. */
const checkbox = trimmed.transform((value) => value === "yes");

/** The version the form was shown with: a save over someone else's change is refused. */
const version = trimmed.pipe(z.string().regex(/^\d{1,9}$/, { error: "validation.invalid" })).transform(Number);

export const MEETING_TITLE_MAX = 200;
export const REASON_MAX = 1000;
const LONG_TEXT = 4000;

// Field names are unique across the meeting page, where several forms share the field ids.

const meetingFields = {
  meetingTitle: requiredText(MEETING_TITLE_MAX),
  meetingDate: requiredText(10),
  startTime: requiredText(5),
  endTime: requiredText(5),
  location: optionalText(300),
  onlineUrl: optionalText(500),
  isPublic: checkbox,
  isExtra: checkbox,
  extraReason: optionalText(REASON_MAX),
};

/** The time and place rules (meetingDetailsFrom, which the definitions use to store them). */
function meetingRules(input: Partial<z.output<z.ZodObject<typeof meetingFields>>>): FieldErrors {
  const checked = meetingDetailsFrom({
    meetingDate: input.meetingDate ?? "",
    startTime: input.startTime ?? "",
    endTime: input.endTime ?? "",
    location: input.location ?? "",
    onlineUrl: input.onlineUrl ?? "",
    isExtra: input.isExtra ?? false,
    extraReason: input.extraReason ?? "",
  });
  return "fieldErrors" in checked ? checked.fieldErrors : {};
}

export const scheduleMeetingSchema = withFormChecks(z.object({ groupId: id, ...meetingFields }), meetingRules);
export type ScheduleMeetingInput = z.output<typeof scheduleMeetingSchema>;

export const editMeetingSchema = withFormChecks(z.object({ meetingId: id, version, ...meetingFields }), meetingRules);
export type EditMeetingInput = z.output<typeof editMeetingSchema>;

export const cancelMeetingSchema = z.object({ meetingId: id, version, cancellationReason: requiredText(REASON_MAX) });
export const meetingVersionSchema = z.object({ meetingId: id, version });

const duration = trimmed
  .refine((value) => value === "" || (/^\d{1,4}$/.test(value) && Number(value) >= 1 && Number(value) <= MAX_AGENDA_ITEM_MINUTES), {
    error: "validation.invalid",
  })
  .transform((value) => (value === "" ? null : Number(value)));

const agendaFields = {
  itemTitle: requiredText(300),
  itemDescription: optionalText(LONG_TEXT),
  presenter: optionalText(200),
  durationMinutes: duration,
  itemType: z.enum(AGENDA_ITEM_TYPES, { error: "validation.required" }),
};

export const addAgendaItemSchema = z.object({ meetingId: id, ...agendaFields });
export const editAgendaItemSchema = z.object({ itemId: id, ...agendaFields });
export const removeAgendaItemSchema = z.object({ itemId: id });
export const moveAgendaItemSchema = z.object({ itemId: id, direction: z.enum(["up", "down"], { error: "validation.invalid" }) });

export const uploadMeetingDocumentSchema = z.object({ meetingId: id, documentTitle: requiredText(200), agendaItemId: optionalId });
export const removeMeetingDocumentSchema = z.object({ documentId: id });

export const ATTENDANCE_STATUSES = ["PRESENT", "ABSENT", "EXCUSED"] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];
/** The attendance form has one radio group per person, named `attendance_<personId>`. */
export const ATTENDANCE_FIELD_PREFIX = "attendance_";

/**
 * Every person's status as submitted: a status, or null for "not recorded" (which removes an
 * earlier record). Which people may be recorded is the action's business.
 */
export const recordAttendanceSchema = z
  .object({ meetingId: id })
  .catchall(z.union([z.string(), z.array(z.string())]))
  .transform((input, context) => {
    const entries: { personId: string; status: AttendanceStatus | null }[] = [];
    for (const [key, raw] of Object.entries(input)) {
      if (!key.startsWith(ATTENDANCE_FIELD_PREFIX)) continue;
      const personId = key.slice(ATTENDANCE_FIELD_PREFIX.length);
      const value = Array.isArray(raw) ? raw[raw.length - 1]! : raw;
      if (personId === "" || personId.length > 64 || (value !== "" && !(ATTENDANCE_STATUSES as readonly string[]).includes(value))) {
        context.addIssue({ code: "custom", path: [key], message: "validation.invalid" });
        return z.NEVER;
      }
      entries.push({ personId, status: value === "" ? null : (value as AttendanceStatus) });
    }
    return { meetingId: input.meetingId as string, entries };
  });
