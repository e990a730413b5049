import { z } from "zod";

export const addSeatSchema = z.object({
  groupKind: z.enum(["STEERING_GROUP", "WORKING_GROUP"], { error: "validation.invalid" }),
  partyType: z.enum(["MUNICIPALITY", "UNIVERSITY"], { error: "validation.required" }),
  title: z.string().trim().min(1, { error: "validation.required" }).max(200, { error: "validation.tooLong" }),
});

export const removeSeatSchema = z.object({
  seatId: z.string().trim().min(1, { error: "validation.required" }).max(64, { error: "validation.invalid" }),
});
