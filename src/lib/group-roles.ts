/**
 * A person's memberships as the meeting rules take them: the roles held in each group, by group id.
 * The session's statement (server/auth/verify-credentials.ts) and the meeting viewer's own read
 * (features/meetings/viewer.ts) both build it.
 */
export function rolesByGroup<Role extends string>(memberships: readonly { groupId: string; role: Role }[]): Record<string, Role[]> {
  const roles: Record<string, Role[]> = {};
  for (const membership of memberships) (roles[membership.groupId] ??= []).push(membership.role);
  return roles;
}
