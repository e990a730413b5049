"use server";

import { createFormAction } from "@/server/actions/create-form-action";
import { addMembership } from "./add-membership";
import { endMembership } from "./end-membership";
import { endedNotice } from "./ended-notice";
import { groupPath } from "./group-slug";
import { addSeat, removeSeat } from "./seats";

// Membership shows on the home page, the group pages and the administration pages alike.
const REVALIDATE = ["/"];

export const addMembershipAction = createFormAction(addMembership, { revalidate: REVALIDATE });
// The ended member's entry leaves the page with its form, so the outcome is told on the group page.
export const endMembershipAction = createFormAction(endMembership, {
  revalidate: REVALIDATE,
  redirectTo: (result) => `${groupPath(result.groupKind)}?${endedNotice(result)}`,
});
export const addSeatAction = createFormAction(addSeat, { revalidate: REVALIDATE });
export const removeSeatAction = createFormAction(removeSeat, { revalidate: REVALIDATE });
