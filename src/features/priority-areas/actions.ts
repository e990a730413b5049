"use server";

import { createFormAction } from "@/server/actions/create-form-action";
import { closePriorityArea, continuePriorityArea } from "./definitions";

const REVALIDATE = ["/priority-areas", "/proposals"];

export const continuePriorityAreaAction = createFormAction(continuePriorityArea, { revalidate: REVALIDATE });
export const closePriorityAreaAction = createFormAction(closePriorityArea, { revalidate: REVALIDATE });
