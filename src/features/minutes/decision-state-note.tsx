import { getFormatter, getTranslations } from "@/i18n/server";
import { expectedJusteringBy } from "./justering";
import type { DecisionState } from "./decision-state";

/**
 * The one way a decision's state is said next to it (see decision-state.ts): a decision awaiting
 * justering names its meeting and date and when the minutes are expected; a replaced one says so.
 * A decision in force needs no note.
 */
export async function DecisionStateNote({ state, meeting, className = "mt-1 block text-sm text-amber-900" }: { state: DecisionState; meeting: { title: string; startsAt: Date }; className?: string }) {
  if (state === "inForce") return null;
  const [t, format] = [await getTranslations("minutes.decisionState"), await getFormatter()];
  const date = (value: Date) => format.dateTime(value, { dateStyle: "long" });
  return (
    <span className={className}>
      {state === "awaitingJustering"
        ? t("awaitingJustering", { meeting: meeting.title, date: date(meeting.startsAt), expected: date(expectedJusteringBy(meeting.startsAt)) })
        : t("replaced")}
    </span>
  );
}
