import { z } from "zod";
import { withFormChecks } from "@/lib/forms/form-checks";

const isoDay = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "validation.date" })
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), {
    error: "validation.date",
  })
  .transform((value) => new Date(`${value}T00:00:00Z`));

const optionalIsoDay = z.union([z.literal("").transform(() => null), isoDay], { error: "validation.date" }).optional().transform((value) => value ?? null);
const id = z.string().trim().min(1, { error: "validation.required" }).max(64, { error: "validation.invalid" });
const optionalId = z.union([z.literal(""), id]).optional().transform((value) => value || null);
const ids = z
  .union([id, z.array(id)])
  .optional()
  .transform((value) => (value === undefined ? [] : Array.isArray(value) ? [...new Set(value)] : [value]));

export const addMembershipSchema = withFormChecks(
  z.object({
    groupKind: z.enum(["STEERING_GROUP", "WORKING_GROUP"], { error: "validation.invalid" }),
    personId: id,
    role: z.enum(["CHAIR", "VICE_CHAIR", "SECRETARY", "MEMBER"], { error: "validation.required" }),
    seatId: optionalId,
    startDate: isoDay,
    endDate: optionalIsoDay,
    thematicAreaIds: ids,
  }),
  ({ startDate, endDate }) => (startDate && endDate && endDate < startDate ? { endDate: ["validation.endBeforeStart"] } : {}),
);
export type AddMembershipInput = z.infer<typeof addMembershipSchema>;

export const endMembershipSchema = z.object({
  membershipId: id,
  endDate: isoDay,
  successorMembershipId: optionalId,
});
export type EndMembershipInput = z.infer<typeof endMembershipSchema>;
