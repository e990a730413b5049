import type { GroupKind } from "./composition";

/** Groups are addressed by a readable slug in URLs. */
export const GROUP_SLUGS: Record<GroupKind, string> = {
  STEERING_GROUP: "ledningsgrupp",
  WORKING_GROUP: "strategisk-arbetsgrupp",
};

export function groupKindFromSlug(slug: string): GroupKind | null {
  const match = (Object.entries(GROUP_SLUGS) as [GroupKind, string][]).find(([, value]) => value === slug);
  return match ? match[0] : null;
}

export function groupPath(kind: GroupKind): string {
  return `/groups/${GROUP_SLUGS[kind]}`;
}
