import { choosePartnershipAction } from "@/features/partnership/choose-action";

type Option = { slug: string; label: string };

/**
 * The partnerships the signed-in account takes part in, to switch between: a plain form post, so it
 * works without JavaScript. Shown only to accounts with more than one.
 */
export function PartnershipSwitch({ options, current, label, submit }: { options: Option[]; current: string; label: string; submit: string }) {
  return (
    <form action={choosePartnershipAction} className="flex flex-wrap items-end gap-2">
      <div className="flex flex-col">
        <label htmlFor="partnership-switch" className="text-sm font-semibold">
          {label}
        </label>
        <select key={current} id="partnership-switch" name="partnership" defaultValue={current} className="max-w-xs rounded border-2 border-slate-700 bg-white px-2 py-1">
          {options.map((option) => (
            <option key={option.slug} value={option.slug}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="rounded border-2 border-blue-800 px-3 py-1 font-semibold text-blue-900 hover:bg-blue-50">
        {submit}
      </button>
    </form>
  );
}
