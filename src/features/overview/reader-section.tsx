import Link from "next/link";
import { getTranslations } from "@/i18n/server";
import type { ReaderWork } from "./queries";
import { linkClass, PartSection } from "./work-block";

/** The reader's part: what the year holds to read, one link each (the public highlights are above or on the public page). */
export async function ReaderSection({ work }: { work: ReaderWork }) {
  const t = await getTranslations("overview");
  const links: { href: string; label: string }[] = [
    work.adoptedPlan ? { href: `/plans/${work.year}`, label: t("reader.plan", { year: work.year }) } : { href: "/plans", label: t("reader.noPlan", { year: work.year }) },
    { href: `/follow-up/${work.year}`, label: t("reader.report", { year: work.year }) },
    { href: `/decisions?year=${work.year}`, label: t("reader.decisions", { count: work.decisionsInForce, year: work.year }) },
    { href: "/priority-areas", label: t("reader.priorityAreas") },
    { href: "/results", label: t("reader.results", { count: work.publishedResults }) },
    { href: `/meetings?year=${work.year}`, label: t("reader.meetings", { year: work.year }) },
  ];
  // The public view is the visitors' start page; signed in, its parts are one click away here.
  const publicLinks: { href: string; label: string }[] = [
    { href: "/priority-areas/public", label: t("reader.publicPriorityAreas") },
    { href: "/results/public", label: t("reader.publicResults") },
    { href: "/agreement/public", label: t("reader.publicAgreement") },
  ];
  const list = (id: string, heading: string, items: { href: string; label: string }[]) => (
    <section aria-labelledby={id} className="space-y-2">
      <h3 id={id} className="text-lg font-semibold">
        {heading}
      </h3>
      <ul className="grid gap-2 md:grid-cols-2">
        {items.map((link) => (
          <li key={link.href}>
            <Link href={link.href} className={linkClass}>
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
  return (
    <PartSection id="part-reader" heading={t("parts.reader")}>
      {list("reader-read", t("reader.readHeading"), links)}
      {list("reader-public", t("reader.publicHeading"), publicLinks)}
    </PartSection>
  );
}
