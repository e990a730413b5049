import { createHash, randomBytes } from "node:crypto";
import { GROUP_SLUGS } from "@/features/membership/group-slug";
import type { GroupKind } from "@/features/membership/composition";

/**
 * A personal calendar-feed token: 256 random bits, URL-safe. Only its sha256 is stored, so the
 * lookup compares hashes in the database's unique index rather than the secret itself, and a
 * database leak gives no working links.
 */
export function newFeedToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashFeedToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** Whether a value could be a token at all; anything else is not looked up. */
export function looksLikeFeedToken(value: string | null | undefined): value is string {
  return typeof value === "string" && TOKEN_SHAPE.test(value);
}

export const FEED_GROUP_KINDS: readonly GroupKind[] = ["STEERING_GROUP", "WORKING_GROUP"];

/** A group's feed address; with a token, the personal feed with private details. */
export function groupFeedUrl(origin: string, kind: GroupKind, token?: string): string {
  const url = new URL(`/api/calendar/groups/${GROUP_SLUGS[kind]}`, origin);
  if (token) url.searchParams.set("token", token);
  return url.toString();
}

/** A meeting's .ics download, relative to the application. */
export function meetingIcsPath(meetingId: string): string {
  return `/api/calendar/meetings/${encodeURIComponent(meetingId)}`;
}
