import type { EndMembershipResult } from "./end-membership";

/** The outcome of ending a membership, carried to the group page in its query string. */
export type EndedNotice = { lastDay: string; vacancies: number };

export function endedNotice(result: Pick<EndMembershipResult, "lastDay" | "warnings">): string {
  return new URLSearchParams({ ended: result.lastDay, vacancies: String(result.warnings.length) }).toString();
}

/** Reads the notice back, ignoring anything that is not what endedNotice writes. */
export function readEndedNotice(params: { ended?: string | string[]; vacancies?: string | string[] }): EndedNotice | null {
  const lastDay = typeof params.ended === "string" && /^\d{4}-\d{2}-\d{2}$/.test(params.ended) ? params.ended : null;
  const vacancies = typeof params.vacancies === "string" && /^\d{1,3}$/.test(params.vacancies) ? Number(params.vacancies) : 0;
  return lastDay ? { lastDay, vacancies } : null;
}
