import { randomBytes } from "node:crypto";
import { Client, errorSummaryText, formFields } from "./web-client";

/**
 * A change that empties the yearly report's cache, for `npm run bench`'s cold path: the report is
 * rebuilt whenever its partnership's audit trail has changed, and saving a draft proposal writes an
 * audit event. Each client reads the proposal form once; every save then sends a fresh submission
 * key (a repeated one would be recognised as the same submission), so each one is a new draft.
 */

const forms = new WeakMap<Client, FormData>();

export async function saveDraftProposal(client: Client): Promise<string | null> {
  let template = forms.get(client);
  if (!template) {
    const page = await client.request("/proposals/new");
    if (page.status !== 200) return `GET /proposals/new: HTTP ${page.status}`;
    template = formFields(page.body, 'name="submissionKey"');
    forms.set(client, template);
  }
  const form = new FormData();
  for (const [name, value] of template) form.append(name, value);
  const key = randomBytes(16).toString("base64url");
  form.set("submissionKey", key);
  form.set("title", `Bench cold path ${key}`);
  form.set("intent", "draft");
  const response = await client.request("/proposals/new", { method: "POST", body: form });
  return response.status === 303 ? null : `POST /proposals/new: HTTP ${response.status} ${errorSummaryText(response.body)}`.trim();
}
