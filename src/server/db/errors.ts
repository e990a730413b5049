/**
 * A unique violation surfaces as Prisma's P2002 through @prisma/adapter-pg, but as a raw driver
 * error carrying Postgres code 23505 through pglite-prisma-adapter. Recognise both here, once.
 */
export function isUniqueViolation(error: unknown): boolean {
  return hasCode(error, "P2002") || hasPostgresCode(error, "23505");
}

export function isForeignKeyViolation(error: unknown): boolean {
  return hasCode(error, "P2003") || hasPostgresCode(error, "23503");
}

function hasCode(error: unknown, code: string): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === code;
}

function hasPostgresCode(error: unknown, code: string, depth = 0): boolean {
  if (typeof error !== "object" || error === null || depth > 4) return false;
  const candidate = error as { code?: unknown; originalCode?: unknown; cause?: unknown; meta?: unknown; driverAdapterError?: unknown };
  if (candidate.code === code || candidate.originalCode === code) return true;
  // Raw queries surface as P2010 with the driver's error under meta.driverAdapterError.
  return [candidate.cause, candidate.meta, candidate.driverAdapterError].some((inner) => hasPostgresCode(inner, code, depth + 1));
}
