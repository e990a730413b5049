"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/server/auth/session";
import { previewImport, runImport } from "./import-members";
import type { ImportState } from "./state";

/** Step 1: the preview. Reads the session itself and writes nothing. */
export async function previewImportAction(_previous: ImportState, formData: FormData): Promise<ImportState> {
  return previewImport(await getActor(), formData);
}

/** Step 2: the import of the previewed file, all rows or none. */
export async function importMembersAction(_previous: ImportState, formData: FormData): Promise<ImportState> {
  const state = await runImport(await getActor(), formData);
  if (state.status === "success") {
    for (const path of ["/", "/membership", "/admin/audit"]) revalidatePath(path);
  }
  return state;
}
