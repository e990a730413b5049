import { getTranslations } from "@/i18n/server";
import { AddMembershipForm } from "./add-membership-form";
import { dayOf } from "./composition-snapshot";
import { EndMembershipForm } from "./end-membership-form";
import { getMembershipFormOptions, type GroupPage } from "./queries";
import { AddSeatForm, RemoveSeatForm } from "./seat-forms";

/** The administrator's part of a group page: end a membership, add a member. */
export async function GroupAdministration({ group, partnershipId }: { group: GroupPage; partnershipId: string }) {
  const [t, options] = await Promise.all([getTranslations("membership"), getMembershipFormOptions(partnershipId, group.kind)]);
  const today = dayOf(new Date()).toISOString().slice(0, 10);
  const members = [...group.current, ...group.upcoming];

  return (
    <section aria-labelledby="manage-heading" className="space-y-6 border-t-4 border-blue-800 pt-6">
      <h2 id="manage-heading" className="text-2xl font-bold">{t("manage")}</h2>
      {members.length > 0 ? (
        <ul className="space-y-3">
          {members.map((member) => (
            <li key={member.membershipId}>
              <EndMembershipForm
                membershipId={member.membershipId}
                name={member.name}
                role={member.role}
                today={today}
                successors={group.current
                  .filter((other) => other.membershipId !== member.membershipId)
                  .map((other) => ({ membershipId: other.membershipId, name: other.name }))}
              />
            </li>
          ))}
        </ul>
      ) : null}
      <section aria-labelledby="seat-admin-heading" className="rounded border border-slate-300 p-4">
        <h3 id="seat-admin-heading" className="text-xl font-bold">{t("seatAdmin.heading")}</h3>
        <p className="mb-3">{t("seatAdmin.intro")}</p>
        {group.seats.length > 0 ? (
          <ul className="mb-4 space-y-2">
            {group.seats.map((seat) => (
              <li key={seat.id}>
                <RemoveSeatForm seatId={seat.id} title={seat.title} />
              </li>
            ))}
          </ul>
        ) : null}
        <AddSeatForm groupKind={group.kind} />
      </section>
      <AddMembershipForm
        groupKind={group.kind}
        people={options.people}
        seats={options.seats}
        thematicAreas={options.thematicAreas}
        today={today}
      />
    </section>
  );
}
