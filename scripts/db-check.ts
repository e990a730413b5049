// Lists what in the record breaks the rules of time order and justering by others (issue #19):
// nothing is changed. Exits with 1 when something is found, so it can guard a deployment.
import { findRecordViolations } from "@/features/minutes/record-check";
import { withConfiguredDatabase } from "./lib/database";

const EXPLANATION: Record<string, string> = {
  putForwardBeforeSubmission: "put forward by a working-group meeting held before the proposal was submitted",
  decidedBeforePutForward: "decided by a steering-group meeting held before the meeting that put it forward",
  planProposedBeforeCreated: "activity plan proposed at a meeting held before the plan was made",
  planAdoptedBeforeProposed: "activity plan adopted at a meeting held before the meeting that proposed it",
  planClosedBeforeAdopted: "activity plan closed at a meeting held before the meeting that adopted it",
  secretaryAdjusts: "minutes whose secretary is also one of their adjusters",
};

let found = 0;
await withConfiguredDatabase(async (database) => {
  const partnerships = await database.prisma.partnership.findMany({ select: { id: true, name: true } });
  for (const partnership of partnerships) {
    const violations = await findRecordViolations(database.prisma, partnership.id);
    found += violations.length;
    for (const violation of violations) console.log(`${partnership.name}: ${violation.subject} (${violation.id}): ${EXPLANATION[violation.rule]}`);
  }
});
console.log(found === 0 ? "The record keeps time order and justering by others." : `${found} thing(s) in the record to look at; nothing was changed.`);
process.exitCode = found === 0 ? 0 : 1;
