import Link from "next/link";

const SELECT = "mt-1 block w-full rounded border-2 border-slate-700 bg-white px-3 py-2";
const NARROW_SELECT = "mt-1 block w-full max-w-xs rounded border-2 border-slate-700 bg-white px-3 py-2";

/**
 * A choice in a register's GET filter form (plain HTML, so it works without JavaScript): a label,
 * and a select whose first option ("all …", the empty value) leaves the filter off.
 */
export function FilterSelect({
  id,
  name,
  label,
  allLabel,
  value,
  options,
  narrow = false,
}: {
  id: string;
  name: string;
  label: string;
  allLabel: string;
  /** The chosen value; "" for none. */
  value: string;
  options: readonly { value: string; label: string }[];
  /** As wide as a short choice needs, instead of its grid cell. */
  narrow?: boolean;
}) {
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value} className={narrow ? NARROW_SELECT : SELECT}>
        <option value="">{allLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The filter form's button, and a link back to the unfiltered register while a filter is on. */
export function FilterActions({ submitLabel, clearHref, clearLabel, filtered }: { submitLabel: string; clearHref: string; clearLabel: string; filtered: boolean }) {
  return (
    <div className="mt-4 flex flex-wrap items-center gap-4">
      <button type="submit" className="rounded bg-blue-800 px-5 py-2 font-semibold text-white hover:bg-blue-900">
        {submitLabel}
      </button>
      {filtered ? (
        <Link href={clearHref} className="text-blue-900 underline">
          {clearLabel}
        </Link>
      ) : null}
    </div>
  );
}
