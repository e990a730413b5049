import "server-only";
import { ActionError } from "@/server/actions/action-error";
import type { TransactionClient } from "@/server/actions/form-action";
import { periodOverlapsYear, priorityAreaRefusal, responsibleRefusal, thematicAreaRefusal, unitRefusal, type PartyType, type ReferenceRefusal } from "./activity-rules";
import type { ActivityContent } from "./schemas";

type Current = { municipalResponsibleId: string | null; universityResponsibleId: string | null } | null;

/**
 * Checks an activity's references against the partnership and the plan's year: the priority area
 * in the register for the year, the thematic area in the activity's focus area, the responsible
 * people and the units of the right party (and kind). Every problem is reported on its field at
 * once; nothing is written when any is found.
 */
export async function checkActivityContent(tx: TransactionClient, partnershipId: string, planYear: number, content: ActivityContent, current: Current): Promise<void> {
  const errors: Record<string, string[]> = {};
  const note = (field: string, refusal: ReferenceRefusal | "outsideYear" | null) => {
    if (refusal) (errors[field] ??= []).push(`activityPlans.refusals.${refusal}`);
  };

  if (content.priorityAreaId !== null) {
    const area = await tx.priorityArea.findFirst({ where: { id: content.priorityAreaId, partnershipId }, select: { years: { select: { year: true } } } });
    note("priorityAreaId", priorityAreaRefusal(area ? { years: area.years.map((row) => row.year) } : null, planYear));
  }
  if (content.thematicAreaId !== null) {
    note("thematicAreaId", thematicAreaRefusal(await tx.thematicArea.findFirst({ where: { id: content.thematicAreaId, partnershipId }, select: { focusArea: true } }), content.focusArea));
  }

  const person = async (field: "municipalResponsibleId" | "universityResponsibleId", party: PartyType) => {
    const personId = content[field];
    if (personId === null) return;
    const row = await tx.person.findFirst({ where: { id: personId, partnershipId }, select: { active: true, anonymisedAt: true, party: { select: { type: true, partnershipId: true } } } });
    const partyType = row?.party && row.party.partnershipId === partnershipId ? row.party.type : null;
    note(field, responsibleRefusal(row ? { partyType, active: row.active, anonymised: row.anonymisedAt !== null } : null, party, current?.[field] === personId));
  };
  await person("municipalResponsibleId", "MUNICIPALITY");
  await person("universityResponsibleId", "UNIVERSITY");

  const unit = async (field: "municipalUnitId" | "universityUnitId", party: PartyType) => {
    const unitId = content[field];
    if (unitId === null) return;
    const row = await tx.organisationalUnit.findFirst({ where: { id: unitId, party: { partnershipId } }, select: { kind: true, party: { select: { type: true } } } });
    note(field, unitRefusal(row ? { kind: row.kind, partyType: row.party.type } : null, party));
  };
  await unit("municipalUnitId", "MUNICIPALITY");
  await unit("universityUnitId", "UNIVERSITY");

  if (!periodOverlapsYear(content, planYear)) {
    note("startsOn", "outsideYear");
    note("endsOn", "outsideYear");
  }
  if (Object.keys(errors).length > 0) throw new ActionError("errors.validation", errors, { year: planYear });
}
