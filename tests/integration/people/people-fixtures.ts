import { testDatabase } from "../../support/test-database";

export { actorFor, form } from "../../support/actors";

/** Shared by the people tests: the test file's database and the demo accounts they act as. */
export const prisma = () => testDatabase().prisma;

export const ADMIN = "admin@huddinge.example";
export const READER = "lasare@huddinge.example";

export const personNamed = (name: string) => prisma().person.findFirstOrThrow({ where: { name }, include: { user: { include: { account: true } } } });

export const auditCount = () => prisma().auditEvent.count();

/** The newest audit event with this action. */
export const lastEvent = (action: string) => prisma().auditEvent.findFirstOrThrow({ where: { action }, orderBy: { id: "desc" } });
