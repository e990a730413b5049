import { reportVerdict } from "../verdict";
import { verdictText } from "../verdict-text";
import { LINK, Section, type SectionProps } from "./section";

/** 0. The report at a glance: a sentence per main figure, each a link to the section that details it. */
export function VerdictSection({ report, labels }: SectionProps) {
  const { t } = labels;
  return (
    <Section id="report-verdict" title={t("sections.verdict")}>
      <p className="mb-2 max-w-3xl text-sm text-slate-700">{t("verdict.intro")}</p>
      <ul className="max-w-3xl list-disc space-y-1 pl-6">
        {reportVerdict(report).map((sentence) => (
          <li key={sentence.kind}>
            <a href={`#${sentence.section}`} className={LINK}>
              {verdictText(sentence, labels)}
            </a>
          </li>
        ))}
      </ul>
    </Section>
  );
}
