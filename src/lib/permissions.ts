import type { Role } from "./roles";

/**
 * Every permission in the application, named `<subject>:<verb>`. UI and server use the same names:
 * the UI to decide what to show, the server (in each action and query) to decide what to allow.
 */
export const PERMISSIONS = [
  "partnership:view",
  "account:manage-own",
  "audit:view",
  "membership:manage",
  "proposal:create",
  "proposal:review",
  "meeting:prepare",
  "decision:make",
  "follow-up:view",
  "agreement:manage",
  "plan:edit",
  "activity:follow-up",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

// Following up an activity and recording its results is open to every signed-in user at the role
// level because the people responsible for an activity may hold any role; the action itself lets
// through only the activity's responsible people, the working group and administrators.
const EVERY_SIGNED_IN_USER: Permission[] = ["partnership:view", "account:manage-own", "follow-up:view", "activity:follow-up"];

/** The role → permission table. A user's permissions are the union over their roles. */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  ADMINISTRATOR: [
    ...EVERY_SIGNED_IN_USER,
    "audit:view",
    "membership:manage",
    "proposal:create",
    "proposal:review",
    "meeting:prepare",
    "decision:make",
    "agreement:manage",
    "plan:edit",
  ],
  STEERING_GROUP_MEMBER: [...EVERY_SIGNED_IN_USER, "proposal:create", "decision:make"],
  WORKING_GROUP_MEMBER: [...EVERY_SIGNED_IN_USER, "proposal:create", "proposal:review", "meeting:prepare", "plan:edit"],
  CONTRIBUTOR: [...EVERY_SIGNED_IN_USER, "proposal:create"],
  READER: [...EVERY_SIGNED_IN_USER],
};

export function permissionsOf(roles: readonly Role[]): Set<Permission> {
  return new Set(roles.flatMap((role) => ROLE_PERMISSIONS[role] ?? []));
}

export function hasPermission(roles: readonly Role[], permission: Permission): boolean {
  return roles.some((role) => ROLE_PERMISSIONS[role]?.includes(permission));
}

// Small named checks, so call sites read as the rule they apply.
export const canViewAuditLog = (roles: readonly Role[]) => hasPermission(roles, "audit:view");
export const canManageMembership = (roles: readonly Role[]) => hasPermission(roles, "membership:manage");
export const canManageOwnAccount = (roles: readonly Role[]) => hasPermission(roles, "account:manage-own");
