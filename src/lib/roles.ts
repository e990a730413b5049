/** The application's roles, as stored on the user account (Prisma enum `Role`). */
export const ROLES = [
  "ADMINISTRATOR",
  "STEERING_GROUP_MEMBER",
  "WORKING_GROUP_MEMBER",
  "CONTRIBUTOR",
  "READER",
] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}
