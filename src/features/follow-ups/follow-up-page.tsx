import Link from "next/link";
import { getTranslations } from "@/i18n/server";
import { FollowUpForm } from "./follow-up-form";
import { FollowUpSectionView } from "./follow-up-section";
import type { ActivityFollowUps } from "./queries";

/**
 * The follow-up page of one activity: the form, or why the activity takes no follow-up now; after a
 * save, the confirmation with the activity's follow-ups as they now stand.
 */
export async function FollowUpPageView({ data, saved }: { data: ActivityFollowUps; saved: boolean }) {
  const t = await getTranslations("followUps");
  const { activity } = data;
  const latest = data.followUps[0] ?? null;
  return (
    <div className="max-w-4xl">
      <p className="mb-4">
        <Link href={`/activities/${encodeURIComponent(activity.id)}`} className="text-blue-900 underline">
          {t("page.back")}
        </Link>
      </p>
      <h1 className="mb-4 text-3xl font-bold">{t("page.heading", { title: activity.title })}</h1>
      {saved ? (
        <>
          <p role="status" className="mb-6 rounded border-l-4 border-green-700 bg-green-50 p-4 text-green-900">
            {t("page.saved")}
          </p>
          <FollowUpSectionView data={data} />
        </>
      ) : data.refusal ? (
        <p className="rounded border-l-4 border-amber-700 bg-amber-50 p-4">
          {t("page.cannot")} {t(`section.why.${data.refusal}`, { year: activity.planYear })}
        </p>
      ) : (
        <>
          <p className="mb-6 max-w-3xl">{t("page.intro", { year: activity.planYear })}</p>
          <FollowUpForm
            activityId={activity.id}
            version={activity.version}
            seenFollowUpId={latest?.id ?? ""}
            indicators={data.indicators}
            defaults={{ status: activity.status, progress: activity.progress }}
          />
        </>
      )}
    </div>
  );
}
