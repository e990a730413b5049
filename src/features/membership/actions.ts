"use server";

import { createFormAction } from "@/server/actions/create-form-action";
import { addMembership } from "./add-membership";
import { endMembership } from "./end-membership";
import { addSeat, removeSeat } from "./seats";

// Membership shows on the home page, the group pages and the administration pages alike.
const REVALIDATE = ["/"];

export const addMembershipAction = createFormAction(addMembership, { revalidate: REVALIDATE });
export const endMembershipAction = createFormAction(endMembership, { revalidate: REVALIDATE });
export const addSeatAction = createFormAction(addSeat, { revalidate: REVALIDATE });
export const removeSeatAction = createFormAction(removeSeat, { revalidate: REVALIDATE });
