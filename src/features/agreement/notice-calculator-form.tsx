import { getFormatter, getTranslations } from "@/i18n/server";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import type { NoticeCalculation } from "./notice-calculator";

type Props = {
  calculation: NoticeCalculation;
  parties: { id: string; name: string }[];
  /** The date the form starts with, YYYY-MM-DD. */
  today: string;
};

/**
 * The notice calculator: a GET form (it changes nothing, and works without JavaScript), answered on
 * the page it comes back to. Bad input gets the form's error summary.
 */
export async function NoticeCalculatorForm({ calculation, parties, today }: Props) {
  const [t, format] = await Promise.all([getTranslations("agreement.calculator"), getFormatter()]);
  const date = (value: Date) => format.dateTime(value, { dateStyle: "long", timeZone: "UTC" });
  const { state, answer } = calculation;
  const fields = [
    { name: "noticeFrom", label: t("party") },
    { name: "noticeOn", label: t("receivedOn") },
  ];
  const partyName = answer ? (parties.find((party) => party.id === answer.partyId)?.name ?? "") : "";

  return (
    <div id="notice-calculator" className="max-w-3xl rounded border border-slate-300 p-4">
      <h3 id="notice-calculator-heading" className="mb-2 text-xl font-bold">
        {t("heading")}
      </h3>
      <p className="mb-4">{t("intro")}</p>
      {/* The answer's id as the fragment: the page opens at the answer, and when there is none (an
          error) the fragment targets nothing, so the browser's autofocus moves to the error summary. */}
      <form method="get" action="/agreement#notice-calculator-answer" noValidate aria-labelledby="notice-calculator-heading">
        <ErrorSummary state={state} fields={fields} />
        <SelectField
          name="noticeFrom"
          label={t("party")}
          state={state}
          options={parties.map((party) => ({ value: party.id, label: party.name }))}
          emptyOption={t("chooseParty")}
          defaultValue={parties[0]?.id}
          required
        />
        <TextField name="noticeOn" label={t("receivedOn")} hint={t("receivedOnHint")} type="date" state={state} defaultValue={today} required />
        <button type="submit" className="rounded bg-blue-800 px-5 py-2 font-semibold text-white hover:bg-blue-900">
          {t("submit")}
        </button>
      </form>
      {answer ? (
        <div id="notice-calculator-answer" className="mt-4 rounded border-l-4 border-blue-800 bg-blue-50 p-3">
          <p className="text-lg">
            {t.rich("answer", { party: partyName, received: date(answer.receivedOn), end: date(answer.endDate), strong: (chunks) => <strong>{chunks}</strong> })}
          </p>
          <p className="mt-1">
            {answer.rule.kind === "yearEnd"
              ? t("ruleYearEnd", { months: answer.rule.months, lastDay: date(answer.rule.lastDay), endDate: date(answer.rule.endDate), laterEndDate: date(answer.rule.laterEndDate) })
              : t("rulePlain", { months: answer.rule.months })}
          </p>
          {answer.fixedEndDate ? (
            <p className="mt-1">
              {answer.fixedEndFirst ? t("fixedEndFirst", { fixedEnd: date(answer.fixedEndDate), byNotice: date(answer.byNotice) }) : t("fixedEndLater", { fixedEnd: date(answer.fixedEndDate) })}
            </p>
          ) : null}
          <p className="mt-1 text-slate-700">{t("termsNote")}</p>
        </div>
      ) : null}
    </div>
  );
}
