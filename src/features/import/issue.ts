import type { ColumnKey } from "./columns";

/**
 * A problem or a note to show the user, as a catalogue key with its values. When `column` is set
 * the renderer passes the column's translated name as the value `column`.
 */
export type Issue = {
  key: string;
  column?: ColumnKey;
  values?: Record<string, string | number>;
};
