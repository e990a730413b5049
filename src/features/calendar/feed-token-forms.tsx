"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState } from "@/lib/forms/form-state";
import type { GroupKind } from "@/features/membership/composition";
import { createFeedTokenAction, revokeFeedTokenAction } from "./actions";

const GROUP_KINDS: GroupKind[] = ["STEERING_GROUP", "WORKING_GROUP"];

/**
 * The create/replace and turn-off forms. The new links come back once in the create form's state;
 * they are shown only while they are still the user's current token (same creation time), so
 * turning the link off, or replacing it in another tab, hides them.
 */
export function FeedTokenForms({ tokenCreatedAt }: { tokenCreatedAt: string | null }) {
  const t = useTranslations("calendar.feed");
  const tKind = useTranslations("groupKinds");
  const [createState, createAction] = useActionState(createFeedTokenAction, initialFormState());
  const [revokeState, revokeAction] = useActionState(revokeFeedTokenAction, initialFormState());
  const values = createState.status === "success" ? createState.messageValues : undefined;
  const showLinks = values !== undefined && tokenCreatedAt !== null && values.createdAt === tokenCreatedAt;
  const hasToken = tokenCreatedAt !== null;

  return (
    <div className="space-y-8">
      <form action={createAction} noValidate aria-labelledby="calendar-feed-create-heading">
        <h3 id="calendar-feed-create-heading" className="mb-2 text-lg font-bold">
          {hasToken ? t("replaceHeading") : t("createHeading")}
        </h3>
        {showLinks || createState.status === "error" ? <ErrorSummary state={createState} fields={[]} /> : null}
        {showLinks ? (
          <div className="mb-6 rounded border-2 border-green-700 p-4">
            <h4 className="font-bold">{t("linksHeading")}</h4>
            <p id="calendar-feed-copy-hint" className="mb-3 text-sm text-slate-700">
              {t("copyHint")}
            </p>
            {GROUP_KINDS.map((kind) => (
              <div key={kind} className="mb-3">
                <label htmlFor={`calendar-feed-link-${kind}`} className="block font-semibold">
                  {t("linkLabel", { group: tKind(kind) })}
                </label>
                <input
                  id={`calendar-feed-link-${kind}`}
                  type="text"
                  readOnly
                  value={String(values[kind] ?? "")}
                  aria-describedby="calendar-feed-copy-hint"
                  onFocus={(event) => event.currentTarget.select()}
                  className="mt-1 block w-full rounded border-2 border-slate-700 px-3 py-2 font-mono text-sm"
                />
              </div>
            ))}
          </div>
        ) : null}
        {hasToken ? <p className="mb-4">{t("replaceHint")}</p> : null}
        <SubmitButton>{hasToken ? t("replace") : t("create")}</SubmitButton>
      </form>

      {!hasToken && revokeState.status === "success" ? <ErrorSummary state={revokeState} fields={[]} /> : null}
      {hasToken ? (
        <form action={revokeAction} noValidate aria-labelledby="calendar-feed-revoke-heading">
          <h3 id="calendar-feed-revoke-heading" className="mb-2 text-lg font-bold">
            {t("revokeHeading")}
          </h3>
          {revokeState.status === "error" ? <ErrorSummary state={revokeState} fields={[]} /> : null}
          <p className="mb-4">{t("revokeHint")}</p>
          <SubmitButton>{t("revoke")}</SubmitButton>
        </form>
      ) : null}
    </div>
  );
}
