"use client";

import type { PlanDefinition } from "@/lib/plan/definition";
import type { EligibilityResult } from "@/lib/rules/eligibility";
import type { FormGap, periodLines as PeriodLines } from "@/lib/pages/hr-eligibility/single";
import type * as EligibilityWords from "@/lib/words/en/eligibility";
import type { SingleText } from "./single-employee";
import styles from "./eligibility.module.css";

/** The answer's sentences, in the page's language (lib/words/<language>/eligibility). */
export type AnswerWords = Pick<typeof EligibilityWords, "eligibilityAnswerWords" | "eligibilitySentences" | "partTimeInWords" | "partTimePeriodLine" | "periodLineWords"> & {
  /** Writes out the ISO dates a sentence holds, in the same language. */
  datesInWords: (text: string) => string;
};

/** The service requirement counted in hours in a computation period. */
type HoursService = Extract<EligibilityResult["requirements"][1], { kind: "hoursInPeriod" }>;

/** The answer for one employee: the verdict, the dates, each requirement and its source, the periods and the why. `periodLines` is from the rules (use-engine.ts). */
export function Result({ result, asOf, gaps, periodLines, plan, text, words: sentences }: {
  result: EligibilityResult;
  asOf: string;
  gaps: FormGap[];
  periodLines: typeof PeriodLines;
  plan: PlanDefinition;
  text: SingleText;
  words: AnswerWords;
}) {
  const { partTimeInWords, partTimePeriodLine, eligibilitySentences, datesInWords } = sentences;
  const service = result.requirements[1];
  const partTime = result.longTermPartTime;
  const words = sentences.eligibilityAnswerWords(result, asOf);
  const verdictStyle = result.eligible ? styles.verdictYes : result.excluded ? styles.verdictExcluded : partTime?.eligible ? styles.verdictPartTime : styles.verdictNo;
  return (
    <div>
      <p className={verdictStyle} data-testid="verdict">
        {words.verdict}
      </p>
      <dl className={styles.dates}>
        <dt>{text.eligibilityDate}</dt>
        <dd data-testid="eligibility-date">{words.eligibilityDate}</dd>
        <dt>{text.entryDate}</dt>
        <dd data-testid="entry-date">{words.entryDate}</dd>
        {partTime && (
          <>
            <dt>{text.mayDefer}</dt>
            <dd data-testid="may-defer">{words.mayDefer}</dd>
          </>
        )}
      </dl>
      <table className={styles.requirements}>
        <caption>{text.requirements}</caption>
        <thead>
          <tr>
            <th scope="col">{text.requirement}</th>
            <th scope="col">{text.metOn}</th>
            <th scope="col">{words.onAsOf}</th>
            <th scope="col">{text.source}</th>
          </tr>
        </thead>
        <tbody>
          <tr data-testid="requirement-age">
            <th scope="row">{words.age.name}</th>
            <td className={styles.date}>{words.age.metOn}</td>
            <td>{words.age.state}</td>
            <td>{result.requirements[0].citation}</td>
          </tr>
          <tr data-testid="requirement-service">
            <th scope="row">{words.service.name}</th>
            <td className={service.metOn ? styles.date : undefined}>{words.service.metOn}</td>
            <td>{words.service.state}</td>
            <td>{service.citation}</td>
          </tr>
          <tr data-testid="requirement-hce">
            <th scope="row">{words.hce.name}</th>
            <td>–</td>
            <td>{words.hce.state}</td>
            <td>
              {result.hce.citation}; {result.employer.citation}
            </td>
          </tr>
        </tbody>
      </table>
      {service.kind === "hoursInPeriod" && <ServicePeriods service={service} asOf={asOf} gaps={gaps} periodLines={periodLines} text={text} words={sentences} />}
      {partTime && (
        <>
          <h4>{text.partTimeHeading}</h4>
          <div data-testid="part-time">
            {partTimeInWords(result, asOf, plan).map((line) => (
              <p key={line}>{datesInWords(line)}</p>
            ))}
            {partTime.periods.length > 0 && (
              <ul className={styles.periods}>
                {partTime.periods.map((period) => (
                  <li key={period.start} className={period.qualifies ? styles.periodMet : undefined}>
                    {datesInWords(partTimePeriodLine(period, plan))}
                  </li>
                ))}
              </ul>
            )}
          </div>
        </>
      )}
      <h4>{text.why}</h4>
      <ul className={styles.why}>
        {eligibilitySentences(result, plan).map((line) => (
          <li key={line}>{datesInWords(line)}</li>
        ))}
      </ul>
    </div>
  );
}

/** Hours in each computation period of the service requirement, with the gaps in employment between them. */
function ServicePeriods({ service, asOf, gaps, periodLines, text, words }: {
  service: HoursService;
  asOf: string;
  gaps: FormGap[];
  periodLines: typeof PeriodLines;
  text: SingleText;
  words: AnswerWords;
}) {
  const { periodLineWords, datesInWords } = words;
  return (
    <>
      <h4>{text.periodsHeading}</h4>
      <ul className={styles.periods} data-testid="periods">
        {periodLines(service.periods, asOf, gaps).map((line) => {
          const { label, text } = periodLineWords(line, service, asOf);
          if (line.kind === "gap") {
            return (
              <li key={`gap-${line.gap.rehired}`} className={styles.gap} data-testid="gap">
                <strong>{label}</strong> {datesInWords(text)}
              </li>
            );
          }
          if (line.kind === "empty") {
            return (
              <li key={`empty-${line.first.start}`} className={styles.periodEmpty}>
                {datesInWords(text)}
              </li>
            );
          }
          const { period } = line;
          return (
            <li key={`${period.kind}-${period.start}`} className={period.meets ? styles.periodMet : undefined}>
              <strong>{datesInWords(label!)}</strong> {datesInWords(text)}
            </li>
          );
        })}
      </ul>
    </>
  );
}
