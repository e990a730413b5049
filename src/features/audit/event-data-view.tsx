import { isJsonObject, isScalar, splitChanges, type JsonObject, type JsonValue } from "./event-data";

/** Every text the view shows, translated by the caller (so the view stays a plain component). */
export type EventDataLabels = {
  field: (key: string) => string;
  /** A readable name for a known code value (e.g. "CHAIR"), or the value itself; `field` is the key it is under. */
  value: (value: string, field?: string) => string;
  changesCaption: string;
  fieldHeader: string;
  before: string;
  after: string;
  noChanges: string;
  empty: string;
  noData: string;
  yes: string;
  no: string;
  more: (count: number) => string;
};

const MAX_DEPTH = 5;
const MAX_ITEMS = 50;

type Scalar = null | boolean | number | string | undefined;

function Scalar({ value, field, labels }: { value: Scalar; field?: string; labels: EventDataLabels }) {
  if (value === null || value === undefined || value === "") return <span className="text-slate-700">{labels.empty}</span>;
  if (typeof value === "boolean") return <>{value ? labels.yes : labels.no}</>;
  if (typeof value === "number") return <>{String(value)}</>;
  return <span className="break-words">{labels.value(value, field)}</span>;
}

function Value({ value, field, labels, depth }: { value: JsonValue | undefined; field?: string; labels: EventDataLabels; depth: number }) {
  if (isScalar(value)) return <Scalar value={value} field={field} labels={labels} />;
  if (depth >= MAX_DEPTH) return <code className="break-all">{JSON.stringify(value)}</code>;
  if (Array.isArray(value)) {
    if (value.length === 0) return <span className="text-slate-700">{labels.empty}</span>;
    if (value.every(isScalar)) {
      const shown = value.slice(0, MAX_ITEMS).map((item) => (item === null ? labels.empty : typeof item === "string" ? labels.value(item, field) : String(item)));
      return (
        <>
          {shown.join(", ")}
          {value.length > MAX_ITEMS ? ` ${labels.more(value.length - MAX_ITEMS)}` : null}
        </>
      );
    }
    return (
      <ol className="list-decimal space-y-2 pl-5">
        {value.slice(0, MAX_ITEMS).map((item, index) => (
          <li key={index}>
            <Value value={item} labels={labels} depth={depth + 1} />
          </li>
        ))}
        {value.length > MAX_ITEMS ? <li className="list-none">{labels.more(value.length - MAX_ITEMS)}</li> : null}
      </ol>
    );
  }
  return <ObjectView data={value} labels={labels} depth={depth + 1} />;
}

function Entries({ data, labels, depth }: { data: JsonObject; labels: EventDataLabels; depth: number }) {
  const entries = Object.entries(data);
  if (entries.length === 0) return null;
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
      {entries.map(([key, value]) => (
        <div key={key} className="contents">
          <dt className="font-semibold">{labels.field(key)}</dt>
          <dd className="min-w-0">
            <Value value={value} field={key} labels={labels} depth={depth} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

function ObjectView({ data, labels, depth }: { data: JsonObject; labels: EventDataLabels; depth: number }) {
  const split = splitChanges(data);
  if (!split) return <Entries data={data} labels={labels} depth={depth} />;
  return (
    <div className="space-y-2">
      {split.changes.length === 0 ? (
        <p>{labels.noChanges}</p>
      ) : (
        <table className="border-collapse text-left">
          <caption className="text-left font-semibold">{labels.changesCaption}</caption>
          <thead>
            <tr className="border-b border-slate-700">
              <th scope="col" className="py-1 pr-4">{labels.fieldHeader}</th>
              <th scope="col" className="py-1 pr-4">{labels.before}</th>
              <th scope="col" className="py-1 pr-4">{labels.after}</th>
            </tr>
          </thead>
          <tbody>
            {split.changes.map((change) => (
              <tr key={change.field} className="border-b border-slate-300 align-top">
                <th scope="row" className="py-1 pr-4 font-semibold">{labels.field(change.field)}</th>
                <td className="py-1 pr-4">
                  <Value value={change.before} field={change.field} labels={labels} depth={depth} />
                </td>
                <td className="py-1 pr-4">
                  <Value value={change.after} field={change.field} labels={labels} depth={depth} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Entries data={split.rest} labels={labels} depth={depth} />
    </div>
  );
}

/**
 * An audit event's data, readable: before/after as a table of the changed fields, everything else
 * as a list. Every value is rendered as text (React escapes it); nothing is ever read as HTML.
 */
export function EventDataView({ data, labels }: { data: unknown; labels: EventDataLabels }) {
  if (!isJsonObject(data) || Object.keys(data).length === 0) return <p>{labels.noData}</p>;
  return <ObjectView data={data} labels={labels} depth={0} />;
}
