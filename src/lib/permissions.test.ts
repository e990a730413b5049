import { describe, expect, it } from "vitest";
import { canManageMembership, canViewAuditLog, hasPermission, PERMISSIONS, permissionsOf, ROLE_PERMISSIONS } from "./permissions";
import { ROLES } from "./roles";

describe("the role → permission table", () => {
  it("names every role and only known permissions", () => {
    expect(Object.keys(ROLE_PERMISSIONS).sort()).toEqual([...ROLES].sort());
    for (const permissions of Object.values(ROLE_PERMISSIONS)) {
      for (const permission of permissions) expect(PERMISSIONS).toContain(permission);
    }
  });

  it("gives every permission to at least one role", () => {
    const granted = permissionsOf(ROLES);
    expect(PERMISSIONS.filter((permission) => !granted.has(permission))).toEqual([]);
  });

  it("lets every signed-in role view the partnership and manage its own account", () => {
    for (const role of ROLES) {
      expect(hasPermission([role], "partnership:view")).toBe(true);
      expect(hasPermission([role], "account:manage-own")).toBe(true);
    }
  });

  // Guards the administrator-only screens: the audit log and membership administration.
  it("keeps the audit log and membership administration to administrators", () => {
    for (const role of ROLES) {
      expect(canViewAuditLog([role])).toBe(role === "ADMINISTRATOR");
      expect(canManageMembership([role])).toBe(role === "ADMINISTRATOR");
    }
  });

  it("lets contributors propose but not review or decide", () => {
    expect(hasPermission(["CONTRIBUTOR"], "proposal:create")).toBe(true);
    expect(hasPermission(["CONTRIBUTOR"], "proposal:review")).toBe(false);
    expect(hasPermission(["CONTRIBUTOR"], "decision:make")).toBe(false);
  });

  it("gives readers nothing beyond what every signed-in user has", () => {
    expect([...permissionsOf(["READER"])].sort()).toEqual(["account:manage-own", "activity:follow-up", "follow-up:view", "partnership:view"]);
  });

  it("unions the permissions of several roles and grants nothing with no role", () => {
    expect(hasPermission(["READER", "WORKING_GROUP_MEMBER"], "proposal:review")).toBe(true);
    expect(hasPermission([], "partnership:view")).toBe(false);
    expect(permissionsOf([]).size).toBe(0);
  });
});
