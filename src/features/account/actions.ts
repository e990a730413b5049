"use server";

import { createFormAction } from "@/server/actions/create-form-action";
import { changePassword } from "./change-password";

export const changePasswordAction = createFormAction(changePassword, { revalidate: ["/account"] });
