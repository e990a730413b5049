import Link from "next/link";
import { getTranslations } from "@/i18n/server";
import { DecisionLink, LINK } from "./decision-link";
import { CreatePlanForm } from "./plan-forms";
import type { PlanList } from "./plan-queries";

/** The plans per year with their status and the decision that adopted each, and the form to start one. */
export async function PlansView({ list }: { list: PlanList }) {
  const [t, tStatus] = [await getTranslations("activityPlans"), await getTranslations("statuses")];
  return (
    <div>
      <h1 className="mb-2 text-3xl font-bold">{t("title")}</h1>
      <p className="mb-6 max-w-3xl">{t("intro")}</p>
      {list.plans.length === 0 ? (
        <p className="mb-6 rounded border-l-4 border-slate-500 bg-slate-50 p-4">{t("list.empty")}</p>
      ) : (
        <div className="mb-8 overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="mb-2 text-left text-lg font-semibold">{t("list.caption")}</caption>
            <thead>
              <tr className="border-b-2 border-slate-700">
                <th scope="col" className="py-2 pr-3">{t("list.year")}</th>
                <th scope="col" className="py-2 pr-3">{t("list.status")}</th>
                <th scope="col" className="py-2 pr-3">{t("list.activities")}</th>
                <th scope="col" className="py-2 pr-3">{t("list.decision")}</th>
              </tr>
            </thead>
            <tbody>
              {list.plans.map((plan) => (
                <tr key={plan.id} className="border-b border-slate-300 align-top">
                  <th scope="row" className="py-2 pr-3 font-normal">
                    <Link href={`/plans/${plan.year}`} className={`${LINK} font-semibold`}>
                      {t("planTitle", { year: plan.year })}
                    </Link>
                  </th>
                  <td className="py-2 pr-3">{tStatus(`plan.${plan.status}`)}</td>
                  <td className="py-2 pr-3">{plan.activityCount}</td>
                  <td className="py-2 pr-3">{plan.adoptedBy ? <DecisionLink decision={plan.adoptedBy} /> : t("list.notAdopted")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {list.mayCreate && list.yearsToCreate.length > 0 ? <CreatePlanForm years={list.yearsToCreate} /> : null}
    </div>
  );
}
