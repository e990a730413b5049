import { getTranslations } from "@/i18n/server";

export const linkClass = "font-semibold text-blue-900 underline";

/**
 * One kind of waiting work: a heading with its count, then the items — or, when there are none, one
 * line saying so (never a blank).
 */
export async function WorkBlock({ id, heading, count, empty, children }: { id: string; heading: string; count: number; empty?: string; children?: React.ReactNode }) {
  const t = await getTranslations("overview");
  return (
    <section aria-labelledby={id} className="space-y-2">
      <h3 id={id} className="flex flex-wrap items-center gap-2 text-lg font-semibold">
        <span>{heading}</span>
        <span
          className={`rounded-full px-2.5 py-0.5 text-sm font-bold tabular-nums ${count > 0 ? "bg-blue-800 text-white" : "bg-slate-200 text-slate-800"}`}
          data-count={count}
        >
          <span aria-hidden="true">{count}</span>
          <span className="sr-only">{t("countLabel", { count })}</span>
        </span>
      </h3>
      {count === 0 ? <p className="text-slate-800">{empty ?? t("nothingWaiting")}</p> : children}
    </section>
  );
}

/** A part of the overview: everything one role has waiting. */
export function PartSection({ id, heading, children }: { id: string; heading: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-6 rounded border border-slate-300 p-4 md:p-6">
      <h2 id={id} className="text-2xl font-bold">
        {heading}
      </h2>
      {children}
    </section>
  );
}
