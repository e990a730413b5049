import Link from "next/link";
import { getTranslations } from "@/i18n/server";
import { AdministratorSection } from "./administrator-section";
import { ContributorSection } from "./contributor-section";
import type { Overview } from "./queries";
import { ReaderSection } from "./reader-section";
import { SteeringSection } from "./steering-section";
import { linkClass } from "./work-block";
import { WorkingSection } from "./working-section";

/** "Min översikt": every part that applies to the person's roles, in the order of OVERVIEW_PARTS. */
export async function OverviewPage({ overview }: { overview: Overview }) {
  const t = await getTranslations("overview");
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="mt-2 max-w-3xl text-lg text-slate-800">{t("intro")}</p>
        <p className="mt-2">
          <Link href="/partnership" className={linkClass}>
            {t("organisationLink")}
          </Link>
        </p>
      </div>
      {overview.parts.map((part) => {
        switch (part) {
          case "steering":
            return overview.steering ? <SteeringSection key={part} work={overview.steering} /> : null;
          case "working":
            return overview.working ? <WorkingSection key={part} work={overview.working} /> : null;
          case "contributor":
            return overview.contributor ? <ContributorSection key={part} work={overview.contributor} /> : null;
          case "administrator":
            return overview.administrator ? <AdministratorSection key={part} work={overview.administrator} /> : null;
          case "reader":
            return overview.reader ? <ReaderSection key={part} work={overview.reader} /> : null;
        }
      })}
    </div>
  );
}
